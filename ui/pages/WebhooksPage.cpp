#include "pages/WebhooksPage.h"

#include <QIcon>

namespace sb::ui {

WebhooksPage::WebhooksPage(QWidget* parent)
    : ComingPage(QIcon(QStringLiteral(":/icons/app/webhooks.png")), tr("Webhooks"),
                 tr("Receive events from Stripe, Slack and Twilio and check that they really come from them. "
                    "Coming next."),
                 {tr("Endpoints and signing secrets per provider"),
                  tr("Every delivered event with its signature check"),
                  tr("Replay an event to test a workflow")},
                 parent)
{
}

} // namespace sb::ui
