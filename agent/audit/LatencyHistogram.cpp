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
    QStringList parts;
    parts.reserve(kBuckets);
    for (qint64 c : m_counts)
        parts.append(QString::number(c));
    // Trailing zero buckets are implied.
    while (!parts.isEmpty() && parts.last() == QLatin1String("0"))
        parts.removeLast();
    return parts.join(QLatin1Char(','));
}

LatencyHistogram LatencyHistogram::fromText(const QString& text)
{
    LatencyHistogram h;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size() && i < kBuckets; ++i)
        h.m_counts[size_t(i)] = parts.at(i).toLongLong();
    return h;
}

} // namespace sb
