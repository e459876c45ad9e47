#pragma once

#include "core/AgentOptions.h"
#include "core/AgentTypes.h"
#include "core/Result.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sb {

class AdminApi;
class ConnectionService;
class CredentialSource;
class Database;
class DataDir;
class ProviderCatalog;
class SecretStore;
class ToolService;
class CredentialSource;
namespace sandbox {
class SandboxHost;
}

// The facade the console, switchboard-agent and tests talk to. It lives in its own thread (AgentThread) and creates
// everything it owns there: the database connection, the keychain jobs, the network manager and the HTTP servers.
class Agent : public QObject
{
    Q_OBJECT
public:
    explicit Agent(AgentOptions options, QObject* parent = nullptr);
    ~Agent() override;

    // Both run in the agent's thread. start() ends with started() or startFailed().
    void start();
    void stop();

    [[nodiscard]] AgentStatus status() const { return m_status; }
    [[nodiscard]] const AgentOptions& options() const { return m_options; }
    [[nodiscard]] QList<ProviderSummary> providerSummaries() const;
    [[nodiscard]] QList<SandboxDemoClient> sandboxClients() const;

    // Reads the admin API bearer token from the keychain.
    void readApiToken(std::function<void(Result<QString>)> done);
    void applySandboxFault(const QString& provider, const QString& kind, std::function<void(Status)> done);

    // Shared so that a reader in another thread (the console's AuditReader) can hold it weakly: once the agent
    // stops, its reads fail with "not running" instead of touching a destroyed store.
    [[nodiscard]] const std::shared_ptr<Database>& database() const { return m_database; }
    [[nodiscard]] SecretStore* secrets() const { return m_secrets.get(); }
    [[nodiscard]] const ProviderCatalog* catalog() const { return m_catalog.get(); }
    [[nodiscard]] QNetworkAccessManager* network() const { return m_network; }
    // Tools and the audit trail (registry, executor, audit writer, their API routes); null until start().
    [[nodiscard]] ToolService* tools() const { return m_tools; }
    // Tests and embedders: credentials for tool calls instead of the connected accounts'. Call before start().
    void setCredentialSource(CredentialSource* credentials) { m_credentialOverride = credentials; }
    // Connected accounts (OAuth flows, API keys, disconnect, refresh); null until start() created it.
    [[nodiscard]] ConnectionService* connections() const { return m_connections; }
    // Fresh credentials for provider calls (the connections' TokenManager); null before start().
    [[nodiscard]] CredentialSource* credentials() const;

signals:
    void started(const sb::AgentStatus& status);
    void startFailed(const sb::Error& error);
    void statusChanged(const sb::AgentStatus& status);
    // Forwarded from ConnectionService (connections()), so clients can connect before start() creates it.
    void connectionEvent(const sb::ConnectionEvent& event);
    void connectionsChanged();
    void connectionNeedsReconnect(const sb::ConnectionInfo& connection);
    void authorizationReady(const sb::AuthorizationRequest& request);
    void connectFinished(const sb::ConnectOutcome& outcome);

private:
    void failStart(const Error& error);
    void continueWithApiToken();
    [[nodiscard]] Status startSandbox();
    [[nodiscard]] Status startAdminApi(const QString& token);
    void finishStart();
    [[nodiscard]] Status startTools();
    void createConnections();

    AgentOptions m_options;
    AgentStatus m_status;
    std::unique_ptr<DataDir> m_dataDir;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProviderCatalog> m_catalog;
    std::unique_ptr<sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<AdminApi> m_api;
    QNetworkAccessManager* m_network = nullptr;
    ToolService* m_tools = nullptr; // child of this agent
    CredentialSource* m_credentialOverride = nullptr;
    ConnectionService* m_connections = nullptr; // child of this agent
    QString m_installId;
};

// Owns the agent's thread: creates the Agent, moves it there and starts it; stop() shuts it down cleanly
// (listeners closed, agent.json removed) and joins the thread.
class AgentThread : public QObject
{
    Q_OBJECT
public:
    explicit AgentThread(AgentOptions options, QObject* parent = nullptr);
    ~AgentThread() override;

    void start();
    void stop();
    [[nodiscard]] Agent* agent() const { return m_agent; }

private:
    class QThread* m_thread = nullptr;
    Agent* m_agent = nullptr;
};

} // namespace sb
