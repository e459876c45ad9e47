// The control listener (/_sandbox/...) and the faults, log and reset it drives, over real HTTP.

#include "FakeProviderApi.h"
#include "SandboxTestClient.h"

#include <QtTest>

using namespace sb::sandbox;
using namespace sb::sandbox::test;

class TestSandboxControl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void healthAndEndpoints();
    void clientsListsDemoCredentials();
    void controlErrors();
    void controlRefusesForeignHost();
    void listenerOrderOAuthThenApiThen404();
    void latency();
    void latencyOnlyOnItsPathPrefix();
    void errorRateIsDeterministicFromSeed();
    void errorRateBounds();
    void rateLimitSlackCountsDown();
    void rateLimitUntilCleared();
    void rateLimitFormatsPerRoute();
    void serverErrors_data();
    void serverErrors();
    void dropConnection();
    void malformedJson();
    void expireTokensNow();
    void revokeGrantByAccount();
    void requestLogMasksSecrets();
    void requestLogFiltersByProvider();
    void deleteOneFault();
    void resetClearsEverything();

private:
    QUrl providerUrl(const QString& provider, const QString& path) const
    {
        QUrl url = m_endpoints.providers.value(provider);
        url.setPath(path);
        return url;
    }
    Reply fake(const QString& provider, const QString& path = QStringLiteral("/v1/fake"))
    {
        return m_http->get(providerUrl(provider, path));
    }
    QString addFault(const QJsonObject& spec)
    {
        const Reply reply = m_control->post(QStringLiteral("/_sandbox/faults"), spec);
        return reply.status == 201 ? QString::number(reply.json().value(QStringLiteral("fault")).toObject().value(QStringLiteral("id")).toInt())
                                   : QString();
    }

    std::unique_ptr<Sandbox> m_sandbox;
    SandboxEndpoints m_endpoints;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<OAuthDriver> m_oauth;
    std::unique_ptr<ControlClient> m_control;
    int m_resets = 0;
};

void TestSandboxControl::init()
{
    m_resets = 0;
    m_sandbox = std::make_unique<Sandbox>(SandboxOptions{42, 3600});
    for (const QString& provider : providerNames())
        m_sandbox->addProviderApi(provider, std::make_unique<FakeProviderApi>(m_sandbox->tokenIntrospector(), provider, &m_resets));
    const auto endpoints = m_sandbox->start();
    QVERIFY(endpoints.has_value());
    m_endpoints = *endpoints;
    m_http = std::make_unique<HttpClient>();
    m_oauth = std::make_unique<OAuthDriver>(*m_http, m_endpoints);
    m_control = std::make_unique<ControlClient>(*m_http, m_endpoints.control);
}

void TestSandboxControl::cleanup()
{
    m_oauth.reset();
    m_control.reset();
    m_http.reset();
    m_sandbox.reset();
}

