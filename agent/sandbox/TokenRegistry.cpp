#include "sandbox/TokenRegistry.h"

#include <limits>

namespace sb::sandbox {

TokenRegistry::TokenRegistry(quint32 seed, Clock clock)
    : m_clock(std::move(clock))
    , m_random(seed ^ 0x5b0a7d1u)
{
}

QString TokenRegistry::randomToken(const QString& prefix, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(m_random.bounded(256));
    return prefix + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenRegistry::storeCode(AuthCode code, const QString& prefix)
{
    const QString value = randomToken(prefix);
    m_codes.insert(value, std::move(code));
    return value;
}

AuthCode* TokenRegistry::findCode(const QString& code)
{
    auto it = m_codes.find(code);
    return it == m_codes.end() ? nullptr : &it.value();
}

int TokenRegistry::createGrant(Grant grant)
{
    grant.id = m_nextGrantId++;
    const int id = grant.id;
    m_grants.insert(id, std::move(grant));
    return id;
}

Grant* TokenRegistry::grant(int id)
{
    auto it = m_grants.find(id);
    return it == m_grants.end() ? nullptr : &it.value();
}

QString TokenRegistry::issueAccessToken(int grantId, const QString& prefix, const QString& kind,
                                        std::optional<int> lifetimeSeconds)
{
    const QString value = randomToken(prefix, 32);
    const int lifetime = lifetimeSeconds.value_or(m_accessLifetimeSeconds);
    const qint64 expiresAt = lifetime == 0 ? std::numeric_limits<qint64>::max() : nowMs() + qint64(lifetime) * 1000;
    m_accessTokens.insert(value, {grantId, kind, expiresAt, false});
    return value;
}

QString TokenRegistry::issueRefreshToken(int grantId, const QString& prefix, const QString& kind)
{
    const QString value = randomToken(prefix, 32);
    m_refreshTokens.insert(value, {grantId, kind, false, false});
    return value;
}

AccessToken* TokenRegistry::findAccessToken(const QString& token)
{
    auto it = m_accessTokens.find(token);
    return it == m_accessTokens.end() ? nullptr : &it.value();
}

RefreshToken* TokenRegistry::findRefreshToken(const QString& token)
{
    auto it = m_refreshTokens.find(token);
    return it == m_refreshTokens.end() ? nullptr : &it.value();
}

const Grant* TokenRegistry::liveGrantForAccessToken(const QString& provider, const QString& token) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd() || it->revoked || it->expiresAtMs <= nowMs())
        return nullptr;
    const auto grantIt = m_grants.constFind(it->grantId);
    if (grantIt == m_grants.constEnd() || grantIt->revoked || grantIt->provider != provider)
        return nullptr;
    return &grantIt.value();
}

void TokenRegistry::revokeGrant(int grantId)
{
    if (Grant* g = grant(grantId))
        g->revoked = true;
    for (AccessToken& token : m_accessTokens) {
        if (token.grantId == grantId)
            token.revoked = true;
    }
    for (RefreshToken& token : m_refreshTokens) {
        if (token.grantId == grantId)
            token.revoked = true;
    }
}

int TokenRegistry::revokeGrants(const QString& provider, const QString& account)
{
    QList<int> ids;
    for (const Grant& g : std::as_const(m_grants)) {
        if (!g.revoked && g.provider == provider && (account.isEmpty() || g.account == account))
            ids.append(g.id);
    }
    for (int id : ids)
        revokeGrant(id);
    return int(ids.size());
}

int TokenRegistry::expireAccessTokens(const QString& provider)
{
    const qint64 now = nowMs();
    int count = 0;
    for (AccessToken& token : m_accessTokens) {
        const auto grantIt = m_grants.constFind(token.grantId);
        if (token.expiresAtMs <= now || (!provider.isEmpty() && grantIt != m_grants.constEnd()
                                         && grantIt->provider != provider))
            continue;
        token.expiresAtMs = now;
        ++count;
    }
    return count;
}

void TokenRegistry::clear()
{
    m_codes.clear();
    m_grants.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
}

std::optional<QString> TokenRegistry::accountForAccessToken(const QString& provider, const QByteArray& token) const
{
    if (const Grant* g = liveGrantForAccessToken(provider, QString::fromLatin1(token)))
        return g->account;
    return std::nullopt;
}

} // namespace sb::sandbox
