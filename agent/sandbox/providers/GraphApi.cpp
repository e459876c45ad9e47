#include "sandbox/providers/GraphApi.h"

#include "sandbox/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <array>

namespace sb::sandbox {

namespace {

const QString kGraphRoot = QStringLiteral("https://graph.microsoft.com/v1.0/");

// Graph's error envelope; handle() adds the innerError with the request's ids.
net::HttpResponse failure(int status, const QString& code, const QString& message)
{
    return net::HttpResponse::json(
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
        status);
}

// Windows ("Pacific Standard Time") or IANA ("America/Los_Angeles") names, as Graph accepts both.
std::optional<QTimeZone> zoneNamed(const QString& name)
{
    if (name.isEmpty() || name.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    QTimeZone zone(name.toUtf8());
    if (zone.isValid())
        return zone;
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    if (!iana.isEmpty() && QTimeZone(iana).isValid())
        return QTimeZone(iana);
    return std::nullopt;
}

// Graph's dateTimeTimeZone: a local time without offset plus the zone it is in.
std::optional<QDateTime> parseLocal(const QJsonObject& value, const QTimeZone& zone)
{
    QString text = value.value(QStringLiteral("dateTime")).toString();
    static const QRegularExpression fraction(QStringLiteral(R"(\.\d+$)"));
    text.remove(fraction);
    QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!local.isValid())
        local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!local.isValid())
        return std::nullopt;
    return QDateTime(local.date(), local.time(), zone).toUTC();
}

QJsonObject dateTimeTimeZone(const QDateTime& utc, const QTimeZone& zone, const QString& zoneName)
{
    return QJsonObject{{QStringLiteral("dateTime"), utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz0000"))},
                       {QStringLiteral("timeZone"), zoneName}};
}

// Prefer: odata.maxpagesize=5, outlook.timezone="Pacific Standard Time" (several may share one header or come in
// several).
QString preference(const net::HttpRequest& request, const QString& name)
{
    for (const auto& [key, value] : request.headers) {
        if (key.compare("prefer", Qt::CaseInsensitive) != 0)
            continue;
        for (const QString& part : QString::fromUtf8(value).split(u',')) {
            const QString item = part.trimmed();
            if (item.section(u'=', 0, 0).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                QString result = item.section(u'=', 1).trimmed();
                if (result.startsWith(u'"') && result.endsWith(u'"') && result.size() >= 2)
                    result = result.mid(1, result.size() - 2);
                return result;
            }
        }
    }
    return {};
}

// The zone event times are rendered in: Prefer: outlook.timezone="…" when Graph knows it, UTC otherwise.
struct OutputZone
{
    QTimeZone zone = QTimeZone::utc();
    QString name = QStringLiteral("UTC");
    bool preferred = false;
};

OutputZone outputZone(const net::HttpRequest& request)
{
    const QString name = preference(request, QStringLiteral("outlook.timezone"));
    const std::optional<QTimeZone> zone = name.isEmpty() ? std::nullopt : zoneNamed(name);
    if (!zone)
        return {};
    return OutputZone{*zone, name, true};
}

QJsonObject selectFields(const QJsonObject& object, const QString& select)
{
    if (select.isEmpty())
        return object;
    QJsonObject picked;
    for (const QString& key : {QStringLiteral("@odata.etag"), QStringLiteral("id")}) {
        if (object.contains(key))
            picked.insert(key, object.value(key));
    }
    for (const QString& field : select.split(u',', Qt::SkipEmptyParts)) {
        const QString name = field.trimmed();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                picked.insert(it.key(), it.value());
        }
    }
    return picked;
}

QString queryValue(const net::HttpRequest& request, const QString& key)
{
    return request.query().queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

GraphApi::GraphApi(const TokenIntrospector& tokens, quint32 seed)
    : m_tokens(tokens)
    , m_seed(seed)
    , m_ids(seed ^ 0x6a0fu)
{
    reset();
}

QString GraphApi::guid()
{
    return QStringLiteral("%1-%2-4%3-a%4-%5")
        .arg(m_ids.hex(8), m_ids.hex(4), m_ids.hex(3), m_ids.hex(3), m_ids.hex(12));
}

void GraphApi::reset()
{
    m_ids.reseed(m_seed ^ 0x6a0fu);
    m_mailboxes.clear();
    const auto accounts = demo::accounts();
    for (const auto& account : accounts) {
        Mailbox mailbox{account.email, account.name, guid(), {}, {}};
        // A working week around today: stand-ups and a review, in the demo's UTC day.
        const QDateTime day = anchorDay();
        const QStringList subjects{QStringLiteral("Team stand-up"), QStringLiteral("Quarterly review"),
                                   QStringLiteral("1:1 with manager"), QStringLiteral("Customer call"),
                                   QStringLiteral("Lunch & learn")};
        for (int i = 0; i < 12; ++i) {
            const QDateTime start = day.addDays(i - 3).addSecs((9 + int(m_ids.bounded(8))) * 3600);
            const QJsonObject input{{QStringLiteral("subject"), subjects[i % subjects.size()]},
                                    {QStringLiteral("body"), QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text")},
                                                                         {QStringLiteral("content"), QStringLiteral("Agenda to follow.")}}},
                                    {QStringLiteral("location"), QJsonObject{{QStringLiteral("displayName"),
                                                                              i % 2 ? QStringLiteral("Room 101")
                                                                                    : QStringLiteral("Microsoft Teams Meeting")}}}};
            mailbox.events.append(makeEvent(mailbox, input, start, start.addSecs(1800 * (1 + i % 3)), QStringLiteral("UTC")));
        }
        m_mailboxes.append(mailbox);
    }
    // A few messages in each inbox, oldest first.
    const QList<std::array<QString, 4>> mails{
        {QStringLiteral("Carol Finance"), QStringLiteral("carol@vendor.example"), QStringLiteral("Invoice #4821"),
         QStringLiteral("Please find the October invoice attached.")},
        {QStringLiteral("IT Service Desk"), QStringLiteral("it@example.com"), QStringLiteral("Password expires in 5 days"),
         QStringLiteral("Change it from the portal before Friday.")},
        {QStringLiteral("Erin Customer"), QStringLiteral("erin@customer.example"), QStringLiteral("Re: Order 1042"),
         QStringLiteral("Delivery arrived, thanks!")},
        {QStringLiteral("Frank Events"), QStringLiteral("frank@meetup.example"), QStringLiteral("Qt meetup Thursday"),
         QStringLiteral("Talks on QtHttpServer and QML.")},
    };
    for (Mailbox& mailbox : m_mailboxes) {
        for (const auto& [name, address, subject, text] : mails) {
            deliver(mailbox, name, address,
                    QJsonObject{{QStringLiteral("subject"), subject},
                                {QStringLiteral("body"), QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text")},
                                                                     {QStringLiteral("content"), text}}},
                                {QStringLiteral("toRecipients"),
                                 QJsonArray{QJsonObject{{QStringLiteral("emailAddress"),
                                                         QJsonObject{{QStringLiteral("name"), mailbox.name},
                                                                     {QStringLiteral("address"), mailbox.email}}}}}}});
        }
    }
}

