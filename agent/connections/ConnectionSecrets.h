#pragma once

#include "core/Result.h"
#include "secrets/SecretStore.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace sb {

// The keychain items of connections: kind "connection", id = the connection's id, one item per field
// (access_token, refresh_token, api_key, auth_token, api_key_sid, api_key_secret). Sequential, asynchronous.
class ConnectionSecrets
{
public:
    using Fields = QList<QPair<QString, QString>>;

    explicit ConnectionSecrets(SecretStore* store);

    [[nodiscard]] static SecretKey key(qint64 id, const QString& field);
    [[nodiscard]] static QStringList allFields();

    void read(qint64 id, const QString& field, SecretStore::ReadCallback done);
    // Writes the fields in order. On a failure with `rollback`, every field of the connection is removed again, so a
    // new connection leaves nothing behind.
    void write(qint64 id, Fields fields, bool rollback, SecretStore::DoneCallback done);
    void remove(qint64 id, QStringList fields, SecretStore::DoneCallback done);
    void removeAll(qint64 id, SecretStore::DoneCallback done);

private:
    SecretStore* m_store;
};

} // namespace sb
