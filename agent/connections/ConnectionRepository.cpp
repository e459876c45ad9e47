#include "connections/ConnectionRepository.h"

#include "store/Database.h"
#include "store/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace sb {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString kColumns = QStringLiteral("id, provider, account, label, scopes, state, state_reason, access_expires_at, "
                                        "is_default, created_at, updated_at");

} // namespace

ConnectionRef ConnectionRow::ref() const
{
    return ConnectionRef{id, provider, account, label, state, isDefault};
}

ConnectionRepository::ConnectionRepository(Database* database)
    : m_database(database)
{
}

Result<QList<ConnectionRow>> ConnectionRepository::select(const QString& where, const QVariantList& values)
{
    Result<QSqlDatabase> db = m_database->writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("SELECT %1 FROM connections %2 ORDER BY provider, created_at, id").arg(kColumns, where));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), m_database->path()));
    QList<ConnectionRow> rows;
    while (query.next()) {
        ConnectionRow row;
        row.id = query.value(0).toLongLong();
        row.provider = query.value(1).toString();
        row.account = query.value(2).toString();
        row.label = query.value(3).toString();
        row.scopes = query.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        row.state = query.value(5).toString();
        row.stateReason = query.value(6).toString();
        row.expiresAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        row.isDefault = query.value(8).toBool();
        row.createdAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
        row.updatedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
        rows.append(row);
    }
    return rows;
}

Result<QList<ConnectionRow>> ConnectionRepository::list(const QString& provider)
{
    if (provider.isEmpty())
        return select({}, {});
    return select(QStringLiteral("WHERE provider = ?"), {provider});
}

Result<std::optional<ConnectionRow>> ConnectionRepository::find(qint64 id)
{
    Result<QList<ConnectionRow>> rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

Result<std::optional<ConnectionRow>> ConnectionRepository::findByAccount(const QString& provider, const QString& account)
{
    Result<QList<ConnectionRow>> rows = select(QStringLiteral("WHERE provider = ? AND account = ?"), {provider, account});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

Result<std::optional<ConnectionRow>> ConnectionRepository::defaultFor(const QString& provider)
{
    Result<QList<ConnectionRow>> rows = list(provider);
    if (!rows)
        return std::unexpected(rows.error());
    for (const ConnectionRow& row : *rows) {
        if (row.isDefault)
            return std::optional(row);
    }
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

Result<qint64> ConnectionRepository::insert(ConnectionRow row)
{
    Result<QSqlDatabase> db = m_database->writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery query(*db);
    query.prepare(QStringLiteral(
        "INSERT INTO connections (provider, account, label, scopes, state, state_reason, access_expires_at, "
        "is_default, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "NOT EXISTS (SELECT 1 FROM connections WHERE provider = ? AND is_default = 1), ?, ?)"));
    const QString time = now();
    for (const QVariant& value : QVariantList{text(row.provider), text(row.account), text(row.label),
                                              text(row.scopes.join(QLatin1Char(' '))), text(row.state),
                                              text(row.stateReason), timeOrNull(row.expiresAt), row.provider,
                                              time, time})
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), m_database->path()));
    return query.lastInsertId().toLongLong();
}

Status ConnectionRepository::markReconnected(qint64 id, const QStringList& scopes, const QDateTime& expiresAt,
                                             const QString& label)
{
    Result<QSqlDatabase> db = m_database->writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("UPDATE connections SET scopes = ?, access_expires_at = ?, state = ?, state_reason = '', "
                                 "label = CASE WHEN ? = '' THEN label ELSE ? END, updated_at = ? WHERE id = ?"));
    for (const QVariant& value : QVariantList{text(scopes.join(QLatin1Char(' '))), timeOrNull(expiresAt),
                                              connection_states::Connected, text(label), text(label), now(), id})
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), m_database->path()));
    return {};
}

Status ConnectionRepository::setState(qint64 id, const QString& state, const QString& reason)
{
    Result<QSqlDatabase> db = m_database->writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("UPDATE connections SET state = ?, state_reason = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& value : QVariantList{text(state), text(reason), now(), id})
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), m_database->path()));
    return {};
}

Status ConnectionRepository::setExpiry(qint64 id, const QDateTime& expiresAt)
{
    Result<QSqlDatabase> db = m_database->writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("UPDATE connections SET access_expires_at = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& value : QVariantList{timeOrNull(expiresAt), now(), id})
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), m_database->path()));
    return {};
}

Status ConnectionRepository::setLabel(qint64 id, const QString& label)
{
    Result<QSqlDatabase> db = m_database->writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("UPDATE connections SET label = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& value : QVariantList{text(label.trimmed()), now(), id})
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), m_database->path()));
    return {};
}

Status ConnectionRepository::setDefault(qint64 id)
{
    Result<QSqlDatabase> db = m_database->writer();
    if (!db)
        return std::unexpected(db.error());
    if (!db->transaction())
        return std::unexpected(sqlError(db->lastError(), m_database->path()));
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("UPDATE connections SET is_default = (id = ?), updated_at = ? "
                                 "WHERE provider = (SELECT provider FROM connections WHERE id = ?)"));
    query.addBindValue(id);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec() || !db->commit()) {
        const Error error = sqlError(query.lastError(), m_database->path());
        db->rollback();
        return std::unexpected(error);
    }
    return {};
}

Status ConnectionRepository::remove(qint64 id)
{
    Result<std::optional<ConnectionRow>> row = find(id);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return {};
    Result<QSqlDatabase> db = m_database->writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("DELETE FROM connections WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), m_database->path()));
    if ((*row)->isDefault) {
        Result<std::optional<ConnectionRow>> next = defaultFor((*row)->provider);
        if (next && *next)
            return setDefault((*next)->id);
    }
    return {};
}

Result<QString> ConnectionRepository::setting(const QString& key)
{
    Result<QSqlDatabase> db = m_database->writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), m_database->path()));
    return query.next() ? query.value(0).toString() : QString();
}

Status ConnectionRepository::setSetting(const QString& key, const QString& value)
{
    Result<QSqlDatabase> db = m_database->writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    query.addBindValue(key);
    query.addBindValue(text(value));
    query.addBindValue(now());
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), m_database->path()));
    return {};
}

Status ConnectionRepository::removeSetting(const QString& key)
{
    Result<QSqlDatabase> db = m_database->writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), m_database->path()));
    return {};
}

} // namespace sb
