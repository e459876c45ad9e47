#include "store/Database.h"

#include "core/Logging.h"
#include "store/SqlError.h"
#include "store/SqliteStatement.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>

#include <sqlite3.h>

namespace sb {

namespace {
constexpr int kBusyTimeoutMs = 5000;
// The writer's page cache: the hot pages of the audit trail's indexes stay in memory between batches.
constexpr int kWriterCacheKiB = 32 * 1024;
// A checkpoint is started once the write-ahead log holds this many pages (SQLite's own default threshold).
constexpr int kCheckpointFrames = 1000;
}

Database::Database(QString path, int readPoolSize)
    : m_path(std::move(path))
    , m_instanceTag(QUuid::createUuid().toString(QUuid::Id128).left(8))
    , m_readPool(std::make_unique<QThreadPool>())
{
    m_readPool->setMaxThreadCount(readPoolSize);
    m_readPool->setExpiryTimeout(-1); // pool threads keep their read connection for the Database's lifetime
    m_readPool->setObjectName(QStringLiteral("sb-db-readers"));
    m_checkpointPool = std::make_unique<QThreadPool>();
    m_checkpointPool->setMaxThreadCount(1);
    m_checkpointPool->setExpiryTimeout(-1);
    m_checkpointPool->setObjectName(QStringLiteral("sb-db-checkpoint"));
}

Database::~Database()
{
    m_checkpointPool->waitForDone();
    m_checkpointPool->start([this] { releaseThreadConnections(); });
    m_checkpointPool->waitForDone();
    m_checkpointPool.reset();
    // Each pool thread closes its own read connection: connections belong to the thread that opened them.
    const int threads = m_readPool->maxThreadCount();
    for (int i = 0; i < threads; ++i)
        m_readPool->start([this] { releaseThreadConnections(); });
    m_readPool->waitForDone();
    m_readPool.reset();
    releaseThreadConnections();
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, const QList<Migration>& migrations,
                                                      int readPoolSize)
{
    std::unique_ptr<Database> database(new Database(path, readPoolSize));
    Result<QSqlDatabase> db = database->writer();
    if (!db)
        return std::unexpected(db.error());

    QSqlQuery query(*db);
    // journal_mode=WAL is the first statement that reads the file: a damaged or foreign file fails here.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return std::unexpected(sqlError(query.lastError(), path));
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // A read-only file or folder keeps the old journal mode: report it rather than run without WAL.
        return fail(QStringLiteral("database_readonly"),
                    QObject::tr("The database %1 cannot be switched to write-ahead logging (it stays in \"%2\" "
                                "mode). Check that the file and its folder are writable.")
                        .arg(path, query.value(0).toString()));
    }
    query.finish();
    if (Status migrated = Migrations::apply(*db, migrations); !migrated)
        return std::unexpected(migrated.error());
    return database;
}

QString Database::connectionName(const char* role) const
{
    return QStringLiteral("sb-%1-%2-%3")
        .arg(m_instanceTag, QString::fromLatin1(role))
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

Result<QSqlDatabase> Database::openConnection(const QString& name, bool readOnly) const
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        if (existing.isOpen())
            return existing;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const Error error = sqlError(db.lastError(), m_path);
        return std::unexpected(error);
    }
    // Per connection, not per file: a writer opened by another thread (the audit writer's, a worker's) would
    // otherwise sync the WAL on every commit (synchronous=FULL) and work with SQLite's 2 MB page cache, re-reading the
    // index pages every batch touches. NORMAL in WAL mode loses no committed data on an application crash.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys=ON")};
    if (!readOnly)
        pragmas << QStringLiteral("PRAGMA synchronous=NORMAL") << QStringLiteral("PRAGMA cache_size=-%1").arg(kWriterCacheKiB);
    QSqlQuery query(db);
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            const Error error = sqlError(query.lastError(), m_path);
            db.close();
            return std::unexpected(error);
        }
    }
    // Replaces SQLite's automatic checkpoint, which copies the log into the file inside the commit that crossed the
    // threshold, on the committing thread: the audit writer spent a twentieth of its time there.
    if (!readOnly) {
        if (sqlite3* handle = sqliteHandle(db))
            sqlite3_wal_hook(handle, &Database::walCommitted, const_cast<Database*>(this));
    }
    return db;
}

int Database::walCommitted(void* database, sqlite3*, const char*, int walFrames)
{
    auto* self = static_cast<Database*>(database);
    if (walFrames >= kCheckpointFrames && !self->m_checkpointQueued.exchange(true))
        self->m_checkpointPool->start([self] { self->checkpoint(); });
    return SQLITE_OK;
}

void Database::checkpoint()
{
    // Cleared first: a commit during this checkpoint queues the next one.
    m_checkpointQueued = false;
    Result<QSqlDatabase> db = openConnection(connectionName("c"), false);
    if (!db) {
        qCWarning(lcStore).noquote() << "checkpoint: cannot open" << m_path << db.error().message;
        return;
    }
    // PASSIVE: never waits for readers or the writer; what it cannot copy now, the next one does.
    QSqlQuery query(*db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcStore).noquote() << "checkpoint failed:" << sqlError(query.lastError(), m_path).message;
}

void Database::waitForCheckpoints()
{
    m_checkpointPool->waitForDone();
}

Result<QSqlDatabase> Database::writer()
{
    if (!QFileInfo(m_path).exists() && !QFileInfo(QFileInfo(m_path).absolutePath()).isWritable())
        return fail(QStringLiteral("database_readonly"),
                    QObject::tr("Cannot create the database %1: its folder is not writable.").arg(m_path));
    return openConnection(connectionName("w"), false);
}

Result<QSqlDatabase> Database::readerForThisThread()
{
    return openConnection(connectionName("r"), true);
}

void Database::releaseThreadConnections()
{
    for (const char* role : {"w", "r", "c"}) {
        const QString name = connectionName(role);
        if (!QSqlDatabase::contains(name))
            continue;
        {
            QSqlDatabase connection = QSqlDatabase::database(name, false);
            if (sqlite3* handle = sqliteHandle(connection))
                sqlite3_wal_hook(handle, nullptr, nullptr); // the Database may go before SQLite frees the connection
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<int> Database::schemaVersion()
{
    Result<QSqlDatabase> db = writer();
    if (!db)
        return std::unexpected(db.error());
    return Migrations::currentVersion(*db);
}

Result<QString> Database::sqliteVersion()
{
    Result<QSqlDatabase> db = writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery query(*db);
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return std::unexpected(sqlError(query.lastError(), m_path));
    return query.value(0).toString();
}

} // namespace sb
