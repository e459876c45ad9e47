#pragma once

#include "audit/AuditSeal.h"
#include "audit/AuditTypes.h"

#include <QSqlQuery>

namespace sb::audit_row {

// The columns of audit_records in select order; rows map to AuditRecord and to the seal's canonical input.
inline const QString kColumns = QStringLiteral(
    "id, kind, caller, user_id, tool, provider, connection_id, connection_account, input, output, status, error_code, "
    "error_message, execution_ms, created_at, completed_at, seq, seal");

// audit_pending's columns as kColumns: a running tool call has no outcome, sequence or seal yet.
[[nodiscard]] inline QString pendingColumns(bool withInput = true)
{
    return QStringLiteral("id, 'tool', caller, user_id, tool, provider, connection_id, connection_account, %1, NULL, "
                          "'pending', '', '', 0, created_at, NULL, NULL, NULL")
        .arg(withInput ? QStringLiteral("input") : QStringLiteral("NULL"));
}

// Compact JSON of an object or array, as UTF-8 (as stored); empty for null/undefined (stored as NULL).
[[nodiscard]] QByteArray jsonUtf8(const QJsonValue& value);
[[nodiscard]] inline QString jsonText(const QJsonValue& value) { return QString::fromUtf8(jsonUtf8(value)); }
[[nodiscard]] QJsonValue parseJson(const QString& text);

[[nodiscard]] AuditRecord fromQuery(const QSqlQuery& query); // query selected kColumns
[[nodiscard]] AuditSealInput sealInputFromQuery(const QSqlQuery& query);
// `inputJson`: the input's JSON when already known (it does not change between pending and sealed).
[[nodiscard]] AuditSealInput sealInput(const AuditRecord& record, const QByteArray* inputJson = nullptr);

[[nodiscard]] inline qint64 msOf(const QDateTime& time) { return time.isValid() ? time.toMSecsSinceEpoch() : 0; }

} // namespace sb::audit_row
