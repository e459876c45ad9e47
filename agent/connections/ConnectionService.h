#pragma once

#include "connections/ConnectionEvent.h"
#include "connections/ConnectionInfo.h"
#include "connections/ConnectionRepository.h"
#include "oauth/AuthorizationFlow.h"
#include "oauth/OAuthTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sb {

class AccessRevoker;
class ApiKeyValidator;
class ConnectionSecrets;
class CredentialSource;
class Database;
class ProviderCatalog;
class ProviderClients;
class SecretStore;
class TokenClient;
class TokenManager;

struct ConnectionServiceOptions
{
    // Used for providers whose client id nobody set (the sandbox's demo clients under --sandbox).
    QHash<QString, ProviderClient> fallbackClients;
    std::chrono::milliseconds flowTimeout = std::chrono::minutes(5);
    // Renew OAuth access ahead of expiry in the background (off in tests that count refresh requests).
    bool proactiveRefresh = true;
    std::chrono::milliseconds proactiveInterval = std::chrono::seconds(30);
    std::chrono::seconds proactiveWindow = std::chrono::seconds(120);
};

// Connected accounts: starts and completes OAuth flows, validates and stores API keys, disconnects (revoking where
// the provider can), renames, picks defaults, and keeps provider client settings. Secrets go only to the keychain;
// a failed step leaves nothing behind (no row, no keychain item). Lives in the agent's thread.
//
// Every change is announced by connectionEvent (for the audit trail) and connectionsChanged (for the UI).
class ConnectionService : public QObject
{
    Q_OBJECT
public:
    using ReadyCallback = std::function<void(Result<AuthorizationRequest>)>;
    using OutcomeCallback = std::function<void(const ConnectOutcome&)>;
    using MessageCallback = std::function<void(Result<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    ConnectionService(Database* database, SecretStore* secrets, ProviderCatalog* catalog,
                      QNetworkAccessManager* network, ConnectionServiceOptions options, QObject* parent = nullptr);
    ~ConnectionService() override;

    // What tools and sync use to get a fresh credential.
    [[nodiscard]] CredentialSource* credentials() const;
    [[nodiscard]] TokenManager* tokenManager() const { return m_manager; }

    [[nodiscard]] Result<QList<ConnectionInfo>> connections();
    [[nodiscard]] Result<ConnectionInfo> connection(qint64 id);

    // OAuth: opens the loopback listener and answers with the URL to show; the flow then ends by itself
    // (connectFinished), by cancelConnect, by submitRedirect (a pasted URL) or by its timeout.
    void startConnect(const QString& provider, const QString& label, BrowserMode mode, const QString& actor,
                      ReadyCallback ready);
    [[nodiscard]] Status cancelConnect(const QString& flowId);
    // The final redirect URL, pasted by the user: validated exactly like one the listener caught.
    void submitRedirect(const QString& flowId, const QUrl& url, OutcomeCallback done);
    // {"state":"pending"|"finished"|"error", …}; nullopt for an unknown (or long finished) flow.
    [[nodiscard]] std::optional<QJsonObject> flowStatus(const QString& flowId) const;

    void connectApiKey(const QString& provider, const QMap<QString, QString>& fields, const QString& label,
                       const QString& actor, OutcomeCallback done);
    // Answers with words for the user: where to remove the app's consent when the provider cannot revoke.
    void disconnect(qint64 id, const QString& actor, MessageCallback done);
    void testConnection(qint64 id, MessageCallback done);
    [[nodiscard]] Status renameConnection(qint64 id, const QString& label, const QString& actor);
    [[nodiscard]] Status setDefaultConnection(qint64 id, const QString& actor);
    void setProviderClient(const ProviderClientSettings& settings, const QString& actor, StatusCallback done);
    // What Settings shows: the saved client id (or the sandbox demo client's), flags, generic endpoints; no secret.
    [[nodiscard]] ProviderClientSettings providerClient(const QString& provider);

    // Ends every pending flow as cancelled (the agent stops).
    void cancelAllFlows();

    void setFlowTimeout(std::chrono::milliseconds timeout) { m_options.flowTimeout = timeout; }
    // Tests: make the next flows misbehave (tampered PKCE verifier, another expected nonce).
    void setFlowTestHooks(FlowTestHooks hooks) { m_hooks = std::move(hooks); }

signals:
    void connectionEvent(const sb::ConnectionEvent& event);
    void connectionsChanged();
    // A connection went to needs_reconnect: the console shows a tray notification and a banner.
    void connectionNeedsReconnect(const sb::ConnectionInfo& connection);
    void authorizationReady(const sb::AuthorizationRequest& request);
    void connectFinished(const sb::ConnectOutcome& outcome);

private:
    struct Flow
    {
        QString id;
        QString provider;
        QString label;
        QString actor;
        QPointer<AuthorizationFlow> flow;
        AuthorizationRequest request;
        std::optional<ConnectOutcome> outcome;
        QList<OutcomeCallback> waiting;
    };
    struct Discovery
    {
        QString issuer;
        QUrl jwksUrl;
        bool issInRedirect = false;
    };

    void continueConnect(const QString& provider, const QString& label, const QString& actor, ProviderClient client,
                         std::optional<Discovery> discovery, ReadyCallback ready);
    void onFlowFinished(const QString& flowId, Result<FlowOutcome> outcome);
    void storeOAuth(const QString& flowId, FlowOutcome outcome);
    void complete(const QString& flowId, ConnectOutcome outcome);
    void finishDisconnect(const ConnectionRow& row, const QString& actor, const QString& message, MessageCallback done);
    void probe(const ConnectionRow& row, bool retried, MessageCallback done);
    void emitEvent(ConnectionEvent::Kind kind, const ConnectionRow& row, const QString& actor, const QString& detail = {});
    [[nodiscard]] ConnectionInfo toInfo(const ConnectionRow& row);
    [[nodiscard]] QString displayName(const QString& provider) const;
    [[nodiscard]] Error keychainError(const QString& provider, const Error& error) const;

    Database* m_database;
    SecretStore* m_secrets;
    ProviderCatalog* m_catalog;
    QNetworkAccessManager* m_network;
    ConnectionServiceOptions m_options;
    std::unique_ptr<ConnectionRepository> m_repository;
    std::unique_ptr<ProviderClients> m_clients;
    std::unique_ptr<ConnectionSecrets> m_items;
    std::unique_ptr<AccessRevoker> m_revoker;
    TokenClient* m_tokenClient = nullptr;
    ApiKeyValidator* m_validator = nullptr;
    TokenManager* m_manager = nullptr;
    QHash<QString, Flow> m_flows;
    QHash<QString, Discovery> m_discovery;
    FlowTestHooks m_hooks;
};

} // namespace sb
