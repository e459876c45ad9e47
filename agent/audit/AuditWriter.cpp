#include "audit/AuditWriter.h"

#include "audit/AuditRow.h"
#include "audit/AuditSeal.h"
#include "audit/LatencyHistogram.h"
#include "core/Logging.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/SqliteStatement.h"

#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <array>

namespace sb {

namespace {

struct RollupDelta
{
    qint64 total = 0, success = 0, failed = 0, interrupted = 0, sumMs = 0;
    qint64 firstHour = 0; // audit_rollups_total only
    LatencyHistogram histogram;

    void merge(const RollupDelta& other)
    {
        firstHour = total ? std::min(firstHour, other.firstHour) : other.firstHour;
        total += other.total;
        success += other.success;
        failed += other.failed;
        interrupted += other.interrupted;
        sumMs += other.sumMs;
        histogram.merge(other.histogram);
    }
};

// One row of a rollup table: bucket is the hour, the day (hour / 24) or 0 for the all-time totals.
struct RollupKey
{
    QString caller, tool;
    qint64 bucket = 0;
    bool operator==(const RollupKey&) const = default;
};

size_t qHash(const RollupKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.caller, key.tool, key.bucket);
}

using Rollups = QHash<RollupKey, RollupDelta>;

} // namespace

// The rollup rows as this writer last wrote them, one map per table, so a batch adds to them without reading them
// back and parsing their histograms (the writer is the only one that writes them). A batch's rows are staged and
// become known only once its transaction committed; a rolled-back batch leaves the known rows as they were.
struct AuditWriter::RollupRows
{
    // Rows kept per table; past that the map starts empty again and rows are read back as batches need them.
    static constexpr qsizetype kMaxKnown = 50000;
    std::array<Rollups, 3> known, staged;

    void commit()
    {
        for (size_t i = 0; i < known.size(); ++i) {
            if (known[i].size() + staged[i].size() > kMaxKnown)
                known[i].clear();
            for (auto it = staged[i].begin(); it != staged[i].end(); ++it)
                known[i].insert(it.key(), std::move(it.value()));
            staged[i].clear();
        }
    }
    void discard()
    {
        for (Rollups& rows : staged)
            rows.clear();
    }
};