void GraphApi::deliver(Mailbox& to, const QString& fromName, const QString& fromAddress, const QJsonObject& message)
{
    const QString id = QStringLiteral("AAMkAG") + m_ids.alnum(40) + QStringLiteral("AAA=");
    const QString changeKey = m_ids.alnum(24);
    const QString now = rfc3339(QDateTime::currentDateTimeUtc());
    const QJsonObject sender{{QStringLiteral("emailAddress"),
                              QJsonObject{{QStringLiteral("name"), fromName}, {QStringLiteral("address"), fromAddress}}}};
    const QJsonObject body = message.value(QStringLiteral("body")).toObject();
    QJsonObject json{
        {QStringLiteral("@odata.etag"), QStringLiteral("W/\"%1\"").arg(changeKey)},
        {QStringLiteral("id"), id},
        {QStringLiteral("createdDateTime"), now},
        {QStringLiteral("lastModifiedDateTime"), now},
        {QStringLiteral("changeKey"), changeKey},
        {QStringLiteral("categories"), QJsonArray()},
        {QStringLiteral("receivedDateTime"), now},
        {QStringLiteral("sentDateTime"), now},
        {QStringLiteral("hasAttachments"), false},
        {QStringLiteral("internetMessageId"), QStringLiteral("<%1@sandbox.example>").arg(m_ids.hex(24))},
        {QStringLiteral("subject"), message.value(QStringLiteral("subject")).toString()},
        {QStringLiteral("bodyPreview"), body.value(QStringLiteral("content")).toString().left(255)},
        {QStringLiteral("importance"), message.value(QStringLiteral("importance")).toString(QStringLiteral("normal"))},
        {QStringLiteral("parentFolderId"), QStringLiteral("inbox")},
        {QStringLiteral("conversationId"), QStringLiteral("AAQkAG") + m_ids.alnum(30) + u'='},
        {QStringLiteral("isRead"), false},
        {QStringLiteral("isDraft"), false},
        {QStringLiteral("webLink"), QStringLiteral("https://outlook.office365.com/owa/?ItemID=%1&exvsurl=1&viewmodel=ReadMessageItem")
                                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)))},
        {QStringLiteral("body"), QJsonObject{{QStringLiteral("contentType"),
                                              body.value(QStringLiteral("contentType")).toString(QStringLiteral("text")).toLower()},
                                             {QStringLiteral("content"), body.value(QStringLiteral("content")).toString()}}},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("from"), sender},
        {QStringLiteral("toRecipients"), message.value(QStringLiteral("toRecipients")).toArray()},
        {QStringLiteral("ccRecipients"), message.value(QStringLiteral("ccRecipients")).toArray()},
        {QStringLiteral("bccRecipients"), QJsonArray()},
        {QStringLiteral("replyTo"), QJsonArray()},
        {QStringLiteral("flag"), QJsonObject{{QStringLiteral("flagStatus"), QStringLiteral("notFlagged")}}}};
    to.inbox.append(Mailbox::Mail{json, ++to.sequence, false});
}

