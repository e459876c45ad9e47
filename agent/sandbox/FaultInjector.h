#pragma once

#include "core/Result.h"
#include "net/HttpMessage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

#include <optional>

namespace sb::sandbox {

// Faults set through POST /_sandbox/faults and applied to every request a provider listener receives.
struct Fault
{
    int id = 0;
    QString provider;
    QString pathPrefix; // empty: every route of the provider
    QString kind;       // latency, error_rate, rate_limit, server_error, drop_connection, malformed_json,
                        // refresh_reuse_revokes
    int status = 0;     // server_error: 500 or 503; error_rate: 500 (default), 503 or 429
    int retryAfter = 1; // seconds, for 429 and 503
    int remaining = -1; // requests left to affect; -1 until cleared
    int latencyMs = 0;
    double rate = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

// What to do with one request.
struct FaultDecision
{
    int latencyMs = 0;
    std::optional<net::HttpResponse> response; // answer this instead of the route
    bool dropConnection = false;               // send half the route's response, then abort
    bool malformedJson = false;                // corrupt the route's body
};

class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed);

    [[nodiscard]] Result<Fault> add(const QJsonObject& spec);
    bool remove(int id);
    void clear(const QString& provider = {});
    [[nodiscard]] QJsonArray toJson() const;

    // Consumes one use of each fault that fires. `oauthRoute` picks the error format of injected errors.
    [[nodiscard]] FaultDecision decide(const QString& provider, const QString& path, bool oauthRoute);
    // A switch rather than a per-request fault (refresh_reuse_revokes).
    [[nodiscard]] bool isOn(const QString& provider, const QString& kind) const;

    // The seed's dice, restarted (POST /_sandbox/reset) so runs repeat.
    void reseed();

private:
    QRandomGenerator& dice(const QString& provider);

    quint32 m_seed;
    int m_nextId = 1;
    QList<Fault> m_faults;
    QHash<QString, QRandomGenerator> m_dice;
};

} // namespace sb::sandbox
