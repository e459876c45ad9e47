#pragma once

#include "core/Result.h"
#include "store/Migrations.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;

namespace sb {

// The store. SQLite (WAL) today; the shape leaves room for the PostgreSQL team backend: callers only ever see
// `writer()` (this thread's read-write connection) and `read()` (work on a pooled read-only connection), and the
// migrations are dialect-neutral SQL.
//
// Threads: Qt SQL connections may only be used by the thread that opened them, so each thread gets its own named
// writer connection, and reads run on a small thread pool whose threads each hold one read-only connection. In WAL
// mode readers never wait for the writer, so a long write never stalls a page that is loading.
class Database
{
public:
    enum class Backend { Sqlite };

    ~Database();

    // Opens (creating if needed) the SQLite file, switches it to WAL and applies `migrations`.
    // Fails with database_corrupt / database_readonly / database_locked / migration_failed, never crashes.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openSqlite(const QString& path,
                                                                      const QList<Migration>& migrations
                                                                      = Migrations::all(),
                                                                      int readPoolSize = 3);

    [[nodiscard]] Backend backend() const { return Backend::Sqlite; }
    [[nodiscard]] const QString& path() const { return m_path; }

    // This thread's read-write connection, opened on first use.
    [[nodiscard]] Result<QSqlDatabase> writer();

    // Runs `work` on a read-only connection in the read pool, then hands its result to `done` in `context`'s thread.
    template <typename T>
    void read(QObject* context, std::function<T(QSqlDatabase&)> work, std::function<void(Result<T>)> done);

    [[nodiscard]] Result<int> schemaVersion();
    [[nodiscard]] Result<QString> sqliteVersion();

    // Closes this thread's connections (call from threads that used writer() before they end).
    void releaseThreadConnections();

    // Blocks until the background checkpoint (if one runs) is done; for tests and benchmarks.
    void waitForCheckpoints();

private:
    explicit Database(QString path, int readPoolSize);
    [[nodiscard]] Result<QSqlDatabase> openConnection(const QString& name, bool readOnly) const;
    [[nodiscard]] Result<QSqlDatabase> readerForThisThread();
    [[nodiscard]] QString connectionName(const char* role) const;
    static int walCommitted(void* database, sqlite3* connection, const char* schema, int walFrames);
    void checkpoint();

    QString m_path;
    QString m_instanceTag; // keeps connection names unique per Database object
    std::unique_ptr<QThreadPool> m_readPool;
    // One thread that copies the write-ahead log into the database file (see walCommitted).
    std::unique_ptr<QThreadPool> m_checkpointPool;
    std::atomic_bool m_checkpointQueued = false;
};

template <typename T>
void Database::read(QObject* context, std::function<T(QSqlDatabase&)> work, std::function<void(Result<T>)> done)
{
    QPointer<QObject> guard(context);
    m_readPool->start([this, guard, work = std::move(work), done = std::move(done)]() mutable {
        Result<QSqlDatabase> db = readerForThisThread();
        Result<T> result = db ? Result<T>(work(*db)) : Result<T>(std::unexpected(db.error()));
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
            Qt::QueuedConnection);
    });
}

} // namespace sb
