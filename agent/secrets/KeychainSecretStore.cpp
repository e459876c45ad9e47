#include "secrets/KeychainSecretStore.h"

#include "core/Logging.h"
#include "secrets/SecretServiceProbe.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <utility>

namespace sb {

namespace {

// Linux and the BSDs reach the keychain through the freedesktop Secret Service, which we can probe over D-Bus.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
constexpr bool UsesSecretService = true;
#else
constexpr bool UsesSecretService = false;
#endif

QString describeTimeout(std::chrono::milliseconds timeout)
{
    return timeout < std::chrono::seconds(1) ? QStringLiteral("%1 ms").arg(timeout.count())
                                             : QStringLiteral("%1 s").arg(double(timeout.count()) / 1000.0);
}

QString describeKey(const SecretKey& key)
{
    return QStringLiteral("%1/%2/%3").arg(key.kind, key.id, key.field);
}

} // namespace

// One call in flight: its callback, its deadline and what the job needs. Answers exactly once; once answered (or
// destroyed) every late probe or job result aimed at it is dropped, because it is the context of those connections.
class KeychainSecretStore::Operation : public QObject
{
public:
    Operation(Kind kind, SecretKey key, QString account, QString value, std::function<void(Result<QString>)> answer,
              QObject* parent)
        : QObject(parent)
        , kind(kind)
        , key(std::move(key))
        , account(std::move(account))
        , value(std::move(value))
        , m_answer(std::move(answer))
    {
        timer.setSingleShot(true);
    }

    ~Operation() override
    {
        if (m_answer)
            std::exchange(m_answer, nullptr)(fail(secret_errors::Failed,
                                                  QStringLiteral("The secret store was closed before the keychain "
                                                                 "answered.")));
    }

    [[nodiscard]] bool answered() const { return !m_answer; }

    void finish(Result<QString> result)
    {
        if (!m_answer)
            return;
        timer.stop();
        value.clear();
        deleteLater();
        std::exchange(m_answer, nullptr)(std::move(result));
    }

    const Kind kind;
    const SecretKey key;
    const QString account;
    QString value;
    QTimer timer;

private:
    std::function<void(Result<QString>)> m_answer;
};

KeychainSecretStore::KeychainSecretStore(QString installId, std::chrono::milliseconds timeout, QObject* parent)
    : SecretStore(parent)
    , m_installId(std::move(installId))
    , m_timeout(timeout)
    , m_probe(new SecretServiceProbe(timeout, this))
{
}

// Pending operations are children: deleting them answers their callbacks with Failed.
KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const SecretKey& key, ReadCallback done)
{
    start(Kind::Read, key, {}, std::move(done));
}

void KeychainSecretStore::write(const SecretKey& key, const QString& value, DoneCallback done)
{
    start(Kind::Write, key, value, [done = std::move(done)](Result<QString> result) {
        done(result ? Status{} : Status(std::unexpected(result.error())));
    });
}

void KeychainSecretStore::remove(const SecretKey& key, DoneCallback done)
{
    start(Kind::Remove, key, {}, [done = std::move(done)](Result<QString> result) {
        done(result ? Status{} : Status(std::unexpected(result.error())));
    });
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_DARWIN)
    return QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#else
    return QStringLiteral("Secret Service (org.freedesktop.secrets)");
#endif
}

void KeychainSecretStore::probe(ProbeCallback done)
{
    if constexpr (!UsesSecretService) {
        QMetaObject::invokeMethod(
            this, [this, done = std::move(done)] { done(QStringLiteral("%1 is used.").arg(backendName())); },
            Qt::QueuedConnection);
        return;
    }
    m_probe->run([done = std::move(done)](Status status) {
        if (status)
            done(QStringLiteral("The Secret Service is running and the default keyring is unlocked."));
        else
            done(std::unexpected(status.error()));
    });
}

