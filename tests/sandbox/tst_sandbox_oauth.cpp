// The sandbox's OAuth 2.0 / OpenID Connect routes, over real HTTP: consent page, redirects, PKCE, codes, refresh,
// ID tokens, revocation, user info, per provider.

#include "SandboxTestClient.h"

#include <QtTest>

using namespace sb::sandbox;
using namespace sb::sandbox::test;

namespace {
const QString kGoogleScopes = QStringLiteral("openid email https://www.googleapis.com/auth/gmail.send "
                                             "https://www.googleapis.com/auth/calendar");
const QString kMicrosoftScopes = QStringLiteral("openid profile offline_access User.Read Mail.Send");
const QString kGenericScopes = QStringLiteral("openid email offline_access");
}

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void consentPageDom_data();
    void consentPageDom();
    void consentPageEscapesRequestText();
    void allowRedirectsWithCodeStateAndIss_data();
    void allowRedirectsWithCodeStateAndIss();
    void denyRedirectsAccessDenied();
    void loopbackRedirectAnyPort();
    void wrongRedirectShowsErrorPage_data();
    void wrongRedirectShowsErrorPage();
    void unknownClientShowsErrorPage();
    void pkceRequiredWhereCatalogSaysSo();
    void pkceVerifierMissingOrWrong_data();
    void pkceVerifierMissingOrWrong();
    void codeIsSingleUseAndReplayRevokes();
    void codeExpiresAfterSixtySeconds();
    void googleRefreshOnlyWhenOffline();
    void googleRefreshKeepsRefreshToken();
    void microsoftTenantsAndRotation();
    void microsoftRefreshReuseRevokesGrant();
    void microsoftRefreshOnlyWithOfflineAccess();
    void idTokenCarriesNonceAndVerifiesAgainstJwks_data();
    void idTokenCarriesNonceAndVerifiesAgainstJwks();
    void discoveryDocuments();
    void tokenErrors();
    void googleRevocation();
    void genericRevocation();
    void slackInstallRefreshAndAuthMethods();
    void slackErrors();
    void slackWithoutTokenRotation();
    void googleRefusesEmbeddedBrowser();
    void tokenLifetimeAndExpiry();
    void userInfoShapes();
    void introspectorSeesLiveTokensOnly();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<OAuthDriver> m_oauth;
    std::unique_ptr<ControlClient> m_control;
};

void TestSandboxOAuth::init()
{
    m_sandbox = std::make_unique<Sandbox>(SandboxOptions{});
    const auto endpoints = m_sandbox->start();
    QVERIFY2(endpoints.has_value(), qPrintable(endpoints ? QString() : endpoints.error().message));
    m_http = std::make_unique<HttpClient>();
    m_oauth = std::make_unique<OAuthDriver>(*m_http, *endpoints);
    m_control = std::make_unique<ControlClient>(*m_http, endpoints->control);
}

void TestSandboxOAuth::cleanup()
{
    m_oauth.reset();
    m_control.reset();
    m_http.reset();
    m_sandbox.reset();
}

void TestSandboxOAuth::consentPageDom_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("google") << "google" << kGoogleScopes << "Send email on your behalf";
    QTest::newRow("microsoft") << "microsoft" << kMicrosoftScopes << "Send mail as you";
    QTest::newRow("slack") << "slack" << "chat:write,channels:read" << "View basic information about public channels";
    QTest::newRow("generic") << "generic" << "openid x.custom" << "x.custom";
}

void TestSandboxOAuth::consentPageDom()
{
    QFETCH(QString, provider);
    QFETCH(QString, scope);
    QFETCH(QString, expectedWords);
    const Reply page = m_oauth->consentPage(provider, authorizeQuery(provider, scope));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("data-provider=\"%1\"").arg(provider)));
    QVERIFY(html.contains(QStringLiteral("<form id=\"consent\" method=\"post\" action=\"%1\">").arg(authorizePath(provider))));
    QVERIFY(!consentRequestId(page.body).isEmpty());
    QVERIFY(html.contains(QStringLiteral("<input type=\"radio\" name=\"account\" value=\"alice@example.com\" checked>")));
    QVERIFY(html.contains(QStringLiteral("<input type=\"radio\" name=\"account\" value=\"bob@example.com\">")));
    QVERIFY(html.contains(QStringLiteral("id=\"allow\" name=\"decision\" value=\"allow\"")));
    QVERIFY(html.contains(QStringLiteral("id=\"deny\" name=\"decision\" value=\"deny\"")));
    QVERIFY2(html.contains(expectedWords), qPrintable(html));
    if (provider == QLatin1String("google"))
        QVERIFY(html.contains(QStringLiteral("See, edit, share, and permanently delete all the calendars")));
}

