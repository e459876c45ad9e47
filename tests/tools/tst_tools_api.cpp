// The tools and audit API of a real agent (in this process, sandbox on) over HTTP: every route's shape as in seed
// 002, the guards, every tool once against the sandbox with its audit record, redaction down to the SQLite file
// bytes, safe retries (a Stripe retry reuses its Idempotency-Key; an SMS is never sent twice), errors in words, an
// unconnected account, connection events in the trail, and stats against a brute-force recount.
#include "../sandbox/SandboxTestClient.h"
#include "SandboxCredentials.h"
#include "audit/AuditWriter.h"
#include "audit/LatencyHistogram.h"
#include "connections/ConnectionEvent.h"
#include "core/Agent.h"
#include "core/AgentClient.h"
#include "sandbox/providers/GoogleApi.h"
#include "tools/ToolService.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonValue data() const { return json.value(QStringLiteral("data")); }
    [[nodiscard]] QJsonObject error() const { return json.value(QStringLiteral("error")).toObject(); }
};

QByteArray rawRequest(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);
    QByteArray response;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && !(response.contains("\r\n\r\n") && response.endsWith("}"))) {
        QTest::qWait(10);
        response += socket.readAll();
    }
    return response;
}

const QString kCaller = QStringLiteral("vapi:assistant-1");

} // namespace

class TestToolsApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void toolsListAndVapiExport();
    void guards_data();
    void guards();
    void malformedJsonIs400();
    void schemaInvalidInputIs400NamingTheFields();
    void unknownToolAndLogAre404();
    void eachToolRunsAgainstTheSandbox_data();
    void eachToolRunsAgainstTheSandbox();
    void providerErrorsInWords();
    void stripeRetryReusesItsIdempotencyKey();
    void smsIsNeverRetried();
    void readsHonourRetryAfter();
    void unconnectedAccountsFail();
    void connectionEventsAppearInTheTrail();
    void auditLogsPageNewestFirst();
    void statsShapes();
    void statsEqualABruteForceRecount();
    void verifyThroughTheApi();
    void agentClientRunsToolsAndReadsStats();
    void retentionSettingIsAnAdminEvent();
    void a401AsksForAFreshCredentialOnce();
    void noSecretInTheDatabaseFiles();

private:
    Answer send(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body = {},
                const QByteArray& token = QByteArray("\x01"));
    Answer run(const QString& tool, const QJsonObject& input, const QString& caller = kCaller, const QString& query = {});
    Answer record(const QString& id) { return send("GET", QStringLiteral("/audit-logs/") + id); }
    QJsonArray sandboxRequests(const QString& provider);
    QString oauthToken(const QString& provider, const QString& scope);

    QTemporaryDir m_dir;
    std::unique_ptr<Agent> m_agent;
    test::SandboxCredentials m_credentials;
    QByteArray m_token;
    QUrl m_api;
    std::unique_ptr<sandbox::test::HttpClient> m_http;
    std::unique_ptr<sandbox::test::ControlClient> m_control;
    QStringList m_secretsUsed;
    QMap<QString, QString> m_saved; // ids handed from one tool's output to the next one's input
};

void TestToolsApi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AgentOptions options;
    options.dataDir = m_dir.path();
    options.sandbox = true;
    m_agent = std::make_unique<Agent>(options);
    m_agent->setCredentialSource(&m_credentials);
    QSignalSpy started(m_agent.get(), &Agent::started);
    QSignalSpy failed(m_agent.get(), &Agent::startFailed);
    m_agent->start();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
    m_api = m_agent->status().apiUrl;
    QVERIFY2(!m_api.isEmpty(), "the admin API did not start (is the keychain unlocked?)");
    std::optional<Result<QString>> token;
    m_agent->readApiToken([&token](Result<QString> t) { token = std::move(t); });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 15000);
    QVERIFY(*token);
    m_token = (*token)->toUtf8();

    m_http = std::make_unique<sandbox::test::HttpClient>();
    m_control = std::make_unique<sandbox::test::ControlClient>(*m_http, m_agent->status().sandboxControlUrl);
    // OAuth providers: real tokens from the sandbox's consent flow over HTTP.
    for (const auto& [provider, scope] : {std::pair{QStringLiteral("google"),
                                                    QStringLiteral("openid email https://www.googleapis.com/auth/gmail.send "
                                                                   "https://www.googleapis.com/auth/gmail.readonly "
                                                                   "https://www.googleapis.com/auth/calendar "
                                                                   "https://www.googleapis.com/auth/spreadsheets "
                                                                   "https://www.googleapis.com/auth/contacts.readonly")},
                                          std::pair{QStringLiteral("microsoft"),
                                                    QStringLiteral("openid offline_access User.Read Mail.Send Calendars.ReadWrite")},
                                          std::pair{QStringLiteral("slack"), QStringLiteral("chat:write channels:read")}}) {
        const QString accessToken = oauthToken(provider, scope);
        QVERIFY2(!accessToken.isEmpty(), qPrintable(provider));
        m_credentials.setToken(provider, accessToken);
        m_secretsUsed << accessToken;
    }
    m_secretsUsed << sandbox::demo::stripeKeys().first().secretKey << sandbox::demo::twilioAccounts().first().authToken
                  << QString::fromLatin1(("AC00000000000000000000000000000001:" + sandbox::demo::twilioAccounts().first().authToken)
                                             .toUtf8().toBase64())
                  << QString::fromLatin1(m_token);

    // A price to subscribe to: the sandbox seeds three per account.
    QUrl prices = m_agent->status().sandboxProviders.value(QStringLiteral("stripe"));
    prices.setPath(QStringLiteral("/v1/prices"));
    const auto reply = m_http->get(prices, {{"Authorization", "Bearer " + sandbox::demo::stripeKeys().first().secretKey.toUtf8()}});
    QCOMPARE(reply.status, 200);
    m_saved.insert(QStringLiteral("priceId"), reply.json().value(QStringLiteral("data")).toArray().first()
                                                  .toObject().value(QStringLiteral("id")).toString());
    // A seeded customer with a card on file, so a subscription can start at once.
    prices.setPath(QStringLiteral("/v1/customers"));
    const auto customers = m_http->get(prices, {{"Authorization", "Bearer " + sandbox::demo::stripeKeys().first().secretKey.toUtf8()}});
    QCOMPARE(customers.status, 200);
    m_saved.insert(QStringLiteral("seededCustomerId"), customers.json().value(QStringLiteral("data")).toArray().first()
                                                           .toObject().value(QStringLiteral("id")).toString());
    m_saved.insert(QStringLiteral("spreadsheetId"), sandbox::GoogleApi::demoSpreadsheetId(QStringLiteral("alice@example.com")));
}

