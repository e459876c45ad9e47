#include "sandbox/providers/TwilioApi.h"

#include "sandbox/DemoData.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace sb::sandbox {

namespace {

const QString kApiVersion = QStringLiteral("2010-04-01");

net::HttpResponse twilioError(int status, int code, const QString& message)
{
    return net::HttpResponse::json(
        QJsonObject{{QStringLiteral("code"), code},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                    {QStringLiteral("status"), status}},
        status);
}

net::HttpResponse notFound(const net::HttpRequest& request)
{
    return twilioError(404, 20404,
                       QStringLiteral("The requested resource %1 was not found").arg(request.encodedPath()));
}

net::HttpResponse unauthenticated()
{
    net::HttpResponse response = net::HttpResponse::json(
        QJsonObject{{QStringLiteral("code"), 20003},
                    {QStringLiteral("detail"), QStringLiteral("Your AccountSid or AuthToken was incorrect.")},
                    {QStringLiteral("message"), QStringLiteral("Authenticate")},
                    {QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/20003")},
                    {QStringLiteral("status"), 401}},
        401);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Twilio API\"");
    return response;
}

// All values of a repeated form key (MediaUrl=a&MediaUrl=b).
QStringList formValues(const net::HttpRequest& request, const QString& key)
{
    QStringList values;
    for (const auto& [name, value] : request.formItems()) {
        if (name == key)
            values.append(value);
    }
    return values;
}

QJsonValue orNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// "+15550100001" -> "(555) 010-0001", Twilio's friendly form of a North American number.
QString formatted(const QString& number)
{
    if (number.size() == 12 && number.startsWith(QLatin1String("+1")))
        return QStringLiteral("(%1) %2-%3").arg(number.mid(2, 3), number.mid(5, 3), number.mid(8));
    return number;
}

} // namespace

TwilioApi::TwilioApi(quint32 seed)
    : m_seed(seed)
    , m_ids(seed ^ 0x7111u)
{
    reset();
}

void TwilioApi::reset()
{
    m_ids.reseed(m_seed ^ 0x7111u);
    m_accounts.clear();
    const QDateTime bought = anchorDay().addDays(-90);
    int line = 1;
    for (const auto& demoAccount : demo::twilioAccounts()) {
        Account account{demoAccount.accountSid, demoAccount.authToken, demoAccount.owner, {}, {}, {}};
        // Two numbers each in the 555-01xx range reserved for fiction: one for SMS and voice, one voice only.
        for (int i = 0; i < 2; ++i, ++line) {
            const QString number = QStringLiteral("+1555010%1").arg(line * 7 + int(m_ids.bounded(7)), 4, 10, QLatin1Char('0'));
            account.numbers.append(Number{QStringLiteral("PN") + m_ids.hex(32), number,
                                          i == 0 ? QStringLiteral("%1 main line").arg(demoAccount.owner.section(u'@', 0, 0))
                                                 : QStringLiteral("%1 voice line").arg(demoAccount.owner.section(u'@', 0, 0)),
                                          i == 0, bought});
        }
        m_accounts.append(account);
    }
    // A short delivered history, so listing has something to show.
    const QStringList bodies{QStringLiteral("Your table for 4 is confirmed for 7pm."),
                             QStringLiteral("Reminder: dentist appointment tomorrow at 9:30."),
                             QStringLiteral("Package 1Z999 delivered to the front desk.")};
    for (Account& account : m_accounts) {
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QDateTime at = anchorDay().addDays(-3 + i).addSecs(9 * 3600 + 60 * qint64(m_ids.bounded(600)));
            const QString sid = QStringLiteral("SM") + m_ids.hex(32);
            const QString to = QStringLiteral("+1555019%1").arg(qint64(m_ids.bounded(10000)), 4, 10, QLatin1Char('0'));
            account.messages.append(Record{
                QJsonObject{{QStringLiteral("account_sid"), account.sid},
                            {QStringLiteral("api_version"), kApiVersion},
                            {QStringLiteral("body"), bodies[i]},
                            {QStringLiteral("date_created"), rfc2822(at)},
                            {QStringLiteral("date_sent"), rfc2822(at.addSecs(1))},
                            {QStringLiteral("date_updated"), rfc2822(at.addSecs(2))},
                            {QStringLiteral("direction"), QStringLiteral("outbound-api")},
                            {QStringLiteral("error_code"), QJsonValue::Null},
                            {QStringLiteral("error_message"), QJsonValue::Null},
                            {QStringLiteral("from"), account.numbers.first().phoneNumber},
                            {QStringLiteral("messaging_service_sid"), QJsonValue::Null},
                            {QStringLiteral("num_media"), QStringLiteral("0")},
                            {QStringLiteral("num_segments"), QStringLiteral("1")},
                            {QStringLiteral("price"), QStringLiteral("-0.00790")},
                            {QStringLiteral("price_unit"), QStringLiteral("USD")},
                            {QStringLiteral("sid"), sid},
                            {QStringLiteral("status"), QStringLiteral("delivered")},
                            {QStringLiteral("subresource_uris"),
                             QJsonObject{{QStringLiteral("media"),
                                          QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2/Media.json")
                                              .arg(account.sid, sid)}}},
                            {QStringLiteral("to"), to},
                            {QStringLiteral("uri"),
                             QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(account.sid, sid)}},
                at});
        }
    }
}

