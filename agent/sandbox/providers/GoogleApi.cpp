#include "sandbox/providers/GoogleApi.h"

#include "sandbox/DemoData.h"
#include "sandbox/providers/GoogleErrors.h"

#include <QJsonArray>

namespace sb::sandbox {

namespace google {

namespace {

QString statusFor(int code)
{
    switch (code) {
    case 400: return QStringLiteral("INVALID_ARGUMENT");
    case 401: return QStringLiteral("UNAUTHENTICATED");
    case 403: return QStringLiteral("PERMISSION_DENIED");
    case 404: return QStringLiteral("NOT_FOUND");
    case 409: return QStringLiteral("ALREADY_EXISTS");
    case 429: return QStringLiteral("RESOURCE_EXHAUSTED");
    default: return code >= 500 ? QStringLiteral("INTERNAL") : QStringLiteral("UNKNOWN");
    }
}

} // namespace

net::HttpResponse error(int code, const QString& message, Style style, const QString& reason, const QString& location)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (style != Style::OnePlatform) {
        QJsonObject item{{QStringLiteral("message"), message},
                         {QStringLiteral("domain"), QStringLiteral("global")},
                         {QStringLiteral("reason"), reason.isEmpty() ? QStringLiteral("badRequest") : reason}};
        if (!location.isEmpty()) {
            item.insert(QStringLiteral("location"), location);
            item.insert(QStringLiteral("locationType"), QStringLiteral("parameter"));
        }
        error.insert(QStringLiteral("errors"), QJsonArray{item});
    }
    if (style != Style::Calendar)
        error.insert(QStringLiteral("status"), statusFor(code));
    return net::HttpResponse::json(QJsonObject{{QStringLiteral("error"), error}}, code);
}

net::HttpResponse unauthenticated()
{
    const QString message = QStringLiteral(
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid "
        "authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.");
    const QJsonObject item{{QStringLiteral("message"), QStringLiteral("Invalid Credentials")},
                           {QStringLiteral("domain"), QStringLiteral("global")},
                           {QStringLiteral("reason"), QStringLiteral("authError")},
                           {QStringLiteral("location"), QStringLiteral("Authorization")},
                           {QStringLiteral("locationType"), QStringLiteral("header")}};
    net::HttpResponse response = net::HttpResponse::json(
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 401},
                                                          {QStringLiteral("message"), message},
                                                          {QStringLiteral("errors"), QJsonArray{item}},
                                                          {QStringLiteral("status"), QStringLiteral("UNAUTHENTICATED")}}}},
        401);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
    return response;
}

} // namespace google

GoogleApi::GoogleApi(const TokenIntrospector& tokens, quint32 seed)
    : m_tokens(tokens)
    , m_seed(seed)
    , m_ids(seed ^ 0x600613u)
{
    reset();
}

QString GoogleApi::demoSpreadsheetId(const QString& account)
{
    // 44 characters like Google's ids; fixed so the docs and the agent's demo prompts can name them.
    const QString owner = account.section(u'@', 0, 0);
    QString id = QStringLiteral("1Sbx") + owner.left(1).toUpper() + owner.mid(1) + QStringLiteral("DemoSheet");
    return id.leftJustified(44, u'0');
}

GoogleApi::Account* GoogleApi::accountFor(const QString& email)
{
    for (Account& account : m_accounts) {
        if (account.email.compare(email, Qt::CaseInsensitive) == 0)
            return &account;
    }
    return nullptr;
}

QString GoogleApi::eventId()
{
    return m_ids.from(u"abcdefghijklmnopqrstuv0123456789", 26); // base32hex, as Calendar ids are
}

void GoogleApi::reset()
{
    m_ids.reseed(m_seed ^ 0x600613u);
    m_accounts.clear();
    const auto accounts = demo::accounts();
    for (const auto& account : accounts)
        m_accounts.append(Account{account.email, account.name, {}, {}, {}, {}, kFirstHistoryId});
    for (qsizetype i = 0; i < m_accounts.size(); ++i)
        seedAccount(m_accounts[i], int(i));
}