GraphApi::Event GraphApi::makeEvent(const Mailbox& mailbox, const QJsonObject& input, QDateTime start, QDateTime end,
                                    const QString& timeZone)
{
    const QString id = QStringLiteral("AAMkAG") + m_ids.alnum(40) + QStringLiteral("AAA=");
    const QString now = rfc3339(QDateTime::currentDateTimeUtc(), true).replace(QStringLiteral(".000Z"), QStringLiteral(".0000000Z"));
    const QJsonObject body = input.value(QStringLiteral("body")).toObject();
    QJsonArray attendees;
    for (const QJsonValue& attendee : input.value(QStringLiteral("attendees")).toArray()) {
        const QJsonObject a = attendee.toObject();
        attendees.append(QJsonObject{
            {QStringLiteral("type"), a.value(QStringLiteral("type")).toString(QStringLiteral("required"))},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("response"), QStringLiteral("none")},
                                                   {QStringLiteral("time"), QStringLiteral("0001-01-01T00:00:00Z")}}},
            {QStringLiteral("emailAddress"), a.value(QStringLiteral("emailAddress"))}});
    }
    const QJsonObject location = input.value(QStringLiteral("location")).toObject();
    const QString content = body.value(QStringLiteral("content")).toString();
    const QString changeKey = m_ids.alnum(24);
    Event event;
    event.start = start;
    event.end = end;
    event.timeZone = timeZone;
    event.json = QJsonObject{
        {QStringLiteral("@odata.etag"), QStringLiteral("W/\"%1\"").arg(changeKey)},
        {QStringLiteral("id"), id},
        {QStringLiteral("createdDateTime"), now},
        {QStringLiteral("lastModifiedDateTime"), now},
        {QStringLiteral("changeKey"), changeKey},
        {QStringLiteral("categories"), input.value(QStringLiteral("categories")).toArray()},
        {QStringLiteral("transactionId"), input.value(QStringLiteral("transactionId"))},
        {QStringLiteral("originalStartTimeZone"), timeZone},
        {QStringLiteral("originalEndTimeZone"), timeZone},
        {QStringLiteral("iCalUId"), QStringLiteral("040000008200E00074C5B7101A82E008") + m_ids.hex(32).toUpper()},
        {QStringLiteral("reminderMinutesBeforeStart"), 15},
        {QStringLiteral("isReminderOn"), true},
        {QStringLiteral("hasAttachments"), false},
        {QStringLiteral("subject"), input.value(QStringLiteral("subject")).toString()},
        {QStringLiteral("bodyPreview"), content.left(255)},
        {QStringLiteral("importance"), input.value(QStringLiteral("importance")).toString(QStringLiteral("normal"))},
        {QStringLiteral("sensitivity"), QStringLiteral("normal")},
        {QStringLiteral("isAllDay"), input.value(QStringLiteral("isAllDay")).toBool()},
        {QStringLiteral("isCancelled"), false},
        {QStringLiteral("isOrganizer"), true},
        {QStringLiteral("responseRequested"), true},
        {QStringLiteral("seriesMasterId"), QJsonValue::Null},
        {QStringLiteral("showAs"), input.value(QStringLiteral("showAs")).toString(QStringLiteral("busy"))},
        {QStringLiteral("type"), QStringLiteral("singleInstance")},
        {QStringLiteral("webLink"), QStringLiteral("https://outlook.office365.com/owa/?itemid=%1&exvsurl=1&path=/calendar/item")
                                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)))},
        {QStringLiteral("onlineMeetingUrl"), QJsonValue::Null},
        {QStringLiteral("isOnlineMeeting"), input.value(QStringLiteral("isOnlineMeeting")).toBool()},
        {QStringLiteral("onlineMeetingProvider"), QStringLiteral("unknown")},
        {QStringLiteral("allowNewTimeProposals"), true},
        {QStringLiteral("isDraft"), false},
        {QStringLiteral("hideAttendees"), false},
        {QStringLiteral("recurrence"), QJsonValue::Null},
        {QStringLiteral("responseStatus"), QJsonObject{{QStringLiteral("response"), QStringLiteral("organizer")},
                                                       {QStringLiteral("time"), QStringLiteral("0001-01-01T00:00:00Z")}}},
        {QStringLiteral("body"), QJsonObject{{QStringLiteral("contentType"),
                                              body.value(QStringLiteral("contentType")).toString(QStringLiteral("html")).toLower()},
                                             {QStringLiteral("content"), content}}},
        {QStringLiteral("location"), QJsonObject{{QStringLiteral("displayName"),
                                                  location.value(QStringLiteral("displayName")).toString()},
                                                 {QStringLiteral("locationType"), QStringLiteral("default")},
                                                 {QStringLiteral("uniqueIdType"), QStringLiteral("unknown")}}},
        {QStringLiteral("locations"), location.isEmpty() ? QJsonArray() : QJsonArray{location}},
        {QStringLiteral("attendees"), attendees},
        {QStringLiteral("organizer"), QJsonObject{{QStringLiteral("emailAddress"),
                                                   QJsonObject{{QStringLiteral("name"), mailbox.name},
                                                               {QStringLiteral("address"), mailbox.email}}}}}};
    return event;
}

