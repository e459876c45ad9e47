// Calendar v3 (events insert/list/get/delete, freeBusy, calendarList) of GoogleApi.
#include "sandbox/providers/GoogleApi.h"

#include "sandbox/providers/GoogleErrors.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

#include <variant>

namespace sb::sandbox {

namespace {

net::HttpResponse calendarError(int code, const QString& message, const QString& reason)
{
    return google::error(code, message, google::Style::Calendar, reason);
}

net::HttpResponse notFound()
{
    return calendarError(404, QStringLiteral("Not Found"), QStringLiteral("notFound"));
}

struct When
{
    QDateTime utc;
    QJsonObject field; // as served back
    bool allDay = false;
};

// An EventDateTime: {"date"} for all-day, or {"dateTime"[, "timeZone"]}. `which` is "start" or "end" for messages.
std::variant<When, net::HttpResponse> parseWhen(const QJsonObject& value, const QString& which)
{
    const QString zoneName = value.value(QStringLiteral("timeZone")).toString();
    std::optional<QTimeZone> zone;
    if (!zoneName.isEmpty()) {
        QTimeZone candidate(zoneName.toUtf8());
        if (!candidate.isValid())
            return calendarError(400, QStringLiteral("Invalid time zone definition for %1 time.").arg(which),
                                 QStringLiteral("invalid"));
        zone = candidate;
    }
    When when;
    if (value.contains(QStringLiteral("date"))) {
        const QDate date = QDate::fromString(value.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!date.isValid())
            return calendarError(400, QStringLiteral("Invalid %1 time.").arg(which), QStringLiteral("invalid"));
        when.allDay = true;
        when.utc = QDateTime(date, QTime(0, 0), Qt::UTC);
        when.field = QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)}};
        return when;
    }
    const QString text = value.value(QStringLiteral("dateTime")).toString();
    if (text.isEmpty())
        return calendarError(400, QStringLiteral("Missing %1 time.").arg(which), QStringLiteral("required"));
    if (const auto withOffset = parseRfc3339(text)) {
        when.utc = *withOffset;
        when.field = QJsonObject{{QStringLiteral("dateTime"), zone ? withOffset->toTimeZone(*zone).toString(Qt::ISODate) : text}};
    } else {
        // A local time is fine when a time zone says where it is.
        static const QRegularExpression local(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$)"));
        if (!local.match(text).hasMatch())
            return calendarError(400, QStringLiteral("Invalid %1 time.").arg(which), QStringLiteral("invalid"));
        if (!zone)
            return calendarError(400, QStringLiteral("Missing time zone definition for %1 time.").arg(which),
                                 QStringLiteral("required"));
        const QDateTime parsed = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        const QDateTime inZone(parsed.date(), parsed.time(), *zone);
        when.utc = inZone.toUTC();
        when.field = QJsonObject{{QStringLiteral("dateTime"), inZone.toString(Qt::ISODate)}};
    }
    if (zone)
        when.field.insert(QStringLiteral("timeZone"), zoneName);
    return when;
}

} // namespace

QJsonObject GoogleApi::renderEvent(const Event& event) const
{
    QJsonObject json = event.json;
    json.insert(QStringLiteral("start"), event.startField);
    json.insert(QStringLiteral("end"), event.endField);
    return json;
}

net::HttpResponse GoogleApi::calendar(Account& account, const net::HttpRequest& request, const QStringList& path)
{
    const bool get = request.method == "GET";
    if (path == QStringList{QStringLiteral("freeBusy")} && request.method == "POST")
        return freeBusy(request, account);
    if (path == QStringList{QStringLiteral("users"), QStringLiteral("me"), QStringLiteral("calendarList")} && get) {
        return net::HttpResponse::json(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("calendar#calendarList")},
            {QStringLiteral("etag"), QStringLiteral("\"p33c9lhqgbr6o60o\"")},
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#calendarListEntry")},
                                    {QStringLiteral("id"), account.email},
                                    {QStringLiteral("summary"), account.email},
                                    {QStringLiteral("timeZone"), QStringLiteral("UTC")},
                                    {QStringLiteral("accessRole"), QStringLiteral("owner")},
                                    {QStringLiteral("primary"), true},
                                    {QStringLiteral("selected"), true}}}}});
    }
    if (path.size() < 3 || path[0] != QLatin1String("calendars") || path[2] != QLatin1String("events"))
        return notFound();
    if (path[1] != QLatin1String("primary") && path[1].compare(account.email, Qt::CaseInsensitive) != 0)
        return notFound();
    if (path.size() == 3) {
        if (request.method == "POST")
            return insertEvent(account, request);
        if (get)
            return listEvents(account, request);
    }
    if (path.size() == 4) {
        for (Event& event : account.events) {
            if (event.json.value(QStringLiteral("id")).toString() != path[3])
                continue;
            const bool cancelled = event.json.value(QStringLiteral("status")) == QLatin1String("cancelled");
            if (get)
                return net::HttpResponse::json(renderEvent(event));
            if (request.method == "DELETE") {
                // Deleted events stay as "cancelled" (listed with showDeleted); a second delete is 410.
                if (cancelled)
                    return calendarError(410, QStringLiteral("Resource has been deleted"), QStringLiteral("deleted"));
                event.json.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
                event.json.insert(QStringLiteral("updated"), rfc3339(QDateTime::currentDateTimeUtc(), true));
                return net::HttpResponse::empty(204);
            }
        }
        return notFound();
    }
    return notFound();
}

