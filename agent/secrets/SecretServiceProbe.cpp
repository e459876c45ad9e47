#include "secrets/SecretServiceProbe.h"

#include "core/Logging.h"
#include "secrets/SecretStore.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QTimer>

namespace sb {

namespace {

const QString BusService = QStringLiteral("org.freedesktop.DBus");
const QString BusPath = QStringLiteral("/org/freedesktop/DBus");
const QString SecretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString ServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString CollectionInterface = QStringLiteral("org.freedesktop.Secret.Collection");
const QString PropertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");

Error mapDBusError(const QDBusError& error)
{
    const QString name = error.name();
    if (name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
        || name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")
        || name == QLatin1String("org.freedesktop.DBus.Error.Disconnected")
        || name == QLatin1String("org.freedesktop.DBus.Error.NoServer")
        || name.startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn"))) {
        return SecretServiceProbe::noServiceError();
    }
    if (name == QLatin1String("org.freedesktop.DBus.Error.NoReply")
        || name == QLatin1String("org.freedesktop.DBus.Error.Timeout")) {
        return Error{secret_errors::Timeout,
                     QStringLiteral("The keychain service did not answer in time (%1).").arg(error.message())};
    }
    return Error{secret_errors::Failed,
                 QStringLiteral("The keychain service reported an error: %1 (%2).").arg(error.message(), name)};
}

// One probe: a chain of asynchronous D-Bus calls under one deadline. Deleting it drops any late reply.
class ProbeRun : public QObject
{
public:
    ProbeRun(std::chrono::milliseconds timeout, SecretServiceProbe::Callback done, QObject* parent)
        : QObject(parent)
        , m_timeout(timeout)
        , m_done(std::move(done))
        , m_bus(QDBusConnection::sessionBus())
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            finish(fail(secret_errors::Timeout,
                        QStringLiteral("The keychain service did not answer within %1 ms. The D-Bus session bus or "
                                       "the keyring daemon may be stuck.")
                            .arg(m_timeout.count())));
        });
    }

    ~ProbeRun() override
    {
        // The probe's owner went away first: still answer, as promised.
        if (m_done)
            std::exchange(m_done, nullptr)(fail(secret_errors::Failed,
                                                QStringLiteral("The keychain check was cancelled.")));
    }

    void start()
    {
        m_timer.start(m_timeout);
        if (!m_bus.isConnected()) {
            qCInfo(lcSecrets) << "no D-Bus session bus:" << m_bus.lastError().message();
            QMetaObject::invokeMethod(
                this, [this] { finish(std::unexpected(SecretServiceProbe::noServiceError())); },
                Qt::QueuedConnection);
            return;
        }
        call(QDBusMessage::createMethodCall(BusService, BusPath, BusService, QStringLiteral("NameHasOwner"))
                 << SecretServiceProbe::ServiceName,
             [this](const QVariantList& args) {
                 if (!args.isEmpty() && args.first().toBool())
                     readDefaultAlias();
                 else
                     checkActivatable();
             });
    }

private:
    void checkActivatable()
    {
        call(QDBusMessage::createMethodCall(BusService, BusPath, BusService, QStringLiteral("ListActivatableNames")),
             [this](const QVariantList& args) {
                 // The bus starts an activatable service on the first call to it (ReadAlias below).
                 if (!args.isEmpty() && args.first().toStringList().contains(SecretServiceProbe::ServiceName))
                     readDefaultAlias();
                 else
                     finish(std::unexpected(SecretServiceProbe::noServiceError()));
             });
    }

    void readDefaultAlias()
    {
        call(QDBusMessage::createMethodCall(SecretServiceProbe::ServiceName, SecretsPath, ServiceInterface,
                                            QStringLiteral("ReadAlias"))
                 << QStringLiteral("default"),
             [this](const QVariantList& args) {
                 const QString path = args.isEmpty() ? QString() : args.first().value<QDBusObjectPath>().path();
                 if (path.isEmpty() || path == QLatin1String("/")) {
                     finish(fail(secret_errors::NoService,
                                 QStringLiteral("The keychain has no default keyring. Create one (for example with "
                                                "Seahorse), or use the encrypted vault.")));
                     return;
                 }
                 readLocked(path);
             });
    }

    void readLocked(const QString& collectionPath)
    {
        call(QDBusMessage::createMethodCall(SecretServiceProbe::ServiceName, collectionPath, PropertiesInterface,
                                            QStringLiteral("Get"))
                 << CollectionInterface << QStringLiteral("Locked"),
             [this](const QVariantList& args) {
                 const bool locked = args.isEmpty() || args.first().value<QDBusVariant>().variant().toBool();
                 if (locked)
                     finish(std::unexpected(SecretServiceProbe::lockedError()));
                 else
                     finish({});
             });
    }

    template <typename OnReply>
    void call(const QDBusMessage& message, OnReply onReply)
    {
        auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, int(m_timeout.count())), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, onReply = std::move(onReply)] {
            watcher->deleteLater();
            if (!m_done)
                return;
            if (watcher->isError()) {
                qCInfo(lcSecrets) << "Secret Service probe:" << watcher->error().name() << watcher->error().message();
                finish(std::unexpected(mapDBusError(watcher->error())));
                return;
            }
            onReply(watcher->reply().arguments());
        });
    }

    void finish(Status status)
    {
        if (!m_done)
            return;
        m_timer.stop();
        deleteLater();
        std::exchange(m_done, nullptr)(std::move(status));
    }

    std::chrono::milliseconds m_timeout;
    SecretServiceProbe::Callback m_done;
    QDBusConnection m_bus;
    QTimer m_timer;
};

} // namespace

SecretServiceProbe::SecretServiceProbe(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_timeout(timeout)
{
}

void SecretServiceProbe::run(Callback done)
{
    (new ProbeRun(m_timeout, std::move(done), this))->start();
}

Error SecretServiceProbe::noServiceError()
{
    return Error{secret_errors::NoService,
                 QStringLiteral("No keychain service is running (the Secret Service, e.g. gnome-keyring, is not "
                                "available on the D-Bus session bus). Start your keyring, or use the encrypted "
                                "vault.")};
}

Error SecretServiceProbe::lockedError()
{
    return Error{secret_errors::Locked,
                 QStringLiteral("The keychain is locked. Unlock it (log in to your desktop session or open your "
                                "keyring) and try again.")};
}

} // namespace sb
