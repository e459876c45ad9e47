#include "connectors/google/GoogleTools.h"

#include "connectors/google/GoogleClient.h"
#include "tools/ConnectorSupport.h"
#include "tools/ToolRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

namespace sb {

namespace {

using namespace connector;
using Context = std::shared_ptr<ToolContext>;

QString tr(const char* text)
{
    return QCoreApplication::translate("GoogleTools", text);
}

const QString kProvider = QStringLiteral("google");

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    if (value.isString())
        list << value.toString();
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

QJsonObject emailList(const QString& description)
{
    return array(description, string(tr("An e-mail address"), {{QStringLiteral("format"), QStringLiteral("email")}}));
}

QString rfc3339(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

void sendEmail(Context c, ToolDone done)
{
    google::MailMessage message;
    message.to = strings(c->input.value(QStringLiteral("to")));
    message.cc = strings(c->input.value(QStringLiteral("cc")));
    message.bcc = strings(c->input.value(QStringLiteral("bcc")));
    message.subject = c->input.value(QStringLiteral("subject")).toString();
    message.body = c->input.value(QStringLiteral("body")).toString();
    message.html = c->input.value(QStringLiteral("html")).toBool();
    const QJsonObject body{{QStringLiteral("raw"), google::base64Url(google::rfc2822(message))}};
    // Gmail has no idempotency key: a retried send could deliver twice, so it is never retried.
    call(c, jsonRequest("POST", c->api(QStringLiteral("gmail"), QStringLiteral("/gmail/v1/users/me/messages/send")), body, false),
         done, google::describeError, [done](const ProviderResponse& r) {
             const QJsonObject json = r.json().toObject();
             done(QJsonObject{{QStringLiteral("messageId"), json.value(QStringLiteral("id"))},
                              {QStringLiteral("threadId"), json.value(QStringLiteral("threadId"))},
                              {QStringLiteral("labelIds"), json.value(QStringLiteral("labelIds"))},
                              {QStringLiteral("status"), QStringLiteral("sent")}});
         });
}

QString headerValue(const QJsonObject& message, const QString& name)
{
    for (const QJsonValue& header : message.value(QStringLiteral("payload")).toObject().value(QStringLiteral("headers")).toArray()) {
        if (header.toObject().value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return header.toObject().value(QStringLiteral("value")).toString();
    }
    return {};
}

// Fetches each message's headers one after another (a handful at most), then answers.
void fetchMessages(Context c, QJsonArray ids, QJsonArray emails, qint64 estimate, ToolDone done)
{
    if (emails.size() == ids.size())
        return done(QJsonObject{{QStringLiteral("emails"), emails}, {QStringLiteral("resultSizeEstimate"), estimate}});
    const QString id = ids.at(emails.size()).toObject().value(QStringLiteral("id")).toString();
    QUrl url = c->api(QStringLiteral("gmail"), QStringLiteral("/gmail/v1/users/me/messages/") + id);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("metadata"));
    for (const char* header : {"From", "To", "Subject", "Date"})
        query.addQueryItem(QStringLiteral("metadataHeaders"), QString::fromLatin1(header));
    url.setQuery(query);
    call(c, jsonRequest("GET", url, {}, true), done, google::describeError,
         [c, ids, emails, estimate, done](const ProviderResponse& r) mutable {
             const QJsonObject m = r.json().toObject();
             emails.append(QJsonObject{{QStringLiteral("id"), m.value(QStringLiteral("id"))},
                                       {QStringLiteral("threadId"), m.value(QStringLiteral("threadId"))},
                                       {QStringLiteral("from"), headerValue(m, QStringLiteral("From"))},
                                       {QStringLiteral("to"), headerValue(m, QStringLiteral("To"))},
                                       {QStringLiteral("subject"), headerValue(m, QStringLiteral("Subject"))},
                                       {QStringLiteral("date"), headerValue(m, QStringLiteral("Date"))},
                                       {QStringLiteral("snippet"), m.value(QStringLiteral("snippet"))},
                                       {QStringLiteral("labelIds"), m.value(QStringLiteral("labelIds"))}});
             fetchMessages(c, ids, emails, estimate, done);
         });
}

void listEmails(Context c, ToolDone done)
{
    QUrl url = c->api(QStringLiteral("gmail"), QStringLiteral("/gmail/v1/users/me/messages"));
    QUrlQuery query;
    const QString q = c->input.value(QStringLiteral("query")).toString();
    if (!q.isEmpty())
        query.addQueryItem(QStringLiteral("q"), q);
    query.addQueryItem(QStringLiteral("maxResults"), QString::number(c->input.value(QStringLiteral("maxResults")).toInt(10)));
    url.setQuery(query);
    call(c, jsonRequest("GET", url, {}, true), done, google::describeError, [c, done](const ProviderResponse& r) {
        const QJsonObject json = r.json().toObject();
        fetchMessages(c, json.value(QStringLiteral("messages")).toArray(), {},
                      json.value(QStringLiteral("resultSizeEstimate")).toInteger(), done);
    });
}

void checkAvailability(Context c, ToolDone done)
{
    const QDate date = QDate::fromString(c->input.value(QStringLiteral("date")).toString(), Qt::ISODate);
    const QString zoneName = c->input.value(QStringLiteral("timeZone")).toString(QStringLiteral("UTC"));
    const QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid())
        return done(fail(QStringLiteral("invalid_input"), tr("timeZone: \"%1\" is not a known time zone.").arg(zoneName)));
    const QTime from = QTime::fromString(c->input.value(QStringLiteral("workingHoursStart")).toString(QStringLiteral("09:00")), QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(c->input.value(QStringLiteral("workingHoursEnd")).toString(QStringLiteral("17:00")), QStringLiteral("HH:mm"));
    if (!from.isValid() || !to.isValid() || to <= from)
        return done(fail(QStringLiteral("invalid_input"), tr("workingHoursStart/workingHoursEnd: must be HH:mm with the start before the end.")));
    const int duration = c->input.value(QStringLiteral("durationMinutes")).toInt(30);
    const QDateTime dayStart(date, from, zone);
    const QDateTime dayEnd(date, to, zone);
    const QJsonObject body{{QStringLiteral("timeMin"), rfc3339(dayStart)},
                           {QStringLiteral("timeMax"), rfc3339(dayEnd)},
                           {QStringLiteral("timeZone"), zoneName},
                           {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("primary")}}}}};
    // freeBusy is a read, safe to repeat.
    call(c, jsonRequest("POST", c->api(QStringLiteral("calendar"), QStringLiteral("/calendar/v3/freeBusy")), body, true),
         done, google::describeError, [=](const ProviderResponse& r) {
             const QJsonObject calendars = r.json().toObject().value(QStringLiteral("calendars")).toObject();
             const QJsonObject primary = calendars.value(QStringLiteral("primary")).toObject();
             if (!primary.value(QStringLiteral("errors")).toArray().isEmpty())
                 return done(fail(QStringLiteral("provider_rejected"),
                                  tr("Google could not read the calendar's free/busy information.")));
             QList<QPair<QDateTime, QDateTime>> busy;
             QJsonArray busyJson;
             for (const QJsonValue& period : primary.value(QStringLiteral("busy")).toArray()) {
                 const QDateTime s = QDateTime::fromString(period.toObject().value(QStringLiteral("start")).toString(), Qt::ISODate);
                 const QDateTime e = QDateTime::fromString(period.toObject().value(QStringLiteral("end")).toString(), Qt::ISODate);
                 if (s.isValid() && e.isValid()) {
                     busy.append({s.toUTC(), e.toUTC()});
                     busyJson.append(QJsonObject{{QStringLiteral("start"), rfc3339(s)}, {QStringLiteral("end"), rfc3339(e)}});
                 }
             }
             std::sort(busy.begin(), busy.end());
             QJsonArray freeSlotsJson;
             QDateTime cursor = dayStart.toUTC();
             auto addFree = [&](const QDateTime& until) {
                 if (cursor.secsTo(until) >= qint64(duration) * 60)
                     freeSlotsJson.append(QJsonObject{{QStringLiteral("start"), cursor.toTimeZone(zone).toString(Qt::ISODate)},
                                              {QStringLiteral("end"), until.toTimeZone(zone).toString(Qt::ISODate)}});
             };
             for (const auto& [s, e] : busy) {
                 if (s > cursor)
                     addFree(std::min(s, dayEnd.toUTC()));
                 cursor = std::max(cursor, e);
             }
             addFree(dayEnd.toUTC());
             done(QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                              {QStringLiteral("timeZone"), zoneName},
                              {QStringLiteral("workingHours"), QJsonObject{{QStringLiteral("start"), from.toString(QStringLiteral("HH:mm"))},
                                                                           {QStringLiteral("end"), to.toString(QStringLiteral("HH:mm"))}}},
                              {QStringLiteral("busy"), busyJson},
                              {QStringLiteral("freeSlots"), freeSlotsJson},
                              {QStringLiteral("available"), !freeSlotsJson.isEmpty()}});
         });
}