net::HttpResponse GoogleApi::insertEvent(Account& account, const net::HttpRequest& request)
{
    const std::optional<QJsonObject> input = jsonBody(request);
    if (!input)
        return calendarError(400, QStringLiteral("Parse Error"), QStringLiteral("parseError"));
    if (!input->value(QStringLiteral("end")).isObject())
        return calendarError(400, QStringLiteral("Missing end time."), QStringLiteral("required"));
    if (!input->value(QStringLiteral("start")).isObject())
        return calendarError(400, QStringLiteral("Missing start time."), QStringLiteral("required"));
    const auto start = parseWhen(input->value(QStringLiteral("start")).toObject(), QStringLiteral("start"));
    if (const auto* error = std::get_if<net::HttpResponse>(&start))
        return *error;
    const auto end = parseWhen(input->value(QStringLiteral("end")).toObject(), QStringLiteral("end"));
    if (const auto* error = std::get_if<net::HttpResponse>(&end))
        return *error;
    const When& from = std::get<When>(start);
    const When& to = std::get<When>(end);
    if (from.allDay != to.allDay)
        return calendarError(400, QStringLiteral("Start and end times must either both be date or both be dateTime."),
                             QStringLiteral("invalid"));
    if (to.utc < from.utc || (from.allDay && to.utc == from.utc))
        return calendarError(400, QStringLiteral("The specified time range is empty."), QStringLiteral("timeRangeEmpty"));

    QJsonArray attendees;
    for (const QJsonValue& value : input->value(QStringLiteral("attendees")).toArray()) {
        QJsonObject attendee = value.toObject();
        if (!isEmailAddress(attendee.value(QStringLiteral("email")).toString()))
            return calendarError(400, QStringLiteral("Invalid attendee email."), QStringLiteral("invalid"));
        if (!attendee.contains(QStringLiteral("responseStatus")))
            attendee.insert(QStringLiteral("responseStatus"), QStringLiteral("needsAction"));
        if (attendee.value(QStringLiteral("email")).toString().compare(account.email, Qt::CaseInsensitive) == 0) {
            attendee.insert(QStringLiteral("self"), true);
            attendee.insert(QStringLiteral("organizer"), true);
            attendee.insert(QStringLiteral("responseStatus"), QStringLiteral("accepted"));
        }
        attendees.append(attendee);
    }

    QString id = input->value(QStringLiteral("id")).toString();
    if (!id.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral("^[a-v0-9]{5,1024}$"));
        if (!shape.match(id).hasMatch())
            return calendarError(400, QStringLiteral("Invalid resource id value."), QStringLiteral("invalid"));
        for (const Event& event : account.events) {
            if (event.json.value(QStringLiteral("id")).toString() == id)
                return calendarError(409, QStringLiteral("The requested identifier already exists."),
                                     QStringLiteral("duplicate"));
        }
    } else {
        id = eventId();
    }

    const QString now = rfc3339(QDateTime::currentDateTimeUtc(), true);
    Event event;
    event.start = from.utc;
    event.end = to.utc;
    event.startField = from.field;
    event.endField = to.field;
    event.json = QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("calendar#event")},
        {QStringLiteral("etag"), QStringLiteral("\"%1\"").arg(QDateTime::currentMSecsSinceEpoch() * 1000)},
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), input->value(QStringLiteral("status")).toString(QStringLiteral("confirmed"))},
        {QStringLiteral("htmlLink"),
         QStringLiteral("https://www.google.com/calendar/event?eid=")
             + QString::fromLatin1((id + u' ' + account.email).toUtf8().toBase64(QByteArray::Base64UrlEncoding
                                                                               | QByteArray::OmitTrailingEquals))},
        {QStringLiteral("created"), now},
        {QStringLiteral("updated"), now},
        {QStringLiteral("creator"), QJsonObject{{QStringLiteral("email"), account.email}, {QStringLiteral("self"), true}}},
        {QStringLiteral("organizer"), QJsonObject{{QStringLiteral("email"), account.email}, {QStringLiteral("self"), true}}},
        {QStringLiteral("iCalUID"), id + QStringLiteral("@google.com")},
        {QStringLiteral("sequence"), 0},
        {QStringLiteral("reminders"), input->value(QStringLiteral("reminders")).isObject()
                                          ? input->value(QStringLiteral("reminders"))
                                          : QJsonValue(QJsonObject{{QStringLiteral("useDefault"), true}})},
        {QStringLiteral("eventType"), input->value(QStringLiteral("eventType")).toString(QStringLiteral("default"))}};
    for (const char* field : {"summary", "description", "location", "transparency", "visibility", "colorId",
                              "recurrence", "extendedProperties", "source", "guestsCanModify"}) {
        if (input->contains(QLatin1String(field)))
            event.json.insert(QLatin1String(field), input->value(QLatin1String(field)));
    }
    if (!attendees.isEmpty())
        event.json.insert(QStringLiteral("attendees"), attendees);
    account.events.append(event);
    return net::HttpResponse::json(renderEvent(event));
}

