#include "connectors/twilio/TwilioTools.h"

#include "connectors/twilio/TwilioClient.h"
#include "tools/ConnectorSupport.h"
#include "tools/ToolRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace sb {

namespace {

using namespace connector;
using Context = std::shared_ptr<ToolContext>;

QString tr(const char* text)
{
    return QCoreApplication::translate("TwilioTools", text);
}

ProviderRequest formRequest(const QUrl& url, const Form& form)
{
    ProviderRequest request;
    request.method = "POST";
    request.url = url;
    request.body = formEncode(form);
    request.contentType = "application/x-www-form-urlencoded";
    // Twilio has no idempotency key: a repeated create would send a second SMS or place a second call.
    request.retrySafe = false;
    return request;
}

// The sender: the input's `from`, else the account's first SMS/voice-capable number.
void withSender(Context c, const QString& capability, ToolDone done, std::function<void(QString)> next)
{
    const QString from = c->input.value(QStringLiteral("from")).toString();
    if (!from.isEmpty())
        return next(from);
    QUrl url = twilio::accountUrl(*c, QStringLiteral("/IncomingPhoneNumbers.json"));
    url.setQuery(QStringLiteral("PageSize=50"));
    call(c, jsonRequest("GET", url, {}, true), done, twilio::describeError, [done, capability, next](const ProviderResponse& r) {
        for (const QJsonValue& number : r.json().toObject().value(QStringLiteral("incoming_phone_numbers")).toArray()) {
            const QJsonObject n = number.toObject();
            if (n.value(QStringLiteral("capabilities")).toObject().value(capability).toBool(true))
                return next(n.value(QStringLiteral("phone_number")).toString());
        }
        done(fail(QStringLiteral("provider_rejected"),
                  tr("This Twilio account has no phone number that can send %1; give 'from' or buy a number.").arg(capability.toUpper())));
    });
}

void sendSms(Context c, ToolDone done)
{
    withSender(c, QStringLiteral("sms"), done, [c, done](const QString& from) {
        Form form{{QStringLiteral("To"), c->input.value(QStringLiteral("to")).toString()},
                  {QStringLiteral("From"), from},
                  {QStringLiteral("Body"), c->input.value(QStringLiteral("body")).toString()}};
        for (const QJsonValue& media : c->input.value(QStringLiteral("mediaUrl")).toArray())
            form.append({QStringLiteral("MediaUrl"), media.toString()});
        call(c, formRequest(twilio::accountUrl(*c, QStringLiteral("/Messages.json")), form), done, twilio::describeError,
             [done](const ProviderResponse& r) {
                 const QJsonObject m = r.json().toObject();
                 done(QJsonObject{{QStringLiteral("messageSid"), m.value(QStringLiteral("sid"))},
                                  {QStringLiteral("status"), m.value(QStringLiteral("status"))},
                                  {QStringLiteral("to"), m.value(QStringLiteral("to"))},
                                  {QStringLiteral("from"), m.value(QStringLiteral("from"))},
                                  {QStringLiteral("numSegments"), m.value(QStringLiteral("num_segments"))}});
             });
    });
}

QJsonObject callJson(const QJsonObject& call)
{
    return QJsonObject{{QStringLiteral("callSid"), call.value(QStringLiteral("sid"))},
                       {QStringLiteral("status"), call.value(QStringLiteral("status"))},
                       {QStringLiteral("to"), call.value(QStringLiteral("to"))},
                       {QStringLiteral("from"), call.value(QStringLiteral("from"))},
                       {QStringLiteral("direction"), call.value(QStringLiteral("direction"))},
                       {QStringLiteral("duration"), call.value(QStringLiteral("duration"))},
                       {QStringLiteral("startTime"), call.value(QStringLiteral("start_time"))},
                       {QStringLiteral("endTime"), call.value(QStringLiteral("end_time"))}};
}

void initiateCall(Context c, ToolDone done)
{
    withSender(c, QStringLiteral("voice"), done, [c, done](const QString& from) {
        Form form{{QStringLiteral("To"), c->input.value(QStringLiteral("to")).toString()}, {QStringLiteral("From"), from}};
        if (c->input.contains(QStringLiteral("twiml")))
            form.append({QStringLiteral("Twiml"), c->input.value(QStringLiteral("twiml")).toString()});
        else
            form.append({QStringLiteral("Url"), c->input.value(QStringLiteral("url")).toString()});
        call(c, formRequest(twilio::accountUrl(*c, QStringLiteral("/Calls.json")), form), done, twilio::describeError,
             [done](const ProviderResponse& r) { done(callJson(r.json().toObject())); });
    });
}

void getCall(Context c, ToolDone done)
{
    const QString sid = c->input.value(QStringLiteral("callSid")).toString();
    call(c, jsonRequest("GET", twilio::accountUrl(*c, QStringLiteral("/Calls/") + sid + QStringLiteral(".json")), {}, true),
         done, twilio::describeError, [done](const ProviderResponse& r) { done(callJson(r.json().toObject())); });
}

void listPhoneNumbers(Context c, ToolDone done)
{
    QUrl url = twilio::accountUrl(*c, QStringLiteral("/IncomingPhoneNumbers.json"));
    url.setQuery(QStringLiteral("PageSize=50"));
    call(c, jsonRequest("GET", url, {}, true), done, twilio::describeError, [done](const ProviderResponse& r) {
        QJsonArray numbers;
        for (const QJsonValue& value : r.json().toObject().value(QStringLiteral("incoming_phone_numbers")).toArray()) {
            const QJsonObject n = value.toObject();
            numbers.append(QJsonObject{{QStringLiteral("sid"), n.value(QStringLiteral("sid"))},
                                       {QStringLiteral("phoneNumber"), n.value(QStringLiteral("phone_number"))},
                                       {QStringLiteral("friendlyName"), n.value(QStringLiteral("friendly_name"))},
                                       {QStringLiteral("capabilities"), n.value(QStringLiteral("capabilities"))}});
        }
        done(QJsonObject{{QStringLiteral("phoneNumbers"), numbers}, {QStringLiteral("count"), numbers.size()}});
    });
}

} // namespace