QList<TwilioApi::ApiKey> TwilioApi::demoApiKeys()
{
    QList<ApiKey> keys;
    int n = 0;
    for (const auto& account : demo::twilioAccounts()) {
        ++n;
        keys.append(ApiKey{QStringLiteral("SK%1").arg(n, 32, 10, QLatin1Char('0')),
                           QStringLiteral("sandbox_twilio_keysecret_%1_%2").arg(account.owner.section(u'@', 0, 0)).arg(n),
                           account.accountSid});
    }
    return keys;
}

const TwilioApi::Number* TwilioApi::ownNumber(const Account& account, const QString& phoneNumber) const
{
    for (const Number& number : account.numbers) {
        if (number.phoneNumber == phoneNumber)
            return &number;
    }
    return nullptr;
}

std::optional<net::HttpResponse> TwilioApi::handle(const net::HttpRequest& request)
{
    const QStringList path = pathSegments(request);
    if (path.isEmpty() || path.first() != kApiVersion)
        return std::nullopt;

    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.left(6).compare("basic ", Qt::CaseInsensitive) != 0)
        return unauthenticated();
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    // Either the account's own SID and Auth Token, or an API key of that account.
    QString accountSid;
    for (const Account& candidate : m_accounts) {
        if (colon > 0 && candidate.sid == user && candidate.authToken == password)
            accountSid = candidate.sid;
    }
    for (const ApiKey& key : demoApiKeys()) {
        if (colon > 0 && key.sid == user && key.secret == password)
            accountSid = key.accountSid;
    }
    Account* account = nullptr;
    for (Account& candidate : m_accounts) {
        if (!accountSid.isEmpty() && candidate.sid == accountSid)
            account = &candidate;
    }
    if (!account)
        return unauthenticated();

    // /2010-04-01/Accounts/{Sid}.json or /2010-04-01/Accounts/{Sid}/...: the credentials must own that account.
    if (path.size() < 3 || path[1] != QLatin1String("Accounts"))
        return notFound(request);
    QString sid = path[2];
    if (path.size() == 3 && sid.endsWith(QLatin1String(".json")))
        sid.chop(5);
    if (sid != account->sid)
        return unauthenticated();
    return route(*account, request, path.mid(3));
}

