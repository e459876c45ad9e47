#include "sandbox/OAuthServer.h"

#include "core/Logging.h"
#include "sandbox/ConsentPage.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/IdTokenSigner.h"
#include "sandbox/ProviderErrors.h"
#include "sandbox/TokenRegistry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sb::sandbox {

namespace {

constexpr qint64 kCodeLifetimeMs = 60 * 1000;
constexpr qint64 kPendingLifetimeMs = 10 * 60 * 1000;
constexpr int kSlackTokenLifetimeSeconds = 43200; // Slack's rotating tokens last 12 hours

// The sandbox's Entra tenant: what "common" resolves to for the demo accounts.
const QString kMicrosoftTenantId = QStringLiteral("5a2d5a2d-0000-4000-8000-5a2d5a2d0001");

namespace slackIds {
const QString team = QStringLiteral("T0SANDBOX");
const QString teamName = QStringLiteral("Sandbox Workspace");
const QString app = QStringLiteral("A0SANDBOX");
const QString botUser = QStringLiteral("U0SANDBOXBOT");
const QString bot = QStringLiteral("B0SANDBOX");
// The same ids the Slack REST emulation gives the demo accounts (providers/SlackApi.cpp).
QString user(const demo::Account& account)
{
    return QStringLiteral("U0") + account.subject.rightJustified(8, QLatin1Char('0'));
}
} // namespace slackIds

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// RFC 7636 §4.1: 43..128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
bool validVerifier(const QString& verifier)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return pattern.match(verifier).hasMatch();
}

QStringList splitScopes(const QString& scopes)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return scopes.split(separators, Qt::SkipEmptyParts);
}

} // namespace

OAuthServer::OAuthServer(QString provider, TokenRegistry& tokens, const IdTokenSigner& signer,
                         const FaultInjector& faults)
    : m_provider(std::move(provider))
    , m_tokens(tokens)
    , m_signer(signer)
    , m_faults(faults)
{
}

// --- flavour -----------------------------------------------------------------------------------------------------

bool OAuthServer::pkceSupported() const
{
    return m_provider != QLatin1String("slack");
}

bool OAuthServer::pkceRequired() const
{
    return m_provider == QLatin1String("microsoft") || m_provider == QLatin1String("generic");
}

bool OAuthServer::rotatesRefreshTokens() const
{
    return m_provider == QLatin1String("microsoft") || m_provider == QLatin1String("slack");
}

bool OAuthServer::sendsIssInRedirect() const
{
    // RFC 9207: Google and the generic provider add iss; Entra ID and Slack do not.
    return m_provider == QLatin1String("google") || m_provider == QLatin1String("generic");
}

QString OAuthServer::scopeSeparator() const
{
    return m_provider == QLatin1String("slack") ? s(",") : s(" ");
}

QString OAuthServer::issuer() const
{
    const QString base = m_baseUrl.toString(QUrl::StripTrailingSlash);
    if (m_provider == QLatin1String("microsoft"))
        return base + QLatin1Char('/') + kMicrosoftTenantId + QStringLiteral("/v2.0");
    return base;
}

QString OAuthServer::tokenPrefix(bool refresh, const QString& kind) const
{
    if (m_provider == QLatin1String("google"))
        return refresh ? s("1//0") : s("ya29.a0");
    if (m_provider == QLatin1String("microsoft"))
        return refresh ? s("M.C5") : s("EwB");
    if (m_provider == QLatin1String("slack")) {
        if (refresh)
            return s("xoxe-1-");
        // Rotating tokens carry Slack's xoxe. prefix; classic ones are plain xoxb-/xoxp-.
        const QString rotating = m_tokens.slackTokenRotation() ? s("xoxe.") : QString();
        return rotating + (kind == QLatin1String("user") ? s("xoxp-1-") : s("xoxb-1-"));
    }
    return refresh ? s("sb_rt_") : s("sb_at_");
}

