// AuditQuery::snapshot and AuditQuery::filterOptions: the stats page's reads of the rollups.
//
// Cost: all time reads one row per (caller, tool) from audit_rollups_total plus the daily counts (summed by SQLite);
// a range reads one row per (caller, tool, day) for its whole UTC days and one per (caller, tool, hour) for the
// partial days at its edges. Nothing here touches audit_records except filterOptions' connection/admin events, which
// walk the (kind, created_at) index.
#include "audit/AuditQuery.h"

#include "audit/LatencyHistogram.h"
#include "store/SqlError.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

namespace sb {

namespace {

constexpr qint64 kHourMs = 3600000;
constexpr qint64 kHourBucketMaxHours = 48;  // ranges up to 2 days: one bar per hour
constexpr qint64 kDayBucketMaxHours = 92 * 24; // up to 92 days: one bar per day; longer: one per week

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

// Timeline buckets, numbered so that consecutive buckets have consecutive numbers. Weeks start on Monday (UTC);
// day 0 (1970-01-01) was a Thursday.
enum class Bucket { Hour, Day, Week };

qint64 bucketOfHour(Bucket bucket, qint64 hour)
{
    switch (bucket) {
    case Bucket::Hour:
        return hour;
    case Bucket::Day:
        return floorDiv(hour, 24);
    case Bucket::Week:
        return floorDiv(floorDiv(hour, 24) + 3, 7);
    }
    return hour;
}

qint64 firstHourOfBucket(Bucket bucket, qint64 number)
{
    switch (bucket) {
    case Bucket::Hour:
        return number;
    case Bucket::Day:
        return number * 24;
    case Bucket::Week:
        return (number * 7 - 3) * 24;
    }
    return number;
}

QString bucketName(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Hour:
        return QStringLiteral("hour");
    case Bucket::Day:
        return QStringLiteral("day");
    case Bucket::Week:
        return QStringLiteral("week");
    }
    return {};
}

Bucket bucketForSpan(qint64 hours)
{
    if (hours <= kHourBucketMaxHours)
        return Bucket::Hour;
    return hours <= kDayBucketMaxHours ? Bucket::Day : Bucket::Week;
}

struct Sum
{
    qint64 total = 0, success = 0, failed = 0, sumMs = 0;
    LatencyHistogram histogram;

    void add(const Sum& other)
    {
        total += other.total;
        success += other.success;
        failed += other.failed;
        sumMs += other.sumMs;
        histogram.merge(other.histogram);
    }

    [[nodiscard]] StatsRow row(const QString& name) const
    {
        StatsRow r;
        r.name = name;
        r.total = total;
        r.success = success;
        r.failed = failed;
        r.avgMs = total ? qRound64(double(sumMs) / double(total)) : 0;
        r.p50Ms = histogram.percentile(0.50);
        r.p95Ms = histogram.percentile(0.95);
        return r;
    }
};

QList<StatsRow> sortedRows(const QHash<QString, Sum>& sums)
{
    QList<StatsRow> rows;
    rows.reserve(sums.size());
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        rows.append(it.value().row(it.key()));
    std::sort(rows.begin(), rows.end(), [](const StatsRow& a, const StatsRow& b) {
        return a.total != b.total ? a.total > b.total : a.name < b.name;
    });
    return rows;
}

// Adds up rollup rows into the totals, per tool and per caller, and (optionally) into the timeline.
class Accumulator
{
public:
    QString path; // for error messages
    Sum totals;
    QHash<QString, Sum> perTool;
    QHash<QString, Sum> perCaller;

    // Reads rows of `SELECT caller, tool, total, success, failed + interrupted, sum_ms, hist, <hour or day>`; the
    // last column (in units of `hoursPerUnit`) places the row in the timeline, when one is given.
    Status read(QSqlQuery& q, const QVariantList& binds, qint64 hoursPerUnit,
                const std::function<void(qint64 hour, qint64 success, qint64 failed)>& timeline = {})
    {
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return std::unexpected(sqlError(q.lastError(), path));
        while (q.next()) {
            Sum row;
            row.total = q.value(2).toLongLong();
            row.success = q.value(3).toLongLong();
            row.failed = q.value(4).toLongLong();
            row.sumMs = q.value(5).toLongLong();
            row.histogram = LatencyHistogram::fromText(q.value(6).toString());
            if (timeline)
                timeline(q.value(7).toLongLong() * hoursPerUnit, row.success, row.failed);
            perTool[q.value(1).toString()].add(row);
            perCaller[q.value(0).toString()].add(row);
            totals.add(row);
        }
        q.finish();
        return {};
    }
};

// The timeline of a snapshot: every bucket between two hours, empty ones included.
class Timeline
{
public:
    Timeline(Bucket bucket, qint64 firstHour, qint64 endHour)
        : m_bucket(bucket)
        , m_first(bucketOfHour(bucket, firstHour))
    {
        const qint64 last = endHour > firstHour ? bucketOfHour(bucket, endHour - 1) : m_first - 1;
        for (qint64 n = m_first; n <= last; ++n) {
            StatsBucket b;
            b.start = QDateTime::fromMSecsSinceEpoch(firstHourOfBucket(bucket, n) * kHourMs, Qt::UTC);
            m_buckets.append(b);
        }
    }

