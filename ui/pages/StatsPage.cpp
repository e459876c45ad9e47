#include "pages/StatsPage.h"

#include <QIcon>

namespace sb::ui {

StatsPage::StatsPage(QWidget* parent)
    : ComingPage(QIcon(QStringLiteral(":/icons/app/stats.png")), tr("Tool stats"),
                 tr("How often each tool runs, how long it takes and how often it fails. Coming next."),
                 {tr("Calls, errors and latency per tool and per provider"),
                  tr("Charts over the last hour, day and month"),
                  tr("Spot a provider that slows down or starts refusing calls")},
                 parent)
{
}

} // namespace sb::ui
