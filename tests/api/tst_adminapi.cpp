// The admin API over real HTTP: in-process for the envelope and the guards, and through a real switchboard-agent
// process for agent.json, the keychain-held token and `switchboardctl status`.
#include "TestSupport.h"
#include "api/AdminApi.h"
#include "core/DataDir.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace sb;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
};

Answer get(const QUrl& url, const QByteArray& token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!token.isNull())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.raw).object();
    reply->deleteLater();
    return answer;
}

// QNetworkAccessManager always sends the URL's host; a rebinding attack sends another one, so write HTTP by hand.
QByteArray rawRequest(quint16 port, const QByteArray& request)
{
    // The server lives in this thread: wait by spinning the event loop, never with a blocking socket call.
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

QString readToken(const QString& dataDir)
{
    KeychainSecretStore store(DataDir(dataDir).installId().value(), std::chrono::seconds(10));
    std::optional<Result<QString>> token;
    store.read({QStringLiteral("admin"), QStringLiteral("api"), QStringLiteral("token")},
               [&token](Result<QString> r) { token = std::move(r); });
    QDeadlineTimer deadline(15000);
    while (!token && !deadline.hasExpired())
        QTest::qWait(20);
    return token && *token ? **token : QString();
}

} // namespace

class TestAdminApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void missingTokenIs401();
    void wrongTokenIs401();
    void foreignHostIs403();
    void loopbackHostsAreAccepted_data();
    void loopbackHostsAreAccepted();
    void unknownPathIs404InTheEnvelope();
    void wrongMethodIs405();
    void routeParametersAreParsed();
    void listensOnLoopbackOnly();

    void agentServesHealthAndCtlStatusPrintsIt();
    void secondAgentOnTheSameDirIsRefused();
    void ctlWithAWrongTokenSaysSo();
    void ctlWithNoAgentSaysSo();

private:
    std::unique_ptr<AdminApi> m_api;
    const QByteArray m_token = "test-token-0123456789";
};

void TestAdminApi::initTestCase()
{
    m_api = std::make_unique<AdminApi>(QString::fromLatin1(m_token));
    m_api->addRoute("GET", QStringLiteral("/health"), [](const AdminApi::Request&, AdminApi::Reply reply) {
        reply(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("running")}});
    });
    m_api->addRoute("GET", QStringLiteral("/audit-logs/:logId"), [](const AdminApi::Request& r, AdminApi::Reply reply) {
        reply(200, QJsonObject{{QStringLiteral("id"), r.params.value(QStringLiteral("logId"))}});
    });
    QVERIFY(m_api->listen(0));
}

void TestAdminApi::missingTokenIs401()
{
    const Answer answer = get(m_api->url().resolved(QUrl(QStringLiteral("/health"))), QByteArray());
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(answer.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("unauthorized"));
    QVERIFY(!answer.json[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
}

void TestAdminApi::wrongTokenIs401()
{
    const Answer answer = get(m_api->url().resolved(QUrl(QStringLiteral("/health"))), "test-token-0123456780");
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json[QStringLiteral("error")][QStringLiteral("message")].toString(),
             QStringLiteral("The bearer token is wrong."));
}

void TestAdminApi::foreignHostIs403()
{
    const QByteArray response = rawRequest(m_api->url().port(), "GET /health HTTP/1.1\r\nHost: evil.example:80\r\n"
                                                                "Authorization: Bearer " + m_token + "\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 403"), response.toPercentEncoding(" \r\n:{}\",/").constData());
    QVERIFY(response.contains("forbidden_host"));
}

void TestAdminApi::loopbackHostsAreAccepted_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("ipv4") << QByteArray("127.0.0.1:1");
    QTest::newRow("localhost") << QByteArray("localhost");
    QTest::newRow("ipv6") << QByteArray("[::1]:8080");
}

void TestAdminApi::loopbackHostsAreAccepted()
{
    QFETCH(QByteArray, host);
    const QByteArray response = rawRequest(m_api->url().port(), "GET /health HTTP/1.1\r\nHost: " + host
                                                                    + "\r\nAuthorization: Bearer " + m_token
                                                                    + "\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
    QVERIFY(response.contains("{\"data\":{\"status\":\"running\"},\"ok\":true}"));
}

void TestAdminApi::unknownPathIs404InTheEnvelope()
{
    const Answer answer = get(m_api->url().resolved(QUrl(QStringLiteral("/nope"))), m_token);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("not_found"));
}

