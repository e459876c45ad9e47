// The Tool stats page over a real SQLite trail written by the real AuditWriter, read through a real AuditReader:
// KPI tiles and tables show the seeded counts, the range and caller selectors change them, the stacked timeline adds up,
// the empty state says what to do, new records appear after the writer commits; StatsTableModel under
// QAbstractItemModelTester. Saves stats-page.png and stats-page-empty.png. Run line: see tst_mainwindow.cpp (Xvfb).

#include "AuditSeed.h"
#include "GuiTestSupport.h"

#include "audit/AuditReader.h"
#include "audit/AuditWriter.h"
#include "audit/LatencyHistogram.h"
#include "models/StatsTableModel.h"
#include "pages/StatsPage.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sb;
using ui::StatsPage;
using ui::StatsTableModel;

namespace {

const QString kFrontDesk = QStringLiteral("vapi:front-desk");
const QString kBilling = QStringLiteral("n8n:billing");

QString ms(qint64 latency)
{
    return StatsTableModel::msText(LatencyHistogram::upperBound(LatencyHistogram::bucketFor(latency)));
}

} // namespace

class TestStatsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void tableModelPassesTheTester();
    void rangesAreWholeBuckets();
    void showsTheLastSevenDaysByDefault();
    void rangeSelectorChangesTheNumbers();
    void callerSelectorFilters();
    void emptyStateSaysWhatToDo();
    void errorWhenTheAgentIsNotRunning();
    void newRecordsAppearAfterTheyAreWritten(); // last: it adds records

private:
    void run(const QString& caller, const QString& tool, const QDateTime& when, const QString& status, qint64 latency,
             int count = 1);
    [[nodiscard]] QString label(const char* name) const;
    [[nodiscard]] QString cell(const char* table, int row, int column) const;
    [[nodiscard]] std::pair<qint64, qint64> timelineSums() const;
    bool showAndWait();
    bool screenshot(const QString& name);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<AuditWriter> m_writer;
    AuditReader m_reader;
    std::unique_ptr<StatsPage> m_page;
};

void TestStatsPage::run(const QString& caller, const QString& tool, const QDateTime& when, const QString& status,
                         qint64 latency, int count)
{
    test::seedExecutions(*m_writer, caller, tool, when, status, latency, count);
}

// In the last 24 hours: front desk 3 ok + 1 failed. Last 7 days adds billing 5 ok + 2 failed; last 30 days front desk's
// 6 texts; all time billing's 2 contact look-ups 100 days ago.
void TestStatsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    auto database = Database::openSqlite(m_dir.filePath(QStringLiteral("audit.db")));
    QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
    m_database = std::move(*database);
    m_writer = std::make_unique<AuditWriter>(*m_database);
    QVERIFY(m_writer->open());
    connect(m_writer.get(), &AuditWriter::recordsWritten, &m_reader, &AuditReader::recordsWritten);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    run(kFrontDesk, QStringLiteral("send_email"), now.addSecs(-3600), audit_status::Success, 120, 3);
    run(kFrontDesk, QStringLiteral("send_email"), now.addSecs(-3600), audit_status::Failed, 900);
    run(kBilling, QStringLiteral("create_payment"), now.addDays(-3), audit_status::Success, 300, 5);
    run(kBilling, QStringLiteral("create_payment"), now.addDays(-3), audit_status::Failed, 2000, 2);
    run(kFrontDesk, QStringLiteral("send_sms"), now.addDays(-20), audit_status::Success, 50, 6);
    run(kBilling, QStringLiteral("find_contact"), now.addDays(-100), audit_status::Success, 80, 2);
    QVERIFY(m_writer->flush());
    m_reader.setDatabase(m_database);
}

void TestStatsPage::cleanupTestCase()
{
    m_page.reset();
    m_reader.setDatabase({});
    m_writer.reset();
    m_database.reset();
}

void TestStatsPage::init()
{
    m_page = std::make_unique<StatsPage>(&m_reader);
    m_page->resize(1280, 900);
}

