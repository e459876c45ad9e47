#pragma once

// Shared by tests/oauth and tests/connections: real HTTP against a sandbox (in this process via SandboxHost, or in a
// switchboard-agent --sandbox process), the consent-form dance as docs/sandbox.md describes it, gnome-keyring
// lock/unlock over D-Bus, and an in-process ConnectionService on a temporary data dir.

#include "catalog/ProviderCatalog.h"
#include "connections/ConnectionService.h"
#include "connections/TokenManager.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxHost.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>
#include <optional>

namespace sb::test {

struct HttpReply
{
    int status = -1;
    QByteArray body;
    QUrl location;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One request, redirects not followed; waits by spinning the event loop so listeners in this thread keep answering.
inline HttpReply http(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                      const QByteArray& contentType = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(40000);
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.location = QUrl::fromEncoded(reply->rawHeader("Location"));
    delete reply;
    return result;
}

inline QByteArray form(const QList<QPair<QString, QString>>& items)
{
    QByteArray out;
    for (const auto& [name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

// The sandbox's consent page (docs/sandbox.md): GET the authorization URL, then POST the form (request id,
// decision, account) to its action. Returns the provider's redirect (to our loopback listener), not followed.
inline std::optional<QUrl> consent(const QUrl& authorizeUrl, const QString& account = QStringLiteral("alice@example.com"),
                                   const QString& decision = QStringLiteral("allow"))
{
    const HttpReply page = http("GET", authorizeUrl);
    if (page.status != 200) {
        qWarning() << "consent page" << page.status << page.body.left(300);
        return std::nullopt;
    }
    static const QRegularExpression requestId(QStringLiteral("name=\"request\" value=\"([^\"]+)\""));
    static const QRegularExpression action(QStringLiteral("<form id=\"consent\" method=\"post\" action=\"([^\"]+)\""));
    const QString html = QString::fromUtf8(page.body);
    const auto id = requestId.match(html);
    const auto target = action.match(html);
    if (!id.hasMatch() || !target.hasMatch())
        return std::nullopt;
    QUrl post = authorizeUrl;
    post.setQuery(QString());
    post.setPath(QUrl::fromPercentEncoding(target.captured(1).toUtf8()).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
    const HttpReply answer = http("POST", post,
                                  form({{QStringLiteral("request"), id.captured(1)},
                                        {QStringLiteral("decision"), decision},
                                        {QStringLiteral("account"), account}}),
                                  "application/x-www-form-urlencoded");
    if (answer.status != 302) {
        qWarning() << "consent answer" << answer.status << answer.body.left(300);
        return std::nullopt;
    }
    return answer.location;
}

inline QUrl withQueryItem(QUrl url, const QString& name, const QString& value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

// Sandbox control routes.
inline HttpReply control(const QUrl& controlUrl, const QByteArray& method, const QString& path,
                         const QJsonObject& body = {})
{
    QUrl url = controlUrl;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return http(method, url, method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                method == "GET" ? QByteArray() : QByteArray("application/json"));
}

// Logged requests of one provider with this path (and, when given, a body containing `bodyPart`).
inline int countRequests(const QUrl& controlUrl, const QString& provider, const QString& path,
                         const QString& bodyPart = {})
{
    const QJsonArray requests = control(controlUrl, "GET", QStringLiteral("/_sandbox/requests?provider=") + provider)
                                    .json()
                                    .value(QStringLiteral("requests"))
                                    .toArray();
    int count = 0;
    for (const QJsonValue& value : requests) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("path")).toString() == path
            && (bodyPart.isEmpty() || entry.value(QStringLiteral("body")).toString().contains(bodyPart)))
            ++count;
    }
    return count;
}

// ---- keychain ---------------------------------------------------------------------------------------------------

template <typename T>
std::optional<T> waitFor(std::function<void(std::function<void(T)>)> start, int ms = 20000)
{
    std::optional<T> value;
    start([&value](T result) { value = std::move(result); });
    QDeadlineTimer deadline(ms);
    while (!value && !deadline.hasExpired())
        QTest::qWait(10);
    return value;
}

inline Result<QString> readSecret(SecretStore& store, const SecretKey& key)
{
    auto value = waitFor<Result<QString>>([&](auto done) { store.read(key, done); });
    return value ? *value : fail(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
}

class Keyring
{
public:
    struct DBusSecret
    {
        QDBusObjectPath session;
        QByteArray parameters;
        QByteArray value;
        QString contentType;
    };

    static QString defaultCollection()
    {
        const QDBusMessage reply = QDBusConnection::sessionBus().call(
            QDBusMessage::createMethodCall(service(), path(), iface(), QStringLiteral("ReadAlias")) << QStringLiteral("default"));
        return reply.arguments().isEmpty() ? QString() : reply.arguments().first().value<QDBusObjectPath>().path();
    }
    static bool isLocked()
    {
        const QDBusMessage reply = QDBusConnection::sessionBus().call(
            QDBusMessage::createMethodCall(service(), defaultCollection(), QStringLiteral("org.freedesktop.DBus.Properties"),
                                           QStringLiteral("Get"))
            << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked"));
        return reply.type() != QDBusMessage::ReplyMessage || reply.arguments().value(0).value<QDBusVariant>().variant().toBool();
    }
    // Secret Service Lock([collection]): gnome-keyring locks without a prompt.
    static bool lock()
    {
        const QDBusMessage reply = QDBusConnection::sessionBus().call(
            QDBusMessage::createMethodCall(service(), path(), iface(), QStringLiteral("Lock"))
            << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(defaultCollection())}));
        return reply.type() == QDBusMessage::ReplyMessage && isLocked();
    }
    // gnome-keyring's UnlockWithMasterPassword (the standard Unlock needs a prompt), as tests/secrets does.
    static bool unlock()
    {
        if (!isLocked())
            return true;
        registerTypes();
        QDBusConnection bus = QDBusConnection::sessionBus();
        const QDBusMessage session = bus.call(QDBusMessage::createMethodCall(service(), path(), iface(), QStringLiteral("OpenSession"))
                                              << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString())));
        if (session.type() != QDBusMessage::ReplyMessage)
            return false;
        const QString password = qEnvironmentVariable("SB_TEST_KEYRING_PASSWORD", QStringLiteral("pw"));
        const DBusSecret secret{session.arguments().value(1).value<QDBusObjectPath>(), {}, password.toUtf8(),
                                QStringLiteral("text/plain")};
        bus.call(QDBusMessage::createMethodCall(service(), path(),
                                                QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                                                QStringLiteral("UnlockWithMasterPassword"))
                 << QVariant::fromValue(QDBusObjectPath(defaultCollection())) << QVariant::fromValue(secret));
        return !isLocked();
    }
    static void registerTypes();

private:
    static QString service() { return QStringLiteral("org.freedesktop.secrets"); }
    static QString path() { return QStringLiteral("/org/freedesktop/secrets"); }
    static QString iface() { return QStringLiteral("org.freedesktop.Secret.Service"); }
};

inline QDBusArgument& operator<<(QDBusArgument& argument, const Keyring::DBusSecret& secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

inline const QDBusArgument& operator>>(const QDBusArgument& argument, Keyring::DBusSecret& secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace sb::test

Q_DECLARE_METATYPE(sb::test::Keyring::DBusSecret)

namespace sb::test {

inline void Keyring::registerTypes()
{
    static const bool done = [] {
        qDBusRegisterMetaType<DBusSecret>();
        return true;
    }();
    Q_UNUSED(done)
}

// An in-process agent side: a sandbox in its own thread, a store and keychain namespace of its own, the catalog
// pointed at the sandbox, and a ConnectionService with the sandbox's demo clients.
class ConnectionsFixture
{
public:
    ConnectionsFixture() = default;
    // Leaves the test keyring as it found it: the secrets of connections still present, and the client secrets.
    ~ConnectionsFixture()
    {
        if (!m_service || !Keyring::unlock())
            return;
        const QStringList fields{QStringLiteral("access_token"), QStringLiteral("refresh_token"), QStringLiteral("api_key"),
                                 QStringLiteral("auth_token"), QStringLiteral("api_key_sid"), QStringLiteral("api_key_secret")};
        QList<SecretKey> keys;
        for (const ConnectionInfo& info : m_service->connections().value_or(QList<ConnectionInfo>{})) {
            for (const QString& field : fields)
                keys.append({QStringLiteral("connection"), QString::number(info.id), field});
        }
        for (const auto& client : sandbox::demo::oauthClients())
            keys.append({QStringLiteral("oauth_client"), client.provider, QStringLiteral("client_secret")});
        m_service.reset();
        for (const SecretKey& key : keys)
            waitFor<Status>([&](auto done) { m_secrets->remove(key, done); });
    }

    // `overrideGeneric` false leaves the generic provider at its placeholder issuer (tests set it through settings).
    bool start(bool overrideGeneric = true, bool proactiveRefresh = false)
    {
        if (!m_dir.isValid())
            return false;
        Result<sandbox::SandboxEndpoints> endpoints = m_sandbox.start({});
        if (!endpoints) {
            qWarning() << endpoints.error().message;
            return false;
        }
        m_endpoints = *endpoints;
        Result<std::unique_ptr<Database>> database = Database::openSqlite(m_dir.filePath(QStringLiteral("switchboard.db")));
        if (!database)
            return false;
        m_database = std::move(*database);
        Result<ProviderCatalog> catalog = ProviderCatalog::loadBuiltIn();
        if (!catalog)
            return false;
        m_catalog = std::make_unique<ProviderCatalog>(std::move(*catalog));
        for (auto it = m_endpoints.providers.cbegin(); it != m_endpoints.providers.cend(); ++it) {
            if (!overrideGeneric && it.key() == QLatin1String("generic"))
                continue;
            if (!m_catalog->overrideBase(it.key(), it.value()))
                return false;
        }
        m_installId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_secrets = std::make_unique<KeychainSecretStore>(m_installId, std::chrono::seconds(10));
        m_network = std::make_unique<QNetworkAccessManager>();
        ConnectionServiceOptions options;
        // Off unless a test wants it: background refreshes would disturb tests that count refresh requests.
        options.proactiveRefresh = proactiveRefresh;
        options.proactiveInterval = std::chrono::milliseconds(100);
        for (const auto& client : sandbox::demo::oauthClients())
            options.fallbackClients.insert(client.provider, ProviderClient{client.clientId, client.clientSecret, false});
        m_service = std::make_unique<ConnectionService>(m_database.get(), m_secrets.get(), m_catalog.get(),
                                                        m_network.get(), options);
        return true;
    }

    ConnectionService& service() { return *m_service; }
    KeychainSecretStore& secrets() { return *m_secrets; }
    Database& database() { return *m_database; }
    QUrl controlUrl() const { return m_endpoints.control; }
    QUrl providerUrl(const QString& provider) const { return m_endpoints.providers.value(provider); }
    QString dataDir() const { return m_dir.path(); }

    // Starts a sign-in and answers the consent page; returns the flow id and the provider's redirect.
    struct Started
    {
        QString flowId;
        QUrl authorizeUrl;
        QUrl redirect; // empty when the consent dance failed
    };
    Started startAndConsent(const QString& provider, const QString& decision = QStringLiteral("allow"),
                            const QString& account = QStringLiteral("alice@example.com"))
    {
        Started started;
        auto request = waitFor<Result<AuthorizationRequest>>(
            [&](auto done) { m_service->startConnect(provider, {}, BrowserMode::Default, QStringLiteral("console:test"), done); });
        if (!request || !*request) {
            qWarning() << "startConnect failed:" << (request ? request->error().message : QStringLiteral("no answer"));
            return started;
        }
        started.flowId = (*request)->flowId;
        started.authorizeUrl = (*request)->authorizeUrl;
        started.redirect = consent(started.authorizeUrl, account, decision).value_or(QUrl());
        return started;
    }

    // Delivers a redirect to the flow's loopback listener, as the browser would; returns the page it shows.
    HttpReply deliver(const QUrl& redirect) { return http("GET", redirect); }

    // A full connect; returns the outcome (or an empty-failure one).
    ConnectOutcome connect(const QString& provider, const QString& account = QStringLiteral("alice@example.com"))
    {
        QSignalSpy finished(m_service.get(), &ConnectionService::connectFinished);
        const Started started = startAndConsent(provider, QStringLiteral("allow"), account);
        if (started.redirect.isEmpty())
            return ConnectOutcome{};
        deliver(started.redirect);
        if (finished.isEmpty() && !finished.wait(20000))
            return ConnectOutcome{};
        return finished.takeFirst().at(0).value<ConnectOutcome>();
    }

    int connectionCount()
    {
        Result<QList<ConnectionInfo>> list = m_service->connections();
        return list ? int(list->size()) : -1;
    }

    // Whether any keychain item exists for connection ids 1..20 (this fixture's install id only).
    bool anyConnectionSecret()
    {
        for (int id = 1; id <= 20; ++id) {
            for (const char* field : {"access_token", "refresh_token", "api_key", "auth_token"}) {
                if (readSecret(*m_secrets, {QStringLiteral("connection"), QString::number(id), QString::fromLatin1(field)}))
                    return true;
            }
        }
        return false;
    }

private:
    QTemporaryDir m_dir;
    sandbox::SandboxHost m_sandbox;
    sandbox::SandboxEndpoints m_endpoints;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProviderCatalog> m_catalog;
    QString m_installId;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ConnectionService> m_service;
};

} // namespace sb::test
