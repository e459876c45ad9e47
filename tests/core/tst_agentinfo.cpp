#include "core/AgentInfo.h"
#include "core/DataDir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestAgentInfo : public QObject
{
    Q_OBJECT
private slots:
    void writtenAtomicallyWithOwnerOnlyMode();
    void roundTripsEveryKey();
    void stalePidIsDetected();
    void missingFileMeansNotRunning();
    void removeDeletesTheFile();
    void secondLockOnTheSameDirIsRefusedWithTheHoldersPid();
    void installIdIsStablePerDataDir();
};

static AgentInfo sample()
{
    AgentInfo info;
    info.pid = QCoreApplication::applicationPid();
    info.version = QStringLiteral("0.1.0");
    info.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:4567"));
    info.sandboxUrl = QUrl(QStringLiteral("http://127.0.0.1:4568"));
    info.sandbox.insert(QStringLiteral("google"), QUrl(QStringLiteral("http://127.0.0.1:4569")));
    return info;
}

void TestAgentInfo::writtenAtomicallyWithOwnerOnlyMode()
{
    QTemporaryDir dir;
    QVERIFY(sample().write(dir.path()));
    QFile file(AgentInfo::filePath(dir.path()));
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // No temporary file left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("agent.json")});
}

void TestAgentInfo::roundTripsEveryKey()
{
    QTemporaryDir dir;
    QVERIFY(sample().write(dir.path()));
    QFile file(AgentInfo::filePath(dir.path()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QStringList keys = json.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString>{QStringLiteral("pid"), QStringLiteral("version"), QStringLiteral("apiUrl"),
                            QStringLiteral("sandboxUrl"), QStringLiteral("sandbox")}));
    const Result<AgentInfo> info = AgentInfo::read(dir.path());
    QVERIFY(info);
    QCOMPARE(info->pid, QCoreApplication::applicationPid());
    QCOMPARE(info->apiUrl, sample().apiUrl);
    QCOMPARE(info->sandbox.value(QStringLiteral("google")), sample().sandbox.value(QStringLiteral("google")));
}

void TestAgentInfo::stalePidIsDetected()
{
    // A pid that certainly ran and ended: a finished child of ours.
    QProcess child;
    child.start(QStringLiteral("true"), QStringList{});
    QVERIFY(child.waitForStarted());
    AgentInfo info = sample();
    info.pid = child.processId();
    QVERIFY(child.waitForFinished());
    QVERIFY(info.pid > 0);
    QVERIFY2(!AgentInfo::processIsRunning(info.pid), "the finished child's pid was reused at once; run again");
    QTemporaryDir dir;
    QVERIFY(info.write(dir.path()));
    const Result<AgentInfo> read = AgentInfo::read(dir.path());
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("stale"));
    QVERIFY(read.error().message.contains(QString::number(info.pid)));
}

void TestAgentInfo::missingFileMeansNotRunning()
{
    QTemporaryDir dir;
    const Result<AgentInfo> read = AgentInfo::read(dir.path());
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("not_running"));
}

void TestAgentInfo::removeDeletesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(sample().write(dir.path()));
    AgentInfo::remove(dir.path());
    QVERIFY(!QFile::exists(AgentInfo::filePath(dir.path())));
}

void TestAgentInfo::secondLockOnTheSameDirIsRefusedWithTheHoldersPid()
{
    QTemporaryDir dir;
    DataDir first(dir.path());
    QVERIFY(first.lock());
    DataDir second(dir.path());
    const Status refused = second.lock();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("already_running"));
    QVERIFY(refused.error().message.contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(refused.error().message.contains(QStringLiteral("--data-dir")));
}

void TestAgentInfo::installIdIsStablePerDataDir()
{
    QTemporaryDir a, b;
    const QString idA = DataDir(a.path()).installId().value();
    QCOMPARE(DataDir(a.path()).installId().value(), idA);
    QVERIFY(DataDir(b.path()).installId().value() != idA);
}

QTEST_GUILESS_MAIN(TestAgentInfo)
#include "tst_agentinfo.moc"
