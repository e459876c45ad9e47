// The stats page's queries (AuditQuery::snapshot, filterOptions) on real SQLite files: a known trail over several
// days and two callers (totals, per tool, per caller, p50/p95, the timeline for a day, a week, a range with partial
// days at its edges and all time, a caller filter), random trails against a brute-force recount of audit_records, and
// a trail from before the daily/all-time rollups getting them rebuilt when the writer opens it.
#include "AuditSeed.h"
#include "audit/AuditQuery.h"
#include "audit/AuditWriter.h"
#include "audit/LatencyHistogram.h"
#include "store/Database.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace sb;

namespace {

const QString kFrontDesk = QStringLiteral("vapi:front-desk");
const QString kBilling = QStringLiteral("n8n:billing");
constexpr qint64 kHourMs = 3600000;

qint64 upper(qint64 ms)
{
    return LatencyHistogram::upperBound(LatencyHistogram::bucketFor(ms));
}

qint64 sum(const QList<StatsBucket>& buckets, bool success)
{
    qint64 n = 0;
    for (const StatsBucket& b : buckets)
        n += success ? b.success : b.failed;
    return n;
}

} // namespace

class TestAuditStats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void histogramTextRoundTrips();
    void allTimeTotalsPerToolAndPerCaller();
    void allTimeTimelineIsWeeklyOverLongTrails();
    void oneDayIsHourly();
    void aWeekIsDaily();
    void partialDaysAtTheEdgesComeFromHours();
    void callerFilterAppliesToEverything();
    void emptyRangeHasEmptyBuckets();
    void rangeOpenAtOneEnd();
    void snapshotsEqualABruteForceRecount();
    void preDailyTrailGetsItsRollupsRebuilt();
    void filterOptionsListCallersToolsAndEvents();

private:
    // Start of today (UTC) plus `days` days and `hours` hours.
    [[nodiscard]] QDateTime at(int days, int hours = 0) const { return m_today.addDays(days).addSecs(hours * 3600); }
    void run(const QString& caller, const QString& tool, const QDateTime& when, const QString& status, qint64 ms,
             int count = 1);
    void seedKnownTrail();
    [[nodiscard]] StatsSnapshot snapshot(const StatsQuery& query);
    void reopenWriter();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditWriter> m_writer;
    QDateTime m_today;
};

void TestAuditStats::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::openSqlite(m_dir->filePath(QStringLiteral("audit.db")));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_writer = std::make_unique<AuditWriter>(*m_db);
    QVERIFY(m_writer->open());
    m_today = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
}

