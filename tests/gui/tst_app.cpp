// The switchboard executable itself: flags, one console per data dir, --minimized, clean shutdown on SIGTERM.
// Needs an X display (xvfb-run) and a Secret Service (gnome-keyring in a dbus-run-session).

#include "TestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestApp : public QObject
{
    Q_OBJECT

private slots:
    void badFlagValueIsAUsageError_data();
    void badFlagValueIsAUsageError();
    void helpInGerman();
    void secondConsoleRaisesTheFirst();

private:
    [[nodiscard]] static QString program() { return test::binary(QStringLiteral("app/switchboard")); }
};

void TestApp::badFlagValueIsAUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("seed") << QStringList{QStringLiteral("--sandbox-seed"), QStringLiteral("many")}
                          << QStringLiteral("--sandbox-seed");
    QTest::newRow("port") << QStringList{QStringLiteral("--api-port"), QStringLiteral("70000")}
                          << QStringLiteral("--api-port");
    QTest::newRow("lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")} << QStringLiteral("--lang");
    QTest::newRow("unknown") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
}

void TestApp::badFlagValueIsAUsageError()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    QTemporaryDir dir;
    const test::Run result = test::run(program(), QStringList{QStringLiteral("--data-dir"), dir.path()} + args);
    // (Error texts may be translated; the flag's name never is.)
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("agent.json"))));
}

void TestApp::helpInGerman()
{
    const test::Run result = test::run(program(), {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Sprache")), qPrintable(result.out));
}

void TestApp::secondConsoleRaisesTheFirst()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    // --minimized without a tray shows the window minimised; either way the first console keeps running.
    QProcess first;
    // --lang en: the messages checked below are the English ones, whatever the user saved.
    first.start(program(), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--sandbox"),
                            QStringLiteral("--minimized"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(first.waitForStarted());
    const auto runningAgent = [&] {
        const Result<AgentInfo> info = AgentInfo::read(dataDir);
        return info && info->pid == first.processId();
    };
    QTRY_VERIFY_WITH_TIMEOUT(runningAgent() || first.state() == QProcess::NotRunning, 60000);
    QVERIFY2(first.state() == QProcess::Running, first.readAllStandardError().constData());

    const test::Run second = test::run(program(), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--lang"),
                                                   QStringLiteral("en")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("Switchboard is already running for %1; raised its window.")
                                     .arg(QDir::toNativeSeparators(dataDir))),
             qPrintable(second.out + second.err));

    // SIGTERM ends the console normally: the agent removes agent.json.
    first.terminate();
    QVERIFY(first.waitForFinished(30000));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 0);
    QVERIFY(!QFile::exists(QDir(dataDir).filePath(QStringLiteral("agent.json"))));
}

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