namespace {

// The three rollup tables: hourly, daily and all-time per (caller, tool). Stats never scan the trail.
struct RollupTable
{
    QLatin1String name;
    QLatin1String bucketColumn; // empty for the totals, which keep first_hour instead
    qint64 hoursPerBucket;      // 0: one bucket for all time
};

constexpr RollupTable kHourly{QLatin1String("audit_rollups"), QLatin1String("hour"), 1};
constexpr RollupTable kDaily{QLatin1String("audit_rollups_daily"), QLatin1String("day"), 24};
constexpr RollupTable kTotal{QLatin1String("audit_rollups_total"), QLatin1String(), 0};

// The hourly deltas folded into `table`'s buckets.
Rollups coarsen(const Rollups& hourly, const RollupTable& table)
{
    Rollups out;
    for (auto it = hourly.cbegin(); it != hourly.cend(); ++it) {
        RollupDelta delta = it.value();
        delta.firstHour = it.key().bucket;
        const qint64 bucket = table.hoursPerBucket ? it.key().bucket / table.hoursPerBucket : 0;
        out[{it.key().caller, it.key().tool, bucket}].merge(delta);
    }
    return out;
}

Error sqlFailure(const QSqlQuery& query, const QString& path)
{
    return sqlError(query.lastError(), path);
}

// A rollup row's total, success, failed, interrupted, sum_ms and hist, selected in that order from column `first`.
RollupDelta rollupFromColumns(const QSqlQuery& q, int first)
{
    RollupDelta row;
    row.total = q.value(first).toLongLong();
    row.success = q.value(first + 1).toLongLong();
    row.failed = q.value(first + 2).toLongLong();
    row.interrupted = q.value(first + 3).toLongLong();
    row.sumMs = q.value(first + 4).toLongLong();
    row.histogram = LatencyHistogram::fromText(q.value(first + 5).toString());
    return row;
}

// Merges `key`'s stored row of `table` (if any) into `merged`; `read` selects a row by key. False on an SQL error.
bool addStoredRow(QSqlQuery& read, const RollupTable& table, const RollupKey& key, RollupDelta& merged)
{
    const bool total = table.bucketColumn.isEmpty();
    read.addBindValue(key.caller);
    read.addBindValue(key.tool);
    if (!total)
        read.addBindValue(key.bucket);
    if (!read.exec())
        return false;
    if (read.next()) {
        RollupDelta stored = rollupFromColumns(read, 0);
        if (total)
            stored.firstHour = read.value(6).toLongLong();
        if (stored.total)
            merged.merge(stored);
    }
    read.finish();
    return true;
}

// Adds `deltas` to `table`'s rows (merge the histograms in C++, write back) inside the caller's transaction. A row
// is read from the table only when `known` does not have it; what is written goes to `staged`.
Status upsertRollups(QSqlDatabase& db, const QString& path, const RollupTable& table, const Rollups& deltas,
                     const Rollups& known, Rollups& staged)
{
    if (deltas.isEmpty())
        return {};
    const bool total = table.bucketColumn.isEmpty();
    const QString keyWhere = total ? QStringLiteral("caller = ? AND tool = ?")
                                   : QStringLiteral("caller = ? AND tool = ? AND %1 = ?").arg(table.bucketColumn);
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.prepare(QStringLiteral("SELECT total, success, failed, interrupted, sum_ms, hist%1 FROM %2 WHERE %3")
                          .arg(total ? QStringLiteral(", first_hour") : QString(), table.name, keyWhere)))
        return std::unexpected(sqlFailure(read, path));
    const QString columns = total ? QStringLiteral("caller, tool, total, success, failed, interrupted, sum_ms, hist, "
                                                   "first_hour")
                                  : QStringLiteral("caller, tool, %1, total, success, failed, interrupted, sum_ms, "
                                                   "hist")
                                        .arg(table.bucketColumn);
    // An upsert rather than INSERT OR REPLACE: a replaced row would also be removed from and re-added to the
    // table's bucket index.
    const QString key = total ? QStringLiteral("caller, tool") : QStringLiteral("caller, tool, %1").arg(table.bucketColumn);
    const QString update = QStringLiteral("total = excluded.total, success = excluded.success, failed = excluded.failed, "
                                          "interrupted = excluded.interrupted, sum_ms = excluded.sum_ms, hist = excluded.hist")
                           + (total ? QStringLiteral(", first_hour = excluded.first_hour") : QString());
    SqliteStatement write;
    if (Status ok = write.prepare(db,
                                  QStringLiteral("INSERT INTO %1 (%2) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (%3) DO UPDATE SET %4")
                                      .arg(table.name, columns, key, update)
                                      .toUtf8(),
                                  path);
        !ok)
        return ok;
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const RollupKey& key = it.key();
        RollupDelta merged = it.value();
        if (const auto row = known.constFind(key); row != known.constEnd()) {
            merged.merge(*row);
        } else if (!addStoredRow(read, table, key, merged)) {
            return std::unexpected(sqlFailure(read, path));
        }
        write.bindText(key.caller).bindText(key.tool);
        if (!total)
            write.bind(key.bucket);
        write.bind(merged.total).bind(merged.success).bind(merged.failed).bind(merged.interrupted).bind(merged.sumMs);
        write.bindText(merged.histogram.toText());
        if (total)
            write.bind(merged.firstHour);
        if (Status ok = write.run(); !ok)
            return ok;
        staged.insert(key, std::move(merged));
    }
    return {};
}

// A batch's hourly deltas into all three tables; `known` and `staged` hold the hourly, daily and total rows.
Status upsertAllRollups(QSqlDatabase& db, const QString& path, const Rollups& hourly,
                        const std::array<Rollups, 3>& known, std::array<Rollups, 3>& staged)
{
    if (Status ok = upsertRollups(db, path, kHourly, hourly, known[0], staged[0]); !ok)
        return ok;
    if (Status ok = upsertRollups(db, path, kDaily, coarsen(hourly, kDaily), known[1], staged[1]); !ok)
        return ok;
    return upsertRollups(db, path, kTotal, coarsen(hourly, kTotal), known[2], staged[2]);
}

