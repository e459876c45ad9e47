// The Run-tool dialog. First SchemaForm on its own with a hand-written schema: required fields marked, enums as
// choices, inline messages for a missing field, a pattern, a range and bad JSON that go away when fixed, value()
// typed right. Then the dialog against a real agent with --sandbox: Twilio send_sms on a sandbox account (typed,
// Run clicked) shows Twilio's answer and emits the id of a record the audit trail has; Stripe create_payment run
// from the keyboard alone (Tab, Enter); Stripe's refusal shown with its code and record; a Slack tool without a
// Slack account cannot run; an invalid input shows the messages and never reaches the agent; Esc closes.
// Screenshots: run-tool-dialog.png, run-tool-dialog-invalid.png, run-tool-dialog-no-account.png.
// Run line: see tst_connect_support.h.

#include "tst_connect_support.h"

#include "tools/RunToolDialog.h"
#include "tools/SchemaForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>

using namespace sb;

namespace {

QJsonObject testSchema()
{
    return QJsonDocument::fromJson(R"json({
        "type": "object",
        "properties": {
            "to": {"type": "string", "description": "Recipient phone", "pattern": "^\\+[0-9]{8,15}$",
                   "patternHint": "must be a phone number like +15551234567"},
            "mode": {"type": "string", "enum": ["fast", "slow"], "description": "How"},
            "priority": {"type": "string", "enum": ["low", "high"], "default": "high"},
            "count": {"type": "integer", "minimum": 1, "maximum": 10, "description": "How many (1-10)"},
            "amount": {"type": "number", "minimum": 0.5},
            "urgent": {"type": "boolean", "description": "Deliver now"},
            "tags": {"type": "array", "items": {"type": "string"}, "description": "Labels"},
            "when": {"type": "string", "format": "date-time"},
            "body": {"type": "string", "description": "Message text"},
            "metadata": {"type": "object", "description": "Notes"}
        },
        "required": ["to", "mode"]
    })json").object();
}

} // namespace

class TestRunToolDialog : public QObject
{
    Q_OBJECT

private slots:
    void formMarksRequiredAndOffersChoices();
    void formShowsMessagesInlineUntilFixed();
    void formValueIsTyped();

    void initTestCase();
    void cleanupTestCase();
    void smsRunShowsTwiliosAnswerAndTheRecord();
    void paymentRunsFromTheKeyboard();
    void providerRefusalShowsCodeAndRecord();
    void invalidInputNeverReachesTheAgent();
    void toolWithoutAccountCannotRun();

private:
    ui::RunToolDialog* openDialog(const QString& tool);
    void connectApiKey(const QString& provider, const QMap<QString, QString>& fields);
    template <typename T>
    static T* child(QWidget* parent, const QString& name)
    {
        return parent->findChild<T*>(name);
    }

    test::ConnectFixture m_fixture;
    bool m_agentStarted = false;
};

// --- SchemaForm alone ---

void TestRunToolDialog::formMarksRequiredAndOffersChoices()
{
    ui::SchemaForm form(testSchema());
    QVERIFY(form.hasFields());
    auto* to = child<QLineEdit>(&form, QStringLiteral("field_to"));
    QVERIFY(to);
    QCOMPARE(to->accessibleDescription(), QStringLiteral("required"));
    QCOMPARE(to->placeholderText(), QStringLiteral("Recipient phone"));
    QVERIFY(child<QLabel>(&form, QStringLiteral("label_to"))->text().contains(QLatin1Char('*')));
    QVERIFY(!child<QLabel>(&form, QStringLiteral("label_count"))->text().contains(QLatin1Char('*')));
    QVERIFY(child<QWidget>(&form, QStringLiteral("field_count"))->accessibleDescription().isEmpty());

    // Required first (in the schema's order), then the others.
    QList<QWidget*> editors = form.editors();
    QCOMPARE(editors.at(0)->objectName(), QStringLiteral("field_to"));
    QCOMPARE(editors.at(1)->objectName(), QStringLiteral("field_mode"));

    // A required enum: the choices only, nothing chosen yet. An optional one: "(not set)" too; the default chosen.
    auto* mode = child<QComboBox>(&form, QStringLiteral("field_mode"));
    QVERIFY(mode);
    QCOMPARE(mode->count(), 2);
    QCOMPARE(mode->itemText(0), QStringLiteral("fast"));
    QCOMPARE(mode->itemText(1), QStringLiteral("slow"));
    QCOMPARE(mode->currentIndex(), -1);
    auto* priority = child<QComboBox>(&form, QStringLiteral("field_priority"));
    QVERIFY(priority);
    QCOMPARE(priority->count(), 3);
    QCOMPARE(priority->currentText(), QStringLiteral("high"));

    QVERIFY(child<QCheckBox>(&form, QStringLiteral("field_urgent")));
    QVERIFY(child<QPlainTextEdit>(&form, QStringLiteral("field_body")));     // long text
    QVERIFY(child<QPlainTextEdit>(&form, QStringLiteral("field_metadata"))); // JSON
    QVERIFY(child<QLineEdit>(&form, QStringLiteral("field_tags")));
    QVERIFY(child<QLineEdit>(&form, QStringLiteral("field_when")));
    // Untouched: no messages yet.
    for (QLabel* error : form.findChildren<QLabel*>(QRegularExpression(QStringLiteral("^error_"))))
        QVERIFY2(error->isHidden(), qPrintable(error->objectName()));
}