void TestToolsApi::cleanupTestCase()
{
    m_control.reset();
    m_http.reset();
    if (m_agent)
        m_agent->stop();
    m_agent.reset();
}

QString TestToolsApi::oauthToken(const QString& provider, const QString& scope)
{
    sandbox::SandboxEndpoints endpoints{m_agent->status().sandboxControlUrl, m_agent->status().sandboxProviders};
    sandbox::test::OAuthDriver oauth(*m_http, endpoints);
    const auto reply = oauth.tokens(provider, sandbox::test::authorizeQuery(provider, scope));
    return reply.json().value(QStringLiteral("access_token")).toString();
}

Answer TestToolsApi::send(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body, const QByteArray& token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_api.resolved(QUrl(pathAndQuery)));
    const QByteArray bearer = token == QByteArray("\x01") ? m_token : token;
    if (!bearer.isNull())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(60000))
        return answer;
    answer.elapsedMs = timer.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.raw).object();
    delete reply;
    return answer;
}

Answer TestToolsApi::run(const QString& tool, const QJsonObject& input, const QString& caller, const QString& query)
{
    return send("POST", QStringLiteral("/agents/%1/tools/%2%3").arg(caller, tool, query),
                QJsonDocument(input).toJson(QJsonDocument::Compact));
}

QJsonArray TestToolsApi::sandboxRequests(const QString& provider)
{
    return m_control->get(QStringLiteral("/_sandbox/requests"), QStringLiteral("provider=") + provider)
        .json()
        .value(QStringLiteral("requests"))
        .toArray();
}

void TestToolsApi::toolsListAndVapiExport()
{
    const Answer tools = send("GET", QStringLiteral("/tools"));
    QCOMPARE(tools.status, 200);
    QCOMPARE(tools.json.value(QStringLiteral("ok")).toBool(), true);
    const QJsonArray list = tools.data().toObject().value(QStringLiteral("tools")).toArray();
    QCOMPARE(list.size(), 19);
    for (const QJsonValue& value : list) {
        const QJsonObject tool = value.toObject();
        for (const char* key : {"name", "provider", "title", "description"})
            QVERIFY2(!tool.value(QLatin1String(key)).toString().isEmpty(), key);
        QCOMPARE(tool[QStringLiteral("inputSchema")][QStringLiteral("type")].toString(), QStringLiteral("object"));
    }
    const Answer vapi = send("GET", QStringLiteral("/tools?format=vapi"));
    QCOMPARE(vapi.status, 200);
    const QJsonArray functions = vapi.data().toArray();
    QCOMPARE(functions.size(), 19);
    for (const QJsonValue& value : functions) {
        QCOMPARE(value[QStringLiteral("type")].toString(), QStringLiteral("function"));
        const QJsonObject function = value[QStringLiteral("function")].toObject();
        QCOMPARE(function.keys(), (QStringList{QStringLiteral("description"), QStringLiteral("name"), QStringLiteral("parameters")}));
        QCOMPARE(function[QStringLiteral("parameters")][QStringLiteral("type")].toString(), QStringLiteral("object"));
    }
    QCOMPARE(send("GET", QStringLiteral("/tools?format=openapi")).status, 400);
}

void TestToolsApi::guards_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("tools") << QByteArray("GET") << QStringLiteral("/tools");
    QTest::newRow("run") << QByteArray("POST") << QStringLiteral("/agents/a/tools/send_sms");
    QTest::newRow("audit-logs") << QByteArray("GET") << QStringLiteral("/agents/a/audit-logs");
    QTest::newRow("tool-stats") << QByteArray("GET") << QStringLiteral("/agents/a/tool-stats");
    QTest::newRow("audit-summary") << QByteArray("GET") << QStringLiteral("/audit-summary");
    QTest::newRow("audit-log") << QByteArray("GET") << QStringLiteral("/audit-logs/1");
    QTest::newRow("audit verify") << QByteArray("GET") << QStringLiteral("/audit/verify");
}

