#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace sb;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void freshFileGetsEverySchemaStep();
    void olderFileIsUpgradedKeepingItsData();
    void reopeningAppliesNothingTwice();
    void walModeIsOn();
    void corruptFileIsAClearError();
    void foreignFormatFileIsAClearError();
    void readOnlyFileIsAClearError();
    void lockedFileIsAClearError();
    void newerSchemaIsRefused();
    void failingStepRollsBack();
    void readsRunOffTheCallingThreadOnReadOnlyConnections();
    void readersSeeCommittedWritesWhileAWriteIsOpen();
    void theLogIsCopiedIntoTheFileWhileTheStoreIsOpen();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("t.db")); }
    QTemporaryDir m_dir;
};

void TestDatabase::freshFileGetsEverySchemaStep()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("fresh.db")));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion().value(), Migrations::all().last().version);
    QSqlDatabase conn = (*db)->writer().value();
    QSqlQuery query(conn);
    QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")));
    QList<int> versions;
    while (query.next())
        versions << query.value(0).toInt();
    QList<int> expected;
    for (const Migration& m : Migrations::all())
        expected << m.version;
    QCOMPARE(versions, expected);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO connections (provider, account, state, created_at, updated_at) "
                                      "VALUES ('google', 'alice@example.com', 'connected', 'now', 'now')")));
}

void TestDatabase::olderFileIsUpgradedKeepingItsData()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("old.db"));
    const QList<Migration> all = Migrations::all();
    QVERIFY(all.size() >= 2);
    {
        auto v1 = Database::openSqlite(file, all.mid(0, 1));
        QVERIFY(v1);
        QCOMPARE((*v1)->schemaVersion().value(), 1);
        QSqlQuery query((*v1)->writer().value());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO settings VALUES ('language', 'de', 'now')")));
        QVERIFY(!query.exec(QStringLiteral("SELECT * FROM connections"))); // not there yet
    }
    auto upgraded = Database::openSqlite(file);
    QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().message));
    QCOMPARE((*upgraded)->schemaVersion().value(), all.last().version);
    QSqlQuery query((*upgraded)->writer().value());
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'language'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("de"));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM connections")));
}

void TestDatabase::reopeningAppliesNothingTwice()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("twice.db"));
    QVERIFY(Database::openSqlite(file));
    auto again = Database::openSqlite(file);
    QVERIFY(again);
    QSqlQuery query((*again)->writer().value());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && query.next());
    QCOMPARE(query.value(0).toInt(), Migrations::all().size());
}

void TestDatabase::walModeIsOn()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("wal.db")));
    QVERIFY(db);
    QSqlQuery query((*db)->writer().value());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
}

void TestDatabase::corruptFileIsAClearError()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("corrupt.db"));
    QVERIFY(Database::openSqlite(file));
    // Overwrite the page after the header: SQLite sees a database whose schema page is garbage.
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadWrite));
    const QByteArray header = raw.read(100);
    raw.seek(0);
    raw.write(header);
    raw.write(QByteArray(8192, '\xA5'));
    raw.close();
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));

    auto db = Database::openSqlite(file);
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("database_corrupt"));
    QVERIFY2(db.error().message.contains(file), qPrintable(db.error().message));
}

void TestDatabase::foreignFormatFileIsAClearError()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.db"));
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write(QByteArray("These are my notes, not a database.\n").repeated(200));
    raw.close();
    auto db = Database::openSqlite(file);
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("database_corrupt"));
    QVERIFY(db.error().message.contains(QStringLiteral("not a Switchboard database")));
}

void TestDatabase::readOnlyFileIsAClearError()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ro.db"));
    QVERIFY(Database::openSqlite(file));
    // File modes do not stop root (CI runs as root), the immutable attribute does: it stops everyone.
    const bool asRoot = ::geteuid() == 0;
    auto makeReadOnly = [&](bool on) {
        if (asRoot) {
            for (const QString& path : {file, dir.path()})
                QCOMPARE(QProcess::execute(QStringLiteral("chattr"), {on ? QStringLiteral("+i") : QStringLiteral("-i"), path}), 0);
        } else {
            QFile::setPermissions(file, on ? QFileDevice::ReadOwner : QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QFile::setPermissions(dir.path(), on ? QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                 : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    };
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    makeReadOnly(true);
    auto db = Database::openSqlite(file);
    makeReadOnly(false);
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("database_readonly"));
    QVERIFY(db.error().message.contains(QStringLiteral("cannot be")));
}

void TestDatabase::lockedFileIsAClearError()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("locked.db"));
    // Another program holds an exclusive lock (a plain rollback-journal database, as a foreign tool would leave it).
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE held (x)")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO held VALUES (1)")));

        auto db = Database::openSqlite(file);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("database_locked"));
        QVERIFY(db.error().message.contains(QStringLiteral("locked")));
        query.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestDatabase::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("newer.db"));
    QList<Migration> future = Migrations::all();
    future.append({future.last().version + 1, QStringLiteral("future"), {QStringLiteral("CREATE TABLE f (x)")}});
    QVERIFY(Database::openSqlite(file, future));
    auto db = Database::openSqlite(file);
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("schema_too_new"));
}

