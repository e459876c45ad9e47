#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace sb {

// Fixed, log-spaced latency buckets (about √2 apart, 1 ms … 25 min, then overflow), so rollups can be merged by
// adding counts and p50/p95 come from the counts alone. A percentile is reported as its bucket's upper bound.
class LatencyHistogram
{
public:
    static constexpr int kBuckets = 42;

    [[nodiscard]] static int bucketFor(qint64 ms);
    [[nodiscard]] static qint64 upperBound(int bucket); // the overflow bucket reports its lower edge

    void add(qint64 ms, qint64 count = 1) { m_counts[size_t(bucketFor(ms))] += count; }
    void merge(const LatencyHistogram& other);
    [[nodiscard]] qint64 total() const;
    [[nodiscard]] qint64 percentile(double p) const; // 0 when empty

    // Stored as comma-separated counts.
    [[nodiscard]] QString toText() const;
    [[nodiscard]] static LatencyHistogram fromText(QStringView text);

private:
    std::array<qint64, kBuckets> m_counts{};
};

} // namespace sb
