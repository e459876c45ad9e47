// Connect by clicking in the in-app browser, against the sandbox: Microsoft's card → the sign-in window shows the
// consent page → #allow → "Connected as alice@example.com", the refresh token in gnome-keyring and nowhere in the
// data dir; and a sign-in window closed by the user (Slack's) cancels the flow with nothing stored.
// Screenshots: connect-inapp-consent.png, connect-inapp-connected.png, connect-inapp-cancelled.png.
// Run line: see tst_connect_support.h.

#include "tst_connect_support.h"

#include "auth/BrowserDialog.h"

#include <QDialog>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QWebEngineProfile>

using namespace sb;

class TestConnectInApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_fixture.start(); }
    void cleanupTestCase() { m_fixture.stop(); }

    void closingTheWindowCancels();
    void microsoftConsentConnects();
    void revokedGrantNeedsReconnect();
    void genericProviderSetUpThenConnected();

private:
    // Clicks Connect on `provider`'s card and waits for the sign-in window with the consent page.
    ui::BrowserDialog* openSignIn(const QString& provider);

    test::ConnectFixture m_fixture;
};

ui::BrowserDialog* TestConnectInApp::openSignIn(const QString& provider)
{
    QPushButton* connect = m_fixture.connectButton(provider);
    if (!connect || !connect->isEnabled())
        return nullptr;
    QTest::mouseClick(connect, Qt::LeftButton);
    ui::SignInLauncher* launcher = m_fixture.page()->signInLauncher();
    if (!QTest::qWaitFor([launcher] { return launcher->browserDialog() != nullptr; }, test::kReplyMs))
        return nullptr;
    ui::BrowserDialog* dialog = launcher->browserDialog();
    if (!QTest::qWaitForWindowExposed(dialog) || !test::waitForConsentPage(dialog->page()))
        return nullptr;
    return dialog;
}

void TestConnectInApp::closingTheWindowCancels()
{
    const QStringList keysBefore = m_fixture.keychainConnectionKeys();
    ui::BrowserDialog* dialog = openSignIn(QStringLiteral("slack"));
    QVERIFY(dialog);
    QPointer<QWebEngineProfile> profile = dialog->profile();
    QVERIFY(profile->isOffTheRecord());

    dialog->close(); // the window's close button
    ui::ConnectionCard* card = m_fixture.card(QStringLiteral("slack"));
    QTRY_VERIFY_WITH_TIMEOUT(card->message().contains(QStringLiteral("cancelled")), test::kReplyMs);
    QVERIFY2(card->message().contains(QStringLiteral("Nothing was saved")), qPrintable(card->message()));
    QTRY_VERIFY(!profile); // the web engine was released with the window
    QVERIFY(!m_fixture.page()->signInLauncher()->isBusy());
    QVERIFY(m_fixture.connectButton(QStringLiteral("slack"))->isEnabled());
    QVERIFY(test::saveScreenshot(m_fixture.window(), QStringLiteral("connect-inapp-cancelled")));

    // Nothing stored: no row, no keychain item.
    for (const ConnectionInfo& connection : m_fixture.agentConnections())
        QVERIFY2(connection.provider != QLatin1String("slack"), qPrintable(connection.account));
    QVERIFY(card->rows().isEmpty());
    QCOMPARE(m_fixture.keychainConnectionKeys(), keysBefore);
}

void TestConnectInApp::microsoftConsentConnects()
{
    ui::BrowserDialog* dialog = openSignIn(QStringLiteral("microsoft"));
    QVERIFY(dialog);
    QPointer<QWebEngineProfile> profile = dialog->profile();
    QVERIFY(profile->isOffTheRecord());
    QVERIFY(profile->storageName().isEmpty());
    // The address bar shows the host and the page's security (the sandbox is plain http on this computer).
    QCOMPARE(dialog->addressText(), QStringLiteral("127.0.0.1"));
    QVERIFY(!dialog->isSecurePage());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("securityMarker"))->text().contains(QStringLiteral("Not secure")));
    QCOMPARE(test::runJs(dialog->page(), QStringLiteral("document.body.dataset.provider")).toString(),
             QStringLiteral("microsoft"));
    QVERIFY(test::saveScreenshot(dialog, QStringLiteral("connect-inapp-consent")));

    test::runJs(dialog->page(), QStringLiteral("document.querySelector('#allow').click(); true"));

    // The window closes by itself once the redirect reaches the agent, and its web engine goes with it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.page()->signInLauncher()->browserDialog(), test::kReplyMs);
    QTRY_VERIFY_WITH_TIMEOUT(!profile, test::kReplyMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.stateTexts(QStringLiteral("microsoft")),
                              QStringList{QStringLiteral("Connected as alice@example.com")}, test::kReplyMs);
    ui::ConnectionCard* card = m_fixture.card(QStringLiteral("microsoft"));
    QVERIFY(card->message().contains(QStringLiteral("Connected as")));
    QVERIFY(test::saveScreenshot(m_fixture.window(), QStringLiteral("connect-inapp-connected")));

    // The refresh token is in gnome-keyring …
    const qint64 id = card->rows().constFirst()->connection().id;
    const QByteArray refreshToken = m_fixture.keychainLookup(id, QStringLiteral("refresh_token"));
    QVERIFY2(refreshToken.size() >= 16, refreshToken.constData());
    const QByteArray accessToken = m_fixture.keychainLookup(id, QStringLiteral("access_token"));
    // … and none of its bytes are in the database, its WAL or the log.
    QVERIFY(QFile::exists(QDir(m_fixture.dataDir()).filePath(QStringLiteral("switchboard.db"))));
    QVERIFY(QFile::exists(logging::logFilePath(m_fixture.dataDir())));
    QCOMPARE(m_fixture.filesContaining(refreshToken), QStringList());
    if (!accessToken.isEmpty())
        QCOMPARE(m_fixture.filesContaining(accessToken), QStringList());
    // The probe works: the account name is in the database.
    QVERIFY(!m_fixture.filesContaining(QByteArrayLiteral("alice@example.com")).isEmpty());
}

