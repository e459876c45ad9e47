#include "audit/AuditVerifier.h"

#include "audit/AuditRow.h"
#include "audit/AuditSeal.h"
#include "store/SqlError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditVerifier", text);
}

// Is `seal` the link of `content` to one of the seals stored near `sequence`? Then the record is intact but moved.
Result<qint64> sealedAfter(QSqlDatabase& db, qint64 sequence, const AuditSealInput& content, const QString& seal)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, seal FROM audit_records WHERE seq BETWEEN ? AND ?"));
    q.addBindValue(sequence - 512);
    q.addBindValue(sequence + 512);
    if (!q.exec())
        return std::unexpected(sqlError(q.lastError(), db.databaseName()));
    while (q.next()) {
        if (q.value(1).toString() != seal && AuditSeal::seal(q.value(1).toString(), content) == seal)
            return q.value(0).toLongLong();
    }
    return qint64(0);
}

} // namespace

Result<AuditVerifyReport> AuditVerifier::verify(QSqlDatabase& db)
{
    AuditVerifyReport report;
    QSqlQuery q(db);
    QString previous;
    qint64 expected = 1;
    if (!q.exec(QStringLiteral("SELECT seq, seal FROM audit_checkpoint WHERE id = 1")))
        return std::unexpected(sqlError(q.lastError(), db.databaseName()));
    if (q.next()) {
        report.checkpointSequence = q.value(0).toLongLong();
        previous = q.value(1).toString();
        expected = report.checkpointSequence + 1;
    }
    q.finish();

    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1 FROM audit_records WHERE seq IS NOT NULL ORDER BY seq")
                       .arg(audit_row::kColumns)))
        return std::unexpected(sqlError(rows.lastError(), db.databaseName()));
    qint64 previousId = 0;
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const qint64 sequence = rows.value(16).toLongLong();
        const QString seal = rows.value(17).toString();
        if (sequence != expected) {
            report.ok = false;
            report.problem = QStringLiteral("removed");
            report.sequence = expected;
            report.recordId = 0;
            report.message = previousId
                                 ? tr("The record with sequence %1 was removed (it came after record %2 and before "
                                      "record %3).").arg(expected).arg(previousId).arg(id)
                                 : tr("The record with sequence %1 was removed (before record %2).").arg(expected).arg(id);
            return report;
        }
        const AuditSealInput content = audit_row::sealInputFromQuery(rows);
        if (AuditSeal::seal(previous, content) != seal) {
            report.ok = false;
            report.sequence = sequence;
            report.recordId = id;
            const Result<qint64> after = sealedAfter(db, sequence, content, seal);
            if (!after)
                return std::unexpected(after.error());
            if (*after) {
                report.problem = QStringLiteral("reordered");
                report.message = tr("Record %1 was moved: it was sealed right after record %2 but now sits at "
                                    "sequence %3.").arg(id).arg(*after).arg(sequence);
            } else {
                report.problem = QStringLiteral("edited");
                report.message = tr("Record %1 (sequence %2) was edited: its content no longer matches its seal.")
                                     .arg(id)
                                     .arg(sequence);
            }
            return report;
        }
        previous = seal;
        previousId = id;
        ++expected;
        ++report.checked;
    }
    report.message = tr("The audit trail is intact: %1 sealed records verified.").arg(report.checked);
    return report;
}

QJsonObject AuditVerifier::toJson(const AuditVerifyReport& r)
{
    QJsonObject json{{QStringLiteral("ok"), r.ok},
                     {QStringLiteral("checked"), r.checked},
                     {QStringLiteral("checkpointSequence"), r.checkpointSequence},
                     {QStringLiteral("message"), r.message}};
    if (!r.ok) {
        json.insert(QStringLiteral("problem"), r.problem);
        json.insert(QStringLiteral("sequence"), r.sequence);
        json.insert(QStringLiteral("recordId"), r.recordId ? QJsonValue(QString::number(r.recordId))
                                                           : QJsonValue(QJsonValue::Null));
    }
    return json;
}

} // namespace sb