void GoogleApi::seedAccount(Account& account, int index)
{
    const QDateTime day = anchorDay();

    // Gmail: a small inbox, oldest first.
    struct Mail { const char* fromName; const char* from; const char* subject; const char* body; const char* labels; };
    const QList<Mail> mails{
        {"Carol Finance", "carol@vendor.example", "Invoice #4821 for October",
         "Hi, please find attached the invoice for October. Payment is due in 30 days.", "INBOX,CATEGORY_UPDATES"},
        {"Dan Recruiter", "dan@talent.example", "Quick chat next week?",
         "Would you have 20 minutes next week to talk about the platform role?", "INBOX,UNREAD,CATEGORY_PERSONAL"},
        {"Status Bot", "noreply@status.example", "Weekly uptime report",
         "All systems operational: 99.98% uptime over the last 7 days.", "INBOX,CATEGORY_UPDATES"},
        {"Erin Customer", "erin@customer.example", "Re: Order 1042 delivery",
         "Thanks! The delivery arrived this morning, everything looks good.", "INBOX,STARRED,IMPORTANT"},
        {"Frank Events", "frank@meetup.example", "Invitation: Qt meetup on Thursday",
         "Join us for talks on QtHttpServer and QML. Pizza provided.", "INBOX,UNREAD"},
        {"Grace Ops", "grace@example.com", "Deploy window tonight",
         "Reminder: the deploy window opens at 22:00 UTC. Please hold merges.", "INBOX,UNREAD,IMPORTANT"},
    };
    for (qsizetype i = 0; i < mails.size(); ++i) {
        const Mail& mail = mails[i];
        const QDateTime at = day.addDays(-(mails.size() - i)).addSecs(8 * 3600 + 60 * qint64(m_ids.bounded(600)));
        const QByteArray raw = QStringLiteral("From: %1 <%2>\r\nTo: %3 <%4>\r\nSubject: %5\r\nDate: %6\r\n"
                                              "Message-ID: <%7@mail.sandbox.example>\r\nMIME-Version: 1.0\r\n"
                                              "Content-Type: text/plain; charset=UTF-8\r\n\r\n%8\r\n")
                                   .arg(QString::fromLatin1(mail.fromName), QString::fromLatin1(mail.from), account.name,
                                        account.email, QString::fromLatin1(mail.subject), rfc2822(at), m_ids.hex(24),
                                        QString::fromLatin1(mail.body))
                                   .toUtf8();
        const QString id = QStringLiteral("18") + m_ids.hex(14);
        account.messages.append(Message{id, id, QString::fromLatin1(mail.labels).split(u','), raw,
                                        at.toMSecsSinceEpoch(), ++account.historyId});
    }

    // Calendar: a few days around today.
    struct Seeded { int dayOffset; int hour; int minutes; const char* summary; const char* location; bool transparent; };
    const QList<Seeded> events{
        {-1, 10, 30, "Design review", "Room 4.2", false},
        {0, 9, 15, "Team stand-up", "Google Meet", false},
        {0, 14, 60, "Customer call: Erin", "Phone", false},
        {1, 11, 45, "Dentist", "Main Street 12", false},
        {1, 16, 30, "Focus time", "", true},
        {2, 13, 90, "Quarterly planning", "Board room", false},
        {4, 9, 15, "Team stand-up", "Google Meet", false},
        {7, 18, 120, "Qt meetup", "Community hall", false},
    };
    const QString created = rfc3339(day.addDays(-10), true);
    for (const Seeded& seeded : events) {
        const QDateTime start = day.addDays(seeded.dayOffset).addSecs(seeded.hour * 3600 + index * 1800);
        const QDateTime end = start.addSecs(seeded.minutes * 60);
        const QString id = eventId();
        Event event;
        event.start = start;
        event.end = end;
        event.startField = QJsonObject{{QStringLiteral("dateTime"), rfc3339(start)}, {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
        event.endField = QJsonObject{{QStringLiteral("dateTime"), rfc3339(end)}, {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
        event.json = QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("calendar#event")},
            {QStringLiteral("etag"), QStringLiteral("\"%1\"").arg(3400000000000000 + qint64(m_ids.bounded(1000000)))},
            {QStringLiteral("id"), id},
            {QStringLiteral("status"), QStringLiteral("confirmed")},
            {QStringLiteral("htmlLink"), QStringLiteral("https://www.google.com/calendar/event?eid=") + id},
            {QStringLiteral("created"), created},
            {QStringLiteral("updated"), created},
            {QStringLiteral("summary"), QString::fromLatin1(seeded.summary)},
            {QStringLiteral("creator"), QJsonObject{{QStringLiteral("email"), account.email}, {QStringLiteral("self"), true}}},
            {QStringLiteral("organizer"), QJsonObject{{QStringLiteral("email"), account.email}, {QStringLiteral("self"), true}}},
            {QStringLiteral("iCalUID"), id + QStringLiteral("@google.com")},
            {QStringLiteral("sequence"), 0},
            {QStringLiteral("reminders"), QJsonObject{{QStringLiteral("useDefault"), true}}},
            {QStringLiteral("eventType"), seeded.transparent ? QStringLiteral("focusTime") : QStringLiteral("default")}};
        if (*seeded.location)
            event.json.insert(QStringLiteral("location"), QString::fromLatin1(seeded.location));
        if (seeded.transparent)
            event.json.insert(QStringLiteral("transparency"), QStringLiteral("transparent"));
        account.events.append(event);
    }

    // People: contacts, including the other demo account.
    struct Person { QString given, family, email, phone, org; };
    QList<Person> people{
        {QStringLiteral("Carol"), QStringLiteral("Finance"), QStringLiteral("carol@vendor.example"), QStringLiteral("+15550142001"), QStringLiteral("Vendor Ltd")},
        {QStringLiteral("Dan"), QStringLiteral("Recruiter"), QStringLiteral("dan@talent.example"), QStringLiteral("+15550142002"), QStringLiteral("Talent Co")},
        {QStringLiteral("Erin"), QStringLiteral("Customer"), QStringLiteral("erin@customer.example"), QStringLiteral("+15550142003"), QStringLiteral("Customer Inc")},
        {QStringLiteral("Grace"), QStringLiteral("Ops"), QStringLiteral("grace@example.com"), QStringLiteral("+15550142004"), QStringLiteral("Example")},
        {QStringLiteral("Heidi"), QStringLiteral("Legal"), QStringLiteral("heidi@law.example"), QStringLiteral("+15550142005"), QStringLiteral("Law & Partners")},
        {QStringLiteral("Ivan"), QStringLiteral("Support"), QStringLiteral("ivan@example.com"), QStringLiteral("+15550142006"), QStringLiteral("Example")},
    };
    for (const auto& other : demo::accounts()) {
        if (other.email != account.email)
            people.append({other.name.section(u' ', 0, 0), other.name.section(u' ', 1), other.email,
                           QStringLiteral("+15550142099"), QStringLiteral("Example")});
    }
    for (const Person& person : people) {
        const QString contactId = QStringLiteral("c") + m_ids.digits(19);
        const QJsonObject source{{QStringLiteral("type"), QStringLiteral("CONTACT")}, {QStringLiteral("id"), m_ids.hex(16)}};
        const QJsonObject metadata{{QStringLiteral("primary"), true}, {QStringLiteral("source"), source}};
        const QString& given = person.given;
        const QString& family = person.family;
        account.contacts.append(QJsonObject{
            {QStringLiteral("resourceName"), QStringLiteral("people/") + contactId},
            {QStringLiteral("etag"), QStringLiteral("%") + m_ids.alnum(24)},
            {QStringLiteral("names"), QJsonArray{QJsonObject{{QStringLiteral("metadata"), metadata},
                                                             {QStringLiteral("displayName"), given + u' ' + family},
                                                             {QStringLiteral("familyName"), family},
                                                             {QStringLiteral("givenName"), given},
                                                             {QStringLiteral("displayNameLastFirst"), family + QStringLiteral(", ") + given},
                                                             {QStringLiteral("unstructuredName"), given + u' ' + family}}}},
            {QStringLiteral("emailAddresses"), QJsonArray{QJsonObject{{QStringLiteral("metadata"), metadata},
                                                                      {QStringLiteral("value"), person.email},
                                                                      {QStringLiteral("type"), QStringLiteral("work")},
                                                                      {QStringLiteral("formattedType"), QStringLiteral("Work")}}}},
            {QStringLiteral("phoneNumbers"), QJsonArray{QJsonObject{{QStringLiteral("metadata"), metadata},
                                                                    {QStringLiteral("value"), person.phone},
                                                                    {QStringLiteral("canonicalForm"), person.phone},
                                                                    {QStringLiteral("type"), QStringLiteral("mobile")},
                                                                    {QStringLiteral("formattedType"), QStringLiteral("Mobile")}}}},
            {QStringLiteral("organizations"), QJsonArray{QJsonObject{{QStringLiteral("metadata"), metadata},
                                                                     {QStringLiteral("name"), person.org}}}}});
    }

    // Sheets: one "Leads" spreadsheet.
    Spreadsheet spreadsheet{demoSpreadsheetId(account.email), QStringLiteral("Leads"), {}};
    Sheet leads{0, QStringLiteral("Sheet1"), 1000, 26, {}};
    leads.rows.append(QJsonArray{QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Company"),
                                 QStringLiteral("Stage"), QStringLiteral("Value")});
    const QStringList stages{QStringLiteral("New"), QStringLiteral("Qualified"), QStringLiteral("Proposal"),
                             QStringLiteral("Won")};
    for (int i = 0; i < 4; ++i) {
        const Person& person = people[i];
        leads.rows.append(QJsonArray{person.given + u' ' + person.family,
                                     person.email, person.org, stages[i],
                                     1000 * (1 + int(m_ids.bounded(50)))});
    }
    Sheet summary{1 + int(m_ids.bounded(2000000000)), QStringLiteral("Summary"), 1000, 26, {}};
    summary.rows.append(QJsonArray{QStringLiteral("Total leads"), 4});
    spreadsheet.sheets = {leads, summary};
    account.spreadsheets.append(spreadsheet);
}

std::optional<net::HttpResponse> GoogleApi::handle(const net::HttpRequest& request)
{
    const QStringList path = pathSegments(request);
    enum class Family { Gmail, Upload, Calendar, People, Sheets } family;
    if (path.size() >= 2 && path[0] == QLatin1String("gmail") && path[1] == QLatin1String("v1"))
        family = Family::Gmail;
    else if (path.size() >= 3 && path[0] == QLatin1String("upload") && path[1] == QLatin1String("gmail")
             && path[2] == QLatin1String("v1"))
        family = Family::Upload;
    else if (path.size() >= 2 && path[0] == QLatin1String("calendar") && path[1] == QLatin1String("v3"))
        family = Family::Calendar;
    else if (path.size() >= 2 && path[0] == QLatin1String("v1") && path[1].startsWith(QLatin1String("people")))
        family = Family::People;
    else if (path.size() >= 2 && path[0] == QLatin1String("v4") && path[1] == QLatin1String("spreadsheets"))
        family = Family::Sheets;
    else
        return std::nullopt;

    // Google takes the token from the Authorization header or, for old clients, the access_token query parameter.
    QByteArray token = request.bearerToken();
    if (token.isEmpty())
        token = request.query().queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded).toUtf8();
    const std::optional<QString> email =
        token.isEmpty() ? std::nullopt : m_tokens.accountForAccessToken(QStringLiteral("google"), token);
    Account* account = email ? accountFor(*email) : nullptr;
    if (!account)
        return google::unauthenticated();

    switch (family) {
    case Family::Gmail:
        return gmail(*account, request, path.mid(2));
    case Family::Upload:
        if (path.mid(3) == QStringList{QStringLiteral("users"), QStringLiteral("me"), QStringLiteral("messages"),
                                       QStringLiteral("send")}
            && request.method == "POST")
            return uploadSend(*account, request);
        return google::error(404, QStringLiteral("Not Found"), google::Style::Gmail, QStringLiteral("notFound"));
    case Family::Calendar:
        return calendar(*account, request, path.mid(2));
    case Family::People:
        return people(*account, request, path.mid(1));
    case Family::Sheets:
        return sheets(*account, request, path.mid(2), rawPathSegments(request).mid(2));
    }
    return std::nullopt;
}

} // namespace sb::sandbox