void KeychainSecretStore::start(Kind kind, const SecretKey& key, const QString& value,
                                std::function<void(Result<QString>)> answer)
{
    auto* op = new Operation(kind, key, key.path(m_installId), value, std::move(answer), this);
    connect(&op->timer, &QTimer::timeout, op, [this, op] {
        qCWarning(lcSecrets) << "keychain call timed out for" << op->account;
        op->finish(fail(secret_errors::Timeout,
                        QStringLiteral("The keychain did not answer within %1. It may be waiting for an unlock "
                                       "prompt, or the keyring service is stuck. Try again.")
                            .arg(describeTimeout(m_timeout))));
    });
    op->timer.start(m_timeout);

    if (UsesSecretService && m_probeBeforeJobs)
        checkService(op, [this, op] { startJob(op); });
    else
        startJob(op);
}

void KeychainSecretStore::checkService(Operation* op, std::function<void()> then)
{
    m_probe->run([op = QPointer<Operation>(op), then = std::move(then)](Status status) {
        if (!op || op->answered())
            return;
        if (!status) {
            op->finish(std::unexpected(status.error()));
            return;
        }
        then();
    });
}

void KeychainSecretStore::recheckService(Operation* op, std::function<void()> then)
{
    if constexpr (UsesSecretService)
        checkService(op, std::move(then));
    else
        then();
}

void KeychainSecretStore::startJob(Operation* op)
{
    // Jobs have no parent: a job that never finishes must not be deleted under QtKeychain's pending backend
    // callback. autoDelete frees the others once they finish.
    QKeychain::Job* job = nullptr;
    switch (op->kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(ServiceName);
        break;
    case Kind::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(ServiceName);
        writeJob->setTextData(op->value);
        op->value.clear();
        job = writeJob;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(ServiceName);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never store secrets in a plaintext settings file
    job->setKey(op->account);
    connect(job, &QKeychain::Job::finished, op, [this, op](QKeychain::Job* finished) { onJobFinished(op, finished); });
    job->start();
}

void KeychainSecretStore::onJobFinished(Operation* op, QKeychain::Job* job)
{
    if (op->answered())
        return;
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        if (op->kind == Kind::Read)
            op->finish(static_cast<QKeychain::ReadPasswordJob*>(job)->textData());
        else if (op->kind == Kind::Remove)
            // QtKeychain reports success for a delete in a locked keyring although nothing was deleted.
            recheckService(op, [op] { op->finish(QString()); });
        else
            op->finish(QString());
        return;
    }

    const QString text = job->errorString();
    if (error == QKeychain::EntryNotFound)
        qCDebug(lcSecrets) << "keychain says entry not found for" << op->account << "- re-checking the keyring";
    else
        qCInfo(lcSecrets) << "keychain job failed for" << op->account << "error" << int(error) << text;
    // QtKeychain reports a write to a locked keyring as AccessDenied; only the text tells.
    if (text.contains(QLatin1String("Cannot create an item in a locked collection"), Qt::CaseInsensitive)) {
        op->finish(std::unexpected(SecretServiceProbe::lockedError()));
        return;
    }
    switch (error) {
    case QKeychain::EntryNotFound:
        // QtKeychain also says this when the keyring was locked after our probe: only trust it if still unlocked.
        recheckService(op, [op] {
            if (op->kind == Kind::Remove)
                op->finish(QString());
            else
                op->finish(fail(secret_errors::NotFound, QStringLiteral("No secret is stored in the keychain for %1.")
                                                             .arg(describeKey(op->key))));
        });
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        op->finish(fail(secret_errors::Denied, QStringLiteral("Access to the keychain was denied (%1).").arg(text)));
        return;
    case QKeychain::NoBackendAvailable:
        op->finish(std::unexpected(SecretServiceProbe::noServiceError()));
        return;
    default:
        break;
    }
    op->finish(fail(secret_errors::Failed, QStringLiteral("The keychain reported an error: %1").arg(text)));
}

} // namespace sb
