#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretServiceProbe.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <array>
#include <numeric>

// Runs against the real gnome-keyring on the D-Bus session bus (see tests/secrets/CMakeLists.txt). The "no service"
// and "hung service" cases run in a child process of this binary with another D-Bus address, because Qt connects to
// the session bus once per process.

using namespace sb;
using namespace std::chrono_literals;

namespace {

const QString SecretsService = QStringLiteral("org.freedesktop.secrets");
const QString SecretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString ServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
constexpr char ChildEnv[] = "SB_SECRETS_TEST_CHILD";

// The Secret Service's secret struct (oayays), for gnome-keyring's UnlockWithMasterPassword.
struct DBusSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument& operator<<(QDBusArgument& argument, const DBusSecret& secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, DBusSecret& secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

template <typename T>
struct Answer
{
    std::optional<T> value;
    int calls = 0;
    auto callback()
    {
        return [this](T result) {
            ++calls;
            value = std::move(result);
        };
    }
    bool wait(int ms = 15000) { return QTest::qWaitFor([this] { return value.has_value(); }, ms); }
};

QString errorCode(const Result<QString>& result)
{
    return result ? QStringLiteral("<ok: value>") : result.error().code;
}

QString errorCode(const Status& status)
{
    return status ? QStringLiteral("<ok>") : status.error().code;
}

} // namespace

Q_DECLARE_METATYPE(DBusSecret)

// Holds every ReadAlias call without replying: a Secret Service that hangs.
class HangingSecretService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Secret.Service")
public:
    using QObject::QObject;

public slots:
    QDBusObjectPath ReadAlias(const QString& name, const QDBusMessage& message)
    {
        Q_UNUSED(name)
        message.setDelayedReply(true);
        m_held.append(message);
        return {};
    }

private:
    QList<QDBusMessage> m_held;
};

