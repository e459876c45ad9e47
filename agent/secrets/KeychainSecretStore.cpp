#include "secrets/KeychainSecretStore.h"

#include "core/Logging.h"
#include "secrets/SecretServiceProbe.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <mutex>
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

// QtKeychain 0.13 queues every job of the process on one executor object that belongs to the thread which created
// the first job ever. Jobs started from any other thread (a second agent in the same process, or a first agent's
// thread that has ended) are then left unanswered or crash it. So every job of the process is created, run and
// finished on this one long-lived thread, and only its outcome travels back to the caller's thread.
class KeychainJobThread
{
public:
    static QObject* context()
    {
        static std::once_flag once;
        std::call_once(once, [] {
            s_instance = new KeychainJobThread;
            // Ends the thread while Qt is still whole (QCoreApplication's destructor runs post routines); a
            // function-static would be torn down after it and crash in the event dispatcher's clean-up.
            qAddPostRoutine([] { delete std::exchange(s_instance, nullptr); });
        });
        return &s_instance->m_context;
    }

    ~KeychainJobThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

private:
    KeychainJobThread()
    {
        m_thread.setObjectName(QStringLiteral("sb-keychain"));
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }

    static inline KeychainJobThread* s_instance = nullptr;
    QThread m_thread;
    QObject m_context;
};

} // namespace

// What a finished QtKeychain job said, copied out of the job on the keychain thread.
struct KeychainSecretStore::JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString textData;
};

// Lets the keychain thread reach an Operation that may be deleted in its own thread meanwhile.
struct KeychainSecretStore::OperationHandle
{
    QMutex mutex;
    Operation* operation = nullptr;
};

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
        handle->operation = this;
    }

    ~Operation() override
    {
        {
            QMutexLocker locker(&handle->mutex);
            handle->operation = nullptr;
        }
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
    const std::shared_ptr<OperationHandle> handle = std::make_shared<OperationHandle>();

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
    const Kind kind = op->kind;
    const QString account = op->account;
    QString value = std::exchange(op->value, QString());
    std::shared_ptr<OperationHandle> handle = op->handle;
    QMetaObject::invokeMethod(KeychainJobThread::context(), [kind, account, value, handle]() mutable {
        // Jobs have no parent: a job that never finishes must not be deleted under QtKeychain's pending backend
        // callback. autoDelete frees the others once they finish.
        QKeychain::Job* job = nullptr;
        switch (kind) {
        case Kind::Read:
            job = new QKeychain::ReadPasswordJob(ServiceName);
            break;
        case Kind::Write: {
            auto* writeJob = new QKeychain::WritePasswordJob(ServiceName);
            writeJob->setTextData(value);
            value.clear();
            job = writeJob;
            break;
        }
        case Kind::Remove:
            job = new QKeychain::DeletePasswordJob(ServiceName);
            break;
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never store secrets in a plaintext settings file
        job->setKey(account);
        QObject::connect(job, &QKeychain::Job::finished, KeychainJobThread::context(), [kind, handle](QKeychain::Job* done) {
            JobOutcome outcome{done->error(), done->errorString(),
                               kind == Kind::Read ? static_cast<QKeychain::ReadPasswordJob*>(done)->textData()
                                                  : QString()};
            QMutexLocker locker(&handle->mutex);
            if (Operation* target = handle->operation) {
                // The operation cannot be destroyed while we hold the handle; a posted call to an object deleted
                // before delivery is discarded by Qt.
                QMetaObject::invokeMethod(
                    target,
                    [target, outcome = std::move(outcome)] {
                        auto* store = qobject_cast<KeychainSecretStore*>(target->parent());
                        if (store)
                            store->onJobFinished(target, outcome);
                    },
                    Qt::QueuedConnection);
            }
        });
        job->start();
    });
}

void KeychainSecretStore::onJobFinished(Operation* op, const JobOutcome& outcome)
{
    if (op->answered())
        return;
    const QKeychain::Error error = outcome.error;
    if (error == QKeychain::NoError) {
        if (op->kind == Kind::Read)
            op->finish(outcome.textData);
        else if (op->kind == Kind::Remove)
            // QtKeychain reports success for a delete in a locked keyring although nothing was deleted.
            recheckService(op, [op] { op->finish(QString()); });
        else
            op->finish(QString());
        return;
    }

    const QString text = outcome.errorString;
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
