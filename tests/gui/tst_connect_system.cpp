// Google signs in in the system browser: the console hands the URL to the "Open sign-in pages with" command (this
// test binary in its --approve helper mode: it follows the URL, posts the sandbox's consent form and follows the
// redirect to the agent's loopback listener, as a browser would), shows "Finish signing in in your browser" with the
// URL, and the card ends "Connected as …". And when the in-app browser meets Google's disallowed_useragent refusal,
// the same flow moves to the system browser by itself.
// Screenshots: connect-system-panel.png, connect-system-connected.png, connect-system-fallback-panel.png,
// connect-system-fallback-connected.png. Run line: see tst_connect_support.h.

#include "tst_connect_support.h"

#include "auth/BrowserDialog.h"
#include "auth/SignInSettings.h"
#include "auth/SystemBrowserPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace sb;

namespace {

// --- helper mode: an HTTP client that approves the sandbox's consent page ------------------------------------------

QNetworkReply* waitFor(QNetworkReply* reply)
{
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000);
    return reply;
}

int approve(const QUrl& url, const QString& account)
{
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* page = waitFor(network.get(QNetworkRequest(url)));
    const QString html = QString::fromUtf8(page->readAll());
    const auto id = QRegularExpression(QStringLiteral("name=\"request\" value=\"([^\"]+)\"")).match(html);
    if (!id.hasMatch()) {
        qCritical("helper: no consent form at %s (HTTP %d)", qPrintable(url.toString()),
                  page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        return 2;
    }
    // docs/sandbox.md: POST the authorize path with request=<id>&account=…&decision=allow → 302 to the redirect URI.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("request"), id.captured(1));
    form.addQueryItem(QStringLiteral("account"), account);
    form.addQueryItem(QStringLiteral("decision"), QStringLiteral("allow"));
    QNetworkRequest post(url.adjusted(QUrl::RemoveQuery));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* decision = waitFor(network.post(post, form.toString(QUrl::FullyEncoded).toUtf8()));
    const QUrl redirect = decision->header(QNetworkRequest::LocationHeader).toUrl();
    if (!redirect.isValid()) {
        qCritical("helper: no redirect after the consent form");
        return 3;
    }
    QNetworkReply* callback = waitFor(network.get(QNetworkRequest(redirect)));
    return callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 0 : 4;
}

QString helperCommand(const QString& account)
{
    return QStringLiteral("\"%1\" --approve %2 %u").arg(QCoreApplication::applicationFilePath(), account);
}

} // namespace

class TestConnectSystem : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_fixture.start(); }
    void cleanupTestCase() { m_fixture.stop(); }

    void settingsCommandValidation();
    void googleUsesTheSystemBrowser();
    void refusedInAppFallsBackToSystemBrowser();

private:
    test::ConnectFixture m_fixture;
};

void TestConnectSystem::settingsCommandValidation()
{
    QVERIFY(!ui::SignInSettings::isValidCommand(QStringLiteral("firefox")));
    QVERIFY(!ui::SignInSettings::isValidCommand(QStringLiteral("%u")));
    QVERIFY(ui::SignInSettings::isValidCommand(QStringLiteral("firefox --private-window %u")));
    // The URL stays one argument, whatever it contains.
    const QUrl url(QStringLiteral("http://127.0.0.1:1/auth?a=1&b=two words;rm -rf"));
    const QStringList parts = ui::SignInSettings::commandFor(QStringLiteral("\"/opt/my browser/run\" -x %u"), url);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0), QStringLiteral("/opt/my browser/run"));
    QCOMPARE(QUrl(parts.at(2)), url);

    // The Settings page edits the same values.
    m_fixture.window()->showPage(QStringLiteral("settings"));
    auto* command = m_fixture.window()->findChild<QLineEdit*>(QStringLiteral("openWithCommandEdit"));
    auto* combo = m_fixture.window()->findChild<QComboBox*>(QStringLiteral("openWithCombo"));
    QVERIFY(command && combo);
    combo->setCurrentIndex(1);
    command->setText(QStringLiteral("firefox"));
    QCOMPARE(ui::SignInSettings::openWithCommand(), QString()); // not saved without %u
    command->setText(QStringLiteral("firefox %u"));
    QCOMPARE(ui::SignInSettings::openWithCommand(), QStringLiteral("firefox %u"));
    QVERIFY(test::saveScreenshot(m_fixture.window(), QStringLiteral("connect-system-settings")));
    combo->setCurrentIndex(0);
    QCOMPARE(ui::SignInSettings::openWithCommand(), QString());
    m_fixture.window()->showPage(QStringLiteral("connections"));
}

