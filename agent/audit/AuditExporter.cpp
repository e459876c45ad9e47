#include "audit/AuditExporter.h"

#include "audit/AuditQuery.h"
#include "audit/AuditRow.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace sb {

namespace {

QString csvField(const QString& value)
{
    // RFC 4180: quote fields holding a separator, a quote or a line break; double the quotes.
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray csvLine(const AuditRecord& r)
{
    const QStringList fields{QString::number(r.id),
                             iso(r.createdAt),
                             AuditRecord::kindName(r.kind),
                             r.caller,
                             r.tool,
                             r.provider,
                             r.connectionId ? QString::number(r.connectionId) : QString(),
                             r.connectionAccount,
                             r.status,
                             r.errorCode,
                             r.errorMessage,
                             QString::number(r.executionMs),
                             iso(r.completedAt),
                             audit_row::jsonText(r.input),
                             audit_row::jsonText(r.output),
                             r.sequence ? QString::number(r.sequence) : QString(),
                             r.seal};
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted << csvField(field);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

QStringList AuditExporter::csvHeader()
{
    return {QStringLiteral("id"),          QStringLiteral("created_at"),   QStringLiteral("kind"),
            QStringLiteral("caller"),      QStringLiteral("tool"),         QStringLiteral("provider"),
            QStringLiteral("connection_id"), QStringLiteral("connection_account"), QStringLiteral("status"),
            QStringLiteral("error_code"),  QStringLiteral("error_message"), QStringLiteral("execution_ms"),
            QStringLiteral("completed_at"), QStringLiteral("input"),       QStringLiteral("output"),
            QStringLiteral("sequence"),    QStringLiteral("seal")};
}

namespace {

// What went wrong and what to do about it; a file that existed is left as it was (QSaveFile).
Error exportFailedError(const QString& path, const QString& reason)
{
    return Error{QStringLiteral("export_failed"),
                 AuditExporter::tr("Could not write %1: %2. Nothing was changed there; choose another folder, or free "
                                   "some space and export again.")
                     .arg(path, reason)};
}

} // namespace

Result<qint64> AuditExporter::write(QSqlDatabase& db, const AuditFilter& filter, const QString& path,
                                    AuditExportFormat format, AuditExportControl& control)
{
    AuditFilter page = filter;
    page.after = 0;
    page.before = 0;
    page.withPayload = true;
    page.limit = kPageSize;
    const Result<qint64> total = AuditQuery::count(db, page);
    if (!total)
        return std::unexpected(total.error());
    control.total = *total;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(exportFailedError(path, file.errorString()));
    auto put = [&file](const QByteArray& bytes) { return file.write(bytes) == bytes.size(); };
    const bool json = format == AuditExportFormat::Json;
    bool ok = put(json ? QByteArray("[") : csvHeader().join(QLatin1Char(',')).toUtf8() + "\r\n");
    qint64 written = 0;
    while (ok) {
        if (control.cancelled) {
            file.cancelWriting();
            return fail(QStringLiteral("cancelled"), tr("The export was cancelled; %1 was not changed.").arg(path));
        }
        const Result<AuditPage> records = AuditQuery::list(db, page);
        if (!records) {
            file.cancelWriting();
            return std::unexpected(records.error());
        }
        for (const AuditRecord& record : records->records) {
            if (json)
                ok = ok
                     && put((written ? QByteArray(",\n") : QByteArray("\n"))
                            + QJsonDocument(AuditQuery::toJson(record, true)).toJson(QJsonDocument::Compact));
            else
                ok = ok && put(csvLine(record));
            ++written;
        }
        control.written = written;
        if (!records->hasMore || records->records.isEmpty())
            break;
        page.before = records->records.constLast().id;
    }
    if (ok && json)
        ok = put("\n]\n");
    if (!ok || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return std::unexpected(exportFailedError(path, reason));
    }
    return written;
}

} // namespace sb