// Says the keychain is there and unlocked, then never answers what QtKeychain (libsecret) asks: a stuck keyring job.
class StalledSecretService : public QDBusVirtualObject
{
public:
    QString introspect(const QString&) const override { return {}; }

    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        if (message.member() == QLatin1String("ReadAlias")) {
            connection.send(message.createReply(
                QVariant::fromValue(QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login")))));
        } else if (message.member() == QLatin1String("Get")
                   && message.arguments().value(1).toString() == QLatin1String("Locked")) {
            connection.send(message.createReply(QVariant::fromValue(QDBusVariant(false))));
        } else {
            m_held.append(message);
        }
        return true;
    }

private:
    QList<QDBusMessage> m_held;
};

class TstKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void probeReportsUsableKeychain();
    void roundTrip();
    void storedUnderServiceAndPath();
    void readMissingIsNotFound();
    void removeMissingSucceeds();
    void everyCallAnsweredOnceAndLater();
    void lockedKeyringIsLockedNotNotFound();

    void inChild_data();
    void inChild();

private:
    [[nodiscard]] SecretKey uniqueKey(const QString& field) const;
    Result<QString> readNow(KeychainSecretStore& store, const SecretKey& key);
    Status writeNow(KeychainSecretStore& store, const SecretKey& key, const QString& value);
    Status removeNow(KeychainSecretStore& store, const SecretKey& key);

    [[nodiscard]] QString defaultCollection() const;
    [[nodiscard]] bool isLocked() const;
    bool lockDefaultCollection();
    bool unlockDefaultCollection();

    void runChildScenario(const QString& scenario);

    QString m_installId;
    QList<SecretKey> m_written;
    int m_counter = 0;
};

// ---- helpers ---------------------------------------------------------------------------------------------------

SecretKey TstKeychainSecretStore::uniqueKey(const QString& field) const
{
    return SecretKey{QStringLiteral("connection"), QString::number(m_counter), field};
}

Result<QString> TstKeychainSecretStore::readNow(KeychainSecretStore& store, const SecretKey& key)
{
    Answer<Result<QString>> answer;
    store.read(key, answer.callback());
    if (answer.calls != 0 || !answer.wait() || answer.calls != 1)
        return fail(QStringLiteral("test"), QStringLiteral("no single asynchronous answer"));
    return *answer.value;
}

Status TstKeychainSecretStore::writeNow(KeychainSecretStore& store, const SecretKey& key, const QString& value)
{
    m_written.append(key);
    Answer<Status> answer;
    store.write(key, value, answer.callback());
    if (answer.calls != 0 || !answer.wait() || answer.calls != 1)
        return fail(QStringLiteral("test"), QStringLiteral("no single asynchronous answer"));
    return *answer.value;
}

Status TstKeychainSecretStore::removeNow(KeychainSecretStore& store, const SecretKey& key)
{
    Answer<Status> answer;
    store.remove(key, answer.callback());
    if (answer.calls != 0 || !answer.wait() || answer.calls != 1)
        return fail(QStringLiteral("test"), QStringLiteral("no single asynchronous answer"));
    return *answer.value;
}

QString TstKeychainSecretStore::defaultCollection() const
{
    const QDBusMessage reply = QDBusConnection::sessionBus().call(
        QDBusMessage::createMethodCall(SecretsService, SecretsPath, ServiceInterface, QStringLiteral("ReadAlias"))
        << QStringLiteral("default"));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().first().value<QDBusObjectPath>().path();
}

bool TstKeychainSecretStore::isLocked() const
{
    const QDBusMessage reply = QDBusConnection::sessionBus().call(
        QDBusMessage::createMethodCall(SecretsService, defaultCollection(),
                                       QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"))
        << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked"));
    return reply.type() != QDBusMessage::ReplyMessage
        || reply.arguments().value(0).value<QDBusVariant>().variant().toBool();
}

// Secret Service Lock([collection]): gnome-keyring locks without a prompt (it answers prompt "/").
bool TstKeychainSecretStore::lockDefaultCollection()
{
    const QDBusMessage reply = QDBusConnection::sessionBus().call(
        QDBusMessage::createMethodCall(SecretsService, SecretsPath, ServiceInterface, QStringLiteral("Lock"))
        << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(defaultCollection())}));
    if (reply.type() != QDBusMessage::ReplyMessage) {
        qWarning() << "Lock failed:" << reply.errorMessage();
        return false;
    }
    return reply.arguments().value(1).value<QDBusObjectPath>().path() == QLatin1String("/") && isLocked();
}

// The standard Unlock needs a UI prompt, which a headless test cannot answer. gnome-keyring's own
// UnlockWithMasterPassword takes the keyring password directly (plain session; the test bus is private).
bool TstKeychainSecretStore::unlockDefaultCollection()
{
    if (!isLocked())
        return true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QDBusMessage session = bus.call(
        QDBusMessage::createMethodCall(SecretsService, SecretsPath, ServiceInterface, QStringLiteral("OpenSession"))
        << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString())));
    if (session.type() != QDBusMessage::ReplyMessage) {
        qWarning() << "OpenSession failed:" << session.errorMessage();
        return false;
    }
    const QString password = qEnvironmentVariable("SB_TEST_KEYRING_PASSWORD", QStringLiteral("pw"));
    const DBusSecret secret{session.arguments().value(1).value<QDBusObjectPath>(), {}, password.toUtf8(),
                            QStringLiteral("text/plain")};
    const QDBusMessage unlocked = bus.call(
        QDBusMessage::createMethodCall(SecretsService, SecretsPath,
                                       QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                                       QStringLiteral("UnlockWithMasterPassword"))
        << QVariant::fromValue(QDBusObjectPath(defaultCollection())) << QVariant::fromValue(secret));
    if (unlocked.type() != QDBusMessage::ReplyMessage)
        qWarning() << "UnlockWithMasterPassword failed:" << unlocked.errorMessage();
    return !isLocked();
}

// ---- tests -----------------------------------------------------------------------------------------------------

void TstKeychainSecretStore::initTestCase()
{
    qDBusRegisterMetaType<DBusSecret>();
    if (qEnvironmentVariableIsSet(ChildEnv))
        return; // child mode: only inChild runs, on another bus
    m_installId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "needs a D-Bus session bus: run under dbus-run-session with gnome-keyring (see CMakeLists.txt)");
    QVERIFY2(QDBusConnection::sessionBus().interface()->isServiceRegistered(SecretsService),
             "needs gnome-keyring-daemon --unlock --components=secrets on the session bus");
    QVERIFY2(!defaultCollection().isEmpty() && defaultCollection() != QLatin1String("/"),
             "the keyring has no default collection");
    QVERIFY2(unlockDefaultCollection(), "the default keyring is locked and could not be unlocked");
}