void TestSandboxControl::healthAndEndpoints()
{
    const Reply health = m_control->get(QStringLiteral("/_sandbox/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json(), (QJsonObject{{QStringLiteral("ok"), true}}));
    QCOMPARE(m_endpoints.providers.keys().size(), 6);
    QSet<int> ports{m_endpoints.control.port()};
    for (const QString& provider : providerNames()) {
        const QUrl url = m_endpoints.providers.value(provider);
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        ports.insert(url.port());
    }
    QCOMPARE(ports.size(), 7); // a listener each
    const Reply endpoints = m_control->get(QStringLiteral("/_sandbox/endpoints"));
    QCOMPARE(endpoints.json().value(QStringLiteral("providers")).toObject().value(QStringLiteral("stripe")).toString(),
             m_endpoints.providers.value(QStringLiteral("stripe")).toString());
}

void TestSandboxControl::clientsListsDemoCredentials()
{
    const Reply reply = m_control->get(QStringLiteral("/_sandbox/clients"));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    const QJsonArray clients = body.value(QStringLiteral("oauthClients")).toArray();
    QCOMPARE(clients.size(), demo::oauthClients().size());
    for (const QJsonValue& value : clients) {
        const QJsonObject client = value.toObject();
        const QString provider = client.value(QStringLiteral("provider")).toString();
        QCOMPARE(client.value(QStringLiteral("clientId")).toString(), clientId(provider));
        QCOMPARE(client.value(QStringLiteral("clientSecret")).toString(), clientSecret(provider));
        QCOMPARE(client.value(QStringLiteral("redirectUriPattern")).toString(),
                 QStringLiteral("http://127.0.0.1:{port}/callback/%1").arg(provider));
        QCOMPARE(client.value(QStringLiteral("baseUrl")).toString(),
                 m_endpoints.providers.value(provider).toString(QUrl::StripTrailingSlash));
        QVERIFY(client.value(QStringLiteral("authorizationEndpoint")).toString().endsWith(authorizePath(provider)));
    }
    QCOMPARE(body.value(QStringLiteral("twilio")).toArray().at(0).toObject().value(QStringLiteral("accountSid")).toString(),
             demo::twilioAccounts().at(0).accountSid);
    QCOMPARE(body.value(QStringLiteral("stripe")).toArray().at(1).toObject().value(QStringLiteral("secretKey")).toString(),
             demo::stripeKeys().at(1).secretKey);
    QCOMPARE(body.value(QStringLiteral("accounts")).toArray().at(0).toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("alice@example.com"));
}

void TestSandboxControl::controlErrors()
{
    QCOMPARE(m_control->get(QStringLiteral("/_sandbox/nope")).status, 404);
    const Reply badJson = m_http->send("POST", m_control->url(QStringLiteral("/_sandbox/faults")), "{not json", {}, "application/json");
    QCOMPARE(badJson.status, 400);
    QCOMPARE(badJson.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_json"));
    Reply reply = m_control->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("provider"), QStringLiteral("myspace")},
                                                                      {QStringLiteral("kind"), QStringLiteral("latency")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_provider"));
    reply = m_control->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("provider"), QStringLiteral("slack")},
                                                                {QStringLiteral("kind"), QStringLiteral("gremlins")}});
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_kind"));
    reply = m_control->post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("provider"), QStringLiteral("slack")},
                                                                {QStringLiteral("kind"), QStringLiteral("error_rate")},
                                                                {QStringLiteral("rate"), 1.5}});
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_rate"));
    QCOMPARE(m_control->get(QStringLiteral("/_sandbox/faults")).json().value(QStringLiteral("faults")).toArray().size(), 0);
}

void TestSandboxControl::controlRefusesForeignHost()
{
    const Reply reply = m_http->get(m_control->url(QStringLiteral("/_sandbox/health")), {{"Host", "attacker.example"}});
    QCOMPARE(reply.status, 403);
}