void createEvent(Context c, ToolDone done)
{
    const QString zone = c->input.value(QStringLiteral("timeZone")).toString();
    auto when = [&](const QString& field) {
        QJsonObject w{{QStringLiteral("dateTime"), c->input.value(field).toString()}};
        if (!zone.isEmpty())
            w.insert(QStringLiteral("timeZone"), zone);
        return w;
    };
    QJsonArray attendees;
    for (const QString& email : strings(c->input.value(QStringLiteral("attendees"))))
        attendees.append(QJsonObject{{QStringLiteral("email"), email}});
    // A client-chosen event id (base32hex) from the execution's idempotency key makes the insert safe to retry:
    // a repeat answers 409 instead of creating a second event.
    QString id = c->idempotencyKey.mid(3); // "sb-<uuid>" → the uuid's hex digits, all within base32hex
    id.remove(QLatin1Char('-'));
    QJsonObject body{{QStringLiteral("id"), id.toLower()},
                     {QStringLiteral("summary"), c->input.value(QStringLiteral("title"))},
                     {QStringLiteral("start"), when(QStringLiteral("start_time"))},
                     {QStringLiteral("end"), when(QStringLiteral("end_time"))}};
    for (const char* field : {"description", "location"}) {
        if (c->input.contains(QLatin1String(field)))
            body.insert(QLatin1String(field), c->input.value(QLatin1String(field)));
    }
    if (!attendees.isEmpty())
        body.insert(QStringLiteral("attendees"), attendees);
    call(c, jsonRequest("POST", c->api(QStringLiteral("calendar"), QStringLiteral("/calendar/v3/calendars/primary/events")), body, true),
         done, google::describeError, [done](const ProviderResponse& r) {
             const QJsonObject e = r.json().toObject();
             done(QJsonObject{{QStringLiteral("eventId"), e.value(QStringLiteral("id"))},
                              {QStringLiteral("status"), e.value(QStringLiteral("status"))},
                              {QStringLiteral("htmlLink"), e.value(QStringLiteral("htmlLink"))},
                              {QStringLiteral("start"), e.value(QStringLiteral("start"))},
                              {QStringLiteral("end"), e.value(QStringLiteral("end"))}});
         });
}

