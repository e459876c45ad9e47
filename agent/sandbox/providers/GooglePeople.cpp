// People API (people:searchContacts, people/me/connections, people.get) of GoogleApi.
#include "sandbox/providers/GoogleApi.h"

#include "sandbox/providers/GoogleErrors.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

#include <variant>

namespace sb::sandbox {

namespace {

net::HttpResponse peopleError(int code, const QString& message)
{
    return google::error(code, message, google::Style::OnePlatform);
}

const QStringList& personFields()
{
    static const QStringList fields{
        QStringLiteral("addresses"),    QStringLiteral("ageRanges"),      QStringLiteral("biographies"),
        QStringLiteral("birthdays"),    QStringLiteral("calendarUrls"),   QStringLiteral("clientData"),
        QStringLiteral("coverPhotos"),  QStringLiteral("emailAddresses"), QStringLiteral("events"),
        QStringLiteral("externalIds"),  QStringLiteral("genders"),        QStringLiteral("imClients"),
        QStringLiteral("interests"),    QStringLiteral("locales"),        QStringLiteral("locations"),
        QStringLiteral("memberships"),  QStringLiteral("metadata"),       QStringLiteral("miscKeywords"),
        QStringLiteral("names"),        QStringLiteral("nicknames"),      QStringLiteral("occupations"),
        QStringLiteral("organizations"), QStringLiteral("phoneNumbers"),  QStringLiteral("photos"),
        QStringLiteral("relations"),    QStringLiteral("sipAddresses"),   QStringLiteral("skills"),
        QStringLiteral("urls"),         QStringLiteral("userDefined")};
    return fields;
}

// The mask's fields, or an error naming the first invalid path. `param` is "readMask" or "personFields".
std::variant<QStringList, net::HttpResponse> parseMask(const QString& mask, const QString& param, const QString& doc)
{
    if (mask.trimmed().isEmpty())
        return peopleError(400, QStringLiteral("%1 is required. Please specify one or more valid paths. Valid paths are "
                                               "documented at %2.")
                                    .arg(param == QLatin1String("personFields") ? QStringLiteral("personFields mask")
                                                                                : param,
                                         doc));
    QStringList fields;
    for (QString field : mask.split(u',', Qt::SkipEmptyParts)) {
        field = field.trimmed();
        if (field.startsWith(QLatin1String("person.")))
            field = field.mid(7);
        if (!personFields().contains(field))
            return peopleError(400, QStringLiteral("Invalid %1 path: \"%2\". Valid paths are documented at %3.")
                                        .arg(param, field, doc));
        fields.append(field);
    }
    return fields;
}

QJsonObject masked(const QJsonObject& person, const QStringList& fields)
{
    QJsonObject out{{QStringLiteral("resourceName"), person.value(QStringLiteral("resourceName"))},
                    {QStringLiteral("etag"), person.value(QStringLiteral("etag"))}};
    for (const QString& field : fields) {
        if (person.contains(field))
            out.insert(field, person.value(field));
    }
    return out;
}

// Prefix matching on words of names, e-mail addresses, phone numbers and organizations, as searchContacts does.
bool matchesQuery(const QJsonObject& person, const QString& query)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s@.,]+)"));
    auto matches = [&](const QString& text) {
        if (text.startsWith(query, Qt::CaseInsensitive))
            return true;
        const QStringList words = text.split(separators, Qt::SkipEmptyParts);
        return std::any_of(words.begin(), words.end(),
                           [&](const QString& word) { return word.startsWith(query, Qt::CaseInsensitive); });
    };
    for (const QJsonValue& name : person.value(QStringLiteral("names")).toArray()) {
        if (matches(name.toObject().value(QStringLiteral("displayName")).toString()))
            return true;
    }
    for (const char* field : {"emailAddresses", "phoneNumbers"}) {
        for (const QJsonValue& value : person.value(QLatin1String(field)).toArray()) {
            if (matches(value.toObject().value(QStringLiteral("value")).toString()))
                return true;
        }
    }
    for (const QJsonValue& org : person.value(QStringLiteral("organizations")).toArray()) {
        if (matches(org.toObject().value(QStringLiteral("name")).toString()))
            return true;
    }
    return false;
}

} // namespace

