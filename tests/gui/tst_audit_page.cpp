// The audit log page against a real agent with --sandbox: a tool run from the Run-tool dialog (Twilio send_sms on a
// sandbox account) appears and is selected; the filters find it; a word of its input finds it; the detail pane shows
// its input and output (screenshot audit-page-detail.png); the filtered set exports to CSV and JSON; new records
// arrive without moving the selection or the scroll position; the filters survive a restart of the page; an edited
// record raises the tampering banner (screenshot audit-page-tampered.png). Run line: see tst_connect_support.h.

#include "tst_connect_support.h"

#include "audit/AuditDetailPane.h"
#include "audit/AuditFilterBar.h"
#include "models/AuditLogModel.h"
#include "pages/AuditPage.h"
#include "tools/RunToolDialog.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>

using namespace sb;

namespace {
const QString kWord = QStringLiteral("zebrafinch");
}

class TestAuditPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_fixture.stop(); }
    void toolRunFromTheDialogIsSelected();
    void filtersFindIt();
    void searchFindsAWordOfItsInput();
    void exportsTheFilteredSet();
    void liveRecordsKeepSelectionAndScroll();
    void filtersSurviveARestart();
    void editedRecordRaisesTheBanner();

private:
    [[nodiscard]] ui::AuditPage* page() const
    {
        return qobject_cast<ui::AuditPage*>(m_fixture.window()->page(QStringLiteral("audit")));
    }
    template <typename T>
    [[nodiscard]] T* child(const char* name) const
    {
        return page()->findChild<T*>(QLatin1String(name));
    }
    static void choose(QComboBox* combo, const QVariant& data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setFocus();
        combo->setCurrentIndex(index);
    }
    [[nodiscard]] QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < page()->model()->rowCount(); ++row)
            ids << page()->model()->recordAt(row)->id;
        return ids;
    }

    test::ConnectFixture m_fixture;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_recordId = 0;
};

void TestAuditPage::initTestCase()
{
    m_fixture.start();
    QSignalSpy connected(m_fixture.client(), &AgentClient::connectFinished);
    m_fixture.client()->connectApiKey(QStringLiteral("twilio"),
                                      {{QStringLiteral("account_sid"), QStringLiteral("AC00000000000000000000000000000001")},
                                       {QStringLiteral("auth_token"), QStringLiteral("sandbox_twilio_token_alice_000001")}});
    QVERIFY(connected.wait(test::kReplyMs));
    const auto outcome = connected.constFirst().at(1).value<ConnectOutcome>();
    QVERIFY2(outcome.error.code.isEmpty(), qPrintable(outcome.error.message));

    m_fixture.window()->showPage(QStringLiteral("audit"));
    QVERIFY(page());
    m_tester = std::make_unique<QAbstractItemModelTester>(page()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The connection just made is in the trail already.
    QTRY_VERIFY_WITH_TIMEOUT(page()->model()->rowCount() > 0, test::kReplyMs);
}

void TestAuditPage::toolRunFromTheDialogIsSelected()
{
    QTest::mouseClick(child<QPushButton>("runToolButton"), Qt::LeftButton);
    ui::RunToolDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page()->findChild<ui::RunToolDialog*>()) && dialog->isVisible());
    auto* tools = dialog->findChild<QComboBox*>(QStringLiteral("toolCombo"));
    QVERIFY(tools);
    QTRY_VERIFY_WITH_TIMEOUT(tools->findData(QStringLiteral("send_sms")) >= 0, test::kReplyMs);
    choose(tools, QStringLiteral("send_sms"));
    auto* connections = dialog->findChild<QComboBox*>(QStringLiteral("connectionCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(connections->count() > 0 && connections->isEnabled(), test::kReplyMs);
    auto* to = dialog->findChild<QLineEdit*>(QStringLiteral("field_to"));
    QWidget* body = dialog->findChild<QWidget*>(QStringLiteral("field_body"));
    QVERIFY(to && body);
    QTest::keyClicks(to, QStringLiteral("+15551230000"));
    QTest::keyClicks(body, QStringLiteral("Your %1 appointment is at 3pm").arg(kWord));

    QSignalSpy created(dialog, &ui::RunToolDialog::recordCreated);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("runButton")), Qt::LeftButton);
    QVERIFY(created.wait(test::kReplyMs));
    m_recordId = created.constFirst().constFirst().toLongLong();
    QVERIFY(m_recordId > 0);
    dialog->close();

    // The new record is in the table, selected, and in the detail pane.
    QTRY_COMPARE_WITH_TIMEOUT(page()->selectedRecordId(), m_recordId, test::kReplyMs);
    const int row = page()->model()->rowOf(m_recordId);
    QCOMPARE(page()->model()->data(page()->model()->index(row, ui::AuditLogModel::ToolColumn)).toString(),
             QStringLiteral("send_sms"));
    QCOMPARE(page()->model()->data(page()->model()->index(row, ui::AuditLogModel::StatusColumn)).toString(),
             QStringLiteral("Success"));
    QTRY_VERIFY(page()->detail()->record() && page()->detail()->record()->id == m_recordId);
}

