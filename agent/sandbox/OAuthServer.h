#pragma once

#include "net/HttpMessage.h"
#include "sandbox/DemoData.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace sb::sandbox {

class FaultInjector;
class IdTokenSigner;
class TokenRegistry;
struct Grant;

// One provider's OAuth 2.0 / OpenID Connect routes at the provider's real paths. One class, four flavours
// (google, microsoft, slack, generic): the differences are data and small branches, listed in docs/sandbox.md.
class OAuthServer
{
public:
    OAuthServer(QString provider, TokenRegistry& tokens, const IdTokenSigner& signer, const FaultInjector& faults);

    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }
    [[nodiscard]] QString provider() const { return m_provider; }

    // nullopt: not an OAuth route of this provider.
    [[nodiscard]] std::optional<net::HttpResponse> handle(const net::HttpRequest& request);
    // Whether `path` is one of the OAuth routes (injected errors then use the OAuth error format).
    [[nodiscard]] bool ownsPath(const QString& path) const;
    void reset() { m_pending.clear(); }

    // The provider's issuer identifier (iss of ID tokens and of RFC 9207 authorization responses).
    [[nodiscard]] QString issuer() const;
    // The allowed redirect for this provider, RFC 8252 §7.3 loopback form: any port, this exact path.
    [[nodiscard]] static bool redirectAllowed(const QString& provider, const QUrl& redirect);
    // The canonical authorize and token paths (Microsoft's under the `common` tenant).
    [[nodiscard]] static QString authorizePath(const QString& provider);
    [[nodiscard]] static QString tokenPath(const QString& provider);

private:
    enum class Route { None, Authorize, Token, Revoke, UserInfo, Jwks, Discovery, SlackAuthTest, SlackAuthRevoke };

    struct PendingAuthorization
    {
        QString clientId;
        QUrl redirectUri;
        QString state;
        QStringList scopes;
        QStringList userScopes;
        QString codeChallenge;
        QString codeChallengeMethod;
        QString nonce;
        bool offline = false;
        qint64 createdMs = 0;
    };

    struct ClientAuth
    {
        QString clientId;
        QString clientSecret;
    };

    [[nodiscard]] Route route(const QString& path) const;
    [[nodiscard]] const demo::OAuthClient* client(const QString& clientId) const;
    [[nodiscard]] net::HttpResponse authorize(const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse decide(const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse token(const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse redeemCode(const net::HttpRequest& request, const ClientAuth& auth);
    [[nodiscard]] net::HttpResponse refresh(const net::HttpRequest& request, const ClientAuth& auth);
    [[nodiscard]] net::HttpResponse revoke(const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse userInfo(const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse discovery() const;
    [[nodiscard]] net::HttpResponse slackAuthTest(const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse slackAuthRevoke(const net::HttpRequest& request);

    // `presentedRefresh`: the refresh token of a refresh request (rotation decides whether a new one is issued).
    [[nodiscard]] net::HttpResponse tokenResponse(int grantId, bool withRefresh, const QString& nonce,
                                                  const QString& presentedRefresh);
    // Slack's oauth.v2.access shape; `kind` empty for an installation, "bot" or "user" for a refresh.
    [[nodiscard]] net::HttpResponse slackTokenResponse(int grantId, const QString& kind);
    [[nodiscard]] QByteArray idToken(const Grant& grant, const QString& nonce) const;
    [[nodiscard]] net::HttpResponse tokenError(const QString& error, const QString& description, int aadsts = 0,
                                               const QString& slackError = {}) const;
    [[nodiscard]] net::HttpResponse errorPage(int status, const QString& code, const QString& description) const;
    [[nodiscard]] net::HttpResponse redirectWith(const QUrl& redirect, QList<QPair<QString, QString>> params,
                                                 const QString& state) const;
    [[nodiscard]] QString path(const QString& suffix) const;
    [[nodiscard]] QString tokenPrefix(bool refresh, const QString& kind) const;
    [[nodiscard]] QString scopeSeparator() const;
    [[nodiscard]] bool pkceSupported() const;
    [[nodiscard]] bool pkceRequired() const;
    [[nodiscard]] bool rotatesRefreshTokens() const;
    [[nodiscard]] bool sendsIssInRedirect() const;
    [[nodiscard]] QJsonObject userClaims(const QString& account) const;
    [[nodiscard]] static std::optional<demo::Account> account(const QString& email);

    QString m_provider;
    TokenRegistry& m_tokens;
    const IdTokenSigner& m_signer;
    const FaultInjector& m_faults;
    QUrl m_baseUrl;
    QHash<QString, PendingAuthorization> m_pending;
};

} // namespace sb::sandbox
