// The OAuth authorization-code flow end to end against the sandbox (real HTTP, real gnome-keyring): the consent page
// is answered like a browser would, the redirect reaches the agent's loopback listener, and the result is checked
// in the database and the keychain. Attacks and failures must end the flow with words and store nothing.
#include "connections/ConnectionTestSupport.h"
#include "oauth/IdTokenVerifier.h"
#include "oauth/Pkce.h"

using namespace sb;
using namespace sb::test;

class TstAuthorizationFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pkceS256Pair();
    void connectsEachProvider_data();
    void connectsEachProvider();
    void reconnectingTheSameAccountReplacesItsTokens();
    void listenerBindsLoopbackOnlyAndClosesAfterTheFlow();
    void wrongStateIsRejected();
    void wrongIssuerIsRejected();
    void pkceVerifierMismatchFails();
    void badNonceIsRejected();
    void accessDeniedSaysSo();
    void cancelledFlowStoresNothing();
    void timeoutEndsTheFlow();
    void lockedKeychainStoresNothing();
    void pastedRedirectCompletesTheFlow();
    void genericProviderFromIssuerOrEndpoints_data();
    void genericProviderFromIssuerOrEndpoints();

private:
    Error expectFailure(const ConnectionsFixture::Started& started, const QUrl& redirect);
    std::unique_ptr<ConnectionsFixture> m_fixture;
};

void TstAuthorizationFlow::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "needs dbus-run-session with gnome-keyring (see CMakeLists)");
    QVERIFY2(Keyring::unlock(), "the default keyring is locked and could not be unlocked");
}

void TstAuthorizationFlow::init()
{
    m_fixture = std::make_unique<ConnectionsFixture>();
    QVERIFY(m_fixture->start());
}

void TstAuthorizationFlow::cleanup()
{
    QVERIFY(Keyring::unlock()); // a failed locked-keychain test must not break the next ones
    m_fixture.reset();
}

Error TstAuthorizationFlow::expectFailure(const ConnectionsFixture::Started& started, const QUrl& redirect)
{
    QSignalSpy finished(&m_fixture->service(), &ConnectionService::connectFinished);
    const HttpReply page = m_fixture->deliver(redirect);
    if (finished.isEmpty())
        finished.wait(20000);
    if (finished.isEmpty())
        return {QStringLiteral("test"), QStringLiteral("no connectFinished")};
    const auto outcome = finished.takeFirst().at(0).value<ConnectOutcome>();
    if (outcome.flowId != started.flowId || outcome.ok())
        return {QStringLiteral("test"), QStringLiteral("unexpected outcome")};
    // The browser is told in words too.
    if (page.status != 400 || !QString::fromUtf8(page.body).contains(outcome.error.message.toHtmlEscaped().left(20)))
        qWarning() << "browser page" << page.status << page.body.left(400);
    return outcome.error;
}

void TstAuthorizationFlow::pkceS256Pair()
{
    // RFC 7636 appendix B.
    QCOMPARE(PkcePair::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const PkcePair pair = PkcePair::generate();
    QCOMPARE(pair.verifier.size(), 43);
    QCOMPARE(PkcePair::challengeFor(pair.verifier), pair.challenge);
    QVERIFY(PkcePair::generate().verifier != pair.verifier);
}

void TstAuthorizationFlow::connectsEachProvider_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("pkce");
    QTest::newRow("google") << QStringLiteral("google") << QStringLiteral("alice@example.com") << true;
    QTest::newRow("microsoft") << QStringLiteral("microsoft") << QStringLiteral("alice@example.com") << true;
    QTest::newRow("slack") << QStringLiteral("slack") << QStringLiteral("Sandbox Workspace") << false;
    QTest::newRow("generic") << QStringLiteral("generic") << QStringLiteral("alice@example.com") << true;
}