net::HttpResponse TwilioApi::route(Account& account, const net::HttpRequest& request, const QStringList& path)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    auto findIn = [](const QList<Record>& records, QString sid) -> const Record* {
        sid.chop(5);
        for (const Record& record : records) {
            if (record.json.value(QStringLiteral("sid")).toString() == sid)
                return &record;
        }
        return nullptr;
    };

    if (path.isEmpty() && get) {
        const QString base = QStringLiteral("/2010-04-01/Accounts/%1").arg(account.sid);
        return net::HttpResponse::json(QJsonObject{
            {QStringLiteral("auth_token"), account.authToken},
            {QStringLiteral("date_created"), rfc2822(anchorDay().addDays(-400))},
            {QStringLiteral("date_updated"), rfc2822(anchorDay().addDays(-30))},
            {QStringLiteral("friendly_name"), QStringLiteral("%1's Account").arg(account.owner)},
            {QStringLiteral("owner_account_sid"), account.sid},
            {QStringLiteral("sid"), account.sid},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("subresource_uris"),
             QJsonObject{{QStringLiteral("messages"), base + QStringLiteral("/Messages.json")},
                         {QStringLiteral("calls"), base + QStringLiteral("/Calls.json")},
                         {QStringLiteral("incoming_phone_numbers"), base + QStringLiteral("/IncomingPhoneNumbers.json")}}},
            {QStringLiteral("type"), QStringLiteral("Full")},
            {QStringLiteral("uri"), base + QStringLiteral(".json")}});
    }
    if (path == QStringList{QStringLiteral("Messages.json")}) {
        if (post)
            return createMessage(account, request);
        if (get) {
            // Filters as Twilio documents them: To, From, and DateSent with its operators in the key.
            const QUrlQuery query = request.query();
            const QString to = query.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded);
            const QString from = query.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded);
            std::optional<QDate> on, before, after;
            for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
                const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
                if (key == QLatin1String("DateSent"))
                    on = date;
                else if (key == QLatin1String("DateSent<"))
                    before = date;
                else if (key == QLatin1String("DateSent>"))
                    after = date;
            }
            QList<QJsonObject> items;
            for (auto it = account.messages.crbegin(); it != account.messages.crend(); ++it) {
                const QDate day = it->created.date();
                if ((!to.isEmpty() && it->json.value(QStringLiteral("to")).toString() != to)
                    || (!from.isEmpty() && it->json.value(QStringLiteral("from")).toString() != from)
                    || (on && day != *on) || (before && day > *before) || (after && day < *after))
                    continue;
                items.append(withProgress(*it));
            }
            return page(request, QStringLiteral("messages"), items);
        }
    }
    if (path.size() == 2 && path[0] == QLatin1String("Messages") && path[1].endsWith(QLatin1String(".json")) && get) {
        if (const Record* record = findIn(account.messages, path[1]))
            return net::HttpResponse::json(withProgress(*record));
        return notFound(request);
    }
    if (path == QStringList{QStringLiteral("Calls.json")}) {
        if (post)
            return createCall(account, request);
        if (get) {
            QList<QJsonObject> items;
            for (auto it = account.calls.crbegin(); it != account.calls.crend(); ++it)
                items.append(it->json);
            return page(request, QStringLiteral("calls"), items);
        }
    }
    if (path.size() == 2 && path[0] == QLatin1String("Calls") && path[1].endsWith(QLatin1String(".json")) && get) {
        if (const Record* record = findIn(account.calls, path[1]))
            return net::HttpResponse::json(record->json);
        return notFound(request);
    }
    if (path == QStringList{QStringLiteral("IncomingPhoneNumbers.json")} && get) {
        const QString wanted = request.query().queryItemValue(QStringLiteral("PhoneNumber"), QUrl::FullyDecoded);
        QList<QJsonObject> items;
        for (const Number& number : account.numbers) {
            if (wanted.isEmpty() || number.phoneNumber.contains(wanted))
                items.append(numberJson(account, number));
        }
        return page(request, QStringLiteral("incoming_phone_numbers"), items);
    }
    if (path.size() == 2 && path[0] == QLatin1String("IncomingPhoneNumbers") && get) {
        for (const Number& number : account.numbers) {
            if (number.sid + QStringLiteral(".json") == path[1])
                return net::HttpResponse::json(numberJson(account, number));
        }
    }
    return notFound(request);
}