void TestSandboxOAuth::consentPageEscapesRequestText()
{
    // Scopes come from the client's URL: they are shown as text, never as markup.
    const Reply page = m_oauth->consentPage(QStringLiteral("generic"),
                                            authorizeQuery(QStringLiteral("generic"), QStringLiteral("openid <script>alert(1)</script>")));
    QCOMPARE(page.status, 200);
    QVERIFY(!page.body.contains("<script>"));
    QVERIFY(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

void TestSandboxOAuth::allowRedirectsWithCodeStateAndIss_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("sendsIss");
    QTest::newRow("google") << "google" << kGoogleScopes << true;
    QTest::newRow("microsoft") << "microsoft" << kMicrosoftScopes << false;
    QTest::newRow("slack") << "slack" << "chat:write" << false;
    QTest::newRow("generic") << "generic" << kGenericScopes << true;
}

void TestSandboxOAuth::allowRedirectsWithCodeStateAndIss()
{
    QFETCH(QString, provider);
    QFETCH(QString, scope);
    QFETCH(bool, sendsIss);
    const Reply page = m_oauth->consentPage(provider, authorizeQuery(provider, scope));
    const Reply redirect = m_oauth->decide(provider, consentRequestId(page.body), QStringLiteral("allow"));
    QCOMPARE(redirect.status, 302);
    const QUrl location = redirect.location();
    QCOMPARE(location.toString(QUrl::RemoveQuery), redirectUri(provider));
    const QUrlQuery query(location);
    QVERIFY(!query.queryItemValue(QStringLiteral("code")).isEmpty());
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
    QCOMPARE(query.hasQueryItem(QStringLiteral("iss")), sendsIss);
    if (sendsIss) {
        QCOMPARE(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
                 m_sandbox->endpoints().providers.value(provider).toString(QUrl::StripTrailingSlash));
    }
    // The consent is single-use: posting it again shows an error page, not a second code.
    const Reply again = m_oauth->decide(provider, consentRequestId(page.body), QStringLiteral("allow"));
    QCOMPARE(again.status, 400);
    QVERIFY(again.header("Location").isEmpty());
}

void TestSandboxOAuth::denyRedirectsAccessDenied()
{
    const Reply page = m_oauth->consentPage(QStringLiteral("generic"), authorizeQuery(QStringLiteral("generic"), kGenericScopes));
    const Reply redirect = m_oauth->decide(QStringLiteral("generic"), consentRequestId(page.body), QStringLiteral("deny"));
    QCOMPARE(redirect.status, 302);
    const QUrlQuery query = redirect.locationQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
    QVERIFY(query.hasQueryItem(QStringLiteral("iss")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
}

void TestSandboxOAuth::loopbackRedirectAnyPort()
{
    for (const QString& redirect : {QStringLiteral("http://127.0.0.1:1/callback/google"),
                                    QStringLiteral("http://127.0.0.1:65000/callback/google"),
                                    QStringLiteral("http://localhost:40000/callback/google")}) {
        QUrlQuery query = authorizeQuery(QStringLiteral("google"), kGoogleScopes);
        query.removeAllQueryItems(QStringLiteral("redirect_uri"));
        query.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        const Reply page = m_oauth->consentPage(QStringLiteral("google"), query);
        QCOMPARE(page.status, 200);
        const Reply allowed = m_oauth->decide(QStringLiteral("google"), consentRequestId(page.body), QStringLiteral("allow"));
        QCOMPARE(allowed.location().toString(QUrl::RemoveQuery), redirect);
    }
}

void TestSandboxOAuth::wrongRedirectShowsErrorPage_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("redirect");
    QTest::newRow("other path") << "google" << "http://127.0.0.1:5000/callback/other";
    QTest::newRow("other provider's path") << "generic" << "http://127.0.0.1:5000/callback/google";
    QTest::newRow("other host") << "google" << "http://evil.example:5000/callback/google";
    QTest::newRow("https") << "microsoft" << "https://127.0.0.1:5000/callback/microsoft";
    QTest::newRow("with query") << "slack" << "http://127.0.0.1:5000/callback/slack?x=1";
    QTest::newRow("missing") << "generic" << "";
}

void TestSandboxOAuth::wrongRedirectShowsErrorPage()
{
    QFETCH(QString, provider);
    QFETCH(QString, redirect);
    QUrlQuery query = authorizeQuery(provider, QStringLiteral("openid"));
    query.removeAllQueryItems(QStringLiteral("redirect_uri"));
    if (!redirect.isEmpty())
        query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    const Reply page = m_oauth->consentPage(provider, query);
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("Location").isEmpty());
    QVERIFY(page.body.contains("<title>Error 400: "));
    QVERIFY(!page.body.contains("id=\"allow\""));
}

void TestSandboxOAuth::unknownClientShowsErrorPage()
{
    QUrlQuery query = authorizeQuery(QStringLiteral("google"), kGoogleScopes);
    query.removeAllQueryItems(QStringLiteral("client_id"));
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("nobody.apps.googleusercontent.com"));
    const Reply page = m_oauth->consentPage(QStringLiteral("google"), query);
    QCOMPARE(page.status, 401);
    QVERIFY(page.header("Location").isEmpty());
    QVERIFY(page.body.contains("<title>Error 401: invalid_client</title>"));

    // A client of another provider is unknown here too.
    query = authorizeQuery(QStringLiteral("slack"), QStringLiteral("chat:write"));
    query.removeAllQueryItems(QStringLiteral("client_id"));
    query.addQueryItem(QStringLiteral("client_id"), clientId(QStringLiteral("google")));
    QCOMPARE(m_oauth->consentPage(QStringLiteral("slack"), query).status, 401);
}

