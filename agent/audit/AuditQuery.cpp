#include "audit/AuditQuery.h"

#include "audit/AuditRow.h"
#include "audit/LatencyHistogram.h"
#include "store/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace sb {

namespace {

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(iso(time)) : QJsonValue(QJsonValue::Null);
}

// FTS5 query text: the user's words as one phrase each, so punctuation never becomes query syntax.
QString ftsQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

QString ToolStats::successRate() const
{
    return QString::number(totalExecutions ? 100.0 * double(successfulExecutions) / double(totalExecutions) : 0.0, 'f',
                           2);
}

QJsonObject ToolStats::toJson() const
{
    QJsonArray breakdown;
    for (const auto& [tool, count] : toolBreakdown)
        breakdown.append(QJsonObject{{QStringLiteral("toolName"), tool}, {QStringLiteral("count"), count}});
    QJsonObject json{{QStringLiteral("totalExecutions"), totalExecutions},
                     {QStringLiteral("successfulExecutions"), successfulExecutions},
                     {QStringLiteral("failedExecutions"), failedExecutions},
                     {QStringLiteral("interruptedExecutions"), interruptedExecutions},
                     {QStringLiteral("successRate"), successRate()},
                     {QStringLiteral("avgExecutionTimeMs"), avgExecutionTimeMs},
                     {QStringLiteral("p50ExecutionTimeMs"), p50ExecutionTimeMs},
                     {QStringLiteral("p95ExecutionTimeMs"), p95ExecutionTimeMs},
                     {QStringLiteral("toolBreakdown"), breakdown}};
    if (caller.isEmpty())
        json.insert(QStringLiteral("numAgents"), numAgents);
    else
        json.insert(QStringLiteral("agentId"), caller);
    return json;
}

namespace {

// The FROM, WHERE and ORDER BY of a filtered read, shared by list() and count().
struct FilterSql
{
    QString from = QStringLiteral("audit_records r");
    QStringList where;
    QVariantList binds;
    QString order = QStringLiteral("r.created_at DESC, r.id DESC");

    void add(const QString& term, const QVariant& value)
    {
        where << term;
        binds << value;
    }
    [[nodiscard]] QString whereClause() const
    {
        return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    }
};

FilterSql filterSql(const AuditFilter& f)
{
    FilterSql sql;
    const bool search = !f.search.trimmed().isEmpty();
    const bool live = f.after > 0;
    // A live update asks for the few records above `after`: the primary key finds them, so the other terms are
    // kept off their indexes ("+column"), which would otherwise walk a caller's whole history.
    auto column = [live](const char* name) {
        return (live ? QStringLiteral("+r.") : QStringLiteral("r.")) + QLatin1String(name);
    };
    if (search)
        sql.add(QStringLiteral("audit_fts MATCH ?"), ftsQuery(f.search));
    if (!f.caller.isEmpty())
        sql.add(column("caller") + QStringLiteral(" = ?"), f.caller);
    if (!f.tool.isEmpty())
        sql.add(column("tool") + QStringLiteral(" = ?"), f.tool);
    // The status and kind indexes are partial (schema step 6): a rare value repeats the index's condition, else
    // SQLite would not use it. The common values (success, tool) walk the time index instead.
    if (f.status == audit_status::Pending && !live && !search) {
        // The running calls are few: their index, then a sort, beats walking another filter's index past every
        // finished record. A literal, so SQLite can prove the partial index applies.
        sql.from = QStringLiteral("audit_records r INDEXED BY audit_records_pending");
        sql.where << QStringLiteral("r.status = 'pending'");
    } else if (!f.status.isEmpty()) {
        sql.add(column("status") + QStringLiteral(" = ?"), f.status);
        if (f.status != audit_status::Success && f.status != audit_status::Pending)
            sql.where << column("status") + QStringLiteral(" NOT IN ('success', 'pending')");
    }
    if (!f.kind.isEmpty()) {
        sql.add(column("kind") + QStringLiteral(" = ?"), f.kind);
        if (f.kind != AuditRecord::kindName(AuditRecord::Kind::Tool))
            sql.where << column("kind") + QStringLiteral(" <> 'tool'");
    }
    if (!f.provider.isEmpty())
        sql.add(column("provider") + QStringLiteral(" = ?"), f.provider);
    if (f.connectionId > 0)
        sql.add(column("connection_id") + QStringLiteral(" = ?"), f.connectionId);
    if (f.since.isValid())
        sql.add(column("created_at") + QStringLiteral(" >= ?"), f.since.toMSecsSinceEpoch());
    if (f.until.isValid())
        sql.add(column("created_at") + QStringLiteral(" < ?"), f.until.toMSecsSinceEpoch());
    const QString rowid = search ? QStringLiteral("audit_fts.rowid") : QStringLiteral("r.id");
    if (search) {
        // Driven by the full-text index in rowid (= id, allocated in time order by the one writer) order, so a
        // common word stops after one page instead of sorting every match.
        sql.from = QStringLiteral("audit_fts JOIN audit_records r ON r.id = audit_fts.rowid");
        sql.order = QStringLiteral("audit_fts.rowid DESC");
        if (f.before > 0)
            sql.add(QStringLiteral("audit_fts.rowid < ?"), f.before);
    } else if (f.before > 0) {
        // Newest first by (created_at, id); the cursor is the last id of the previous page. A row-value
        // comparison lets the index seek straight to it (an OR would scan down to it).
        sql.where << QStringLiteral("(r.created_at, r.id) < ((SELECT created_at FROM audit_records WHERE id = ?), ?)");
        sql.binds << f.before << f.before;
    }
    if (live) {
        sql.add(rowid + QStringLiteral(" > ?"), f.after);
        sql.order = rowid + QStringLiteral(" ASC");
    }
    return sql;
}

} // namespace