net::HttpResponse GoogleApi::listEvents(const Account& account, const net::HttpRequest& request)
{
    const QUrlQuery query = request.query();
    auto bound = [&](const QString& name, std::optional<QDateTime>* out) -> bool {
        const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
        if (text.isEmpty())
            return true;
        *out = parseRfc3339(text);
        return out->has_value();
    };
    std::optional<QDateTime> timeMin, timeMax;
    if (!bound(QStringLiteral("timeMin"), &timeMin) || !bound(QStringLiteral("timeMax"), &timeMax))
        return calendarError(400, QStringLiteral("Bad Request"), QStringLiteral("badRequest"));
    if (timeMin && timeMax && *timeMax <= *timeMin)
        return calendarError(400, QStringLiteral("The specified time range is empty."), QStringLiteral("timeRangeEmpty"));
    const bool singleEvents = query.queryItemValue(QStringLiteral("singleEvents")) == QLatin1String("true");
    const QString orderBy = query.queryItemValue(QStringLiteral("orderBy"));
    if (orderBy == QLatin1String("startTime") && !singleEvents)
        return calendarError(400, QStringLiteral("The requested ordering is not available for the particular query."),
                             QStringLiteral("badRequest"));
    if (!orderBy.isEmpty() && orderBy != QLatin1String("startTime") && orderBy != QLatin1String("updated"))
        return calendarError(400, QStringLiteral("Invalid value for: Invalid enum value '%1' for orderBy").arg(orderBy),
                             QStringLiteral("invalidParameter"));
    bool ok = true;
    const QString maxText = query.queryItemValue(QStringLiteral("maxResults"));
    const int maxResults = maxText.isEmpty() ? 250 : maxText.toInt(&ok);
    if (!ok || maxResults < 1)
        return calendarError(400, QStringLiteral("Invalid value '%1'. Values must be within the range: [1, 2500]").arg(maxText),
                             QStringLiteral("invalid"));
    const auto offset = Pager::offset(QStringLiteral("calendar"), query.queryItemValue(QStringLiteral("pageToken")));
    if (!offset)
        return calendarError(400, QStringLiteral("Invalid page token value."), QStringLiteral("invalid"));
    const bool showDeleted = query.queryItemValue(QStringLiteral("showDeleted")) == QLatin1String("true");
    const QString q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);

    QList<const Event*> found;
    for (const Event& event : account.events) {
        if (!showDeleted && event.json.value(QStringLiteral("status")) == QLatin1String("cancelled"))
            continue;
        // timeMin bounds the end, timeMax the start, as Calendar documents.
        if ((timeMin && event.end <= *timeMin) || (timeMax && event.start >= *timeMax))
            continue;
        if (!q.isEmpty()) {
            QString haystack;
            for (const char* field : {"summary", "description", "location"})
                haystack += event.json.value(QLatin1String(field)).toString() + u'\n';
            for (const QJsonValue& attendee : event.json.value(QStringLiteral("attendees")).toArray())
                haystack += attendee.toObject().value(QStringLiteral("email")).toString() + u'\n';
            if (!haystack.contains(q, Qt::CaseInsensitive))
                continue;
        }
        found.append(&event);
    }
    std::stable_sort(found.begin(), found.end(), [&](const Event* a, const Event* b) {
        if (orderBy == QLatin1String("updated"))
            return a->json.value(QStringLiteral("updated")).toString() < b->json.value(QStringLiteral("updated")).toString();
        return a->start < b->start;
    });
    const Pager::Slice slice = Pager::slice(found.size(), *offset, std::min(maxResults, 2500));
    QJsonArray items;
    for (qsizetype i = slice.begin; i < slice.end; ++i)
        items.append(renderEvent(*found[i]));
    QJsonObject body{{QStringLiteral("kind"), QStringLiteral("calendar#events")},
                     {QStringLiteral("etag"), QStringLiteral("\"p32c9lhqgbr6o60g\"")},
                     {QStringLiteral("summary"), account.email},
                     {QStringLiteral("description"), QString()},
                     {QStringLiteral("updated"), rfc3339(QDateTime::currentDateTimeUtc(), true)},
                     {QStringLiteral("timeZone"), QStringLiteral("UTC")},
                     {QStringLiteral("accessRole"), QStringLiteral("owner")},
                     {QStringLiteral("defaultReminders"),
                      QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("popup")}, {QStringLiteral("minutes"), 10}}}},
                     {QStringLiteral("items"), items}};
    if (slice.next)
        body.insert(QStringLiteral("nextPageToken"), Pager::token(QStringLiteral("calendar"), *slice.next));
    return net::HttpResponse::json(body);
}