bool OAuthServer::redirectAllowed(const QString& provider, const QUrl& redirect)
{
    // RFC 8252 §7.3: loopback redirects match on everything but the port. No query, no fragment, no userinfo.
    if (!redirect.isValid() || redirect.scheme() != QLatin1String("http") || redirect.hasQuery()
        || redirect.hasFragment() || !redirect.userInfo().isEmpty())
        return false;
    const QString host = redirect.host();
    if (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost"))
        return false;
    return redirect.path() == QStringLiteral("/callback/") + provider;
}

QString OAuthServer::authorizePath(const QString& provider)
{
    if (provider == QLatin1String("google"))
        return s("/o/oauth2/v2/auth");
    if (provider == QLatin1String("microsoft"))
        return s("/common/oauth2/v2.0/authorize");
    if (provider == QLatin1String("slack"))
        return s("/oauth/v2/authorize");
    return s("/authorize");
}

QString OAuthServer::tokenPath(const QString& provider)
{
    if (provider == QLatin1String("microsoft"))
        return s("/common/oauth2/v2.0/token");
    if (provider == QLatin1String("slack"))
        return s("/api/oauth.v2.access");
    return s("/token");
}

const demo::OAuthClient* OAuthServer::client(const QString& clientId) const
{
    static const QList<demo::OAuthClient> clients = demo::oauthClients();
    for (const demo::OAuthClient& c : clients) {
        if (c.provider == m_provider && c.clientId == clientId)
            return &c;
    }
    return nullptr;
}

std::optional<demo::Account> OAuthServer::account(const QString& email)
{
    for (const demo::Account& a : demo::accounts()) {
        if (a.email == email)
            return a;
    }
    return std::nullopt;
}

// --- routing -----------------------------------------------------------------------------------------------------

OAuthServer::Route OAuthServer::route(const QString& path) const
{
    if (m_provider == QLatin1String("google")) {
        if (path == QLatin1String("/o/oauth2/v2/auth") || path == QLatin1String("/o/oauth2/auth"))
            return Route::Authorize;
        if (path == QLatin1String("/token") || path == QLatin1String("/o/oauth2/token"))
            return Route::Token;
        if (path == QLatin1String("/revoke") || path == QLatin1String("/o/oauth2/revoke"))
            return Route::Revoke;
        if (path == QLatin1String("/v1/userinfo") || path == QLatin1String("/oauth2/v3/userinfo"))
            return Route::UserInfo;
        if (path == QLatin1String("/oauth2/v3/certs"))
            return Route::Jwks;
        if (path == QLatin1String("/.well-known/openid-configuration"))
            return Route::Discovery;
    } else if (m_provider == QLatin1String("microsoft")) {
        // {tenant} is common, organizations, consumers, a tenant GUID or a verified domain.
        static const QRegularExpression tenantRoute(QStringLiteral(
            "^/(?:common|organizations|consumers|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
            "|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)/(oauth2/v2\\.0/authorize|oauth2/v2\\.0/token|discovery/v2\\.0/keys"
            "|v2\\.0/\\.well-known/openid-configuration)$"));
        const auto match = tenantRoute.match(path);
        if (match.hasMatch()) {
            const QString rest = match.captured(1);
            if (rest.endsWith(QLatin1String("authorize")))
                return Route::Authorize;
            if (rest.endsWith(QLatin1String("token")))
                return Route::Token;
            if (rest.endsWith(QLatin1String("keys")))
                return Route::Jwks;
            return Route::Discovery;
        }
        if (path == QLatin1String("/oidc/userinfo"))
            return Route::UserInfo;
    } else if (m_provider == QLatin1String("slack")) {
        if (path == QLatin1String("/oauth/v2/authorize"))
            return Route::Authorize;
        if (path == QLatin1String("/api/oauth.v2.access"))
            return Route::Token;
        if (path == QLatin1String("/api/auth.test"))
            return Route::SlackAuthTest;
        if (path == QLatin1String("/api/auth.revoke"))
            return Route::SlackAuthRevoke;
    } else if (m_provider == QLatin1String("generic")) {
        if (path == QLatin1String("/authorize"))
            return Route::Authorize;
        if (path == QLatin1String("/token"))
            return Route::Token;
        if (path == QLatin1String("/revoke"))
            return Route::Revoke;
        if (path == QLatin1String("/userinfo"))
            return Route::UserInfo;
        if (path == QLatin1String("/jwks"))
            return Route::Jwks;
        if (path == QLatin1String("/.well-known/openid-configuration"))
            return Route::Discovery;
    }
    return Route::None;
}

bool OAuthServer::ownsPath(const QString& path) const
{
    return route(path) != Route::None;
}

std::optional<net::HttpResponse> OAuthServer::handle(const net::HttpRequest& request)
{
    const Route r = route(request.path());
    const bool post = request.method == "POST";
    const bool get = request.method == "GET" || request.method == "HEAD";
    switch (r) {
    case Route::None:
        return std::nullopt;
    case Route::Authorize:
        if (get)
            return authorize(request);
        if (post)
            return decide(request);
        break;
    case Route::Token:
        if (post)
            return token(request);
        break;
    case Route::Revoke:
        if (post)
            return revoke(request);
        break;
    case Route::UserInfo:
        if (get || post)
            return userInfo(request);
        break;
    case Route::Jwks:
        if (get)
            return net::HttpResponse::json(m_signer.jwks());
        break;
    case Route::Discovery:
        if (get)
            return discovery();
        break;
    case Route::SlackAuthTest:
        return slackAuthTest(request);
    case Route::SlackAuthRevoke:
        return slackAuthRevoke(request);
    }
    auto response = net::HttpResponse::json(QJsonObject{{s("error"), s("invalid_request")},
                                                        {s("error_description"), s("Method not allowed.")}},
                                            405);
    response.setHeader("Allow", r == Route::Authorize ? "GET, POST" : (r == Route::Token || r == Route::Revoke) ? "POST" : "GET");
    return response;
}

// --- authorize ---------------------------------------------------------------------------------------------------

net::HttpResponse OAuthServer::errorPage(int status, const QString& code, const QString& description) const
{
    return net::HttpResponse::html(consent::errorPage(m_provider, status, code, description), status);
}

net::HttpResponse OAuthServer::redirectWith(const QUrl& redirect, QList<QPair<QString, QString>> params,
                                            const QString& state) const
{
    if (!state.isNull())
        params.append({s("state"), state});
    if (sendsIssInRedirect())
        params.append({s("iss"), issuer()});
    QUrl target = redirect;
    QUrlQuery query;
    for (const auto& [name, value] : params)
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    target.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return net::HttpResponse::redirect(target);
}

net::HttpResponse OAuthServer::authorize(const net::HttpRequest& request)
{
    const QUrlQuery query = request.query();
    auto param = [&query](const char* name) { return query.queryItemValue(s(name), QUrl::FullyDecoded); };

    // Google refuses embedded browsers (https://developers.google.com/identity/protocols/oauth2/policies#browsers).
    if (m_provider == QLatin1String("google") && request.header("user-agent").contains("QtWebEngine")) {
        return errorPage(403, s("disallowed_useragent"),
                         s("This browser or app may not be secure. Google does not allow sign-in from embedded "
                           "browsers; use the system browser."));
    }

    // Until the client and redirect URI are verified, errors are shown, never redirected (RFC 6749 §4.1.2.1).
    const QString clientId = param("client_id");
    if (!client(clientId)) {
        if (m_provider == QLatin1String("microsoft"))
            return errorPage(400, s("unauthorized_client"),
                             s("AADSTS700016: Application with identifier '%1' was not found in the directory.").arg(clientId));
        return errorPage(401, s("invalid_client"), s("The OAuth client was not found."));
    }
    const QString redirectText = param("redirect_uri");
    const QUrl redirect(redirectText, QUrl::StrictMode);
    if (redirectText.isEmpty() || !redirectAllowed(m_provider, redirect)) {
        if (m_provider == QLatin1String("slack"))
            return errorPage(400, s("bad_redirect_uri"), s("redirect_uri did not match any configured URIs."));
        if (m_provider == QLatin1String("microsoft"))
            return errorPage(400, s("invalid_request"),
                             s("AADSTS50011: The redirect URI specified in the request does not match the redirect URIs "
                               "configured for the application."));
        return errorPage(400, s("redirect_uri_mismatch"),
                         s("The redirect URI in the request does not match the ones authorized for the OAuth client."));
    }

    const QString state = query.hasQueryItem(s("state")) ? param("state") : QString();
    auto refuse = [&](const QString& error, const QString& description) {
        return redirectWith(redirect, {{s("error"), error}, {s("error_description"), description}}, state);
    };

    PendingAuthorization pending;
    pending.clientId = clientId;
    pending.redirectUri = redirect;
    pending.state = state;
    pending.createdMs = m_tokens.nowMs();
    if (m_provider == QLatin1String("slack")) {
        pending.scopes = splitScopes(param("scope"));
        pending.userScopes = splitScopes(param("user_scope"));
        if (pending.scopes.isEmpty() && pending.userScopes.isEmpty())
            return refuse(s("invalid_scope"), s("No scope or user_scope requested."));
    } else {
        if (param("response_type") != QLatin1String("code"))
            return refuse(s("unsupported_response_type"), s("Only response_type=code is supported."));
        pending.scopes = splitScopes(param("scope"));
        if (pending.scopes.isEmpty() && m_provider != QLatin1String("generic"))
            return refuse(s("invalid_request"), s("Missing required parameter: scope"));
        pending.nonce = param("nonce");
        pending.codeChallenge = param("code_challenge");
        pending.codeChallengeMethod = param("code_challenge_method");
        if (!pending.codeChallenge.isEmpty() && pending.codeChallengeMethod.isEmpty())
            pending.codeChallengeMethod = s("plain"); // RFC 7636 §4.3
        if (pending.codeChallenge.isEmpty() && pkceRequired())
            return refuse(s("invalid_request"), s("PKCE is required: code_challenge is missing."));
        if (!pending.codeChallenge.isEmpty()) {
            const QStringList methods = m_provider == QLatin1String("generic") ? QStringList{s("S256")}
                                                                               : QStringList{s("S256"), s("plain")};
            if (!methods.contains(pending.codeChallengeMethod))
                return refuse(s("invalid_request"), s("Unsupported code_challenge_method."));
            if (!validVerifier(pending.codeChallenge))
                return refuse(s("invalid_request"), s("Invalid code_challenge."));
        }
        if (m_provider == QLatin1String("google"))
            pending.offline = param("access_type") == QLatin1String("offline");
        else
            pending.offline = pending.scopes.contains(s("offline_access"));
    }

    // Drop abandoned consents so the table cannot grow without bound.
    const qint64 now = m_tokens.nowMs();
    m_pending.removeIf([now](const auto& it) { return now - it.value().createdMs > kPendingLifetimeMs; });
    const QString requestId = m_tokens.randomToken(s("req_"), 12);
    QStringList shownScopes = pending.scopes + pending.userScopes;
    m_pending.insert(requestId, pending);

    ConsentRequest page;
    page.provider = m_provider;
    page.action = request.path();
    page.requestId = requestId;
    page.clientName = s("Switchboard");
    page.scopes = shownScopes;
    auto response = net::HttpResponse::html(consent::render(page));
    response.setHeader("Cache-Control", "no-store");
    return response;
}

net::HttpResponse OAuthServer::decide(const net::HttpRequest& request)
{
    const QString requestId = request.formValue(s("request"));
    const auto it = m_pending.constFind(requestId);
    if (it == m_pending.constEnd() || m_tokens.nowMs() - it->createdMs > kPendingLifetimeMs)
        return errorPage(400, s("invalid_request"), s("This sign-in request expired or was already answered. Start again."));
    const PendingAuthorization pending = it.value();
    m_pending.erase(it);

    const QString decision = request.formValue(s("decision"));
    if (decision != QLatin1String("allow")) {
        return redirectWith(pending.redirectUri,
                            {{s("error"), s("access_denied")}, {s("error_description"), s("The user denied access.")}},
                            pending.state);
    }
    const auto chosen = account(request.formValue(s("account")));
    if (!chosen)
        return errorPage(400, s("invalid_request"), s("Choose one of the listed accounts."));

    AuthCode code;
    code.provider = m_provider;
    code.clientId = pending.clientId;
    code.redirectUri = pending.redirectUri.toString(QUrl::FullyEncoded);
    code.account = chosen->email;
    code.scopes = pending.scopes;
    code.userScopes = pending.userScopes;
    code.codeChallenge = pending.codeChallenge;
    code.codeChallengeMethod = pending.codeChallengeMethod;
    code.nonce = pending.nonce;
    code.offline = pending.offline;
    code.expiresAtMs = m_tokens.nowMs() + kCodeLifetimeMs;
    const QString prefix = m_provider == QLatin1String("google") ? s("4/0A")
                         : m_provider == QLatin1String("microsoft") ? s("M.C1_")
                                                                     : QString();
    const QString value = m_tokens.storeCode(code, prefix);
    qCDebug(lcSandbox) << m_provider << "authorization approved for" << chosen->email;

    QList<QPair<QString, QString>> params{{s("code"), value}};
    if (m_provider == QLatin1String("google")) {
        params.append({s("scope"), pending.scopes.join(QLatin1Char(' '))});
        params.append({s("authuser"), s("0")});
        params.append({s("prompt"), s("consent")});
    }
    return redirectWith(pending.redirectUri, params, pending.state);
}

// --- token -------------------------------------------------------------------------------------------------------

net::HttpResponse OAuthServer::tokenError(const QString& error, const QString& description, int aadsts,
                                          const QString& slackError) const
{
    if (m_provider == QLatin1String("slack"))
        return errors::slack(slackError.isEmpty() ? error : slackError);
    return errors::oauth(m_provider, error, description, error == QLatin1String("invalid_client") ? 401 : 400, aadsts);
}

net::HttpResponse OAuthServer::token(const net::HttpRequest& request)
{
    // client_secret_basic (RFC 6749 §2.3.1) or client_secret_post.
    ClientAuth auth;
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() > 6 && authorization.left(6).compare("basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return tokenError(s("invalid_client"), s("Malformed HTTP Basic client credentials."), 7000215,
                              s("invalid_client_id"));
        auth.clientId = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon)));
        auth.clientSecret = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.mid(colon + 1)));
    } else {
        auth.clientId = request.formValue(s("client_id"));
        auth.clientSecret = request.formValue(s("client_secret"));
    }
    const demo::OAuthClient* registered = client(auth.clientId);
    if (!registered)
        return tokenError(s("invalid_client"), s("The OAuth client was not found."), 700016, s("invalid_client_id"));
    // Google and Slack clients are confidential; Entra ID and the generic provider also take public clients (PKCE).
    const bool secretRequired = m_provider == QLatin1String("google") || m_provider == QLatin1String("slack");
    if ((secretRequired || !auth.clientSecret.isEmpty()) && auth.clientSecret != registered->clientSecret)
        return tokenError(s("invalid_client"), s("Invalid client secret provided."), 7000215, s("bad_client_secret"));

    const QString grantType = request.formValue(s("grant_type"));
    if (grantType == QLatin1String("authorization_code")
        || (m_provider == QLatin1String("slack") && grantType.isEmpty()))
        return redeemCode(request, auth);
    if (grantType == QLatin1String("refresh_token"))
        return refresh(request, auth);
    return tokenError(s("unsupported_grant_type"), s("Unsupported grant_type."), 70003, s("invalid_grant_type"));
}

