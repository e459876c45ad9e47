// Token lifecycle and connection management against the sandbox: single-flight refresh, rotation, revoked grants
// turning into "needs reconnect", API-key validation with the providers' own words, disconnect with revocation.
#include "connections/ConnectionTestSupport.h"

#include <QDirIterator>

using namespace sb;
using namespace sb::test;

namespace {

Result<Credential> credentialNow(CredentialSource* source, const QString& provider, std::optional<qint64> id = {})
{
    auto value = waitFor<Result<Credential>>([&](auto done) { source->credentialFor(provider, id, done); });
    return value ? *value : fail(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
}

// QVERIFY2 evaluates its message even on success: never call error() on a value.
template <typename T>
QString why(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class TstTokenManager : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void notConnectedIsWorded();
    void twentyConcurrentCallersShareOneRefresh();
    void rejectedTokenIsRefreshedOnce();
    void expiringAccessIsRenewedInTheBackground();
    void rotatedRefreshTokenIsSavedBeforeUse();
    void revokedGrantNeedsReconnect();
    void twilioBadCredentialsInTwiliosWords();
    void stripeBadKeyInStripesWords();
    void apiKeysAreValidatedThenStored();
    void lockedKeychainStoresNoApiKey();
    void disconnectRevokesAndRemovesSecrets_data();
    void disconnectRevokesAndRemovesSecrets();
    void microsoftDisconnectSaysWhereToRemoveConsent();
    void labelsDefaultsAndTestingWarning();
    void testButtonAsksTheProvider();
    void noTokenBytesInTheDatabaseFiles();

private:
    std::unique_ptr<ConnectionsFixture> m_fixture;
};

void TstTokenManager::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "needs dbus-run-session with gnome-keyring (see CMakeLists)");
    QVERIFY2(Keyring::unlock(), "the default keyring is locked and could not be unlocked");
}

void TstTokenManager::init()
{
    m_fixture = std::make_unique<ConnectionsFixture>();
    QVERIFY(m_fixture->start());
}

void TstTokenManager::cleanup()
{
    QVERIFY(Keyring::unlock());
    m_fixture.reset();
}

void TstTokenManager::notConnectedIsWorded()
{
    const Result<Credential> none = credentialNow(m_fixture->service().credentials(), QStringLiteral("google"));
    QVERIFY(!none);
    QCOMPARE(none.error().code, credential_errors::NotConnected);
    QCOMPARE(none.error().message, QStringLiteral("No Google account is connected. Connect one on the Connections page."));
}

void TstTokenManager::twentyConcurrentCallersShareOneRefresh()
{
    // Tokens that live 30 s are inside the 60 s margin: every use wants a refresh.
    QCOMPARE(control(m_fixture->controlUrl(), "POST", QStringLiteral("/_sandbox/settings"),
                     {{QStringLiteral("accessTokenLifetimeSeconds"), 30}})
                 .status,
             200);
    const ConnectOutcome connected = m_fixture->connect(QStringLiteral("google"));
    QVERIFY2(connected.ok(), qPrintable(connected.error.message));
    QCOMPARE(control(m_fixture->controlUrl(), "DELETE", QStringLiteral("/_sandbox/requests")).status, 200);

    QSignalSpy events(&m_fixture->service(), &ConnectionService::connectionEvent);
    QList<Result<Credential>> results;
    for (int i = 0; i < 20; ++i)
        m_fixture->service().credentials()->credentialFor(QStringLiteral("google"), std::nullopt,
                                                          [&results](Result<Credential> c) { results.append(c); });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 20, 20000);
    QVERIFY2(results.first(), qPrintable(why(results.first())));
    const QString token = results.first()->bearerToken;
    for (const Result<Credential>& result : results) {
        QVERIFY2(result, qPrintable(why(result)));
        QCOMPARE(result->bearerToken, token);
        QCOMPARE(result->connection.account, QStringLiteral("alice@example.com"));
    }
    QCOMPARE(countRequests(m_fixture->controlUrl(), QStringLiteral("google"), QStringLiteral("/token"),
                           QStringLiteral("grant_type=refresh_token")),
             1);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().at(0).value<ConnectionEvent>().kind, ConnectionEvent::Kind::Refreshed);
    QCOMPARE(events.first().at(0).value<ConnectionEvent>().actor, QStringLiteral("agent"));
}

