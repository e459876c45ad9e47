#pragma once

#include "core/AgentTypes.h"
#include "audit/AuditQuery.h"
#include "audit/AuditReader.h"
#include "tools/ToolExecutor.h"
#include "tools/ToolRegistry.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace sb {

class Agent;

// The console's handle on the agent, which lives in another thread. Every call returns at once: it is queued into
// the agent's thread, and the answer comes back as a signal on this object's (the GUI) thread. Nothing here blocks,
// and no page touches the Agent directly.
class AgentClient : public QObject
{
    Q_OBJECT
public:
    explicit AgentClient(Agent* agent, QObject* parent = nullptr);

    void refreshStatus();    // → statusChanged
    void requestApiToken();  // → apiTokenReady or requestFailed("apiToken", …)
    void requestProviders(); // → providersReady
    void requestSandboxClients(); // → sandboxClientsReady (empty without --sandbox)
    // Sends one fault to the sandbox's control API (kind: "rate_limit", "server_error", "expire_tokens", "reset" …).
    void applySandboxFault(const QString& provider, const QString& kind); // → sandboxFaultApplied or requestFailed

    // Tools and the audit trail (the Audit and Stats pages, the run form).
    // Reads of the trail straight from the store's read-only connections (never through the agent's thread), and
    // the writer's commits as AuditReader::recordsWritten. Available once the agent started.
    [[nodiscard]] AuditReader* auditReader() { return &m_auditReader; }
    void listTools(); // → toolsReady
    // Runs `tool` with `input` (a JSON object) as the console user; connectionId 0: the provider's default account.
    void runTool(const QString& tool, const QJsonObject& input, qint64 connectionId = 0); // → toolRunFinished
    void requestStats(const QString& caller = {}); // → statsReady (empty caller: everyone)
    // Settings changed, API token regenerated, keys viewed …: recorded in the audit trail (never a secret).
    void recordAdminEvent(const QString& event, const QJsonObject& details = {});

    // --- Connections page (value types in agent/connections/ConnectionInfo.h) ---
    // Who the connection events name; default "console:<login name>".
    void setActor(const QString& actor) { m_actor = actor; }
    void requestConnections(); // → connectionsReady or requestFailed("connections", …)
    // Starts an OAuth sign-in → authorizationReady (open the URL in the in-app browser when embeddedAllowed and the
    // user did not ask for the system browser), then connectFinished once the agent's loopback listener got the
    // redirect, the flow timed out or was cancelled. A flow that cannot start → connectFinished(empty flowId, error).
    void startConnect(const QString& provider, const QString& label = {}, sb::BrowserMode mode = sb::BrowserMode::Default);
    void cancelConnect(const QString& flowId); // → connectFinished(flowId, error "cancelled"); nothing is stored
    // Twilio {account_sid, auth_token | api_key_sid + api_key_secret}; Stripe {secret_key}. Checked at the provider
    // first → connectFinished(empty flowId, outcome).
    void connectApiKey(const QString& provider, const QMap<QString, QString>& fields, const QString& label = {});
    // Revokes where the provider can, removes keychain items and the row → disconnected(id, words) or
    // requestFailed("disconnect", …). (Not named disconnect(): that would hide QObject::disconnect.)
    void disconnectConnection(qint64 id);
    void testConnection(qint64 id); // → connectionTested(id, ok, words)
    void renameConnection(qint64 id, const QString& label);   // → connectionsChanged or requestFailed("rename")
    void setDefaultConnection(qint64 id);                      // → connectionsChanged or requestFailed("setDefault")
    void setProviderClient(const sb::ProviderClientSettings& settings); // → providerClientSaved or requestFailed
    void requestProviderClient(const QString& provider); // → providerClientReady (never the secret)

signals:
    void connectionsReady(const QList<sb::ConnectionInfo>& connections);
    void connectionsChanged(); // something changed (any caller, or a refresh): call requestConnections()
    void connectionNeedsReconnect(const sb::ConnectionInfo& connection); // tray notification + banner
    void connectionEvent(const sb::ConnectionEvent& event);
    void authorizationReady(const QString& flowId, const QString& provider, const QUrl& authorizeUrl,
                            bool embeddedAllowed);
    void connectFinished(const QString& flowId, const sb::ConnectOutcome& outcome);
    void disconnected(qint64 id, const QString& message);
    void connectionTested(qint64 id, bool ok, const QString& message);
    void providerClientSaved(const QString& provider);
    void providerClientReady(const sb::ProviderClientSettings& settings);

    void statusChanged(const sb::AgentStatus& status);
    void apiTokenReady(const QString& token);
    void providersReady(const QList<sb::ProviderSummary>& providers);
    void sandboxClientsReady(const QList<sb::SandboxDemoClient>& clients);
    void sandboxFaultApplied(const QString& provider, const QString& kind);
    void toolsReady(const QList<sb::ToolSummary>& tools);
    // result.auditLogId names the audit record; result.error is set when the run failed.
    void toolRunFinished(const sb::ToolRunResult& result);
    void statsReady(const sb::ToolStats& stats);
    void requestFailed(const QString& operation, const sb::Error& error);

private:
    // Runs `work` in the agent's thread; `work` gets the agent and a way to post a result back to this thread.
    template <typename Work>
    void inAgentThread(Work work);

    void attachAuditReader();

    QPointer<Agent> m_agent;
    AuditReader m_auditReader;
    QString m_actor;
    QSet<QString> m_flows; // sign-ins this client started (connectFinished reports only those)
};

} // namespace sb
