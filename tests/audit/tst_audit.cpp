// The audit trail on real SQLite files: redaction, sealing and `verify` (edited, removed, reordered), crash
// recovery, retention behind a checkpoint, full-text search, rollup stats against a brute-force recount, and the
// chain after a large sealed burst.
#include "audit/AuditQuery.h"
#include "audit/AuditVerifier.h"
#include "audit/AuditWriter.h"
#include "audit/LatencyHistogram.h"
#include "audit/Redactor.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <ctime>

using namespace sb;

namespace {

AuditRecord toolRecord(const QString& caller, const QString& tool, const QJsonObject& input = {})
{
    AuditRecord r;
    r.caller = caller;
    r.tool = tool;
    r.provider = QStringLiteral("stripe");
    r.input = input;
    return r;
}

AuditCompletion done(const QString& status, qint64 ms, const QJsonObject& output = {})
{
    AuditCompletion c;
    c.status = status;
    c.executionMs = ms;
    c.output = output;
    if (status == audit_status::Failed) {
        c.errorCode = QStringLiteral("provider_rejected");
        c.errorMessage = QStringLiteral("Stripe refused the request: No such customer: 'cus_nope'.");
    }
    return c;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void redactor_data();
    void redactor();
    void redactsSecretKeysAtAnyDepth();
    void latencyBuckets();

    void sealedRecordsVerify();
    void verifyNamesAnEditedRecord();
    void verifyNamesARemovedRecord();
    void verifyNamesReorderedRecords();
    void pendingRecordsBecomeInterruptedOnOpen();
    void retentionPrunesBehindACheckpoint();
    void fullTextSearchAndFilters();
    void pagingIsNewestFirstWithACursor();
    void runningCallsAreListedAmongFinishedOnes();
    void statsEqualABruteForceRecount();
    void bulkIngestSealsAnUnbrokenChain();

private:
    void writeRecords(int count);
    Result<AuditVerifyReport> verify();
    QSqlQuery exec(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditWriter> m_writer;
};

void TestAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::openSqlite(m_dir->filePath(QStringLiteral("audit.db")));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_writer = std::make_unique<AuditWriter>(*m_db);
    QVERIFY(m_writer->open());
}

void TestAudit::cleanup()
{
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

QSqlQuery TestAudit::exec(const QString& sql)
{
    QSqlQuery q(*m_db->writer());
    if (!q.exec(sql))
        qWarning() << sql << q.lastError().text();
    return q;
}

Result<AuditVerifyReport> TestAudit::verify()
{
    QSqlDatabase db = *m_db->writer();
    return AuditVerifier::verify(db);
}

void TestAudit::writeRecords(int count)
{
    for (int i = 0; i < count; ++i) {
        const qint64 id = m_writer->begin(toolRecord(QStringLiteral("vapi:assistant-1"), QStringLiteral("create_payment"),
                                                     {{QStringLiteral("amount"), 10 + i}}),
                                          {});
        m_writer->complete(id, done(i % 3 ? audit_status::Success : audit_status::Failed, 100 + i,
                                    {{QStringLiteral("paymentIntentId"), QStringLiteral("pi_%1").arg(i)}}));
    }
    QVERIFY(m_writer->flush());
}

void TestAudit::redactor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bearer") << "Authorization: Bearer ya29.a0AfH6SMxxxxxxxx" << "Authorization: Bearer [redacted]";
    QTest::newRow("basic") << "Basic QUMwMDAwOnNlY3JldHNlY3JldA==" << "Basic [redacted]";
    QTest::newRow("stripe key") << "key sk_test_sandboxAlice000000000000000000000001 used"
                                << "key [redacted] used";
    QTest::newRow("slack token") << "xoxb-1234-5678-abcdefgh" << "[redacted]";
    QTest::newRow("jwt") << "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMDAwMSJ9.c2lnbmF0dXJl" << "[redacted]";
    QTest::newRow("card spaced") << "card 4242 4242 4242 4242 ok" << "card **** 4242 ok";
    QTest::newRow("card plain") << "5555555555554444" << "**** 4444";
    QTest::newRow("not a card (Luhn)") << "4242424242424241" << "4242424242424241";
    QTest::newRow("timestamp") << "1700000000000" << "1700000000000";
    QTest::newRow("phone") << "+15550100001" << "+15550100001";
}

void TestAudit::redactor()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Redactor().redactText(text), expected);
}

