// switchboardctl connect / connections / disconnect against a real switchboard-agent --sandbox process: the test
// reads the printed URL, answers the sandbox's consent form with an HTTP client, and follows (or pastes) the redirect.
#include "TestSupport.h"
#include "connections/ConnectionTestSupport.h"
#include "core/DataDir.h"
#include "core/Logging.h"

#include <QDirIterator>

#include <csignal>

using namespace sb;
using namespace sb::test;

namespace {

// A switchboardctl run that the test talks to while it runs.
class CtlProcess
{
public:
    CtlProcess(const QString& dataDir, const QStringList& args)
    {
        m_process.setProgram(binary(QStringLiteral("agent/ctl/switchboardctl")));
        m_process.setArguments(args + QStringList{QStringLiteral("--data-dir"), dataDir});
        m_process.start();
    }
    ~CtlProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Waits (spinning the event loop) for the authorization URL on stdout.
    QUrl authorizeUrl()
    {
        static const QRegularExpression line(QStringLiteral("^  (http\\S+)$"), QRegularExpression::MultilineOption);
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            m_out += m_process.readAllStandardOutput();
            const auto match = line.match(QString::fromUtf8(m_out));
            if (match.hasMatch())
                return QUrl(match.captured(1), QUrl::StrictMode);
            if (m_process.state() == QProcess::NotRunning)
                break;
            QTest::qWait(20);
        }
        return {};
    }
    bool finish()
    {
        QDeadlineTimer deadline(60000);
        while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        return m_process.state() == QProcess::NotRunning;
    }
    QProcess& process() { return m_process; }
    QString out() const { return QString::fromUtf8(m_out); }
    QString err() const { return QString::fromUtf8(m_err); }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace

class TstCtlConnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectGenericWaitsForTheRedirect();
    void noWaitPrintsAndExits();
    void pasteHandsTheRedirectToTheAgent();
    void deniedExitsWithFive();
    void ctrlCCancelsTheSignIn();
    void apiKeysFromStdin();
    void listAndDisconnect();
    void noTokenBytesInDatabaseOrLog();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AgentProcess> m_agent;
    QUrl m_control;
};

void TstCtlConnect::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "needs dbus-run-session with gnome-keyring (see CMakeLists)");
    QVERIFY(Keyring::unlock());
    m_agent = std::make_unique<AgentProcess>(m_dir.path(), QStringList{QStringLiteral("--sandbox")});
    QVERIFY2(m_agent->waitUntilRunning(), m_agent->process().readAllStandardError().constData());
    const Result<AgentInfo> info = AgentInfo::read(m_dir.path());
    QVERIFY(info);
    m_control = info->sandboxUrl;
    QVERIFY(!m_control.isEmpty());
}

void TstCtlConnect::cleanupTestCase()
{
    // Disconnect what is left, so the test keyring keeps no tokens of this run.
    const QString ctl = binary(QStringLiteral("agent/ctl/switchboardctl"));
    const Run list = run(ctl, {QStringLiteral("connections"), QStringLiteral("--json"), QStringLiteral("--data-dir"), m_dir.path()});
    for (const QJsonValue& value : QJsonDocument::fromJson(list.out.toUtf8()).array())
        run(ctl, {QStringLiteral("disconnect"), QString::number(value[QStringLiteral("id")].toInteger()),
                  QStringLiteral("--data-dir"), m_dir.path()});
    if (m_agent)
        m_agent->stop();    // The agent's admin API token stays behind otherwise.
    KeychainSecretStore store(DataDir(m_dir.path()).installId().value_or(QString()), std::chrono::seconds(10));
    waitFor<Status>([&](auto done) {
        store.remove({QStringLiteral("admin"), QStringLiteral("api"), QStringLiteral("token")}, done);
    });
}

void TstCtlConnect::connectGenericWaitsForTheRedirect()
{
    CtlProcess ctl(m_dir.path(), {QStringLiteral("connect"), QStringLiteral("generic"), QStringLiteral("--label"),
                                  QStringLiteral("Work SSO")});
    const QUrl url = ctl.authorizeUrl();
    QVERIFY2(url.isValid() && !url.isEmpty(), qPrintable(ctl.out() + ctl.err()));
    const auto redirect = consent(url, QStringLiteral("alice@example.com"));
    QVERIFY(redirect);
    // The browser follows the redirect to the agent's loopback listener, which answers once the account is stored.
    const HttpReply page = http("GET", *redirect);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Connected as alice@example.com"));
    QVERIFY(ctl.finish());
    QCOMPARE(ctl.process().exitCode(), 0);
    QVERIFY2(ctl.out().contains(QStringLiteral("Connected as alice@example.com")), qPrintable(ctl.out()));
    QVERIFY(ctl.out().contains(QStringLiteral("Open this address in a browser")));
}