    void add(qint64 hour, qint64 success, qint64 failed)
    {
        const qint64 i = bucketOfHour(m_bucket, hour) - m_first;
        if (i < 0 || i >= m_buckets.size())
            return;
        m_buckets[i].success += success;
        m_buckets[i].failed += failed;
    }

    [[nodiscard]] QList<StatsBucket> buckets() const { return m_buckets; }

private:
    Bucket m_bucket;
    qint64 m_first;
    QList<StatsBucket> m_buckets;
};

Error queryError(const QSqlQuery& q, const QSqlDatabase& db)
{
    return sqlError(q.lastError(), db.databaseName());
}

// caller filter: "+caller" keeps SQLite on the time index (a caller's whole history is the longer walk).
QString callerTerm(const QString& caller)
{
    return caller.isEmpty() ? QString() : QStringLiteral(" AND +caller = ?");
}

} // namespace

Result<StatsSnapshot> AuditQuery::snapshot(QSqlDatabase& db, const StatsQuery& query)
{
    StatsSnapshot snap;
    snap.query = query;
    const QString& caller = query.caller;
    const QVariantList callerBind = caller.isEmpty() ? QVariantList() : QVariantList{caller};
    const qint64 nowHour = QDateTime::currentMSecsSinceEpoch() / kHourMs;
    Accumulator acc;
    acc.path = db.databaseName();
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // The first hour with data (for all time, or a range open at its start).
    auto firstHourWithData = [&]() -> Result<std::optional<qint64>> {
        q.prepare(QStringLiteral("SELECT MIN(first_hour) FROM audit_rollups_total%1")
                      .arg(caller.isEmpty() ? QString() : QStringLiteral(" WHERE caller = ?")));
        for (const QVariant& v : callerBind)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return std::unexpected(queryError(q, db));
        const QVariant first = q.value(0);
        q.finish();
        return first.isNull() ? std::optional<qint64>() : std::optional<qint64>(first.toLongLong());
    };

    if (!query.since.isValid() && !query.until.isValid()) {
        // All time: the totals per (caller, tool), and the daily counts for the timeline.
        q.prepare(QStringLiteral("SELECT caller, tool, total, success, failed + interrupted, sum_ms, hist, first_hour "
                                 "FROM audit_rollups_total%1")
                      .arg(caller.isEmpty() ? QString() : QStringLiteral(" WHERE caller = ?")));
        qint64 firstHour = -1;
        if (Status ok = acc.read(q, callerBind, 1,
                                 [&firstHour](qint64 hour, qint64, qint64) {
                                     firstHour = firstHour < 0 ? hour : std::min(firstHour, hour);
                                 });
            !ok)
            return std::unexpected(ok.error());
        snap.bucket = bucketName(Bucket::Day);
        if (firstHour >= 0) {
            const qint64 firstDay = floorDiv(firstHour, 24);
            q.prepare(QStringLiteral("SELECT day, SUM(success), SUM(failed) + SUM(interrupted) FROM audit_rollups_daily "
                                     "WHERE day >= ?%1 GROUP BY day ORDER BY day")
                          .arg(caller.isEmpty() ? QString() : QStringLiteral(" AND caller = ?")));
            q.addBindValue(firstDay);
            for (const QVariant& v : callerBind)
                q.addBindValue(v);
            if (!q.exec())
                return std::unexpected(queryError(q, db));
            QList<std::array<qint64, 3>> days;
            qint64 lastDay = floorDiv(nowHour, 24);
            while (q.next()) {
                days.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
                lastDay = std::max(lastDay, days.last()[0]);
            }
            q.finish();
            const Bucket bucket = bucketForSpan((lastDay - firstDay + 1) * 24);
            const Bucket timelineBucket = bucket == Bucket::Hour ? Bucket::Day : bucket;
            snap.bucket = bucketName(timelineBucket);
            Timeline timeline(timelineBucket, firstDay * 24, (lastDay + 1) * 24);
            for (const auto& [day, success, failed] : days)
                timeline.add(day * 24, success, failed);
            snap.timeline = timeline.buckets();
        }
    } else {
        // [startHour, endHour): the hours the range touches (a partial hour counts whole: rollups are hourly).
        qint64 startHour = 0;
        qint64 endHour = query.until.isValid() ? ceilDiv(query.until.toMSecsSinceEpoch(), kHourMs) : nowHour + 1;
        if (query.since.isValid()) {
            startHour = floorDiv(query.since.toMSecsSinceEpoch(), kHourMs);
        } else {
            const auto first = firstHourWithData();
            if (!first)
                return std::unexpected(first.error());
            startHour = first->value_or(endHour);
        }
        endHour = std::max(endHour, startHour);
        const Bucket bucket = bucketForSpan(endHour - startHour);
        snap.bucket = bucketName(bucket);
        Timeline timeline(bucket, startHour, endHour);
        auto toTimeline = [&timeline, bucket](qint64 hour, qint64 success, qint64 failed) {
            if (bucket != Bucket::Hour)
                timeline.add(hour, success, failed);
        };

        // Whole UTC days from the daily rollups, the hours before and after them from the hourly ones.
        const qint64 firstDay = ceilDiv(startHour, 24);
        const qint64 endDay = floorDiv(endHour, 24);
        QList<std::pair<qint64, qint64>> hourRanges;
        if (firstDay < endDay) {
            q.prepare(QStringLiteral("SELECT caller, tool, total, success, failed + interrupted, sum_ms, hist, day "
                                     "FROM audit_rollups_daily WHERE day >= ? AND day < ?%1")
                          .arg(callerTerm(caller)));
            if (Status ok = acc.read(q, QVariantList{firstDay, endDay} + callerBind, 24, toTimeline); !ok)
                return std::unexpected(ok.error());
            hourRanges = {{startHour, firstDay * 24}, {endDay * 24, endHour}};
        } else {
            hourRanges = {{startHour, endHour}};
        }
        q.prepare(QStringLiteral("SELECT caller, tool, total, success, failed + interrupted, sum_ms, hist, hour "
                                 "FROM audit_rollups WHERE hour >= ? AND hour < ?%1")
                      .arg(callerTerm(caller)));
        for (const auto& [from, to] : hourRanges) {
            if (from >= to)
                continue;
            if (Status ok = acc.read(q, QVariantList{from, to} + callerBind, 1, toTimeline); !ok)
                return std::unexpected(ok.error());
        }
        if (bucket == Bucket::Hour && acc.totals.total > 0) {
            // One bar per hour: the daily rows cannot say which hour, so count the hours themselves (≤ 48 of them).
            q.prepare(QStringLiteral("SELECT hour, SUM(success), SUM(failed) + SUM(interrupted) FROM audit_rollups "
                                     "WHERE hour >= ? AND hour < ?%1 GROUP BY hour")
                          .arg(callerTerm(caller)));
            q.addBindValue(startHour);
            q.addBindValue(endHour);
            for (const QVariant& v : callerBind)
                q.addBindValue(v);
            if (!q.exec())
                return std::unexpected(queryError(q, db));
            while (q.next())
                timeline.add(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong());
            q.finish();
        }
        snap.timeline = timeline.buckets();
    }

    snap.totals = acc.totals.row(caller);
    snap.perTool = sortedRows(acc.perTool);
    snap.perCaller = sortedRows(acc.perCaller);
    return snap;
}

Result<AuditFilterOptions> AuditQuery::filterOptions(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QSet<QString> callers, tools, events;
    if (!q.exec(QStringLiteral("SELECT caller, tool FROM audit_rollups_total")))
        return std::unexpected(queryError(q, db));
    while (q.next()) {
        callers.insert(q.value(0).toString());
        tools.insert(q.value(1).toString());
    }
    q.finish();
    // Connection and admin events are not rolled up; they are few, and the kind index finds them.
    if (!q.exec(QStringLiteral("SELECT DISTINCT caller, tool FROM audit_records WHERE kind <> 'tool'")))
        return std::unexpected(queryError(q, db));
    while (q.next()) {
        callers.insert(q.value(0).toString());
        events.insert(q.value(1).toString());
    }
    q.finish();
    auto sorted = [](const QSet<QString>& set) {
        QStringList list(set.cbegin(), set.cend());
        list.removeAll(QString());
        list.removeAll(QLatin1String(""));
        std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) {
            const int c = QString::compare(a, b, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a < b;
        });
        return list;
    };
    AuditFilterOptions options;
    options.callers = sorted(callers);
    options.tools = sorted(tools);
    options.events = sorted(events);
    return options;
}

} // namespace sb
