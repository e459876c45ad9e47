// API-key connections against the sandbox: Twilio with a wrong Auth Token → Twilio's refusal in words inside the
// dialog, nothing stored; Stripe's demo key (typed, Enter) → "Connected as …"; Test asks Stripe again; Disconnect
// asks first and then shows the agent's words. Screenshots: connect-apikey-twilio-error.png,
// connect-apikey-stripe-connected.png, connect-apikey-disconnect-confirm.png. Run line: see tst_connect_support.h.

#include "tst_connect_support.h"

#include "connections/ApiKeyDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>

using namespace sb;

class TestConnectApiKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_fixture.start(); }
    void cleanupTestCase() { m_fixture.stop(); }

    void twilioBadCredentialsShowTwiliosWords();
    void stripeDemoKeyConnects();
    void stripeTestAndDisconnect();

private:
    ui::ApiKeyDialog* openDialog(const QString& provider);

    test::ConnectFixture m_fixture;
};

ui::ApiKeyDialog* TestConnectApiKey::openDialog(const QString& provider)
{
    QTest::mouseClick(m_fixture.connectButton(provider), Qt::LeftButton);
    ui::ConnectionsPage* page = m_fixture.page();
    (void)QTest::qWaitFor([page] { return qobject_cast<ui::ApiKeyDialog*>(page->openDialog()) != nullptr; }, 5000);
    auto* dialog = qobject_cast<ui::ApiKeyDialog*>(page->openDialog());
    if (dialog && (!QTest::qWaitForWindowExposed(dialog) || !QTest::qWaitForWindowActive(dialog)))
        return nullptr;
    return dialog;
}

void TestConnectApiKey::twilioBadCredentialsShowTwiliosWords()
{
    ui::ApiKeyDialog* dialog = openDialog(QStringLiteral("twilio"));
    QVERIFY(dialog);
    auto* sid = dialog->findChild<QLineEdit*>(QStringLiteral("accountSidEdit"));
    auto* token = dialog->findChild<QLineEdit*>(QStringLiteral("authTokenEdit"));
    auto* connect = dialog->findChild<QPushButton*>(QStringLiteral("connectKeyButton"));
    QVERIFY(sid && token && connect);
    QCOMPARE(token->echoMode(), QLineEdit::Password); // masked unless the user asks
    QVERIFY(!connect->isEnabled());                    // nothing to check yet

    QVERIFY(sid->hasFocus());
    QTest::keyClicks(sid, QStringLiteral("AC00000000000000000000000000000001"));
    QTest::keyClick(sid, Qt::Key_Tab);
    QVERIFY2(token->hasFocus(), QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()
                                                                         + QLatin1Char('/')
                                                                         + QApplication::focusWidget()->metaObject()->className())
                                                           : "no focus");
    QTest::keyClicks(token, QStringLiteral("not_the_right_token_000000000000"));
    QVERIFY(connect->isEnabled());
    QTest::mouseClick(connect, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), test::kReplyMs);
    QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Twilio refused these credentials: ")),
             qPrintable(dialog->errorText()));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("20003")), qPrintable(dialog->errorText()));
    QVERIFY(!dialog->errorText().contains(QStringLiteral("not_the_right_token")));
    QVERIFY(dialog->isVisible()); // stays open to fix the token
    QVERIFY(token->hasFocus());
    QVERIFY(test::saveScreenshot(dialog, QStringLiteral("connect-apikey-twilio-error")));

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_fixture.page()->openDialog());
    QVERIFY(m_fixture.card(QStringLiteral("twilio"))->rows().isEmpty());
    for (const ConnectionInfo& connection : m_fixture.agentConnections())
        QVERIFY(connection.provider != QLatin1String("twilio"));
    QCOMPARE(m_fixture.keychainConnectionKeys(), QStringList());
}