QJsonObject TwilioApi::withProgress(const Record& record)
{
    // Messages leave the queue within a second: a later fetch sees them delivered, as a poller would.
    QJsonObject json = record.json;
    if (json.value(QStringLiteral("status")) == QLatin1String("queued")
        && record.created.msecsTo(QDateTime::currentDateTimeUtc()) >= 1000) {
        json.insert(QStringLiteral("status"), QStringLiteral("delivered"));
        json.insert(QStringLiteral("date_sent"), rfc2822(record.created.addSecs(1)));
        json.insert(QStringLiteral("date_updated"), rfc2822(record.created.addSecs(1)));
        json.insert(QStringLiteral("price"), QStringLiteral("-0.00790"));
    }
    return json;
}

net::HttpResponse TwilioApi::createMessage(Account& account, const net::HttpRequest& request)
{
    const QString to = request.formValue(QStringLiteral("To")).trimmed();
    const QString from = request.formValue(QStringLiteral("From")).trimmed();
    const QString service = request.formValue(QStringLiteral("MessagingServiceSid"));
    const QString body = request.formValue(QStringLiteral("Body"));
    const QStringList media = formValues(request, QStringLiteral("MediaUrl"));
    if (to.isEmpty())
        return twilioError(400, 21604, QStringLiteral("A 'To' phone number is required."));
    if (from.isEmpty() && service.isEmpty())
        return twilioError(400, 21603, QStringLiteral("A 'From' phone number is required."));
    if (!isE164(to))
        return twilioError(400, 21211, QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(to));
    const Number* sender = from.isEmpty() ? &account.numbers.first() : ownNumber(account, from);
    if (!sender || !sender->sms)
        return twilioError(400, 21606,
                           QStringLiteral("The From phone number %1 is not a valid, SMS-capable inbound phone number "
                                          "or short code for your account.")
                               .arg(from));
    if (body.trimmed().isEmpty() && media.isEmpty())
        return twilioError(400, 21602, QStringLiteral("Message body is required."));
    if (body.size() > 1600)
        return twilioError(400, 21617,
                           QStringLiteral("The concatenated message body exceeds the 1600 character limit."));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString sid = QStringLiteral("SM") + m_ids.hex(32);
    const QString uri = QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2").arg(account.sid, sid);
    const QJsonObject message{{QStringLiteral("account_sid"), account.sid},
                              {QStringLiteral("api_version"), kApiVersion},
                              {QStringLiteral("body"), body},
                              {QStringLiteral("date_created"), rfc2822(now)},
                              {QStringLiteral("date_sent"), QJsonValue::Null},
                              {QStringLiteral("date_updated"), rfc2822(now)},
                              {QStringLiteral("direction"), QStringLiteral("outbound-api")},
                              {QStringLiteral("error_code"), QJsonValue::Null},
                              {QStringLiteral("error_message"), QJsonValue::Null},
                              {QStringLiteral("from"), sender->phoneNumber},
                              {QStringLiteral("messaging_service_sid"), orNull(service)},
                              {QStringLiteral("num_media"), QString::number(media.size())},
                              {QStringLiteral("num_segments"), QString::number(std::max<qsizetype>(1, (body.size() + 152) / 153))},
                              {QStringLiteral("price"), QJsonValue::Null},
                              {QStringLiteral("price_unit"), QStringLiteral("USD")},
                              {QStringLiteral("sid"), sid},
                              {QStringLiteral("status"), QStringLiteral("queued")},
                              {QStringLiteral("subresource_uris"),
                               QJsonObject{{QStringLiteral("media"), uri + QStringLiteral("/Media.json")}}},
                              {QStringLiteral("to"), to},
                              {QStringLiteral("uri"), uri + QStringLiteral(".json")}};
    account.messages.append(Record{message, now});
    return net::HttpResponse::json(message, 201);
}