void TestRunToolDialog::formShowsMessagesInlineUntilFixed()
{
    ui::SchemaForm form(testSchema());
    form.resize(600, 800);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto* to = child<QLineEdit>(&form, QStringLiteral("field_to"));
    auto* count = child<QLineEdit>(&form, QStringLiteral("field_count"));
    auto* metadata = child<QPlainTextEdit>(&form, QStringLiteral("field_metadata"));
    auto* errorTo = child<QLabel>(&form, QStringLiteral("error_to"));
    auto* errorMode = child<QLabel>(&form, QStringLiteral("error_mode"));
    auto* errorCount = child<QLabel>(&form, QStringLiteral("error_count"));
    auto* errorMetadata = child<QLabel>(&form, QStringLiteral("error_metadata"));
    QVERIFY(to && count && metadata && errorTo && errorMode && errorCount && errorMetadata);

    QVERIFY(!form.validate());
    QVERIFY(errorTo->isVisible());
    QCOMPARE(errorTo->text(), QStringLiteral("Required"));
    QCOMPARE(errorMode->text(), QStringLiteral("Required"));
    QVERIFY(!errorCount->isVisible()); // optional and empty: fine

    // From now on each edit is checked at once.
    QTest::keyClicks(to, QStringLiteral("555"));
    QCOMPARE(errorTo->text(), QStringLiteral("Must be a phone number like +15551234567"));
    QTest::keyClicks(count, QStringLiteral("42"));
    QVERIFY(errorCount->isVisible());
    QCOMPARE(errorCount->text(), QStringLiteral("Must be at most 10"));
    QTest::keyClicks(metadata, QStringLiteral("{\"a\": "));
    QVERIFY(errorMetadata->isVisible());
    QVERIFY2(errorMetadata->text().startsWith(QStringLiteral("Is not valid JSON")), qPrintable(errorMetadata->text()));

    to->clear();
    QTest::keyClicks(to, QStringLiteral("+15551234567"));
    QVERIFY(!errorTo->isVisible());
    count->clear();
    QTest::keyClicks(count, QStringLiteral("3"));
    QVERIFY(!errorCount->isVisible());
    QTest::keyClicks(metadata, QStringLiteral("1}"));
    QVERIFY(!errorMetadata->isVisible());
    QVERIFY(errorMode->isVisible());
    child<QComboBox>(&form, QStringLiteral("field_mode"))->setCurrentIndex(1);
    QVERIFY(!errorMode->isVisible());
    QVERIFY(form.validate());

    // The agent's own verdict lands under the field it names.
    QVERIFY(form.showAgentProblems(QStringLiteral("The input is not valid: to: must be a phone number like "
                                                  "+15551234567; count: must be at most 10.")));
    QCOMPARE(form.problem(QStringLiteral("to")), QStringLiteral("Must be a phone number like +15551234567"));
    QCOMPARE(form.problem(QStringLiteral("count")), QStringLiteral("Must be at most 10"));
}