// The sandbox revokes the grant (as a user removing the app's consent would): the next use refreshes, gets
// invalid_grant, and the card shows the banner; Reconnect signs in again and clears it.
void TestConnectInApp::revokedGrantNeedsReconnect()
{
    ui::ConnectionCard* card = m_fixture.card(QStringLiteral("microsoft"));
    QCOMPARE(card->rows().size(), 1);
    QNetworkAccessManager network;
    QNetworkRequest revoke(m_fixture.status().sandboxControlUrl.resolved(QUrl(QStringLiteral("/_sandbox/grants/revoke"))));
    revoke.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.post(revoke, QByteArrayLiteral("{\"provider\":\"microsoft\"}"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), test::kReplyMs);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();

    QSignalSpy needsReconnect(m_fixture.client(), &AgentClient::connectionNeedsReconnect);
    ui::AccountRow* row = card->rows().constFirst();
    QTest::mouseClick(row->findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!needsReconnect.isEmpty(), test::kReplyMs);
    auto* banner = row->findChild<QLabel*>(QStringLiteral("reconnectBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), test::kReplyMs);
    QVERIFY2(banner->text().contains(QStringLiteral("must be reconnected")), qPrintable(banner->text()));
    QCOMPARE(m_fixture.stateTexts(QStringLiteral("microsoft")), QStringList{QStringLiteral("Needs reconnect")});
    QVERIFY(banner->text().contains(QStringLiteral("alice@example.com")));
    QVERIFY(test::saveScreenshot(m_fixture.window(), QStringLiteral("connect-inapp-needs-reconnect")));

    // Reconnect: the same in-app sign-in, and the account is whole again.
    QTest::mouseClick(row->findChild<QPushButton*>(QStringLiteral("reconnectButton")), Qt::LeftButton);
    ui::SignInLauncher* launcher = m_fixture.page()->signInLauncher();
    QTRY_VERIFY_WITH_TIMEOUT(launcher->browserDialog(), test::kReplyMs);
    QVERIFY(test::waitForConsentPage(launcher->browserDialog()->page()));
    test::runJs(launcher->browserDialog()->page(), QStringLiteral("document.querySelector('#allow').click(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.stateTexts(QStringLiteral("microsoft")),
                              QStringList{QStringLiteral("Connected as alice@example.com")}, test::kReplyMs);
    QTRY_VERIFY(card->rows().constFirst()->findChild<QLabel*>(QStringLiteral("reconnectBanner"))->isHidden());
    QVERIFY2(card->message().startsWith(QStringLiteral("Reconnected")), qPrintable(card->message()));
}

// The generic OpenID provider: its settings dialog (issuer, client id, masked secret, scopes) saves in the agent,
// then the sign-in starts by itself in the in-app browser.
void TestConnectInApp::genericProviderSetUpThenConnected()
{
    ui::ConnectionCard* card = m_fixture.card(QStringLiteral("generic"));
    QTest::mouseClick(card->findChild<QPushButton*>(QStringLiteral("setupButton")), Qt::LeftButton);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_fixture.page()->openDialog()));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* issuer = dialog->findChild<QLineEdit*>(QStringLiteral("issuerEdit"));
    auto* clientId = dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"));
    auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("clientSecretEdit"));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveProviderButton"));
    QVERIFY(issuer && clientId && secret && save);
    QVERIFY(issuer->text().startsWith(QStringLiteral("http://127.0.0.1:"))); // the sandbox's provider
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("savedShown").toBool(), test::kReplyMs); // the agent's answer is in
    clientId->clear(); // (under --sandbox the demo client's id is prefilled)
    QVERIFY(!save->isEnabled()); // no client id
    QTest::keyClicks(clientId, QStringLiteral("sandbox-generic-client"));
    QTest::keyClicks(secret, QStringLiteral("sandbox-generic-secret"));
    QVERIFY(save->isEnabled());
    QVERIFY(test::saveScreenshot(dialog, QStringLiteral("connect-inapp-generic-settings")));
    QPointer<QLabel> error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTest::mouseClick(save, Qt::LeftButton); // the dialog closes itself once the agent saved

    ui::SignInLauncher* launcher = m_fixture.page()->signInLauncher();
    QTRY_VERIFY_WITH_TIMEOUT(launcher->browserDialog() || (error && !error->isHidden()), test::kReplyMs);
    QVERIFY2(launcher->browserDialog(), error ? qPrintable(error->text()) : "no sign-in window");
    QVERIFY(test::waitForConsentPage(launcher->browserDialog()->page()));
    test::runJs(launcher->browserDialog()->page(), QStringLiteral("document.querySelector('#allow').click(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.stateTexts(QStringLiteral("generic")),
                              QStringList{QStringLiteral("Connected as alice@example.com")}, test::kReplyMs);

    // Opened again, the dialog shows what was saved, but not the secret.
    QTest::mouseClick(card->findChild<QPushButton*>(QStringLiteral("setupButton")), Qt::LeftButton);
    QTRY_VERIFY((dialog = m_fixture.page()->openDialog()));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->text(),
                              QStringLiteral("sandbox-generic-client"), test::kReplyMs);
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("clientSecretEdit"))->text().isEmpty());
    dialog->reject();
}

QTEST_MAIN(TestConnectInApp)
#include "tst_connect_inapp.moc"
