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
        {3,
         QStringLiteral("audit trail: sealed records, full-text index, hourly rollups, retention checkpoint"),
         {QStringLiteral("CREATE TABLE audit_records ("
                         " id INTEGER PRIMARY KEY,"
                         " kind TEXT NOT NULL,"
                         " caller TEXT NOT NULL,"
                         " user_id TEXT NOT NULL DEFAULT '',"
                         " tool TEXT NOT NULL,"
                         " provider TEXT NOT NULL DEFAULT '',"
                         " connection_id INTEGER,"
                         " connection_account TEXT NOT NULL DEFAULT '',"
                         " input TEXT NOT NULL,"
                         " output TEXT,"
                         " status TEXT NOT NULL,"
                         " error_code TEXT NOT NULL DEFAULT '',"
                         " error_message TEXT NOT NULL DEFAULT '',"
                         " execution_ms INTEGER NOT NULL DEFAULT 0,"
                         " created_at INTEGER NOT NULL," // ms since the epoch, UTC
                         " completed_at INTEGER,"
                         " seq INTEGER UNIQUE,"         // NULL while pending
                         " seal TEXT)"),
          QStringLiteral("CREATE INDEX audit_records_created ON audit_records(created_at)"),
          QStringLiteral("CREATE INDEX audit_records_caller_created ON audit_records(caller, created_at)"),
          QStringLiteral("CREATE INDEX audit_records_tool_status_created ON audit_records(tool, status, created_at)"),
          QStringLiteral("CREATE INDEX audit_records_pending ON audit_records(status) WHERE status = 'pending'"),
          // SQLite-only (FTS5): the PostgreSQL backend will use a tsvector column instead.
          QStringLiteral("CREATE VIRTUAL TABLE audit_fts USING fts5(input, output, error_message, "
                         "content='audit_records', content_rowid='id')"),
          QStringLiteral("CREATE TABLE audit_rollups ("
                         " caller TEXT NOT NULL, tool TEXT NOT NULL, hour INTEGER NOT NULL,"
                         " total INTEGER NOT NULL, success INTEGER NOT NULL, failed INTEGER NOT NULL,"
                         " interrupted INTEGER NOT NULL, sum_ms INTEGER NOT NULL, hist TEXT NOT NULL,"
                         " PRIMARY KEY (caller, tool, hour)) WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE audit_checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL,"
                         " seal TEXT NOT NULL, pruned INTEGER NOT NULL, at INTEGER NOT NULL)")}},
        {4,
         QStringLiteral("audit console: an index per filter, daily and all-time rollups"),
         {// Each filter of the audit page walks its own index newest first, so a rare value (one connection, the
          // interrupted status, admin events) never scans the trail. (tool, status, created_at) stays for the
          // combined filter.
          QStringLiteral("CREATE INDEX audit_records_tool_created ON audit_records(tool, created_at)"),
          QStringLiteral("CREATE INDEX audit_records_status_created ON audit_records(status, created_at)"),
          QStringLiteral("CREATE INDEX audit_records_kind_created ON audit_records(kind, created_at)"),
          QStringLiteral("CREATE INDEX audit_records_provider_created ON audit_records(provider, created_at)"),
          QStringLiteral("CREATE INDEX audit_records_connection_created ON audit_records(connection_id, created_at)"),
          QStringLiteral("CREATE INDEX audit_rollups_hour ON audit_rollups(hour)"),
          // Coarser rollups, so stats over a month or all time read a few hundred rows, not every hour. The
          // writer fills them from the hourly rollups on first open (histograms cannot be merged in SQL).
          QStringLiteral("CREATE TABLE audit_rollups_daily ("
                         " caller TEXT NOT NULL, tool TEXT NOT NULL, day INTEGER NOT NULL,"
                         " total INTEGER NOT NULL, success INTEGER NOT NULL, failed INTEGER NOT NULL,"
                         " interrupted INTEGER NOT NULL, sum_ms INTEGER NOT NULL, hist TEXT NOT NULL,"
                         " PRIMARY KEY (caller, tool, day)) WITHOUT ROWID"),
          QStringLiteral("CREATE INDEX audit_rollups_daily_day ON audit_rollups_daily(day)"),
          QStringLiteral("CREATE TABLE audit_rollups_total ("
                         " caller TEXT NOT NULL, tool TEXT NOT NULL,"
                         " total INTEGER NOT NULL, success INTEGER NOT NULL, failed INTEGER NOT NULL,"
                         " interrupted INTEGER NOT NULL, sum_ms INTEGER NOT NULL, hist TEXT NOT NULL,"
                         " first_hour INTEGER NOT NULL, PRIMARY KEY (caller, tool)) WITHOUT ROWID")}},
        {5,
         QStringLiteral("audit console: the callers and names of connection and admin events"),
         {// Partial: tool records (nearly all of them) never touch it, so ingest pays nothing; the filter menus'
          // "kind <> 'tool'" query reads it instead of every event row.
          QStringLiteral("CREATE INDEX audit_records_events ON audit_records(caller, tool) WHERE kind <> 'tool'")}},
        {6,
         QStringLiteral("audit ingest: status and kind indexes hold only the rare values"),
         {// Every execution is inserted as pending and updated when it completes, and an update that changes the
          // status moved it in both status indexes: ten index writes per execution. Partial indexes over the rare
          // outcomes and event kinds cost a success nothing; the common values (success, tool) are found by walking
          // the time index, where nearly every row matches. The query repeats each index's condition (AuditQuery),
          // which is how SQLite knows it may use a partial index. Running records keep audit_records_pending.
          QStringLiteral("DROP INDEX audit_records_status_created"),
          QStringLiteral("DROP INDEX audit_records_tool_status_created"),
          QStringLiteral("DROP INDEX audit_records_kind_created"),
          QStringLiteral("CREATE INDEX audit_records_outcome_created ON audit_records(status, created_at) "
                         "WHERE status NOT IN ('success', 'pending')"),
          QStringLiteral("CREATE INDEX audit_records_tool_outcome_created ON audit_records(tool, status, created_at) "
                         "WHERE status NOT IN ('success', 'pending')"),
          QStringLiteral("CREATE INDEX audit_records_event_kind_created ON audit_records(kind, created_at) "
                         "WHERE kind <> 'tool'")}},
        {7,
         QStringLiteral("audit ingest: running tool calls wait in their own table"),
         {// A call's record was inserted as pending and updated when it finished: two writes of the row, its pending
          // index entry added and removed, its sequence entry moved. Now the pending row waits in this small table and
          // the finished record is inserted once, sealed. Readers show both (AuditQuery); the writer marks what is
          // left here after a crash as interrupted.
          QStringLiteral("CREATE TABLE audit_pending ("
                         " id INTEGER PRIMARY KEY,"
                         " caller TEXT NOT NULL,"
                         " user_id TEXT NOT NULL DEFAULT '',"
                         " tool TEXT NOT NULL,"
                         " provider TEXT NOT NULL DEFAULT '',"
                         " connection_id INTEGER,"
                         " connection_account TEXT NOT NULL DEFAULT '',"
                         " input TEXT NOT NULL,"
                         " created_at INTEGER NOT NULL)"),
          QStringLiteral("INSERT INTO audit_pending SELECT id, caller, user_id, tool, provider, connection_id, "
                         "connection_account, input, created_at FROM audit_records WHERE status = 'pending'"),
          QStringLiteral("DELETE FROM audit_records WHERE status = 'pending'"),
          QStringLiteral("DROP INDEX audit_records_pending")}},
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
