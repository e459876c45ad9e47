#pragma once

#include "sandbox/ProviderApi.h"

#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>

namespace sb::sandbox {

// One user's consent to one client: the codes, access tokens and refresh tokens issued from it die with it.
struct Grant
{
    int id = 0;
    QString provider;
    QString clientId;
    QString account; // demo account email
    QStringList scopes;
    QStringList userScopes; // Slack's user_scope (the authed_user token)
    QString nonce;
    bool revoked = false;
};

struct AuthCode
{
    QString provider;
    QString clientId;
    QString redirectUri;
    QString account;
    QStringList scopes;
    QStringList userScopes;
    QString codeChallenge;
    QString codeChallengeMethod;
    QString nonce;
    bool offline = false;
    qint64 expiresAtMs = 0;
    bool used = false;
    int grantId = 0; // set when redeemed, so a replay can revoke what it produced (RFC 6749 §4.1.2)
};

struct AccessToken
{
    int grantId = 0;
    QString kind; // "" for most providers, "bot" or "user" for Slack
    qint64 expiresAtMs = 0;
    bool revoked = false;
};

struct RefreshToken
{
    int grantId = 0;
    QString kind;
    bool superseded = false; // replaced by rotation; still accepted unless reuse detection is on
    bool revoked = false;
};

// The sandbox's OAuth state: codes, grants and tokens for every provider. Lives on the sandbox thread, unlocked.
class TokenRegistry : public TokenIntrospector
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    TokenRegistry(quint32 seed, Clock clock);

    [[nodiscard]] qint64 nowMs() const { return m_clock(); }
    void setAccessTokenLifetime(int seconds) { m_accessLifetimeSeconds = seconds; }
    [[nodiscard]] int accessTokenLifetime() const { return m_accessLifetimeSeconds; }
    void setSlackTokenRotation(bool on) { m_slackTokenRotation = on; }
    [[nodiscard]] bool slackTokenRotation() const { return m_slackTokenRotation; }

    // A random opaque value with a provider-flavoured prefix.
    [[nodiscard]] QString randomToken(const QString& prefix, int bytes = 24);

    [[nodiscard]] QString storeCode(AuthCode code, const QString& prefix);
    [[nodiscard]] AuthCode* findCode(const QString& code);

    [[nodiscard]] int createGrant(Grant grant);
    [[nodiscard]] Grant* grant(int id);
    // `lifetimeSeconds`: nullopt for the configured lifetime, 0 for a token that never expires (Slack without rotation).
    [[nodiscard]] QString issueAccessToken(int grantId, const QString& prefix, const QString& kind = {},
                                           std::optional<int> lifetimeSeconds = std::nullopt);
    [[nodiscard]] QString issueRefreshToken(int grantId, const QString& prefix, const QString& kind = {});
    [[nodiscard]] AccessToken* findAccessToken(const QString& token);
    [[nodiscard]] RefreshToken* findRefreshToken(const QString& token);
    // The live access token's grant, or nullptr (unknown, expired, revoked, grant revoked).
    [[nodiscard]] const Grant* liveGrantForAccessToken(const QString& provider, const QString& token) const;

    // Kills the grant and everything issued from it.
    void revokeGrant(int grantId);
    // Control routes: returns how many grants/tokens were affected.
    int revokeGrants(const QString& provider, const QString& account);
    int expireAccessTokens(const QString& provider); // empty provider: all
    void clear();

    [[nodiscard]] std::optional<QString> accountForAccessToken(const QString& provider,
                                                               const QByteArray& token) const override;

private:
    Clock m_clock;
    QRandomGenerator m_random;
    int m_accessLifetimeSeconds = 3600;
    bool m_slackTokenRotation = true;
    int m_nextGrantId = 1;
    QHash<QString, AuthCode> m_codes;
    QHash<int, Grant> m_grants;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
};

} // namespace sb::sandbox
