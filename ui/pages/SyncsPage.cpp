#include "pages/SyncsPage.h"

#include <QIcon>

namespace sb::ui {

SyncsPage::SyncsPage(QWidget* parent)
    : ComingPage(QIcon(QStringLiteral(":/icons/app/syncs.png")), tr("Syncs"),
                 tr("Keep contacts, calendars and customers from your connected accounts in step. Coming next."),
                 {tr("See the state and last run of each sync"),
                  tr("Start, pause and retry a sync"),
                  tr("Read why a sync failed, in words")},
                 parent)
{
}

} // namespace sb::ui