void TestToolsApi::guards()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const QByteArray body = verb == "POST" ? QByteArray("{}") : QByteArray();
    const Answer none = send(verb, path, body, QByteArray());
    QCOMPARE(none.status, 401);
    QCOMPARE(none.error().value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
    const Answer wrong = send(verb, path, body, "not-the-token");
    QCOMPARE(wrong.status, 401);
    const QByteArray response = rawRequest(m_api.port(), verb + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: evil.example\r\n"
                                                           "Authorization: Bearer " + m_token + "\r\nContent-Length: "
                                                           + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY2(response.startsWith("HTTP/1.1 403"), response.left(40).constData());
    QVERIFY(response.contains("forbidden_host"));
}

void TestToolsApi::malformedJsonIs400()
{
    const Answer answer = send("POST", QStringLiteral("/agents/a/tools/send_sms"), "{\"to\": \"+1555\",");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(answer.error().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_json"));
    QCOMPARE(send("POST", QStringLiteral("/agents/a/tools/send_sms"), "[1,2]").status, 400);
}

void TestToolsApi::schemaInvalidInputIs400NamingTheFields()
{
    const Answer answer = run(QStringLiteral("send_email"), {{QStringLiteral("to"), QStringLiteral("not-an-address")},
                                                             {QStringLiteral("subject"), 5}});
    QCOMPARE(answer.status, 400);
    const QJsonObject error = answer.error();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_input"));
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("to: must be an e-mail address")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("subject: must be a string")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("body: is required")), qPrintable(message));
    // The refusal is on record, and the error says where.
    const QString id = error.value(QStringLiteral("auditLogId")).toString();
    QVERIFY(!id.isEmpty());
    const Answer logged = record(id);
    QCOMPARE(logged.status, 200);
    QCOMPARE(logged.data()[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QCOMPARE(logged.data()[QStringLiteral("errorMessage")].toString(), message);
}

void TestToolsApi::unknownToolAndLogAre404()
{
    const Answer tool = run(QStringLiteral("launch_rocket"), {});
    QCOMPARE(tool.status, 404);
    QCOMPARE(tool.error().value(QStringLiteral("code")).toString(), QStringLiteral("unknown_tool"));
    QVERIFY(!tool.error().contains(QStringLiteral("auditLogId")));
    QCOMPARE(record(QStringLiteral("999999")).status, 404);
    QCOMPARE(record(QStringLiteral("999999")).error().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    QCOMPARE(record(QStringLiteral("abc")).status, 404);
}

void TestToolsApi::eachToolRunsAgainstTheSandbox_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("outputKey"); // must be in the output; saved for later rows under this name
    const QDate day = QDate::currentDate().addDays(3);
    QTest::newRow("send_email") << "send_email"
                                << QByteArray(R"({"to":"bob@example.com","subject":"Your appointment","body":"See you Tuesday.","accessToken":"ya29.from-the-caller-0123456789"})")
                                << "messageId";
    QTest::newRow("list_emails") << "list_emails" << QByteArray(R"({"maxResults":3})") << "emails";
    QTest::newRow("check_availability")
        << "check_availability"
        << QStringLiteral(R"({"date":"%1","workingHoursStart":"09:00","workingHoursEnd":"17:00","durationMinutes":30})")
               .arg(day.toString(Qt::ISODate)).toUtf8()
        << "freeSlots";
    QTest::newRow("create_event")
        << "create_event"
        << QStringLiteral(R"({"title":"Meeting with Customer","start_time":"%1T14:00:00Z","end_time":"%1T15:00:00Z","attendees":["customer@example.com"]})")
               .arg(day.toString(Qt::ISODate)).toUtf8()
        << "eventId";
    QTest::newRow("list_events") << "list_events" << QByteArray(R"({"maxResults":5})") << "events";
    QTest::newRow("append_sheet_row") << "append_sheet_row"
                                      << QByteArray(R"({"spreadsheetId":"{{spreadsheetId}}","values":["Dana Scully","dana@example.org","FBI","New",5000]})")
                                      << "updatedRange";
    QTest::newRow("find_contact") << "find_contact" << QByteArray(R"({"query":"Bob"})") << "contacts";
    QTest::newRow("microsoft_send_email") << "microsoft_send_email"
                                          << QByteArray(R"({"to":"bob@example.com","subject":"Hi","body":"From Outlook"})")
                                          << "status";
    QTest::newRow("microsoft_create_event")
        << "microsoft_create_event"
        << QStringLiteral(R"({"title":"Sync","start_time":"%1T10:00:00Z","end_time":"%1T10:30:00Z","attendees":["bob@example.com"]})")
               .arg(day.toString(Qt::ISODate)).toUtf8()
        << "eventId";
    QTest::newRow("list_phone_numbers") << "list_phone_numbers" << QByteArray("{}") << "phoneNumbers";
    QTest::newRow("send_sms") << "send_sms" << QByteArray(R"({"to":"+15550100002","body":"Hello from Switchboard!"})")
                              << "messageSid";
    QTest::newRow("initiate_call") << "initiate_call"
                                   << QByteArray(R"({"to":"+15550100002","twiml":"<Response><Say>Hello</Say></Response>"})")
                                   << "callSid";
    QTest::newRow("get_call") << "get_call" << QByteArray(R"({"callSid":"{{callSid}}"})") << "status";
    QTest::newRow("create_customer") << "create_customer" << QByteArray(R"({"email":"jane@example.org","name":"Jane Doe"})")
                                     << "customerId";
    QTest::newRow("create_payment") << "create_payment"
                                    << QByteArray(R"({"customerId":"{{customerId}}","amount":29.99,"currency":"usd","description":"Monthly subscription"})")
                                    << "paymentIntentId";
    QTest::newRow("create_subscription") << "create_subscription"
                                         << QByteArray(R"({"customerId":"{{seededCustomerId}}","priceId":"{{priceId}}","quantity":2})")
                                         << "subscriptionId";
    QTest::newRow("get_subscription") << "get_subscription" << QByteArray(R"({"subscriptionId":"{{subscriptionId}}"})")
                                      << "status";
    QTest::newRow("list_channels") << "list_channels" << QByteArray("{}") << "channels";
    QTest::newRow("post_message") << "post_message" << QByteArray(R"({"channel":"general","text":"Deploy finished :tada:"})")
                                  << "ts";
}

void TestToolsApi::eachToolRunsAgainstTheSandbox()
{
    QFETCH(QString, tool);
    QFETCH(QByteArray, input);
    QFETCH(QString, outputKey);
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        input.replace("{{" + it.key().toUtf8() + "}}", it.value().toUtf8());
    const QJsonObject in = QJsonDocument::fromJson(input).object();
    const Answer answer = run(tool, in);
    QVERIFY2(answer.status == 200, answer.raw.constData());
    const QJsonObject data = answer.data().toObject();
    QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    const QJsonObject output = data.value(QStringLiteral("output")).toObject();
    QVERIFY2(output.contains(outputKey), QJsonDocument(output).toJson().constData());
    if (output.value(outputKey).isString())
        m_saved.insert(outputKey, output.value(outputKey).toString());

    // Its audit record, as 002's GET /audit-logs/:logId shows it.
    const QString id = data.value(QStringLiteral("auditLogId")).toString();
    const Answer logged = record(id);
    QCOMPARE(logged.status, 200);
    const QJsonObject r = logged.data().toObject();
    QCOMPARE(r.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(r.value(QStringLiteral("agentId")).toString(), kCaller);
    QCOMPARE(r.value(QStringLiteral("toolName")).toString(), tool);
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QVERIFY(r.value(QStringLiteral("errorMessage")).isNull());
    QVERIFY(r.value(QStringLiteral("userId")).isNull());
    QCOMPARE(r.value(QStringLiteral("toolOutput")).toObject(), output);
    QVERIFY(r.value(QStringLiteral("toolInput")).isObject()); // parsed JSON, not a string
    QVERIFY(r.value(QStringLiteral("executionTimeMs")).toInteger() >= 0);
    QVERIFY(r.value(QStringLiteral("sequence")).toInteger() > 0);
    const QDateTime created = QDateTime::fromString(r.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(created.isValid() && r.value(QStringLiteral("createdAt")).toString().endsWith(u'Z'));
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const QString provider = r.value(QStringLiteral("provider")).toString();
    QCOMPARE(r[QStringLiteral("connection")][QStringLiteral("id")].toInteger(), test::SandboxCredentials::connectionId(provider));
    QCOMPARE(r[QStringLiteral("agent")][QStringLiteral("id")].toString(), kCaller);
    if (tool == QLatin1String("send_email")) {
        // 002's curl passes an access token in the input: the trail keeps "[redacted]".
        QCOMPARE(r[QStringLiteral("toolInput")][QStringLiteral("accessToken")].toString(), QStringLiteral("[redacted]"));
        QCOMPARE(r[QStringLiteral("toolInput")][QStringLiteral("to")].toString(), QStringLiteral("bob@example.com"));
    } else {
        QCOMPARE(r.value(QStringLiteral("toolInput")).toObject(), in);
    }
}

void TestToolsApi::providerErrorsInWords()
{
    const Answer sms = run(QStringLiteral("send_sms"), {{QStringLiteral("to"), QStringLiteral("555-0100")},
                                                        {QStringLiteral("body"), QStringLiteral("hi")}});
    QCOMPARE(sms.status, 502);
    const QString message = sms.error().value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(QStringLiteral("'To' is not a valid phone number")), qPrintable(message));
    const Answer logged = record(sms.error().value(QStringLiteral("auditLogId")).toString());
    QCOMPARE(logged.data()[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QCOMPARE(logged.data()[QStringLiteral("errorMessage")].toString(), message);

    const Answer stripe = run(QStringLiteral("create_payment"), {{QStringLiteral("customerId"), QStringLiteral("cus_doesnotexist")},
                                                                 {QStringLiteral("amount"), 10},
                                                                 {QStringLiteral("currency"), QStringLiteral("usd")}});
    QCOMPARE(stripe.status, 502);
    QVERIFY2(stripe.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("cus_doesnotexist")),
             stripe.raw.constData());

    const Answer slack = run(QStringLiteral("post_message"), {{QStringLiteral("channel"), QStringLiteral("no-such-channel")},
                                                             {QStringLiteral("text"), QStringLiteral("hi")}});
    QCOMPARE(slack.status, 502);
    QVERIFY2(slack.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("channel_not_found")),
             slack.raw.constData());

    const Answer google = run(QStringLiteral("get_subscription"), {{QStringLiteral("subscriptionId"), QStringLiteral("sub_nope")}});
    QCOMPARE(google.status, 502);
    QCOMPARE(google.error().value(QStringLiteral("code")).toString(), QStringLiteral("provider_not_found"));
}

void TestToolsApi::stripeRetryReusesItsIdempotencyKey()
{
    QCOMPARE(m_control->del(QStringLiteral("/_sandbox/requests")).status, 200);
    QCOMPARE(m_control->post(QStringLiteral("/_sandbox/faults"),
                             {{QStringLiteral("provider"), QStringLiteral("stripe")}, {QStringLiteral("kind"), QStringLiteral("server_error")},
                              {QStringLiteral("status"), 500}, {QStringLiteral("count"), 1}, {QStringLiteral("path"), QStringLiteral("/v1/customers")}})
                 .status,
             201);
    const Answer answer = run(QStringLiteral("create_customer"), {{QStringLiteral("email"), QStringLiteral("retry@example.org")}});
    QVERIFY2(answer.status == 200, answer.raw.constData());
    QJsonArray posts;
    for (const QJsonValue& request : sandboxRequests(QStringLiteral("stripe"))) {
        if (request[QStringLiteral("method")] == QLatin1String("POST") && request[QStringLiteral("path")] == QLatin1String("/v1/customers"))
            posts.append(request);
    }
    QCOMPARE(posts.size(), 2);
    const QString first = posts.at(0)[QStringLiteral("headers")][QStringLiteral("idempotency-key")].toString();
    const QString second = posts.at(1)[QStringLiteral("headers")][QStringLiteral("idempotency-key")].toString();
    QVERIFY(!first.isEmpty());
    QCOMPARE(second, first);
    QCOMPARE(posts.at(0)[QStringLiteral("status")].toInt(), 500);
    QCOMPARE(posts.at(1)[QStringLiteral("status")].toInt(), 200);
    // Another execution gets another key.
    const Answer again = run(QStringLiteral("create_customer"), {{QStringLiteral("email"), QStringLiteral("retry2@example.org")}});
    QCOMPARE(again.status, 200);
    const QJsonArray all = sandboxRequests(QStringLiteral("stripe"));
    QVERIFY(all.last()[QStringLiteral("headers")][QStringLiteral("idempotency-key")].toString() != first);
}

void TestToolsApi::smsIsNeverRetried()
{
    QCOMPARE(m_control->del(QStringLiteral("/_sandbox/requests")).status, 200);
    const QString messages = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(sandbox::demo::twilioAccounts().first().accountSid);
    QCOMPARE(m_control->post(QStringLiteral("/_sandbox/faults"),
                             {{QStringLiteral("provider"), QStringLiteral("twilio")}, {QStringLiteral("kind"), QStringLiteral("server_error")},
                              {QStringLiteral("status"), 500}, {QStringLiteral("count"), 1}, {QStringLiteral("path"), messages}})
                 .status,
             201);
    const Answer answer = run(QStringLiteral("send_sms"), {{QStringLiteral("to"), QStringLiteral("+15550100002")},
                                                           {QStringLiteral("body"), QStringLiteral("Only once, please")}});
    QCOMPARE(answer.status, 502);
    QCOMPARE(answer.error().value(QStringLiteral("code")).toString(), QStringLiteral("provider_unavailable"));
    QVERIFY(!answer.error().value(QStringLiteral("auditLogId")).toString().isEmpty());
    int posts = 0;
    for (const QJsonValue& request : sandboxRequests(QStringLiteral("twilio")))
        posts += request[QStringLiteral("method")] == QLatin1String("POST") && request[QStringLiteral("path")] == messages;
    QCOMPARE(posts, 1);
}

void TestToolsApi::readsHonourRetryAfter()
{
    QCOMPARE(m_control->del(QStringLiteral("/_sandbox/requests")).status, 200);
    QCOMPARE(m_control->post(QStringLiteral("/_sandbox/faults"),
                             {{QStringLiteral("provider"), QStringLiteral("google")}, {QStringLiteral("kind"), QStringLiteral("rate_limit")},
                              {QStringLiteral("retryAfter"), 1}, {QStringLiteral("count"), 1},
                              {QStringLiteral("path"), QStringLiteral("/calendar/v3/calendars/primary/events")}})
                 .status,
             201);
    const Answer answer = run(QStringLiteral("list_events"), {});
    QVERIFY2(answer.status == 200, answer.raw.constData());
    QVERIFY2(answer.data()[QStringLiteral("executionTimeMs")].toInteger() >= 950, answer.raw.constData());
    const QJsonArray requests = sandboxRequests(QStringLiteral("google"));
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0)[QStringLiteral("status")].toInt(), 429);
    QCOMPARE(requests.at(1)[QStringLiteral("status")].toInt(), 200);
}

void TestToolsApi::unconnectedAccountsFail()
{
    QCOMPARE(m_control->del(QStringLiteral("/_sandbox/requests")).status, 200);
    m_credentials.setDisconnected(QStringLiteral("slack"), true);
    const Answer answer = run(QStringLiteral("post_message"), {{QStringLiteral("channel"), QStringLiteral("general")},
                                                               {QStringLiteral("text"), QStringLiteral("hello?")}});
    m_credentials.setDisconnected(QStringLiteral("slack"), false);
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.error().value(QStringLiteral("code")).toString(), QStringLiteral("not_connected"));
    QCOMPARE(answer.json.value(QStringLiteral("ok")).toBool(true), false);
    const Answer logged = record(answer.error().value(QStringLiteral("auditLogId")).toString());
    QCOMPARE(logged.data()[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QVERIFY(sandboxRequests(QStringLiteral("slack")).isEmpty()); // never a pretend success, never a call

    m_credentials.setNeedsReconnect(QStringLiteral("google"), true);
    const Answer reconnect = run(QStringLiteral("list_emails"), {});
    m_credentials.setNeedsReconnect(QStringLiteral("google"), false);
    QCOMPARE(reconnect.status, 409);
    QCOMPARE(reconnect.error().value(QStringLiteral("code")).toString(), QStringLiteral("needs_reconnect"));

    const Answer unknown = run(QStringLiteral("send_sms"), {{QStringLiteral("to"), QStringLiteral("+15550100002")},
                                                            {QStringLiteral("body"), QStringLiteral("x")}},
                               kCaller, QStringLiteral("?connection=99"));
    QCOMPARE(unknown.status, 409);
    QCOMPARE(unknown.error().value(QStringLiteral("code")).toString(), QStringLiteral("unknown_connection"));
    QCOMPARE(run(QStringLiteral("send_sms"), {}, kCaller, QStringLiteral("?connection=abc")).status, 400);
}

void TestToolsApi::connectionEventsAppearInTheTrail()
{
    ConnectionEvent event;
    event.kind = ConnectionEvent::Kind::RefreshFailed;
    event.connectionId = 11;
    event.provider = QStringLiteral("google");
    event.account = QStringLiteral("alice@example.com");
    event.actor = QStringLiteral("agent");
    event.detail = QStringLiteral("Google answered invalid_grant: Token has been expired or revoked.");
    event.at = QDateTime::currentDateTimeUtc();
    // Through the Agent's signal, the way the connections service reports them.
    const bool viaSignal = QMetaObject::invokeMethod(m_agent.get(), "connectionEvent", Qt::DirectConnection,
                                                     Q_ARG(sb::ConnectionEvent, event));
    if (!viaSignal)
        m_agent->tools()->recordConnectionEvent(event); // the Agent has no such signal in this build
    // And through the API, as an admin event.
    const Answer posted = send("POST", QStringLiteral("/audit/events"),
                               R"({"kind":"admin","event":"api_token_regenerated","actor":"console:alice","details":{"token":"abc123456789"}})");
    QCOMPARE(posted.status, 201);

    const Answer agentLogs = send("GET", QStringLiteral("/agents/agent/audit-logs"));
    QCOMPARE(agentLogs.status, 200);
    const QJsonObject latest = agentLogs.data()[QStringLiteral("logs")][0].toObject();
    QCOMPARE(latest.value(QStringLiteral("kind")).toString(), QStringLiteral("connection"));
    QCOMPARE(latest.value(QStringLiteral("toolName")).toString(), QStringLiteral("connection.refresh_failed"));
    QCOMPARE(latest.value(QStringLiteral("provider")).toString(), QStringLiteral("google"));
    QCOMPARE(latest[QStringLiteral("connection")][QStringLiteral("account")].toString(), QStringLiteral("alice@example.com"));
    QVERIFY(latest.value(QStringLiteral("errorMessage")).toString().contains(QStringLiteral("invalid_grant")));
    QVERIFY(latest.value(QStringLiteral("sequence")).toInteger() > 0);

    const Answer admin = record(posted.data()[QStringLiteral("auditLogId")].toString());
    QCOMPARE(admin.data()[QStringLiteral("toolName")].toString(), QStringLiteral("admin.api_token_regenerated"));
    QCOMPARE(admin.data()[QStringLiteral("agentId")].toString(), QStringLiteral("console:alice"));
    QCOMPARE(admin.data()[QStringLiteral("toolInput")][QStringLiteral("token")].toString(), QStringLiteral("[redacted]"));
    QVERIFY2(viaSignal, "Agent::connectionEvent is not wired yet; the event was recorded through ToolService directly");
}

void TestToolsApi::auditLogsPageNewestFirst()
{
    const QString caller = QStringLiteral("pager");
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << run(QStringLiteral("send_sms"), {{QStringLiteral("to"), i}}, caller).error().value(QStringLiteral("auditLogId")).toString();
    const Answer page = send("GET", QStringLiteral("/agents/pager/audit-logs?limit=2"));
    QCOMPARE(page.status, 200);
    const QJsonObject data = page.data().toObject();
    QCOMPARE(data.value(QStringLiteral("agentId")).toString(), caller);
    QCOMPARE(data.value(QStringLiteral("totalLogs")).toInt(), 2);
    QCOMPARE(data.value(QStringLiteral("hasMore")).toBool(), true);
    const QJsonArray logs = data.value(QStringLiteral("logs")).toArray();
    QCOMPARE(logs.at(0)[QStringLiteral("id")].toString(), ids.at(2));
    QCOMPARE(logs.at(1)[QStringLiteral("id")].toString(), ids.at(1));
    for (const char* key : {"id", "toolName", "toolInput", "toolOutput", "status", "executionTimeMs", "createdAt"})
        QVERIFY2(logs.at(0).toObject().contains(QLatin1String(key)), key);
    QVERIFY(logs.at(0)[QStringLiteral("toolInput")].isObject());
    const Answer next = send("GET", QStringLiteral("/agents/pager/audit-logs?limit=2&before=") + data.value(QStringLiteral("nextBefore")).toString());
    QCOMPARE(next.data()[QStringLiteral("totalLogs")].toInt(), 1);
    QCOMPARE(next.data()[QStringLiteral("hasMore")].toBool(), false);
    QCOMPARE(next.data()[QStringLiteral("logs")][0][QStringLiteral("id")].toString(), ids.at(0));
    QCOMPARE(send("GET", QStringLiteral("/agents/pager/audit-logs?limit=0")).status, 400);
    QCOMPARE(send("GET", QStringLiteral("/audit-logs?search=Switchboard&agent=") + kCaller).data()[QStringLiteral("totalLogs")].toInt(), 1);
}

void TestToolsApi::statsShapes()
{
    const Answer stats = send("GET", QStringLiteral("/agents/%1/tool-stats").arg(kCaller));
    QCOMPARE(stats.status, 200);
    const QJsonObject s = stats.data().toObject();
    QCOMPARE(s.value(QStringLiteral("agentId")).toString(), kCaller);
    for (const char* key : {"totalExecutions", "successfulExecutions", "failedExecutions", "avgExecutionTimeMs",
                            "p50ExecutionTimeMs", "p95ExecutionTimeMs"})
        QVERIFY2(s.value(QLatin1String(key)).isDouble(), key);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d\\d$")).match(s.value(QStringLiteral("successRate")).toString()).hasMatch());
    QVERIFY(s.value(QStringLiteral("totalExecutions")).toInteger() >= 19);
    const QJsonArray breakdown = s.value(QStringLiteral("toolBreakdown")).toArray();
    QVERIFY(breakdown.size() >= 19);
    QVERIFY(breakdown.first()[QStringLiteral("toolName")].isString() && breakdown.first()[QStringLiteral("count")].isDouble());
    QCOMPARE(s[QStringLiteral("timeline")][QStringLiteral("bucket")].toString(), QStringLiteral("hour"));
    QVERIFY(!s[QStringLiteral("timeline")][QStringLiteral("points")].toArray().isEmpty());
    QCOMPARE(send("GET", QStringLiteral("/agents/%1/tool-stats?bucket=day").arg(kCaller)).data()[QStringLiteral("timeline")][QStringLiteral("bucket")].toString(),
             QStringLiteral("day"));

    const Answer summary = send("GET", QStringLiteral("/audit-summary"));
    QCOMPARE(summary.status, 200);
    for (const char* key : {"totalExecutions", "successfulExecutions", "failedExecutions", "successRate", "numAgents"})
        QVERIFY2(summary.data().toObject().contains(QLatin1String(key)), key);
    QVERIFY(summary.data()[QStringLiteral("numAgents")].toInt() >= 2);
}

void TestToolsApi::statsEqualABruteForceRecount()
{
    QVERIFY(m_agent->tools()->audit().flush());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("recount"));
    db.setDatabaseName(m_agent->status().databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(db.open());
    QSqlQuery callers(db);
    QVERIFY(callers.exec(QStringLiteral("SELECT DISTINCT caller FROM audit_records WHERE kind = 'tool'")));
    QStringList list{QString()};
    while (callers.next())
        list << callers.value(0).toString();
    QVERIFY(list.size() >= 3);
    for (const QString& caller : list) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT tool, status, execution_ms FROM audit_records WHERE kind = 'tool' AND seq IS NOT NULL %1")
                      .arg(caller.isEmpty() ? QString() : QStringLiteral("AND caller = ?")));
        if (!caller.isEmpty())
            q.addBindValue(caller);
        QVERIFY(q.exec());
        qint64 total = 0, success = 0, sumMs = 0;
        QMap<QString, qint64> perTool;
        QList<qint64> latencies;
        while (q.next()) {
            ++total;
            ++perTool[q.value(0).toString()];
            success += q.value(1).toString() == QLatin1String("success");
            sumMs += q.value(2).toLongLong();
            latencies.append(q.value(2).toLongLong());
        }
        std::sort(latencies.begin(), latencies.end());
        auto percentile = [&latencies](double p) {
            const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(p * double(latencies.size()))));
            return LatencyHistogram::upperBound(LatencyHistogram::bucketFor(latencies.at(rank - 1)));
        };
        const Answer answer = caller.isEmpty()
                                  ? send("GET", QStringLiteral("/audit-summary"))
                                  : send("GET", QStringLiteral("/agents/%1/tool-stats").arg(QString::fromLatin1(QUrl::toPercentEncoding(caller))));
        const QJsonObject s = answer.data().toObject();
        QCOMPARE(s.value(QStringLiteral("totalExecutions")).toInteger(), total);
        QCOMPARE(s.value(QStringLiteral("successfulExecutions")).toInteger(), success);
        QCOMPARE(s.value(QStringLiteral("failedExecutions")).toInteger(), total - success);
        QCOMPARE(s.value(QStringLiteral("successRate")).toString(), QString::number(100.0 * double(success) / double(total), 'f', 2));
        QCOMPARE(s.value(QStringLiteral("avgExecutionTimeMs")).toInteger(), qRound64(double(sumMs) / double(total)));
        QCOMPARE(s.value(QStringLiteral("p50ExecutionTimeMs")).toInteger(), percentile(0.5));
        QCOMPARE(s.value(QStringLiteral("p95ExecutionTimeMs")).toInteger(), percentile(0.95));
        QMap<QString, qint64> reported;
        for (const QJsonValue& entry : s.value(QStringLiteral("toolBreakdown")).toArray())
            reported.insert(entry[QStringLiteral("toolName")].toString(), entry[QStringLiteral("count")].toInteger());
        QCOMPARE(reported, perTool);
        if (caller.isEmpty())
            QCOMPARE(s.value(QStringLiteral("numAgents")).toInteger(), qint64(list.size() - 1));
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("recount"));
}

