#pragma once

#include "core/Result.h"
#include "oauth/OAuthTypes.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sb {

// The token, refresh and revocation requests, and the small JSON GETs around them (discovery, JWKS, userinfo),
// over our QNetworkAccessManager. Errors come back as sb::Error with the provider's own words:
// invalid_grant (the grant is gone: reconnect), oauth_token_error (any other OAuth/Slack error), network_error.
//
// Why not QOAuth2AuthorizationCodeFlow (Qt 6.4 NetworkAuth): it only logs a state mismatch or a token-endpoint error
// (no signal reaches the caller, so a flow would hang or fail silently), it cannot send code_verifier without
// subclassing, and its QOAuthHttpServerReplyHandler listens on every interface rather than on 127.0.0.1 only.
class TokenClient : public QObject
{
    Q_OBJECT
public:
    using TokensDone = std::function<void(Result<TokenSet>)>;
    using JsonDone = std::function<void(Result<QJsonObject>)>;
    using StatusDone = std::function<void(Status)>;

    explicit TokenClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    // RFC 6749 §4.1.3, client_secret_post (what Google documents and every provider we know accepts).
    void exchangeCode(const TokenEndpoint& endpoint, const QString& code, const QUrl& redirectUri,
                      const QString& codeVerifier, TokensDone done);
    // RFC 6749 §6. A rotated refresh token comes back in TokenSet::refreshToken (empty when not rotated).
    void refresh(const TokenEndpoint& endpoint, const QString& refreshToken, TokensDone done);
    // RFC 7009 (form POST token=…), or Slack's auth.revoke (the token as bearer).
    void revoke(const QString& provider, const QUrl& revokeUrl, const ProviderClient& client, const QString& token,
                const QString& tokenTypeHint, StatusDone done);
    // A JSON GET, with a bearer token when given.
    void getJson(const QUrl& url, const QString& bearer, JsonDone done);

    // Requests time out after this many milliseconds (default 30 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    void postForm(const TokenEndpoint& endpoint, QList<QPair<QString, QString>> form, TokensDone done);
    [[nodiscard]] static Result<TokenSet> parseTokens(const QString& provider, QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    int m_timeoutMs = 30000;
};

} // namespace sb