void registerTwilioTools(ToolRegistry& registry)
{
    const QString provider = QStringLiteral("twilio");
    const QJsonObject phone{{QStringLiteral("pattern"), QStringLiteral(R"(^\+?[0-9 ().-]{3,24}$)")},
                            {QStringLiteral("patternHint"), QStringLiteral("must be a phone number like +15551234567")}};
    registry.add({QStringLiteral("send_sms"), provider, tr("Send an SMS"),
                  tr("Send a text message from the connected Twilio account."),
                  object({{QStringLiteral("to"), string(tr("Recipient phone number, E.164 (+15551234567)"), phone)},
                          {QStringLiteral("body"), string(tr("Message text (at most 1600 characters)"),
                                                          {{QStringLiteral("minLength"), 1}, {QStringLiteral("maxLength"), 1600}})},
                          {QStringLiteral("from"), string(tr("Sender: one of the account's numbers (default: the first)"), phone)},
                          {QStringLiteral("mediaUrl"), array(tr("Media URLs for MMS"), string(tr("URL"), {{QStringLiteral("format"), QStringLiteral("uri")}}))}},
                         {QStringLiteral("to"), QStringLiteral("body")}),
                  true, sendSms});
    registry.add({QStringLiteral("initiate_call"), provider, tr("Place a call"),
                  tr("Place an outbound phone call that plays TwiML, given inline or by URL."),
                  object({{QStringLiteral("to"), string(tr("Number to call, E.164"), phone)},
                          {QStringLiteral("from"), string(tr("Caller id: one of the account's numbers (default: the first)"), phone)},
                          {QStringLiteral("twiml"), string(tr("TwiML to run, e.g. <Response><Say>Hello</Say></Response>"))},
                          {QStringLiteral("url"), string(tr("URL that returns TwiML"), {{QStringLiteral("format"), QStringLiteral("uri")}})}},
                         {QStringLiteral("to")}, {{QStringLiteral("anyOfRequired"), QJsonArray{QStringLiteral("twiml"), QStringLiteral("url")}}}),
                  true, initiateCall});
    registry.add({QStringLiteral("get_call"), provider, tr("Look up a call"),
                  tr("Get the status and duration of a call."),
                  object({{QStringLiteral("callSid"), string(tr("The call's SID (CA…)"),
                                                             {{QStringLiteral("pattern"), QStringLiteral("^CA[0-9a-fA-F]{32}$")},
                                                              {QStringLiteral("patternHint"), QStringLiteral("must be a call SID: CA followed by 32 hex digits")}})}},
                         {QStringLiteral("callSid")}),
                  false, getCall});
    registry.add({QStringLiteral("list_phone_numbers"), provider, tr("List phone numbers"),
                  tr("List the phone numbers of the connected Twilio account."), object({}), false, listPhoneNumbers});
}

} // namespace sb