void TestSandboxControl::listenerOrderOAuthThenApiThen404()
{
    // A greedy API cannot shadow the OAuth routes.
    m_sandbox->addProviderApi(QStringLiteral("generic"),
                              std::make_unique<FakeProviderApi>(m_sandbox->tokenIntrospector(), QStringLiteral("generic"), &m_resets, true));
    QVERIFY(fake(QStringLiteral("generic"), QStringLiteral("/.well-known/openid-configuration")).json().contains(QStringLiteral("issuer")));
    QCOMPARE(fake(QStringLiteral("generic"), QStringLiteral("/anything")).json().value(QStringLiteral("fake")).toBool(), true);
    // The API sees who a bearer token belongs to (TokenIntrospector).
    const Reply tokens = m_oauth->tokens(QStringLiteral("google"), authorizeQuery(QStringLiteral("google"), QStringLiteral("openid")));
    const QByteArray bearer = "Bearer " + tokens.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const Reply api = m_http->get(providerUrl(QStringLiteral("google"), QStringLiteral("/v1/fake")), {{"Authorization", bearer}});
    QCOMPARE(api.json().value(QStringLiteral("account")).toString(), QStringLiteral("alice@example.com"));
    // Neither: a 404 in the provider's format.
    Reply missing = fake(QStringLiteral("twilio"), QStringLiteral("/2010-04-01/Nope.json"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(QStringLiteral("code")).toInt(), 20404);
    QCOMPARE(missing.json().value(QStringLiteral("more_info")).toString(), QStringLiteral("https://www.twilio.com/docs/errors/20404"));
    missing = fake(QStringLiteral("stripe"), QStringLiteral("/v1/nope"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("invalid_request_error"));
    missing = fake(QStringLiteral("google"), QStringLiteral("/nope"));
    QCOMPARE(missing.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("NOT_FOUND"));
    missing = m_http->postForm(providerUrl(QStringLiteral("slack"), QStringLiteral("/api/nope.method")), {});
    QCOMPARE(missing.status, 200);
    QCOMPARE(missing.json().value(QStringLiteral("error")).toString(), QStringLiteral("unknown_method"));
}

void TestSandboxControl::latency()
{
    QVERIFY(!addFault({{QStringLiteral("provider"), QStringLiteral("stripe")}, {QStringLiteral("kind"), QStringLiteral("latency")},
                       {QStringLiteral("ms"), 400}}).isEmpty());
    const Reply slow = fake(QStringLiteral("stripe"));
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 400, qPrintable(QString::number(slow.elapsedMs)));
    // Latency also applies to token routes.
    QVERIFY(!addFault({{QStringLiteral("provider"), QStringLiteral("google")}, {QStringLiteral("kind"), QStringLiteral("latency")},
                       {QStringLiteral("ms"), 300}, {QStringLiteral("path"), QStringLiteral("/token")}}).isEmpty());
    const Reply token = m_oauth->exchange(QStringLiteral("google"), QStringLiteral("4/0Anope"));
    QCOMPARE(token.status, 400);
    QVERIFY(token.elapsedMs >= 300);
}

void TestSandboxControl::latencyOnlyOnItsPathPrefix()
{
    addFault({{QStringLiteral("provider"), QStringLiteral("stripe")}, {QStringLiteral("kind"), QStringLiteral("latency")},
              {QStringLiteral("ms"), 5000}, {QStringLiteral("path"), QStringLiteral("/v1/slow")}});
    const Reply fast = fake(QStringLiteral("stripe"));
    QCOMPARE(fast.status, 200);
    QVERIFY2(fast.elapsedMs < 5000, qPrintable(QString::number(fast.elapsedMs)));
    QCOMPARE(m_control->get(QStringLiteral("/_sandbox/faults")).json().value(QStringLiteral("faults")).toArray().at(0)
                 .toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/v1/slow"));
}

void TestSandboxControl::errorRateIsDeterministicFromSeed()
{
    auto pattern = [](HttpClient& http, const SandboxEndpoints& endpoints) {
        ControlClient control(http, endpoints.control);
        control.post(QStringLiteral("/_sandbox/faults"), {{QStringLiteral("provider"), QStringLiteral("stripe")},
                                                          {QStringLiteral("kind"), QStringLiteral("error_rate")},
                                                          {QStringLiteral("rate"), 0.5}});
        QString outcomes;
        QUrl url = endpoints.providers.value(QStringLiteral("stripe"));
        url.setPath(QStringLiteral("/v1/fake"));
        for (int i = 0; i < 24; ++i)
            outcomes += http.get(url).status == 500 ? QLatin1Char('x') : QLatin1Char('.');
        return outcomes;
    };
    const QString first = pattern(*m_http, m_endpoints);
    QVERIFY2(first.contains(QLatin1Char('x')) && first.contains(QLatin1Char('.')), qPrintable(first));

    Sandbox again(SandboxOptions{42, 3600});
    again.addProviderApi(QStringLiteral("stripe"), std::make_unique<FakeProviderApi>(again.tokenIntrospector(), QStringLiteral("stripe"), &m_resets));
    QCOMPARE(pattern(*m_http, *again.start()), first);

    // After a reset, the dice start over too.
    m_control->post(QStringLiteral("/_sandbox/reset"));
    QCOMPARE(pattern(*m_http, m_endpoints), first);
}

void TestSandboxControl::errorRateBounds()
{
    addFault({{QStringLiteral("provider"), QStringLiteral("twilio")}, {QStringLiteral("kind"), QStringLiteral("error_rate")},
              {QStringLiteral("rate"), 1.0}, {QStringLiteral("status"), 503}});
    addFault({{QStringLiteral("provider"), QStringLiteral("stripe")}, {QStringLiteral("kind"), QStringLiteral("error_rate")},
              {QStringLiteral("rate"), 0.0}});
    for (int i = 0; i < 5; ++i) {
        const Reply failed = fake(QStringLiteral("twilio"));
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.json().value(QStringLiteral("code")).toInt(), 20503);
        QCOMPARE(fake(QStringLiteral("stripe")).status, 200);
    }
}

void TestSandboxControl::rateLimitSlackCountsDown()
{
    addFault({{QStringLiteral("provider"), QStringLiteral("slack")}, {QStringLiteral("kind"), QStringLiteral("rate_limit")},
              {QStringLiteral("retryAfter"), 2}, {QStringLiteral("count"), 2}});
    const QUrl authTest = providerUrl(QStringLiteral("slack"), QStringLiteral("/api/auth.test"));
    for (int i = 0; i < 2; ++i) {
        const Reply limited = m_http->postForm(authTest, {});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("2")); // an integer, or Slack's client gives up
        QCOMPARE(limited.json(), (QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("ratelimited")}}));
    }
    const Reply through = m_http->postForm(authTest, {});
    QCOMPARE(through.status, 200);
    QCOMPARE(through.json().value(QStringLiteral("error")).toString(), QStringLiteral("not_authed"));
    QCOMPARE(m_control->get(QStringLiteral("/_sandbox/faults")).json().value(QStringLiteral("faults")).toArray().size(), 0);
}

