// The three executables' flags, and the agent library's promise to link no GUI module.
#include "TestSupport.h"

#include <QTemporaryDir>

using namespace sb;

class TestExecutables : public QObject
{
    Q_OBJECT
private slots:
    void helpListsEveryFlag_data();
    void helpListsEveryFlag();
    void versionIsPrinted_data();
    void versionIsPrinted();
    void badApiPortIsAUsageError();
    void ctlWithoutCommandIsAUsageError();
    void agentLinksNoGuiModule_data();
    void agentLinksNoGuiModule();
};

void TestExecutables::helpListsEveryFlag_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QStringList>("absent");
    const QStringList common{QStringLiteral("--data-dir"), QStringLiteral("--version"), QStringLiteral("--help")};
    QTest::newRow("switchboard-agent")
        << QStringLiteral("agent/switchboard-agent")
        << common + QStringList{QStringLiteral("--sandbox"), QStringLiteral("--sandbox-seed"),
                                QStringLiteral("--api-port"), QStringLiteral("--lang")}
        << QStringList{QStringLiteral("--minimized")};
    QTest::newRow("switchboardctl") << QStringLiteral("agent/ctl/switchboardctl")
                                    << common + QStringList{QStringLiteral("status")}
                                    << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--minimized")};
#ifdef SB_HAVE_GUI
    QTest::newRow("switchboard") << QStringLiteral("app/switchboard")
                                 << common + QStringList{QStringLiteral("--sandbox"), QStringLiteral("--api-port"),
                                                         QStringLiteral("--lang"), QStringLiteral("--minimized")}
                                 << QStringList{};
#endif
}

void TestExecutables::helpListsEveryFlag()
{
    QFETCH(QString, program);
    QFETCH(QStringList, flags);
    QFETCH(QStringList, absent);
    const test::Run result = test::run(test::binary(program), {QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const QString& flag : flags)
        QVERIFY2(result.out.contains(flag), qPrintable(flag + QStringLiteral(" missing in:\n") + result.out));
    for (const QString& flag : absent)
        QVERIFY2(!result.out.contains(flag), qPrintable(flag));
}

void TestExecutables::versionIsPrinted_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("switchboard-agent") << QStringLiteral("agent/switchboard-agent");
    QTest::newRow("switchboardctl") << QStringLiteral("agent/ctl/switchboardctl");
#ifdef SB_HAVE_GUI
    QTest::newRow("switchboard") << QStringLiteral("app/switchboard");
#endif
}

void TestExecutables::versionIsPrinted()
{
    QFETCH(QString, program);
    const test::Run result = test::run(test::binary(program), {QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral(SB_VERSION_STRING)), qPrintable(result.out));
}

void TestExecutables::badApiPortIsAUsageError()
{
    QTemporaryDir dir;
    const test::Run result = test::run(test::binary(QStringLiteral("agent/switchboard-agent")),
                                       {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--api-port"),
                                        QStringLiteral("99999")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--api-port")), qPrintable(result.err));
}

void TestExecutables::ctlWithoutCommandIsAUsageError()
{
    const test::Run result = test::run(test::binary(QStringLiteral("agent/ctl/switchboardctl")), {});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("--help")));
}

void TestExecutables::agentLinksNoGuiModule_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("switchboard-agent") << QStringLiteral("agent/switchboard-agent");
    QTest::newRow("switchboardctl") << QStringLiteral("agent/ctl/switchboardctl");
}

void TestExecutables::agentLinksNoGuiModule()
{
    QFETCH(QString, program);
    const test::Run ldd = test::run(QStringLiteral("ldd"), {test::binary(program)});
    QCOMPARE(ldd.exitCode, 0);
    QVERIFY2(ldd.out.contains(QStringLiteral("libQt6Core")), qPrintable(ldd.out)); // the check itself works
    for (const char* module : {"libQt6Gui", "libQt6Widgets", "libQt6WebEngine", "libQt6Charts", "libQt6Quick"})
        QVERIFY2(!ldd.out.contains(QLatin1String(module)), module);
}

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
