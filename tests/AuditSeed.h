#pragma once

// Seeds an audit trail the way the tool executor writes it (a pending record, then its completion), for the tests
// that check what the stats show for a known trail.
#include "audit/AuditWriter.h"

#include <QDateTime>
#include <QJsonObject>

namespace sb::test {

// `count` executions of `tool` by `caller`, created at `when` (the rollups count them at their creation hour).
inline void seedExecutions(AuditWriter& writer, const QString& caller, const QString& tool, const QDateTime& when,
                           const QString& status, qint64 ms, int count = 1)
{
    for (int i = 0; i < count; ++i) {
        AuditRecord r;
        r.caller = caller;
        r.tool = tool;
        r.provider = QStringLiteral("google");
        r.input = QJsonObject{{QStringLiteral("n"), i}};
        r.createdAt = when;
        const qint64 id = writer.begin(r, {});
        AuditCompletion c;
        c.status = status;
        c.executionMs = ms;
        if (status == audit_status::Failed) {
            c.errorCode = QStringLiteral("provider_rejected");
            c.errorMessage = QStringLiteral("refused");
        }
        writer.complete(id, c);
    }
}

} // namespace sb::test
