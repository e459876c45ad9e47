#pragma once

#include "audit/AuditTypes.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace sb {

// Stats for one caller or for everyone, from the rollups (never by scanning the trail).
struct ToolStats
{
    QString caller; // empty: all callers
    qint64 totalExecutions = 0;
    qint64 successfulExecutions = 0;
    qint64 failedExecutions = 0; // failed + interrupted
    qint64 interruptedExecutions = 0;
    qint64 avgExecutionTimeMs = 0;
    qint64 p50ExecutionTimeMs = 0;
    qint64 p95ExecutionTimeMs = 0;
    qint64 numAgents = 0;
    QList<QPair<QString, qint64>> toolBreakdown; // most used first

    [[nodiscard]] QString successRate() const; // "96.00"
    [[nodiscard]] QJsonObject toJson() const;
};

// A stats request: one caller or everyone, over [since, until) (both invalid: all time).
struct StatsQuery
{
    QString caller;
    QDateTime since;
    QDateTime until;

    [[nodiscard]] bool operator==(const StatsQuery&) const = default;
};

// Executions of one tool, one caller, or all of them.
struct StatsRow
{
    QString name;
    qint64 total = 0;
    qint64 success = 0;
    qint64 failed = 0; // failed + interrupted
    qint64 avgMs = 0;
    qint64 p50Ms = 0;
    qint64 p95Ms = 0;

    [[nodiscard]] double successRate() const { return total ? 100.0 * double(success) / double(total) : 0.0; }
};

struct StatsBucket
{
    QDateTime start; // UTC
    qint64 success = 0;
    qint64 failed = 0;
};

// Everything the stats page shows for one StatsQuery, from the rollups (never by scanning the trail).
struct StatsSnapshot
{
    StatsQuery query;
    StatsRow totals;
    QList<StatsRow> perTool;   // most executions first
    QList<StatsRow> perCaller; // most executions first
    QString bucket;            // "hour", "day" or "week": the width of a timeline bucket
    QList<StatsBucket> timeline; // every bucket of the range in time order, empty ones included

    [[nodiscard]] bool isEmpty() const { return totals.total == 0; }
};

// Reads of the trail, run on a read-only connection (Database::read). Indexes: created_at, (caller, created_at),
// (tool, status, created_at); full-text search through audit_fts.
class AuditQuery
{
public:
    [[nodiscard]] static Result<AuditPage> list(QSqlDatabase& db, const AuditFilter& filter);
    [[nodiscard]] static Result<std::optional<AuditRecord>> get(QSqlDatabase& db, qint64 id);
    [[nodiscard]] static Result<ToolStats> stats(QSqlDatabase& db, const QString& caller = {});
    // Buckets of `bucket` ("hour" or "day") between since and until: [{start, total, success, failed, avgMs}].
    [[nodiscard]] static Result<QJsonArray> timeline(QSqlDatabase& db, const QString& caller, const QString& bucket,
                                                     const QDateTime& since, const QDateTime& until);

    // Stats over a time range: whole UTC days come from the daily rollups, the edges from the hourly ones, and all
    // time from the per-(caller, tool) totals, so the cost does not grow with the trail.
    [[nodiscard]] static Result<StatsSnapshot> snapshot(QSqlDatabase& db, const StatsQuery& query);
    [[nodiscard]] static Result<AuditFilterOptions> filterOptions(QSqlDatabase& db);
    // How many records match (export progress); search and the cursors are honoured, limit is not.
    [[nodiscard]] static Result<qint64> count(QSqlDatabase& db, const AuditFilter& filter);

    // The API's JSON for one record; `full` adds 002's single-record fields (agentId, userId, agent{…}).
    [[nodiscard]] static QJsonObject toJson(const AuditRecord& record, bool full);
};

} // namespace sb

Q_DECLARE_METATYPE(sb::ToolStats)
Q_DECLARE_METATYPE(sb::StatsSnapshot)
