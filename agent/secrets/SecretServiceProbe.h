#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace sb {

// Asks the freedesktop Secret Service over D-Bus whether the keychain can be used right now. QtKeychain 0.13 cannot
// tell a locked keyring from a missing entry, and without a session bus its jobs fail oddly or never finish, so
// KeychainSecretStore runs this before every job. All D-Bus calls are asynchronous and bounded by the timeout.
class SecretServiceProbe : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Status)>;

    static inline const QString ServiceName = QStringLiteral("org.freedesktop.secrets");

    explicit SecretServiceProbe(std::chrono::milliseconds timeout, QObject* parent = nullptr);

    // Answers exactly once, never synchronously: ok when the service is reachable and its default collection is
    // unlocked; otherwise an error with code NoService, Locked, Timeout or Failed (see secret_errors).
    void run(Callback done);

    // The canonical wordings, shared with KeychainSecretStore.
    [[nodiscard]] static Error noServiceError();
    [[nodiscard]] static Error lockedError();

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace sb