void TestConnectApiKey::stripeDemoKeyConnects()
{
    ui::ApiKeyDialog* dialog = openDialog(QStringLiteral("stripe"));
    QVERIFY(dialog);
    auto* key = dialog->findChild<QLineEdit*>(QStringLiteral("secretKeyEdit"));
    auto* label = dialog->findChild<QLineEdit*>(QStringLiteral("labelEdit"));
    QVERIFY(key && label);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(key->hasFocus());
    QTest::keyClicks(key, QStringLiteral("sk_test_sandboxAlice000000000000000000000001"));
    QTest::keyClick(key, Qt::Key_Tab);
    QTest::keyClicks(label, QStringLiteral("Shop"));
    QTest::keyClick(label, Qt::Key_Return); // Enter = "Check and connect"

    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.page()->openDialog(), test::kReplyMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.stateTexts(QStringLiteral("stripe")).size(), 1, test::kReplyMs);
    QVERIFY2(m_fixture.stateTexts(QStringLiteral("stripe")).constFirst().startsWith(QStringLiteral("Connected as ")),
             qPrintable(m_fixture.stateTexts(QStringLiteral("stripe")).constFirst()));
    ui::AccountRow* row = m_fixture.card(QStringLiteral("stripe"))->rows().constFirst();
    QTRY_VERIFY(row->isVisible());
    QCOMPARE(row->connection().label, QStringLiteral("Shop"));
    QCOMPARE(row->findChild<QLineEdit*>(QStringLiteral("labelEdit"))->text(), QStringLiteral("Shop"));
    // Written before the agent answered; one look (QTRY counts steps, not time: no slow probes inside it).
    QVERIFY2(!m_fixture.keychainConnectionKeys().isEmpty(), qPrintable(m_fixture.installId()));
    QVERIFY(test::saveScreenshot(m_fixture.window(), QStringLiteral("connect-apikey-stripe-connected")));

    // The label is edited in place: Enter saves it in the agent.
    auto* labelEdit = row->findChild<QLineEdit*>(QStringLiteral("labelEdit"));
    labelEdit->setFocus();
    labelEdit->selectAll();
    QTest::keyClicks(labelEdit, QStringLiteral("Web shop"));
    QTest::keyClick(labelEdit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.card(QStringLiteral("stripe"))->rows().constFirst()->connection().label,
                              QStringLiteral("Web shop"), test::kReplyMs);
    const QList<ConnectionInfo> saved = m_fixture.agentConnections();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.constFirst().label, QStringLiteral("Web shop"));
}

void TestConnectApiKey::stripeTestAndDisconnect()
{
    ui::ConnectionCard* card = m_fixture.card(QStringLiteral("stripe"));
    QCOMPARE(card->rows().size(), 1);
    ui::AccountRow* row = card->rows().constFirst();
    QTest::mouseClick(row->findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    auto* result = row->findChild<QLabel*>(QStringLiteral("resultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty() && result->isVisible()
                                 && row->findChild<QPushButton*>(QStringLiteral("testButton"))->isEnabled(),
                             test::kReplyMs);

    QTest::mouseClick(row->findChild<QPushButton*>(QStringLiteral("disconnectButton")), Qt::LeftButton);
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = m_fixture.window()->findChild<QMessageBox*>(QStringLiteral("disconnectConfirm"))));
    QVERIFY(QTest::qWaitForWindowExposed(confirm));
    QVERIFY(test::saveScreenshot(confirm, QStringLiteral("connect-apikey-disconnect-confirm")));
    QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("confirmDisconnectButton")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(card->rows().isEmpty(), test::kReplyMs);
    QVERIFY(!card->message().isEmpty());
    QCOMPARE(m_fixture.keychainConnectionKeys(), QStringList()); // removed before the agent answered
    QVERIFY(test::saveScreenshot(m_fixture.window(), QStringLiteral("connect-apikey-disconnected")));
}

QTEST_MAIN(TestConnectApiKey)
#include "tst_connect_apikey.moc"
