#include "audit/AuditReader.h"

#include "audit/AuditVerifier.h"
#include "store/Database.h"

namespace sb {

AuditReader::AuditReader(QObject* parent)
    : QObject(parent)
{
}

void AuditReader::setDatabase(std::weak_ptr<Database> database)
{
    m_database = std::move(database);
    if (isAvailable() == m_announcedAvailable)
        return;
    m_announcedAvailable = isAvailable();
    emit availableChanged(m_announcedAvailable);
}

template <typename T>
void AuditReader::run(QObject* context, std::function<Result<T>(QSqlDatabase&)> work, Done<T> done)
{
    // Locked for the call only: the read pool's tasks finish before the store is destroyed (~Database waits).
    const std::shared_ptr<Database> database = m_database.lock();
    if (!database) {
        // Still asynchronous, so callers see one behaviour whether or not the agent is up.
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                done(fail(QStringLiteral("not_running"),
                          tr("The audit trail is not available: the agent is not running.")));
            },
            Qt::QueuedConnection);
        return;
    }
    // The outer Result says whether a read connection could be opened, the inner one how the query went.
    database->read<Result<T>>(context, std::move(work), [done = std::move(done)](Result<Result<T>> result) {
        done(result ? std::move(*result) : Result<T>(std::unexpected(result.error())));
    });
}

void AuditReader::list(QObject* context, const AuditFilter& filter, Done<AuditPage> done)
{
    run<AuditPage>(context, [filter](QSqlDatabase& db) { return AuditQuery::list(db, filter); }, std::move(done));
}

void AuditReader::get(QObject* context, qint64 id, Done<std::optional<AuditRecord>> done)
{
    run<std::optional<AuditRecord>>(context, [id](QSqlDatabase& db) { return AuditQuery::get(db, id); },
                                    std::move(done));
}

void AuditReader::stats(QObject* context, const StatsQuery& query, Done<StatsSnapshot> done)
{
    run<StatsSnapshot>(context, [query](QSqlDatabase& db) { return AuditQuery::snapshot(db, query); },
                       std::move(done));
}

void AuditReader::filterOptions(QObject* context, Done<AuditFilterOptions> done)
{
    run<AuditFilterOptions>(context, [](QSqlDatabase& db) { return AuditQuery::filterOptions(db); },
                            std::move(done));
}

void AuditReader::verify(QObject* context, Done<AuditVerifyReport> done)
{
    run<AuditVerifyReport>(context, [](QSqlDatabase& db) { return AuditVerifier::verify(db); }, std::move(done));
}

void AuditReader::exportRecords(QObject* context, const AuditFilter& filter, const QString& path,
                                AuditExportFormat format, std::shared_ptr<AuditExportControl> control,
                                Done<qint64> done)
{
    run<qint64>(
        context,
        [filter, path, format, control](QSqlDatabase& db) {
            return AuditExporter::write(db, filter, path, format, *control);
        },
        std::move(done));
}

} // namespace sb