void TestAuditPage::filtersFindIt()
{
    auto* statusCombo = child<QComboBox>("statusCombo");
    auto* toolCombo = child<QComboBox>("toolCombo");
    QTRY_VERIFY_WITH_TIMEOUT(toolCombo->findData(QStringLiteral("send_sms")) >= 0, test::kReplyMs);
    choose(toolCombo, QStringLiteral("send_sms"));
    choose(statusCombo, audit_status::Success);
    QCOMPARE(page()->model()->filter().tool, QStringLiteral("send_sms"));
    QTRY_VERIFY_WITH_TIMEOUT(!page()->model()->isLoading(), test::kReplyMs);
    QCOMPARE(shownIds(), QList<qint64>{m_recordId});
    // The connection event is gone from this view, and comes back with the kind filter.
    child<QPushButton>("clearFiltersButton")->click();
    choose(child<QComboBox>("kindCombo"), QStringLiteral("connection"));
    QTRY_VERIFY_WITH_TIMEOUT(!page()->model()->isLoading() && page()->model()->rowCount() == 1, test::kReplyMs);
    QCOMPARE(page()->model()->recordAt(0)->tool, QStringLiteral("connection.connected"));
    child<QPushButton>("clearFiltersButton")->click();
}

void TestAuditPage::searchFindsAWordOfItsInput()
{
    // Ctrl+F goes to the search field; typing searches (after a short pause), no Enter needed.
    // (Under Xvfb there is no window manager to give the window back its focus after the dialog closed.)
    m_fixture.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_fixture.window()));
    page()->table()->setFocus();
    QTest::keyClick(page()->table(), Qt::Key_F, Qt::ControlModifier);
    auto* search = child<QLineEdit>("searchEdit");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, kWord);
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->filter().search, kWord, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->model()->isLoading(), test::kReplyMs);
    QCOMPARE(shownIds(), QList<qint64>{m_recordId});

    // Down arrow in the table selects it; the detail pane shows what went in and came out.
    page()->table()->setFocus();
    page()->table()->selectionModel()->clearCurrentIndex();
    QTest::keyClick(page()->table(), Qt::Key_Down);
    QTRY_COMPARE(page()->selectedRecordId(), m_recordId);
    QTRY_VERIFY(page()->detail()->record() && page()->detail()->record()->id == m_recordId);
    auto* input = page()->detail()->findChild<QPlainTextEdit*>(QStringLiteral("inputView"));
    auto* output = page()->detail()->findChild<QPlainTextEdit*>(QStringLiteral("outputView"));
    QVERIFY(input->toPlainText().contains(kWord));
    QVERIFY(input->toPlainText().contains(QStringLiteral("\"to\": \"+15551230000\"")));
    QVERIFY2(output->toPlainText().contains(QStringLiteral("\"messageSid\": \"SM")), qPrintable(output->toPlainText()));
    // Its seal: the sequence number and 64 hex digits of SHA-256.
    QVERIFY(page()->detail()->findChild<QLabel*>(QStringLiteral("detailSeal"))->text().contains(
        QRegularExpression(QStringLiteral("^sequence \\d+\\n[0-9a-f]{32}\\n[0-9a-f]{32}$"))));
    QCOMPARE(page()->detail()->findChild<QLabel*>(QStringLiteral("detailStatus"))->text(), QStringLiteral("Success"));
    // Secrets never reach the screen: the account's Auth Token is nowhere on the page.
    QVERIFY(!output->toPlainText().contains(QStringLiteral("sandbox_twilio_token")));

    // Copy as JSON: the API's form of the record.
    page()->detail()->findChild<QPushButton*>(QStringLiteral("copyJsonButton"))->click();
    const QJsonObject copied = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(copied.value(QStringLiteral("id")).toString(), QString::number(m_recordId));
    QCOMPARE(copied.value(QStringLiteral("toolName")).toString(), QStringLiteral("send_sms"));
    QVERIFY(test::saveScreenshot(m_fixture.window(), QStringLiteral("audit-page-detail")));
}

