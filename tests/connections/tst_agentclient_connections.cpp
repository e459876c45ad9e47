// The Connections page contract as the console will use it: an AgentClient in this (GUI) thread, the agent in its
// own thread with the sandbox; every answer arrives as a queued signal carrying a registered value type.
#include "connections/ConnectionTestSupport.h"
#include "core/Agent.h"
#include "core/DataDir.h"
#include "sandbox/DemoData.h"
#include "core/AgentClient.h"
#include "audit/AuditReader.h"

#include <QElapsedTimer>

using namespace sb;
using namespace sb::test;

class TstAgentClientConnections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectThroughTheClient();
    void renameTestDisconnect();
    void cancelAndApiKeyErrors();
    void providerClientSettings();
    // Last: it stops the agent.
    void auditReaderLetsGoWhenTheAgentStops();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AgentThread> m_thread;
    std::unique_ptr<AgentClient> m_client;
    qint64 m_id = 0;
};

void TstAgentClientConnections::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "needs dbus-run-session with gnome-keyring (see CMakeLists)");
    QVERIFY(Keyring::unlock());
    registerAgentTypes();
    AgentOptions options;
    options.dataDir = m_dir.path();
    options.sandbox = true;
    m_thread = std::make_unique<AgentThread>(options);
    m_client = std::make_unique<AgentClient>(m_thread->agent());
    QSignalSpy status(m_client.get(), &AgentClient::statusChanged);
    m_thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && status.last().at(0).value<AgentStatus>().state == AgentState::Running,
                             30000);
}

void TstAgentClientConnections::cleanupTestCase()
{
    m_client.reset();
    if (m_thread)
        m_thread->stop();    // The agent's admin API token stays behind otherwise.
    KeychainSecretStore store(DataDir(m_dir.path()).installId().value_or(QString()), std::chrono::seconds(10));
    waitFor<Status>([&](auto done) {
        store.remove({QStringLiteral("admin"), QStringLiteral("api"), QStringLiteral("token")}, done);
    });
}

void TstAgentClientConnections::connectThroughTheClient()
{
    QSignalSpy ready(m_client.get(), &AgentClient::authorizationReady);
    QSignalSpy finished(m_client.get(), &AgentClient::connectFinished);
    QSignalSpy changed(m_client.get(), &AgentClient::connectionsChanged);
    QSignalSpy events(m_client.get(), &AgentClient::connectionEvent);
    m_client->startConnect(QStringLiteral("slack"), QStringLiteral("Team"), BrowserMode::InApp);
    QTRY_COMPARE(ready.size(), 1);
    const QString flowId = ready.first().at(0).toString();
    QCOMPARE(ready.first().at(1).toString(), QStringLiteral("slack"));
    QVERIFY(ready.first().at(3).toBool()); // Slack allows the in-app browser
    const auto redirect = consent(ready.first().at(2).toUrl());
    QVERIFY(redirect);
    QCOMPARE(http("GET", *redirect).status, 200); // the agent's listener answered the "browser"
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toString(), flowId);
    const auto outcome = finished.first().at(1).value<ConnectOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.connection.label, QStringLiteral("Team"));
    QCOMPARE(outcome.connection.stateText(), QStringLiteral("Connected as Sandbox Workspace"));
    m_id = outcome.connection.id;
    QTRY_VERIFY(!changed.isEmpty());
    QTRY_VERIFY(!events.isEmpty());
    QVERIFY(events.first().at(0).value<ConnectionEvent>().actor.startsWith(QStringLiteral("console:")));

    // Google: the agent says the system browser must be used.
    m_client->startConnect(QStringLiteral("google"));
    QTRY_COMPARE(ready.size(), 2);
    QVERIFY(!ready.last().at(3).toBool());
    m_client->cancelConnect(ready.last().at(0).toString());
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.last().at(1).value<ConnectOutcome>().error.code, QStringLiteral("cancelled"));
}

