#pragma once

#include "connections/CredentialSource.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

class Database;

// One row of the connections table: metadata only (the secrets are in the keychain under kind "connection", id).
struct ConnectionRow
{
    qint64 id = 0;
    QString provider;
    QString account;
    QString label;
    QStringList scopes;
    QString state = QStringLiteral("connected");
    QString stateReason;
    QDateTime expiresAt;
    bool isDefault = false;
    QDateTime createdAt; // "connected since"
    QDateTime updatedAt;

    [[nodiscard]] ConnectionRef ref() const;
};

namespace connection_states {
inline const QString Connecting = QStringLiteral("connecting"); // row written, keychain items not yet
inline const QString Connected = QStringLiteral("connected");
inline const QString NeedsReconnect = QStringLiteral("needs_reconnect");
inline const QString Error = QStringLiteral("error");
} // namespace connection_states

// The connections table and the provider settings (settings table, "oauth.<provider>.<name>"), on the agent
// thread's writer connection. Small synchronous statements: the table holds a handful of rows.
class ConnectionRepository
{
public:
    explicit ConnectionRepository(Database* database);

    [[nodiscard]] Result<QList<ConnectionRow>> list(const QString& provider = {});
    [[nodiscard]] Result<std::optional<ConnectionRow>> find(qint64 id);
    [[nodiscard]] Result<std::optional<ConnectionRow>> findByAccount(const QString& provider, const QString& account);
    // The provider's default account, else its oldest one.
    [[nodiscard]] Result<std::optional<ConnectionRow>> defaultFor(const QString& provider);

    // Inserts `row` (the first account of a provider becomes its default) and returns its id.
    [[nodiscard]] Result<qint64> insert(ConnectionRow row);
    [[nodiscard]] Status markReconnected(qint64 id, const QStringList& scopes, const QDateTime& expiresAt,
                                         const QString& label);
    [[nodiscard]] Status setState(qint64 id, const QString& state, const QString& reason);
    [[nodiscard]] Status setExpiry(qint64 id, const QDateTime& expiresAt);
    [[nodiscard]] Status setLabel(qint64 id, const QString& label);
    [[nodiscard]] Status setDefault(qint64 id);
    // Removes the row; if it was the default, the provider's oldest remaining account becomes the default.
    [[nodiscard]] Status remove(qint64 id);

    [[nodiscard]] Result<QString> setting(const QString& key);
    [[nodiscard]] Status setSetting(const QString& key, const QString& value);
    [[nodiscard]] Status removeSetting(const QString& key);

private:
    [[nodiscard]] Result<QList<ConnectionRow>> select(const QString& where, const QVariantList& values);

    Database* m_database;
};

} // namespace sb