void TestRunToolDialog::formValueIsTyped()
{
    ui::SchemaForm form(testSchema());
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("field_to")), QStringLiteral("  +15551234567 "));
    child<QComboBox>(&form, QStringLiteral("field_mode"))->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("field_count")), QStringLiteral("3"));
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("field_amount")), QStringLiteral("29.99"));
    child<QCheckBox>(&form, QStringLiteral("field_urgent"))->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("field_tags")), QStringLiteral("vip, new ,"));
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("field_when")), QStringLiteral("2026-02-24T14:00:00Z"));
    QTest::keyClicks(child<QPlainTextEdit>(&form, QStringLiteral("field_metadata")), QStringLiteral("{\"order\": 42}"));
    QVERIFY(form.validate());

    const QJsonObject value = form.value();
    QCOMPARE(value.value(QStringLiteral("to")), QJsonValue(QStringLiteral("+15551234567"))); // trimmed
    QCOMPARE(value.value(QStringLiteral("mode")), QJsonValue(QStringLiteral("fast")));
    QCOMPARE(value.value(QStringLiteral("priority")), QJsonValue(QStringLiteral("high"))); // the default
    QVERIFY(value.value(QStringLiteral("count")).isDouble());
    QCOMPARE(value.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(value.value(QStringLiteral("amount")).toDouble(), 29.99);
    QCOMPARE(value.value(QStringLiteral("urgent")), QJsonValue(true));
    QCOMPARE(value.value(QStringLiteral("tags")), QJsonValue(QJsonArray{QStringLiteral("vip"), QStringLiteral("new")}));
    QCOMPARE(value.value(QStringLiteral("when")), QJsonValue(QStringLiteral("2026-02-24T14:00:00Z")));
    QCOMPARE(value.value(QStringLiteral("metadata")), QJsonValue(QJsonObject{{QStringLiteral("order"), 42}}));
    QVERIFY(!value.contains(QStringLiteral("body"))); // empty: left out
    QCOMPARE(value.size(), 10 - 1);

    // A local time without an offset becomes RFC 3339 with this computer's offset.
    auto* when = child<QLineEdit>(&form, QStringLiteral("field_when"));
    when->clear();
    QTest::keyClicks(when, QStringLiteral("2026-02-24 14:00"));
    QVERIFY(form.validate());
    const QDateTime parsed = QDateTime::fromString(form.value().value(QStringLiteral("when")).toString(), Qt::ISODate);
    QCOMPARE(parsed, QDateTime(QDate(2026, 2, 24), QTime(14, 0)));
    // Unticked boolean: left out (false is the tool's default).
    child<QCheckBox>(&form, QStringLiteral("field_urgent"))->setChecked(false);
    QVERIFY(!form.value().contains(QStringLiteral("urgent")));
}

// --- the dialog against a real agent ---

void TestRunToolDialog::initTestCase()
{
    // The pure form tests above run first; the agent starts here.
}

void TestRunToolDialog::cleanupTestCase()
{
    m_fixture.stop();
}

void TestRunToolDialog::connectApiKey(const QString& provider, const QMap<QString, QString>& fields)
{
    QSignalSpy finished(m_fixture.client(), &AgentClient::connectFinished);
    m_fixture.client()->connectApiKey(provider, fields);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), test::kReplyMs);
    const auto outcome = finished.constFirst().at(1).value<ConnectOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.message));
}

ui::RunToolDialog* TestRunToolDialog::openDialog(const QString& tool)
{
    if (!m_agentStarted) {
        m_agentStarted = true;
        m_fixture.start();
        if (QTest::currentTestFailed())
            return nullptr;
        connectApiKey(QStringLiteral("twilio"),
                      {{QStringLiteral("account_sid"), QStringLiteral("AC00000000000000000000000000000001")},
                       {QStringLiteral("auth_token"), QStringLiteral("sandbox_twilio_token_alice_000001")}});
        connectApiKey(QStringLiteral("stripe"),
                      {{QStringLiteral("secret_key"), QStringLiteral("sk_test_sandboxAlice000000000000000000000001")}});
        if (QTest::currentTestFailed())
            return nullptr;
    }
    auto* dialog = new ui::RunToolDialog(m_fixture.client(), m_fixture.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!tool.isEmpty())
        dialog->setTool(tool);
    dialog->open();
    if (!QTest::qWaitForWindowExposed(dialog) || !QTest::qWaitForWindowActive(dialog))
        return nullptr;
    auto* tools = child<QComboBox>(dialog, QStringLiteral("toolCombo"));
    if (!QTest::qWaitFor([&] { return dialog->currentTool() == tool && dialog->form(); }, test::kReplyMs))
        return nullptr;
    Q_UNUSED(tools);
    return dialog;
}

