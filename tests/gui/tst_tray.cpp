// The tray: with a real system tray (trayer, started here on the test's X display), closing the window hides it
// instead of quitting, the tray's Open brings it back and its Quit quits. Needs an X display (xvfb-run) and trayer.

#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "TrayIcon.h"
#include "UiSettings.h"
#include "core/Agent.h"
#include "core/AgentClient.h"
#include "core/CommandLine.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sb;

class TestTray : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void trayIconSitsInTheTray();
    void closeHidesToTray();
    void trayOpenShowsWindow();
    void needsReconnectIsAnnouncedInTheTray();
    void closeQuitsWhenTheSettingIsOff();
    void trayQuitQuits();

private:
    [[nodiscard]] QAction* trayAction(const QString& name) const
    {
        return m_window->trayIcon()->contextMenu()->findChild<QAction*>(name);
    }

    QTemporaryDir m_dir;
    QProcess m_trayer;
    // Never started: the tray does not need a running agent, only something to ask.
    std::unique_ptr<Agent> m_agent;
    std::unique_ptr<AgentClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestTray::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    cli::setApplicationIdentity();
    registerAgentTypes();
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "run under an X server (xvfb-run)");

    const QString trayer = QStandardPaths::findExecutable(QStringLiteral("trayer"));
    QVERIFY2(!trayer.isEmpty(), "install trayer (Debian package trayer)");
    // trayer takes the _NET_SYSTEM_TRAY_S0 selection on $DISPLAY; Qt finds the tray through it.
    m_trayer.setProgram(trayer);
    m_trayer.setArguments({QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
                           QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("pixel"),
                           QStringLiteral("--width"), QStringLiteral("120"), QStringLiteral("--height"),
                           QStringLiteral("32"), QStringLiteral("--SetDockType"), QStringLiteral("false")});
    m_trayer.start();
    QVERIFY2(m_trayer.waitForStarted(), qPrintable(m_trayer.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 20000);

    AgentOptions options;
    options.dataDir = m_dir.filePath(QStringLiteral("data"));
    m_agent = std::make_unique<Agent>(options);
    m_client = std::make_unique<AgentClient>(m_agent.get());
    m_window = std::make_unique<ui::MainWindow>(m_client.get());
    QVERIFY(m_window->trayIcon());
}

void TestTray::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
    m_agent.reset();
    m_trayer.terminate();
    if (!m_trayer.waitForFinished(5000))
        m_trayer.kill();
}

void TestTray::trayIconSitsInTheTray()
{
    ui::TrayIcon* tray = m_window->trayIcon();
    QVERIFY(tray->isVisible());
    // The tray embeds the icon's window and gives it a size (Qt reports its position relative to the tray).
    QTRY_VERIFY_WITH_TIMEOUT(tray->geometry().isValid() && !tray->geometry().isEmpty(), 10000);
    QVERIFY(trayAction(QStringLiteral("trayOpenAction")));
    QVERIFY(trayAction(QStringLiteral("trayQuitAction")));
    // And the icon is drawn there: trayer's flat panel stops being one colour.
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    const QRect area(screen.right() - 119, 0, 120, 32); // trayer's panel, as placed by the arguments above
    QImage shot;
    const auto painted = [&] {
        shot = QGuiApplication::primaryScreen()
                   ->grabWindow(0, area.x(), area.y(), area.width(), area.height())
                   .toImage();
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x)
                if (shot.pixel(x, y) != shot.pixel(0, 0))
                    return true;
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(painted(), qPrintable(QStringLiteral("tray icon at %1,%2 %3x%4 not painted")
                                                        .arg(area.x()).arg(area.y()).arg(area.width()).arg(area.height())),
                              10000);
    QVERIFY(shot.scaled(shot.size() * 4).save(
        QDir(QStringLiteral(SB_TEST_OUTPUT_DIR)).filePath(QStringLiteral("tray-icon.png"))));
}

void TestTray::closeHidesToTray()
{
    QVERIFY(ui::UiSettings::keepInTray());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy quit(m_window.get(), &ui::MainWindow::quitRequested);
    QVERIFY(!m_window->close()); // refused: it hides instead
    QVERIFY(!m_window->isVisible());
    QCOMPARE(quit.count(), 0);
}

void TestTray::trayOpenShowsWindow()
{
    m_window->hide();
    trayAction(QStringLiteral("trayOpenAction"))->trigger();
    QVERIFY(m_window->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    emit m_window->trayIcon()->activated(QSystemTrayIcon::Trigger); // a click on the icon does the same
    QVERIFY(m_window->isVisible());
}

void TestTray::needsReconnectIsAnnouncedInTheTray()
{
    // The window is hidden in the tray when the agent finds it can no longer refresh an account's token.
    m_window->hide();
    ConnectionInfo connection;
    connection.id = 7;
    connection.provider = QStringLiteral("google");
    connection.displayName = QStringLiteral("Google");
    connection.account = QStringLiteral("owner@example.com");
    connection.state = QStringLiteral("needs_reconnect");
    connection.stateReason = QStringLiteral("Google revoked the refresh token.");
    emit m_client->connectionNeedsReconnect(connection); // as the agent's signal arrives in the console

    // Without a notification service Qt shows its own balloon by the tray icon.
    QWidget* balloon = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((balloon = [] {
                                 for (QWidget* w : QApplication::topLevelWidgets())
                                     if (w->inherits("QBalloonTip") && w->isVisible())
                                         return w;
                                 return static_cast<QWidget*>(nullptr);
                             }()),
                             10000);
    QStringList texts;
    for (const QLabel* label : balloon->findChildren<QLabel*>())
        texts << label->text();
    const QString shown = texts.join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(QStringLiteral("Reconnect Google")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("owner@example.com must be reconnected: Google revoked the refresh token.")),
             qPrintable(shown));
    QVERIFY(test::saveScreenshot(balloon, QStringLiteral("tray-needs-reconnect")));

    // A click on the message opens the window on the Connections page, where the card offers Reconnect.
    QTest::mouseClick(balloon, Qt::LeftButton, {}, QPoint(balloon->width() / 2, balloon->height() / 2));
    QTRY_VERIFY(m_window->isVisible());
    QCOMPARE(m_window->currentPageId(), QStringLiteral("connections"));
}

void TestTray::closeQuitsWhenTheSettingIsOff()
{
    ui::UiSettings::setKeepInTray(false);
    m_window->show();
    QSignalSpy quit(m_window.get(), &ui::MainWindow::quitRequested);
    QVERIFY(m_window->close());
    QCOMPARE(quit.count(), 1);
    ui::UiSettings::setKeepInTray(true);
}

void TestTray::trayQuitQuits()
{
    QSignalSpy quit(m_window.get(), &ui::MainWindow::quitRequested);
    trayAction(QStringLiteral("trayQuitAction"))->trigger();
    QCOMPARE(quit.count(), 1);
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