void TestAuditStats::cleanup()
{
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

void TestAuditStats::reopenWriter()
{
    QVERIFY(m_writer->flush());
    m_writer = std::make_unique<AuditWriter>(*m_db);
    QVERIFY(m_writer->open());
}

void TestAuditStats::run(const QString& caller, const QString& tool, const QDateTime& when, const QString& status,
                          qint64 ms, int count)
{
    test::seedExecutions(*m_writer, caller, tool, when, status, ms, count);
}

// 16 executions: 13 succeeded, 3 failed, over 120 days, two callers.
void TestAuditStats::seedKnownTrail()
{
    run(kFrontDesk, QStringLiteral("find_contact"), at(-120, 9), audit_status::Success, 10);
    run(kFrontDesk, QStringLiteral("send_email"), at(-10, 10), audit_status::Success, 100, 4);
    run(kBilling, QStringLiteral("create_payment"), at(-10, 10), audit_status::Failed, 2000, 2);
    QVERIFY(m_writer->flush()); // several batches, so rows are merged with what is stored
    run(kFrontDesk, QStringLiteral("send_sms"), at(-3, 5), audit_status::Success, 50, 3);
    run(kFrontDesk, QStringLiteral("send_sms"), at(-3, 5), audit_status::Failed, 700);
    QVERIFY(m_writer->flush());
    run(kBilling, QStringLiteral("create_payment"), at(-1, 12), audit_status::Success, 300, 5);
    QVERIFY(m_writer->flush());
}

StatsSnapshot TestAuditStats::snapshot(const StatsQuery& query)
{
    QSqlDatabase db = *m_db->writer();
    Result<StatsSnapshot> snap = AuditQuery::snapshot(db, query);
    if (!snap) {
        qWarning() << snap.error().message;
        return {};
    }
    return *snap;
}

void TestAuditStats::histogramTextRoundTrips()
{
    LatencyHistogram h;
    h.add(1, 123456789012);
    h.add(5000, 7);
    h.add(qint64(1) << 40, 3);
    const QString text = h.toText();
    const LatencyHistogram back = LatencyHistogram::fromText(text);
    QCOMPARE(back.toText(), text);
    QCOMPARE(back.total(), h.total());
    QCOMPARE(LatencyHistogram::fromText(QStringLiteral("0,2,,3")).toText(), QStringLiteral("0,2,3"));
    QCOMPARE(LatencyHistogram::fromText(QString()).total(), 0);
    QCOMPARE(LatencyHistogram().toText(), QString());
}

void TestAuditStats::allTimeTotalsPerToolAndPerCaller()
{
    seedKnownTrail();
    const StatsSnapshot s = snapshot({});
    QCOMPARE(s.totals.total, 16);
    QCOMPARE(s.totals.success, 13);
    QCOMPARE(s.totals.failed, 3);
    QCOMPARE(s.totals.avgMs, qRound64((10 + 400 + 4000 + 150 + 700 + 1500) / 16.0));
    QCOMPARE(s.totals.p50Ms, upper(100));
    QCOMPARE(s.totals.p95Ms, upper(2000));

    QStringList tools;
    for (const StatsRow& row : s.perTool)
        tools << row.name;
    QCOMPARE(tools, (QStringList{QStringLiteral("create_payment"), QStringLiteral("send_email"),
                                 QStringLiteral("send_sms"), QStringLiteral("find_contact")}));
    const StatsRow& payment = s.perTool.at(0);
    QCOMPARE(payment.total, 7);
    QCOMPARE(payment.success, 5);
    QCOMPARE(payment.failed, 2);
    QCOMPARE(payment.p50Ms, upper(300));
    QCOMPARE(payment.p95Ms, upper(2000));
    QCOMPARE(s.perTool.at(2).failed, 1);
    QCOMPARE(s.perTool.at(2).p95Ms, upper(700));

    QCOMPARE(s.perCaller.size(), 2);
    QCOMPARE(s.perCaller.at(0).name, kFrontDesk);
    QCOMPARE(s.perCaller.at(0).total, 9);
    QCOMPARE(s.perCaller.at(1).name, kBilling);
    QCOMPARE(s.perCaller.at(1).total, 7);
    QVERIFY(qAbs(s.perCaller.at(1).successRate() - 100.0 * 5 / 7) < 1e-9);
}

void TestAuditStats::allTimeTimelineIsWeeklyOverLongTrails()
{
    seedKnownTrail();
    const StatsSnapshot s = snapshot({});
    QCOMPARE(s.bucket, QStringLiteral("week"));
    QVERIFY(!s.timeline.isEmpty());
    QCOMPARE(sum(s.timeline, true), 13);
    QCOMPARE(sum(s.timeline, false), 3);
    // Monday-aligned weeks from the first record's week to this week, none missing.
    QCOMPARE(s.timeline.first().start.date().dayOfWeek(), 1);
    QVERIFY(s.timeline.first().start <= at(-120, 9));
    QVERIFY(s.timeline.first().start.addDays(7) > at(-120, 9));
    for (qsizetype i = 1; i < s.timeline.size(); ++i)
        QCOMPARE(s.timeline.at(i - 1).start.addDays(7), s.timeline.at(i).start);
    QVERIFY(s.timeline.last().start <= m_today && s.timeline.last().start.addDays(7) > m_today);
    QCOMPARE(s.timeline.first().success, 1);

    // Without the old record the trail spans 11 days: one bar per day, from its first day to today.
    cleanup();
    init();
    run(kFrontDesk, QStringLiteral("send_email"), at(-10, 10), audit_status::Success, 100, 4);
    run(kBilling, QStringLiteral("create_payment"), at(-1, 12), audit_status::Failed, 300);
    QVERIFY(m_writer->flush());
    const StatsSnapshot d = snapshot({});
    QCOMPARE(d.bucket, QStringLiteral("day"));
    QCOMPARE(d.timeline.size(), 11);
    QCOMPARE(d.timeline.first().start, at(-10));
    QCOMPARE(d.timeline.first().success, 4);
    QCOMPARE(d.timeline.at(9).failed, 1);
    QCOMPARE(d.timeline.last().start, m_today);
}

void TestAuditStats::oneDayIsHourly()
{
    seedKnownTrail();
    const StatsSnapshot s = snapshot({QString(), at(-3), at(-2)});
    QCOMPARE(s.bucket, QStringLiteral("hour"));
    QCOMPARE(s.timeline.size(), 24);
    QCOMPARE(s.timeline.first().start, at(-3));
    QCOMPARE(s.timeline.at(5).success, 3);
    QCOMPARE(s.timeline.at(5).failed, 1);
    QCOMPARE(sum(s.timeline, true) + sum(s.timeline, false), 4);
    QCOMPARE(s.totals.total, 4);
    QCOMPARE(s.totals.success, 3);
    QCOMPARE(s.perTool.size(), 1);
    QCOMPARE(s.perTool.first().name, QStringLiteral("send_sms"));
    QCOMPARE(s.perTool.first().p95Ms, upper(700));
    QCOMPARE(s.perCaller.size(), 1);

    // The last 24 hours not aligned to a day: hours from both days.
    const StatsSnapshot t = snapshot({QString(), at(-2, 12), at(-1, 13)});
    QCOMPARE(t.bucket, QStringLiteral("hour"));
    QCOMPARE(t.timeline.size(), 25);
    QCOMPARE(t.totals.total, 5);
    QCOMPARE(t.timeline.at(24).success, 5);
}

void TestAuditStats::aWeekIsDaily()
{
    seedKnownTrail();
    const StatsSnapshot s = snapshot({QString(), at(-7), m_today});
    QCOMPARE(s.bucket, QStringLiteral("day"));
    QCOMPARE(s.timeline.size(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(s.timeline.at(i).start, at(-7 + i));
    QCOMPARE(s.timeline.at(4).success, 3);
    QCOMPARE(s.timeline.at(4).failed, 1);
    QCOMPARE(s.timeline.at(6).success, 5);
    QCOMPARE(s.totals.total, 9);
    QCOMPARE(s.totals.failed, 1);
    QCOMPARE(s.perTool.first().name, QStringLiteral("create_payment"));
    QCOMPARE(s.perTool.first().total, 5);
    QCOMPARE(s.perTool.first().p95Ms, upper(300));
    QCOMPARE(s.perCaller.first().name, kBilling);
}

void TestAuditStats::partialDaysAtTheEdgesComeFromHours()
{
    seedKnownTrail();
    // Day -10 from 06:00 (its 10:00 records count) to day -1 before 13:00 (its 12:00 records count).
    StatsSnapshot s = snapshot({QString(), at(-10, 6), at(-1, 13)});
    QCOMPARE(s.bucket, QStringLiteral("day"));
    QCOMPARE(s.totals.total, 15);
    QCOMPARE(s.timeline.size(), 10);
    QCOMPARE(s.timeline.first().start, at(-10));
    QCOMPARE(s.timeline.first().success, 4);
    QCOMPARE(s.timeline.first().failed, 2);
    QCOMPARE(s.timeline.last().success, 5);
    // Edges that leave those hours out.
    s = snapshot({QString(), at(-10, 11), at(-1, 12)});
    QCOMPARE(s.totals.total, 4);
    QCOMPARE(s.timeline.first().success + s.timeline.first().failed, 0);
    // A partial hour counts whole (rollups are hourly).
    s = snapshot({QString(), at(-10, 10).addSecs(1800), at(-1, 12).addSecs(60)});
    QCOMPARE(s.totals.total, 15);
}

void TestAuditStats::callerFilterAppliesToEverything()
{
    seedKnownTrail();
    StatsSnapshot s = snapshot({kBilling, {}, {}});
    QCOMPARE(s.query.caller, kBilling);
    QCOMPARE(s.totals.total, 7);
    QCOMPARE(s.totals.success, 5);
    QCOMPARE(s.perCaller.size(), 1);
    QCOMPARE(s.perCaller.first().name, kBilling);
    QCOMPARE(s.perTool.size(), 1);
    QCOMPARE(sum(s.timeline, true), 5);
    QCOMPARE(s.bucket, QStringLiteral("day")); // billing's trail starts 10 days ago
    QCOMPARE(s.timeline.first().start, at(-10));

    s = snapshot({kFrontDesk, at(-7), m_today});
    QCOMPARE(s.totals.total, 4);
    QCOMPARE(s.perTool.size(), 1);
    QCOMPARE(s.timeline.at(6).success, 0);
    QCOMPARE(sum(s.timeline, true) + sum(s.timeline, false), 4);

    s = snapshot({kFrontDesk, at(-1), m_today});
    QVERIFY(s.isEmpty());
    QVERIFY(s.perTool.isEmpty());
    QVERIFY(s.perCaller.isEmpty());

    s = snapshot({QStringLiteral("nobody"), {}, {}});
    QVERIFY(s.isEmpty());
    QVERIFY(s.timeline.isEmpty());
}

void TestAuditStats::emptyRangeHasEmptyBuckets()
{
    seedKnownTrail();
    const StatsSnapshot s = snapshot({QString(), at(-30), at(-29)});
    QVERIFY(s.isEmpty());
    QCOMPARE(s.timeline.size(), 24);
    QCOMPARE(sum(s.timeline, true) + sum(s.timeline, false), 0);

    const StatsSnapshot none = snapshot({QString(), at(-1), at(-1)});
    QVERIFY(none.isEmpty());
    QVERIFY(none.timeline.isEmpty());

    cleanup();
    init();
    const StatsSnapshot fresh = snapshot({});
    QVERIFY(fresh.isEmpty());
    QVERIFY(fresh.timeline.isEmpty());
    QCOMPARE(snapshot({QString(), at(-7), m_today}).timeline.size(), 7);
}

void TestAuditStats::rangeOpenAtOneEnd()
{
    seedKnownTrail();
    StatsSnapshot s = snapshot({QString(), at(-2), {}}); // until now
    QCOMPARE(s.totals.total, 5);
    QCOMPARE(s.bucket, QStringLiteral("day"));
    s = snapshot({QString(), {}, at(-5)}); // from the first record
    QCOMPARE(s.totals.total, 7);
    QCOMPARE(s.bucket, QStringLiteral("week"));
    QCOMPARE(sum(s.timeline, true) + sum(s.timeline, false), 7);
}

void TestAuditStats::snapshotsEqualABruteForceRecount()
{
    QRandomGenerator dice(7);
    const QStringList callers{kFrontDesk, kBilling, QStringLiteral("console:alex")};
    const QStringList tools{QStringLiteral("send_email"), QStringLiteral("send_sms"), QStringLiteral("create_event"),
                            QStringLiteral("create_payment")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int batch = 0; batch < 6; ++batch) {
        for (int i = 0; i < 400; ++i) {
            const QDateTime when = now.addSecs(-qint64(dice.bounded(40 * 24 * 3600)));
            run(callers.at(dice.bounded(3)), tools.at(dice.bounded(4)), when,
                dice.bounded(10) < 8 ? audit_status::Success : audit_status::Failed, dice.bounded(8000));
        }
        QVERIFY(m_writer->flush());
    }
    // One left pending by a "crash": interrupted at the next open, counted as failed.
    AuditRecord r;
    r.caller = kBilling;
    r.tool = QStringLiteral("send_sms");
    r.createdAt = now.addDays(-2);
    m_writer->begin(r, {});
    reopenWriter();

    QSqlDatabase db = *m_db->writer();
    for (int round = 0; round < 25; ++round) {
        StatsQuery query;
        query.caller = round % 3 == 0 ? callers.at(dice.bounded(3)) : QString();
        if (round % 5 != 4) {
            const qint64 fromMin = qint64(dice.bounded(45 * 24 * 60)); // minutes ago
            const qint64 lengthMin = round % 2 ? qint64(dice.bounded(3 * 24 * 60)) : qint64(dice.bounded(45 * 24 * 60));
            query.since = now.addSecs(-fromMin * 60);
            query.until = query.since.addSecs(lengthMin * 60 + 60);
        }
        const StatsSnapshot s = snapshot(query);

        // The same from the records themselves, over the hours the range touches.
        QString where = QStringLiteral("kind = 'tool' AND seq IS NOT NULL");
        QVariantList binds;
        if (!query.caller.isEmpty()) {
            where += QStringLiteral(" AND caller = ?");
            binds << query.caller;
        }
        if (query.since.isValid()) {
            where += QStringLiteral(" AND created_at >= ? AND created_at < ?");
            binds << query.since.toMSecsSinceEpoch() / kHourMs * kHourMs
                  << (query.until.toMSecsSinceEpoch() + kHourMs - 1) / kHourMs * kHourMs;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT tool, caller, status, execution_ms FROM audit_records WHERE ") + where);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        QVERIFY(q.exec());
        qint64 total = 0, success = 0;
        QMap<QString, qint64> perTool, perCaller;
        QList<qint64> latencies;
        while (q.next()) {
            ++total;
            perTool[q.value(0).toString()]++;
            perCaller[q.value(1).toString()]++;
            if (q.value(2).toString() == audit_status::Success)
                ++success;
            latencies.append(q.value(3).toLongLong());
        }
        std::sort(latencies.begin(), latencies.end());
        auto percentile = [&latencies](double p) -> qint64 {
            if (latencies.isEmpty())
                return 0;
            const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(p * double(latencies.size()))));
            return upper(latencies.at(rank - 1));
        };
        const QByteArray context = QStringLiteral("round %1: %2 %3 .. %4")
                                       .arg(round)
                                       .arg(query.caller, query.since.toString(Qt::ISODate),
                                            query.until.toString(Qt::ISODate))
                                       .toUtf8();
        QVERIFY2(s.totals.total == total, context.constData());
        QCOMPARE(s.totals.success, success);
        QCOMPARE(s.totals.failed, total - success);
        QCOMPARE(s.totals.p50Ms, percentile(0.50));
        QCOMPARE(s.totals.p95Ms, percentile(0.95));
        QCOMPARE(s.perTool.size(), perTool.size());
        for (const StatsRow& row : s.perTool)
            QCOMPARE(row.total, perTool.value(row.name));
        for (qsizetype i = 1; i < s.perTool.size(); ++i)
            QVERIFY(s.perTool.at(i - 1).total >= s.perTool.at(i).total);
        QCOMPARE(s.perCaller.size(), perCaller.size());
        for (const StatsRow& row : s.perCaller)
            QCOMPARE(row.total, perCaller.value(row.name));
        QCOMPARE(sum(s.timeline, true), success);
        QCOMPARE(sum(s.timeline, false), total - success);
        for (qsizetype i = 1; i < s.timeline.size(); ++i)
            QVERIFY(s.timeline.at(i - 1).start < s.timeline.at(i).start);
    }

    // The three rollup tables agree.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT SUM(total) FROM audit_rollups), (SELECT SUM(total) FROM "
                                  "audit_rollups_daily), (SELECT SUM(total) FROM audit_rollups_total), "
                                  "(SELECT COUNT(*) FROM audit_records WHERE seq IS NOT NULL)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 2401);
    QCOMPARE(q.value(1).toLongLong(), 2401);
    QCOMPARE(q.value(2).toLongLong(), 2401);
    QCOMPARE(q.value(3).toLongLong(), 2401);
}

void TestAuditStats::preDailyTrailGetsItsRollupsRebuilt()
{
    seedKnownTrail();
    const QList<StatsQuery> queries{{},
                                    {kBilling, {}, {}},
                                    {QString(), at(-7), m_today},
                                    {QString(), at(-10, 6), at(-1, 13)},
                                    {QString(), at(-3), at(-2)}};
    QList<StatsSnapshot> before;
    for (const StatsQuery& query : queries)
        before.append(snapshot(query));
    QSqlQuery q(*m_db->writer());
    QVERIFY(q.exec(QStringLiteral("SELECT caller, tool, first_hour FROM audit_rollups_total ORDER BY caller, tool")));
    QList<QStringList> firstHours;
    while (q.next())
        firstHours.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    QCOMPARE(firstHours.size(), 4);

    // As a trail written before schema step 4 looks: hourly rollups only.
    m_writer.reset();
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_rollups_daily")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_rollups_total")));
    QVERIFY(snapshot({}).isEmpty());
    m_writer = std::make_unique<AuditWriter>(*m_db);
    QVERIFY(m_writer->open());

    for (qsizetype i = 0; i < queries.size(); ++i) {
        const StatsSnapshot after = snapshot(queries.at(i));
        QCOMPARE(after.totals.total, before.at(i).totals.total);
        QCOMPARE(after.totals.success, before.at(i).totals.success);
        QCOMPARE(after.totals.p95Ms, before.at(i).totals.p95Ms);
        QCOMPARE(after.totals.avgMs, before.at(i).totals.avgMs);
        QCOMPARE(after.perTool.size(), before.at(i).perTool.size());
        QCOMPARE(after.bucket, before.at(i).bucket);
        QCOMPARE(after.timeline.size(), before.at(i).timeline.size());
        for (qsizetype b = 0; b < after.timeline.size(); ++b)
            QCOMPARE(after.timeline.at(b).success, before.at(i).timeline.at(b).success);
    }
    QVERIFY(q.exec(QStringLiteral("SELECT caller, tool, first_hour FROM audit_rollups_total ORDER BY caller, tool")));
    QList<QStringList> rebuilt;
    while (q.next())
        rebuilt.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    QCOMPARE(rebuilt, firstHours);

    // Once rebuilt, new executions add to the rebuilt rows (no second rebuild, no double count).
    run(kBilling, QStringLiteral("create_payment"), at(-1, 12), audit_status::Success, 300);
    reopenWriter();
    QCOMPARE(snapshot({}).totals.total, 17);
    QCOMPARE(snapshot({QString(), at(-7), m_today}).totals.total, 10);
}