void TestRunToolDialog::smsRunShowsTwiliosAnswerAndTheRecord()
{
    QPointer<ui::RunToolDialog> dialog = openDialog(QStringLiteral("send_sms"));
    QVERIFY(dialog);
    auto* connections = child<QComboBox>(dialog, QStringLiteral("connectionCombo"));
    auto* run = child<QPushButton>(dialog, QStringLiteral("runButton"));
    QTRY_VERIFY_WITH_TIMEOUT(connections->count() == 1 && run->isEnabled(), test::kReplyMs);
    QVERIFY(connections->currentText().contains(QStringLiteral("AC00000000000000000000000000000001")));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("noConnectionLabel"))->isHidden());

    // setTool puts the focus on the first field.
    auto* to = child<QLineEdit>(dialog, QStringLiteral("field_to"));
    auto* body = child<QPlainTextEdit>(dialog, QStringLiteral("field_body"));
    QVERIFY(to && body);
    QTRY_VERIFY(to->hasFocus());
    QTest::keyClicks(to, QStringLiteral("+15551230000"));
    QTest::keyClick(to, Qt::Key_Tab);
    QVERIFY(body->hasFocus());
    QTest::keyClicks(body, QStringLiteral("Your table is ready"));

    QSignalSpy created(dialog.data(), &ui::RunToolDialog::recordCreated);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QVERIFY(!run->isEnabled());
    QVERIFY(child<QProgressBar>(dialog, QStringLiteral("runBusy"))->isVisible());

    auto* result = child<QPlainTextEdit>(dialog, QStringLiteral("resultView"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), test::kReplyMs);
    QVERIFY2(child<QLabel>(dialog, QStringLiteral("errorLabel"))->isHidden(),
             qPrintable(child<QLabel>(dialog, QStringLiteral("errorLabel"))->text()));
    const QJsonObject output = QJsonDocument::fromJson(result->toPlainText().toUtf8()).object();
    QVERIFY2(output.value(QStringLiteral("messageSid")).toString().startsWith(QStringLiteral("SM")),
             qPrintable(result->toPlainText()));
    QCOMPARE(output.value(QStringLiteral("to")).toString(), QStringLiteral("+15551230000"));
    QVERIFY(result->toPlainText().contains(QLatin1Char('\n'))); // pretty-printed
    QCOMPARE(created.size(), 1);
    const qint64 id = created.constFirst().constFirst().toLongLong();
    QVERIFY(id > 0);
    QVERIFY(child<QLabel>(dialog, QStringLiteral("recordLabel"))->text().contains(QStringLiteral("#%1").arg(id)));
    QVERIFY(run->isEnabled());

    // The audit trail has it: this tool, this input, success.
    std::optional<Result<std::optional<AuditRecord>>> record;
    m_fixture.client()->auditReader()->get(this, id, [&](Result<std::optional<AuditRecord>> r) { record = r; });
    QTRY_VERIFY_WITH_TIMEOUT(record.has_value(), test::kReplyMs);
    QVERIFY(record->has_value() && record->value().has_value());
    const AuditRecord& audit = *record->value();
    QCOMPARE(audit.tool, QStringLiteral("send_sms"));
    QCOMPARE(audit.status, QStringLiteral("success"));
    QCOMPARE(audit.input.toObject().value(QStringLiteral("body")).toString(), QStringLiteral("Your table is ready"));

    QVERIFY(test::saveScreenshot(dialog, QStringLiteral("run-tool-dialog")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
}

void TestRunToolDialog::paymentRunsFromTheKeyboard()
{
    QPointer<ui::RunToolDialog> dialog = openDialog(QStringLiteral("create_payment"));
    QVERIFY(dialog);
    auto* run = child<QPushButton>(dialog, QStringLiteral("runButton"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), test::kReplyMs);
    auto* amount = child<QLineEdit>(dialog, QStringLiteral("field_amount"));
    auto* currency = child<QLineEdit>(dialog, QStringLiteral("field_currency"));
    QVERIFY(amount && currency);
    QTRY_VERIFY(amount->hasFocus());
    QTest::keyClicks(amount, QStringLiteral("29.99"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(currency->hasFocus());
    QTest::keyClicks(currency, QStringLiteral("usd"));

    QSignalSpy created(dialog.data(), &ui::RunToolDialog::recordCreated);
    QTest::keyClick(currency, Qt::Key_Return); // Enter = Run
    QVERIFY(created.wait(test::kReplyMs));
    auto* result = child<QPlainTextEdit>(dialog, QStringLiteral("resultView"));
    const QJsonObject output = QJsonDocument::fromJson(result->toPlainText().toUtf8()).object();
    QVERIFY2(output.value(QStringLiteral("paymentIntentId")).toString().startsWith(QStringLiteral("pi_")),
             qPrintable(result->toPlainText()));
    QCOMPARE(output.value(QStringLiteral("amount")).toInt(), 2999);
    QVERIFY(currency->hasFocus()); // back where it was

    // Tab order from the top: tool, account, the fields, Run, Close.
    auto* tools = child<QComboBox>(dialog, QStringLiteral("toolCombo"));
    tools->setFocus();
    QTest::keyClick(tools, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dialog, QStringLiteral("connectionCombo")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), amount);

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
}

void TestRunToolDialog::providerRefusalShowsCodeAndRecord()
{
    QPointer<ui::RunToolDialog> dialog = openDialog(QStringLiteral("get_subscription"));
    QVERIFY(dialog);
    auto* run = child<QPushButton>(dialog, QStringLiteral("runButton"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), test::kReplyMs);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("field_subscriptionId")), QStringLiteral("sub_doesnotexist"));
    QSignalSpy created(dialog.data(), &ui::RunToolDialog::recordCreated);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(created.wait(test::kReplyMs));
    auto* error = child<QLabel>(dialog, QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Error code: ")), qPrintable(error->text()));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("recordLabel"))
                ->text()
                .contains(QStringLiteral("#%1").arg(created.constFirst().constFirst().toLongLong())));
    QVERIFY(test::saveScreenshot(dialog, QStringLiteral("run-tool-dialog-refused")));
    dialog->close();
    QTRY_VERIFY(!dialog);
}

