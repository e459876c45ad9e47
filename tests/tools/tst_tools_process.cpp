// Real agent processes: a SIGKILL between the pending record and the provider's answer leaves an `interrupted`
// record after the restart, and switchboardctl's tool and audit commands (exit codes, --json, --csv, audit verify
// naming a tampered record).
#include "TestSupport.h"
#include "core/DataDir.h"
#include "sandbox/DemoData.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

using namespace sb;

namespace {

QString ctl()
{
    return test::binary(QStringLiteral("agent/ctl/switchboardctl"));
}

QString testAgent()
{
    return test::binary(QStringLiteral("tests/tools/sb_tools_test_agent"));
}

// A separate connection name per use, so the test never holds the file between agent runs.
template <typename Work>
void withDatabase(const QString& path, Work work)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst"));
}

qint64 postJson(QNetworkAccessManager& network, const QUrl& url, const QJsonObject& body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

using AgentRun = test::AgentProcess;

// switchboardctl with the agent's token in SWITCHBOARD_API_TOKEN: these tests are about the tool and audit
// commands, and the keychain read of many short-lived processes in a row occasionally hands back an empty secret
// (seen with gnome-keyring here; tst_adminapi covers the keychain path of switchboardctl). After an agent restart
// the token is read again: a restarted agent was seen to answer 401 to the previous token, which suggests its own
// keychain read came back NotFound and it minted a new one (reported; not in the tools code).
QProcessEnvironment ctlEnvironment(const QString& dataDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (int attempt = 0; attempt < 5; ++attempt) {
        KeychainSecretStore store(DataDir(dataDir).installId().value(), std::chrono::seconds(10));
        std::optional<Result<QString>> token;
        store.read({QStringLiteral("admin"), QStringLiteral("api"), QStringLiteral("token")},
                   [&token](Result<QString> r) { token = std::move(r); });
        QDeadlineTimer deadline(15000);
        while (!token && !deadline.hasExpired())
            QTest::qWait(20);
        if (token && *token && !(*token)->isEmpty()) {
            env.insert(QStringLiteral("SWITCHBOARD_API_TOKEN"), **token);
            break;
        }
    }
    return env;
}

QString realAgent()
{
    return test::binary(QStringLiteral("agent/switchboard-agent"));
}

} // namespace

class TestToolsProcess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killBetweenPendingAndCompletionLeavesInterrupted();
    void ctlToolCommands();
    void ctlAuditVerifyNamesATamperedRecord();
    void connectedAccountEndToEnd();
};

void TestToolsProcess::initTestCase()
{
    QVERIFY2(QFile::exists(testAgent()), qPrintable(testAgent()));
    QVERIFY(QFile::exists(ctl()));
}

