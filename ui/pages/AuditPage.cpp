#include "pages/AuditPage.h"

#include <QIcon>

namespace sb::ui {

AuditPage::AuditPage(QWidget* parent)
    : ComingPage(QIcon(QStringLiteral(":/icons/app/audit.png")), tr("Audit log"),
                 tr("Every tool call the agent runs — who asked, what it did and how it ended — in a searchable, "
                    "tamper-evident trail. Coming next."),
                 {tr("Filter records by provider, tool, caller, outcome and time"),
                  tr("Search inputs and results in full text, with secrets redacted"),
                  tr("Verify the hash chain and export records for an auditor")},
                 parent)
{
}

} // namespace sb::ui
