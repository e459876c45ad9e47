// AuditLogModel over a real SQLite trail written by the real AuditWriter: pages as the view scrolls, filters and
// full-text search, live rows at the top (newest first), pending rows that get their outcome, a bounded window while
// records pour in — all under QAbstractItemModelTester. Run: ctest -R audit_model (no display needed: offscreen).

#include "audit/AuditReader.h"
#include "audit/AuditWriter.h"
#include "models/AuditLogModel.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestAuditModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstPageThenPagesAsTheViewScrolls();
    void filtersAndSearchSelectTheRightRows();
    void liveRecordsArriveAtTheTopNewestFirst();
    void pendingRowGetsItsOutcome_data();
    void pendingRowGetsItsOutcome();
    void windowStaysBoundedWhileRecordsPourIn();
    void aBurstJumpsToTheNewestWhenTheUserFollowsTheTop();

private:
    qint64 write(int count, const QString& caller = QStringLiteral("vapi:front-desk"),
                 const QString& word = QStringLiteral("confirmed"));
    bool waitFirstPage();

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<AuditWriter> m_writer;
    AuditReader m_reader;
    std::unique_ptr<ui::AuditLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_written = 0;
};

void TestAuditModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestAuditModel::init()
{
    static int run = 0;
    auto database = Database::openSqlite(m_dir.filePath(QStringLiteral("audit-%1.db").arg(++run)));
    QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
    m_database = std::move(*database);
    m_writer = std::make_unique<AuditWriter>(*m_database);
    QVERIFY(m_writer->open());
    connect(m_writer.get(), &AuditWriter::recordsWritten, &m_reader, &AuditReader::recordsWritten);
    m_reader.setDatabase(m_database);
    m_model = std::make_unique<ui::AuditLogModel>(&m_reader);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_written = 0;
}

void TestAuditModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_reader.setDatabase({});
    m_writer.reset();
    m_database.reset();
}

// Writes `count` finished executions; returns the last id.
qint64 TestAuditModel::write(int count, const QString& caller, const QString& word)
{
    qint64 id = 0;
    for (int i = 0; i < count; ++i, ++m_written) {
        AuditRecord record;
        record.caller = caller;
        record.tool = m_written % 2 ? QStringLiteral("send_sms") : QStringLiteral("create_event");
        record.provider = m_written % 2 ? QStringLiteral("twilio") : QStringLiteral("google");
        record.input = QJsonObject{{QStringLiteral("body"), QStringLiteral("Appointment %1 %2").arg(m_written).arg(word)}};
        id = m_writer->begin(record, {});
        AuditCompletion done;
        done.status = m_written % 10 == 0 ? audit_status::Failed : audit_status::Success;
        done.executionMs = 10 + m_written % 300;
        done.output = QJsonObject{{QStringLiteral("sid"), QStringLiteral("SM%1").arg(m_written)}};
        if (done.status == audit_status::Failed)
            done.errorMessage = QStringLiteral("The number is unreachable");
        m_writer->complete(id, done);
    }
    if (!m_writer->flush())
        return -1;
    return id;
}

bool TestAuditModel::waitFirstPage()
{
    QSignalSpy loaded(m_model.get(), &ui::AuditLogModel::firstPageLoaded);
    return loaded.wait(10000);
}

void TestAuditModel::firstPageThenPagesAsTheViewScrolls()
{
    const int total = ui::AuditLogModel::kPageSize * 2 + 17;
    const qint64 newest = write(total);
    m_model->setFilter({});
    QVERIFY(m_model->isLoading());
    QVERIFY(waitFirstPage());
    QCOMPARE(m_model->rowCount(), ui::AuditLogModel::kPageSize);
    QCOMPARE(m_model->data(m_model->index(0, 0), ui::AuditLogModel::RecordIdRole).toLongLong(), newest);
    QVERIFY(m_model->canFetchMore({}));
    // Rows carry no payload: the detail pane asks for the record it shows.
    QVERIFY(m_model->recordAt(0)->input.isNull());

    QSignalSpy page(m_model.get(), &ui::AuditLogModel::pageLoaded);
    // (QAbstractItemModelTester fetches more on its own too; either way a page arrives.)
    while (m_model->hasMore()) {
        m_model->fetchMore({});
        QVERIFY(page.wait(10000));
    }
    QCOMPARE(m_model->rowCount(), total);
    QCOMPARE(m_model->data(m_model->index(total - 1, 0), ui::AuditLogModel::RecordIdRole).toLongLong(), newest - total + 1);
    // Newest first, no duplicates.
    for (int row = 1; row < total; ++row)
        QVERIFY(m_model->recordAt(row)->id < m_model->recordAt(row - 1)->id);
    QCOMPARE(m_model->data(m_model->index(0, ui::AuditLogModel::StatusColumn)).toString(), QStringLiteral("Success"));
}