void TstAuthorizationFlow::connectsEachProvider()
{
    QFETCH(QString, provider);
    QFETCH(QString, account);
    QFETCH(bool, pkce);
    QSignalSpy events(&m_fixture->service(), &ConnectionService::connectionEvent);
    QSignalSpy finished(&m_fixture->service(), &ConnectionService::connectFinished);
    const auto started = m_fixture->startAndConsent(provider);
    QVERIFY(!started.redirect.isEmpty());
    const QUrlQuery query(started.authorizeUrl);
    QCOMPARE(query.hasQueryItem(QStringLiteral("code_challenge")), pkce);
    if (pkce)
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
    // A distinct redirect path per provider, on 127.0.0.1 (RFC 8252 §7.3).
    const QUrl redirectUri(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirectUri.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirectUri.path(), QStringLiteral("/callback/") + provider);

    const HttpReply page = m_fixture->deliver(started.redirect);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto outcome = finished.first().at(0).value<ConnectOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.connection.account, account);
    QCOMPARE(outcome.connection.state, QStringLiteral("connected"));
    QVERIFY(outcome.connection.isDefault);
    QVERIFY(!outcome.connection.scopes.isEmpty());
    QCOMPARE(outcome.connection.scopes.size(), outcome.connection.scopeDescriptions.size());
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("Connected as " + account.toUtf8()), page.body.constData());
    QVERIFY(page.body.contains("You can close this window"));

    // Tokens only in the keychain.
    const QString id = QString::number(outcome.connection.id);
    const Result<QString> access = readSecret(m_fixture->secrets(), {QStringLiteral("connection"), id, QStringLiteral("access_token")});
    const Result<QString> refresh = readSecret(m_fixture->secrets(), {QStringLiteral("connection"), id, QStringLiteral("refresh_token")});
    QVERIFY(access && !access->isEmpty());
    QVERIFY(refresh && !refresh->isEmpty());
    QTRY_VERIFY(!events.isEmpty());
    const auto event = events.first().at(0).value<ConnectionEvent>();
    QCOMPARE(event.kind, ConnectionEvent::Kind::Connected);
    QCOMPARE(event.actor, QStringLiteral("console:test"));
    QCOMPARE(event.account, account);
}

void TstAuthorizationFlow::reconnectingTheSameAccountReplacesItsTokens()
{
    const ConnectOutcome first = m_fixture->connect(QStringLiteral("google"));
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    const SecretKey key{QStringLiteral("connection"), QString::number(first.connection.id), QStringLiteral("refresh_token")};
    const QString oldRefresh = readSecret(m_fixture->secrets(), key).value_or(QString());
    QSignalSpy events(&m_fixture->service(), &ConnectionService::connectionEvent);
    const ConnectOutcome again = m_fixture->connect(QStringLiteral("google"));
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QVERIFY(again.reconnected);
    QCOMPARE(again.connection.id, first.connection.id);
    QCOMPARE(m_fixture->connectionCount(), 1);
    QVERIFY(readSecret(m_fixture->secrets(), key).value_or(QString()) != oldRefresh);
    QCOMPARE(events.first().at(0).value<ConnectionEvent>().kind, ConnectionEvent::Kind::Reconnected);

    const ConnectOutcome bob = m_fixture->connect(QStringLiteral("google"), QStringLiteral("bob@example.com"));
    QVERIFY(bob.ok());
    QVERIFY(!bob.connection.isDefault); // the first account stays the default
    QCOMPARE(m_fixture->connectionCount(), 2);
}

void TstAuthorizationFlow::listenerBindsLoopbackOnlyAndClosesAfterTheFlow()
{
    const ConnectOutcome outcome = m_fixture->connect(QStringLiteral("generic"));
    QVERIFY(outcome.ok());
    const auto started = m_fixture->startAndConsent(QStringLiteral("generic"));
    const QUrl redirect = started.redirect;
    QSignalSpy finished(&m_fixture->service(), &ConnectionService::connectFinished);
    QVERIFY(m_fixture->service().cancelConnect(started.flowId));
    QTRY_COMPARE(finished.size(), 1);
    // Closed: nothing answers on the flow's port any more.
    const HttpReply late = m_fixture->deliver(redirect);
    QCOMPARE(late.status, 0);
}

void TstAuthorizationFlow::wrongStateIsRejected()
{
    const auto started = m_fixture->startAndConsent(QStringLiteral("google"));
    QVERIFY(!started.redirect.isEmpty());
    const Error error = expectFailure(started, withQueryItem(started.redirect, QStringLiteral("state"), randomUrlToken()));
    QCOMPARE(error.code, oauth_errors::StateMismatch);
    QVERIFY(error.message.contains(QStringLiteral("state does not match")));
    QCOMPARE(m_fixture->connectionCount(), 0);
    QVERIFY(!m_fixture->anyConnectionSecret());
}

void TstAuthorizationFlow::wrongIssuerIsRejected()
{
    // RFC 9207: the sandbox's Google and generic provider send iss; an answer naming another issuer is a mix-up.
    const auto started = m_fixture->startAndConsent(QStringLiteral("generic"));
    QVERIFY(!started.redirect.isEmpty());
    QVERIFY(QUrlQuery(started.redirect).hasQueryItem(QStringLiteral("iss")));
    const Error error = expectFailure(
        started, withQueryItem(started.redirect, QStringLiteral("iss"), QStringLiteral("https://attacker.example")));
    QCOMPARE(error.code, oauth_errors::WrongIssuer);
    QVERIFY(error.message.contains(QStringLiteral("attacker.example")));
    QCOMPARE(m_fixture->connectionCount(), 0);

    // The generic provider announces iss support: an answer without it is refused too.
    QUrl stripped = started.redirect;
    const auto second = m_fixture->startAndConsent(QStringLiteral("generic"));
    QUrlQuery query(second.redirect);
    query.removeAllQueryItems(QStringLiteral("iss"));
    stripped = second.redirect;
    stripped.setQuery(query);
    QCOMPARE(expectFailure(second, stripped).code, oauth_errors::WrongIssuer);
}

