#include "sandbox/FaultInjector.h"

#include "sandbox/ProviderErrors.h"
#include "sandbox/SandboxTypes.h"

namespace sb::sandbox {

namespace {

const QStringList kKinds{QStringLiteral("latency"),         QStringLiteral("error_rate"),
                         QStringLiteral("rate_limit"),      QStringLiteral("server_error"),
                         QStringLiteral("drop_connection"), QStringLiteral("malformed_json"),
                         QStringLiteral("refresh_reuse_revokes")};

// FNV-1a: a stable per-provider salt (qHash is randomised per process).
quint32 stableHash(const QString& text)
{
    quint32 hash = 2166136261u;
    for (const char c : text.toUtf8()) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

bool matches(const Fault& fault, const QString& provider, const QString& path)
{
    return fault.provider == provider && (fault.pathPrefix.isEmpty() || path.startsWith(fault.pathPrefix));
}

} // namespace

QJsonObject Fault::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("provider"), provider},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("count"), remaining}};
    if (!pathPrefix.isEmpty())
        json.insert(QStringLiteral("path"), pathPrefix);
    if (kind == QLatin1String("latency"))
        json.insert(QStringLiteral("ms"), latencyMs);
    if (kind == QLatin1String("error_rate"))
        json.insert(QStringLiteral("rate"), rate);
    if (kind == QLatin1String("server_error") || kind == QLatin1String("error_rate"))
        json.insert(QStringLiteral("status"), status);
    if (kind == QLatin1String("rate_limit") || status == 503 || status == 429)
        json.insert(QStringLiteral("retryAfter"), retryAfter);
    return json;
}

FaultInjector::FaultInjector(quint32 seed)
    : m_seed(seed)
{
}

Result<Fault> FaultInjector::add(const QJsonObject& spec)
{
    Fault fault;
    fault.provider = spec.value(QStringLiteral("provider")).toString();
    fault.kind = spec.value(QStringLiteral("kind")).toString();
    fault.pathPrefix = spec.value(QStringLiteral("path")).toString();
    if (!providerNames().contains(fault.provider))
        return fail(QStringLiteral("invalid_provider"),
                    QStringLiteral("\"provider\" must be one of %1.").arg(providerNames().join(QStringLiteral(", "))));
    if (!kKinds.contains(fault.kind))
        return fail(QStringLiteral("invalid_kind"),
                    QStringLiteral("\"kind\" must be one of %1.").arg(kKinds.join(QStringLiteral(", "))));
    const int count = spec.value(QStringLiteral("count")).toInt(0);
    fault.remaining = count > 0 ? count : -1;
    fault.retryAfter = spec.value(QStringLiteral("retryAfter")).toInt(1);
    if (fault.retryAfter < 0)
        return fail(QStringLiteral("invalid_retry_after"), QStringLiteral("\"retryAfter\" must be 0 or more seconds."));

    if (fault.kind == QLatin1String("latency")) {
        fault.latencyMs = spec.value(QStringLiteral("ms")).toInt(-1);
        if (fault.latencyMs < 0 || fault.latencyMs > 120000)
            return fail(QStringLiteral("invalid_latency"), QStringLiteral("\"ms\" must be between 0 and 120000."));
    } else if (fault.kind == QLatin1String("error_rate")) {
        fault.rate = spec.value(QStringLiteral("rate")).toDouble(-1);
        fault.status = spec.value(QStringLiteral("status")).toInt(500);
        if (fault.rate < 0 || fault.rate > 1)
            return fail(QStringLiteral("invalid_rate"), QStringLiteral("\"rate\" must be between 0 and 1."));
        if (fault.status != 500 && fault.status != 503 && fault.status != 429)
            return fail(QStringLiteral("invalid_status"), QStringLiteral("\"status\" must be 429, 500 or 503."));
    } else if (fault.kind == QLatin1String("server_error")) {
        fault.status = spec.value(QStringLiteral("status")).toInt(500);
        if (fault.status != 500 && fault.status != 503)
            return fail(QStringLiteral("invalid_status"), QStringLiteral("\"status\" must be 500 or 503."));
    } else if (fault.kind == QLatin1String("rate_limit")) {
        fault.status = 429;
    }
    fault.id = m_nextId++;
    m_faults.append(fault);
    return fault;
}

bool FaultInjector::remove(int id)
{
    return m_faults.removeIf([id](const Fault& fault) { return fault.id == id; }) > 0;
}

void FaultInjector::clear(const QString& provider)
{
    if (provider.isEmpty())
        m_faults.clear();
    else
        m_faults.removeIf([&provider](const Fault& fault) { return fault.provider == provider; });
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray array;
    for (const Fault& fault : m_faults)
        array.append(fault.toJson());
    return array;
}

QRandomGenerator& FaultInjector::dice(const QString& provider)
{
    auto it = m_dice.find(provider);
    if (it == m_dice.end())
        it = m_dice.insert(provider, QRandomGenerator(m_seed ^ stableHash(provider)));
    return it.value();
}

void FaultInjector::reseed()
{
    m_dice.clear();
}

FaultDecision FaultInjector::decide(const QString& provider, const QString& path, bool oauthRoute)
{
    FaultDecision decision;
    // Counts one use; returns the fault's id when that was its last, for removal after the loops.
    auto consume = [](Fault& fault) { return fault.remaining > 0 && --fault.remaining == 0 ? fault.id : 0; };
    QList<int> spent;
    for (Fault& fault : m_faults) {
        if (!matches(fault, provider, path))
            continue;
        if (fault.kind == QLatin1String("latency")) {
            decision.latencyMs = qMax(decision.latencyMs, fault.latencyMs);
            spent.append(consume(fault));
        }
    }
    for (Fault& fault : m_faults) {
        if (decision.response || !matches(fault, provider, path))
            continue;
        if (fault.kind == QLatin1String("rate_limit") || fault.kind == QLatin1String("server_error")) {
            decision.response = errors::injected(provider, oauthRoute, fault.status, fault.retryAfter);
            spent.append(consume(fault));
        } else if (fault.kind == QLatin1String("error_rate")) {
            // One roll per request that reaches the rule: the sequence of outcomes depends only on the seed.
            if (dice(provider).generateDouble() < fault.rate) {
                decision.response = errors::injected(provider, oauthRoute, fault.status, fault.retryAfter);
                spent.append(consume(fault));
            }
        }
    }
    if (!decision.response) {
        for (Fault& fault : m_faults) {
            if (!matches(fault, provider, path))
                continue;
            if (fault.kind == QLatin1String("drop_connection") && !decision.dropConnection) {
                decision.dropConnection = true;
                spent.append(consume(fault));
            } else if (fault.kind == QLatin1String("malformed_json") && !decision.malformedJson) {
                decision.malformedJson = true;
                spent.append(consume(fault));
            }
        }
    }
    for (int id : spent) {
        if (id)
            remove(id);
    }
    return decision;
}

bool FaultInjector::isOn(const QString& provider, const QString& kind) const
{
    for (const Fault& fault : m_faults) {
        if (fault.provider == provider && fault.kind == kind)
            return true;
    }
    return false;
}

} // namespace sb::sandbox