void TestRunToolDialog::invalidInputNeverReachesTheAgent()
{
    QPointer<ui::RunToolDialog> dialog = openDialog(QStringLiteral("send_sms"));
    QVERIFY(dialog);
    auto* run = child<QPushButton>(dialog, QStringLiteral("runButton"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), test::kReplyMs);
    auto* to = child<QLineEdit>(dialog, QStringLiteral("field_to"));
    QTest::keyClicks(to, QStringLiteral("call me"));

    QSignalSpy finished(m_fixture.client(), &AgentClient::toolRunFinished);
    QSignalSpy created(dialog.data(), &ui::RunToolDialog::recordCreated);
    QTest::keyClick(to, Qt::Key_Return);
    QVERIFY(!dialog->isRunning());
    auto* errorTo = child<QLabel>(dialog, QStringLiteral("error_to"));
    auto* errorBody = child<QLabel>(dialog, QStringLiteral("error_body"));
    QVERIFY(errorTo->isVisible());
    QCOMPARE(errorTo->text(), QStringLiteral("Must be a phone number like +15551234567"));
    QVERIFY(errorBody->isVisible());
    QCOMPARE(errorBody->text(), QStringLiteral("Required"));
    QVERIFY(to->hasFocus()); // the first bad field
    // The message sits under its field, not over it.
    auto* body = child<QPlainTextEdit>(dialog, QStringLiteral("field_body"));
    QTRY_VERIFY(errorBody->geometry().top() > body->geometry().bottom());
    QTRY_VERIFY(errorTo->geometry().top() > to->geometry().bottom());
    // With room to spare the form grows instead of scrolling.
    QTRY_VERIFY(!child<QScrollArea>(dialog, QStringLiteral("formArea"))->verticalScrollBar()->isVisible());
    QVERIFY(test::saveScreenshot(dialog, QStringLiteral("run-tool-dialog-invalid")));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(created.size(), 0);

    // Fixing the field clears its message at once.
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("+15551230000"));
    QVERIFY(!errorTo->isVisible());
    QVERIFY(errorBody->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
}

void TestRunToolDialog::toolWithoutAccountCannotRun()
{
    QPointer<ui::RunToolDialog> dialog = openDialog(QStringLiteral("post_message"));
    QVERIFY(dialog);
    auto* message = child<QLabel>(dialog, QStringLiteral("noConnectionLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), test::kReplyMs);
    QVERIFY2(message->text().contains(QStringLiteral("No Slack account connected — connect one on the ")),
             qPrintable(message->text()));
    QVERIFY(!child<QComboBox>(dialog, QStringLiteral("connectionCombo"))->isVisible());
    auto* run = child<QPushButton>(dialog, QStringLiteral("runButton"));
    QVERIFY(!run->isEnabled());
    QSignalSpy finished(m_fixture.client(), &AgentClient::toolRunFinished);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("field_channel")), QStringLiteral("#general"));
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("field_channel")), Qt::Key_Return);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0);
    QVERIFY(test::saveScreenshot(dialog, QStringLiteral("run-tool-dialog-no-account")));

    // Choosing a Twilio tool brings the account back.
    auto* tools = child<QComboBox>(dialog, QStringLiteral("toolCombo"));
    tools->setCurrentIndex(tools->findData(QStringLiteral("list_phone_numbers")));
    QVERIFY(!message->isVisible());
    QVERIFY(run->isEnabled());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("noInputLabel")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
}

QTEST_MAIN(TestRunToolDialog)
#include "tst_run_tool_dialog.moc"