void TestDatabase::failingStepRollsBack()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rollback.db"));
    QList<Migration> broken = Migrations::all();
    const int bad = broken.last().version + 1;
    broken.append({bad, QStringLiteral("broken"),
                   {QStringLiteral("CREATE TABLE half (x)"), QStringLiteral("THIS IS NOT SQL")}});
    auto db = Database::openSqlite(file, broken);
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("migration_failed"));
    QVERIFY(db.error().message.contains(QString::number(bad)));

    auto good = Database::openSqlite(file);
    QVERIFY(good);
    QSqlQuery query((*good)->writer().value());
    QVERIFY2(!query.exec(QStringLiteral("SELECT * FROM half")), "the failed step left a table behind");
}

void TestDatabase::readsRunOffTheCallingThreadOnReadOnlyConnections()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("read.db")));
    QVERIFY(db);
    QSqlQuery((*db)->writer().value()).exec(QStringLiteral("INSERT INTO settings VALUES ('k', 'v', 'now')"));

    std::optional<Result<QString>> answer;
    QThread* readerThread = nullptr;
    (*db)->read<QString>(
        this,
        [&readerThread](QSqlDatabase& conn) {
            readerThread = QThread::currentThread();
            QSqlQuery query(conn);
            query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'k'"));
            const QString value = query.next() ? query.value(0).toString() : QString();
            // A read-only connection refuses writes.
            QSqlQuery write(conn);
            return write.exec(QStringLiteral("INSERT INTO settings VALUES ('x', 'y', 'now')")) ? QStringLiteral("wrote")
                                                                                               : value;
        },
        [&answer](Result<QString> result) { answer = std::move(result); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->has_value());
    QCOMPARE(answer->value(), QStringLiteral("v"));
    QVERIFY(readerThread != QThread::currentThread());
}

void TestDatabase::readersSeeCommittedWritesWhileAWriteIsOpen()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("wal-read.db")));
    QVERIFY(db);
    QSqlDatabase writer = (*db)->writer().value();
    QSqlQuery query(writer);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO settings VALUES ('a', '1', 'now')")));
    QVERIFY(writer.transaction());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO settings VALUES ('b', '2', 'now')")));

    std::optional<Result<int>> count;
    (*db)->read<int>(
        this,
        [](QSqlDatabase& conn) {
            QSqlQuery q(conn);
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM settings")) && q.next() ? q.value(0).toInt() : -1;
        },
        [&count](Result<int> result) { count = std::move(result); });
    QTRY_VERIFY(count.has_value());
    QCOMPARE(count->value(), 1); // the open write neither blocks the reader nor shows through
    QVERIFY(writer.commit());
}

void TestDatabase::theLogIsCopiedIntoTheFileWhileTheStoreIsOpen()
{
    // Checkpoints run on their own thread, not inside the writer's commit: the data still reaches the database file
    // while the store stays open, and the log does not grow with everything ever written.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("checkpoint.db"));
    auto db = Database::openSqlite(file);
    QVERIFY(db);
    QSqlDatabase writer = (*db)->writer().value();
    QSqlQuery query(writer);
    const qint64 fileBefore = QFileInfo(file).size();
    const QString value(4000, QLatin1Char('x'));
    constexpr int kBatches = 80; // 80 × 100 rows × 4 kB: about 32 MB
    for (int batch = 0; batch < kBatches; ++batch) {
        QVERIFY(writer.transaction());
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO settings VALUES (?, ?, 'now')")));
        for (int i = 0; i < 100; ++i) {
            query.addBindValue(QStringLiteral("k%1-%2").arg(batch).arg(i));
            query.addBindValue(value);
            QVERIFY(query.exec());
        }
        QVERIFY(writer.commit());
        (*db)->waitForCheckpoints(); // as a busy writer would see it, sooner or later
    }
    const qint64 written = qint64(kBatches) * 100 * value.size();
    QVERIFY2(QFileInfo(file).size() - fileBefore > written,
             qPrintable(QStringLiteral("database file grew by %1 bytes").arg(QFileInfo(file).size() - fileBefore)));
    // The log is reused once checkpointed: it stays near the 1,000-page threshold (4 MB), not the 32 MB written.
    QVERIFY2(QFileInfo(file + QStringLiteral("-wal")).size() < written / 4,
             qPrintable(QStringLiteral("log is %1 bytes").arg(QFileInfo(file + QStringLiteral("-wal")).size())));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM settings")) && query.next());
    QCOMPARE(query.value(0).toInt(), kBatches * 100);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