Result<AuditPage> AuditQuery::list(QSqlDatabase& db, const AuditFilter& f)
{
    const FilterSql sql = filterSql(f);
    QStringList columns = audit_row::kColumns.split(QStringLiteral(", "));
    for (QString& column : columns) {
        if (!f.withPayload && (column == QLatin1String("input") || column == QLatin1String("output")))
            column = QStringLiteral("NULL");
        else
            column.prepend(QStringLiteral("r."));
    }
    const int limit = std::clamp(f.limit, 1, 5000);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4 LIMIT %5")
                  .arg(columns.join(QStringLiteral(", ")), sql.from, sql.whereClause(), sql.order)
                  .arg(limit + 1));
    for (const QVariant& v : sql.binds)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(sqlError(q.lastError(), db.databaseName()));
    AuditPage page;
    page.records.reserve(std::min(limit, 1000));
    while (q.next()) {
        if (page.records.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.records.append(audit_row::fromQuery(q));
    }
    return page;
}

Result<qint64> AuditQuery::count(QSqlDatabase& db, const AuditFilter& f)
{
    const FilterSql sql = filterSql(f);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 %2").arg(sql.from, sql.whereClause()));
    for (const QVariant& v : sql.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::unexpected(sqlError(q.lastError(), db.databaseName()));
    return q.value(0).toLongLong();
}

Result<std::optional<AuditRecord>> AuditQuery::get(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_records WHERE id = ?").arg(audit_row::kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(q.lastError(), db.databaseName()));
    if (!q.next())
        return std::optional<AuditRecord>();
    return std::optional<AuditRecord>(audit_row::fromQuery(q));
}

Result<ToolStats> AuditQuery::stats(QSqlDatabase& db, const QString& caller)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT tool, total, success, failed, interrupted, sum_ms, hist FROM audit_rollups %1")
                  .arg(caller.isEmpty() ? QString() : QStringLiteral("WHERE caller = ?")));
    if (!caller.isEmpty())
        q.addBindValue(caller);
    if (!q.exec())
        return std::unexpected(sqlError(q.lastError(), db.databaseName()));
    ToolStats stats;
    stats.caller = caller;
    QHash<QString, qint64> perTool;
    LatencyHistogram histogram;
    qint64 sumMs = 0;
    while (q.next()) {
        perTool[q.value(0).toString()] += q.value(1).toLongLong();
        stats.totalExecutions += q.value(1).toLongLong();
        stats.successfulExecutions += q.value(2).toLongLong();
        stats.failedExecutions += q.value(3).toLongLong() + q.value(4).toLongLong();
        stats.interruptedExecutions += q.value(4).toLongLong();
        sumMs += q.value(5).toLongLong();
        histogram.merge(LatencyHistogram::fromText(q.value(6).toString()));
    }
    stats.avgExecutionTimeMs = stats.totalExecutions ? qRound64(double(sumMs) / double(stats.totalExecutions)) : 0;
    stats.p50ExecutionTimeMs = histogram.percentile(0.50);
    stats.p95ExecutionTimeMs = histogram.percentile(0.95);
    for (auto it = perTool.cbegin(); it != perTool.cend(); ++it)
        stats.toolBreakdown.append({it.key(), it.value()});
    std::sort(stats.toolBreakdown.begin(), stats.toolBreakdown.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (caller.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT COUNT(DISTINCT caller) FROM audit_rollups")) || !q.next())
            return std::unexpected(sqlError(q.lastError(), db.databaseName()));
        stats.numAgents = q.value(0).toLongLong();
    }
    return stats;
}