QJsonObject GraphApi::render(const Event& event, const QTimeZone& zone, const QString& zoneName)
{
    QJsonObject json = event.json;
    json.insert(QStringLiteral("start"), dateTimeTimeZone(event.start, zone, zoneName));
    json.insert(QStringLiteral("end"), dateTimeTimeZone(event.end, zone, zoneName));
    return json;
}

std::optional<net::HttpResponse> GraphApi::handle(const net::HttpRequest& request)
{
    const QStringList path = pathSegments(request);
    if (path.isEmpty() || path.first() != QLatin1String("v1.0"))
        return std::nullopt;

    QString requestId = QString::fromUtf8(request.header("client-request-id"));
    if (requestId.isEmpty())
        requestId = guid();
    net::HttpResponse response;
    const QByteArray token = request.bearerToken();
    const std::optional<QString> account =
        token.isEmpty() ? std::nullopt : m_tokens.accountForAccessToken(QStringLiteral("microsoft"), token);
    Mailbox* mailbox = nullptr;
    for (Mailbox& candidate : m_mailboxes) {
        if (account && candidate.email == *account)
            mailbox = &candidate;
    }
    if (!mailbox) {
        response = failure(401, QStringLiteral("InvalidAuthenticationToken"),
                           token.isEmpty() ? QStringLiteral("Access token is empty.")
                                           : QStringLiteral("Access token validation failure. Invalid audience."));
        response.setHeader("WWW-Authenticate",
                           "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", "
                           "client_id=\"00000003-0000-0000-c000-000000000000\"");
    } else {
        response = route(*mailbox, request, path.mid(1));
    }
    if (response.status >= 400) {
        // Every error carries the request's ids, so a user can quote them to support.
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QJsonObject error = body.value(QStringLiteral("error")).toObject();
        error.insert(QStringLiteral("innerError"),
                     QJsonObject{{QStringLiteral("date"), rfc3339(QDateTime::currentDateTimeUtc())},
                                 {QStringLiteral("request-id"), requestId},
                                 {QStringLiteral("client-request-id"), requestId}});
        body.insert(QStringLiteral("error"), error);
        const net::HeaderList headers = response.headers;
        response = net::HttpResponse::json(body, response.status);
        for (const auto& [name, value] : headers) {
            if (name.compare("content-type", Qt::CaseInsensitive) != 0)
                response.setHeader(name, value);
        }
    }
    response.setHeader("request-id", requestId.toUtf8());
    response.setHeader("client-request-id", requestId.toUtf8());
    return response;
}