net::HttpResponse OAuthServer::redeemCode(const net::HttpRequest& request, const ClientAuth& auth)
{
    const QString value = request.formValue(s("code"));
    AuthCode* code = m_tokens.findCode(value);
    if (!code || code->provider != m_provider)
        return tokenError(s("invalid_grant"), s("Malformed or unknown authorization code."), 70000, s("invalid_code"));
    if (code->used) {
        // RFC 6749 §4.1.2: a replayed code revokes what it already produced.
        m_tokens.revokeGrant(code->grantId);
        return tokenError(s("invalid_grant"), s("The authorization code was already redeemed."), 54005,
                          s("invalid_code"));
    }
    if (code->expiresAtMs <= m_tokens.nowMs())
        return tokenError(s("invalid_grant"), s("The authorization code has expired."), 70008, s("invalid_code"));
    if (code->clientId != auth.clientId)
        return tokenError(s("invalid_grant"), s("The code was issued to another client."), 70000, s("invalid_code"));
    const QString redirect = request.formValue(s("redirect_uri"));
    const bool redirectMissingOk = m_provider == QLatin1String("slack") && redirect.isEmpty();
    if (!redirectMissingOk && QUrl(redirect).toString(QUrl::FullyEncoded) != code->redirectUri) {
        if (m_provider == QLatin1String("slack"))
            return errors::slack(s("bad_redirect_uri"));
        return tokenError(m_provider == QLatin1String("google") ? s("redirect_uri_mismatch") : s("invalid_grant"),
                          s("redirect_uri does not match the one of the authorization request."), 50011);
    }
    if (pkceSupported()) {
        const QString verifier = request.formValue(s("code_verifier"));
        if (!code->codeChallenge.isEmpty()) {
            if (verifier.isEmpty())
                return tokenError(s("invalid_grant"), s("Missing code_verifier."), 501481);
            const QString derived = code->codeChallengeMethod == QLatin1String("S256")
                ? QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                : verifier;
            if (!validVerifier(verifier) || derived != code->codeChallenge)
                return tokenError(s("invalid_grant"), s("The code_verifier does not match the code_challenge."), 501481);
        } else if (!verifier.isEmpty()) {
            // RFC 9700 §2.1.1: a verifier without a challenge is a PKCE downgrade attempt.
            return tokenError(s("invalid_grant"), s("code_verifier sent but no code_challenge was used."), 501481);
        }
    }

    Grant grant;
    grant.provider = m_provider;
    grant.clientId = code->clientId;
    grant.account = code->account;
    grant.scopes = code->scopes;
    grant.userScopes = code->userScopes;
    grant.nonce = code->nonce;
    const bool offline = code->offline;
    const QString nonce = code->nonce;
    code->used = true;
    const int grantId = m_tokens.createGrant(grant);
    code->grantId = grantId; // `code` is still valid: createGrant does not touch the code table
    if (m_provider == QLatin1String("slack"))
        return slackTokenResponse(grantId, {});
    return tokenResponse(grantId, offline, nonce, {});
}