void listEvents(Context c, ToolDone done)
{
    QUrl url = c->api(QStringLiteral("calendar"), QStringLiteral("/calendar/v3/calendars/primary/events"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("timeMin"), c->input.value(QStringLiteral("timeMin")).toString(rfc3339(QDateTime::currentDateTimeUtc())));
    if (c->input.contains(QStringLiteral("timeMax")))
        query.addQueryItem(QStringLiteral("timeMax"), c->input.value(QStringLiteral("timeMax")).toString());
    if (c->input.contains(QStringLiteral("query")))
        query.addQueryItem(QStringLiteral("q"), c->input.value(QStringLiteral("query")).toString());
    query.addQueryItem(QStringLiteral("singleEvents"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("orderBy"), QStringLiteral("startTime"));
    query.addQueryItem(QStringLiteral("maxResults"), QString::number(c->input.value(QStringLiteral("maxResults")).toInt(10)));
    url.setQuery(query);
    call(c, jsonRequest("GET", url, {}, true), done, google::describeError, [done](const ProviderResponse& r) {
        QJsonArray events;
        for (const QJsonValue& value : r.json().toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject e = value.toObject();
            QJsonArray attendees;
            for (const QJsonValue& a : e.value(QStringLiteral("attendees")).toArray())
                attendees.append(a.toObject().value(QStringLiteral("email")));
            events.append(QJsonObject{{QStringLiteral("id"), e.value(QStringLiteral("id"))},
                                      {QStringLiteral("title"), e.value(QStringLiteral("summary"))},
                                      {QStringLiteral("start"), e.value(QStringLiteral("start"))},
                                      {QStringLiteral("end"), e.value(QStringLiteral("end"))},
                                      {QStringLiteral("status"), e.value(QStringLiteral("status"))},
                                      {QStringLiteral("attendees"), attendees},
                                      {QStringLiteral("htmlLink"), e.value(QStringLiteral("htmlLink"))}});
        }
        done(QJsonObject{{QStringLiteral("events"), events}, {QStringLiteral("count"), events.size()}});
    });
}

void appendSheetRow(Context c, ToolDone done)
{
    const QString sheet = c->input.value(QStringLiteral("sheet")).toString(QStringLiteral("Sheet1"));
    const QString range = (sheet.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + sheet + QLatin1Char('\'') : sheet)
                          + QStringLiteral("!A1");
    QUrl url = c->apiBases.value(QStringLiteral("sheets"));
    // The range is one percent-encoded path segment followed by a literal ":append".
    const QByteArray path = "/v4/spreadsheets/"
                            + QUrl::toPercentEncoding(c->input.value(QStringLiteral("spreadsheetId")).toString())
                            + "/values/" + QUrl::toPercentEncoding(range) + ":append";
    url = QUrl::fromEncoded(url.toEncoded(QUrl::RemovePath | QUrl::StripTrailingSlash) + path
                            + "?valueInputOption=USER_ENTERED&insertDataOption=INSERT_ROWS");
    const QJsonObject body{{QStringLiteral("values"), QJsonArray{c->input.value(QStringLiteral("values")).toArray()}}};
    // Appending twice adds two rows: not retried.
    call(c, jsonRequest("POST", url, body, false), done, google::describeError, [done](const ProviderResponse& r) {
        const QJsonObject updates = r.json().toObject().value(QStringLiteral("updates")).toObject();
        done(QJsonObject{{QStringLiteral("spreadsheetId"), updates.value(QStringLiteral("spreadsheetId"))},
                         {QStringLiteral("updatedRange"), updates.value(QStringLiteral("updatedRange"))},
                         {QStringLiteral("updatedRows"), updates.value(QStringLiteral("updatedRows"))},
                         {QStringLiteral("updatedCells"), updates.value(QStringLiteral("updatedCells"))}});
    });
}

void findContact(Context c, ToolDone done)
{
    QUrl url = c->api(QStringLiteral("people"), QStringLiteral("/v1/people:searchContacts"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), c->input.value(QStringLiteral("query")).toString());
    query.addQueryItem(QStringLiteral("readMask"), QStringLiteral("names,emailAddresses,phoneNumbers,organizations"));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(c->input.value(QStringLiteral("maxResults")).toInt(10)));
    url.setQuery(query);
    call(c, jsonRequest("GET", url, {}, true), done, google::describeError, [done](const ProviderResponse& r) {
        QJsonArray contacts;
        auto values = [](const QJsonObject& person, const QString& field, const QString& key) {
            QJsonArray out;
            for (const QJsonValue& v : person.value(field).toArray())
                out.append(v.toObject().value(key));
            return out;
        };
        for (const QJsonValue& result : r.json().toObject().value(QStringLiteral("results")).toArray()) {
            const QJsonObject person = result.toObject().value(QStringLiteral("person")).toObject();
            const QJsonArray names = values(person, QStringLiteral("names"), QStringLiteral("displayName"));
            const QJsonArray orgs = values(person, QStringLiteral("organizations"), QStringLiteral("name"));
            contacts.append(QJsonObject{{QStringLiteral("resourceName"), person.value(QStringLiteral("resourceName"))},
                                        {QStringLiteral("name"), names.isEmpty() ? QJsonValue() : names.first()},
                                        {QStringLiteral("emails"), values(person, QStringLiteral("emailAddresses"), QStringLiteral("value"))},
                                        {QStringLiteral("phones"), values(person, QStringLiteral("phoneNumbers"), QStringLiteral("value"))},
                                        {QStringLiteral("organization"), orgs.isEmpty() ? QJsonValue() : orgs.first()}});
        }
        done(QJsonObject{{QStringLiteral("contacts"), contacts}, {QStringLiteral("count"), contacts.size()}});
    });
}

} // namespace

