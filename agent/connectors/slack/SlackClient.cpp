#include "connectors/slack/SlackClient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb::slack {

Error describeSlackError(const QString& code, const QJsonObject& body)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("SlackTools", text); };
    QString words;
    QString errorCode = QStringLiteral("provider_rejected");
    if (code == QLatin1String("channel_not_found"))
        words = tr("Slack has no such channel, or the app cannot see it");
    else if (code == QLatin1String("not_in_channel"))
        words = tr("The Slack app is not a member of that channel: invite it first");
    else if (code == QLatin1String("is_archived"))
        words = tr("That Slack channel is archived");
    else if (code == QLatin1String("msg_too_long"))
        words = tr("The message is too long for Slack");
    else if (code == QLatin1String("no_text"))
        words = tr("The message has no text");
    else if (code == QLatin1String("missing_scope"))
        words = tr("The Slack connection lacks the permission %1: reconnect it with that scope")
                    .arg(body.value(QStringLiteral("needed")).toString());
    else if (code == QLatin1String("invalid_auth") || code == QLatin1String("not_authed")
             || code == QLatin1String("token_revoked") || code == QLatin1String("account_inactive")
             || code == QLatin1String("token_expired")) {
        words = tr("Slack refused the workspace's token: reconnect it");
        errorCode = QStringLiteral("provider_unauthorized");
    } else if (code == QLatin1String("ratelimited")) {
        words = tr("Slack is rate-limiting this workspace; try again later");
        errorCode = QStringLiteral("rate_limited");
    } else if (code == QLatin1String("invalid_cursor"))
        words = tr("The paging cursor is no longer valid");
    else
        words = tr("Slack refused the request");
    return Error{errorCode, tr("%1 (Slack error %2).").arg(words, code)};
}

void callMethod(const std::shared_ptr<ToolContext>& context, const QString& method, const connector::Form& form,
                bool retrySafe, ToolDone done, std::function<void(const QJsonObject&)> onOk)
{
    ProviderRequest request;
    request.method = "POST";
    request.url = context->api(QStringLiteral("slack"), QStringLiteral("/api/") + method);
    request.body = connector::formEncode(form);
    request.contentType = "application/x-www-form-urlencoded";
    request.retrySafe = retrySafe;
    context->session->send(std::move(request), [done, onOk = std::move(onOk)](Result<ProviderResponse> response) {
        if (!response)
            return done(std::unexpected(response.error()));
        const QJsonObject body = response->json().toObject();
        if (response->status != 200)
            return done(std::unexpected(connector::httpError(QStringLiteral("Slack"), *response, {})));
        if (!body.value(QStringLiteral("ok")).toBool())
            return done(std::unexpected(describeSlackError(body.value(QStringLiteral("error")).toString(), body)));
        onOk(body);
    });
}

} // namespace sb::slack