void TestStatsPage::cleanup()
{
    m_page->findChild<QComboBox*>(QStringLiteral("rangeCombo"))->setCurrentIndex(1); // the default for the next test
    m_page.reset();
}

// Lets the posted layout requests (widgets and charts) run first, as they would before a real paint.
bool TestStatsPage::screenshot(const QString& name)
{
    QTest::qWait(150);
    return test::saveScreenshot(m_page.get(), name);
}

// Shows the page and waits for its first snapshot.
bool TestStatsPage::showAndWait()
{
    QSignalSpy shown(m_page.get(), &StatsPage::snapshotShown);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        return false;
    return !shown.isEmpty() || shown.wait(5000);
}

QString TestStatsPage::label(const char* name) const
{
    auto* l = m_page->findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

QString TestStatsPage::cell(const char* table, int row, int column) const
{
    auto* view = m_page->findChild<QTableView*>(QLatin1String(table));
    if (!view || row >= view->model()->rowCount())
        return {};
    return view->model()->index(row, column).data().toString();
}

std::pair<qint64, qint64> TestStatsPage::timelineSums() const
{
    auto* view = m_page->findChild<QChartView*>(QStringLiteral("timelineChart"));
    if (!view || view->chart()->series().isEmpty())
        return {-1, -1};
    auto* series = qobject_cast<QStackedBarSeries*>(view->chart()->series().first());
    if (!series || series->count() != 2)
        return {-1, -1};
    return {qRound64(series->barSets().at(0)->sum()), qRound64(series->barSets().at(1)->sum())};
}

void TestStatsPage::tableModelPassesTheTester()
{
    StatsTableModel model(QStringLiteral("Tool"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StatsRow email{QStringLiteral("send_email"), 4, 3, 1, 300, 128, 1024};
    StatsRow sms{QStringLiteral("send_sms"), 10, 10, 0, 40, 45, 64};
    model.setRows({email, sms});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(StatsTableModel::ColumnCount));
    QCOMPARE(model.index(0, StatsTableModel::NameColumn).data().toString(), QStringLiteral("send_email"));
    QCOMPARE(model.index(0, StatsTableModel::ExecutionsColumn).data().toString(), QLocale().toString(4));
    QCOMPARE(model.index(0, StatsTableModel::SuccessRateColumn).data().toString(), StatsTableModel::percentText(75.0));
    QCOMPARE(model.index(0, StatsTableModel::FailedColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, StatsTableModel::P95Column).data().toString(), QLocale().toString(1024));
    QCOMPARE(model.index(1, StatsTableModel::ExecutionsColumn).data(StatsTableModel::SortRole).toLongLong(), 10);
    QCOMPARE(model.index(0, StatsTableModel::SuccessRateColumn).data(StatsTableModel::SortRole).toDouble(), 75.0);
    QVERIFY(model.index(1, StatsTableModel::P50Column).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
            & Qt::AlignRight);
    QVERIFY(model.index(1, StatsTableModel::NameColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
            & Qt::AlignLeft);
    QVERIFY(!model.index(0, StatsTableModel::FailedColumn).data(Qt::AccessibleTextRole).toString().isEmpty());
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Tool"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
    model.setRows({sms});
    QCOMPARE(model.rowCount(), 1);
}

void TestStatsPage::rangesAreWholeBuckets()
{
    const QDateTime now(QDate(2024, 3, 12), QTime(15, 42, 7), Qt::UTC);
    StatsQuery q = StatsPage::queryFor(StatsPage::Range::Last24Hours, kBilling, now);
    QCOMPARE(q.caller, kBilling);
    QCOMPARE(q.until, QDateTime(QDate(2024, 3, 12), QTime(16, 0), Qt::UTC));
    QCOMPARE(q.since, QDateTime(QDate(2024, 3, 11), QTime(16, 0), Qt::UTC));
    q = StatsPage::queryFor(StatsPage::Range::Last7Days, {}, now);
    QCOMPARE(q.until, QDateTime(QDate(2024, 3, 13), QTime(0, 0), Qt::UTC));
    QCOMPARE(q.since, QDateTime(QDate(2024, 3, 6), QTime(0, 0), Qt::UTC));
    q = StatsPage::queryFor(StatsPage::Range::Last30Days, {}, now);
    QCOMPARE(q.since, QDateTime(QDate(2024, 2, 12), QTime(0, 0), Qt::UTC));
    q = StatsPage::queryFor(StatsPage::Range::AllTime, {}, now);
    QVERIFY(!q.since.isValid() && !q.until.isValid());
}

void TestStatsPage::showsTheLastSevenDaysByDefault()
{
    QVERIFY(showAndWait());
    auto* range = m_page->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
    QVERIFY(range);
    QCOMPARE(m_page->range(), StatsPage::Range::Last7Days);
    QCOMPARE(range->currentText(), QStringLiteral("Last 7 days"));

    QCOMPARE(label("totalLabel"), QLocale().toString(11));
    QCOMPARE(label("successRateLabel"), StatsTableModel::percentText(100.0 * 8 / 11));
    QCOMPARE(label("failedLabel"), QStringLiteral("3"));
    QCOMPARE(label("p50Label"), ms(300));
    QCOMPARE(label("p95Label"), ms(2000));
    auto* total = m_page->findChild<QLabel*>(QStringLiteral("totalLabel"));
    QCOMPARE(total->accessibleName(), QStringLiteral("Executions"));
    QVERIFY(total->accessibleDescription().contains(QStringLiteral("11")));

    QCOMPARE(cell("toolTable", 0, StatsTableModel::NameColumn), QStringLiteral("create_payment"));
    QCOMPARE(cell("toolTable", 0, StatsTableModel::ExecutionsColumn), QStringLiteral("7"));
    QCOMPARE(cell("toolTable", 0, StatsTableModel::FailedColumn), QStringLiteral("2"));
    QCOMPARE(cell("toolTable", 1, StatsTableModel::NameColumn), QStringLiteral("send_email"));
    QCOMPARE(cell("toolTable", 1, StatsTableModel::SuccessRateColumn), StatsTableModel::percentText(75.0));
    QCOMPARE(cell("toolTable", 2, 0), QString());
    QCOMPARE(cell("callerTable", 0, StatsTableModel::NameColumn), kBilling);
    QCOMPARE(cell("callerTable", 1, StatsTableModel::NameColumn), kFrontDesk);
    QCOMPARE(cell("callerTable", 1, StatsTableModel::ExecutionsColumn), QStringLiteral("4"));

    QCOMPARE(timelineSums(), std::make_pair(qint64(8), qint64(3)));
    auto* timeline = m_page->findChild<QChartView*>(QStringLiteral("timelineChart"));
    QCOMPARE(timeline->chart()->series().first()->type(), QAbstractSeries::SeriesTypeStackedBar);
    QCOMPARE(qobject_cast<QStackedBarSeries*>(timeline->chart()->series().first())->barSets().first()->count(), 7);
    QVERIFY(!timeline->accessibleDescription().isEmpty());
    QVERIFY(m_page->findChild<QChartView*>(QStringLiteral("toolChart"))->chart()->series().size() == 1);
    QVERIFY(!m_page->findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
    QVERIFY(m_page->findChild<QTableView*>(QStringLiteral("toolTable"))->isVisible());
    QVERIFY(screenshot(QStringLiteral("stats-page")));
}

void TestStatsPage::rangeSelectorChangesTheNumbers()
{
    QVERIFY(showAndWait());
    auto* range = m_page->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
    range->setCurrentIndex(0); // last 24 hours
    QTRY_COMPARE(label("totalLabel"), QStringLiteral("4"));
    QCOMPARE(label("failedLabel"), QStringLiteral("1"));
    QCOMPARE(label("successRateLabel"), StatsTableModel::percentText(75.0));
    QCOMPARE(m_page->snapshot().bucket, QStringLiteral("hour"));
    QCOMPARE(m_page->snapshot().timeline.size(), 24);
    QCOMPARE(timelineSums(), std::make_pair(qint64(3), qint64(1)));
    QCOMPARE(cell("toolTable", 0, StatsTableModel::NameColumn), QStringLiteral("send_email"));
    QVERIFY(screenshot(QStringLiteral("stats-page-24h")));

    // By keyboard: down to the last 7 days, the last 30 days, then all time.
    range->setFocus();
    QTest::keyClick(range, Qt::Key_Down);
    QTRY_COMPARE(label("totalLabel"), QStringLiteral("11"));
    QTest::keyClick(range, Qt::Key_Down);
    QTRY_COMPARE(label("totalLabel"), QStringLiteral("17"));
    QCOMPARE(m_page->snapshot().timeline.size(), 30);
    QCOMPARE(timelineSums(), std::make_pair(qint64(14), qint64(3)));
    QCOMPARE(cell("toolTable", 0, StatsTableModel::NameColumn), QStringLiteral("create_payment"));
    QCOMPARE(cell("toolTable", 1, StatsTableModel::NameColumn), QStringLiteral("send_sms"));
    QTest::keyClick(range, Qt::Key_Down);
    QTRY_COMPARE(label("totalLabel"), QStringLiteral("19"));
    QCOMPARE(m_page->range(), StatsPage::Range::AllTime);
    QCOMPARE(m_page->snapshot().bucket, QStringLiteral("week"));
    QCOMPARE(timelineSums(), std::make_pair(qint64(16), qint64(3)));
    QCOMPARE(cell("callerTable", 0, StatsTableModel::NameColumn), kFrontDesk);
    QCOMPARE(cell("callerTable", 0, StatsTableModel::ExecutionsColumn), QStringLiteral("10"));
    QVERIFY(screenshot(QStringLiteral("stats-page-all-time")));

    // The choice is remembered.
    m_page = std::make_unique<StatsPage>(&m_reader);
    QCOMPARE(m_page->range(), StatsPage::Range::AllTime);
}

void TestStatsPage::callerSelectorFilters()
{
    QVERIFY(showAndWait());
    auto* caller = m_page->findChild<QComboBox*>(QStringLiteral("callerCombo"));
    QTRY_COMPARE(caller->count(), 3);
    QCOMPARE(caller->itemText(0), QStringLiteral("All callers"));
    QCOMPARE(caller->itemText(1), kBilling);
    QCOMPARE(caller->itemText(2), kFrontDesk);
    caller->setCurrentIndex(1);
    QTRY_COMPARE(label("totalLabel"), QStringLiteral("7"));
    QCOMPARE(label("failedLabel"), QStringLiteral("2"));
    QCOMPARE(label("p95Label"), ms(2000));
    QCOMPARE(m_page->findChild<QTableView*>(QStringLiteral("callerTable"))->model()->rowCount(), 1);
    QCOMPARE(cell("callerTable", 0, 0), kBilling);
    QCOMPARE(cell("toolTable", 0, 0), QStringLiteral("create_payment"));
    QCOMPARE(timelineSums(), std::make_pair(qint64(5), qint64(2)));
    caller->setCurrentIndex(2);
    QTRY_COMPARE(label("totalLabel"), QStringLiteral("4"));
    QCOMPARE(label("p95Label"), ms(900));
    caller->setCurrentIndex(0);
    QTRY_COMPARE(label("totalLabel"), QStringLiteral("11"));
}

void TestStatsPage::emptyStateSaysWhatToDo()
{
    QVERIFY(showAndWait());
    auto* empty = m_page->findChild<QWidget*>(QStringLiteral("emptyState"));
    QVERIFY(!empty->isVisible());
    auto* caller = m_page->findChild<QComboBox*>(QStringLiteral("callerCombo"));
    QTRY_COMPARE(caller->count(), 3);
    caller->setCurrentIndex(caller->findData(kBilling));
    m_page->findChild<QComboBox*>(QStringLiteral("rangeCombo"))->setCurrentIndex(0); // billing: nothing in 24 hours
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(label("totalLabel"), QStringLiteral("0"));
    QCOMPARE(label("successRateLabel"), QStringLiteral("–"));
    const QString title = label("emptyTitle");
    QVERIFY2(title.contains(kBilling) && title.contains(QStringLiteral("24 hours")), qPrintable(title));
    const QList<QLabel*> labels = empty->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](QLabel* l) { return l->text().contains(QStringLiteral("API token")); }));
    QVERIFY(screenshot(QStringLiteral("stats-page-empty")));

    QSignalSpy runTool(m_page.get(), &StatsPage::runToolRequested);
    auto* runButton = empty->findChild<QPushButton*>(QStringLiteral("runToolButton"));
    QVERIFY(runButton && runButton->isVisible());
    QTest::mouseClick(runButton, Qt::LeftButton);
    QCOMPARE(runTool.size(), 1);

    // "Show all time": billing has executions there.
    auto* longer = empty->findChild<QPushButton*>(QStringLiteral("longerRangeButton"));
    QVERIFY(longer && longer->isVisible());
    QTest::mouseClick(longer, Qt::LeftButton);
    QTRY_COMPARE(label("totalLabel"), QStringLiteral("9"));
    QVERIFY(!empty->isVisible());
    QCOMPARE(m_page->range(), StatsPage::Range::AllTime);

    // Someone who never ran anything: all time is empty too, and the longer-range advice goes.
    caller->addItem(QStringLiteral("zapier:new"), QStringLiteral("zapier:new"));
    caller->setCurrentIndex(caller->findData(QStringLiteral("zapier:new")));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(label("emptyTitle").contains(QStringLiteral("yet")));
    QVERIFY(!longer->isVisible());
}

void TestStatsPage::newRecordsAppearAfterTheyAreWritten()
{
    m_page->findChild<QComboBox*>(QStringLiteral("rangeCombo"))->setCurrentIndex(0);
    m_page->show();
    QTRY_COMPARE(label("totalLabel"), QStringLiteral("4"));
    QSignalSpy shown(m_page.get(), &StatsPage::snapshotShown);
    run(kFrontDesk, QStringLiteral("list_events"), QDateTime::currentDateTimeUtc(), audit_status::Success, 30, 2);
    QVERIFY(m_writer->flush());
    QTRY_COMPARE(label("totalLabel"), QStringLiteral("6"));
    QCOMPARE(cell("toolTable", 1, StatsTableModel::NameColumn), QStringLiteral("list_events"));
    // A burst of commits reloads at most about once a second.
    shown.clear();
    for (int i = 0; i < 20; ++i) {
        run(kFrontDesk, QStringLiteral("list_events"), QDateTime::currentDateTimeUtc(), audit_status::Success, 30);
        QVERIFY(m_writer->flush());
        QTest::qWait(50);
    }
    QTRY_COMPARE(label("totalLabel"), QStringLiteral("26"));
    QVERIFY2(shown.size() <= 3, qPrintable(QString::number(shown.size())));
}

void TestStatsPage::errorWhenTheAgentIsNotRunning()
{
    AuditReader idle;
    StatsPage page(&idle);
    page.show();
    auto* error = page.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("not running")));
    QVERIFY(!page.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
    idle.setDatabase(m_database);
    QTRY_COMPARE(page.findChild<QLabel*>(QStringLiteral("totalLabel"))->text(), QStringLiteral("11"));
    QVERIFY(!error->isVisible());
    idle.setDatabase({});
    QTRY_VERIFY(error->isVisible());
}

QTEST_MAIN(TestStatsPage)
#include "tst_stats_page.moc"