void TestConnectSystem::googleUsesTheSystemBrowser()
{
    // The Google app is marked as still in "Testing": the card must warn that its refresh tokens die in 7 days.
    ProviderClientSettings testing;
    testing.provider = QStringLiteral("google");
    testing.testing = true;
    QSignalSpy saved(m_fixture.client(), &AgentClient::providerClientSaved);
    m_fixture.client()->setProviderClient(testing);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), test::kReplyMs);

    ui::SignInSettings::setOpenWithCommand(helperCommand(QStringLiteral("alice@example.com")));
    ui::SignInLauncher* launcher = m_fixture.page()->signInLauncher();
    ui::SystemBrowserPanel* panel = m_fixture.page()->systemBrowserPanel();
    QSignalSpy inApp(launcher, &ui::SignInLauncher::browserOpened);
    QUrl shown;
    QUrl emitted;
    bool panelVisible = false;
    // The helper approves within a moment: look at the panel as it appears.
    auto look = connect(launcher, &ui::SignInLauncher::systemBrowserOpened, this, [&](const QUrl& url) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        shown = QUrl(panel->findChild<QLineEdit*>(QStringLiteral("signInUrlEdit"))->text());
        panelVisible = panel->isVisible();
        emitted = url;
        test::saveScreenshot(m_fixture.window(), QStringLiteral("connect-system-panel"));
    });

    QTest::mouseClick(m_fixture.connectButton(QStringLiteral("google")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown.isValid(), test::kReplyMs);
    disconnect(look);
    QVERIFY(panelVisible);
    QCOMPARE(shown, emitted);
    QCOMPARE(shown.path(), QStringLiteral("/o/oauth2/v2/auth"));
    QCOMPARE(QUrlQuery(shown).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded).section(u'/', 3),
             QStringLiteral("callback/google"));

    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.stateTexts(QStringLiteral("google")),
                              QStringList{QStringLiteral("Connected as alice@example.com")}, test::kReplyMs);
    QTRY_VERIFY(!panel->isVisible());
    QCOMPARE(inApp.count(), 0); // Google never opens in the in-app browser
    auto* warning = m_fixture.card(QStringLiteral("google"))->rows().constFirst()->findChild<QLabel*>(
        QStringLiteral("warningLabel"));
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("7 days")), qPrintable(warning->text()));
    QVERIFY(!launcher->isBusy());
    QVERIFY(test::saveScreenshot(m_fixture.window(), QStringLiteral("connect-system-connected")));
}

void TestConnectSystem::refusedInAppFallsBackToSystemBrowser()
{
    // Force Google into the in-app browser: the sandbox answers QtWebEngine with Google's disallowed_useragent page.
    ui::SignInSettings::setOpenWithCommand(helperCommand(QStringLiteral("bob@example.com")));
    ui::SignInLauncher* launcher = m_fixture.page()->signInLauncher();
    launcher->setModeOverride(BrowserMode::InApp);
    QString inAppFlow;
    QString refusedTitle;
    auto opened = connect(launcher, &ui::SignInLauncher::browserOpened, this, [&](ui::BrowserDialog* dialog) {
        inAppFlow = launcher->flowId();
        connect(dialog->page(), &QWebEnginePage::titleChanged, this, [&](const QString& title) {
            if (ui::BrowserDialog::isEmbeddedRefusal(title))
                refusedTitle = title;
        });
    });
    QString systemFlow;
    QString reason;
    auto system = connect(launcher, &ui::SignInLauncher::systemBrowserOpened, this, [&] {
        systemFlow = launcher->flowId();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        reason = m_fixture.page()->systemBrowserPanel()->findChild<QLabel*>(QStringLiteral("systemBrowserReason"))->text();
        test::saveScreenshot(m_fixture.window(), QStringLiteral("connect-system-fallback-panel"));
    });
    QSignalSpy finished(m_fixture.client(), &AgentClient::connectFinished);

    QTest::mouseClick(m_fixture.connectButton(QStringLiteral("google")), Qt::LeftButton); // "Add another account"
    QTRY_VERIFY_WITH_TIMEOUT(!inAppFlow.isEmpty(), test::kReplyMs);
    QTRY_VERIFY_WITH_TIMEOUT(!systemFlow.isEmpty(), test::kPageMs);
    disconnect(opened);
    disconnect(system);
    launcher->setModeOverride(BrowserMode::Default);
    QVERIFY2(refusedTitle.contains(QStringLiteral("disallowed_useragent")), qPrintable(refusedTitle));
    QCOMPARE(systemFlow, inAppFlow); // the same flow continued: no cancel, no restart
    QVERIFY2(reason.contains(QStringLiteral("refused")), qPrintable(reason));

    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.stateTexts(QStringLiteral("google")).size(), 2, test::kReplyMs);
    QVERIFY(m_fixture.stateTexts(QStringLiteral("google")).contains(QStringLiteral("Connected as bob@example.com")));
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.constFirst().at(1).value<ConnectOutcome>().ok());
    QVERIFY(!launcher->browserDialog());
    // Two accounts: the one that is not the default can be made the default.
    ui::ConnectionCard* card = m_fixture.card(QStringLiteral("google"));
    QTRY_VERIFY(std::any_of(card->rows().cbegin(), card->rows().cend(), [](ui::AccountRow* row) {
        return row->findChild<QPushButton*>(QStringLiteral("makeDefaultButton"))->isVisible();
    }));
    QVERIFY(test::saveScreenshot(m_fixture.window(), QStringLiteral("connect-system-fallback-connected")));
}

int main(int argc, char** argv)
{
    // Helper mode: `tst_connect_system --approve ACCOUNT URL`, started by the console as the "browser".
    if (argc == 4 && qstrcmp(argv[1], "--approve") == 0) {
        QCoreApplication app(argc, argv);
        return approve(QUrl(QString::fromUtf8(argv[3])), QString::fromUtf8(argv[2]));
    }
    QApplication app(argc, argv);
    TestConnectSystem test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connect_system.moc"
