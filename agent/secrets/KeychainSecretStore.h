#pragma once

#include "secrets/SecretStore.h"

#include <QString>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace sb {

class SecretServiceProbe;

// Secrets in the OS keychain through QtKeychain: service "Switchboard", account = SecretKey::path(installId), values
// as text. Never the insecure plaintext fallback. Every call answers within the timeout; a job that finishes after
// its timeout is ignored.
//
// On Linux the Secret Service is probed over D-Bus before each job, because QtKeychain 0.13 (libsecret backend)
// misreports a locked keyring: a read answers EntryNotFound, a write AccessDenied ("Cannot create an item in a locked
// collection") and a delete succeeds without deleting anything; without a session bus its jobs fail oddly or hang.
// Not-found and delete results are re-checked with a second probe, in case the keyring was locked in between.
// Caveat: QtKeychain runs one job at a time, so a job stuck in the keyring delays (and times out) the calls behind it
// until the backend's own D-Bus timeout ends it.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using ProbeCallback = std::function<void(Result<QString>)>;

    static inline const QString ServiceName = QStringLiteral("Switchboard");

    explicit KeychainSecretStore(QString installId, std::chrono::milliseconds timeout = std::chrono::seconds(10),
                                 QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const SecretKey& key, ReadCallback done) override;
    void write(const SecretKey& key, const QString& value, DoneCallback done) override;
    // Removing a secret that does not exist succeeds.
    void remove(const SecretKey& key, DoneCallback done) override;

    [[nodiscard]] QString backendName() const override;

    // For the Settings page: whether the keychain is usable now. The value is a short description of the state;
    // the error is the same one read/write would give (NoService, Locked, Timeout, Failed).
    void probe(ProbeCallback done);

    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    // For tests: skip the probe before jobs (the re-checks after a job stay), to exercise the error mapping.
    void setProbeBeforeJobs(bool enabled) { m_probeBeforeJobs = enabled; }

private:
    class Operation;
    struct JobOutcome;
    struct OperationHandle;
    enum class Kind { Read, Write, Remove };

    void start(Kind kind, const SecretKey& key, const QString& value, std::function<void(Result<QString>)> answer);
    void startJob(Operation* op);
    void onJobFinished(Operation* op, const JobOutcome& outcome);
    // Runs `then` if the keychain is usable, otherwise answers `op` with the probe's error.
    void checkService(Operation* op, std::function<void()> then);
    // After a job: the same check where the platform has one (a Secret Service), else `then` at once.
    void recheckService(Operation* op, std::function<void()> then);

    QString m_installId;
    std::chrono::milliseconds m_timeout;
    SecretServiceProbe* m_probe = nullptr;
    bool m_probeBeforeJobs = true;
};

} // namespace sb