net::HttpResponse GraphApi::route(Mailbox& mailbox, const net::HttpRequest& request, const QStringList& path)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (path.isEmpty() || path.first() != QLatin1String("me"))
        return failure(400, QStringLiteral("BadRequest"),
                     QStringLiteral("Resource not found for the segment '%1'.").arg(path.value(0)));

    if (path.size() == 1 && get) {
        const QString given = mailbox.name.section(u' ', 0, 0);
        const QJsonObject me{
            {QStringLiteral("@odata.context"), kGraphRoot + QStringLiteral("$metadata#users/$entity")},
            {QStringLiteral("businessPhones"), QJsonArray{QStringLiteral("+1 555 0100")}},
            {QStringLiteral("displayName"), mailbox.name},
            {QStringLiteral("givenName"), given},
            {QStringLiteral("jobTitle"), QStringLiteral("Operations Lead")},
            {QStringLiteral("mail"), mailbox.email},
            {QStringLiteral("mobilePhone"), QJsonValue::Null},
            {QStringLiteral("officeLocation"), QStringLiteral("Building 1")},
            {QStringLiteral("preferredLanguage"), QStringLiteral("en-US")},
            {QStringLiteral("surname"), mailbox.name.section(u' ', 1)},
            {QStringLiteral("userPrincipalName"), mailbox.email},
            {QStringLiteral("id"), mailbox.id}};
        QJsonObject selected = selectFields(me, queryValue(request, QStringLiteral("$select")));
        selected.insert(QStringLiteral("@odata.context"), me.value(QStringLiteral("@odata.context")));
        return net::HttpResponse::json(selected);
    }
    if (path.size() == 2 && path[1] == QLatin1String("sendMail") && post)
        return sendMail(mailbox, request);
    if (path.size() == 2 && path[1] == QLatin1String("events")) {
        if (post)
            return createEvent(mailbox, request);
        if (get)
            return listEvents(mailbox, request, false);
    }
    if (path.size() == 2 && path[1] == QLatin1String("calendarView") && get)
        return listEvents(mailbox, request, true);
    const QStringList inboxPath{QStringLiteral("me"), QStringLiteral("mailFolders"), QStringLiteral("inbox"), QStringLiteral("messages")};
    if (get && (path == QStringList{QStringLiteral("me"), QStringLiteral("messages")} || path == inboxPath))
        return listMessages(mailbox, request);
    if (get && path == inboxPath + QStringList{QStringLiteral("delta")})
        return messagesDelta(mailbox, request);
    if (path.size() == 3 && path[1] == QLatin1String("messages")) {
        for (Mailbox::Mail& mail : mailbox.inbox) {
            if (mail.removed || mail.json.value(QStringLiteral("id")).toString() != path[2])
                continue;
            if (get)
                return net::HttpResponse::json(selectFields(mail.json, queryValue(request, QStringLiteral("$select"))));
            if (request.method == "DELETE") {
                // Deleting is a change too: the next delta reports it as @removed.
                mail.removed = true;
                mail.sequence = ++mailbox.sequence;
                return net::HttpResponse::empty(204);
            }
        }
        return failure(404, QStringLiteral("ErrorItemNotFound"), QStringLiteral("The specified object was not found in the store."));
    }
    if (path.size() == 3 && path[1] == QLatin1String("events")) {
        for (qsizetype i = 0; i < mailbox.events.size(); ++i) {
            if (mailbox.events[i].json.value(QStringLiteral("id")).toString() != path[2])
                continue;
            if (request.method == "DELETE") {
                mailbox.events.removeAt(i);
                return net::HttpResponse::empty(204);
            }
            if (get) {
                const OutputZone out = outputZone(request);
                QJsonObject json = selectFields(render(mailbox.events[i], out.zone, out.name),
                                                queryValue(request, QStringLiteral("$select")));
                json.insert(QStringLiteral("@odata.context"),
                            kGraphRoot + QStringLiteral("$metadata#users('%1')/events/$entity").arg(mailbox.id));
                return net::HttpResponse::json(json);
            }
        }
        return failure(404, QStringLiteral("ErrorItemNotFound"), QStringLiteral("The specified object was not found in the store."));
    }
    return failure(400, QStringLiteral("BadRequest"),
                 QStringLiteral("Resource not found for the segment '%1'.").arg(path.value(1)));
}

net::HttpResponse GraphApi::sendMail(Mailbox& mailbox, const net::HttpRequest& request)
{
    if (request.body.trimmed().isEmpty())
        return failure(400, QStringLiteral("BadRequest"), QStringLiteral("Empty Payload. JSON content expected."));
    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body)
        return failure(400, QStringLiteral("BadRequest"),
                     QStringLiteral("Unable to read JSON request payload. Please ensure Content-Type header is set and "
                                    "payload is of valid JSON format."));
    const QJsonObject message = body->value(QStringLiteral("message")).toObject();
    if (message.isEmpty())
        return failure(400, QStringLiteral("ErrorInvalidParameter"), QStringLiteral("The value of the parameter 'Message' is empty."));
    int recipients = 0;
    for (const QString& field : {QStringLiteral("toRecipients"), QStringLiteral("ccRecipients"), QStringLiteral("bccRecipients")}) {
        for (const QJsonValue& recipient : message.value(field).toArray()) {
            const QString address =
                recipient.toObject().value(QStringLiteral("emailAddress")).toObject().value(QStringLiteral("address")).toString();
            if (!isEmailAddress(address))
                return failure(400, QStringLiteral("ErrorInvalidRecipients"),
                             QStringLiteral("At least one recipient isn't valid., Recipient '%1' isn't resolved. All "
                                            "recipients must be resolved before a message can be saved or sent.")
                                 .arg(address));
            ++recipients;
        }
    }
    if (recipients == 0)
        return failure(400, QStringLiteral("ErrorInvalidRecipients"),
                     QStringLiteral("At least one recipient isn't valid., A message can't be sent because it contains no "
                                    "recipients."));
    if (body->value(QStringLiteral("saveToSentItems")).toBool(true)) {
        QJsonObject sent = message;
        sent.insert(QStringLiteral("id"), QStringLiteral("AAMkAG") + m_ids.alnum(40) + QStringLiteral("AAA="));
        sent.insert(QStringLiteral("sentDateTime"), rfc3339(QDateTime::currentDateTimeUtc()));
        mailbox.sentItems.append(sent);
    }
    // Mail to a demo account (the other one, or oneself) arrives in that account's inbox.
    QStringList delivered;
    for (const QString& field : {QStringLiteral("toRecipients"), QStringLiteral("ccRecipients"), QStringLiteral("bccRecipients")}) {
        for (const QJsonValue& recipient : message.value(field).toArray()) {
            const QString address =
                recipient.toObject().value(QStringLiteral("emailAddress")).toObject().value(QStringLiteral("address")).toString();
            for (Mailbox& other : m_mailboxes) {
                if (other.email.compare(address, Qt::CaseInsensitive) == 0 && !delivered.contains(other.email)) {
                    delivered.append(other.email);
                    deliver(other, mailbox.name, mailbox.email, message);
                }
            }
        }
    }
    // 202 with no body and no Content-Type: the clients treat a JSON type on an empty body as an error.
    return net::HttpResponse::empty(202);
}

