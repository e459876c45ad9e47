#include "connectors/twilio/TwilioClient.h"

#include "tools/ConnectorSupport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sb::twilio {

Error describeError(const ProviderResponse& response)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("TwilioTools", text); };
    const QJsonObject json = response.json().toObject();
    const int code = json.value(QStringLiteral("code")).toInt();
    const QString message = json.value(QStringLiteral("message")).toString();
    QString words;
    switch (code) {
    case 21211: words = tr("'To' is not a valid phone number (use the international form, e.g. +15551234567)"); break;
    case 21212: words = tr("'From' is not a valid phone number"); break;
    case 21602: words = tr("The message body is required"); break;
    case 21603: words = tr("A 'From' number is required"); break;
    case 21604: words = tr("A 'To' number is required"); break;
    case 21606:
    case 21659: words = tr("'From' is not one of this account's Twilio numbers able to send SMS"); break;
    case 21608: words = tr("A trial account can only send to verified numbers"); break;
    case 21610: words = tr("The recipient has opted out of messages from this number (STOP)"); break;
    case 21617: words = tr("The message body is too long (at most 1600 characters)"); break;
    case 21205: words = tr("The call's TwiML URL is not valid"); break;
    case 20003: words = tr("Twilio refused the account's credentials"); break;
    case 20404: words = tr("Twilio has no such resource"); break;
    case 20429: words = tr("Twilio is rate-limiting this account; try again later"); break;
    default: words = message; break;
    }
    Error error = connector::httpError(QStringLiteral("Twilio"), response, words);
    if (code)
        error.message = error.message.chopped(1) + tr(" (Twilio error %1).").arg(code);
    return error;
}

QUrl accountUrl(const ToolContext& context, const QString& path)
{
    const Credential& credential = context.session->credential();
    const QString sid = credential.accountSid.isEmpty() ? credential.basicUser : credential.accountSid;
    return context.api(QStringLiteral("api"), QStringLiteral("/2010-04-01/Accounts/") + sid + path);
}

} // namespace sb::twilio
