#include "connectors/microsoft/MicrosoftTools.h"

#include "connectors/microsoft/GraphClient.h"
#include "tools/ConnectorSupport.h"
#include "tools/ToolRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb {

namespace {

using namespace connector;
using Context = std::shared_ptr<ToolContext>;

QString tr(const char* text)
{
    return QCoreApplication::translate("MicrosoftTools", text);
}

QJsonArray recipients(const QJsonValue& value)
{
    QJsonArray out;
    QJsonArray list = value.isString() ? QJsonArray{value} : value.toArray();
    for (const QJsonValue& address : list)
        out.append(QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), address}}}});
    return out;
}

void sendEmail(Context c, ToolDone done)
{
    QJsonObject message{{QStringLiteral("subject"), c->input.value(QStringLiteral("subject"))},
                        {QStringLiteral("body"),
                         QJsonObject{{QStringLiteral("contentType"),
                                      c->input.value(QStringLiteral("html")).toBool() ? QStringLiteral("HTML") : QStringLiteral("Text")},
                                     {QStringLiteral("content"), c->input.value(QStringLiteral("body"))}}},
                        {QStringLiteral("toRecipients"), recipients(c->input.value(QStringLiteral("to")))}};
    if (c->input.contains(QStringLiteral("cc")))
        message.insert(QStringLiteral("ccRecipients"), recipients(c->input.value(QStringLiteral("cc"))));
    const QJsonObject body{{QStringLiteral("message"), message}, {QStringLiteral("saveToSentItems"), true}};
    // sendMail has no idempotency key: never retried.
    call(c, jsonRequest("POST", c->api(QStringLiteral("graph"), QStringLiteral("/v1.0/me/sendMail")), body, false), done,
         graph::describeError, [done](const ProviderResponse& r) {
             done(QJsonObject{{QStringLiteral("status"), QStringLiteral("sent")}, {QStringLiteral("httpStatus"), r.status}});
         });
}

void createEvent(Context c, ToolDone done)
{
    // Graph wants a local date-time plus a zone name; send UTC.
    auto when = [&](const QString& field) {
        const QDateTime t = QDateTime::fromString(c->input.value(field).toString(), Qt::ISODateWithMs).toUTC();
        return QJsonObject{{QStringLiteral("dateTime"), t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                           {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
    };
    QJsonArray attendees;
    for (const QJsonValue& address : c->input.value(QStringLiteral("attendees")).toArray())
        attendees.append(QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), address}}},
                                     {QStringLiteral("type"), QStringLiteral("required")}});
    QJsonObject body{{QStringLiteral("subject"), c->input.value(QStringLiteral("title"))},
                     {QStringLiteral("start"), when(QStringLiteral("start_time"))},
                     {QStringLiteral("end"), when(QStringLiteral("end_time"))},
                     // Graph de-duplicates creations that carry the same transactionId.
                     {QStringLiteral("transactionId"), c->idempotencyKey}};
    if (!attendees.isEmpty())
        body.insert(QStringLiteral("attendees"), attendees);
    if (c->input.contains(QStringLiteral("description")))
        body.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("contentType"), QStringLiteral("Text")},
                                                        {QStringLiteral("content"), c->input.value(QStringLiteral("description"))}});
    if (c->input.contains(QStringLiteral("location")))
        body.insert(QStringLiteral("location"), QJsonObject{{QStringLiteral("displayName"), c->input.value(QStringLiteral("location"))}});
    call(c, jsonRequest("POST", c->api(QStringLiteral("graph"), QStringLiteral("/v1.0/me/events")), body, true), done,
         graph::describeError, [done](const ProviderResponse& r) {
             const QJsonObject e = r.json().toObject();
             done(QJsonObject{{QStringLiteral("eventId"), e.value(QStringLiteral("id"))},
                              {QStringLiteral("webLink"), e.value(QStringLiteral("webLink"))},
                              {QStringLiteral("start"), e.value(QStringLiteral("start"))},
                              {QStringLiteral("end"), e.value(QStringLiteral("end"))}});
         });
}

} // namespace

void registerMicrosoftTools(ToolRegistry& registry)
{
    const QJsonObject email{{QStringLiteral("format"), QStringLiteral("email")}};
    const QJsonObject dateTime{{QStringLiteral("format"), QStringLiteral("date-time")}};
    const QJsonObject emails = array(tr("E-mail addresses"), string(tr("An e-mail address"), email));
    registry.add({QStringLiteral("microsoft_send_email"), QStringLiteral("microsoft"), tr("Send an e-mail (Outlook)"),
                  tr("Send an e-mail from the connected Microsoft 365 / Outlook account."),
                  object({{QStringLiteral("to"), string(tr("Recipient e-mail address"), email)},
                          {QStringLiteral("subject"), string(tr("Subject line"), {{QStringLiteral("minLength"), 1}})},
                          {QStringLiteral("body"), string(tr("Message text"))},
                          {QStringLiteral("cc"), emails},
                          {QStringLiteral("html"), boolean(tr("The body is HTML"))}},
                         {QStringLiteral("to"), QStringLiteral("subject"), QStringLiteral("body")}),
                  true, sendEmail});
    registry.add({QStringLiteral("microsoft_create_event"), QStringLiteral("microsoft"), tr("Create an event (Outlook)"),
                  tr("Schedule an event in the connected Outlook calendar and invite attendees."),
                  object({{QStringLiteral("title"), string(tr("Event title"), {{QStringLiteral("minLength"), 1}})},
                          {QStringLiteral("start_time"), string(tr("Start, RFC 3339"), dateTime)},
                          {QStringLiteral("end_time"), string(tr("End, RFC 3339"), dateTime)},
                          {QStringLiteral("attendees"), emails},
                          {QStringLiteral("description"), string(tr("Details"))},
                          {QStringLiteral("location"), string(tr("Where"))}},
                         {QStringLiteral("title"), QStringLiteral("start_time"), QStringLiteral("end_time")}),
                  true, createEvent});
}

} // namespace sb