// The statements every batch runs for each record, bound through SQLite's C API (see SqliteStatement).
struct HotStatements
{
    SqliteStatement insertPending, removePending, insertRecord, indexText;

    Status prepare(const QSqlDatabase& db, const QString& path)
    {
        if (Status ok = insertPending.prepare(db, "INSERT INTO audit_pending (id, caller, user_id, tool, provider, "
                                                  "connection_id, connection_account, input, created_at) "
                                                  "VALUES (?,?,?,?,?,?,?,?,?)",
                                              path);
            !ok)
            return ok;
        if (Status ok = removePending.prepare(db, "DELETE FROM audit_pending WHERE id = ?", path); !ok)
            return ok;
        if (Status ok = insertRecord.prepare(db, "INSERT INTO audit_records (id, kind, caller, user_id, tool, provider, "
                                                 "connection_id, connection_account, input, output, status, error_code, "
                                                 "error_message, execution_ms, created_at, completed_at, seq, seal) "
                                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                             path);
            !ok)
            return ok;
        return indexText.prepare(db, "INSERT INTO audit_fts (rowid, input, output, error_message) VALUES (?, ?, ?, ?)",
                                 path);
    }
};

} // namespace

AuditWriter::AuditWriter(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_rollupRows(std::make_unique<RollupRows>())
{
    m_queue.reserve(kMaxBatch);
}

AuditWriter::~AuditWriter()
{
    if (!m_queue.empty())
        (void)flush();
}

Status AuditWriter::open()
{
    Result<QSqlDatabase> db = m_database.writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    if (!q.exec(QStringLiteral("SELECT MAX((SELECT COALESCE(MAX(id), 0) FROM audit_records), "
                               "(SELECT COALESCE(MAX(id), 0) FROM audit_pending))"))
        || !q.next())
        return std::unexpected(sqlFailure(q, m_database.path()));
    m_nextId = q.value(0).toLongLong() + 1;
    // The chain head: the newest sealed record, else the retention checkpoint.
    if (!q.exec(QStringLiteral("SELECT seq, seal FROM audit_records WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1")))
        return std::unexpected(sqlFailure(q, m_database.path()));
    if (q.next()) {
        m_lastSequence = q.value(0).toLongLong();
        m_lastSeal = q.value(1).toString();
    } else {
        if (!q.exec(QStringLiteral("SELECT seq, seal FROM audit_checkpoint WHERE id = 1")))
            return std::unexpected(sqlFailure(q, m_database.path()));
        if (q.next()) {
            m_lastSequence = q.value(0).toLongLong();
            m_lastSeal = q.value(1).toString();
        }
    }
    if (Status ok = rebuildCoarseRollups(*db); !ok)
        return ok;
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_pending ORDER BY id").arg(audit_row::pendingColumns())))
        return std::unexpected(sqlFailure(q, m_database.path()));
    QList<AuditRecord> leftPending;
    while (q.next()) {
        leftPending.append(audit_row::fromQuery(q));
        // The stored text exactly, so the seal covers what the row holds.
        m_pendingInput.insert(leftPending.last().id, q.value(8).toString().toUtf8());
    }
    q.finish();
    for (const AuditRecord& record : leftPending) {
        m_pending.insert(record.id, record);
        AuditCompletion completion;
        completion.status = audit_status::Interrupted;
        completion.errorCode = QStringLiteral("interrupted");
        completion.errorMessage = tr("The agent stopped before the provider answered; whether the action happened "
                                     "is unknown. Check with the provider before running it again.");
        complete(record.id, completion);
    }
    m_interruptedAtOpen = int(leftPending.size());
    if (!leftPending.isEmpty())
        qCWarning(lcAgent) << leftPending.size() << "audit records were left pending by a crash; marked interrupted";
    return flush();
}

Status AuditWriter::rebuildCoarseRollups(QSqlDatabase& db)
{
    // A trail from before the daily and all-time rollups (schema step 4) has hourly rows only: fold them in once.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_rollups_total), EXISTS (SELECT 1 FROM audit_rollups)"))
        || !q.next())
        return std::unexpected(sqlFailure(q, m_database.path()));
    if (q.value(0).toBool() || !q.value(1).toBool())
        return {};
    q.finish();
    if (!q.exec(QStringLiteral("SELECT caller, tool, hour, total, success, failed, interrupted, sum_ms, hist "
                               "FROM audit_rollups")))
        return std::unexpected(sqlFailure(q, m_database.path()));
    Rollups hourly;
    while (q.next()) {
        hourly.insert({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()}, rollupFromColumns(q, 3));
    }
    q.finish();
    if (!db.transaction())
        return std::unexpected(sqlError(db.lastError(), m_database.path()));
    Status ok;
    if (!q.exec(QStringLiteral("DELETE FROM audit_rollups_daily")))
        ok = std::unexpected(sqlFailure(q, m_database.path()));
    if (ok)
        ok = upsertRollups(db, m_database.path(), kDaily, coarsen(hourly, kDaily), {}, m_rollupRows->staged[1]);
    if (ok)
        ok = upsertRollups(db, m_database.path(), kTotal, coarsen(hourly, kTotal), {}, m_rollupRows->staged[2]);
    if (ok && !db.commit())
        ok = std::unexpected(sqlError(db.lastError(), m_database.path()));
    if (!ok) {
        m_rollupRows->discard();
        db.rollback();
        return ok;
    }
    m_rollupRows->commit();
    qCInfo(lcAgent) << "audit: daily and all-time rollups rebuilt from" << hourly.size() << "hourly rows";
    return {};
}

