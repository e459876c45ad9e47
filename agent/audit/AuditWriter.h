#pragma once

#include "audit/AuditTypes.h"
#include "audit/Redactor.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

namespace sb {

class Database;

// The one writer of the audit trail (agent thread). Work is queued and committed in batches — one transaction per
// turn of the event loop, or every kMaxBatch operations — so ingest scales to tens of thousands of executions a
// second. Within a batch, in order:
//  - begin(): a pending row goes into audit_pending; `committed` runs only after the transaction committed, so the
//    caller may call the provider knowing a crash leaves at least this record;
//  - complete()/record(): the finished record is inserted into audit_records once, with the next sequence number
//    and its seal (AuditSeal), its full-text row, and its share of the hourly, daily and all-time rollups (stats
//    never scan the trail); complete() removes the pending row.
// Everything is redacted (Redactor) before it is written.
class AuditWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxBatch = 8000;

    explicit AuditWriter(Database& database, QObject* parent = nullptr);
    ~AuditWriter() override;

    // Loads the chain head and marks records left pending by a crash as interrupted (sealed now).
    [[nodiscard]] Status open();
    [[nodiscard]] int interruptedAtOpen() const { return m_interruptedAtOpen; }

    using Committed = std::function<void(Result<qint64>)>;
    // Queues a pending tool record; returns its id at once. `committed` gets the id once it is durable.
    qint64 begin(AuditRecord record, Committed committed);
    void complete(qint64 id, AuditCompletion completion);
    // A connection or admin event (or any finished record): sealed in its batch. Returns the id.
    qint64 record(AuditRecord record, Committed committed = {});

    // Commits what is queued now (also called by the batch timer and the destructor).
    Status flush();

    // Retention: removes sealed records created before `cutoff`, in sequence order, behind a checkpoint that keeps
    // the last removed seal so the remaining chain still verifies. Returns how many were removed.
    [[nodiscard]] Result<qint64> prune(const QDateTime& cutoff);

    [[nodiscard]] qint64 lastSequence() const { return m_lastSequence; }

signals:
    // After every committed batch (new, completed or pending records); the console refreshes its views.
    void recordsWritten(qint64 lastSequence);

private:
    struct Op
    {
        enum class Type { Insert, Complete, Record } type;
        AuditRecord record;
        Committed committed;
    };

    void enqueue(Op op);
    [[nodiscard]] AuditRecord redacted(AuditRecord record) const;
    [[nodiscard]] Status rebuildCoarseRollups(QSqlDatabase& db);

    struct RollupRows; // defined in AuditWriter.cpp

    Database& m_database;
    Redactor m_redactor;
    std::unique_ptr<RollupRows> m_rollupRows;
    std::vector<Op> m_queue; // reserved to kMaxBatch: no reallocation while a batch fills
    bool m_flushScheduled = false;
    QHash<qint64, AuditRecord> m_pending;    // inserted, not yet sealed
    QHash<qint64, QByteArray> m_pendingInput; // their input's JSON (UTF-8), serialised once
    qint64 m_nextId = 1;
    qint64 m_lastSequence = 0;
    QString m_lastSeal;
    int m_interruptedAtOpen = 0;
};

} // namespace sb
