#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sb {

// One record of the audit trail: a tool execution (002's ToolExecutionAudit: id, agentId, userId, toolName, toolInput,
// toolOutput, status, errorMessage, executionTimeMs, createdAt) or a connection/admin event. In code the 002
// "agentId" is the caller (an assistant, an automation, "console:<user>"), kept apart from the agent process.
// Everything here has been redacted before it reaches the store.
struct AuditRecord
{
    enum class Kind { Tool, Connection, Admin };

    qint64 id = 0;
    Kind kind = Kind::Tool;
    QString caller;
    QString userId;
    QString tool;     // the tool, or the event ("connection.connected", "admin.api_token_regenerated")
    QString provider; // catalog id, empty for admin events
    qint64 connectionId = 0; // 0: none
    QString connectionAccount;
    QJsonValue input;  // object
    QJsonValue output; // null until completed
    QString status;    // pending, success, failed, interrupted
    QString errorCode;
    QString errorMessage;
    qint64 executionMs = 0;
    QDateTime createdAt; // UTC
    QDateTime completedAt;
    qint64 sequence = 0; // 0 until sealed
    QString seal;        // hex SHA-256, empty until sealed

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static Kind kindFromName(const QString& name);
};

namespace audit_status {
inline const QString Pending = QStringLiteral("pending");
inline const QString Success = QStringLiteral("success");
inline const QString Failed = QStringLiteral("failed");
inline const QString Interrupted = QStringLiteral("interrupted");
} // namespace audit_status

// How a pending tool record ends.
struct AuditCompletion
{
    QString status; // success or failed
    QJsonValue output;
    QString errorCode;
    QString errorMessage;
    qint64 executionMs = 0;
    qint64 connectionId = 0; // the account the call used, when known only after the pending record
    QString connectionAccount;
};

// A query over the trail (console filters, `switchboardctl audit`, the API). Empty fields do not filter.
struct AuditFilter
{
    QString caller;
    QString tool;
    QString status;
    QString kind;
    QDateTime since; // inclusive
    QDateTime until; // exclusive
    QString search;  // full-text over inputs, outputs and errors (FTS5)
    qint64 before = 0; // cursor: records older than this id (newest first)
    int limit = 50;
    QString provider;
    qint64 connectionId = 0;
    // Live updates: only records newer than this id, oldest first (so a view can prepend them in order).
    qint64 after = 0;
    // false: input and output are left null (a table row needs neither; the detail pane gets the whole record).
    bool withPayload = true;

    [[nodiscard]] bool operator==(const AuditFilter&) const = default;
};

// The distinct values the console's filter menus offer.
struct AuditFilterOptions
{
    QStringList callers;
    QStringList tools;  // tools that ran at least once
    QStringList events; // connection and admin event names
};

struct AuditPage
{
    QList<AuditRecord> records;
    bool hasMore = false;
};

// What `audit verify` reports: the first record edited, removed or reordered.
struct AuditVerifyReport
{
    bool ok = true;
    qint64 checked = 0;
    qint64 checkpointSequence = 0; // records up to here were pruned by retention
    QString problem;               // "", "edited", "removed", "reordered"
    qint64 recordId = 0;           // the first bad record (0 when it is gone)
    qint64 sequence = 0;           // where the chain broke
    QString message;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::AuditRecord)