net::HttpResponse GraphApi::createEvent(Mailbox& mailbox, const net::HttpRequest& request)
{
    const std::optional<QJsonObject> input = jsonBody(request);
    if (!input)
        return failure(400, QStringLiteral("BadRequest"),
                     request.body.trimmed().isEmpty()
                         ? QStringLiteral("Empty Payload. JSON content expected.")
                         : QStringLiteral("Unable to read JSON request payload. Please ensure Content-Type header is set "
                                          "and payload is of valid JSON format."));
    const QJsonObject start = input->value(QStringLiteral("start")).toObject();
    const QJsonObject end = input->value(QStringLiteral("end")).toObject();
    if (start.isEmpty() || end.isEmpty())
        return failure(400, QStringLiteral("ErrorInvalidRequest"),
                     QStringLiteral("Your request can't be completed. An event must have a start and an end time."));
    const QString zoneName = start.value(QStringLiteral("timeZone")).toString(QStringLiteral("UTC"));
    for (const QJsonObject& value : {start, end}) {
        const QString name = value.value(QStringLiteral("timeZone")).toString(QStringLiteral("UTC"));
        if (!zoneNamed(name))
            return failure(400, QStringLiteral("TimeZoneNotSupportedException"),
                         QStringLiteral("A valid TimeZone value must be specified. The following TimeZone value is not "
                                        "supported: '%1'.")
                             .arg(name));
    }
    const auto startUtc = parseLocal(start, *zoneNamed(zoneName));
    const auto endUtc = parseLocal(end, *zoneNamed(end.value(QStringLiteral("timeZone")).toString(QStringLiteral("UTC"))));
    if (!startUtc || !endUtc)
        return failure(400, QStringLiteral("ErrorInvalidRequest"),
                     QStringLiteral("Cannot convert the literal '%1' to the expected type 'Edm.DateTimeOffset'.")
                         .arg((!startUtc ? start : end).value(QStringLiteral("dateTime")).toString()));
    if (*endUtc < *startUtc)
        return failure(400, QStringLiteral("ErrorInvalidRequest"),
                     QStringLiteral("Your request can't be completed. The event's end time is before its start time."));
    for (const QJsonValue& attendee : input->value(QStringLiteral("attendees")).toArray()) {
        const QString address = attendee.toObject().value(QStringLiteral("emailAddress")).toObject().value(QStringLiteral("address")).toString();
        if (!isEmailAddress(address))
            return failure(400, QStringLiteral("ErrorInvalidRecipients"),
                         QStringLiteral("At least one recipient isn't valid., Recipient '%1' isn't resolved.").arg(address));
    }

    mailbox.events.append(makeEvent(mailbox, *input, *startUtc, *endUtc, zoneName));
    // Graph answers in the zone the event was written in (no Prefer header needed for the create response).
    QJsonObject json = render(mailbox.events.last(), *zoneNamed(zoneName), zoneName);
    json.insert(QStringLiteral("@odata.context"),
                kGraphRoot + QStringLiteral("$metadata#users('%1')/events/$entity").arg(mailbox.id));
    net::HttpResponse response = net::HttpResponse::json(json, 201);
    response.setHeader("Location", (kGraphRoot + QStringLiteral("users('%1')/events('%2')")
                                                     .arg(mailbox.id, json.value(QStringLiteral("id")).toString()))
                                       .toUtf8());
    return response;
}