void TstCtlConnect::noWaitPrintsAndExits()
{
    CtlProcess ctl(m_dir.path(), {QStringLiteral("connect"), QStringLiteral("generic"), QStringLiteral("--no-wait")});
    const QUrl url = ctl.authorizeUrl();
    QVERIFY(!url.isEmpty());
    QVERIFY(ctl.finish());
    QCOMPARE(ctl.process().exitCode(), 0);
    QVERIFY(ctl.out().contains(QStringLiteral("switchboardctl connections")));
    // The agent still waits: finishing in the browser later connects the account.
    const auto redirect = consent(url, QStringLiteral("bob@example.com"));
    QVERIFY(redirect);
    QCOMPARE(http("GET", *redirect).status, 200);
    const Run list = run(binary(QStringLiteral("agent/ctl/switchboardctl")),
                         {QStringLiteral("connections"), QStringLiteral("--data-dir"), m_dir.path()});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("bob@example.com")), qPrintable(list.out));
}

void TstCtlConnect::pasteHandsTheRedirectToTheAgent()
{
    CtlProcess ctl(m_dir.path(), {QStringLiteral("connect"), QStringLiteral("google"), QStringLiteral("--paste")});
    const QUrl url = ctl.authorizeUrl();
    QVERIFY(!url.isEmpty());
    // The browser on "another machine" ends on the redirect it cannot load; the user copies it.
    const auto redirect = consent(url, QStringLiteral("alice@example.com"));
    QVERIFY(redirect);
    QCOMPARE(redirect->path(), QStringLiteral("/callback/google"));
    ctl.process().write(redirect->toString(QUrl::FullyEncoded).toUtf8() + "\n");
    QVERIFY(ctl.finish());
    QVERIFY2(ctl.process().exitCode() == 0, qPrintable(ctl.out() + ctl.err()));
    QVERIFY(ctl.out().contains(QStringLiteral("Connected as alice@example.com")));

    // A forged paste (another state) is refused like a forged redirect: exit 5, words on stderr.
    CtlProcess forged(m_dir.path(), {QStringLiteral("connect"), QStringLiteral("google"), QStringLiteral("--paste")});
    const QUrl second = forged.authorizeUrl();
    const auto secondRedirect = consent(second, QStringLiteral("alice@example.com"));
    QVERIFY(secondRedirect);
    forged.process().write(withQueryItem(*secondRedirect, QStringLiteral("state"), QStringLiteral("forged"))
                               .toString(QUrl::FullyEncoded)
                               .toUtf8()
                           + "\n");
    QVERIFY(forged.finish());
    QCOMPARE(forged.process().exitCode(), 5);
    QVERIFY2(forged.err().contains(QStringLiteral("state does not match")), qPrintable(forged.err()));
}

void TstCtlConnect::deniedExitsWithFive()
{
    CtlProcess ctl(m_dir.path(), {QStringLiteral("connect"), QStringLiteral("generic")});
    const QUrl url = ctl.authorizeUrl();
    const auto redirect = consent(url, QStringLiteral("alice@example.com"), QStringLiteral("deny"));
    QVERIFY(redirect);
    const HttpReply page = http("GET", *redirect);
    QCOMPARE(page.status, 400);
    QVERIFY(ctl.finish());
    QCOMPARE(ctl.process().exitCode(), 5);
    QVERIFY(ctl.err().contains(QStringLiteral("Access was not granted")));
}

void TstCtlConnect::ctrlCCancelsTheSignIn()
{
    CtlProcess ctl(m_dir.path(), {QStringLiteral("connect"), QStringLiteral("slack")});
    const QUrl url = ctl.authorizeUrl();
    QVERIFY(!url.isEmpty());
    const auto redirect = consent(url, QStringLiteral("alice@example.com"));
    QVERIFY(redirect);
    ::kill(pid_t(ctl.process().processId()), SIGINT);
    QVERIFY(ctl.finish());
    QCOMPARE(ctl.process().exitCode(), 5);
    QVERIFY2(ctl.err().contains(QStringLiteral("cancelled")), qPrintable(ctl.err()));
    // The agent closed the flow's listener: the late redirect finds nobody.
    QCOMPARE(http("GET", *redirect).status, 0);
}

