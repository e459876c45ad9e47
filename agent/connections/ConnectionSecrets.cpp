#include "connections/ConnectionSecrets.h"

namespace sb {

ConnectionSecrets::ConnectionSecrets(SecretStore* store)
    : m_store(store)
{
}

SecretKey ConnectionSecrets::key(qint64 id, const QString& field)
{
    return SecretKey{QStringLiteral("connection"), QString::number(id), field};
}

QStringList ConnectionSecrets::allFields()
{
    return {QStringLiteral("access_token"), QStringLiteral("refresh_token"), QStringLiteral("api_key"),
            QStringLiteral("auth_token"),   QStringLiteral("api_key_sid"),   QStringLiteral("api_key_secret")};
}

void ConnectionSecrets::read(qint64 id, const QString& field, SecretStore::ReadCallback done)
{
    m_store->read(key(id, field), std::move(done));
}

void ConnectionSecrets::write(qint64 id, Fields fields, bool rollback, SecretStore::DoneCallback done)
{
    if (fields.isEmpty())
        return done({});
    const QPair<QString, QString> first = fields.takeFirst();
    m_store->write(key(id, first.first), first.second,
                   [this, id, fields, rollback, done = std::move(done)](Status written) mutable {
                       if (!written) {
                           if (!rollback)
                               return done(written);
                           return removeAll(id, [written, done](Status) { done(written); });
                       }
                       write(id, std::move(fields), rollback, std::move(done));
                   });
}

void ConnectionSecrets::remove(qint64 id, QStringList fields, SecretStore::DoneCallback done)
{
    if (fields.isEmpty())
        return done({});
    const QString field = fields.takeFirst();
    m_store->remove(key(id, field), [this, id, fields, done = std::move(done)](Status removed) mutable {
        if (!removed)
            return done(removed);
        remove(id, std::move(fields), std::move(done));
    });
}

void ConnectionSecrets::removeAll(qint64 id, SecretStore::DoneCallback done)
{
    remove(id, allFields(), std::move(done));
}

} // namespace sb