void TestAudit::redactsSecretKeysAtAnyDepth()
{
    Redactor redactor;
    redactor.addSecret(QStringLiteral("opaque-secret-value-123"));
    const QJsonObject input{{QStringLiteral("to"), QStringLiteral("user@example.com")},
                            {QStringLiteral("accessToken"), QStringLiteral("ya29.a0AfH6SMxxxx")},
                            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("api_key"), QStringLiteral("abc")},
                                                                   {QStringLiteral("password"), 1234},
                                                                   {QStringLiteral("note"), QStringLiteral("uses opaque-secret-value-123")}}},
                            {QStringLiteral("list"), QJsonArray{QJsonObject{{QStringLiteral("client_secret"), QStringLiteral("x")}}}},
                            {QStringLiteral("cardNumber"), 4242424242424242.0}};
    const QJsonObject out = redactor.redact(input).toObject();
    QCOMPARE(out.value(QStringLiteral("to")).toString(), QStringLiteral("user@example.com"));
    QCOMPARE(out.value(QStringLiteral("accessToken")).toString(), Redactor::kRedacted);
    QCOMPARE(out[QStringLiteral("nested")][QStringLiteral("api_key")].toString(), Redactor::kRedacted);
    QCOMPARE(out[QStringLiteral("nested")][QStringLiteral("password")].toString(), Redactor::kRedacted);
    QCOMPARE(out[QStringLiteral("nested")][QStringLiteral("note")].toString(), QStringLiteral("uses [redacted]"));
    QCOMPARE(out[QStringLiteral("list")][0][QStringLiteral("client_secret")].toString(), Redactor::kRedacted);
    QCOMPARE(out.value(QStringLiteral("cardNumber")).toString(), QStringLiteral("**** 4242"));
}

void TestAudit::latencyBuckets()
{
    QCOMPARE(LatencyHistogram::bucketFor(0), 0);
    QCOMPARE(LatencyHistogram::bucketFor(1), 0);
    QCOMPARE(LatencyHistogram::upperBound(LatencyHistogram::bucketFor(2)), 2);
    QVERIFY(LatencyHistogram::upperBound(LatencyHistogram::bucketFor(100)) >= 100);
    QVERIFY(LatencyHistogram::upperBound(LatencyHistogram::bucketFor(100)) < 142);
    QCOMPARE(LatencyHistogram::bucketFor(qint64(1) << 40), LatencyHistogram::kBuckets - 1);
    for (int i = 1; i < LatencyHistogram::kBuckets; ++i)
        QVERIFY(LatencyHistogram::upperBound(i) > LatencyHistogram::upperBound(i - 1));
    LatencyHistogram h;
    for (int ms = 1; ms <= 100; ++ms)
        h.add(ms);
    QCOMPARE(h.total(), 100);
    QCOMPARE(LatencyHistogram::fromText(h.toText()).percentile(0.5), h.percentile(0.5));
    QVERIFY(h.percentile(0.5) >= 50 && h.percentile(0.5) <= 64);
    QVERIFY(h.percentile(0.95) >= 95 && h.percentile(0.95) <= 128);
}