void TestAuditModel::filtersAndSearchSelectTheRightRows()
{
    write(30, QStringLiteral("n8n:billing"));
    write(5, QStringLiteral("vapi:front-desk"), QStringLiteral("zebrafinch"));
    AuditFilter byCaller;
    byCaller.caller = QStringLiteral("vapi:front-desk");
    m_model->setFilter(byCaller);
    QVERIFY(waitFirstPage());
    QCOMPARE(m_model->rowCount(), 5);
    AuditFilter failedSms;
    failedSms.tool = QStringLiteral("create_event");
    failedSms.status = audit_status::Failed;
    m_model->setFilter(failedSms);
    QVERIFY(waitFirstPage());
    QCOMPARE(m_model->rowCount(), 4); // records 0, 10, 20, 30
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->data(m_model->index(row, ui::AuditLogModel::ErrorColumn)).toString(),
                 QStringLiteral("The number is unreachable"));
    AuditFilter search;
    search.search = QStringLiteral("zebrafinch");
    m_model->setFilter(search);
    QVERIFY(waitFirstPage());
    QCOMPARE(m_model->rowCount(), 5);
    search.provider = QStringLiteral("twilio");
    m_model->setFilter(search);
    QVERIFY(waitFirstPage());
    QCOMPARE(m_model->rowCount(), 2); // records 31 and 33 are the odd (Twilio) ones
    QVERIFY(!m_model->canFetchMore({}));
}

void TestAuditModel::liveRecordsArriveAtTheTopNewestFirst()
{
    write(10);
    m_model->setFilter({});
    QVERIFY(waitFirstPage());
    QCOMPARE(m_model->rowCount(), 10);
    const qint64 oldTop = m_model->recordAt(0)->id;
    QSignalSpy live(m_model.get(), &ui::AuditLogModel::liveRowsInserted);
    const qint64 newest = write(3);
    QTRY_COMPARE(m_model->rowCount(), 13);
    QCOMPARE(m_model->recordAt(0)->id, newest);
    QCOMPARE(m_model->recordAt(2)->id, newest - 2);
    QCOMPARE(m_model->recordAt(3)->id, oldTop);

    // A filtered view only takes the new records that match it.
    AuditFilter byCaller;
    byCaller.caller = QStringLiteral("console:alice");
    m_model->setFilter(byCaller);
    QVERIFY(waitFirstPage());
    QCOMPARE(m_model->rowCount(), 0);
    write(4, QStringLiteral("n8n:billing"));
    write(2, QStringLiteral("console:alice"));
    QTRY_COMPARE(m_model->rowCount(), 2);
    write(1, QStringLiteral("console:alice"));
    QTRY_COMPARE(m_model->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_model->recordAt(row)->caller, QStringLiteral("console:alice"));
}

