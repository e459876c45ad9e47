#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace sb {

// Addresses one secret: the keychain key is "<installId>/<kind>/<id>/<field>", e.g.
// "4f1c…/connection/7/refresh_token" or "4f1c…/admin/api/token". The database refers to secrets only by these parts.
struct SecretKey
{
    QString kind;
    QString id;
    QString field;

    [[nodiscard]] QString path(const QString& installId) const
    {
        return QStringLiteral("%1/%2/%3/%4").arg(installId, kind, id, field);
    }
};

// Error codes every implementation uses, so callers and tests can tell them apart:
namespace secret_errors {
inline const QString NotFound = QStringLiteral("secret_not_found");
inline const QString NoService = QStringLiteral("keychain_unavailable");
inline const QString Locked = QStringLiteral("keychain_locked");
inline const QString Denied = QStringLiteral("keychain_denied");
inline const QString Timeout = QStringLiteral("keychain_timeout");
inline const QString Failed = QStringLiteral("keychain_failed");
inline const QString VaultPassphrase = QStringLiteral("vault_wrong_passphrase");
inline const QString VaultCorrupt = QStringLiteral("vault_corrupt");
} // namespace secret_errors

// Asynchronous by contract: every call answers exactly once through its callback, on the caller's thread, within the
// implementation's timeout. Never a plaintext fallback.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Status)>;

    using QObject::QObject;

    virtual void read(const SecretKey& key, ReadCallback done) = 0;
    virtual void write(const SecretKey& key, const QString& value, DoneCallback done) = 0;
    // Removing a secret that does not exist succeeds (both implementations).
    virtual void remove(const SecretKey& key, DoneCallback done) = 0;

    // A short human description for the Settings page ("Secret Service (gnome-keyring)", "Encrypted vault …").
    [[nodiscard]] virtual QString backendName() const = 0;
};

} // namespace sb