void TestAudit::sealedRecordsVerify()
{
    writeRecords(10);
    QSqlQuery q = exec(QStringLiteral("SELECT COUNT(*), MIN(seq), MAX(seq), COUNT(DISTINCT seal) FROM audit_records"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 10);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toInt(), 10);
    QCOMPARE(q.value(3).toInt(), 10);
    const auto report = verify();
    QVERIFY(report);
    QVERIFY2(report->ok, qPrintable(report->message));
    QCOMPARE(report->checked, 10);
}

void TestAudit::verifyNamesAnEditedRecord()
{
    writeRecords(10);
    exec(QStringLiteral("UPDATE audit_records SET output = '{\"paymentIntentId\":\"pi_forged\"}' WHERE id = 6"));
    const auto report = verify();
    QVERIFY(report);
    QVERIFY(!report->ok);
    QCOMPARE(report->problem, QStringLiteral("edited"));
    QCOMPARE(report->recordId, 6);
    QVERIFY2(report->message.contains(QStringLiteral("Record 6")), qPrintable(report->message));
}

void TestAudit::verifyNamesARemovedRecord()
{
    writeRecords(10);
    exec(QStringLiteral("DELETE FROM audit_records WHERE id = 4"));
    const auto report = verify();
    QVERIFY(report);
    QVERIFY(!report->ok);
    QCOMPARE(report->problem, QStringLiteral("removed"));
    QCOMPARE(report->sequence, 4);
    QVERIFY2(report->message.contains(QStringLiteral("after record 3 and before record 5")), qPrintable(report->message));
}

void TestAudit::verifyNamesReorderedRecords()
{
    writeRecords(10);
    // Swap two records' places in the chain: each is intact, but in the wrong order.
    exec(QStringLiteral("UPDATE audit_records SET seq = -1 WHERE id = 7"));
    exec(QStringLiteral("UPDATE audit_records SET seq = 7 WHERE id = 8"));
    exec(QStringLiteral("UPDATE audit_records SET seq = 8 WHERE id = 7"));
    const auto report = verify();
    QVERIFY(report);
    QVERIFY(!report->ok);
    QCOMPARE(report->problem, QStringLiteral("reordered"));
    QCOMPARE(report->recordId, 8);
    QVERIFY2(report->message.contains(QStringLiteral("sealed right after record 7")), qPrintable(report->message));
}

void TestAudit::pendingRecordsBecomeInterruptedOnOpen()
{
    writeRecords(2);
    bool committed = false;
    const qint64 id = m_writer->begin(toolRecord(QStringLiteral("vapi:assistant-1"), QStringLiteral("send_sms")),
                                      [&committed](Result<qint64> r) { committed = bool(r); });
    QVERIFY(m_writer->flush());
    QVERIFY(committed); // durable before the provider would be called
    // The process dies here: no completion. A new writer on the same file is the next start.
    m_writer.reset();
    m_writer = std::make_unique<AuditWriter>(*m_db);
    QVERIFY(m_writer->open());
    QCOMPARE(m_writer->interruptedAtOpen(), 1);
    QSqlDatabase db = *m_db->writer();
    const auto record = AuditQuery::get(db, id);
    QVERIFY(record && record->has_value());
    QCOMPARE((*record)->status, audit_status::Interrupted);
    QCOMPARE((*record)->sequence, 3);
    QVERIFY((*record)->errorMessage.contains(QStringLiteral("unknown")));
    const auto report = verify();
    QVERIFY(report && report->ok);
    const auto stats = AuditQuery::stats(db, QStringLiteral("vapi:assistant-1"));
    QVERIFY(stats);
    QCOMPARE(stats->interruptedExecutions, 1);
}

