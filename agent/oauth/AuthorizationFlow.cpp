#include "oauth/AuthorizationFlow.h"

#include "core/Logging.h"
#include "oauth/IdTokenVerifier.h"
#include "oauth/LoopbackRedirectCatcher.h"
#include "oauth/TokenClient.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace sb {

AuthorizationFlow::AuthorizationFlow(FlowConfig config, TokenClient* tokens, Finished finished, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_tokens(tokens)
    , m_onFinished(std::move(finished))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const qint64 minutes = std::chrono::duration_cast<std::chrono::minutes>(m_config.timeout).count();
        cancel(oauth_errors::Timeout,
               minutes >= 1 ? tr("Signing in to %1 took longer than %n minute(s), so it was stopped. Nothing was saved; "
                                 "try again.", nullptr, int(minutes)).arg(m_config.displayName)
                            : tr("Signing in to %1 took too long, so it was stopped. Nothing was saved; try again.")
                                  .arg(m_config.displayName));
    });
}

AuthorizationFlow::~AuthorizationFlow() = default;

Status AuthorizationFlow::start()
{
    m_catcher = new LoopbackRedirectCatcher(m_config.provider, this);
    if (Status ok = m_catcher->listen(); !ok)
        return ok;
    m_catcher->setOnRedirect([this](const QUrl& url, net::Responder respond) { handleRedirect(url, std::move(respond)); });
    m_redirectUri = m_catcher->redirectUri();
    m_state = randomUrlToken(32);

    // Built by hand rather than with QOAuth2AuthorizationCodeFlow: Qt 6.4's has no PKCE parameters, and the rest of
    // its flow (see TokenClient) is not usable, so it would contribute only a URL.
    QUrlQuery query;
    auto add = [&query](const QString& name, const QString& value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), m_config.token.client.clientId);
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("scope"), m_config.scopes.join(m_config.scopeSeparator));
    add(QStringLiteral("state"), m_state);
    if (m_config.usePkce) {
        m_pkce = PkcePair::generate();
        add(QStringLiteral("code_challenge"), m_pkce.challenge);
        add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    if (m_config.openId) {
        m_nonce = randomUrlToken(24);
        add(QStringLiteral("nonce"), m_nonce);
    }
    for (auto it = m_config.extraParams.cbegin(); it != m_config.extraParams.cend(); ++it)
        add(it.key(), it.value());
    m_authorizeUrl = m_config.authorizeUrl;
    QUrlQuery existing(m_authorizeUrl);
    for (const auto& [name, value] : existing.queryItems(QUrl::FullyEncoded))
        query.addQueryItem(name, value);
    m_authorizeUrl.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);

    m_timeout.start(m_config.timeout);
    qCInfo(lcOAuth).noquote() << m_config.provider << "sign-in started; redirect listener" << m_redirectUri.toString();
    return {};
}

bool AuthorizationFlow::issuerMatches(const QString& iss) const
{
    if (!m_config.expectedIssuer.contains(QLatin1String("{tenantid}")))
        return iss == m_config.expectedIssuer;
    const QString pattern = QRegularExpression::escape(m_config.expectedIssuer)
                                .replace(QRegularExpression::escape(QStringLiteral("{tenantid}")), QStringLiteral("[^/]+"));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(iss).hasMatch();
}