void TstKeychainSecretStore::cleanup()
{
    ++m_counter;
    if (qEnvironmentVariableIsSet(ChildEnv))
        return;
    QVERIFY(unlockDefaultCollection()); // a failed locked test must not break the next ones
}

void TstKeychainSecretStore::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet(ChildEnv))
        return;
    QVERIFY(unlockDefaultCollection());
    KeychainSecretStore store(m_installId);
    for (const SecretKey& key : std::as_const(m_written))
        QVERIFY(removeNow(store, key).has_value());
    for (const SecretKey& key : std::as_const(m_written))
        QCOMPARE(errorCode(readNow(store, key)), secret_errors::NotFound);
}

void TstKeychainSecretStore::probeReportsUsableKeychain()
{
    KeychainSecretStore store(m_installId);
    QCOMPARE(store.backendName(), QStringLiteral("Secret Service (org.freedesktop.secrets)"));
    Answer<Result<QString>> answer;
    store.probe(answer.callback());
    QVERIFY(answer.wait());
    QVERIFY2(answer.value->has_value(), qPrintable(answer.value->error().message));
    QVERIFY(!answer.value->value().isEmpty());
}

void TstKeychainSecretStore::roundTrip()
{
    KeychainSecretStore store(m_installId);
    const SecretKey key = uniqueKey(QStringLiteral("refresh_token"));
    const QString value = QStringLiteral("1//rt-%1 ünïcødé ✓").arg(QUuid::createUuid().toString());
    QCOMPARE(errorCode(writeNow(store, key, value)), QStringLiteral("<ok>"));
    QCOMPARE(readNow(store, key).value_or(QString()), value);

    QCOMPARE(errorCode(writeNow(store, key, QStringLiteral("second"))), QStringLiteral("<ok>")); // overwrite
    KeychainSecretStore other(m_installId); // a fresh store sees the same entry
    QCOMPARE(readNow(other, key).value_or(QString()), QStringLiteral("second"));

    QCOMPARE(errorCode(removeNow(store, key)), QStringLiteral("<ok>"));
    const auto gone = readNow(store, key);
    QCOMPARE(errorCode(gone), secret_errors::NotFound);
    QVERIFY(!gone.error().message.isEmpty());
    QVERIFY(!gone.error().message.contains(QStringLiteral("second")));
}

// Other tools see the entry under service "Switchboard" and the documented key path.
void TstKeychainSecretStore::storedUnderServiceAndPath()
{
    KeychainSecretStore store(m_installId);
    const SecretKey key = uniqueKey(QStringLiteral("client_secret"));
    QCOMPARE(errorCode(writeNow(store, key, QStringLiteral("visible-to-secret-tool"))), QStringLiteral("<ok>"));
    const QString path = key.path(m_installId);
    QVERIFY(path.startsWith(m_installId + QStringLiteral("/connection/")));

    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), KeychainSecretStore::ServiceName,
                  QStringLiteral("user"), path});
    QVERIFY(lookup.waitForFinished(15000));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(lookup.readAllStandardOutput().trimmed(), QByteArray("visible-to-secret-tool"));

    // A different install id does not see it.
    KeychainSecretStore otherInstall(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(errorCode(readNow(otherInstall, key)), secret_errors::NotFound);
}

void TstKeychainSecretStore::readMissingIsNotFound()
{
    KeychainSecretStore store(m_installId);
    const auto result = readNow(store, uniqueKey(QStringLiteral("never_written")));
    QCOMPARE(errorCode(result), secret_errors::NotFound);
}

void TstKeychainSecretStore::removeMissingSucceeds()
{
    KeychainSecretStore store(m_installId);
    QCOMPARE(errorCode(removeNow(store, uniqueKey(QStringLiteral("never_written")))), QStringLiteral("<ok>"));
}