void TstAuthorizationFlow::pkceVerifierMismatchFails()
{
    m_fixture->service().setFlowTestHooks(FlowTestHooks{true, {}});
    const auto started = m_fixture->startAndConsent(QStringLiteral("microsoft"));
    QVERIFY(!started.redirect.isEmpty());
    const Error error = expectFailure(started, started.redirect);
    QCOMPARE(error.code, oauth_errors::InvalidGrant);
    QVERIFY2(error.message.contains(QStringLiteral("code_verifier does not match")), qPrintable(error.message));
    QCOMPARE(m_fixture->connectionCount(), 0);
    QVERIFY(!m_fixture->anyConnectionSecret());
}

void TstAuthorizationFlow::badNonceIsRejected()
{
    m_fixture->service().setFlowTestHooks(FlowTestHooks{false, QStringLiteral("a-nonce-this-flow-never-sent")});
    const auto started = m_fixture->startAndConsent(QStringLiteral("google"));
    QVERIFY(!started.redirect.isEmpty());
    const Error error = expectFailure(started, started.redirect);
    QCOMPARE(error.code, oauth_errors::BadNonce);
    QVERIFY(error.message.contains(QStringLiteral("nonce")));
    QCOMPARE(m_fixture->connectionCount(), 0);
    QVERIFY(!m_fixture->anyConnectionSecret());
}

void TstAuthorizationFlow::accessDeniedSaysSo()
{
    const auto started = m_fixture->startAndConsent(QStringLiteral("slack"), QStringLiteral("deny"));
    QVERIFY(!started.redirect.isEmpty());
    QCOMPARE(QUrlQuery(started.redirect).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    const Error error = expectFailure(started, started.redirect);
    QCOMPARE(error.code, oauth_errors::AccessDenied);
    QCOMPARE(error.message, QStringLiteral("Access was not granted at Slack, so nothing was connected."));
    QCOMPARE(m_fixture->connectionCount(), 0);
}

void TstAuthorizationFlow::cancelledFlowStoresNothing()
{
    // The user approved at the provider, then closed the window before the redirect arrived.
    const auto started = m_fixture->startAndConsent(QStringLiteral("microsoft"));
    QVERIFY(!started.redirect.isEmpty());
    QSignalSpy finished(&m_fixture->service(), &ConnectionService::connectFinished);
    QVERIFY(m_fixture->service().cancelConnect(started.flowId));
    QTRY_COMPARE(finished.size(), 1);
    const auto outcome = finished.first().at(0).value<ConnectOutcome>();
    QCOMPARE(outcome.error.code, oauth_errors::Cancelled);
    QVERIFY(outcome.error.message.contains(QStringLiteral("cancelled")));
    QCOMPARE(m_fixture->service().flowStatus(started.flowId)->value(QStringLiteral("state")).toString(),
             QStringLiteral("error"));
    QCOMPARE(m_fixture->connectionCount(), 0);
    QVERIFY(!m_fixture->anyConnectionSecret());
}

void TstAuthorizationFlow::timeoutEndsTheFlow()
{
    m_fixture->service().setFlowTimeout(std::chrono::milliseconds(300));
    QSignalSpy finished(&m_fixture->service(), &ConnectionService::connectFinished);
    auto request = waitFor<Result<AuthorizationRequest>>([&](auto done) {
        m_fixture->service().startConnect(QStringLiteral("generic"), {}, BrowserMode::InApp, QStringLiteral("api"), done);
    });
    QVERIFY(request && *request);
    QVERIFY((*request)->embeddedAllowed);
    QTRY_COMPARE(finished.size(), 1);
    const auto outcome = finished.first().at(0).value<ConnectOutcome>();
    QCOMPARE(outcome.error.code, oauth_errors::Timeout);
    QVERIFY(outcome.error.message.contains(QStringLiteral("took too long")));
    QCOMPARE(m_fixture->connectionCount(), 0);
}

void TstAuthorizationFlow::lockedKeychainStoresNothing()
{
    const auto started = m_fixture->startAndConsent(QStringLiteral("google"));
    QVERIFY(!started.redirect.isEmpty());
    QVERIFY(Keyring::lock());
    const Error error = expectFailure(started, started.redirect);
    QCOMPARE(error.code, secret_errors::Locked);
    QVERIFY2(error.message.contains(QStringLiteral("keychain")) && error.message.contains(QStringLiteral("Nothing was stored")),
             qPrintable(error.message));
    QCOMPARE(m_fixture->connectionCount(), 0); // the row was rolled back
    QVERIFY(Keyring::unlock());
    QVERIFY(!m_fixture->anyConnectionSecret());
}

void TstAuthorizationFlow::pastedRedirectCompletesTheFlow()
{
    const auto started = m_fixture->startAndConsent(QStringLiteral("generic"));
    QVERIFY(!started.redirect.isEmpty());
    // A forged paste (wrong state) ends the flow like a forged redirect would...
    auto forged = waitFor<ConnectOutcome>([&](auto done) {
        m_fixture->service().submitRedirect(started.flowId, withQueryItem(started.redirect, QStringLiteral("state"), QStringLiteral("x")), done);
    });
    QVERIFY(forged);
    QCOMPARE(forged->error.code, oauth_errors::StateMismatch);

    // ...and a genuine one completes it.
    const auto second = m_fixture->startAndConsent(QStringLiteral("generic"));
    auto outcome = waitFor<ConnectOutcome>([&](auto done) { m_fixture->service().submitRedirect(second.flowId, second.redirect, done); });
    QVERIFY(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->error.message));
    QCOMPARE(outcome->connection.account, QStringLiteral("alice@example.com"));
    QCOMPARE(m_fixture->service().flowStatus(second.flowId)->value(QStringLiteral("state")).toString(),
             QStringLiteral("finished"));
}