void TestSandboxOAuth::pkceRequiredWhereCatalogSaysSo()
{
    for (const QString& provider : {QStringLiteral("generic"), QStringLiteral("microsoft")}) {
        QUrlQuery query = authorizeQuery(provider, QStringLiteral("openid"));
        query.removeAllQueryItems(QStringLiteral("code_challenge"));
        query.removeAllQueryItems(QStringLiteral("code_challenge_method"));
        const Reply reply = m_oauth->consentPage(provider, query);
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.locationQuery().queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QCOMPARE(reply.locationQuery().queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
    }
    // The generic provider takes S256 only (its discovery says so).
    QUrlQuery plain = authorizeQuery(QStringLiteral("generic"), QStringLiteral("openid"));
    plain.removeAllQueryItems(QStringLiteral("code_challenge_method"));
    plain.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("plain"));
    QCOMPARE(m_oauth->consentPage(QStringLiteral("generic"), plain).locationQuery().queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_request"));

    // Google: optional, so a flow without PKCE works end to end.
    QUrlQuery google = authorizeQuery(QStringLiteral("google"), kGoogleScopes);
    google.removeAllQueryItems(QStringLiteral("code_challenge"));
    google.removeAllQueryItems(QStringLiteral("code_challenge_method"));
    const QString code = m_oauth->code(QStringLiteral("google"), google);
    QVERIFY(!code.isEmpty());
    QCOMPARE(m_oauth->exchange(QStringLiteral("google"), code, QString()).status, 200);
}

void TestSandboxOAuth::pkceVerifierMissingOrWrong_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("verifier");
    QTest::newRow("google missing") << "google" << "";
    QTest::newRow("google wrong") << "google" << "x2345678901234567890123456789012345678901234";
    QTest::newRow("microsoft missing") << "microsoft" << "";
    QTest::newRow("microsoft wrong") << "microsoft" << "x2345678901234567890123456789012345678901234";
    QTest::newRow("generic missing") << "generic" << "";
    QTest::newRow("generic wrong") << "generic" << "x2345678901234567890123456789012345678901234";
    QTest::newRow("generic too short") << "generic" << "short";
}

void TestSandboxOAuth::pkceVerifierMissingOrWrong()
{
    QFETCH(QString, provider);
    QFETCH(QString, verifier);
    const QString code = m_oauth->code(provider, authorizeQuery(provider, QStringLiteral("openid")));
    QVERIFY(!code.isEmpty());
    const Reply reply = m_oauth->exchange(provider, code, verifier);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QVERIFY(!reply.json().value(QStringLiteral("error_description")).toString().isEmpty());
    if (provider == QLatin1String("microsoft"))
        QVERIFY(reply.json().value(QStringLiteral("error_codes")).isArray());
}

