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

// The two tables a filtered read looks at: finished records, and the tool calls still running (schema step 7).
enum class Arm { Records, Pending };

// The FROM and WHERE of one table's part of a filtered read, and its ORDER BY when it is read alone.
struct FilterSql
{
    QString from;
    QStringList where;
    QVariantList binds;
    QString order;

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

// `arm`'s share of the filter; nullopt when none of its rows can match (a running call has no outcome yet, is a tool
// call, and is not in the full-text index).
std::optional<FilterSql> filterSql(const AuditFilter& f, Arm arm)
{
    const bool search = !f.search.trimmed().isEmpty();
    const bool live = f.after > 0;
    const bool pending = arm == Arm::Pending;
    if (pending
        && (search || (!f.status.isEmpty() && f.status != audit_status::Pending)
            || (!f.kind.isEmpty() && f.kind != AuditRecord::kindName(AuditRecord::Kind::Tool))))
        return std::nullopt;
    if (!pending && f.status == audit_status::Pending)
        return std::nullopt;

    FilterSql sql;
    const QString alias = pending ? QStringLiteral("p.") : QStringLiteral("r.");
    sql.from = pending ? QStringLiteral("audit_pending p") : QStringLiteral("audit_records r");
    sql.order = QStringLiteral("%1created_at DESC, %1id DESC").arg(alias);
    // A live update asks for the few records above `after`: the primary key finds them, so the other terms are
    // kept off their indexes ("+column"), which would otherwise walk a caller's whole history.
    auto column = [live, &alias](const char* name) {
        return (live ? QStringLiteral("+") : QString()) + alias + QLatin1String(name);
    };
    if (search)
        sql.add(QStringLiteral("audit_fts MATCH ?"), ftsQuery(f.search));
    if (!f.caller.isEmpty())
        sql.add(column("caller") + QStringLiteral(" = ?"), f.caller);
    if (!f.tool.isEmpty())
        sql.add(column("tool") + QStringLiteral(" = ?"), f.tool);
    // The status and kind indexes are partial (schema step 6): a rare value repeats the index's condition, else
    // SQLite would not use it. The common values (success, tool) walk the time index instead.
    if (!pending && !f.status.isEmpty()) {
        sql.add(column("status") + QStringLiteral(" = ?"), f.status);
        if (f.status != audit_status::Success)
            sql.where << column("status") + QStringLiteral(" NOT IN ('success', 'pending')");
    }
    if (!pending && !f.kind.isEmpty()) {
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
    const QString rowid = search ? QStringLiteral("audit_fts.rowid") : alias + QStringLiteral("id");
    if (search) {
        // Driven by the full-text index in rowid (= id, allocated in time order by the one writer) order, so a
        // common word stops after one page instead of sorting every match.
        sql.from = QStringLiteral("audit_fts JOIN audit_records r ON r.id = audit_fts.rowid");
        sql.order = QStringLiteral("audit_fts.rowid DESC");
        if (f.before > 0)
            sql.add(QStringLiteral("audit_fts.rowid < ?"), f.before);
    } else if (f.before > 0) {
        // Newest first by (created_at, id); the cursor is the last id of the previous page, finished or running. A
        // row-value comparison lets the index seek straight to it (an OR would scan down to it).
        sql.where << QStringLiteral("(%1created_at, %1id) < (COALESCE((SELECT created_at FROM audit_records WHERE id = ?), "
                                    "(SELECT created_at FROM audit_pending WHERE id = ?)), ?)")
                         .arg(alias);
        sql.binds << f.before << f.before << f.before;
    }
    if (live) {
        sql.add(rowid + QStringLiteral(" > ?"), f.after);
        sql.order = rowid + QStringLiteral(" ASC");
    }
    return sql;
}

// The select list of `arm` in audit_row::kColumns order; input and output are NULL without the payload.
QString selectList(Arm arm, bool withPayload)
{
    if (arm == Arm::Pending)
        return audit_row::pendingColumns(withPayload);
    QStringList columns = audit_row::kColumns.split(QStringLiteral(", "));
    for (QString& column : columns) {
        if (!withPayload && (column == QLatin1String("input") || column == QLatin1String("output")))
            column = QStringLiteral("NULL");
        else
            column.prepend(QStringLiteral("r."));
    }
    return columns.join(QStringLiteral(", "));
}

} // namespace

Result<AuditPage> AuditQuery::list(QSqlDatabase& db, const AuditFilter& f)
{
    const std::optional<FilterSql> records = filterSql(f, Arm::Records);
    const std::optional<FilterSql> pending = filterSql(f, Arm::Pending);
    const int limit = std::clamp(f.limit, 1, 5000);
    QString select;
    QVariantList binds;
    auto part = [&f](const FilterSql& sql, Arm arm) {
        return QStringLiteral("SELECT %1 FROM %2 %3").arg(selectList(arm, f.withPayload), sql.from, sql.whereClause());
    };
    if (records && pending) {
        // Both tables in one ordered merge: each part walks its own index in the same order, and the LIMIT stops
        // both (SQLite merges a compound SELECT's ordered parts). The ORDER BY names the result's columns.
        select = part(*records, Arm::Records) + QStringLiteral(" UNION ALL ") + part(*pending, Arm::Pending)
                 + QStringLiteral(" ORDER BY %1").arg(f.after > 0 ? QStringLiteral("id ASC")
                                                                 : QStringLiteral("created_at DESC, id DESC"));
        binds = records->binds + pending->binds;
    } else if (records || pending) {
        const FilterSql& only = records ? *records : *pending;
        select = part(only, records ? Arm::Records : Arm::Pending) + QStringLiteral(" ORDER BY ") + only.order;
        binds = only.binds;
    } else {
        return AuditPage{};
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(select + QStringLiteral(" LIMIT %1").arg(limit + 1));
    for (const QVariant& v : std::as_const(binds))
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
    qint64 total = 0;
    for (const Arm arm : {Arm::Records, Arm::Pending}) {
        const std::optional<FilterSql> sql = filterSql(f, arm);
        if (!sql)
            continue;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 %2").arg(sql->from, sql->whereClause()));
        for (const QVariant& v : sql->binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return std::unexpected(sqlError(q.lastError(), db.databaseName()));
        total += q.value(0).toLongLong();
    }
    return total;
}

Result<std::optional<AuditRecord>> AuditQuery::get(QSqlDatabase& db, qint64 id)
{
    // Running first: a call that finishes between the two reads is then found finished, never in neither table.
    for (const Arm arm : {Arm::Pending, Arm::Records}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3id = ?")
                      .arg(selectList(arm, true),
                           arm == Arm::Records ? QStringLiteral("audit_records r") : QStringLiteral("audit_pending p"),
                           arm == Arm::Records ? QStringLiteral("r.") : QStringLiteral("p.")));
        q.addBindValue(id);
        if (!q.exec())
            return std::unexpected(sqlError(q.lastError(), db.databaseName()));
        if (q.next())
            return std::optional<AuditRecord>(audit_row::fromQuery(q));
    }
    return std::optional<AuditRecord>();
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