void TstCtlConnect::apiKeysFromStdin()
{
    const auto stripe = sandbox::demo::stripeKeys().first();
    CtlProcess bad(m_dir.path(), {QStringLiteral("connect"), QStringLiteral("stripe")});
    bad.process().write("sk_test_notAKeyAtAll000000000000\n");
    QVERIFY(bad.finish());
    QCOMPARE(bad.process().exitCode(), 5);
    QVERIFY2(bad.err().contains(QStringLiteral("Stripe refused the key: Invalid API Key provided")), qPrintable(bad.err()));

    CtlProcess good(m_dir.path(), {QStringLiteral("connect"), QStringLiteral("stripe"), QStringLiteral("--label"),
                                   QStringLiteral("Shop")});
    good.process().write(stripe.secretKey.toUtf8() + "\n");
    QVERIFY(good.finish());
    QVERIFY2(good.process().exitCode() == 0, qPrintable(good.err()));
    QVERIFY2(good.out().contains(QStringLiteral("Connected as ") + stripe.accountId), qPrintable(good.out()));
    QVERIFY(!good.out().contains(stripe.secretKey)); // never echoed

    const auto twilio = sandbox::demo::twilioAccounts().first();
    CtlProcess wrong(m_dir.path(), {QStringLiteral("connect"), QStringLiteral("twilio")});
    wrong.process().write(twilio.accountSid.toUtf8() + "\nnot-the-token\n");
    QVERIFY(wrong.finish());
    QCOMPARE(wrong.process().exitCode(), 5);
    QVERIFY2(wrong.err().contains(QStringLiteral("Authenticate (error 20003)")), qPrintable(wrong.err()));
}

void TstCtlConnect::listAndDisconnect()
{
    const QString ctl = binary(QStringLiteral("agent/ctl/switchboardctl"));
    const Run list = run(ctl, {QStringLiteral("connections"), QStringLiteral("--json"), QStringLiteral("--data-dir"), m_dir.path()});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray connections = QJsonDocument::fromJson(list.out.toUtf8()).array();
    qint64 googleId = 0;
    for (const QJsonValue& value : connections) {
        if (value[QStringLiteral("provider")].toString() == QLatin1String("google"))
            googleId = value[QStringLiteral("id")].toInteger();
    }
    QVERIFY(googleId > 0);
    QCOMPARE(control(m_control, "DELETE", QStringLiteral("/_sandbox/requests")).status, 200);
    const Run gone = run(ctl, {QStringLiteral("disconnect"), QString::number(googleId), QStringLiteral("--data-dir"), m_dir.path()});
    QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
    QVERIFY(gone.out.contains(QStringLiteral("revoked")));
    QCOMPARE(countRequests(m_control, QStringLiteral("google"), QStringLiteral("/revoke")), 1);
    const Run again = run(ctl, {QStringLiteral("disconnect"), QString::number(googleId), QStringLiteral("--data-dir"), m_dir.path()});
    QCOMPARE(again.exitCode, 4);
    QVERIFY(again.err.contains(QStringLiteral("There is no connection")));
    const Run usage = run(ctl, {QStringLiteral("connect"), QStringLiteral("--data-dir"), m_dir.path()});
    QCOMPARE(usage.exitCode, 2);
}

void TstCtlConnect::noTokenBytesInDatabaseOrLog()
{
    // Read what the agent stored in the keychain for every connection, then grep the data dir's files for it.
    KeychainSecretStore store(DataDir(m_dir.path()).installId().value(), std::chrono::seconds(10));
    QStringList secrets;
    for (int id = 1; id <= 10; ++id) {
        for (const char* field : {"access_token", "refresh_token", "api_key"}) {
            const SecretKey key{QStringLiteral("connection"), QString::number(id), QString::fromLatin1(field)};
            Result<QString> value = readSecret(store, key);
            // Seen when another test run's gnome-keyring shared the keyring file (see CMakeLists.txt): ask again.
            for (int retry = 0; retry < 3 && value && value->isEmpty(); ++retry)
                value = readSecret(store, key);
            if (value) {
                QVERIFY2(value->size() >= 20, qPrintable(QStringLiteral("connection %1 %2 is only %3 characters")
                                                             .arg(id).arg(QString::fromLatin1(field)).arg(value->size())));
                secrets << *value;
            }
        }
    }
    QVERIFY(secrets.size() >= 5); // OAuth tokens and the Stripe key
    QStringList checked;
    QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString& secret : std::as_const(secrets))
            QVERIFY2(!bytes.contains(secret.toUtf8()),
                     qPrintable(file.fileName() + QStringLiteral(" holds a %1-character secret starting %2")
                                                      .arg(secret.size()).arg(secret.left(6))));
        checked << QFileInfo(file).fileName();
    }
    QVERIFY2(checked.contains(QStringLiteral("switchboard.db")), qPrintable(checked.join(u',')));
    QVERIFY(QFile::exists(logging::logFilePath(m_dir.path())));
}

QTEST_GUILESS_MAIN(TstCtlConnect)
#include "tst_ctl_connect.moc"