net::HttpResponse GoogleApi::people(const Account& account, const net::HttpRequest& request, const QStringList& path)
{
    if (request.method != "GET")
        return peopleError(404, QStringLiteral("Requested entity was not found."));
    const QUrlQuery query = request.query();
    bool ok = true;

    if (path == QStringList{QStringLiteral("people:searchContacts")}) {
        const auto mask = parseMask(query.queryItemValue(QStringLiteral("readMask"), QUrl::FullyDecoded),
                                    QStringLiteral("readMask"),
                                    QStringLiteral("https://developers.google.com/people/api/rest/v1/people/searchContacts"));
        if (const auto* error = std::get_if<net::HttpResponse>(&mask))
            return *error;
        const QString sizeText = query.queryItemValue(QStringLiteral("pageSize"));
        const int pageSize = sizeText.isEmpty() ? 10 : sizeText.toInt(&ok);
        if (!ok || pageSize < 0 || pageSize > 30)
            return peopleError(400, QStringLiteral("pageSize must be in the range [0, 30]."));
        const QString q = query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).trimmed();
        QJsonArray results;
        // An empty query is the documented cache warm-up: it answers with nothing.
        for (const QJsonObject& person : account.contacts) {
            if (q.isEmpty() || results.size() >= std::max(pageSize, 1))
                break;
            if (matchesQuery(person, q))
                results.append(QJsonObject{{QStringLiteral("person"), masked(person, std::get<QStringList>(mask))}});
        }
        return net::HttpResponse::json(results.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("results"), results}});
    }

    if (path == QStringList{QStringLiteral("people"), QStringLiteral("me"), QStringLiteral("connections")}) {
        const auto mask = parseMask(query.queryItemValue(QStringLiteral("personFields"), QUrl::FullyDecoded),
                                    QStringLiteral("personFields"),
                                    QStringLiteral("https://developers.google.com/people/api/rest/v1/people.connections/list"));
        if (const auto* error = std::get_if<net::HttpResponse>(&mask))
            return *error;
        const QString sizeText = query.queryItemValue(QStringLiteral("pageSize"));
        const int pageSize = sizeText.isEmpty() ? 100 : sizeText.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 1000)
            return peopleError(400, QStringLiteral("pageSize must be in the range [1, 1000]."));
        const auto offset = Pager::offset(QStringLiteral("connections"), query.queryItemValue(QStringLiteral("pageToken")));
        if (!offset)
            return peopleError(400, QStringLiteral("Page token is not valid."));
        QList<QJsonObject> sorted = account.contacts;
        const QString order = query.queryItemValue(QStringLiteral("sortOrder"));
        if (order == QLatin1String("FIRST_NAME_ASCENDING") || order == QLatin1String("LAST_NAME_ASCENDING")) {
            const QString key = order.startsWith(u'F') ? QStringLiteral("givenName") : QStringLiteral("familyName");
            std::stable_sort(sorted.begin(), sorted.end(), [&](const QJsonObject& a, const QJsonObject& b) {
                return a.value(QStringLiteral("names"))[0].toObject().value(key).toString()
                       < b.value(QStringLiteral("names"))[0].toObject().value(key).toString();
            });
        }
        const Pager::Slice slice = Pager::slice(sorted.size(), *offset, pageSize);
        QJsonArray connections;
        for (qsizetype i = slice.begin; i < slice.end; ++i)
            connections.append(masked(sorted[i], std::get<QStringList>(mask)));
        QJsonObject body{{QStringLiteral("connections"), connections},
                         {QStringLiteral("totalPeople"), sorted.size()},
                         {QStringLiteral("totalItems"), sorted.size()}};
        if (slice.next)
            body.insert(QStringLiteral("nextPageToken"), Pager::token(QStringLiteral("connections"), *slice.next));
        return net::HttpResponse::json(body);
    }

    if (path.size() == 2 && path[0] == QLatin1String("people")) {
        const auto mask = parseMask(query.queryItemValue(QStringLiteral("personFields"), QUrl::FullyDecoded),
                                    QStringLiteral("personFields"),
                                    QStringLiteral("https://developers.google.com/people/api/rest/v1/people/get"));
        if (const auto* error = std::get_if<net::HttpResponse>(&mask))
            return *error;
        for (const QJsonObject& person : account.contacts) {
            if (person.value(QStringLiteral("resourceName")).toString() == QStringLiteral("people/") + path[1])
                return net::HttpResponse::json(masked(person, std::get<QStringList>(mask)));
        }
    }
    return peopleError(404, QStringLiteral("Requested entity was not found."));
}

} // namespace sb::sandbox
