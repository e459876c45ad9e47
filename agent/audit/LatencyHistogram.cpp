#include "audit/LatencyHistogram.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

// Upper bounds in ms: 1, then round(2^(i/2)) made strictly increasing; the last bucket is overflow.
const std::array<qint64, LatencyHistogram::kBuckets>& bounds()
{
    static const auto table = [] {
        std::array<qint64, LatencyHistogram::kBuckets> b{};
        qint64 previous = 0;
        int exponent = 0;
        for (int i = 0; i < LatencyHistogram::kBuckets; ++i) {
            qint64 value = 0;
            do {
                value = qint64(std::llround(std::pow(2.0, exponent / 2.0)));
                ++exponent;
            } while (value <= previous);
            b[size_t(i)] = value;
            previous = value;
        }
        return b;
    }();
    return table;
}

} // namespace

int LatencyHistogram::bucketFor(qint64 ms)
{
    const auto& b = bounds();
    const auto it = std::lower_bound(b.begin(), b.end() - 1, std::max<qint64>(ms, 0));
    return int(it - b.begin());
}

qint64 LatencyHistogram::upperBound(int bucket)
{
    return bounds()[size_t(std::clamp(bucket, 0, kBuckets - 1))];
}

void LatencyHistogram::merge(const LatencyHistogram& other)
{
    for (size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
}

qint64 LatencyHistogram::total() const
{
    qint64 sum = 0;
    for (qint64 c : m_counts)
        sum += c;
    return sum;
}

qint64 LatencyHistogram::percentile(double p) const
{
    const qint64 n = total();
    if (n == 0)
        return 0;
    // The rank of the p-quantile (nearest-rank method): ceil(p·n), at least 1.
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p * double(n))));
    qint64 seen = 0;
    for (int i = 0; i < kBuckets; ++i) {
        seen += m_counts[size_t(i)];
        if (seen >= rank)
            return upperBound(i);
    }
    return upperBound(kBuckets - 1);
}

QString LatencyHistogram::toText() const
{
    // Trailing zero buckets are implied.
    int used = kBuckets;
    while (used > 0 && m_counts[size_t(used - 1)] == 0)
        --used;
    QString text;
    text.reserve(used * 3);
    for (int i = 0; i < used; ++i) {
        if (i)
            text.append(QLatin1Char(','));
        text.append(QString::number(m_counts[size_t(i)]));
    }
    return text;
}

LatencyHistogram LatencyHistogram::fromText(QStringView text)
{
    // Hot path of the stats queries (one call per rollup row read): digits are summed by hand, no splitting.
    LatencyHistogram h;
    size_t bucket = 0;
    qint64 value = 0;
    bool any = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            value = value * 10 + (u - u'0');
            any = true;
        } else if (u == u',') {
            if (any) {
                if (bucket >= h.m_counts.size())
                    return h;
                h.m_counts[bucket++] = value;
            }
            value = 0;
            any = false;
        }
    }
    if (any && bucket < h.m_counts.size())
        h.m_counts[bucket] = value;
    return h;
}

} // namespace sb