void TestAdminApi::wrongMethodIs405()
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_api->url().resolved(QUrl(QStringLiteral("/health"))));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply* reply = network.post(request, QByteArray("{}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    delete reply;
}

void TestAdminApi::routeParametersAreParsed()
{
    const Answer answer = get(m_api->url().resolved(QUrl(QStringLiteral("/audit-logs/42"))), m_token);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json[QStringLiteral("data")][QStringLiteral("id")].toString(), QStringLiteral("42"));
}

void TestAdminApi::listensOnLoopbackOnly()
{
    QCOMPARE(m_api->url().host(), QStringLiteral("127.0.0.1"));
    // Another address of this machine must not reach it.
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, m_api->url().port());
        QVERIFY2(!socket.waitForConnected(2000), qPrintable(address.toString()));
    }
}

void TestAdminApi::agentServesHealthAndCtlStatusPrintsIt()
{
    QTemporaryDir dir;
    test::AgentProcess agent(dir.path(), {QStringLiteral("--sandbox")});
    QVERIFY2(agent.waitUntilRunning(), agent.process().readAllStandardError().constData());

    const Result<AgentInfo> info = AgentInfo::read(dir.path());
    QVERIFY(info);
    QCOMPARE(info->apiUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(!info->sandboxUrl.isEmpty());
    QCOMPARE(info->sandbox.size(), 6);

    const QString token = readToken(dir.path());
    QVERIFY2(token.size() >= 32, "the agent keeps its API token in the keychain");
    QFile json(AgentInfo::filePath(dir.path()));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY2(!json.readAll().contains(token.toUtf8()), "agent.json holds no secret");
    QCOMPARE(json.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // Nor does any other file of the data dir: database, WAL, log.
    QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
        ++checked;
    }
    QVERIFY(checked >= 4); // agent.json, install-id, switchboard.db, logs/switchboard.log at least

    const Answer health = get(info->apiUrl.resolved(QUrl(QStringLiteral("/health"))), token.toUtf8());
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("running"));
    QCOMPARE(health.json[QStringLiteral("data")][QStringLiteral("sandbox")].toBool(), true);

    const test::Run status = test::run(test::binary(QStringLiteral("agent/ctl/switchboardctl")),
                                       {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(QStringLiteral(": running")), qPrintable(status.out + status.err));
    QVERIFY(status.out.contains(info->apiUrl.toString()));
    QVERIFY(status.out.contains(QStringLiteral("sandbox:   on")));
    QVERIFY2(!status.out.contains(token), "status never prints the token");

    const test::Run statusJson = test::run(test::binary(QStringLiteral("agent/ctl/switchboardctl")),
                                           {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status"),
                                            QStringLiteral("--json")});
    QCOMPARE(statusJson.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(statusJson.out.toUtf8())[QStringLiteral("pid")].toInteger(),
             agent.process().processId());

    // A clean stop removes agent.json; ctl then says nothing runs.
    agent.stop();
    QVERIFY(!QFile::exists(AgentInfo::filePath(dir.path())));
    const test::Run stopped = test::run(test::binary(QStringLiteral("agent/ctl/switchboardctl")),
                                        {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status")});
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY(stopped.err.contains(QStringLiteral("No agent is running")));
}

void TestAdminApi::secondAgentOnTheSameDirIsRefused()
{
    QTemporaryDir dir;
    test::AgentProcess first(dir.path());
    QVERIFY(first.waitUntilRunning());
    const test::Run second = test::run(test::binary(QStringLiteral("agent/switchboard-agent")),
                                       {QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(second.exitCode, 3);
    QVERIFY2(second.err.contains(QStringLiteral("already uses the data folder")), qPrintable(second.err));
    QVERIFY(second.err.contains(QString::number(first.process().processId())));
    // The first one is untouched.
    QCOMPARE(AgentInfo::read(dir.path()).value().pid, first.process().processId());
}

void TestAdminApi::ctlWithAWrongTokenSaysSo()
{
    QTemporaryDir dir;
    test::AgentProcess agent(dir.path());
    QVERIFY(agent.waitUntilRunning());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SWITCHBOARD_API_TOKEN"), QStringLiteral("not-the-token"));
    const test::Run status = test::run(test::binary(QStringLiteral("agent/ctl/switchboardctl")),
                                       {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status")}, env);
    QCOMPARE(status.exitCode, 3);
    QVERIFY(status.err.contains(QStringLiteral("token is wrong")));
}

void TestAdminApi::ctlWithNoAgentSaysSo()
{
    QTemporaryDir dir;
    const test::Run status = test::run(test::binary(QStringLiteral("agent/ctl/switchboardctl")),
                                       {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 1);
    QVERIFY(status.err.contains(QStringLiteral("No agent is running")));
}

QTEST_GUILESS_MAIN(TestAdminApi)
#include "tst_adminapi.moc"