net::HttpResponse OAuthServer::refresh(const net::HttpRequest& request, const ClientAuth& auth)
{
    const QString value = request.formValue(s("refresh_token"));
    RefreshToken* stored = m_tokens.findRefreshToken(value);
    const Grant* grant = stored ? m_tokens.grant(stored->grantId) : nullptr;
    if (!stored || stored->revoked || !grant || grant->revoked || grant->provider != m_provider)
        return tokenError(s("invalid_grant"), s("Token has been expired or revoked."), 700082,
                          s("invalid_refresh_token"));
    if (grant->clientId != auth.clientId)
        return tokenError(s("invalid_grant"), s("The refresh token was issued to another client."), 700082,
                          s("invalid_refresh_token"));
    if (stored->superseded && m_faults.isOn(m_provider, s("refresh_reuse_revokes"))) {
        // RFC 9700 §4.14.2: reuse of a rotated-out refresh token means it leaked; end the whole grant.
        qCInfo(lcSandbox) << m_provider << "refresh token reuse detected; grant revoked";
        m_tokens.revokeGrant(stored->grantId);
        return tokenError(s("invalid_grant"), s("The refresh token was already used; the grant is revoked."), 70000,
                          s("invalid_refresh_token"));
    }
    const int grantId = stored->grantId;
    const QString kind = stored->kind;
    if (rotatesRefreshTokens())
        stored->superseded = true;
    if (m_provider == QLatin1String("slack"))
        return slackTokenResponse(grantId, kind.isEmpty() ? s("bot") : kind);
    return tokenResponse(grantId, false, {}, value);
}