void TstAuthorizationFlow::genericProviderFromIssuerOrEndpoints_data()
{
    QTest::addColumn<bool>("byIssuer");
    QTest::newRow("issuer and discovery") << true;
    QTest::newRow("explicit endpoints") << false;
}

void TstAuthorizationFlow::genericProviderFromIssuerOrEndpoints()
{
    QFETCH(bool, byIssuer);
    m_fixture = std::make_unique<ConnectionsFixture>();
    QVERIFY(m_fixture->start(false));
    // Not set up yet: the user is told what to enter.
    auto missing = waitFor<Result<AuthorizationRequest>>([&](auto done) {
        m_fixture->service().startConnect(QStringLiteral("generic"), {}, BrowserMode::Default, QStringLiteral("api"), done);
    });
    QVERIFY(missing && !*missing);
    QCOMPARE(missing->error().code, QStringLiteral("needs_issuer"));

    const QUrl base = m_fixture->providerUrl(QStringLiteral("generic"));
    ProviderClientSettings plainHttp;
    plainHttp.provider = QStringLiteral("generic");
    plainHttp.clientId = QStringLiteral("x");
    plainHttp.tokenUrl = QUrl(QStringLiteral("http://idp.example/token")); // tokens in clear text: refused
    auto refused = waitFor<Status>([&](auto done) { m_fixture->service().setProviderClient(plainHttp, QStringLiteral("api"), done); });
    QVERIFY(refused && !*refused);
    QCOMPARE(refused->error().code, QStringLiteral("invalid_client_settings"));

    ProviderClientSettings settings;
    settings.provider = QStringLiteral("generic");
    settings.clientId = QStringLiteral("sandbox-generic-client");
    settings.clientSecret = QStringLiteral("sandbox-generic-secret");
    if (byIssuer) {
        settings.issuer = base;
    } else {
        settings.authorizeUrl = base.resolved(QUrl(QStringLiteral("/authorize")));
        settings.tokenUrl = base.resolved(QUrl(QStringLiteral("/token")));
        settings.userinfoUrl = base.resolved(QUrl(QStringLiteral("/userinfo")));
        settings.revokeUrl = base.resolved(QUrl(QStringLiteral("/revoke")));
        settings.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
    }
    auto saved = waitFor<Status>([&](auto done) { m_fixture->service().setProviderClient(settings, QStringLiteral("api"), done); });
    QVERIFY(saved && *saved);
    const ConnectOutcome outcome = m_fixture->connect(QStringLiteral("generic"), QStringLiteral("bob@example.com"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.connection.account, QStringLiteral("bob@example.com"));
    auto gone = waitFor<Result<QString>>([&](auto done) {
        m_fixture->service().disconnect(outcome.connection.id, QStringLiteral("api"), done);
    });
    QVERIFY(gone && *gone);
    QCOMPARE(countRequests(m_fixture->controlUrl(), QStringLiteral("generic"), QStringLiteral("/revoke")), 1);
}

QTEST_GUILESS_MAIN(TstAuthorizationFlow)
#include "tst_authorizationflow.moc"