void TestAuditPage::exportsTheFilteredSet()
{
    const QString csvPath = QDir(m_fixture.dataDir()).filePath(QStringLiteral("export.csv"));
    QSignalSpy finished(page(), &ui::AuditPage::exportFinished);
    page()->exportTo(csvPath, AuditExportFormat::Csv);
    QVERIFY(finished.wait(test::kReplyMs));
    QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(2).toString()));
    QCOMPARE(finished.constFirst().at(1).toLongLong(), 1);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("id,created_at,kind,caller,tool")));
    QVERIFY(lines.at(1).startsWith(QString::number(m_recordId) + QLatin1Char(',')));
    QVERIFY(lines.at(1).contains(kWord));
    QVERIFY(lines.at(1).contains(QStringLiteral(",send_sms,twilio,")));

    // All records as JSON: as many as the trail has, newest first, ours among them.
    child<QLineEdit>("searchEdit")->clear();
    QTRY_VERIFY_WITH_TIMEOUT(page()->model()->filter().search.isEmpty() && !page()->model()->isLoading(), 5000);
    const QString jsonPath = QDir(m_fixture.dataDir()).filePath(QStringLiteral("export.json"));
    finished.clear();
    page()->exportTo(jsonPath, AuditExportFormat::Json);
    QVERIFY(finished.wait(test::kReplyMs));
    QVERIFY(finished.constFirst().at(0).toBool());
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray records = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(records.size(), page()->model()->rowCount());
    QCOMPARE(qint64(records.size()), finished.constFirst().at(1).toLongLong());
    bool found = false;
    for (const QJsonValue& record : records) {
        if (record[QStringLiteral("id")].toString() == QString::number(m_recordId)) {
            found = true;
            QVERIFY(record[QStringLiteral("toolInput")][QStringLiteral("body")].toString().contains(kWord));
            QVERIFY(!record[QStringLiteral("seal")].toString().isEmpty());
        }
    }
    QVERIFY(found);
}

void TestAuditPage::liveRecordsKeepSelectionAndScroll()
{
    // Enough records that the table scrolls.
    for (int i = 0; i < 80; ++i)
        m_fixture.client()->recordAdminEvent(QStringLiteral("test_event"), {{QStringLiteral("n"), i}});
    QTRY_VERIFY_WITH_TIMEOUT(page()->model()->rowCount() >= 80, test::kReplyMs);
    QTableView* table = page()->table();
    const int row = 40;
    const qint64 selected = page()->model()->recordAt(row)->id;
    table->setFocus();
    table->selectionModel()->setCurrentIndex(page()->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(page()->model()->index(row - 5, 0), QAbstractItemView::PositionAtTop);
    QTRY_VERIFY(table->verticalScrollBar()->value() > 0);
    const qint64 firstVisible = page()->model()->recordAt(table->rowAt(0))->id;

    // More than a page: with a row selected the table streams them all above it, rather than jump to the newest
    // page (which it does for a user watching the top).
    QSignalSpy live(page()->model(), &ui::AuditLogModel::liveRowsInserted);
    QSignalSpy jumped(page()->model(), &ui::AuditLogModel::jumpedToNewest);
    const int burst = ui::AuditLogModel::kPageSize + 50;
    for (int i = 0; i < burst; ++i)
        m_fixture.client()->recordAdminEvent(QStringLiteral("test_event"), {{QStringLiteral("n"), 1000 + i}});
    QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty(), test::kReplyMs);
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowOf(selected), row + burst, test::kReplyMs);
    QCOMPARE(jumped.count(), 0);
    QCOMPARE(page()->selectedRecordId(), selected);
    QCOMPARE(page()->model()->recordAt(table->rowAt(0))->id, firstVisible);

    // At the top, the view follows the newest records instead.
    table->scrollToTop();
    live.clear();
    m_fixture.client()->recordAdminEvent(QStringLiteral("test_event"), {{QStringLiteral("n"), 200}});
    QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty(), test::kReplyMs);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
    QCOMPARE(page()->model()->recordAt(0)->tool, QStringLiteral("admin.test_event"));
    QCOMPARE(page()->selectedRecordId(), selected);
}

void TestAuditPage::filtersSurviveARestart()
{
    choose(child<QComboBox>("statusCombo"), audit_status::Failed);
    auto* search = child<QLineEdit>("searchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("refund"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(page()->model()->filter().search, QStringLiteral("refund"));

    // A new page reads what the last one kept (as the console does when it starts again).
    ui::AuditPage again(m_fixture.client());
    QCOMPARE(again.filterBar()->filter().status, audit_status::Failed);
    QCOMPARE(again.filterBar()->filter().search, QStringLiteral("refund"));
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("statusCombo"))->currentText(), QStringLiteral("Failed"));
    child<QPushButton>("clearFiltersButton")->click();
    QVERIFY(!page()->filterBar()->isFiltered());
}

void TestAuditPage::editedRecordRaisesTheBanner()
{
    QVERIFY(!child<QFrame>("verifyBanner")->isVisible());
    {
        // Someone edits the database behind the agent's back.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(QDir(m_fixture.dataDir()).filePath(QStringLiteral("switchboard.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_records SET input = '{\"to\":\"+15559999999\",\"body\":\"nothing\"}' "
                                      "WHERE id = %1").arg(m_recordId)));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    QSignalSpy verified(page(), &ui::AuditPage::verified);
    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);
    QVERIFY(verified.wait(test::kReplyMs));
    QCOMPARE(verified.constFirst().at(0).toBool(), false);
    QVERIFY(child<QFrame>("verifyBanner")->isVisible());
    const QString text = child<QLabel>("verifyBannerText")->text();
    QVERIFY2(text.contains(QStringLiteral("tampered")) && text.contains(QString::number(m_recordId)), qPrintable(text));
    QVERIFY(test::saveScreenshot(m_fixture.window(), QStringLiteral("audit-page-tampered")));
}

QTEST_MAIN(TestAuditPage)
#include "tst_audit_page.moc"