void TestSandboxOAuth::codeIsSingleUseAndReplayRevokes()
{
    const QString provider = QStringLiteral("generic");
    const QString code = m_oauth->code(provider, authorizeQuery(provider, kGenericScopes));
    const Reply first = m_oauth->exchange(provider, code);
    QCOMPARE(first.status, 200);
    const QString access = first.json().value(QStringLiteral("access_token")).toString();
    const QString refresh = first.json().value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(m_http->get(m_oauth->url(provider, QStringLiteral("/userinfo")), {{"Authorization", "Bearer " + access.toLatin1()}}).status, 200);

    const Reply replay = m_oauth->exchange(provider, code);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    // RFC 6749 §4.1.2: what the code produced is revoked.
    QCOMPARE(m_http->get(m_oauth->url(provider, QStringLiteral("/userinfo")), {{"Authorization", "Bearer " + access.toLatin1()}}).status, 401);
    QCOMPARE(m_oauth->refresh(provider, refresh).json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestSandboxOAuth::codeExpiresAfterSixtySeconds()
{
    const QString provider = QStringLiteral("google");
    const QString code = m_oauth->code(provider, authorizeQuery(provider, kGoogleScopes));
    QCOMPARE(m_control->post(QStringLiteral("/_sandbox/clock"), {{QStringLiteral("advanceSeconds"), 61}}).status, 200);
    const Reply reply = m_oauth->exchange(provider, code);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestSandboxOAuth::googleRefreshOnlyWhenOffline()
{
    const QString provider = QStringLiteral("google");
    const Reply online = m_oauth->tokens(provider, authorizeQuery(provider, kGoogleScopes));
    QCOMPARE(online.status, 200);
    QVERIFY(!online.json().contains(QStringLiteral("refresh_token")));
    QCOMPARE(online.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(online.json().value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(online.json().value(QStringLiteral("scope")).toString(), kGoogleScopes);

    QUrlQuery query = authorizeQuery(provider, kGoogleScopes);
    query.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    const Reply offline = m_oauth->tokens(provider, query);
    QCOMPARE(offline.status, 200);
    QVERIFY(offline.json().value(QStringLiteral("refresh_token")).toString().startsWith(QLatin1String("1//")));
    QVERIFY(offline.json().value(QStringLiteral("access_token")).toString().startsWith(QLatin1String("ya29.")));
}

void TestSandboxOAuth::googleRefreshKeepsRefreshToken()
{
    const QString provider = QStringLiteral("google");
    QUrlQuery query = authorizeQuery(provider, kGoogleScopes);
    query.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    const Reply tokens = m_oauth->tokens(provider, query);
    const QString refresh = tokens.json().value(QStringLiteral("refresh_token")).toString();
    for (int i = 0; i < 2; ++i) {
        const Reply refreshed = m_oauth->refresh(provider, refresh);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(!refreshed.json().contains(QStringLiteral("refresh_token"))); // Google does not rotate
        QVERIFY(refreshed.json().value(QStringLiteral("access_token")).toString()
                != tokens.json().value(QStringLiteral("access_token")).toString());
    }
}

void TestSandboxOAuth::microsoftTenantsAndRotation()
{
    const QString provider = QStringLiteral("microsoft");
    for (const QString& tenant : {QStringLiteral("organizations"), QStringLiteral("consumers"),
                                  QStringLiteral("5a2d5a2d-0000-4000-8000-5a2d5a2d0001"), QStringLiteral("contoso.onmicrosoft.com")}) {
        const Reply page = m_http->get(m_oauth->url(provider, QStringLiteral("/%1/oauth2/v2.0/authorize").arg(tenant),
                                                    authorizeQuery(provider, kMicrosoftScopes)));
        QCOMPARE(page.status, 200);
    }
    const Reply tokens = m_oauth->tokens(provider, authorizeQuery(provider, kMicrosoftScopes));
    QCOMPARE(tokens.status, 200);
    QVERIFY(tokens.json().contains(QStringLiteral("ext_expires_in")));
    const QString first = tokens.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!first.isEmpty());
    const Reply rotated = m_oauth->refresh(provider, first);
    QCOMPARE(rotated.status, 200);
    const QString second = rotated.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    // Without the reuse fault, the old refresh token keeps working (as Entra ID's do).
    QCOMPARE(m_oauth->refresh(provider, first).status, 200);
    QCOMPARE(m_oauth->refresh(provider, second).status, 200);
    // The token endpoint also answers under a tenant id.
    const Reply underTenant = m_http->postForm(
        m_oauth->url(provider, QStringLiteral("/consumers/oauth2/v2.0/token")),
        {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}, {QStringLiteral("refresh_token"), second},
         {QStringLiteral("client_id"), clientId(provider)}});
    QCOMPARE(underTenant.status, 200);
}

void TestSandboxOAuth::microsoftRefreshReuseRevokesGrant()
{
    const QString provider = QStringLiteral("microsoft");
    QCOMPARE(m_control->post(QStringLiteral("/_sandbox/faults"),
                             {{QStringLiteral("provider"), provider}, {QStringLiteral("kind"), QStringLiteral("refresh_reuse_revokes")}})
                 .status,
             201);
    const Reply tokens = m_oauth->tokens(provider, authorizeQuery(provider, kMicrosoftScopes));
    const QString first = tokens.json().value(QStringLiteral("refresh_token")).toString();
    const Reply rotated = m_oauth->refresh(provider, first);
    QCOMPARE(rotated.status, 200);
    const QString second = rotated.json().value(QStringLiteral("refresh_token")).toString();
    const QByteArray access = rotated.json().value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(m_sandbox->tokenIntrospector().accountForAccessToken(provider, access).has_value());

    const Reply reuse = m_oauth->refresh(provider, first);
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    // RFC 9700 §4.14.2: the whole grant is gone, the newest refresh token and its access token included.
    QCOMPARE(m_oauth->refresh(provider, second).json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QVERIFY(!m_sandbox->tokenIntrospector().accountForAccessToken(provider, access).has_value());
}

void TestSandboxOAuth::microsoftRefreshOnlyWithOfflineAccess()
{
    const Reply tokens = m_oauth->tokens(QStringLiteral("microsoft"),
                                         authorizeQuery(QStringLiteral("microsoft"), QStringLiteral("openid User.Read")));
    QCOMPARE(tokens.status, 200);
    QVERIFY(!tokens.json().contains(QStringLiteral("refresh_token")));
}

void TestSandboxOAuth::idTokenCarriesNonceAndVerifiesAgainstJwks_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("jwksPath");
    QTest::addColumn<QString>("scope");
    QTest::newRow("generic") << "generic" << "/jwks" << kGenericScopes;
    QTest::newRow("google") << "google" << "/oauth2/v3/certs" << kGoogleScopes;
    QTest::newRow("microsoft") << "microsoft" << "/common/discovery/v2.0/keys" << kMicrosoftScopes;
}

void TestSandboxOAuth::idTokenCarriesNonceAndVerifiesAgainstJwks()
{
    QFETCH(QString, provider);
    QFETCH(QString, jwksPath);
    QFETCH(QString, scope);
    QUrlQuery query = authorizeQuery(provider, scope);
    query.addQueryItem(QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj"));
    const QString code = m_oauth->code(provider, query, QStringLiteral("bob@example.com"));
    const Reply tokens = m_oauth->exchange(provider, code);
    QCOMPARE(tokens.status, 200);
    const QByteArray idToken = tokens.json().value(QStringLiteral("id_token")).toString().toLatin1();
    QVERIFY(!idToken.isEmpty());

    const Reply jwks = m_http->get(m_oauth->url(provider, jwksPath));
    QCOMPARE(jwks.status, 200);
    const auto claims = verifyJwt(idToken, jwks.json());
    QVERIFY2(claims.has_value(), "the ID token's RS256 signature does not verify against the JWKS");
    QCOMPARE(claims->value(QStringLiteral("nonce")).toString(), QStringLiteral("n-0S6_WzA2Mj"));
    QCOMPARE(claims->value(QStringLiteral("aud")).toString(), clientId(provider));
    QCOMPARE(claims->value(QStringLiteral("sub")).toString(), QStringLiteral("10002"));
    QCOMPARE(claims->value(QStringLiteral("email")).toString(), QStringLiteral("bob@example.com"));
    QVERIFY(claims->value(QStringLiteral("exp")).toInteger() > claims->value(QStringLiteral("iat")).toInteger());
    const Reply discovery = m_http->get(m_oauth->url(provider, provider == QLatin1String("microsoft")
                                                                   ? QStringLiteral("/common/v2.0/.well-known/openid-configuration")
                                                                   : QStringLiteral("/.well-known/openid-configuration")));
    QCOMPARE(claims->value(QStringLiteral("iss")).toString(), discovery.json().value(QStringLiteral("issuer")).toString());

    // A tampered token does not verify.
    QByteArray tampered = idToken;
    tampered[tampered.indexOf('.') + 5] = tampered[tampered.indexOf('.') + 5] == 'A' ? 'B' : 'A';
    QVERIFY(!verifyJwt(tampered, jwks.json()).has_value());
}

void TestSandboxOAuth::discoveryDocuments()
{
    const Reply generic = m_http->get(m_oauth->url(QStringLiteral("generic"), QStringLiteral("/.well-known/openid-configuration")));
    QCOMPARE(generic.status, 200);
    const QJsonObject doc = generic.json();
    const QString base = m_sandbox->endpoints().providers.value(QStringLiteral("generic")).toString(QUrl::StripTrailingSlash);
    QCOMPARE(doc.value(QStringLiteral("issuer")).toString(), base);
    QCOMPARE(doc.value(QStringLiteral("authorization_endpoint")).toString(), base + QStringLiteral("/authorize"));
    QCOMPARE(doc.value(QStringLiteral("token_endpoint")).toString(), base + QStringLiteral("/token"));
    QCOMPARE(doc.value(QStringLiteral("jwks_uri")).toString(), base + QStringLiteral("/jwks"));
    QCOMPARE(doc.value(QStringLiteral("revocation_endpoint")).toString(), base + QStringLiteral("/revoke"));
    QCOMPARE(doc.value(QStringLiteral("userinfo_endpoint")).toString(), base + QStringLiteral("/userinfo"));
    QCOMPARE(doc.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool(), true);
    QCOMPARE(doc.value(QStringLiteral("code_challenge_methods_supported")).toArray(), QJsonArray{QStringLiteral("S256")});
    const Reply google = m_http->get(m_oauth->url(QStringLiteral("google"), QStringLiteral("/.well-known/openid-configuration")));
    QVERIFY(google.json().value(QStringLiteral("authorization_endpoint")).toString().endsWith(QLatin1String("/o/oauth2/v2/auth")));
}

void TestSandboxOAuth::tokenErrors()
{
    const QString provider = QStringLiteral("google");
    const QString code = m_oauth->code(provider, authorizeQuery(provider, kGoogleScopes));
    const QUrl token = m_oauth->url(provider, QStringLiteral("/token"));
    // Unknown client and wrong secret: 401 invalid_client (RFC 6749 §5.2).
    Reply reply = m_http->postForm(token, {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                           {QStringLiteral("code"), code},
                                           {QStringLiteral("client_id"), QStringLiteral("nobody")},
                                           {QStringLiteral("client_secret"), QStringLiteral("x")}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    reply = m_http->postForm(token, {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                     {QStringLiteral("code"), code},
                                     {QStringLiteral("client_id"), clientId(provider)},
                                     {QStringLiteral("client_secret"), QStringLiteral("wrong")}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    // HTTP Basic client authentication works as well as the form.
    const QByteArray basic = (clientId(provider) + QLatin1Char(':') + clientSecret(provider)).toUtf8().toBase64();
    reply = m_http->postForm(token, {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                     {QStringLiteral("code"), code},
                                     {QStringLiteral("redirect_uri"), redirectUri(provider)},
                                     {QStringLiteral("code_verifier"), kVerifier}},
                             {{"Authorization", "Basic " + basic}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    // Unsupported grant type; unknown code.
    reply = m_http->postForm(token, {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                     {QStringLiteral("client_id"), clientId(provider)},
                                     {QStringLiteral("client_secret"), clientSecret(provider)}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
    reply = m_oauth->exchange(provider, QStringLiteral("4/0Anope"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    // A code redeemed with another redirect_uri than the authorize request's.
    const QString other = m_oauth->code(provider, authorizeQuery(provider, kGoogleScopes));
    reply = m_http->postForm(token, {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                     {QStringLiteral("code"), other},
                                     {QStringLiteral("redirect_uri"), redirectUri(provider, 9999)},
                                     {QStringLiteral("client_id"), clientId(provider)},
                                     {QStringLiteral("client_secret"), clientSecret(provider)},
                                     {QStringLiteral("code_verifier"), kVerifier}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("redirect_uri_mismatch"));
    // The token route is POST only.
    QCOMPARE(m_http->get(token).status, 405);
}

void TestSandboxOAuth::googleRevocation()
{
    const QString provider = QStringLiteral("google");
    QUrlQuery query = authorizeQuery(provider, kGoogleScopes);
    query.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    Reply tokens = m_oauth->tokens(provider, query);
    const QString refresh = tokens.json().value(QStringLiteral("refresh_token")).toString();
    const QByteArray access = tokens.json().value(QStringLiteral("access_token")).toString().toLatin1();

    // Revoking the refresh token (form field) kills its access tokens too.
    Reply revoke = m_http->postForm(m_oauth->url(provider, QStringLiteral("/revoke")), {{QStringLiteral("token"), refresh}});
    QCOMPARE(revoke.status, 200);
    QVERIFY(!m_sandbox->tokenIntrospector().accountForAccessToken(provider, access).has_value());
    QCOMPARE(m_oauth->refresh(provider, refresh).json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    // Unknown or already revoked: 400 invalid_token.
    revoke = m_http->postForm(m_oauth->url(provider, QStringLiteral("/revoke")), {{QStringLiteral("token"), refresh}});
    QCOMPARE(revoke.status, 400);
    QCOMPARE(revoke.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_token"));

    // The token as a query parameter, as Google's docs show it; an access token revokes the grant.
    tokens = m_oauth->tokens(provider, query);
    const QString access2 = tokens.json().value(QStringLiteral("access_token")).toString();
    const QString refresh2 = tokens.json().value(QStringLiteral("refresh_token")).toString();
    QUrlQuery revokeQuery;
    revokeQuery.addQueryItem(QStringLiteral("token"), QString::fromLatin1(QUrl::toPercentEncoding(access2)));
    revoke = m_http->postForm(m_oauth->url(provider, QStringLiteral("/revoke"), revokeQuery), {});
    QCOMPARE(revoke.status, 200);
    QCOMPARE(m_oauth->refresh(provider, refresh2).status, 400);
}

void TestSandboxOAuth::genericRevocation()
{
    const QString provider = QStringLiteral("generic");
    const Reply tokens = m_oauth->tokens(provider, authorizeQuery(provider, kGenericScopes));
    const QString access = tokens.json().value(QStringLiteral("access_token")).toString();
    const QString refresh = tokens.json().value(QStringLiteral("refresh_token")).toString();
    const QUrl revoke = m_oauth->url(provider, QStringLiteral("/revoke"));
    // RFC 7009 §2.2: 200 even for an unknown token.
    QCOMPARE(m_http->postForm(revoke, {{QStringLiteral("token"), QStringLiteral("never-issued")}}).status, 200);
    // An access token alone: it dies, the refresh token lives.
    QCOMPARE(m_http->postForm(revoke, {{QStringLiteral("token"), access}, {QStringLiteral("token_type_hint"), QStringLiteral("access_token")}}).status, 200);
    QVERIFY(!m_sandbox->tokenIntrospector().accountForAccessToken(provider, access.toLatin1()).has_value());
    const Reply refreshed = m_oauth->refresh(provider, refresh);
    QCOMPARE(refreshed.status, 200);
    const QString access2 = refreshed.json().value(QStringLiteral("access_token")).toString();
    // The refresh token: the grant dies with every access token.
    QCOMPARE(m_http->postForm(revoke, {{QStringLiteral("token"), refresh}}).status, 200);
    QVERIFY(!m_sandbox->tokenIntrospector().accountForAccessToken(provider, access2.toLatin1()).has_value());
    QCOMPARE(m_oauth->refresh(provider, refresh).status, 400);
}

void TestSandboxOAuth::slackInstallRefreshAndAuthMethods()
{
    const QString provider = QStringLiteral("slack");
    QUrlQuery query = authorizeQuery(provider, QStringLiteral("chat:write,channels:read"));
    query.addQueryItem(QStringLiteral("user_scope"), QStringLiteral("users:read"));
    const Reply install = m_oauth->tokens(provider, query);
    QCOMPARE(install.status, 200);
    const QJsonObject body = install.json();
    QCOMPARE(body.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("bot"));
    QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("chat:write,channels:read"));
    QVERIFY(body.value(QStringLiteral("access_token")).toString().startsWith(QLatin1String("xoxe.xoxb-")));
    QVERIFY(body.value(QStringLiteral("refresh_token")).toString().startsWith(QLatin1String("xoxe-")));
    QVERIFY(body.value(QStringLiteral("expires_in")).toInt() > 0);
    QVERIFY(!body.value(QStringLiteral("bot_user_id")).toString().isEmpty());
    QVERIFY(!body.value(QStringLiteral("app_id")).toString().isEmpty());
    QVERIFY(!body.value(QStringLiteral("team")).toObject().value(QStringLiteral("id")).toString().isEmpty());
    QVERIFY(!body.value(QStringLiteral("team")).toObject().value(QStringLiteral("name")).toString().isEmpty());
    const QJsonObject user = body.value(QStringLiteral("authed_user")).toObject();
    QVERIFY(!user.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(user.value(QStringLiteral("scope")).toString(), QStringLiteral("users:read"));
    QCOMPARE(user.value(QStringLiteral("token_type")).toString(), QStringLiteral("user"));
    QVERIFY(user.value(QStringLiteral("access_token")).toString().startsWith(QLatin1String("xoxe.xoxp-")));

    const QByteArray bot = body.value(QStringLiteral("access_token")).toString().toLatin1();
    const QUrl authTest = m_oauth->url(provider, QStringLiteral("/api/auth.test"));
    Reply test = m_http->postForm(authTest, {}, {{"Authorization", "Bearer " + bot}});
    QCOMPARE(test.status, 200);
    QCOMPARE(test.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(test.json().value(QStringLiteral("user_id")).toString(), body.value(QStringLiteral("bot_user_id")).toString());
    test = m_http->postForm(authTest, {}, {{"Authorization", "Bearer " + user.value(QStringLiteral("access_token")).toString().toLatin1()}});
    QCOMPARE(test.json().value(QStringLiteral("user_id")).toString(), user.value(QStringLiteral("id")).toString());

    // Rotation: grant_type=refresh_token gives a new pair.
    const Reply refreshed = m_oauth->refresh(provider, body.value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(refreshed.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("bot"));
    const QByteArray bot2 = refreshed.json().value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(bot2 != bot);
    QVERIFY(refreshed.json().value(QStringLiteral("refresh_token")).toString() != body.value(QStringLiteral("refresh_token")).toString());

    // auth.revoke: test=true revokes nothing; then a real revoke; then the token is invalid_auth.
    const QUrl authRevoke = m_oauth->url(provider, QStringLiteral("/api/auth.revoke"));
    Reply revoke = m_http->postForm(authRevoke, {{QStringLiteral("test"), QStringLiteral("true")}}, {{"Authorization", "Bearer " + bot2}});
    QCOMPARE(revoke.json().value(QStringLiteral("revoked")).toBool(), false);
    revoke = m_http->postForm(authRevoke, {}, {{"Authorization", "Bearer " + bot2}});
    QCOMPARE(revoke.status, 200);
    QCOMPARE(revoke.json(), (QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("revoked"), true}}));
    test = m_http->postForm(authTest, {}, {{"Authorization", "Bearer " + bot2}});
    QCOMPARE(test.status, 200);
    QCOMPARE(test.json(), (QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("invalid_auth")}}));
    revoke = m_http->postForm(authRevoke, {}, {{"Authorization", "Bearer " + bot2}});
    QCOMPARE(revoke.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_auth"));
    QCOMPARE(m_http->postForm(authTest, {}).json().value(QStringLiteral("error")).toString(), QStringLiteral("not_authed"));
}

void TestSandboxOAuth::slackErrors()
{
    const QString provider = QStringLiteral("slack");
    const QString code = m_oauth->code(provider, authorizeQuery(provider, QStringLiteral("chat:write")));
    const QUrl access = m_oauth->url(provider, QStringLiteral("/api/oauth.v2.access"));
    Reply reply = m_http->postForm(access, {{QStringLiteral("code"), code}, {QStringLiteral("client_id"), clientId(provider)},
                                            {QStringLiteral("client_secret"), QStringLiteral("wrong")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), (QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("bad_client_secret")}}));
    reply = m_http->postForm(access, {{QStringLiteral("code"), code}, {QStringLiteral("client_id"), QStringLiteral("1.2")},
                                      {QStringLiteral("client_secret"), clientSecret(provider)}});
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client_id"));
    // Slack sends no grant_type on the code exchange; the redirect_uri is optional there.
    reply = m_http->postForm(access, {{QStringLiteral("code"), code}, {QStringLiteral("client_id"), clientId(provider)},
                                      {QStringLiteral("client_secret"), clientSecret(provider)}});
    QCOMPARE(reply.json().value(QStringLiteral("ok")).toBool(), true);
    reply = m_http->postForm(access, {{QStringLiteral("code"), code}, {QStringLiteral("client_id"), clientId(provider)},
                                      {QStringLiteral("client_secret"), clientSecret(provider)}});
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_code"));
    reply = m_oauth->refresh(provider, QStringLiteral("xoxe-1-nope"));
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_refresh_token"));
}

void TestSandboxOAuth::slackWithoutTokenRotation()
{
    const QString provider = QStringLiteral("slack");
    QCOMPARE(m_control->post(QStringLiteral("/_sandbox/settings"), {{QStringLiteral("slackTokenRotation"), QStringLiteral("no")}}).status, 400);
    const Reply settings = m_control->post(QStringLiteral("/_sandbox/settings"), {{QStringLiteral("slackTokenRotation"), false}});
    QCOMPARE(settings.json().value(QStringLiteral("slackTokenRotation")).toBool(true), false);

    QUrlQuery query = authorizeQuery(provider, QStringLiteral("chat:write"));
    query.addQueryItem(QStringLiteral("user_scope"), QStringLiteral("users:read"));
    const QJsonObject body = m_oauth->tokens(provider, query).json();
    QCOMPARE(body.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(body.value(QStringLiteral("access_token")).toString().startsWith(QLatin1String("xoxb-")));
    QVERIFY(!body.contains(QStringLiteral("refresh_token")));
    QVERIFY(!body.contains(QStringLiteral("expires_in")));
    const QJsonObject user = body.value(QStringLiteral("authed_user")).toObject();
    QVERIFY(user.value(QStringLiteral("access_token")).toString().startsWith(QLatin1String("xoxp-")));
    QVERIFY(!user.contains(QStringLiteral("refresh_token")));
    // Classic tokens do not expire.
    m_control->post(QStringLiteral("/_sandbox/clock"), {{QStringLiteral("advanceSeconds"), 30 * 24 * 3600}});
    const Reply test = m_http->postForm(m_oauth->url(provider, QStringLiteral("/api/auth.test")), {},
                                        {{"Authorization", "Bearer " + body.value(QStringLiteral("access_token")).toString().toLatin1()}});
    QCOMPARE(test.json().value(QStringLiteral("ok")).toBool(), true);
}

void TestSandboxOAuth::googleRefusesEmbeddedBrowser()
{
    const QByteArray webEngine = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                 "QtWebEngine/6.4.2 Chrome/102.0.5005.177 Safari/537.36";
    const Reply refused = m_oauth->consentPage(QStringLiteral("google"), authorizeQuery(QStringLiteral("google"), kGoogleScopes),
                                               {{"User-Agent", webEngine}});
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.contains("<title>Error 403: disallowed_useragent</title>"));
    QVERIFY(!refused.body.contains("id=\"allow\""));
    // Other providers do not refuse it.
    QCOMPARE(m_oauth->consentPage(QStringLiteral("microsoft"), authorizeQuery(QStringLiteral("microsoft"), kMicrosoftScopes),
                                  {{"User-Agent", webEngine}})
                 .status,
             200);
}

void TestSandboxOAuth::tokenLifetimeAndExpiry()
{
    const QString provider = QStringLiteral("generic");
    Reply settings = m_control->post(QStringLiteral("/_sandbox/settings"), {{QStringLiteral("accessTokenLifetimeSeconds"), 120}});
    QCOMPARE(settings.status, 200);
    QCOMPARE(settings.json().value(QStringLiteral("accessTokenLifetimeSeconds")).toInt(), 120);
    QCOMPARE(m_control->post(QStringLiteral("/_sandbox/settings"), {{QStringLiteral("accessTokenLifetimeSeconds"), 0}}).status, 400);

    const Reply tokens = m_oauth->tokens(provider, authorizeQuery(provider, kGenericScopes));
    QCOMPARE(tokens.json().value(QStringLiteral("expires_in")).toInt(), 120);
    const QByteArray bearer = "Bearer " + tokens.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const QUrl userinfo = m_oauth->url(provider, QStringLiteral("/userinfo"));
    QCOMPARE(m_http->get(userinfo, {{"Authorization", bearer}}).status, 200);
    m_control->post(QStringLiteral("/_sandbox/clock"), {{QStringLiteral("advanceSeconds"), 119}});
    QCOMPARE(m_http->get(userinfo, {{"Authorization", bearer}}).status, 200);
    m_control->post(QStringLiteral("/_sandbox/clock"), {{QStringLiteral("advanceSeconds"), 1}});
    const Reply expired = m_http->get(userinfo, {{"Authorization", bearer}});
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.header("WWW-Authenticate").startsWith("Bearer"));
    // The refresh token outlives it.
    QCOMPARE(m_oauth->refresh(provider, tokens.json().value(QStringLiteral("refresh_token")).toString()).status, 200);

    // SandboxOptions sets the default.
    Sandbox shortLived(SandboxOptions{7, 30});
    const auto endpoints = shortLived.start();
    QVERIFY(endpoints.has_value());
    OAuthDriver driver(*m_http, *endpoints);
    QCOMPARE(driver.tokens(provider, authorizeQuery(provider, kGenericScopes)).json().value(QStringLiteral("expires_in")).toInt(), 30);
}

void TestSandboxOAuth::userInfoShapes()
{
    QUrlQuery query = authorizeQuery(QStringLiteral("google"), kGoogleScopes);
    const Reply google = m_oauth->tokens(QStringLiteral("google"), query);
    const QByteArray bearer = "Bearer " + google.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const Reply info = m_http->get(m_oauth->url(QStringLiteral("google"), QStringLiteral("/v1/userinfo")), {{"Authorization", bearer}});
    QCOMPARE(info.status, 200);
    const QJsonObject claims = info.json();
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("10001"));
    QCOMPARE(claims.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(claims.value(QStringLiteral("email_verified")).toBool(), true);
    QCOMPARE(claims.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Example"));
    QCOMPARE(claims.value(QStringLiteral("given_name")).toString(), QStringLiteral("Alice"));
    // A Google token is not a Microsoft token.
    QCOMPARE(m_http->get(m_oauth->url(QStringLiteral("microsoft"), QStringLiteral("/oidc/userinfo")), {{"Authorization", bearer}}).status, 401);
    const Reply anonymous = m_http->get(m_oauth->url(QStringLiteral("google"), QStringLiteral("/v1/userinfo")));
    QCOMPARE(anonymous.status, 401);
}

void TestSandboxOAuth::introspectorSeesLiveTokensOnly()
{
    const TokenIntrospector& introspector = m_sandbox->tokenIntrospector();
    const Reply tokens = m_oauth->tokens(QStringLiteral("microsoft"), authorizeQuery(QStringLiteral("microsoft"), kMicrosoftScopes));
    const QByteArray access = tokens.json().value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(introspector.accountForAccessToken(QStringLiteral("microsoft"), access), std::optional<QString>(QStringLiteral("alice@example.com")));
    QVERIFY(!introspector.accountForAccessToken(QStringLiteral("google"), access).has_value());
    QVERIFY(!introspector.accountForAccessToken(QStringLiteral("microsoft"), "unknown").has_value());
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"