void AuthorizationFlow::handleRedirect(const QUrl& url, net::Responder browser)
{
    if (m_finished) {
        if (browser && m_finalPage.body.isEmpty())
            m_browsers.append(std::move(browser)); // stored soon: answered by answerBrowser
        else if (browser)
            browser(m_finalPage);
        return;
    }
    if (m_redirectAccepted) {
        // A second redirect while the first is being redeemed: answer it when the flow ends, never act on it.
        if (browser)
            m_browsers.append(std::move(browser));
        return;
    }
    if (browser)
        m_browsers.append(std::move(browser));

    // A pasted URL must be the redirect of this very flow: loopback, our port, our per-provider path.
    if (url.scheme() != QLatin1String("http")
        || (url.host() != QLatin1String("127.0.0.1") && url.host() != QLatin1String("localhost"))
        || url.port() != m_redirectUri.port() || url.path() != m_redirectUri.path()) {
        return finish(fail(oauth_errors::StateMismatch,
                           tr("That is not the address this sign-in redirects to (%1…). Nothing was saved.")
                               .arg(m_redirectUri.toString())));
    }
    const QUrlQuery query(url);
    auto param = [&query](const char* name) { return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded); };

    // RFC 6749 §10.12: the state proves the answer belongs to the request this agent sent (no CSRF, no injection).
    if (param("state") != m_state) {
        return finish(fail(oauth_errors::StateMismatch,
                           tr("The answer from %1 does not belong to this sign-in (the state does not match). It may "
                              "be an old or forged link. Nothing was saved; try connecting again.")
                               .arg(m_config.displayName)));
    }
    // RFC 9207 mix-up defence: the answer must come from the provider we sent the user to.
    const QString iss = param("iss");
    if (!iss.isEmpty() && !m_config.expectedIssuer.isEmpty() && !issuerMatches(iss)) {
        return finish(fail(oauth_errors::WrongIssuer,
                           tr("The answer came from \"%1\", not from %2 (\"%3\"). Nothing was saved.")
                               .arg(iss, m_config.displayName, m_config.expectedIssuer)));
    }
    if (iss.isEmpty() && m_config.issuerRequiredInRedirect) {
        return finish(fail(oauth_errors::WrongIssuer,
                           tr("The answer claims to come from %1 but lacks its issuer identifier. Nothing was saved.")
                               .arg(m_config.displayName)));
    }
    const QString error = param("error");
    if (!error.isEmpty()) {
        const QString description = param("error_description");
        if (error == QLatin1String("access_denied"))
            return finish(fail(oauth_errors::AccessDenied,
                               tr("Access was not granted at %1, so nothing was connected.").arg(m_config.displayName)));
        if (error == QLatin1String("invalid_scope"))
            return finish(fail(oauth_errors::InvalidScope,
                               tr("%1 refused the requested permissions: %2")
                                   .arg(m_config.displayName, description.isEmpty() ? error : description)));
        return finish(fail(oauth_errors::ProviderError,
                           tr("%1 refused the sign-in: %2")
                               .arg(m_config.displayName, description.isEmpty() ? error
                                                                                : description + QStringLiteral(" (") + error
                                                                                      + u')')));
    }
    const QString code = param("code");
    if (code.isEmpty())
        return finish(fail(oauth_errors::MissingCode,
                           tr("The answer from %1 carries no authorization code. Nothing was saved.").arg(m_config.displayName)));
    m_redirectAccepted = true;
    exchange(code);
}

void AuthorizationFlow::exchange(const QString& code)
{
    if (!m_tokens)
        return finish(fail(oauth_errors::Cancelled, tr("The agent is stopping.")));
    QString verifier = m_pkce.verifier;
    if (m_hooks.tamperVerifier && !verifier.isEmpty())
        verifier = PkcePair::generate().verifier;
    QPointer<AuthorizationFlow> self(this);
    m_tokens->exchangeCode(m_config.token, code, m_redirectUri, verifier, [self](Result<TokenSet> tokens) {
        if (!self || self->m_finished)
            return;
        if (!tokens) {
            const Error& e = tokens.error();
            const bool rejected = e.code == oauth_errors::InvalidGrant;
            return self->finish(fail(
                rejected ? oauth_errors::InvalidGrant : e.code,
                rejected ? tr("%1 did not accept the authorization code: %2. Nothing was saved; try connecting again.")
                               .arg(self->m_config.displayName, e.message)
                         : tr("Exchanging the authorization code with %1 failed: %2")
                               .arg(self->m_config.displayName, e.message)));
        }
        self->checkIdToken(std::move(*tokens));
    });
}

void AuthorizationFlow::checkIdToken(TokenSet tokens)
{
    if (tokens.idToken.isEmpty()) {
        if (m_config.openId && !m_nonce.isEmpty() && m_config.scopes.contains(QStringLiteral("openid")))
            return finish(fail(oauth_errors::BadIdToken,
                               tr("%1 sent no ID token for an OpenID sign-in. Nothing was saved.").arg(m_config.displayName)));
        return findIdentity(std::move(tokens), {});
    }
    if (m_config.jwksUrl.isEmpty() && !m_config.openId) // not an OpenID sign-in: ask userinfo instead
        return findIdentity(std::move(tokens), {});
    if (m_config.jwksUrl.isEmpty())
        return finish(fail(oauth_errors::BadIdToken,
                           tr("%1's signing keys are unknown, so its ID token cannot be checked. Nothing was saved.")
                               .arg(m_config.displayName)));
    QPointer<AuthorizationFlow> self(this);
    m_tokens->getJson(m_config.jwksUrl, {}, [self, tokens = std::move(tokens)](Result<QJsonObject> jwks) mutable {
        if (!self || self->m_finished)
            return;
        if (!jwks)
            return self->finish(fail(oauth_errors::BadIdToken,
                                     tr("%1's signing keys could not be fetched: %2")
                                         .arg(self->m_config.displayName, jwks.error().message)));
        IdTokenExpectations expected;
        expected.issuer = self->m_config.expectedIssuer;
        expected.audience = self->m_config.token.client.clientId;
        expected.nonce = self->m_hooks.expectNonce.isEmpty() ? self->m_nonce : self->m_hooks.expectNonce;
        Result<QJsonObject> claims = IdTokenVerifier::verify(tokens.idToken.toLatin1(), *jwks, expected);
        if (!claims)
            return self->finish(std::unexpected(claims.error()));
        self->findIdentity(std::move(tokens), *claims);
    });
}