AuditRecord AuditWriter::redacted(AuditRecord record) const
{
    record.input = m_redactor.redact(record.input);
    record.output = m_redactor.redact(record.output);
    record.errorMessage = m_redactor.redactText(record.errorMessage);
    return record;
}

qint64 AuditWriter::begin(AuditRecord record, Committed committed)
{
    record.id = m_nextId++;
    record.kind = AuditRecord::Kind::Tool;
    record.status = audit_status::Pending;
    if (!record.createdAt.isValid())
        record.createdAt = QDateTime::currentDateTimeUtc();
    record = redacted(std::move(record));
    const qint64 id = record.id;
    m_pending.insert(id, record);
    enqueue({Op::Type::Insert, std::move(record), std::move(committed)});
    return id;
}

void AuditWriter::complete(qint64 id, AuditCompletion completion)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        qCWarning(lcAgent) << "audit record" << id << "completed twice or never begun";
        return;
    }
    AuditRecord record = std::move(it.value());
    m_pending.erase(it);
    record.status = completion.status;
    record.output = completion.output;
    record.errorCode = completion.errorCode;
    record.errorMessage = completion.errorMessage;
    record.executionMs = completion.executionMs;
    if (completion.connectionId) {
        record.connectionId = completion.connectionId;
        record.connectionAccount = completion.connectionAccount;
    }
    record.completedAt = QDateTime::currentDateTimeUtc();
    // The input was redacted when the record began; only what is new needs it.
    record.output = m_redactor.redact(record.output);
    record.errorMessage = m_redactor.redactText(record.errorMessage);
    enqueue({Op::Type::Complete, std::move(record), {}});
}

qint64 AuditWriter::record(AuditRecord record, Committed committed)
{
    record.id = m_nextId++;
    if (!record.createdAt.isValid())
        record.createdAt = QDateTime::currentDateTimeUtc();
    if (!record.completedAt.isValid())
        record.completedAt = record.createdAt;
    if (record.status.isEmpty())
        record.status = audit_status::Success;
    const qint64 id = record.id;
    enqueue({Op::Type::Record, redacted(std::move(record)), std::move(committed)});
    return id;
}

void AuditWriter::enqueue(Op op)
{
    m_queue.push_back(std::move(op));
    if (m_queue.size() >= size_t(kMaxBatch)) {
        (void)flush();
        return;
    }
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_flushScheduled = false;
            if (Status ok = flush(); !ok)
                qCCritical(lcAgent).noquote() << "audit batch failed:" << ok.error().message;
        });
    }
}