void TestSandboxControl::rateLimitUntilCleared()
{
    addFault({{QStringLiteral("provider"), QStringLiteral("stripe")}, {QStringLiteral("kind"), QStringLiteral("rate_limit")},
              {QStringLiteral("retryAfter"), 7}});
    for (int i = 0; i < 3; ++i) {
        const Reply limited = fake(QStringLiteral("stripe"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
        QCOMPARE(limited.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("rate_limit"));
    }
    // Other providers are untouched.
    QCOMPARE(fake(QStringLiteral("twilio")).status, 200);
    QCOMPARE(m_control->del(QStringLiteral("/_sandbox/faults"), QStringLiteral("provider=stripe")).status, 200);
    QCOMPARE(fake(QStringLiteral("stripe")).status, 200);
}

void TestSandboxControl::rateLimitFormatsPerRoute()
{
    addFault({{QStringLiteral("provider"), QStringLiteral("google")}, {QStringLiteral("kind"), QStringLiteral("rate_limit")},
              {QStringLiteral("retryAfter"), 3}});
    // The token route answers in OAuth's format ...
    const Reply token = m_oauth->refresh(QStringLiteral("google"), QStringLiteral("1//0x"));
    QCOMPARE(token.status, 429);
    QCOMPARE(token.header("Retry-After"), QByteArray("3"));
    QCOMPARE(token.json().value(QStringLiteral("error")).toString(), QStringLiteral("temporarily_unavailable"));
    // ... the REST routes in Google's.
    const Reply rest = fake(QStringLiteral("google"));
    QCOMPARE(rest.status, 429);
    const QJsonObject error = rest.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 429);
    QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("RESOURCE_EXHAUSTED"));
    QCOMPARE(error.value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("rateLimitExceeded"));
    // Graph's format for Microsoft.
    addFault({{QStringLiteral("provider"), QStringLiteral("microsoft")}, {QStringLiteral("kind"), QStringLiteral("rate_limit")}});
    QCOMPARE(fake(QStringLiteral("microsoft")).json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("TooManyRequests"));
}

void TestSandboxControl::serverErrors_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    QTest::newRow("twilio 500") << "twilio" << 500;
    QTest::newRow("stripe 503") << "stripe" << 503;
    QTest::newRow("slack 500") << "slack" << 500;
    QTest::newRow("generic token 503") << "generic" << 503;
}