void TstAgentClientConnections::renameTestDisconnect()
{
    QVERIFY(m_id > 0);
    QSignalSpy list(m_client.get(), &AgentClient::connectionsReady);
    QSignalSpy changed(m_client.get(), &AgentClient::connectionsChanged);
    m_client->renameConnection(m_id, QStringLiteral("Support"));
    QTRY_COMPARE(changed.size(), 1);
    m_client->requestConnections();
    QTRY_COMPARE(list.size(), 1);
    const auto connections = list.first().at(0).value<QList<ConnectionInfo>>();
    QCOMPARE(connections.size(), 1);
    QCOMPARE(connections.first().label, QStringLiteral("Support"));
    QVERIFY(connections.first().isDefault);
    QVERIFY(!connections.first().scopeDescriptions.isEmpty());

    QSignalSpy tested(m_client.get(), &AgentClient::connectionTested);
    m_client->testConnection(m_id);
    QTRY_COMPARE(tested.size(), 1);
    QVERIFY2(tested.first().at(1).toBool(), qPrintable(tested.first().at(2).toString()));

    QSignalSpy disconnected(m_client.get(), &AgentClient::disconnected);
    m_client->disconnectConnection(m_id);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 20000);
    QCOMPARE(disconnected.first().at(0).toLongLong(), m_id);
    QVERIFY(disconnected.first().at(1).toString().contains(QStringLiteral("revoked")));
}

void TstAgentClientConnections::cancelAndApiKeyErrors()
{
    QSignalSpy finished(m_client.get(), &AgentClient::connectFinished);
    m_client->connectApiKey(QStringLiteral("stripe"), {{QStringLiteral("secret_key"), QStringLiteral("sk_test_nope_nope_nope_1234")}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(finished.first().at(0).toString().isEmpty());
    const auto outcome = finished.first().at(1).value<ConnectOutcome>();
    QVERIFY(outcome.error.message.contains(QStringLiteral("Invalid API Key provided")));

    // A flow that cannot start still answers, with an empty flow id.
    m_client->startConnect(QStringLiteral("twilio"));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(finished.last().at(0).toString().isEmpty());
    QCOMPARE(finished.last().at(1).value<ConnectOutcome>().error.code, QStringLiteral("not_oauth"));
}

void TstAgentClientConnections::providerClientSettings()
{
    QSignalSpy read(m_client.get(), &AgentClient::providerClientReady);
    m_client->requestProviderClient(QStringLiteral("google"));
    QTRY_COMPARE(read.size(), 1);
    auto settings = read.first().at(0).value<ProviderClientSettings>();
    QVERIFY(settings.usesFallback); // --sandbox: the demo client
    QCOMPARE(settings.clientId, sandbox::demo::oauthClients().first().clientId);
    QVERIFY(settings.clientSecret.isEmpty());
    QVERIFY(!settings.testing);

    // Mark the (demo) client as in Google's "Testing" status: the cards warn about 7-day refresh tokens.
    QSignalSpy saved(m_client.get(), &AgentClient::providerClientSaved);
    ProviderClientSettings testing;
    testing.provider = QStringLiteral("google");
    testing.testing = true;
    m_client->setProviderClient(testing);
    QTRY_COMPARE(saved.size(), 1);
    m_client->requestProviderClient(QStringLiteral("google"));
    QTRY_COMPARE(read.size(), 2);
    QVERIFY(read.last().at(0).value<ProviderClientSettings>().testing);
}

void TstAgentClientConnections::auditReaderLetsGoWhenTheAgentStops()
{
    AuditReader* reader = m_client->auditReader();
    QTRY_VERIFY(reader->isAvailable());
    QSignalSpy availability(reader, &AuditReader::availableChanged);
    int answered = 0;
    int notRunning = 0;
    auto listOnce = [&] {
        reader->list(this, AuditFilter{}, [&](Result<AuditPage> page) {
            ++answered;
            if (page)
                return;
            QCOMPARE(page.error().code, QStringLiteral("not_running"));
            ++notRunning;
        });
    };
    listOnce();
    QTRY_COMPARE(answered, 1);

    // The console keeps reading (live updates, paging) while the agent's thread tears the store down: every read
    // either succeeds or says the agent is not running; none touches the destroyed store.
    QMetaObject::invokeMethod(m_thread->agent(), &Agent::stop, Qt::QueuedConnection);
    int asked = 1;
    QElapsedTimer clock;
    clock.start();
    while (notRunning == 0 && clock.elapsed() < 20000) {
        if (asked - answered < 4) { // a few reads in flight at a time, as a scrolling page has
            listOnce();
            ++asked;
        }
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(answered, asked);
    QVERIFY(notRunning > 0);
    QTRY_VERIFY(!availability.isEmpty());
    QCOMPARE(availability.last().at(0).toBool(), false);
    QVERIFY(!reader->isAvailable());
}

QTEST_GUILESS_MAIN(TstAgentClientConnections)
#include "tst_agentclient_connections.moc"