void TestToolsApi::verifyThroughTheApi()
{
    const Answer answer = send("GET", QStringLiteral("/audit/verify"));
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.data()[QStringLiteral("ok")].toBool(), answer.raw.constData());
    QVERIFY(answer.data()[QStringLiteral("checked")].toInteger() > 25);
}

void TestToolsApi::agentClientRunsToolsAndReadsStats()
{
    // The console's contract: queued calls, answers as signals carrying registered value types.
    AgentClient client(m_agent.get());
    QSignalSpy tools(&client, &AgentClient::toolsReady);
    QSignalSpy finished(&client, &AgentClient::toolRunFinished);
    QSignalSpy stats(&client, &AgentClient::statsReady);
    client.listTools();
    QTRY_COMPARE(tools.count(), 1);
    const auto list = tools.first().first().value<QList<ToolSummary>>();
    QCOMPARE(list.size(), 19);
    QCOMPARE(list.first().inputSchema.value(QStringLiteral("type")).toString(), QStringLiteral("object"));

    client.runTool(QStringLiteral("list_phone_numbers"), {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const ToolRunResult ok = finished.takeFirst().first().value<ToolRunResult>();
    QCOMPARE(ok.status, QStringLiteral("success"));
    QVERIFY(!ok.error);
    QVERIFY(ok.auditLogId > 0);
    QVERIFY(ok.output.value(QStringLiteral("phoneNumbers")).isArray());

    client.runTool(QStringLiteral("send_sms"), {{QStringLiteral("to"), QStringLiteral("+15550100002")}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const ToolRunResult bad = finished.takeFirst().first().value<ToolRunResult>();
    QCOMPARE(bad.status, QStringLiteral("failed"));
    QVERIFY(bad.error && bad.error->code == QLatin1String("invalid_input"));
    QVERIFY(bad.auditLogId > ok.auditLogId);
    const Answer logged = record(QString::number(ok.auditLogId));
    QVERIFY(logged.data()[QStringLiteral("agentId")].toString().startsWith(QStringLiteral("console:")));

    client.requestStats(logged.data()[QStringLiteral("agentId")].toString());
    QTRY_COMPARE(stats.count(), 1);
    const ToolStats s = stats.first().first().value<ToolStats>();
    QCOMPARE(s.totalExecutions, 2);
    QCOMPARE(s.successfulExecutions, 1);
    QCOMPARE(s.successRate(), QStringLiteral("50.00"));

    // Looking at the admin API token is on record (without the token).
    QSignalSpy token(&client, &AgentClient::apiTokenReady);
    client.requestApiToken();
    QTRY_COMPARE_WITH_TIMEOUT(token.count(), 1, 15000);
    QVERIFY(m_agent->tools()->audit().flush());
    const Answer logs = send("GET", QStringLiteral("/audit-logs?kind=admin&limit=1"));
    QCOMPARE(logs.data()[QStringLiteral("logs")][0][QStringLiteral("toolName")].toString(), QStringLiteral("admin.api_token_viewed"));
    QVERIFY(!logs.raw.contains(m_token));
}

void TestToolsApi::retentionSettingIsAnAdminEvent()
{
    QCOMPARE(send("GET", QStringLiteral("/audit/settings")).data()[QStringLiteral("retentionDays")].toInt(), 90);
    const Answer changed = send("PUT", QStringLiteral("/audit/settings"), R"({"retentionDays":30})");
    QVERIFY2(changed.status == 200, changed.raw.constData());
    QCOMPARE(changed.data()[QStringLiteral("pruned")].toInt(), 0); // everything here is from today
    QCOMPARE(send("GET", QStringLiteral("/audit/settings")).data()[QStringLiteral("retentionDays")].toInt(), 30);
    const Answer logs = send("GET", QStringLiteral("/audit-logs?kind=admin&limit=1"));
    const QJsonObject event = logs.data()[QStringLiteral("logs")][0].toObject();
    QCOMPARE(event.value(QStringLiteral("toolName")).toString(), QStringLiteral("admin.settings_changed"));
    QCOMPARE(event[QStringLiteral("toolInput")][QStringLiteral("to")].toInt(), 30);
    QCOMPARE(event[QStringLiteral("toolInput")][QStringLiteral("from")].toInt(), 90);
    QCOMPARE(send("PUT", QStringLiteral("/audit/settings"), R"({"retentionDays":0})").status, 400);
    QVERIFY(send("GET", QStringLiteral("/audit/verify")).data()[QStringLiteral("ok")].toBool());
}

void TestToolsApi::a401AsksForAFreshCredentialOnce()
{
    // The sandbox forgets every Google access token: the next call answers 401.
    QCOMPARE(m_control->post(QStringLiteral("/_sandbox/tokens/expire"), {{QStringLiteral("provider"), QStringLiteral("google")}}).status, 200);
    QCOMPARE(m_control->del(QStringLiteral("/_sandbox/requests")).status, 200);
    const int rejectedBefore = m_credentials.rejectedCount();
    // Without a way to refresh, the account needs reconnecting: an error, asked once, not retried.
    const Answer refused = run(QStringLiteral("list_events"), {});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.error().value(QStringLiteral("code")).toString(), QStringLiteral("needs_reconnect"));
    QCOMPARE(m_credentials.rejectedCount(), rejectedBefore + 1);
    QCOMPARE(sandboxRequests(QStringLiteral("google")).size(), 1);

    // With a refresh available, the call goes through on the fresh token.
    const QString fresh = oauthToken(QStringLiteral("google"), QStringLiteral("openid email https://www.googleapis.com/auth/calendar"));
    QVERIFY(!fresh.isEmpty());
    m_secretsUsed << fresh;
    m_credentials.setReplacementToken(QStringLiteral("google"), fresh);
    QCOMPARE(m_control->del(QStringLiteral("/_sandbox/requests")).status, 200);
    const Answer ok = run(QStringLiteral("list_events"), {});
    QVERIFY2(ok.status == 200, ok.raw.constData());
    QCOMPARE(m_credentials.rejectedCount(), rejectedBefore + 2);
    const QJsonArray requests = sandboxRequests(QStringLiteral("google"));
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0)[QStringLiteral("status")].toInt(), 401);
    QCOMPARE(requests.at(1)[QStringLiteral("status")].toInt(), 200);
}

void TestToolsApi::noSecretInTheDatabaseFiles()
{
    QVERIFY(m_agent->tools()->audit().flush());
    // The raw bytes of every file in the data dir, the SQLite WAL included: no token or key used in this test.
    const QStringList forbidden = m_secretsUsed + QStringList{QStringLiteral("ya29.from-the-caller-0123456789"),
                                                              QStringLiteral("abc123456789")};
    int files = 0;
    bool sawWal = false;
    QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/logs/")))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        sawWal = sawWal || path.endsWith(QLatin1String("-wal"));
        for (const QString& secret : forbidden)
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(QStringLiteral("%1 contains a secret").arg(path)));
    }
    QVERIFY(files >= 2);
    QVERIFY(sawWal);
}

QTEST_GUILESS_MAIN(TestToolsApi)
#include "tst_tools_api.moc"