void AuthorizationFlow::findIdentity(TokenSet tokens, const QJsonObject& claims)
{
    auto done = [this](TokenSet tokens, const QString& account, const QString& name) {
        if (account.isEmpty())
            return finish(fail(oauth_errors::NoIdentity,
                               tr("%1 did not say which account signed in. Nothing was saved.").arg(m_config.displayName)));
        FlowOutcome outcome;
        outcome.grantedScopes = tokens.scopes.isEmpty() ? m_config.scopes : tokens.scopes;
        outcome.tokens = std::move(tokens);
        outcome.account = account;
        outcome.name = name;
        finish(std::move(outcome));
    };
    auto fromClaims = [](const QJsonObject& c) {
        for (const char* key : {"email", "preferred_username", "upn"}) {
            const QString value = c.value(QString::fromLatin1(key)).toString();
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    if (m_config.provider == QLatin1String("slack")) {
        // oauth.v2.access names the workspace the app was installed to.
        const QJsonObject team = tokens.extra.value(QStringLiteral("team")).toObject();
        const QString teamName = team.value(QStringLiteral("name")).toString();
        const QString account = teamName.isEmpty() ? team.value(QStringLiteral("id")).toString() : teamName;
        return done(std::move(tokens), account, teamName);
    }
    if (const QString account = fromClaims(claims); !account.isEmpty())
        return done(std::move(tokens), account, claims.value(QStringLiteral("name")).toString());
    if (m_config.userinfoUrl.isEmpty())
        return done(std::move(tokens), claims.value(QStringLiteral("sub")).toString(), {});
    QPointer<AuthorizationFlow> self(this);
    const QString bearer = tokens.accessToken;
    m_tokens->getJson(m_config.userinfoUrl, bearer,
                      [self, done, fromClaims, tokens = std::move(tokens)](Result<QJsonObject> info) mutable {
                          if (!self || self->m_finished)
                              return;
                          if (!info)
                              return self->finish(fail(oauth_errors::NoIdentity,
                                                       tr("Asking %1 who signed in failed: %2")
                                                           .arg(self->m_config.displayName, info.error().message)));
                          QString account = fromClaims(*info);
                          if (account.isEmpty())
                              account = info->value(QStringLiteral("sub")).toString();
                          done(std::move(tokens), account, info->value(QStringLiteral("name")).toString());
                      });
}

void AuthorizationFlow::cancel(const QString& code, const QString& message)
{
    if (m_finished)
        return;
    finish(fail(code, message));
}

void AuthorizationFlow::finish(Result<FlowOutcome> outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    if (outcome)
        qCInfo(lcOAuth).noquote() << m_config.provider << "sign-in finished for" << outcome->account;
    else
        qCInfo(lcOAuth).noquote() << m_config.provider << "sign-in ended:" << outcome.error().code;
    // After a success the browser waits until the service has stored the connection (answerBrowser).
    if (!outcome)
        answerBrowser(false, tr("Not connected"), outcome.error().message);
    auto onFinished = std::move(m_onFinished);
    if (onFinished)
        onFinished(std::move(outcome));
}

void AuthorizationFlow::answerBrowser(bool success, const QString& headline, const QString& details)
{
    m_finalPage = LoopbackRedirectCatcher::page(success, headline, details);
    const QList<net::Responder> browsers = std::exchange(m_browsers, {});
    for (const net::Responder& respond : browsers)
        respond(m_finalPage);
    // RFC 8252 §8.3: the listener lives only as long as the flow.
    if (m_catcher)
        m_catcher->close();
}

} // namespace sb