void TestAuditStats::filterOptionsListCallersToolsAndEvents()
{
    seedKnownTrail();
    AuditRecord event;
    event.kind = AuditRecord::Kind::Admin;
    event.caller = QStringLiteral("console:alex");
    event.tool = QStringLiteral("admin.api_token_regenerated");
    m_writer->record(event);
    AuditRecord connected;
    connected.kind = AuditRecord::Kind::Connection;
    connected.caller = QStringLiteral("console:alex");
    connected.tool = QStringLiteral("connection.connected");
    connected.provider = QStringLiteral("google");
    m_writer->record(connected);
    QVERIFY(m_writer->flush());

    QSqlDatabase db = *m_db->writer();
    const auto options = AuditQuery::filterOptions(db);
    QVERIFY(options);
    QCOMPARE(options->callers, (QStringList{QStringLiteral("console:alex"), kBilling, kFrontDesk}));
    QCOMPARE(options->tools, (QStringList{QStringLiteral("create_payment"), QStringLiteral("find_contact"),
                                          QStringLiteral("send_email"), QStringLiteral("send_sms")}));
    QCOMPARE(options->events, (QStringList{QStringLiteral("admin.api_token_regenerated"),
                                           QStringLiteral("connection.connected")}));
    // Events are not executions.
    QCOMPARE(snapshot({}).totals.total, 16);
}

QTEST_GUILESS_MAIN(TestAuditStats)
#include "tst_audit_stats.moc"
