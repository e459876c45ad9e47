#pragma once

#include "audit/AuditExporter.h"
#include "audit/AuditQuery.h"
#include "audit/AuditTypes.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace sb {

class Database;

// The console's reads of the audit trail. Every call returns at once: the query runs on one of the store's
// read-only connections (Database::read) and `done` runs later in `context`'s thread — never if `context` died
// first. So a page over a million records never blocks the GUI thread on SQLite, even while the agent ingests.
//
// The reader lives in the console's thread; AgentClient hands it the agent's database once the agent started, and
// relays the audit writer's commits as recordsWritten() so live views can fetch what is new.
class AuditReader : public QObject
{
    Q_OBJECT
public:
    explicit AuditReader(QObject* parent = nullptr);

    // Held weakly: with no database, or once its owner (the agent) let it go, calls fail with "not_running".
    void setDatabase(std::weak_ptr<Database> database);
    [[nodiscard]] bool isAvailable() const { return !m_database.expired(); }

    template <typename T>
    using Done = std::function<void(Result<T>)>;

    void list(QObject* context, const AuditFilter& filter, Done<AuditPage> done);
    void get(QObject* context, qint64 id, Done<std::optional<AuditRecord>> done);
    void stats(QObject* context, const StatsQuery& query, Done<StatsSnapshot> done);
    void filterOptions(QObject* context, Done<AuditFilterOptions> done);
    void verify(QObject* context, Done<AuditVerifyReport> done);
    // Writes every record matching `filter` (newest first) to `path` as CSV or a JSON array, through a temporary
    // file that replaces `path` only when complete; cancelling leaves `path` untouched. Returns the count written.
    void exportRecords(QObject* context, const AuditFilter& filter, const QString& path, AuditExportFormat format,
                       std::shared_ptr<AuditExportControl> control, Done<qint64> done);

signals:
    void availableChanged(bool available);
    // The audit writer committed a batch (new or completed records).
    void recordsWritten();

private:
    template <typename T>
    void run(QObject* context, std::function<Result<T>(QSqlDatabase&)> work, Done<T> done);

    std::weak_ptr<Database> m_database;
    bool m_announcedAvailable = false; // the store can expire unannounced; setDatabase() catches up
};

} // namespace sb