net::HttpResponse GoogleApi::freeBusy(const net::HttpRequest& request, const Account& account)
{
    const std::optional<QJsonObject> input = jsonBody(request);
    if (!input)
        return calendarError(400, QStringLiteral("Parse Error"), QStringLiteral("parseError"));
    for (const QString& name : {QStringLiteral("timeMin"), QStringLiteral("timeMax")}) {
        if (input->value(name).toString().isEmpty())
            return calendarError(400, QStringLiteral("Missing %1 parameter.").arg(name), QStringLiteral("required"));
    }
    const auto timeMin = parseRfc3339(input->value(QStringLiteral("timeMin")).toString());
    const auto timeMax = parseRfc3339(input->value(QStringLiteral("timeMax")).toString());
    if (!timeMin || !timeMax)
        return calendarError(400, QStringLiteral("Bad Request"), QStringLiteral("badRequest"));
    if (*timeMax <= *timeMin)
        return calendarError(400, QStringLiteral("The specified time range is empty."), QStringLiteral("timeRangeEmpty"));

    QJsonObject calendars;
    for (const QJsonValue& item : input->value(QStringLiteral("items")).toArray()) {
        const QString id = item.toObject().value(QStringLiteral("id")).toString();
        // Demo accounts share a domain, so each may see the other's free/busy, as in one Workspace.
        const Account* owner = nullptr;
        if (id == QLatin1String("primary"))
            owner = &account;
        for (const Account& candidate : m_accounts) {
            if (candidate.email.compare(id, Qt::CaseInsensitive) == 0)
                owner = &candidate;
        }
        if (!owner) {
            calendars.insert(id, QJsonObject{{QStringLiteral("errors"),
                                              QJsonArray{QJsonObject{{QStringLiteral("domain"), QStringLiteral("global")},
                                                                     {QStringLiteral("reason"), QStringLiteral("notFound")}}}},
                                             {QStringLiteral("busy"), QJsonArray()}});
            continue;
        }
        // Opaque, confirmed events clipped to the window, overlaps merged.
        QList<std::pair<QDateTime, QDateTime>> spans;
        for (const Event& event : owner->events) {
            if (event.json.value(QStringLiteral("status")) == QLatin1String("cancelled")
                || event.json.value(QStringLiteral("transparency")) == QLatin1String("transparent"))
                continue;
            if (event.end <= *timeMin || event.start >= *timeMax)
                continue;
            spans.append({std::max(event.start, *timeMin), std::min(event.end, *timeMax)});
        }
        std::sort(spans.begin(), spans.end());
        QList<std::pair<QDateTime, QDateTime>> merged;
        for (const auto& span : spans) {
            if (!merged.isEmpty() && span.first <= merged.last().second)
                merged.last().second = std::max(merged.last().second, span.second);
            else
                merged.append(span);
        }
        QJsonArray busy;
        for (const auto& [from, to] : merged)
            busy.append(QJsonObject{{QStringLiteral("start"), rfc3339(from)}, {QStringLiteral("end"), rfc3339(to)}});
        calendars.insert(id, QJsonObject{{QStringLiteral("busy"), busy}});
    }
    return net::HttpResponse::json(QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#freeBusy")},
                                               {QStringLiteral("timeMin"), rfc3339(*timeMin, true)},
                                               {QStringLiteral("timeMax"), rfc3339(*timeMax, true)},
                                               {QStringLiteral("calendars"), calendars}});
}

} // namespace sb::sandbox