net::HttpResponse TwilioApi::createCall(Account& account, const net::HttpRequest& request)
{
    const QString to = request.formValue(QStringLiteral("To")).trimmed();
    const QString from = request.formValue(QStringLiteral("From")).trimmed();
    const QString url = request.formValue(QStringLiteral("Url"));
    const QString twiml = request.formValue(QStringLiteral("Twiml"));
    const QString application = request.formValue(QStringLiteral("ApplicationSid"));
    if (to.isEmpty())
        return twilioError(400, 21201, QStringLiteral("No 'To' number is specified"));
    if (from.isEmpty())
        return twilioError(400, 21213, QStringLiteral("No 'From' number is specified"));
    if (url.isEmpty() && twiml.isEmpty() && application.isEmpty())
        return twilioError(400, 21205, QStringLiteral("Url parameter is required."));
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
            || parsed.host().isEmpty())
            return twilioError(400, 21205, QStringLiteral("Url is not a valid URL: %1").arg(url));
    }
    if (!isE164(to))
        return twilioError(400, 21211, QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(to));
    const Number* caller = ownNumber(account, from);
    if (!caller)
        return twilioError(400, 21210,
                           QStringLiteral("The source phone number provided, %1, is not yet verified for your account. "
                                          "You may only make calls from phone numbers that you've verified or "
                                          "purchased from Twilio.")
                               .arg(from));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString sid = QStringLiteral("CA") + m_ids.hex(32);
    const QString uri = QStringLiteral("/2010-04-01/Accounts/%1/Calls/%2").arg(account.sid, sid);
    const QJsonObject call{
        {QStringLiteral("account_sid"), account.sid},
        {QStringLiteral("annotation"), QJsonValue::Null},
        {QStringLiteral("answered_by"), QJsonValue::Null},
        {QStringLiteral("api_version"), kApiVersion},
        {QStringLiteral("caller_name"), QJsonValue::Null},
        {QStringLiteral("date_created"), rfc2822(now)},
        {QStringLiteral("date_updated"), rfc2822(now)},
        {QStringLiteral("direction"), QStringLiteral("outbound-api")},
        {QStringLiteral("duration"), QJsonValue::Null},
        {QStringLiteral("end_time"), QJsonValue::Null},
        {QStringLiteral("forwarded_from"), QJsonValue::Null},
        {QStringLiteral("from"), caller->phoneNumber},
        {QStringLiteral("from_formatted"), formatted(caller->phoneNumber)},
        {QStringLiteral("group_sid"), QJsonValue::Null},
        {QStringLiteral("parent_call_sid"), QJsonValue::Null},
        {QStringLiteral("phone_number_sid"), caller->sid},
        {QStringLiteral("price"), QJsonValue::Null},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("queue_time"), QStringLiteral("0")},
        {QStringLiteral("sid"), sid},
        {QStringLiteral("start_time"), QJsonValue::Null},
        {QStringLiteral("status"), QStringLiteral("queued")},
        {QStringLiteral("subresource_uris"),
         QJsonObject{{QStringLiteral("notifications"), uri + QStringLiteral("/Notifications.json")},
                     {QStringLiteral("recordings"), uri + QStringLiteral("/Recordings.json")}}},
        {QStringLiteral("to"), to},
        {QStringLiteral("to_formatted"), formatted(to)},
        {QStringLiteral("trunk_sid"), QJsonValue::Null},
        {QStringLiteral("uri"), uri + QStringLiteral(".json")}};
    account.calls.append(Record{call, now});
    return net::HttpResponse::json(call, 201);
}