net::HttpResponse GraphApi::listEvents(Mailbox& mailbox, const net::HttpRequest& request, bool calendarView)
{
    std::optional<QDateTime> windowStart, windowEnd;
    if (calendarView) {
        // The window's ends are ISO 8601; without an offset they are UTC.
        auto parse = [](QString text) -> std::optional<QDateTime> {
            if (text.isEmpty())
                return std::nullopt;
            QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!value.isValid())
                return std::nullopt;
            if (value.timeSpec() == Qt::LocalTime)
                value = QDateTime(value.date(), value.time(), Qt::UTC);
            return value.toUTC();
        };
        windowStart = parse(queryValue(request, QStringLiteral("startDateTime")));
        windowEnd = parse(queryValue(request, QStringLiteral("endDateTime")));
        if (!windowStart || !windowEnd)
            return failure(400, QStringLiteral("ErrorInvalidParameters"),
                         QStringLiteral("This request requires a time window specified by the query string parameters "
                                        "StartDateTime and EndDateTime."));
    }
    bool ok = true;
    const QString topText = queryValue(request, QStringLiteral("$top"));
    const int top = topText.isEmpty() ? -1 : topText.toInt(&ok);
    if (!ok || (!topText.isEmpty() && top < 0))
        return failure(400, QStringLiteral("BadRequest"), QStringLiteral("Invalid value '%1' for $top query option found.").arg(topText));
    const QString skipText = queryValue(request, QStringLiteral("$skip"));
    const int skip = skipText.isEmpty() ? 0 : skipText.toInt(&ok);
    if (!ok || skip < 0)
        return failure(400, QStringLiteral("BadRequest"), QStringLiteral("Invalid value '%1' for $skip query option found.").arg(skipText));

    const OutputZone out = outputZone(request);

    QList<const Event*> events;
    for (const Event& event : mailbox.events) {
        if (!calendarView || (event.end > *windowStart && event.start < *windowEnd))
            events.append(&event);
    }
    const QString orderBy = queryValue(request, QStringLiteral("$orderby")).trimmed();
    const bool descending = orderBy.endsWith(QLatin1String(" desc"), Qt::CaseInsensitive);
    std::stable_sort(events.begin(), events.end(), [&](const Event* a, const Event* b) {
        if (orderBy.startsWith(QLatin1String("subject"), Qt::CaseInsensitive)) {
            const int c = a->json.value(QStringLiteral("subject")).toString().compare(b->json.value(QStringLiteral("subject")).toString());
            return descending ? c > 0 : c < 0;
        }
        return descending ? a->start > b->start : a->start < b->start;
    });

    // Page size: $top if given, else the client's odata.maxpagesize, else Graph's default of 10 for events.
    const QString maxPageText = preference(request, QStringLiteral("odata.maxpagesize"));
    const int maxPage = maxPageText.toInt();
    const int pageSize = top >= 0 ? top : (maxPage > 0 ? maxPage : 10);
    const Pager::Slice slice = Pager::slice(events.size(), skip, pageSize);
    QJsonArray value;
    const QString select = queryValue(request, QStringLiteral("$select"));
    for (qsizetype i = slice.begin; i < slice.end && top != 0; ++i)
        value.append(selectFields(render(*events[i], out.zone, out.name), select));

    QJsonObject body{{QStringLiteral("@odata.context"),
                      kGraphRoot + QStringLiteral("$metadata#users('%1')/%2").arg(mailbox.id,
                                                                                  calendarView ? QStringLiteral("calendarView")
                                                                                               : QStringLiteral("events"))},
                     {QStringLiteral("value"), value}};
    if (slice.next && top != 0) {
        // The next link is absolute on the host the client called, with every option but $skip kept.
        QUrlQuery next;
        for (const auto& [key, item] : request.query().queryItems(QUrl::FullyDecoded)) {
            if (key != QLatin1String("$skip"))
                next.addQueryItem(key, item);
        }
        next.addQueryItem(QStringLiteral("$skip"), QString::number(*slice.next));
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        const QString host = QString::fromUtf8(request.header("host"));
        url.setAuthority(host.isEmpty() ? request.url.authority() : host);
        url.setPath(request.path());
        url.setQuery(next);
        body.insert(QStringLiteral("@odata.nextLink"), url.toString(QUrl::FullyEncoded));
    }
    net::HttpResponse response = net::HttpResponse::json(body);
    QStringList applied;
    if (maxPage > 0 && top < 0)
        applied.append(QStringLiteral("odata.maxpagesize=%1").arg(maxPage));
    if (out.preferred)
        applied.append(QStringLiteral("outlook.timezone=\"%1\"").arg(out.name));
    if (!applied.isEmpty())
        response.setHeader("Preference-Applied", applied.join(QStringLiteral(", ")).toUtf8());
    return response;
}

net::HttpResponse GraphApi::listMessages(Mailbox& mailbox, const net::HttpRequest& request)
{
    bool ok = true;
    const QString topText = queryValue(request, QStringLiteral("$top"));
    const int top = topText.isEmpty() ? 10 : topText.toInt(&ok);
    const QString skipText = queryValue(request, QStringLiteral("$skip"));
    const int skip = skipText.isEmpty() ? 0 : skipText.toInt(&ok);
    if (!ok || top < 1 || skip < 0)
        return failure(400, QStringLiteral("BadRequest"), QStringLiteral("Invalid paging query option."));
    QList<const QJsonObject*> mails; // newest first, as Outlook lists them
    for (auto it = mailbox.inbox.crbegin(); it != mailbox.inbox.crend(); ++it) {
        if (!it->removed)
            mails.append(&it->json);
    }
    const Pager::Slice slice = Pager::slice(mails.size(), skip, top);
    QJsonArray value;
    const QString select = queryValue(request, QStringLiteral("$select"));
    for (qsizetype i = slice.begin; i < slice.end; ++i)
        value.append(selectFields(*mails[i], select));
    QJsonObject body{{QStringLiteral("@odata.context"), kGraphRoot + QStringLiteral("$metadata#users('%1')/messages").arg(mailbox.id)},
                     {QStringLiteral("value"), value}};
    if (slice.next) {
        QUrl next = request.url;
        next.setScheme(QStringLiteral("http"));
        if (!request.header("host").isEmpty())
            next.setAuthority(QString::fromUtf8(request.header("host")));
        QUrlQuery query;
        for (const auto& [key, item] : request.query().queryItems(QUrl::FullyDecoded)) {
            if (key != QLatin1String("$skip"))
                query.addQueryItem(key, item);
        }
        query.addQueryItem(QStringLiteral("$skip"), QString::number(*slice.next));
        next.setQuery(query);
        body.insert(QStringLiteral("@odata.nextLink"), next.toString(QUrl::FullyEncoded));
    }
    return net::HttpResponse::json(body);
}