void TestToolsProcess::killBetweenPendingAndCompletionLeavesInterrupted()
{
    QTemporaryDir dir;
    qint64 recordId = 0;
    QProcessEnvironment env;
    auto ctlRun = [&env](const QStringList& args) { return test::run(ctl(), args, env); };
    {
        AgentRun agent(testAgent(), dir.path(), {QStringLiteral("--sandbox")});
        QVERIFY2(agent.waitUntilRunning(), agent.process().readAllStandardError().constData());
        const AgentInfo info = *AgentInfo::read(dir.path());
        env = ctlEnvironment(dir.path());
        // The sandbox holds Stripe's answer for 20 s: the call is in flight while the test kills the agent.
        QNetworkAccessManager network;
        QUrl faults = info.sandboxUrl;
        faults.setPath(QStringLiteral("/_sandbox/faults"));
        QCOMPARE(postJson(network, faults, {{QStringLiteral("provider"), QStringLiteral("stripe")},
                                            {QStringLiteral("kind"), QStringLiteral("latency")},
                                            {QStringLiteral("ms"), 20000}}),
                 201);
        QProcess run;
        run.setProcessEnvironment(env);
        run.start(ctl(), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("run"), QStringLiteral("create_customer"),
                          QStringLiteral("--agent"), QStringLiteral("vapi:killed"),
                          QStringLiteral("--input"), QStringLiteral(R"({"email":"inflight@example.org"})")});
        // The pending record is committed before the provider is called: wait for it in the file itself.
        const QString dbPath = QDir(dir.path()).filePath(QStringLiteral("switchboard.db"));
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     withDatabase(dbPath, [&](QSqlDatabase& db) {
                                         QSqlQuery q(db);
                                         if (q.exec(QStringLiteral("SELECT id FROM audit_pending "
                                                                   "WHERE caller = 'vapi:killed'"))
                                             && q.next())
                                             recordId = q.value(0).toLongLong();
                                     });
                                     return recordId > 0;
                                 }()),
                                 20000);
        QVERIFY(::kill(pid_t(agent.process().processId()), SIGKILL) == 0);
        QVERIFY(agent.process().waitForFinished(10000));
        QCOMPARE(agent.process().exitStatus(), QProcess::CrashExit);
        QVERIFY(run.waitForFinished(30000));
        QVERIFY(run.exitCode() != 0);
    }
    // The real agent, restarted on the same data dir, finds the record pending and marks it interrupted.
    AgentRun restarted(realAgent(), dir.path(), {QStringLiteral("--sandbox")});
    QVERIFY2(restarted.waitUntilRunning(), restarted.process().readAllStandardError().constData());
    env = ctlEnvironment(dir.path()); // read again: see ctlEnvironment()
    const test::Run show = ctlRun({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("audit"),
                                             QStringLiteral("show"), QString::number(recordId), QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, qPrintable(QString::number(show.exitCode) + QStringLiteral(" ") + show.err));
    const QJsonObject record = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
    QCOMPARE(record.value(QStringLiteral("toolName")).toString(), QStringLiteral("create_customer"));
    QVERIFY(record.value(QStringLiteral("sequence")).toInteger() > 0);
    QVERIFY(record.value(QStringLiteral("errorMessage")).toString().contains(QStringLiteral("unknown")));
    const test::Run verify = ctlRun({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(QString::number(verify.exitCode) + QStringLiteral(" ") + verify.err));
}

void TestToolsProcess::ctlToolCommands()
{
    QTemporaryDir dir;
    AgentRun agent(testAgent(), dir.path(), {QStringLiteral("--sandbox")});
    QVERIFY2(agent.waitUntilRunning(), agent.process().readAllStandardError().constData());
    const QStringList base{QStringLiteral("--data-dir"), dir.path()};
    const QProcessEnvironment env = ctlEnvironment(dir.path());
    QVERIFY(env.contains(QStringLiteral("SWITCHBOARD_API_TOKEN")));
    auto ctlRun = [&env](const QStringList& args) { return test::run(ctl(), args, env); };

    const test::Run tools = ctlRun(base + QStringList{QStringLiteral("tools"), QStringLiteral("--json")});
    QVERIFY2(tools.exitCode == 0, qPrintable(QString::number(tools.exitCode) + QStringLiteral(" ") + tools.err));
    QCOMPARE(QJsonDocument::fromJson(tools.out.toUtf8()).array().size(), 19);
    const test::Run toolsText = ctlRun(base + QStringList{QStringLiteral("tools")});
    QVERIFY(toolsText.out.contains(QStringLiteral("send_sms")));
    QVERIFY(toolsText.out.contains(QStringLiteral("input: body, from?, mediaUrl?, to")));

    const test::Run ok = ctlRun(base + QStringList{QStringLiteral("run"), QStringLiteral("send_sms"),
                                                             QStringLiteral("--agent"), QStringLiteral("n8n:flow-7"),
                                                             QStringLiteral("--input"),
                                                             QStringLiteral(R"({"to":"+15550100002","body":"hi"})"),
                                                             QStringLiteral("--json")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    const QJsonObject data = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QVERIFY(data[QStringLiteral("output")][QStringLiteral("messageSid")].toString().startsWith(QStringLiteral("SM")));
    const QString id = data.value(QStringLiteral("auditLogId")).toString();

    const test::Run bad = ctlRun(base + QStringList{QStringLiteral("run"), QStringLiteral("send_sms"),
                                                              QStringLiteral("--input"), QStringLiteral(R"({"to":"+15550100002"})")});
    QVERIFY2(bad.exitCode == 6, qPrintable(QString::number(bad.exitCode) + QStringLiteral(" ") + bad.err));
    QVERIFY2(bad.err.contains(QStringLiteral("body: is required")) && bad.err.contains(QStringLiteral("audit log:")), qPrintable(bad.err));
    QCOMPARE(ctlRun(base + QStringList{QStringLiteral("run")}).exitCode, 2);
    QCOMPARE(ctlRun(base + QStringList{QStringLiteral("run"), QStringLiteral("send_sms"), QStringLiteral("--input"), QStringLiteral("nope")}).exitCode, 2);
    QCOMPARE(ctlRun(base + QStringList{QStringLiteral("run"), QStringLiteral("no_such_tool")}).exitCode, 4);

    const test::Run list = ctlRun(base + QStringList{QStringLiteral("audit"), QStringLiteral("--agent"),
                                                               QStringLiteral("n8n:flow-7"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(QString::number(list.exitCode) + QStringLiteral(" ") + list.err));
    const QJsonArray logs = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("logs")).toArray();
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs.first()[QStringLiteral("id")].toString(), id);
    const test::Run csv = ctlRun(base + QStringList{QStringLiteral("audit"), QStringLiteral("--csv"),
                                                              QStringLiteral("--status"), QStringLiteral("failed")});
    QVERIFY2(csv.exitCode == 0, qPrintable(QString::number(csv.exitCode) + QStringLiteral(" ") + csv.err));
    QVERIFY(csv.out.startsWith(QStringLiteral("id,createdAt,agentId,toolName,status,executionTimeMs,provider,errorMessage\n")));
    QCOMPARE(csv.out.count(u'\n'), 2);
    const test::Run search = ctlRun(base + QStringList{QStringLiteral("audit"), QStringLiteral("--search"),
                                                                 QStringLiteral("required"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(search.out.toUtf8()).object().value(QStringLiteral("totalLogs")).toInt(), 1);
    const test::Run show = ctlRun(base + QStringList{QStringLiteral("audit"), QStringLiteral("show"), id});
    QVERIFY2(show.exitCode == 0, qPrintable(QString::number(show.exitCode) + QStringLiteral(" ") + show.err));
    QVERIFY(show.out.contains(QStringLiteral("n8n:flow-7")));
    QCOMPARE(ctlRun(base + QStringList{QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("9999")}).exitCode, 4);

    const test::Run stats = ctlRun(base + QStringList{QStringLiteral("stats"), QStringLiteral("--json")});
    QVERIFY2(stats.exitCode == 0, qPrintable(QString::number(stats.exitCode) + QStringLiteral(" ") + stats.err));
    const QJsonObject s = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    QCOMPARE(s.value(QStringLiteral("totalExecutions")).toInteger(), 2);
    QCOMPARE(s.value(QStringLiteral("successRate")).toString(), QStringLiteral("50.00"));
    QCOMPARE(s.value(QStringLiteral("numAgents")).toInteger(), 2);
    const test::Run agentStats = ctlRun(base + QStringList{QStringLiteral("stats"), QStringLiteral("--agent"), QStringLiteral("n8n:flow-7")});
    QVERIFY2(agentStats.out.contains(QStringLiteral("100.00 %")), qPrintable(agentStats.out));
    const test::Run health = ctlRun(base + QStringList{QStringLiteral("health")});
    QVERIFY2(health.exitCode == 0, qPrintable(QString::number(health.exitCode) + QStringLiteral(" ") + health.err));
    QCOMPARE(QJsonDocument::fromJson(health.out.toUtf8()).object().value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    const test::Run verify = ctlRun(base + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(QString::number(verify.exitCode) + QStringLiteral(" ") + verify.err));
    QVERIFY(verify.out.contains(QStringLiteral("intact")));
}

void TestToolsProcess::ctlAuditVerifyNamesATamperedRecord()
{
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--data-dir"), dir.path()};
    QProcessEnvironment env;
    auto ctlRun = [&env](const QStringList& args) { return test::run(ctl(), args, env); };
    {
        AgentRun agent(testAgent(), dir.path(), {QStringLiteral("--sandbox")});
        QVERIFY2(agent.waitUntilRunning(), agent.process().readAllStandardError().constData());
        env = ctlEnvironment(dir.path());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(ctlRun(base + QStringList{QStringLiteral("run"), QStringLiteral("list_phone_numbers")}).exitCode, 0);
    }
    withDatabase(QDir(dir.path()).filePath(QStringLiteral("switchboard.db")), [](QSqlDatabase& db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_records SET status = 'failed' WHERE id = 3")));
    });
    AgentRun agent(realAgent(), dir.path(), {QStringLiteral("--sandbox")});
    QVERIFY2(agent.waitUntilRunning(), agent.process().readAllStandardError().constData());
    env = ctlEnvironment(dir.path()); // read again: see ctlEnvironment()
    const test::Run verify = ctlRun(base + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 7, qPrintable(QString::number(verify.exitCode) + QStringLiteral(" ") + verify.err));
    QVERIFY2(verify.err.contains(QStringLiteral("Record 3")) && verify.err.contains(QStringLiteral("edited")), qPrintable(verify.err));
    const test::Run json = ctlRun(base + QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("recordId")).toString(), QStringLiteral("3"));
    QCOMPARE(report.value(QStringLiteral("problem")).toString(), QStringLiteral("edited"));
}

void TestToolsProcess::connectedAccountEndToEnd()
{
    // The real agent and the real connections service: a Stripe key connected through the admin API is what the
    // tool uses (TokenManager as the CredentialSource), and connecting/disconnecting are events of the same trail.
    QTemporaryDir dir;
    AgentRun agent(realAgent(), dir.path(), {QStringLiteral("--sandbox")});
    QVERIFY2(agent.waitUntilRunning(), agent.process().readAllStandardError().constData());
    const QProcessEnvironment env = ctlEnvironment(dir.path());
    const QByteArray token = env.value(QStringLiteral("SWITCHBOARD_API_TOKEN")).toUtf8();
    QVERIFY(!token.isEmpty());
    const QUrl api = AgentInfo::read(dir.path())->apiUrl;
    QNetworkAccessManager network;
    auto call = [&](const QByteArray& verb, const QString& path, const QByteArray& body) {
        QNetworkRequest request(api.resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("X-Switchboard-Actor", "cli:tester");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(60000);
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    };
    const QByteArray input = R"({"email":"e2e@example.org"})";
    QJsonObject before = call("POST", QStringLiteral("/agents/e2e/tools/create_customer"), input);
    QCOMPARE(before[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("not_connected"));

    const QJsonObject connected = call("POST", QStringLiteral("/connections/stripe/api-key"),
                                       QJsonDocument(QJsonObject{{QStringLiteral("fields"),
                                                                  QJsonObject{{QStringLiteral("secret_key"),
                                                                               sandbox::demo::stripeKeys().first().secretKey}}}})
                                           .toJson(QJsonDocument::Compact));
    QVERIFY2(connected.value(QStringLiteral("ok")).toBool(), QJsonDocument(connected).toJson().constData());
    const QJsonObject ran = call("POST", QStringLiteral("/agents/e2e/tools/create_customer"), input);
    QVERIFY2(ran.value(QStringLiteral("ok")).toBool(), QJsonDocument(ran).toJson().constData());
    QVERIFY(ran[QStringLiteral("data")][QStringLiteral("output")][QStringLiteral("customerId")].toString().startsWith(QStringLiteral("cus_")));
    const QJsonObject record = call("GET", QStringLiteral("/audit-logs/") + ran[QStringLiteral("data")][QStringLiteral("auditLogId")].toString(), {});
    QVERIFY(record[QStringLiteral("data")][QStringLiteral("connection")][QStringLiteral("id")].toInteger() > 0);

    const QJsonObject events = call("GET", QStringLiteral("/audit-logs?kind=connection"), {});
    const QJsonArray logs = events[QStringLiteral("data")][QStringLiteral("logs")].toArray();
    QVERIFY2(!logs.isEmpty(), QJsonDocument(events).toJson().constData());
    QCOMPARE(logs.last()[QStringLiteral("toolName")].toString(), QStringLiteral("connection.connected"));
    QCOMPARE(logs.last()[QStringLiteral("provider")].toString(), QStringLiteral("stripe"));
    QCOMPARE(logs.last()[QStringLiteral("agentId")].toString(), QStringLiteral("cli:tester"));

    // The key itself is nowhere in the database files.
    QVERIFY(call("GET", QStringLiteral("/audit/verify"), {})[QStringLiteral("data")][QStringLiteral("ok")].toBool());
    QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(sandbox::demo::stripeKeys().first().secretKey.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestToolsProcess)
#include "tst_tools_process.moc"