Status AuditWriter::flush()
{
    if (m_queue.empty())
        return {};
    std::vector<Op> batch;
    batch.swap(m_queue);
    m_queue.reserve(kMaxBatch);
    const qint64 sequenceBefore = m_lastSequence;
    const QString sealBefore = m_lastSeal;

    auto failAll = [&](const Error& error) -> Status {
        m_lastSequence = sequenceBefore;
        m_lastSeal = sealBefore;
        qCCritical(lcAgent).noquote() << "audit batch of" << qsizetype(batch.size()) << "lost:" << error.message;
        for (Op& op : batch) {
            // A record whose pending row never landed must not be completed (and counted) later.
            if (op.type == Op::Type::Insert) {
                m_pending.remove(op.record.id);
                m_pendingInput.remove(op.record.id);
            }
            if (op.committed)
                op.committed(std::unexpected(error));
        }
        return std::unexpected(error);
    };

    Result<QSqlDatabase> db = m_database.writer();
    if (!db)
        return failAll(db.error());
    if (!db->transaction())
        return failAll(sqlError(db->lastError(), m_database.path()));

    HotStatements statements;
    if (Status ok = statements.prepare(*db, m_database.path()); !ok) {
        db->rollback();
        return failAll(ok.error());
    }

    Rollups rollups;
    // Each record's JSON is serialised once per operation (AuditSealInput) and reused for the seal, the row and FTS.
    auto seal = [&](AuditRecord& record, const AuditSealInput& content) {
        record.sequence = ++m_lastSequence;
        record.seal = AuditSeal::seal(m_lastSeal, content);
        m_lastSeal = record.seal;
        if (record.kind != AuditRecord::Kind::Tool)
            return;
        RollupDelta& delta = rollups[{record.caller, record.tool, audit_row::msOf(record.createdAt) / 3600000}];
        ++delta.total;
        if (record.status == audit_status::Success)
            ++delta.success;
        else if (record.status == audit_status::Interrupted)
            ++delta.interrupted;
        else
            ++delta.failed;
        delta.sumMs += record.executionMs;
        delta.histogram.add(record.executionMs);
    };
    auto insertPending = [&statements](const AuditRecord& r, const AuditSealInput& s) {
        SqliteStatement& insert = statements.insertPending;
        insert.bind(r.id).bindText(r.caller).bindText(r.userId).bindText(r.tool).bindText(r.provider);
        insert.bindOrNull(r.connectionId).bindText(r.connectionAccount).bindText(s.inputJson).bind(s.createdAtMs);
        return insert.run();
    };
    // A finished record: its row (inserted once, sealed) and its full-text row.
    auto insertRecord = [&statements](const AuditRecord& r, const AuditSealInput& s) -> Status {
        SqliteStatement& insert = statements.insertRecord;
        insert.bind(r.id).bindText(s.kind).bindText(r.caller).bindText(r.userId).bindText(r.tool).bindText(r.provider);
        insert.bindOrNull(r.connectionId).bindText(r.connectionAccount).bindText(s.inputJson).bindTextOrNull(s.outputJson);
        insert.bindText(r.status).bindText(r.errorCode).bindText(r.errorMessage).bind(r.executionMs);
        insert.bind(s.createdAtMs).bindOrNull(s.completedAtMs).bindOrNull(r.sequence).bindTextOrNull(r.seal);
        if (Status ok = insert.run(); !ok)
            return ok;
        SqliteStatement& fts = statements.indexText;
        fts.bind(r.id).bindText(s.inputJson).bindText(s.outputJson).bindText(r.errorMessage);
        return fts.run();
    };

    QList<qint64> sealedIds;
    for (Op& op : batch) {
        Status ok;
        switch (op.type) {
        case Op::Type::Insert: {
            const AuditSealInput content = audit_row::sealInput(op.record);
            m_pendingInput.insert(op.record.id, content.inputJson);
            ok = insertPending(op.record, content);
            break;
        }
        case Op::Type::Record: {
            const AuditSealInput content = audit_row::sealInput(op.record);
            seal(op.record, content);
            ok = insertRecord(op.record, content);
            break;
        }
        case Op::Type::Complete: {
            const auto cached = m_pendingInput.constFind(op.record.id);
            const AuditSealInput content
                = audit_row::sealInput(op.record, cached == m_pendingInput.constEnd() ? nullptr : &*cached);
            seal(op.record, content);
            ok = statements.removePending.bind(op.record.id).run();
            if (ok)
                ok = insertRecord(op.record, content);
            sealedIds.append(op.record.id);
            break;
        }
        }
        if (!ok) {
            db->rollback();
            return failAll(ok.error());
        }
    }

    if (Status ok = upsertAllRollups(*db, m_database.path(), rollups, m_rollupRows->known, m_rollupRows->staged);
        !ok) {
        m_rollupRows->discard();
        db->rollback();
        return failAll(ok.error());
    }

    if (!db->commit()) {
        const Error error = sqlError(db->lastError(), m_database.path());
        m_rollupRows->discard();
        db->rollback();
        return failAll(error);
    }
    m_rollupRows->commit();
    for (qint64 id : sealedIds)
        m_pendingInput.remove(id);
    for (Op& op : batch) {
        if (op.committed)
            op.committed(op.record.id);
    }
    // Also for a batch of pending records only: the audit page shows a long call as running while it runs.
    emit recordsWritten(m_lastSequence);
    return {};
}