QByteArray OAuthServer::idToken(const Grant& grant, const QString& nonce) const
{
    const qint64 now = m_tokens.nowMs() / 1000;
    QJsonObject claims = userClaims(grant.account);
    claims.insert(s("iss"), issuer());
    claims.insert(s("aud"), grant.clientId);
    claims.insert(s("iat"), now);
    claims.insert(s("exp"), now + 3600);
    if (!nonce.isEmpty())
        claims.insert(s("nonce"), nonce);
    if (m_provider == QLatin1String("google")) {
        claims.insert(s("azp"), grant.clientId);
    } else if (m_provider == QLatin1String("microsoft")) {
        claims.insert(s("ver"), s("2.0"));
        claims.insert(s("tid"), kMicrosoftTenantId);
        claims.insert(s("nbf"), now);
        claims.remove(s("email_verified"));
    }
    return m_signer.sign(claims);
}

net::HttpResponse OAuthServer::tokenResponse(int grantId, bool withRefresh, const QString& nonce,
                                             const QString& presentedRefresh)
{
    QJsonObject body;
    const QString access = m_tokens.issueAccessToken(grantId, tokenPrefix(false, {}));
    body.insert(s("access_token"), access);
    body.insert(s("token_type"), s("Bearer"));
    body.insert(s("expires_in"), m_tokens.accessTokenLifetime());
    if (m_provider == QLatin1String("microsoft"))
        body.insert(s("ext_expires_in"), m_tokens.accessTokenLifetime());
    if (withRefresh || (!presentedRefresh.isEmpty() && rotatesRefreshTokens()))
        body.insert(s("refresh_token"), m_tokens.issueRefreshToken(grantId, tokenPrefix(true, {})));
    const Grant* grant = m_tokens.grant(grantId);
    body.insert(s("scope"), grant->scopes.join(QLatin1Char(' ')));
    if (grant->scopes.contains(s("openid")))
        body.insert(s("id_token"), QString::fromLatin1(idToken(*grant, nonce)));
    auto response = net::HttpResponse::json(body);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

net::HttpResponse OAuthServer::slackTokenResponse(int grantId, const QString& kind)
{
    // https://docs.slack.dev/reference/methods/oauth.v2.access: bot token at the top, user token in authed_user.
    // With token rotation every token expires and comes with a refresh token; without, neither.
    const Grant grant = *m_tokens.grant(grantId);
    const auto who = account(grant.account);
    QJsonObject body{{s("ok"), true},
                     {s("app_id"), slackIds::app},
                     {s("team"), QJsonObject{{s("id"), slackIds::team}, {s("name"), slackIds::teamName}}},
                     {s("enterprise"), QJsonValue::Null},
                     {s("is_enterprise_install"), false}};
    QJsonObject user{{s("id"), who ? slackIds::user(*who) : QString()}};
    auto issue = [&](QJsonObject& into, const QString& tokenKind, const QStringList& scopes) {
        into.insert(s("scope"), scopes.join(QLatin1Char(',')));
        into.insert(s("token_type"), tokenKind);
        if (!m_tokens.slackTokenRotation()) {
            into.insert(s("access_token"), m_tokens.issueAccessToken(grantId, tokenPrefix(false, tokenKind), tokenKind, 0));
            return;
        }
        const int lifetime = qMin(kSlackTokenLifetimeSeconds, m_tokens.accessTokenLifetime());
        into.insert(s("access_token"),
                    m_tokens.issueAccessToken(grantId, tokenPrefix(false, tokenKind), tokenKind, lifetime));
        into.insert(s("refresh_token"), m_tokens.issueRefreshToken(grantId, tokenPrefix(true, tokenKind), tokenKind));
        into.insert(s("expires_in"), lifetime);
    };
    if (kind.isEmpty()) {
        if (!grant.scopes.isEmpty()) {
            issue(body, s("bot"), grant.scopes);
            body.insert(s("bot_user_id"), slackIds::botUser);
        }
        if (!grant.userScopes.isEmpty())
            issue(user, s("user"), grant.userScopes);
    } else if (kind == QLatin1String("user")) {
        issue(body, s("user"), grant.userScopes);
    } else {
        issue(body, s("bot"), grant.scopes);
        body.insert(s("bot_user_id"), slackIds::botUser);
    }
    body.insert(s("authed_user"), user);
    return net::HttpResponse::json(body);
}

// --- revoke, userinfo, discovery ---------------------------------------------------------------------------------

net::HttpResponse OAuthServer::revoke(const net::HttpRequest& request)
{
    QString value = request.formValue(s("token"));
    if (value.isEmpty())
        value = request.query().queryItemValue(s("token"), QUrl::FullyDecoded);

    int grantId = 0;
    bool isRefresh = false;
    if (const RefreshToken* refresh = m_tokens.findRefreshToken(value); refresh && !refresh->revoked) {
        grantId = refresh->grantId;
        isRefresh = true;
    } else if (AccessToken* access = m_tokens.findAccessToken(value);
               access && !access->revoked && access->expiresAtMs > m_tokens.nowMs()) {
        grantId = access->grantId;
        // RFC 7009 §2.1: revoking an access token alone is allowed; Google revokes the whole grant.
        if (m_provider != QLatin1String("google"))
            access->revoked = true;
    }
    const Grant* grant = grantId ? m_tokens.grant(grantId) : nullptr;
    const bool known = grant && !grant->revoked && grant->provider == m_provider;
    if (known && (isRefresh || m_provider == QLatin1String("google")))
        m_tokens.revokeGrant(grantId);

    if (m_provider == QLatin1String("google") && !known) {
        // https://developers.google.com/identity/protocols/oauth2/native-app#tokenrevoke
        return errors::oauth(m_provider, s("invalid_token"), s("Token expired or revoked"), 400);
    }
    // RFC 7009 §2.2: 200 whether or not the token was valid.
    auto response = net::HttpResponse::empty(200);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QJsonObject OAuthServer::userClaims(const QString& email) const
{
    const auto who = account(email);
    if (!who)
        return {};
    const QStringList names = who->name.split(QLatin1Char(' '));
    QJsonObject claims{{s("sub"), who->subject},
                       {s("name"), who->name},
                       {s("given_name"), names.value(0)},
                       {s("family_name"), names.value(1)},
                       {s("email"), who->email},
                       {s("email_verified"), true}};
    if (m_provider == QLatin1String("microsoft")) {
        claims.insert(s("preferred_username"), who->email);
        claims.insert(s("oid"), s("00000000-0000-0000-0000-0000000%1").arg(who->subject));
    } else if (m_provider == QLatin1String("google")) {
        claims.insert(s("picture"), m_baseUrl.toString(QUrl::StripTrailingSlash) + s("/avatar/") + who->subject);
    }
    return claims;
}

net::HttpResponse OAuthServer::userInfo(const net::HttpRequest& request)
{
    const QString bearer = QString::fromLatin1(request.bearerToken());
    const Grant* grant = m_tokens.liveGrantForAccessToken(m_provider, bearer);
    if (!grant) {
        // RFC 6750 §3.1 with each provider's body.
        net::HttpResponse response;
        if (m_provider == QLatin1String("microsoft"))
            response = errors::rest(m_provider, 401, s("Access token validation failure."));
        else
            response = net::HttpResponse::json(QJsonObject{{s("error"), s("invalid_token")},
                                                           {s("error_description"), s("Invalid Credentials")}},
                                               401);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }
    QJsonObject claims = userClaims(grant->account);
    if (m_provider == QLatin1String("microsoft")) {
        // Graph's /oidc/userinfo: sub, name, family_name, given_name, picture, email.
        claims.remove(s("email_verified"));
        claims.remove(s("preferred_username"));
        claims.remove(s("oid"));
    }
    return net::HttpResponse::json(claims);
}

net::HttpResponse OAuthServer::discovery() const
{
    const QString base = m_baseUrl.toString(QUrl::StripTrailingSlash);
    QJsonObject doc{{s("issuer"), issuer()},
                    {s("response_types_supported"), QJsonArray{s("code")}},
                    {s("subject_types_supported"), QJsonArray{s("public")}},
                    {s("id_token_signing_alg_values_supported"), QJsonArray{s("RS256")}},
                    {s("grant_types_supported"), QJsonArray{s("authorization_code"), s("refresh_token")}},
                    {s("claims_supported"), QJsonArray{s("sub"), s("iss"), s("aud"), s("exp"), s("iat"), s("email"),
                                                       s("email_verified"), s("name"), s("nonce")}},
                    {s("authorization_endpoint"), base + authorizePath(m_provider)},
                    {s("token_endpoint"), base + tokenPath(m_provider)}};
    if (m_provider == QLatin1String("google")) {
        doc.insert(s("userinfo_endpoint"), base + s("/v1/userinfo"));
        doc.insert(s("revocation_endpoint"), base + s("/revoke"));
        doc.insert(s("jwks_uri"), base + s("/oauth2/v3/certs"));
        doc.insert(s("scopes_supported"), QJsonArray{s("openid"), s("email"), s("profile")});
        doc.insert(s("token_endpoint_auth_methods_supported"),
                   QJsonArray{s("client_secret_post"), s("client_secret_basic")});
        doc.insert(s("code_challenge_methods_supported"), QJsonArray{s("plain"), s("S256")});
    } else if (m_provider == QLatin1String("microsoft")) {
        doc.insert(s("userinfo_endpoint"), base + s("/oidc/userinfo"));
        doc.insert(s("jwks_uri"), base + s("/common/discovery/v2.0/keys"));
        doc.insert(s("scopes_supported"), QJsonArray{s("openid"), s("profile"), s("email"), s("offline_access")});
        doc.insert(s("token_endpoint_auth_methods_supported"),
                   QJsonArray{s("client_secret_post"), s("client_secret_basic"), s("none")});
        doc.insert(s("code_challenge_methods_supported"), QJsonArray{s("plain"), s("S256")});
    } else {
        doc.insert(s("userinfo_endpoint"), base + s("/userinfo"));
        doc.insert(s("revocation_endpoint"), base + s("/revoke"));
        doc.insert(s("jwks_uri"), base + s("/jwks"));
        doc.insert(s("scopes_supported"), QJsonArray{s("openid"), s("profile"), s("email"), s("offline_access")});
        doc.insert(s("token_endpoint_auth_methods_supported"),
                   QJsonArray{s("client_secret_basic"), s("client_secret_post"), s("none")});
        doc.insert(s("revocation_endpoint_auth_methods_supported"),
                   QJsonArray{s("client_secret_basic"), s("client_secret_post"), s("none")});
        doc.insert(s("code_challenge_methods_supported"), QJsonArray{s("S256")});
        doc.insert(s("authorization_response_iss_parameter_supported"), true); // RFC 9207 §3
    }
    return net::HttpResponse::json(doc);
}

// --- Slack auth.* ------------------------------------------------------------------------------------------------

net::HttpResponse OAuthServer::slackAuthTest(const net::HttpRequest& request)
{
    QString bearer = QString::fromLatin1(request.bearerToken());
    if (bearer.isEmpty())
        bearer = request.formValue(s("token"));
    if (bearer.isEmpty())
        return errors::slack(s("not_authed"));
    const Grant* grant = m_tokens.liveGrantForAccessToken(m_provider, bearer);
    const AccessToken* access = m_tokens.findAccessToken(bearer);
    if (!grant || !access)
        return errors::slack(access && access->expiresAtMs <= m_tokens.nowMs() ? s("token_expired") : s("invalid_auth"));
    const auto who = account(grant->account);
    QJsonObject body{{s("ok"), true},
                     {s("url"), s("https://sandbox-workspace.slack.com/")},
                     {s("team"), slackIds::teamName},
                     {s("team_id"), slackIds::team},
                     {s("is_enterprise_install"), false}};
    if (access->kind == QLatin1String("user")) {
        body.insert(s("user"), who ? who->email.section(QLatin1Char('@'), 0, 0) : QString());
        body.insert(s("user_id"), who ? slackIds::user(*who) : QString());
    } else {
        body.insert(s("user"), s("switchboard"));
        body.insert(s("user_id"), slackIds::botUser);
        body.insert(s("bot_id"), slackIds::bot);
    }
    return net::HttpResponse::json(body);
}

net::HttpResponse OAuthServer::slackAuthRevoke(const net::HttpRequest& request)
{
    QString bearer = QString::fromLatin1(request.bearerToken());
    if (bearer.isEmpty())
        bearer = request.formValue(s("token"));
    if (bearer.isEmpty())
        return errors::slack(s("not_authed"));
    const Grant* grant = m_tokens.liveGrantForAccessToken(m_provider, bearer);
    if (!grant)
        return errors::slack(s("invalid_auth"));
    const QString test = request.formValue(s("test"));
    const bool dryRun = test == QLatin1String("1") || test == QLatin1String("true");
    if (!dryRun)
        m_tokens.revokeGrant(grant->id);
    return net::HttpResponse::json(QJsonObject{{s("ok"), true}, {s("revoked"), !dryRun}});
}

} // namespace sb::sandbox