void TstKeychainSecretStore::everyCallAnsweredOnceAndLater()
{
    KeychainSecretStore store(m_installId);
    constexpr int Count = 5;
    std::array<int, Count> reads{};
    std::array<int, Count> writes{};
    for (int i = 0; i < Count; ++i) {
        const SecretKey key = uniqueKey(QStringLiteral("field%1").arg(i));
        m_written.append(key);
        store.write(key, QStringLiteral("v%1").arg(i), [&writes, i](Status status) {
            QVERIFY(status.has_value());
            ++writes[i];
        });
        store.read(key, [&reads, i](Result<QString> result) {
            // Jobs run in order, so each read sees its write.
            QCOMPARE(result.value_or(QString()), QStringLiteral("v%1").arg(i));
            ++reads[i];
        });
    }
    QCOMPARE(std::accumulate(reads.begin(), reads.end(), 0) + std::accumulate(writes.begin(), writes.end(), 0), 0);
    QTRY_VERIFY_WITH_TIMEOUT(std::ranges::all_of(reads, [](int n) { return n >= 1; }), 20000);
    QVERIFY(std::ranges::all_of(reads, [](int n) { return n == 1; }));
    QVERIFY(std::ranges::all_of(writes, [](int n) { return n == 1; }));

    // Deleting the store with a call in flight still answers that call, once.
    int pending = 0;
    {
        KeychainSecretStore shortLived(m_installId);
        shortLived.read(uniqueKey(QStringLiteral("field0")), [&pending](Result<QString>) { ++pending; });
    }
    QCOMPARE(pending, 1);
}

void TstKeychainSecretStore::lockedKeyringIsLockedNotNotFound()
{
    KeychainSecretStore store(m_installId);
    const SecretKey existing = uniqueKey(QStringLiteral("access_token"));
    const SecretKey missing = uniqueKey(QStringLiteral("never_written"));
    QCOMPARE(errorCode(writeNow(store, existing, QStringLiteral("still here"))), QStringLiteral("<ok>"));

    QVERIFY(lockDefaultCollection());

    const auto readExisting = readNow(store, existing);
    QCOMPARE(errorCode(readExisting), secret_errors::Locked);
    QVERIFY(readExisting.error().message.contains(QStringLiteral("locked")));
    QCOMPARE(errorCode(readNow(store, missing)), secret_errors::Locked);
    QCOMPARE(errorCode(writeNow(store, missing, QStringLiteral("x"))), secret_errors::Locked);
    QCOMPARE(errorCode(removeNow(store, existing)), secret_errors::Locked);
    Answer<Result<QString>> probe;
    store.probe(probe.callback());
    QVERIFY(probe.wait());
    QCOMPARE(errorCode(*probe.value), secret_errors::Locked);

    // Without the probe before the job, QtKeychain itself answers (EntryNotFound for the read, AccessDenied for the
    // write, success for the delete); the store's re-checks and mapping must still say Locked.
    KeychainSecretStore unprobed(m_installId);
    unprobed.setProbeBeforeJobs(false);
    QCOMPARE(errorCode(readNow(unprobed, existing)), secret_errors::Locked);
    QCOMPARE(errorCode(writeNow(unprobed, missing, QStringLiteral("x"))), secret_errors::Locked);
    QCOMPARE(errorCode(removeNow(unprobed, existing)), secret_errors::Locked);

    QVERIFY(unlockDefaultCollection());
    QCOMPARE(readNow(store, existing).value_or(QString()), QStringLiteral("still here")); // nothing was lost
    QCOMPARE(errorCode(readNow(store, missing)), secret_errors::NotFound); // the write above did not happen
}

// Each row re-runs this test function in a child process with another session bus; in the child it runs the
// scenario itself.
void TstKeychainSecretStore::inChild_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("no session bus") << QStringLiteral("no-bus");
    QTest::newRow("no bus address at all") << QStringLiteral("no-address");
    QTest::newRow("bus without secret service") << QStringLiteral("empty-bus");
    QTest::newRow("hung secret service") << QStringLiteral("hung-service");
    QTest::newRow("stuck keychain job") << QStringLiteral("stuck-job");
}