void TestAuditModel::pendingRowGetsItsOutcome()
{
    // Following the top, the newest page brings both the new row and its outcome; otherwise the rows above the
    // newest one come by id and the outcome by asking for the record.
    QFETCH(bool, following);
    write(2);
    m_model->setFilter({});
    QVERIFY(waitFirstPage());
    m_model->setFollowNewest(following);
    QSignalSpy jumped(m_model.get(), &ui::AuditLogModel::jumpedToNewest);
    // A call that has started but not finished shows up at once, as running.
    AuditRecord record;
    record.caller = QStringLiteral("vapi:front-desk");
    record.tool = QStringLiteral("send_sms");
    const qint64 id = m_writer->begin(record, {});
    QVERIFY(m_writer->flush());
    QTRY_COMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->recordAt(0)->id, id);
    QCOMPARE(m_model->data(m_model->index(0, ui::AuditLogModel::StatusColumn)).toString(), QStringLiteral("Running"));

    QSignalSpy updated(m_model.get(), &ui::AuditLogModel::recordUpdated);
    AuditCompletion done;
    done.status = audit_status::Failed;
    done.errorMessage = QStringLiteral("Twilio said no");
    m_writer->complete(id, done);
    QVERIFY(m_writer->flush());
    QVERIFY(updated.wait(10000));
    QCOMPARE(updated.constFirst().constFirst().toLongLong(), id);
    QCOMPARE(m_model->data(m_model->index(0, ui::AuditLogModel::StatusColumn)).toString(), QStringLiteral("Failed"));
    QCOMPARE(m_model->data(m_model->index(0, ui::AuditLogModel::ErrorColumn)).toString(), QStringLiteral("Twilio said no"));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(jumped.count(), 0); // a few new rows join the table; only a burst replaces it
}

void TestAuditModel::pendingRowGetsItsOutcome_data()
{
    QTest::addColumn<bool>("following");
    QTest::newRow("scrolled or selected") << false;
    QTest::newRow("following the top") << true;
}

void TestAuditModel::windowStaysBoundedWhileRecordsPourIn()
{
    write(50);
    m_model->setFilter({});
    QVERIFY(waitFirstPage());
    const int burst = ui::AuditLogModel::kRowBudget + ui::AuditLogModel::kLiveChunk + 300;
    const qint64 newest = write(burst);
    // Several live chunks catch up with the burst; rows far below the view are dropped again.
    QTRY_COMPARE_WITH_TIMEOUT(m_model->recordAt(0)->id, newest, 20000);
    QVERIFY(m_model->rowCount() <= ui::AuditLogModel::kRowBudget);
    QVERIFY(m_model->canFetchMore({}));
    for (int row = 1; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->recordAt(row)->id, m_model->recordAt(row - 1)->id - 1);
    // Scrolling down fetches what was dropped, seamlessly.
    const qint64 lastKept = m_model->recordAt(m_model->rowCount() - 1)->id;
    QSignalSpy page(m_model.get(), &ui::AuditLogModel::pageLoaded);
    m_model->fetchMore({});
    QVERIFY(page.wait(10000));
    QCOMPARE(m_model->recordAt(ui::AuditLogModel::kRowBudget)->id, lastKept - 1);
}

void TestAuditModel::aBurstJumpsToTheNewestWhenTheUserFollowsTheTop()
{
    write(50);
    m_model->setFilter({});
    QVERIFY(waitFirstPage());
    m_model->setFollowNewest(true); // what AuditPage says while the table is at the top with nothing selected
    QSignalSpy jumped(m_model.get(), &ui::AuditLogModel::jumpedToNewest);
    QSignalSpy live(m_model.get(), &ui::AuditLogModel::liveRowsInserted);
    const int burst = 3 * ui::AuditLogModel::kLiveChunk;
    const qint64 newest = write(burst);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->recordAt(0)->id, newest, 20000);
    // The newest page came at once, not the burst chunk by chunk.
    QVERIFY(jumped.count() >= 1);
    qint64 streamed = 0;
    for (const QList<QVariant>& args : std::as_const(live))
        streamed += args.constFirst().toInt();
    QVERIFY2(streamed < burst, qPrintable(QString::number(streamed)));
    QVERIFY(m_model->rowCount() < burst); // the newest page (and any page the model tester fetched after it)
    // No gap: the rows are consecutive, and scrolling down reads on from the newest page.
    QTRY_VERIFY(m_model->canFetchMore({})); // once a page the model tester asked for is in
    QSignalSpy page(m_model.get(), &ui::AuditLogModel::pageLoaded);
    m_model->fetchMore({});
    QVERIFY(page.wait(10000));
    for (int row = 1; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->recordAt(row)->id, m_model->recordAt(row - 1)->id - 1);
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestAuditModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_audit_model.moc"
