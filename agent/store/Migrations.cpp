#include "store/Migrations.h"

#include "core/Logging.h"
#include "store/SqlError.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sb {

QList<Migration> Migrations::all()
{
    return {
        {1,
         QStringLiteral("settings"),
         {QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                         "updated_at TEXT NOT NULL)")}},
        {2,
         QStringLiteral("connections (metadata only: secrets live in the keychain)"),
         {QStringLiteral("CREATE TABLE connections ("
                         " id INTEGER PRIMARY KEY,"
                         " provider TEXT NOT NULL,"
                         " account TEXT NOT NULL,"
                         " label TEXT NOT NULL DEFAULT '',"
                         " scopes TEXT NOT NULL DEFAULT '',"
                         " state TEXT NOT NULL,"
                         " state_reason TEXT NOT NULL DEFAULT '',"
                         " access_expires_at TEXT,"
                         " is_default INTEGER NOT NULL DEFAULT 0,"
                         " created_at TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL)"),
          QStringLiteral("CREATE UNIQUE INDEX connections_provider_account ON connections(provider, account)")}},
    };
}

Result<int> Migrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return std::unexpected(sqlError(query.lastError(), db.databaseName()));
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next())
        return std::unexpected(sqlError(query.lastError(), db.databaseName()));
    return query.value(0).toInt();
}

Status Migrations::apply(QSqlDatabase& db, const QList<Migration>& steps)
{
    const Result<int> current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    const int newest = steps.isEmpty() ? 0 : steps.last().version;
    if (*current > newest)
        return fail(QStringLiteral("schema_too_new"),
                    QObject::tr("The database %1 was written by a newer Switchboard (schema %2; this version knows "
                                "up to %3). Update Switchboard, or use another --data-dir.")
                        .arg(db.databaseName())
                        .arg(*current)
                        .arg(newest));

    for (const Migration& step : steps) {
        if (step.version <= *current)
            continue;
        if (!db.transaction())
            return std::unexpected(sqlError(db.lastError(), db.databaseName()));
        QSqlQuery query(db);
        for (const QString& statement : step.statements) {
            if (!query.exec(statement)) {
                const Error error = sqlError(query.lastError(), db.databaseName());
                db.rollback();
                return error.code == QLatin1String("database_error")
                           ? fail(QStringLiteral("migration_failed"),
                                  QObject::tr("Schema step %1 (%2) failed: %3")
                                      .arg(step.version)
                                      .arg(step.description, error.message))
                           : std::unexpected(error);
            }
        }
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                     "VALUES (?, ?, ?)"));
        query.addBindValue(step.version);
        query.addBindValue(step.description);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!query.exec() || !db.commit()) {
            const Error error = sqlError(query.lastError(), db.databaseName());
            db.rollback();
            return std::unexpected(error);
        }
        qCInfo(lcStore) << "schema step" << step.version << step.description << "applied";
    }
    return {};
}

} // namespace sb