void TstKeychainSecretStore::inChild()
{
    QFETCH(QString, scenario);
    if (qEnvironmentVariableIsSet(ChildEnv)) {
        runChildScenario(scenario);
        return;
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildEnv), QStringLiteral("1"));

    // A private bus with no services to activate, for the last two scenarios.
    QProcess bus;
    if (scenario == QLatin1String("no-bus")) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    } else if (scenario == QLatin1String("no-address")) {
        // Nothing to find a bus by: no address, no per-user bus socket, no X11 autolaunch.
        for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
    } else {
        QFile config(dir.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                                    "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                    "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                                    "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                                    "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                         .arg(dir.path())
                         .toUtf8());
        config.close();
        bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + config.fileName(),
                                                  QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY2(bus.waitForStarted(), "dbus-daemon not found");
        QTRY_VERIFY_WITH_TIMEOUT(bus.canReadLine(), 10000);
        const QString address = QString::fromUtf8(bus.readLine().trimmed());
        QVERIFY(!address.isEmpty());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    }

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("inChild:") + QString::fromUtf8(QTest::currentDataTag())});
    QVERIFY(child.waitForStarted());
    // The child's store times out after 2 s; anything near 60 s is the hang this test is about.
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TstKeychainSecretStore::inChild"), output.constData());

    if (bus.state() != QProcess::NotRunning) {
        bus.terminate();
        QVERIFY(bus.waitForFinished(10000));
    }
}

void TstKeychainSecretStore::runChildScenario(const QString& scenario)
{
    constexpr auto Timeout = 2000ms;
    std::unique_ptr<HangingSecretService> hanging;
    if (scenario == QLatin1String("hung-service")) {
        // A second connection owns the Secret Service name and never answers.
        QDBusConnection owner = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("owner"));
        QVERIFY(owner.isConnected());
        hanging = std::make_unique<HangingSecretService>();
        QVERIFY(owner.registerObject(SecretsPath, hanging.get(), QDBusConnection::ExportAllSlots));
        QVERIFY(owner.registerService(SecretsService));
    }
    std::unique_ptr<StalledSecretService> stalled;
    if (scenario == QLatin1String("stuck-job")) {
        QDBusConnection owner = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("owner"));
        QVERIFY(owner.isConnected());
        stalled = std::make_unique<StalledSecretService>();
        QVERIFY(owner.registerVirtualObject(SecretsPath, stalled.get(), QDBusConnection::SubPath));
        QVERIFY(owner.registerService(SecretsService));
    }

    KeychainSecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces), Timeout);
    const bool hangs = scenario == QLatin1String("hung-service") || scenario == QLatin1String("stuck-job");
    const QString expected = hangs ? secret_errors::Timeout : secret_errors::NoService;
    const SecretKey key{QStringLiteral("admin"), QStringLiteral("api"), QStringLiteral("token")};

    QElapsedTimer elapsed;
    elapsed.start();
    const auto read = readNow(store, key);
    QCOMPARE(errorCode(read), expected);
    QVERIFY(!read.error().message.isEmpty());
    QCOMPARE(errorCode(writeNow(store, key, QStringLiteral("never stored"))), expected);
    QCOMPARE(errorCode(removeNow(store, key)), expected);
    Answer<Result<QString>> probe;
    store.probe(probe.callback());
    QVERIFY(probe.wait());
    // A stuck job is invisible to the probe, which only asks the service whether it is there and unlocked.
    const bool probeSeesNoProblem = scenario == QLatin1String("stuck-job");
    QCOMPARE(errorCode(*probe.value), probeSeesNoProblem ? QStringLiteral("<ok: value>") : expected);
    if (expected == secret_errors::NoService) {
        QCOMPARE(read.error().message, SecretServiceProbe::noServiceError().message);
        // Reported by the probe, not by the timer.
        QVERIFY2(elapsed.elapsed() < 4 * Timeout.count() / 2, qPrintable(QString::number(elapsed.elapsed())));
    } else {
        // Three calls, each answered by its own deadline (the probe call adds one more for a hung service).
        // Coarse timers may fire up to 5% early.
        QVERIFY2(elapsed.elapsed() >= 3 * Timeout.count() * 9 / 10, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(read.error().message.contains(QStringLiteral("did not answer")));
        QVERIFY2(elapsed.elapsed() < 4 * Timeout.count() + 4000, qPrintable(QString::number(elapsed.elapsed())));
    }
}

QTEST_GUILESS_MAIN(TstKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