void TstTokenManager::rejectedTokenIsRefreshedOnce()
{
    const ConnectOutcome connected = m_fixture->connect(QStringLiteral("generic"));
    QVERIFY(connected.ok());
    CredentialSource* source = m_fixture->service().credentials();
    const Result<Credential> first = credentialNow(source, QStringLiteral("generic"));
    QVERIFY(first);
    QCOMPARE(countRequests(m_fixture->controlUrl(), QStringLiteral("generic"), QStringLiteral("/token"),
                           QStringLiteral("grant_type=refresh_token")),
             0); // fresh: no refresh yet
    // The provider answered 401 to several concurrent calls: one refresh between them.
    QList<Result<Credential>> renewed;
    for (int i = 0; i < 5; ++i)
        source->credentialRejected(*first, [&renewed](Result<Credential> c) { renewed.append(c); });
    QTRY_COMPARE(renewed.size(), 5);
    for (const auto& c : renewed) {
        QVERIFY(c);
        QVERIFY(c->bearerToken != first->bearerToken);
    }
    // A caller that still holds the old token gets the new one without another refresh.
    auto late = waitFor<Result<Credential>>([&](auto done) { source->credentialRejected(*first, done); });
    QVERIFY(late && *late);
    QCOMPARE((*late)->bearerToken, renewed.first()->bearerToken);
    QCOMPARE(countRequests(m_fixture->controlUrl(), QStringLiteral("generic"), QStringLiteral("/token"),
                           QStringLiteral("grant_type=refresh_token")),
             1);
}