Result<qint64> AuditWriter::prune(const QDateTime& cutoff)
{
    if (Status ok = flush(); !ok)
        return std::unexpected(ok.error());
    Result<QSqlDatabase> db = m_database.writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    // The prefix of the chain that is old enough: everything below the first sealed record that is not.
    q.prepare(QStringLiteral("SELECT MIN(seq) FROM audit_records WHERE seq IS NOT NULL AND created_at >= ?"));
    q.addBindValue(cutoff.toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return std::unexpected(sqlFailure(q, m_database.path()));
    const qint64 keepFrom = q.value(0).isNull() ? m_lastSequence + 1 : q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT seq, seal FROM audit_records WHERE seq < ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(keepFrom);
    if (!q.exec())
        return std::unexpected(sqlFailure(q, m_database.path()));
    if (!q.next())
        return qint64(0);
    const qint64 lastPruned = q.value(0).toLongLong();
    const QString lastSeal = q.value(1).toString();
    q.finish();

    if (!db->transaction())
        return std::unexpected(sqlError(db->lastError(), m_database.path()));
    auto run = [&](const QString& sql, const QVariantList& binds) -> Status {
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            const Error error = sqlFailure(q, m_database.path());
            db->rollback();
            return std::unexpected(error);
        }
        return {};
    };
    // External-content FTS rows are removed by replaying their text with the 'delete' command.
    if (Status ok = run(QStringLiteral("INSERT INTO audit_fts (audit_fts, rowid, input, output, error_message) "
                                       "SELECT 'delete', id, input, COALESCE(output, ''), error_message "
                                       "FROM audit_records WHERE seq <= ?"),
                        {lastPruned});
        !ok)
        return std::unexpected(ok.error());
    if (Status ok = run(QStringLiteral("DELETE FROM audit_records WHERE seq <= ?"), {lastPruned}); !ok)
        return std::unexpected(ok.error());
    const qint64 removed = q.numRowsAffected();
    if (Status ok = run(QStringLiteral("INSERT INTO audit_checkpoint (id, seq, seal, pruned, at) VALUES (1, ?, ?, ?, ?) "
                                       "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, seal = excluded.seal, "
                                       "pruned = audit_checkpoint.pruned + excluded.pruned, at = excluded.at"),
                        {lastPruned, lastSeal, removed, QDateTime::currentMSecsSinceEpoch()});
        !ok)
        return std::unexpected(ok.error());
    if (!db->commit()) {
        const Error error = sqlError(db->lastError(), m_database.path());
        db->rollback();
        return std::unexpected(error);
    }
    qCInfo(lcAgent) << "audit retention removed" << removed << "records up to sequence" << lastPruned;
    return removed;
}

} // namespace sb