QJsonObject TwilioApi::numberJson(const Account& account, const Number& number) const
{
    return QJsonObject{
        {QStringLiteral("account_sid"), account.sid},
        {QStringLiteral("api_version"), kApiVersion},
        {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("fax"), false},
                                                     {QStringLiteral("mms"), number.sms},
                                                     {QStringLiteral("sms"), number.sms},
                                                     {QStringLiteral("voice"), true}}},
        {QStringLiteral("date_created"), rfc2822(number.created)},
        {QStringLiteral("date_updated"), rfc2822(number.created)},
        {QStringLiteral("friendly_name"), number.friendlyName},
        {QStringLiteral("phone_number"), number.phoneNumber},
        {QStringLiteral("sid"), number.sid},
        {QStringLiteral("sms_method"), QStringLiteral("POST")},
        {QStringLiteral("sms_url"), QString()},
        {QStringLiteral("status"), QStringLiteral("in-use")},
        {QStringLiteral("uri"),
         QStringLiteral("/2010-04-01/Accounts/%1/IncomingPhoneNumbers/%2.json").arg(account.sid, number.sid)},
        {QStringLiteral("voice_method"), QStringLiteral("POST")},
        {QStringLiteral("voice_url"), QString()}};
}

net::HttpResponse TwilioApi::page(const net::HttpRequest& request, const QString& key, const QList<QJsonObject>& items)
{
    const QUrlQuery query = request.query();
    bool ok = true;
    const QString sizeText = query.queryItemValue(QStringLiteral("PageSize"));
    const int pageSize = sizeText.isEmpty() ? 50 : sizeText.toInt(&ok);
    if (!ok || pageSize < 1 || pageSize > 1000)
        return twilioError(400, 20001, QStringLiteral("Invalid PageSize: must be between 1 and 1000"));
    const int pageNumber = query.queryItemValue(QStringLiteral("Page")).toInt();

    // PageToken "PA<sid>" names the last item of the previous page, so inserts between pages shift nothing.
    qsizetype begin = 0;
    const QString token = query.queryItemValue(QStringLiteral("PageToken"));
    if (!token.isEmpty()) {
        begin = -1;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (QStringLiteral("PA") + items[i].value(QStringLiteral("sid")).toString() == token)
                begin = i + 1;
        }
        if (begin < 0)
            return twilioError(400, 20001, QStringLiteral("Invalid PageToken"));
    } else {
        begin = std::min<qsizetype>(items.size(), qsizetype(pageNumber) * pageSize);
    }
    const Pager::Slice slice = Pager::slice(items.size(), begin, pageSize);

    // Page URIs keep the caller's filters; clients request them verbatim.
    auto uri = [&](int number, const QString& pageToken) {
        QStringList parts;
        for (const auto& [name, value] : query.queryItems(QUrl::FullyEncoded)) {
            if (name != QLatin1String("PageSize") && name != QLatin1String("Page") && name != QLatin1String("PageToken"))
                parts.append(name + u'=' + value);
        }
        parts.append(QStringLiteral("PageSize=%1").arg(pageSize));
        parts.append(QStringLiteral("Page=%1").arg(number));
        if (!pageToken.isEmpty())
            parts.append(QStringLiteral("PageToken=") + pageToken);
        return request.encodedPath() + u'?' + parts.join(u'&');
    };
    QJsonArray array;
    for (qsizetype i = slice.begin; i < slice.end; ++i)
        array.append(items[i]);
    const QJsonValue next = slice.next ? QJsonValue(uri(pageNumber + 1, QStringLiteral("PA")
                                                                         + items[slice.end - 1].value(QStringLiteral("sid")).toString()))
                                       : QJsonValue(QJsonValue::Null);
    return net::HttpResponse::json(QJsonObject{
        {key, array},
        {QStringLiteral("end"), slice.end > slice.begin ? slice.end - 1 : slice.begin},
        {QStringLiteral("first_page_uri"), uri(0, {})},
        {QStringLiteral("next_page_uri"), next},
        {QStringLiteral("page"), pageNumber},
        {QStringLiteral("page_size"), pageSize},
        {QStringLiteral("previous_page_uri"), pageNumber > 0 ? QJsonValue(uri(pageNumber - 1, {})) : QJsonValue::Null},
        {QStringLiteral("start"), slice.begin},
        {QStringLiteral("uri"), request.encodedPath() + (request.url.hasQuery()
                                                             ? u'?' + request.url.query(QUrl::FullyEncoded)
                                                             : QString())}});
}

} // namespace sb::sandbox
