#pragma once

#include "audit/AuditTypes.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
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

    // The API's JSON for one record; `full` adds 002's single-record fields (agentId, userId, agent{…}).
    [[nodiscard]] static QJsonObject toJson(const AuditRecord& record, bool full);
};

} // namespace sb

Q_DECLARE_METATYPE(sb::ToolStats)