void TestSandboxControl::serverErrors()
{
    QFETCH(QString, provider);
    QFETCH(int, status);
    addFault({{QStringLiteral("provider"), provider}, {QStringLiteral("kind"), QStringLiteral("server_error")},
              {QStringLiteral("status"), status}, {QStringLiteral("count"), 1}, {QStringLiteral("retryAfter"), 5}});
    const Reply failed = provider == QLatin1String("generic") ? m_oauth->refresh(provider, QStringLiteral("x")) : fake(provider);
    QCOMPARE(failed.status, status);
    QCOMPARE(failed.header("Retry-After"), status == 503 ? QByteArray("5") : QByteArray());
    if (provider == QLatin1String("twilio"))
        QCOMPARE(failed.json().value(QStringLiteral("code")).toInt(), 20500);
    if (provider == QLatin1String("stripe"))
        QCOMPARE(failed.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("api_error"));
    if (provider == QLatin1String("slack"))
        QCOMPARE(failed.json().value(QStringLiteral("ok")).toBool(true), false);
    if (provider == QLatin1String("generic"))
        QCOMPARE(failed.json().value(QStringLiteral("error")).toString(), QStringLiteral("temporarily_unavailable"));
    // count 1: the next request goes through.
    const Reply next = provider == QLatin1String("generic") ? m_oauth->refresh(provider, QStringLiteral("x")) : fake(provider);
    QVERIFY(next.status != status);
}

void TestSandboxControl::dropConnection()
{
    addFault({{QStringLiteral("provider"), QStringLiteral("stripe")}, {QStringLiteral("kind"), QStringLiteral("drop_connection")},
              {QStringLiteral("count"), 1}});
    const Reply dropped = fake(QStringLiteral("stripe"));
    QVERIFY2(dropped.error != QNetworkReply::NoError, qPrintable(QString::number(dropped.error)));
    QVERIFY(QJsonDocument::fromJson(dropped.body).isNull());
    QCOMPARE(fake(QStringLiteral("stripe")).status, 200);
}