void TstTokenManager::expiringAccessIsRenewedInTheBackground()
{
    m_fixture = std::make_unique<ConnectionsFixture>();
    QVERIFY(m_fixture->start(true, true));
    // Connected with a token that expires within the 120 s window; the renewed one will live an hour.
    QCOMPARE(control(m_fixture->controlUrl(), "POST", QStringLiteral("/_sandbox/settings"),
                     {{QStringLiteral("accessTokenLifetimeSeconds"), 30}})
                 .status,
             200);
    QSignalSpy events(&m_fixture->service(), &ConnectionService::connectionEvent);
    const ConnectOutcome connected = m_fixture->connect(QStringLiteral("microsoft"));
    QVERIFY(connected.ok());
    QCOMPARE(control(m_fixture->controlUrl(), "POST", QStringLiteral("/_sandbox/settings"),
                     {{QStringLiteral("accessTokenLifetimeSeconds"), 3600}})
                 .status,
             200);
    auto refreshed = [&events] {
        for (const auto& args : events) {
            if (args.at(0).value<ConnectionEvent>().kind == ConnectionEvent::Kind::Refreshed)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(refreshed(), 10000);
    QTRY_VERIFY(m_fixture->service().connection(connected.connection.id)->expiresAt
                > QDateTime::currentDateTimeUtc().addSecs(3000));
    // The next use needs no refresh.
    QCOMPARE(control(m_fixture->controlUrl(), "DELETE", QStringLiteral("/_sandbox/requests")).status, 200);
    QVERIFY(credentialNow(m_fixture->service().credentials(), QStringLiteral("microsoft")));
    QCOMPARE(countRequests(m_fixture->controlUrl(), QStringLiteral("microsoft"), QStringLiteral("/common/oauth2/v2.0/token")), 0);
}

void TstTokenManager::rotatedRefreshTokenIsSavedBeforeUse()
{
    // Microsoft rotates refresh tokens; with reuse detection on, using the old one again would kill the grant.
    QCOMPARE(control(m_fixture->controlUrl(), "POST", QStringLiteral("/_sandbox/faults"),
                     {{QStringLiteral("provider"), QStringLiteral("microsoft")},
                      {QStringLiteral("kind"), QStringLiteral("refresh_reuse_revokes")}})
                 .status,
             201);
    const ConnectOutcome connected = m_fixture->connect(QStringLiteral("microsoft"));
    QVERIFY(connected.ok());
    const SecretKey key{QStringLiteral("connection"), QString::number(connected.connection.id), QStringLiteral("refresh_token")};
    QString refresh = readSecret(m_fixture->secrets(), key).value_or(QString());
    CredentialSource* source = m_fixture->service().credentials();
    Credential current = credentialNow(source, QStringLiteral("microsoft")).value_or(Credential{});
    for (int round = 0; round < 3; ++round) {
        auto renewed = waitFor<Result<Credential>>([&](auto done) { source->credentialRejected(current, done); });
        QVERIFY(renewed && *renewed);
        const QString saved = readSecret(m_fixture->secrets(), key).value_or(QString());
        QVERIFY(!saved.isEmpty());
        QVERIFY2(saved != refresh, "the rotated refresh token was not saved");
        refresh = saved;
        current = **renewed;
    }
    QCOMPARE(m_fixture->service().connection(connected.connection.id)->state, QStringLiteral("connected"));
}

void TstTokenManager::revokedGrantNeedsReconnect()
{
    const ConnectOutcome connected = m_fixture->connect(QStringLiteral("google"));
    QVERIFY(connected.ok());
    CredentialSource* source = m_fixture->service().credentials();
    const Result<Credential> before = credentialNow(source, QStringLiteral("google"));
    QVERIFY(before);
    // The user removed the app's access at Google.
    QCOMPARE(control(m_fixture->controlUrl(), "POST", QStringLiteral("/_sandbox/grants/revoke"),
                     {{QStringLiteral("provider"), QStringLiteral("google")},
                      {QStringLiteral("account"), QStringLiteral("alice@example.com")}})
                 .json()
                 .value(QStringLiteral("revoked"))
                 .toInt(),
             1);
    QSignalSpy events(&m_fixture->service(), &ConnectionService::connectionEvent);
    QSignalSpy notify(&m_fixture->service(), &ConnectionService::connectionNeedsReconnect);
    auto after = waitFor<Result<Credential>>([&](auto done) { source->credentialRejected(*before, done); });
    QVERIFY(after && !*after);
    QCOMPARE(after->error().code, credential_errors::NeedsReconnect);
    QCOMPARE(after->error().message, QStringLiteral("Google account alice@example.com must be reconnected."));
    QTRY_COMPARE(notify.size(), 1);
    QCOMPARE(notify.first().at(0).value<ConnectionInfo>().state, QStringLiteral("needs_reconnect"));
    bool sawNeedsReconnect = false;
    for (const auto& args : events)
        sawNeedsReconnect |= args.at(0).value<ConnectionEvent>().kind == ConnectionEvent::Kind::NeedsReconnect;
    QVERIFY(sawNeedsReconnect);
    const ConnectionInfo info = *m_fixture->service().connection(connected.connection.id);
    QCOMPARE(info.state, QStringLiteral("needs_reconnect"));
    QVERIFY(info.stateReason.contains(QStringLiteral("Reconnect")));
    QVERIFY(info.stateText().startsWith(QStringLiteral("Needs reconnect")));

    // Any later use fails in words, without asking the provider again.
    QCOMPARE(control(m_fixture->controlUrl(), "DELETE", QStringLiteral("/_sandbox/requests")).status, 200);
    const Result<Credential> later = credentialNow(source, QStringLiteral("google"));
    QVERIFY(!later);
    QCOMPARE(later.error().message, QStringLiteral("Google account alice@example.com must be reconnected."));
    QCOMPARE(countRequests(m_fixture->controlUrl(), QStringLiteral("google"), QStringLiteral("/token")), 0);

    // Reconnecting the same account brings it back.
    const ConnectOutcome again = m_fixture->connect(QStringLiteral("google"));
    QVERIFY(again.ok() && again.reconnected);
    QVERIFY(credentialNow(source, QStringLiteral("google")));
}

void TstTokenManager::twilioBadCredentialsInTwiliosWords()
{
    auto outcome = waitFor<ConnectOutcome>([&](auto done) {
        m_fixture->service().connectApiKey(QStringLiteral("twilio"),
                                           {{QStringLiteral("account_sid"), sandbox::demo::twilioAccounts().first().accountSid},
                                            {QStringLiteral("auth_token"), QStringLiteral("not-the-token")}},
                                           {}, QStringLiteral("cli:test"), done);
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->error.code, QStringLiteral("credentials_rejected"));
    QVERIFY2(outcome->error.message.contains(QStringLiteral("Authenticate (error 20003)")), qPrintable(outcome->error.message));
    QCOMPARE(m_fixture->connectionCount(), 0);

    auto malformed = waitFor<ConnectOutcome>([&](auto done) {
        m_fixture->service().connectApiKey(QStringLiteral("twilio"), {{QStringLiteral("account_sid"), QStringLiteral("nope")}},
                                           {}, QStringLiteral("cli:test"), done);
    });
    QCOMPARE(malformed->error.code, QStringLiteral("invalid_fields"));
}

void TstTokenManager::stripeBadKeyInStripesWords()
{
    auto outcome = waitFor<ConnectOutcome>([&](auto done) {
        m_fixture->service().connectApiKey(QStringLiteral("stripe"),
                                           {{QStringLiteral("secret_key"), QStringLiteral("sk_test_wrongwrongwrongwrong1234")}},
                                           {}, QStringLiteral("cli:test"), done);
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->error.code, QStringLiteral("credentials_rejected"));
    QVERIFY2(outcome->error.message.startsWith(QStringLiteral("Stripe refused the key: Invalid API Key provided")),
             qPrintable(outcome->error.message));
    QVERIFY(!outcome->error.message.contains(QStringLiteral("wrongwrongwrongwrong"))); // Stripe masks it; so do we
    QCOMPARE(m_fixture->connectionCount(), 0);
}

void TstTokenManager::apiKeysAreValidatedThenStored()
{
    const auto twilio = sandbox::demo::twilioAccounts().first();
    QSignalSpy events(&m_fixture->service(), &ConnectionService::connectionEvent);
    auto outcome = waitFor<ConnectOutcome>([&](auto done) {
        m_fixture->service().connectApiKey(QStringLiteral("twilio"),
                                           {{QStringLiteral("account_sid"), twilio.accountSid},
                                            {QStringLiteral("auth_token"), twilio.authToken}},
                                           QStringLiteral("Main line"), QStringLiteral("cli:test"), done);
    });
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(outcome->connection.account, twilio.accountSid);
    QCOMPARE(outcome->connection.label, QStringLiteral("Main line"));
    QCOMPARE(events.first().at(0).value<ConnectionEvent>().actor, QStringLiteral("cli:test"));
    const Result<Credential> credential = credentialNow(m_fixture->service().credentials(), QStringLiteral("twilio"));
    QVERIFY(credential);
    QCOMPARE(credential->kind, Credential::Kind::Basic);
    QCOMPARE(credential->accountSid, twilio.accountSid);
    QCOMPARE(credential->basicPassword, twilio.authToken);

    const auto stripe = sandbox::demo::stripeKeys().first();
    auto stripeOutcome = waitFor<ConnectOutcome>([&](auto done) {
        m_fixture->service().connectApiKey(QStringLiteral("stripe"), {{QStringLiteral("secret_key"), stripe.secretKey}}, {},
                                           QStringLiteral("cli:test"), done);
    });
    QVERIFY2(stripeOutcome && stripeOutcome->ok(), qPrintable(stripeOutcome->error.message));
    QCOMPARE(stripeOutcome->connection.account, stripe.accountId);
    const Result<Credential> key = credentialNow(m_fixture->service().credentials(), QStringLiteral("stripe"));
    QVERIFY(key);
    QCOMPARE(key->authorizationHeader(), "Bearer " + stripe.secretKey.toUtf8());

    // Entering new credentials for the same account edits it.
    events.clear();
    auto edited = waitFor<ConnectOutcome>([&](auto done) {
        m_fixture->service().connectApiKey(QStringLiteral("stripe"), {{QStringLiteral("secret_key"), stripe.secretKey}}, {},
                                           QStringLiteral("cli:test"), done);
    });
    QVERIFY(edited && edited->ok() && edited->reconnected);
    QCOMPARE(events.first().at(0).value<ConnectionEvent>().kind, ConnectionEvent::Kind::CredentialsEdited);
}

void TstTokenManager::lockedKeychainStoresNoApiKey()
{
    QVERIFY(Keyring::lock());
    const auto twilio = sandbox::demo::twilioAccounts().first();
    auto outcome = waitFor<ConnectOutcome>([&](auto done) {
        m_fixture->service().connectApiKey(QStringLiteral("twilio"),
                                           {{QStringLiteral("account_sid"), twilio.accountSid},
                                            {QStringLiteral("auth_token"), twilio.authToken}},
                                           {}, QStringLiteral("cli:test"), done);
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->error.code, secret_errors::Locked);
    QVERIFY(outcome->error.message.contains(QStringLiteral("Nothing was stored")));
    QCOMPARE(m_fixture->connectionCount(), 0);
    QVERIFY(Keyring::unlock());
    QVERIFY(!m_fixture->anyConnectionSecret());
}

void TstTokenManager::disconnectRevokesAndRemovesSecrets_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("revokePath");
    QTest::newRow("google") << QStringLiteral("google") << QStringLiteral("/revoke");
    QTest::newRow("slack") << QStringLiteral("slack") << QStringLiteral("/api/auth.revoke");
    QTest::newRow("generic") << QStringLiteral("generic") << QStringLiteral("/revoke");
}

void TstTokenManager::disconnectRevokesAndRemovesSecrets()
{
    QFETCH(QString, provider);
    QFETCH(QString, revokePath);
    const ConnectOutcome connected = m_fixture->connect(provider);
    QVERIFY(connected.ok());
    const QString id = QString::number(connected.connection.id);
    const Result<QString> access = readSecret(m_fixture->secrets(), {QStringLiteral("connection"), id, QStringLiteral("access_token")});
    QVERIFY(access);
    QSignalSpy events(&m_fixture->service(), &ConnectionService::connectionEvent);
    auto message = waitFor<Result<QString>>([&](auto done) {
        m_fixture->service().disconnect(connected.connection.id, QStringLiteral("console:test"), done);
    });
    QVERIFY(message && *message);
    QVERIFY2((*message)->contains(QStringLiteral("revoked")), qPrintable(**message));
    QCOMPARE(countRequests(m_fixture->controlUrl(), provider, revokePath), 1);
    QCOMPARE(m_fixture->connectionCount(), 0);
    QVERIFY(!m_fixture->anyConnectionSecret());
    QCOMPARE(events.last().at(0).value<ConnectionEvent>().kind, ConnectionEvent::Kind::Disconnected);
    // The provider agrees: the token is dead.
    const Result<Credential> gone = credentialNow(m_fixture->service().credentials(), provider);
    QCOMPARE(gone.error().code, credential_errors::NotConnected);
}

void TstTokenManager::microsoftDisconnectSaysWhereToRemoveConsent()
{
    const ConnectOutcome connected = m_fixture->connect(QStringLiteral("microsoft"));
    QVERIFY(connected.ok());
    auto message = waitFor<Result<QString>>([&](auto done) {
        m_fixture->service().disconnect(connected.connection.id, QStringLiteral("console:test"), done);
    });
    QVERIFY(message && *message);
    QVERIFY((*message)->contains(QStringLiteral("https://myapps.microsoft.com")));
    QVERIFY((*message)->contains(QStringLiteral("https://account.live.com/consent/Manage")));
    QVERIFY(!m_fixture->anyConnectionSecret());
}

void TstTokenManager::labelsDefaultsAndTestingWarning()
{
    const ConnectOutcome alice = m_fixture->connect(QStringLiteral("google"));
    const ConnectOutcome bob = m_fixture->connect(QStringLiteral("google"), QStringLiteral("bob@example.com"));
    QVERIFY(alice.ok() && bob.ok());
    QVERIFY(alice.connection.isDefault && !bob.connection.isDefault);
    QVERIFY(m_fixture->service().renameConnection(bob.connection.id, QStringLiteral("Support inbox"), QStringLiteral("api")));
    QVERIFY(m_fixture->service().setDefaultConnection(bob.connection.id, QStringLiteral("api")));
    const ConnectionInfo info = *m_fixture->service().connection(bob.connection.id);
    QCOMPARE(info.label, QStringLiteral("Support inbox"));
    QVERIFY(info.isDefault);
    QVERIFY(!m_fixture->service().connection(alice.connection.id)->isDefault);
    const Result<Credential> byDefault = credentialNow(m_fixture->service().credentials(), QStringLiteral("google"));
    QCOMPARE(byDefault->connection.account, QStringLiteral("bob@example.com"));
    QVERIFY(info.warning.isEmpty());

    // A client in Google's "Testing" status: the card warns about 7-day refresh tokens.
    const auto demo = sandbox::demo::oauthClients().first();
    ProviderClientSettings settings;
    settings.provider = QStringLiteral("google");
    settings.clientId = demo.clientId;
    settings.clientSecret = demo.clientSecret;
    settings.testing = true;
    auto saved = waitFor<Status>([&](auto done) { m_fixture->service().setProviderClient(settings, QStringLiteral("api"), done); });
    QVERIFY(saved && *saved);
    QVERIFY(m_fixture->service().connection(alice.connection.id)->warning.contains(QStringLiteral("7 days")));
    // The secret went to the keychain, not the settings table.
    QVERIFY(readSecret(m_fixture->secrets(), {QStringLiteral("oauth_client"), QStringLiteral("google"), QStringLiteral("client_secret")}));
    // Disconnecting the default promotes the remaining account.
    auto gone = waitFor<Result<QString>>([&](auto done) { m_fixture->service().disconnect(bob.connection.id, QStringLiteral("api"), done); });
    QVERIFY(gone && *gone);
    QVERIFY(m_fixture->service().connection(alice.connection.id)->isDefault);
}

void TstTokenManager::testButtonAsksTheProvider()
{
    const ConnectOutcome connected = m_fixture->connect(QStringLiteral("slack"));
    QVERIFY(connected.ok());
    auto works = waitFor<Result<QString>>([&](auto done) { m_fixture->service().testConnection(connected.connection.id, done); });
    QVERIFY(works && *works);
    QVERIFY((*works)->contains(QStringLiteral("works")));
    QCOMPARE(countRequests(m_fixture->controlUrl(), QStringLiteral("slack"), QStringLiteral("/api/auth.test")), 1);
}

void TstTokenManager::noTokenBytesInTheDatabaseFiles()
{
    QStringList secrets;
    for (const QString& provider : {QStringLiteral("google"), QStringLiteral("slack"), QStringLiteral("microsoft")}) {
        const ConnectOutcome connected = m_fixture->connect(provider);
        QVERIFY(connected.ok());
        for (const char* field : {"access_token", "refresh_token"}) {
            const Result<QString> value = readSecret(m_fixture->secrets(), {QStringLiteral("connection"),
                                                                           QString::number(connected.connection.id),
                                                                           QString::fromLatin1(field)});
            QVERIFY(value);
            secrets << *value;
        }
    }
    secrets << sandbox::demo::oauthClients().first().clientSecret;
    QDirIterator files(m_fixture->dataDir(), QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString& secret : std::as_const(secrets))
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
        ++checked;
    }
    QVERIFY(checked >= 2); // switchboard.db and its -wal at least
}

QTEST_GUILESS_MAIN(TstTokenManager)
#include "tst_tokenmanager.moc"