void registerGoogleTools(ToolRegistry& registry)
{
    const QJsonObject email{{QStringLiteral("format"), QStringLiteral("email")}};
    const QJsonObject dateTime{{QStringLiteral("format"), QStringLiteral("date-time")}};
    const QJsonObject hhmm{{QStringLiteral("pattern"), QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$")},
                           {QStringLiteral("patternHint"), QStringLiteral("must be a time like 09:00")}};
    registry.add({QStringLiteral("send_email"), kProvider, tr("Send an e-mail"),
                  tr("Send an e-mail from the connected Gmail account."),
                  object({{QStringLiteral("to"), string(tr("Recipient e-mail address"), email)},
                          {QStringLiteral("subject"), string(tr("Subject line"), {{QStringLiteral("minLength"), 1}})},
                          {QStringLiteral("body"), string(tr("Message text"))},
                          {QStringLiteral("cc"), emailList(tr("Copy recipients"))},
                          {QStringLiteral("bcc"), emailList(tr("Blind copy recipients"))},
                          {QStringLiteral("html"), boolean(tr("The body is HTML"))}},
                         {QStringLiteral("to"), QStringLiteral("subject"), QStringLiteral("body")}),
                  true, sendEmail});
    registry.add({QStringLiteral("list_emails"), kProvider, tr("List e-mails"),
                  tr("List recent e-mails in the connected Gmail account, optionally matching a Gmail search query."),
                  object({{QStringLiteral("query"), string(tr("Gmail search, e.g. from:alice is:unread"))},
                          {QStringLiteral("maxResults"), integer(tr("How many (1–50, default 10)"),
                                                                 {{QStringLiteral("minimum"), 1}, {QStringLiteral("maximum"), 50}})}}),
                  false, listEmails});
    registry.add({QStringLiteral("check_availability"), kProvider, tr("Check availability"),
                  tr("Find free freeSlotsJson on a date within working hours in the connected Google Calendar."),
                  object({{QStringLiteral("date"), string(tr("The day, e.g. 2026-02-24"), {{QStringLiteral("format"), QStringLiteral("date")}})},
                          {QStringLiteral("workingHoursStart"), string(tr("Start of the working day (default 09:00)"), hhmm)},
                          {QStringLiteral("workingHoursEnd"), string(tr("End of the working day (default 17:00)"), hhmm)},
                          {QStringLiteral("durationMinutes"), integer(tr("Shortest useful slot in minutes (default 30)"),
                                                                      {{QStringLiteral("minimum"), 5}, {QStringLiteral("maximum"), 480}})},
                          {QStringLiteral("timeZone"), string(tr("IANA time zone, e.g. Europe/Berlin (default UTC)"))}},
                         {QStringLiteral("date")}),
                  false, checkAvailability});
    registry.add({QStringLiteral("create_event"), kProvider, tr("Create an event"),
                  tr("Schedule an event in the connected Google Calendar and invite attendees."),
                  object({{QStringLiteral("title"), string(tr("Event title"), {{QStringLiteral("minLength"), 1}})},
                          {QStringLiteral("start_time"), string(tr("Start, RFC 3339"), dateTime)},
                          {QStringLiteral("end_time"), string(tr("End, RFC 3339"), dateTime)},
                          {QStringLiteral("attendees"), emailList(tr("Attendee e-mail addresses"))},
                          {QStringLiteral("description"), string(tr("Details"))},
                          {QStringLiteral("location"), string(tr("Where"))},
                          {QStringLiteral("timeZone"), string(tr("IANA time zone of the event"))}},
                         {QStringLiteral("title"), QStringLiteral("start_time"), QStringLiteral("end_time")}),
                  true, createEvent});
    registry.add({QStringLiteral("list_events"), kProvider, tr("List events"),
                  tr("List upcoming events of the connected Google Calendar."),
                  object({{QStringLiteral("timeMin"), string(tr("From (default now), RFC 3339"), dateTime)},
                          {QStringLiteral("timeMax"), string(tr("Until, RFC 3339"), dateTime)},
                          {QStringLiteral("query"), string(tr("Free text to match"))},
                          {QStringLiteral("maxResults"), integer(tr("How many (1–250, default 10)"),
                                                                 {{QStringLiteral("minimum"), 1}, {QStringLiteral("maximum"), 250}})}}),
                  false, listEvents});
    registry.add({QStringLiteral("append_sheet_row"), kProvider, tr("Append a sheet row"),
                  tr("Append one row of values to a Google Sheets spreadsheet."),
                  object({{QStringLiteral("spreadsheetId"), string(tr("The spreadsheet's id (from its URL)"), {{QStringLiteral("minLength"), 1}})},
                          {QStringLiteral("sheet"), string(tr("The sheet's name (default Sheet1)"))},
                          {QStringLiteral("values"), array(tr("The row's cells, left to right"), QJsonObject{},
                                                           {{QStringLiteral("minItems"), 1}})}},
                         {QStringLiteral("spreadsheetId"), QStringLiteral("values")}),
                  true, appendSheetRow});
    registry.add({QStringLiteral("find_contact"), kProvider, tr("Find a contact"),
                  tr("Search the connected Google account's contacts by name, e-mail, phone or company."),
                  object({{QStringLiteral("query"), string(tr("Name, e-mail, phone or company prefix"), {{QStringLiteral("minLength"), 1}})},
                          {QStringLiteral("maxResults"), integer(tr("How many (1–30, default 10)"),
                                                                 {{QStringLiteral("minimum"), 1}, {QStringLiteral("maximum"), 30}})}},
                         {QStringLiteral("query")}),
                  false, findContact});
}

} // namespace sb