void TestSandboxControl::malformedJson()
{
    addFault({{QStringLiteral("provider"), QStringLiteral("google")}, {QStringLiteral("kind"), QStringLiteral("malformed_json")},
              {QStringLiteral("count"), 1}});
    const Reply broken = fake(QStringLiteral("google"));
    QCOMPARE(broken.status, 200);
    QVERIFY(broken.header("Content-Type").startsWith("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(broken.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(fake(QStringLiteral("google")).json().value(QStringLiteral("fake")).toBool(), true);
}

void TestSandboxControl::expireTokensNow()
{
    const Reply generic = m_oauth->tokens(QStringLiteral("generic"), authorizeQuery(QStringLiteral("generic"), QStringLiteral("openid offline_access")));
    const Reply google = m_oauth->tokens(QStringLiteral("google"), authorizeQuery(QStringLiteral("google"), QStringLiteral("openid")));
    const QByteArray genericAccess = generic.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray googleAccess = google.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const TokenIntrospector& tokens = m_sandbox->tokenIntrospector();

    Reply reply = m_control->post(QStringLiteral("/_sandbox/tokens/expire"), {{QStringLiteral("provider"), QStringLiteral("generic")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("expired")).toInt(), 1);
    QVERIFY(!tokens.accountForAccessToken(QStringLiteral("generic"), genericAccess).has_value());
    QVERIFY(tokens.accountForAccessToken(QStringLiteral("google"), googleAccess).has_value());
    // Refresh still works after an expiry.
    QCOMPARE(m_oauth->refresh(QStringLiteral("generic"), generic.json().value(QStringLiteral("refresh_token")).toString()).status, 200);

    m_control->post(QStringLiteral("/_sandbox/tokens/expire"));
    QVERIFY(!tokens.accountForAccessToken(QStringLiteral("google"), googleAccess).has_value());
}

void TestSandboxControl::revokeGrantByAccount()
{
    const QString provider = QStringLiteral("google");
    QUrlQuery query = authorizeQuery(provider, QStringLiteral("openid"));
    query.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    const QString alice = m_oauth->tokens(provider, query).json().value(QStringLiteral("refresh_token")).toString();
    const QString bob = m_oauth->exchange(provider, m_oauth->code(provider, query, QStringLiteral("bob@example.com")))
                            .json().value(QStringLiteral("refresh_token")).toString();
    const Reply reply = m_control->post(QStringLiteral("/_sandbox/grants/revoke"),
                                        {{QStringLiteral("provider"), provider}, {QStringLiteral("account"), QStringLiteral("alice@example.com")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("revoked")).toInt(), 1);
    const Reply refused = m_oauth->refresh(provider, alice);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(m_oauth->refresh(provider, bob).status, 200);
    QCOMPARE(m_control->post(QStringLiteral("/_sandbox/grants/revoke"), {{QStringLiteral("provider"), QStringLiteral("x")}}).status, 400);
}

void TestSandboxControl::requestLogMasksSecrets()
{
    const QString provider = QStringLiteral("google");
    QUrlQuery query = authorizeQuery(provider, QStringLiteral("openid"));
    query.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    const QString code = m_oauth->code(provider, query);
    const Reply tokens = m_oauth->exchange(provider, code);
    const QString access = tokens.json().value(QStringLiteral("access_token")).toString();
    const QString refresh = tokens.json().value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(m_oauth->refresh(provider, refresh).status, 200);
    m_http->get(providerUrl(provider, QStringLiteral("/v1/fake")), {{"Authorization", "Bearer " + access.toLatin1()}});
    m_http->postJson(providerUrl(provider, QStringLiteral("/v1/fake")),
                     {{QStringLiteral("access_token"), access}, {QStringLiteral("nested"), QJsonObject{{QStringLiteral("refresh_token"), refresh}}}});
    const QByteArray basic = (clientId(provider) + QLatin1Char(':') + clientSecret(provider)).toUtf8().toBase64();
    m_http->postForm(providerUrl(provider, QStringLiteral("/token")), {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                                       {QStringLiteral("refresh_token"), refresh}},
                     {{"Authorization", "Basic " + basic}});
    QUrlQuery revoke;
    revoke.addQueryItem(QStringLiteral("token"), access);
    QUrl revokeUrl = providerUrl(provider, QStringLiteral("/revoke"));
    revokeUrl.setQuery(revoke);
    m_http->postForm(revokeUrl, {});
    // Twilio's Basic credentials and Stripe's key, as their clients send them.
    const demo::TwilioAccount twilio = demo::twilioAccounts().at(0);
    m_http->get(providerUrl(QStringLiteral("twilio"), QStringLiteral("/v1/fake")),
                {{"Authorization", "Basic " + (twilio.accountSid + QLatin1Char(':') + twilio.authToken).toUtf8().toBase64()}});
    m_http->get(providerUrl(QStringLiteral("stripe"), QStringLiteral("/v1/fake")),
                {{"Authorization", "Bearer " + demo::stripeKeys().at(0).secretKey.toLatin1()}});

    const Reply log = m_control->get(QStringLiteral("/_sandbox/requests"));
    QCOMPARE(log.status, 200);
    const QByteArray body = log.body;
    const QStringList secrets{clientSecret(provider), code,      access, refresh, kVerifier, twilio.authToken,
                              demo::stripeKeys().at(0).secretKey, QString::fromLatin1(basic)};
    for (const QString& secret : secrets) {
        QVERIFY2(!body.contains(secret.toUtf8()), qPrintable(QStringLiteral("secret leaked into the log: ") + secret));
        QVERIFY(!body.contains(QUrl::toPercentEncoding(secret)));
    }
    const QJsonArray entries = log.json().value(QStringLiteral("requests")).toArray();
    QVERIFY(entries.size() >= 9);
    bool sawBearer = false, sawBasic = false, sawMaskedForm = false, sawMaskedQuery = false, sawMaskedJson = false;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        QVERIFY(!entry.value(QStringLiteral("method")).toString().isEmpty());
        QVERIFY(entry.value(QStringLiteral("status")).toInt() > 0);
        const QString authorization = entry.value(QStringLiteral("headers")).toObject().value(QStringLiteral("authorization")).toString();
        sawBearer |= authorization == QLatin1String("Bearer ****");
        sawBasic |= authorization == QLatin1String("Basic ****");
        const QString form = entry.value(QStringLiteral("body")).toString();
        sawMaskedForm |= form.contains(QLatin1String("client_secret=****")) && form.contains(QLatin1String("code_verifier=****"))
                         && form.contains(QLatin1String("code=****"));
        sawMaskedJson |= form.contains(QLatin1String("\"refresh_token\":\"****\""));
        sawMaskedQuery |= entry.value(QStringLiteral("query")).toString() == QLatin1String("token=****");
    }
    QVERIFY(sawBearer);
    QVERIFY(sawBasic);
    QVERIFY(sawMaskedForm);
    QVERIFY(sawMaskedJson);
    QVERIFY(sawMaskedQuery);
}

void TestSandboxControl::requestLogFiltersByProvider()
{
    fake(QStringLiteral("stripe"));
    fake(QStringLiteral("twilio"));
    m_control->get(QStringLiteral("/_sandbox/health"));
    const QJsonArray stripe = m_control->get(QStringLiteral("/_sandbox/requests"), QStringLiteral("provider=stripe"))
                                  .json().value(QStringLiteral("requests")).toArray();
    QCOMPARE(stripe.size(), 1);
    QCOMPARE(stripe.at(0).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/v1/fake"));
    QCOMPARE(stripe.at(0).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("stripe"));
    // Control requests are not provider requests.
    QCOMPARE(m_control->get(QStringLiteral("/_sandbox/requests")).json().value(QStringLiteral("requests")).toArray().size(), 2);
    QCOMPARE(m_control->del(QStringLiteral("/_sandbox/requests")).status, 200);
    QCOMPARE(m_control->get(QStringLiteral("/_sandbox/requests")).json().value(QStringLiteral("requests")).toArray().size(), 0);
}

void TestSandboxControl::deleteOneFault()
{
    const QString id = addFault({{QStringLiteral("provider"), QStringLiteral("stripe")}, {QStringLiteral("kind"), QStringLiteral("server_error")}});
    QVERIFY(!id.isEmpty());
    QCOMPARE(fake(QStringLiteral("stripe")).status, 500);
    QCOMPARE(m_control->del(QStringLiteral("/_sandbox/faults/") + id).status, 200);
    QCOMPARE(m_control->del(QStringLiteral("/_sandbox/faults/") + id).status, 404);
    QCOMPARE(fake(QStringLiteral("stripe")).status, 200);
}

void TestSandboxControl::resetClearsEverything()
{
    const Reply tokens = m_oauth->tokens(QStringLiteral("generic"), authorizeQuery(QStringLiteral("generic"), QStringLiteral("openid offline_access")));
    const QByteArray access = tokens.json().value(QStringLiteral("access_token")).toString().toLatin1();
    addFault({{QStringLiteral("provider"), QStringLiteral("stripe")}, {QStringLiteral("kind"), QStringLiteral("server_error")}});
    m_control->post(QStringLiteral("/_sandbox/settings"), {{QStringLiteral("accessTokenLifetimeSeconds"), 60}});
    m_control->post(QStringLiteral("/_sandbox/clock"), {{QStringLiteral("advanceSeconds"), 10}});
    const int resetsBefore = m_resets;

    const Reply reset = m_control->post(QStringLiteral("/_sandbox/reset"));
    QCOMPARE(reset.status, 200);
    QCOMPARE(m_resets, resetsBefore + 6); // every ProviderApi::reset
    QCOMPARE(m_control->get(QStringLiteral("/_sandbox/faults")).json().value(QStringLiteral("faults")).toArray().size(), 0);
    QCOMPARE(m_control->get(QStringLiteral("/_sandbox/requests")).json().value(QStringLiteral("requests")).toArray().size(), 0);
    QVERIFY(!m_sandbox->tokenIntrospector().accountForAccessToken(QStringLiteral("generic"), access).has_value());
    QCOMPARE(m_oauth->refresh(QStringLiteral("generic"), tokens.json().value(QStringLiteral("refresh_token")).toString()).status, 400);
    const QJsonObject settings = m_control->get(QStringLiteral("/_sandbox/settings")).json();
    QCOMPARE(settings.value(QStringLiteral("accessTokenLifetimeSeconds")).toInt(), 3600);
    QCOMPARE(settings.value(QStringLiteral("clockOffsetSeconds")).toInt(), 0);
    QCOMPARE(fake(QStringLiteral("stripe")).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_sandbox_control.moc"