net::HttpResponse GraphApi::messagesDelta(Mailbox& mailbox, const net::HttpRequest& request)
{
    // $deltatoken: the sequence a previous round ended at. $skiptoken: the next page of a round (its base sequence,
    // where the round ends, and the offset). Unknown tokens mean the sync state is gone: start over (410).
    const QString deltaToken = queryValue(request, QStringLiteral("$deltatoken"));
    const QString skipToken = queryValue(request, QStringLiteral("$skiptoken"));
    qint64 since = 0;
    qint64 until = mailbox.sequence;
    qsizetype offset = 0;
    auto gone = [] {
        return failure(410, QStringLiteral("SyncStateNotFound"),
                       QStringLiteral("The sync state generation is not found. Please start a new sync."));
    };
    if (!deltaToken.isEmpty()) {
        const auto value = Pager::offset(QStringLiteral("delta:") + mailbox.id, deltaToken);
        if (!value || *value > mailbox.sequence)
            return gone();
        since = *value;
    } else if (!skipToken.isEmpty()) {
        const QStringList parts = QString::fromLatin1(QByteArray::fromBase64(skipToken.toLatin1(), QByteArray::Base64UrlEncoding)).split(u':');
        if (parts.size() != 4 || parts[0] != mailbox.id)
            return gone();
        since = parts[1].toLongLong();
        until = parts[2].toLongLong();
        offset = parts[3].toLongLong();
    }
    QList<const Mailbox::Mail*> changes;
    for (const Mailbox::Mail& mail : mailbox.inbox) {
        // The first round lists what is there; later rounds list what changed, deletions included.
        if (mail.sequence > since && mail.sequence <= until && (since > 0 || !mail.removed))
            changes.append(&mail);
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Mailbox::Mail* a, const Mailbox::Mail* b) { return a->sequence < b->sequence; });
    const int maxPage = preference(request, QStringLiteral("odata.maxpagesize")).toInt();
    const Pager::Slice slice = Pager::slice(changes.size(), offset, maxPage > 0 ? maxPage : 10);
    QJsonArray value;
    const QString select = queryValue(request, QStringLiteral("$select"));
    for (qsizetype i = slice.begin; i < slice.end; ++i) {
        if (changes[i]->removed)
            value.append(QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.message")},
                                     {QStringLiteral("id"), changes[i]->json.value(QStringLiteral("id"))},
                                     {QStringLiteral("@removed"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("deleted")}}}});
        else
            value.append(selectFields(changes[i]->json, select));
    }
    QUrl link;
    link.setScheme(QStringLiteral("http"));
    link.setAuthority(request.header("host").isEmpty() ? request.url.authority() : QString::fromUtf8(request.header("host")));
    link.setPath(request.path());
    QUrlQuery query;
    if (!select.isEmpty())
        query.addQueryItem(QStringLiteral("$select"), select);
    QJsonObject body{{QStringLiteral("@odata.context"), kGraphRoot + QStringLiteral("$metadata#Collection(message)")},
                     {QStringLiteral("value"), value}};
    if (slice.next) {
        query.addQueryItem(QStringLiteral("$skiptoken"),
                           QString::fromLatin1(QStringLiteral("%1:%2:%3:%4").arg(mailbox.id).arg(since).arg(until).arg(*slice.next)
                                                   .toLatin1().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        link.setQuery(query);
        body.insert(QStringLiteral("@odata.nextLink"), link.toString(QUrl::FullyEncoded));
    } else {
        query.addQueryItem(QStringLiteral("$deltatoken"), Pager::token(QStringLiteral("delta:") + mailbox.id, until));
        link.setQuery(query);
        body.insert(QStringLiteral("@odata.deltaLink"), link.toString(QUrl::FullyEncoded));
    }
    net::HttpResponse response = net::HttpResponse::json(body);
    if (maxPage > 0)
        response.setHeader("Preference-Applied", QStringLiteral("odata.maxpagesize=%1").arg(maxPage).toUtf8());
    return response;
}

} // namespace sb::sandbox
