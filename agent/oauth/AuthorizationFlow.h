#pragma once

#include "core/Result.h"
#include "net/HttpMessage.h"
#include "oauth/OAuthTypes.h"
#include "oauth/Pkce.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace sb {

class LoopbackRedirectCatcher;
class TokenClient;

// Everything one authorization-code flow needs to know about the provider and our client.
struct FlowConfig
{
    QString provider;
    QString displayName;
    QUrl authorizeUrl;
    TokenEndpoint token;
    QStringList scopes;
    QString scopeSeparator = QStringLiteral(" ");
    QMap<QString, QString> extraParams; // access_type=offline, prompt=consent …
    bool usePkce = true;                // S256; off only where the provider does not support it (Slack)
    bool openId = false;                // send a nonce and expect an ID token
    // RFC 9207 `iss` and the ID token's iss; may contain "{tenantid}" (Microsoft "common"). Empty: unknown.
    QString expectedIssuer;
    bool issuerRequiredInRedirect = false; // the provider announced authorization_response_iss_parameter_supported
    QUrl jwksUrl;
    QUrl userinfoUrl;
    std::chrono::milliseconds timeout = std::chrono::minutes(5);
};

// The account a finished flow connected. Tokens go straight to the keychain from here.
struct FlowOutcome
{
    TokenSet tokens;
    QString account; // alice@example.com, or the Slack workspace
    QString name;
    QStringList grantedScopes;
};

// Test seams: make the flow misbehave the way an attacker or a broken provider would.
struct FlowTestHooks
{
    bool tamperVerifier = false; // send another PKCE verifier than the one behind the challenge
    QString expectNonce;         // check the ID token against this nonce instead of the one sent
};

// One OAuth 2.0 authorization-code flow for a native app (RFC 8252, RFC 9700): PKCE S256, a one-time state, an
// OIDC nonce, RFC 9207 issuer checks, the redirect caught on our own loopback listener (closed when the flow ends).
// It ends exactly once, through `finished`: with the tokens and the account, or with an error in words. It stores
// nothing; ConnectionService decides what to keep.
class AuthorizationFlow : public QObject
{
    Q_OBJECT
public:
    using Finished = std::function<void(Result<FlowOutcome>)>;

    AuthorizationFlow(FlowConfig config, TokenClient* tokens, Finished finished, QObject* parent = nullptr);
    ~AuthorizationFlow() override;

    // Opens the loopback listener, builds the authorization URL and starts the timeout.
    [[nodiscard]] Status start();
    [[nodiscard]] QUrl authorizeUrl() const { return m_authorizeUrl; }
    [[nodiscard]] QUrl redirectUri() const { return m_redirectUri; }
    [[nodiscard]] const FlowConfig& config() const { return m_config; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // The redirect as the listener caught it, or as the user pasted it (browser on another machine): both are
    // validated the same way. `browser` (may be empty) is answered with a page once the flow has ended.
    void handleRedirect(const QUrl& url, net::Responder browser = {});
    // The user closed the sign-in window, pressed Cancel, or the agent stops.
    void cancel(const QString& code, const QString& message);
    // Answers the browser(s) waiting on the redirect and closes the listener. Failures answer by themselves; after a
    // success the service calls this once the connection is stored (or storing failed).
    void answerBrowser(bool success, const QString& headline, const QString& details);

    void setTestHooks(FlowTestHooks hooks) { m_hooks = std::move(hooks); }

private:
    void exchange(const QString& code);
    void checkIdToken(TokenSet tokens);
    void findIdentity(TokenSet tokens, const QJsonObject& claims);
    void finish(Result<FlowOutcome> outcome);
    [[nodiscard]] bool issuerMatches(const QString& iss) const;

    FlowConfig m_config;
    QPointer<TokenClient> m_tokens;
    Finished m_onFinished;
    LoopbackRedirectCatcher* m_catcher = nullptr;
    QTimer m_timeout;
    PkcePair m_pkce;
    QString m_state;
    QString m_nonce;
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    FlowTestHooks m_hooks;
    bool m_redirectAccepted = false;
    bool m_finished = false;
    QList<net::Responder> m_browsers;
    net::HttpResponse m_finalPage;
};

} // namespace sb