void TestAudit::retentionPrunesBehindACheckpoint()
{
    // Five old records (created 100 days ago), then five new ones.
    for (int i = 0; i < 10; ++i) {
        AuditRecord r = toolRecord(QStringLiteral("a"), QStringLiteral("get_subscription"));
        r.createdAt = QDateTime::currentDateTimeUtc().addDays(i < 5 ? -100 : 0);
        m_writer->complete(m_writer->begin(r, {}), done(audit_status::Success, 5));
    }
    QVERIFY(m_writer->flush());
    const auto removed = m_writer->prune(QDateTime::currentDateTimeUtc().addDays(-90));
    QVERIFY(removed);
    QCOMPARE(*removed, 5);
    QSqlQuery q = exec(QStringLiteral("SELECT COUNT(*) FROM audit_records"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    auto report = verify();
    QVERIFY(report);
    QVERIFY2(report->ok, qPrintable(report->message));
    QCOMPARE(report->checkpointSequence, 5);
    QCOMPARE(report->checked, 5);
    // New records keep chaining after the checkpoint, also after a restart.
    m_writer = std::make_unique<AuditWriter>(*m_db);
    QVERIFY(m_writer->open());
    writeRecords(2);
    report = verify();
    QVERIFY(report && report->ok);
    QCOMPARE(report->checked, 7);
    // Removing the oldest remaining record is still caught.
    exec(QStringLiteral("DELETE FROM audit_records WHERE seq = 6"));
    report = verify();
    QVERIFY(report && !report->ok);
    QCOMPARE(report->problem, QStringLiteral("removed"));
}

void TestAudit::fullTextSearchAndFilters()
{
    m_writer->complete(m_writer->begin(toolRecord(QStringLiteral("a"), QStringLiteral("send_email"),
                                                  {{QStringLiteral("subject"), QStringLiteral("Quarterly invoice reminder")}}), {}),
                       done(audit_status::Success, 10));
    m_writer->complete(m_writer->begin(toolRecord(QStringLiteral("b"), QStringLiteral("create_payment")), {}),
                       done(audit_status::Failed, 20));
    QVERIFY(m_writer->flush());
    QSqlDatabase db = *m_db->writer();
    AuditFilter filter;
    filter.search = QStringLiteral("invoice");
    auto page = AuditQuery::list(db, filter);
    QVERIFY(page);
    QCOMPARE(page->records.size(), 1);
    QCOMPARE(page->records.first().tool, QStringLiteral("send_email"));
    filter.search = QStringLiteral("cus_nope"); // in the error message
    page = AuditQuery::list(db, filter);
    QVERIFY(page);
    QCOMPARE(page->records.size(), 1);
    QCOMPARE(page->records.first().status, audit_status::Failed);
    filter = {};
    filter.status = audit_status::Failed;
    filter.caller = QStringLiteral("b");
    page = AuditQuery::list(db, filter);
    QVERIFY(page);
    QCOMPARE(page->records.size(), 1);
    filter.caller = QStringLiteral("a");
    page = AuditQuery::list(db, filter);
    QVERIFY(page && page->records.isEmpty());

    // Every status and kind a filter menu offers finds exactly its records, whichever index (full, partial or
    // none) answers it (schema step 6).
    const qint64 running = m_writer->begin(toolRecord(QStringLiteral("a"), QStringLiteral("send_email")), {});
    m_writer->complete(m_writer->begin(toolRecord(QStringLiteral("b"), QStringLiteral("send_email")), {}),
                       done(audit_status::Interrupted, 0));
    AuditRecord admin;
    admin.kind = AuditRecord::Kind::Admin;
    admin.caller = QStringLiteral("console:test");
    admin.tool = QStringLiteral("api_token_viewed");
    const qint64 adminId = m_writer->record(admin);
    QVERIFY(m_writer->flush());
    const QList<std::pair<QString, QList<qint64>>> byStatus{{audit_status::Success, {1}},
                                                            {audit_status::Failed, {2}},
                                                            {audit_status::Pending, {running}},
                                                            {audit_status::Interrupted, {running + 1}}};
    for (const auto& [status, ids] : byStatus) {
        for (const QString& tool : {QString(), QStringLiteral("send_email")}) {
            filter = {};
            filter.status = status;
            filter.tool = tool;
            filter.kind = AuditRecord::kindName(AuditRecord::Kind::Tool);
            page = AuditQuery::list(db, filter);
            QVERIFY2(page, qPrintable(status));
            QList<qint64> found;
            for (const AuditRecord& r : page->records)
                found << r.id;
            QList<qint64> expected = ids;
            if (!tool.isEmpty() && status == audit_status::Failed)
                expected.clear(); // the failed record is a create_payment
            QCOMPARE(found, expected);
        }
    }
    filter = {};
    filter.kind = AuditRecord::kindName(AuditRecord::Kind::Admin);
    page = AuditQuery::list(db, filter);
    QVERIFY(page);
    QCOMPARE(page->records.size(), 1);
    QCOMPARE(page->records.first().id, adminId);
    m_writer->complete(running, done(audit_status::Success, 1));
    QVERIFY(m_writer->flush());
}

void TestAudit::pagingIsNewestFirstWithACursor()
{
    writeRecords(5);
    QSqlDatabase db = *m_db->writer();
    AuditFilter filter;
    filter.limit = 2;
    auto page = AuditQuery::list(db, filter);
    QVERIFY(page && page->hasMore);
    QCOMPARE(page->records.at(0).id, 5);
    QCOMPARE(page->records.at(1).id, 4);
    filter.before = 4;
    page = AuditQuery::list(db, filter);
    QVERIFY(page && page->hasMore);
    QCOMPARE(page->records.at(0).id, 3);
    filter.before = 2;
    page = AuditQuery::list(db, filter);
    QVERIFY(page && !page->hasMore);
    QCOMPARE(page->records.size(), 1);
    QCOMPARE(page->records.at(0).id, 1);
}

void TestAudit::runningCallsAreListedAmongFinishedOnes()
{
    // Running calls wait in their own table (schema step 7); a reader still sees one trail, newest first.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto at = [&](int minutesAgo, const QString& tool) {
        AuditRecord r = toolRecord(QStringLiteral("vapi:a"), tool, {{QStringLiteral("note"), QStringLiteral("x")}});
        r.createdAt = now.addSecs(-60 * minutesAgo);
        return r;
    };
    const qint64 oldest = m_writer->begin(at(50, QStringLiteral("send_sms")), {});
    m_writer->complete(oldest, done(audit_status::Success, 10));
    const qint64 slow = m_writer->begin(at(40, QStringLiteral("create_payment")), {}); // still running
    const qint64 middle = m_writer->begin(at(30, QStringLiteral("send_sms")), {});
    m_writer->complete(middle, done(audit_status::Failed, 10));
    const qint64 newestRunning = m_writer->begin(at(20, QStringLiteral("send_sms")), {});
    const qint64 newest = m_writer->begin(at(10, QStringLiteral("send_sms")), {});
    m_writer->complete(newest, done(audit_status::Success, 10));
    QVERIFY(m_writer->flush());

    QSqlDatabase db = *m_db->writer();
    auto ids = [](const AuditPage& page) {
        QList<qint64> out;
        for (const AuditRecord& r : page.records)
            out << r.id;
        return out;
    };
    AuditFilter filter;
    filter.limit = 2;
    auto page = AuditQuery::list(db, filter);
    QVERIFY(page && page->hasMore);
    QCOMPARE(ids(*page), (QList<qint64>{newest, newestRunning}));
    QCOMPARE(page->records.at(1).status, audit_status::Pending);
    QCOMPARE(page->records.at(1).input.toObject().value(QStringLiteral("note")).toString(), QStringLiteral("x"));
    filter.before = newestRunning; // the cursor is a running call
    page = AuditQuery::list(db, filter);
    QVERIFY(page && page->hasMore);
    QCOMPARE(ids(*page), (QList<qint64>{middle, slow}));
    filter.before = slow;
    page = AuditQuery::list(db, filter);
    QVERIFY(page && !page->hasMore);
    QCOMPARE(ids(*page), (QList<qint64>{oldest}));
    QCOMPARE(AuditQuery::count(db, {}).value_or(-1), 5);

    // Filters apply to both: a tool, a time range, and live updates above an id.
    filter = {};
    filter.tool = QStringLiteral("send_sms");
    filter.since = now.addSecs(-60 * 35);
    page = AuditQuery::list(db, filter);
    QVERIFY(page);
    QCOMPARE(ids(*page), (QList<qint64>{newest, newestRunning, middle}));
    QCOMPARE(AuditQuery::count(db, filter).value_or(-1), 3);
    filter = {};
    filter.after = oldest;
    page = AuditQuery::list(db, filter);
    QVERIFY(page);
    QCOMPARE(ids(*page), (QList<qint64>{slow, middle, newestRunning, newest}));
    filter = {};
    filter.status = audit_status::Pending;
    QCOMPARE(ids(AuditQuery::list(db, filter).value()), (QList<qint64>{newestRunning, slow}));
    filter.status = audit_status::Success;
    QCOMPARE(ids(AuditQuery::list(db, filter).value()), (QList<qint64>{newest, oldest}));

    // A call that finishes leaves the running table and is found, sealed, under the same id.
    m_writer->complete(slow, done(audit_status::Success, 5000));
    QVERIFY(m_writer->flush());
    const auto finished = AuditQuery::get(db, slow);
    QVERIFY(finished && finished->has_value());
    QCOMPARE((*finished)->status, audit_status::Success);
    QVERIFY((*finished)->sequence > 0);
    QCOMPARE(AuditQuery::count(db, {}).value_or(-1), 5);
    filter.status = audit_status::Pending;
    QCOMPARE(ids(AuditQuery::list(db, filter).value()), (QList<qint64>{newestRunning}));
    const auto report = verify();
    QVERIFY(report && report->ok);
}

void TestAudit::statsEqualABruteForceRecount()
{
    QRandomGenerator dice(42);
    const QStringList callers{QStringLiteral("vapi:a"), QStringLiteral("n8n:b"), QStringLiteral("console:c")};
    const QStringList tools{QStringLiteral("send_email"), QStringLiteral("send_sms"), QStringLiteral("create_payment")};
    auto ingest = [&](int count) {
        for (int i = 0; i < count; ++i) {
            AuditRecord r = toolRecord(callers.at(dice.bounded(3)), tools.at(dice.bounded(3)));
            r.createdAt = QDateTime::currentDateTimeUtc().addSecs(-qint64(dice.bounded(72 * 3600)));
            const qint64 id = m_writer->begin(r, {});
            const int roll = dice.bounded(10);
            m_writer->complete(id, done(roll < 7 ? audit_status::Success : audit_status::Failed, dice.bounded(5000)));
        }
    };
    ingest(1500);
    QVERIFY(m_writer->flush());
    {
        // A full disk fails the next batch: the writer keeps the rollup rows it wrote in memory, and the failed
        // batch's must not stay there, or every later batch would add to counts that were never stored.
        QSqlQuery disk(*m_db->writer());
        QVERIFY(disk.exec(QStringLiteral("PRAGMA page_count")) && disk.next());
        const qint64 pages = disk.value(0).toLongLong();
        disk.finish();
        QVERIFY(disk.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages)));
        ingest(1500);
        const Status full = m_writer->flush();
        QVERIFY(!full);
        QVERIFY2(full.error().message.contains(QStringLiteral("full"), Qt::CaseInsensitive), qPrintable(full.error().message));
        QCOMPARE(full.error().code, QStringLiteral("database_full")); // SQLite's own code, through SqliteStatement
        QVERIFY(disk.exec(QStringLiteral("PRAGMA max_page_count=1073741823")));

        // A batch that fails later, writing the daily rollups, after its hourly rows were added up.
        QVERIFY(disk.exec(QStringLiteral("CREATE TEMP TRIGGER fail_daily BEFORE INSERT ON main.audit_rollups_daily "
                                         "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END")));
        ingest(1500);
        QVERIFY(!m_writer->flush());
        QVERIFY(disk.exec(QStringLiteral("DROP TRIGGER temp.fail_daily")));
    }
    // Two more batches: a row the failed batch touched may be left alone by the next one and added to by the one
    // after.
    for (int batch = 0; batch < 2; ++batch) {
        ingest(1500);
        QVERIFY(m_writer->flush());
    }
    // A crash-interrupted one too.
    m_writer->begin(toolRecord(QStringLiteral("vapi:a"), QStringLiteral("send_sms")), {});
    QVERIFY(m_writer->flush());
    m_writer = std::make_unique<AuditWriter>(*m_db);
    QVERIFY(m_writer->open());

    QSqlDatabase db = *m_db->writer();
    for (const QString& caller : callers + QStringList{QString()}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT tool, status, execution_ms FROM audit_records WHERE kind = 'tool' AND seq IS NOT NULL %1")
                      .arg(caller.isEmpty() ? QString() : QStringLiteral("AND caller = ?")));
        if (!caller.isEmpty())
            q.addBindValue(caller);
        QVERIFY(q.exec());
        qint64 total = 0, success = 0, failed = 0, sumMs = 0;
        QMap<QString, qint64> perTool;
        QList<qint64> latencies;
        while (q.next()) {
            ++total;
            perTool[q.value(0).toString()]++;
            (q.value(1).toString() == audit_status::Success ? success : failed)++;
            sumMs += q.value(2).toLongLong();
            latencies.append(q.value(2).toLongLong());
        }
        std::sort(latencies.begin(), latencies.end());
        auto percentile = [&latencies](double p) {
            const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(p * double(latencies.size()))));
            return LatencyHistogram::upperBound(LatencyHistogram::bucketFor(latencies.at(rank - 1)));
        };
        const auto stats = AuditQuery::stats(db, caller);
        QVERIFY(stats);
        QCOMPARE(stats->totalExecutions, total);
        QCOMPARE(stats->successfulExecutions, success);
        QCOMPARE(stats->failedExecutions, failed);
        QCOMPARE(stats->avgExecutionTimeMs, qRound64(double(sumMs) / double(total)));
        QCOMPARE(stats->successRate(), QString::number(100.0 * double(success) / double(total), 'f', 2));
        QCOMPARE(stats->p50ExecutionTimeMs, percentile(0.50));
        QCOMPARE(stats->p95ExecutionTimeMs, percentile(0.95));
        QCOMPARE(stats->toolBreakdown.size(), perTool.size());
        for (const auto& [tool, count] : stats->toolBreakdown)
            QCOMPARE(count, perTool.value(tool));
        if (caller.isEmpty())
            QCOMPARE(stats->numAgents, 3);
    }
}

void TestAudit::bulkIngestSealsAnUnbrokenChain()
{
    // A burst as an automation would send it: every execution gets its pending record and its sealed completion,
    // and the whole chain verifies afterwards. (Throughput is measured by the benchmark in bench/, not here.)
    constexpr int kCount = 20000;
    for (int i = 0; i < kCount; ++i) {
        const qint64 id = m_writer->begin(toolRecord(QStringLiteral("bench"), QStringLiteral("send_sms"),
                                                     {{QStringLiteral("to"), QStringLiteral("+15550100001")},
                                                      {QStringLiteral("body"), QStringLiteral("Your code is %1").arg(i)}}),
                                          {});
        m_writer->complete(id, done(audit_status::Success, i % 700, {{QStringLiteral("messageSid"), QStringLiteral("SM%1").arg(i)}}));
    }
    QVERIFY(m_writer->flush());
    const auto report = verify();
    QVERIFY(report && report->ok);
    QCOMPARE(report->checked, kCount);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