Result<QJsonArray> AuditQuery::timeline(QSqlDatabase& db, const QString& caller, const QString& bucket,
                                        const QDateTime& since, const QDateTime& until)
{
    const qint64 hoursPerBucket = bucket == QLatin1String("day") ? 24 : 1;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT hour / %1 AS b, SUM(total), SUM(success), SUM(failed) + SUM(interrupted), "
                             "SUM(sum_ms) FROM audit_rollups WHERE hour >= ? AND hour < ? %2 GROUP BY b ORDER BY b")
                  .arg(hoursPerBucket)
                  .arg(caller.isEmpty() ? QString() : QStringLiteral("AND caller = ?")));
    q.addBindValue(since.toMSecsSinceEpoch() / 3600000);
    q.addBindValue((until.toMSecsSinceEpoch() + 3599999) / 3600000);
    if (!caller.isEmpty())
        q.addBindValue(caller);
    if (!q.exec())
        return std::unexpected(sqlError(q.lastError(), db.databaseName()));
    QJsonArray points;
    while (q.next()) {
        const qint64 total = q.value(1).toLongLong();
        points.append(QJsonObject{
            {QStringLiteral("start"),
             iso(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong() * hoursPerBucket * 3600000, Qt::UTC))},
            {QStringLiteral("total"), total},
            {QStringLiteral("success"), q.value(2).toLongLong()},
            {QStringLiteral("failed"), q.value(3).toLongLong()},
            {QStringLiteral("avgExecutionTimeMs"), total ? qRound64(q.value(4).toDouble() / double(total)) : 0}});
    }
    return points;
}

QJsonObject AuditQuery::toJson(const AuditRecord& r, bool full)
{
    QJsonObject json{{QStringLiteral("id"), QString::number(r.id)},
                     {QStringLiteral("kind"), AuditRecord::kindName(r.kind)},
                     {QStringLiteral("toolName"), r.tool},
                     {QStringLiteral("toolInput"), r.input},
                     {QStringLiteral("toolOutput"), r.output},
                     {QStringLiteral("status"), r.status},
                     {QStringLiteral("errorMessage"), r.errorMessage.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                : QJsonValue(r.errorMessage)},
                     {QStringLiteral("executionTimeMs"), r.executionMs},
                     {QStringLiteral("createdAt"), iso(r.createdAt)},
                     {QStringLiteral("provider"), r.provider},
                     {QStringLiteral("connection"),
                      r.connectionId ? QJsonValue(QJsonObject{{QStringLiteral("id"), r.connectionId},
                                                              {QStringLiteral("account"), r.connectionAccount}})
                                     : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("sequence"), r.sequence ? QJsonValue(r.sequence) : QJsonValue(QJsonValue::Null)}};
    if (!r.errorCode.isEmpty())
        json.insert(QStringLiteral("errorCode"), r.errorCode);
    if (full) {
        json.insert(QStringLiteral("agentId"), r.caller);
        json.insert(QStringLiteral("userId"), r.userId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.userId));
        json.insert(QStringLiteral("completedAt"), isoOrNull(r.completedAt));
        json.insert(QStringLiteral("seal"), r.seal.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.seal));
        // 002 nests the agent; here the caller is a name, not a row of its own.
        json.insert(QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), r.caller}, {QStringLiteral("name"), r.caller}});
    } else {
        json.insert(QStringLiteral("agentId"), r.caller);
    }
    return json;
}

} // namespace sb
