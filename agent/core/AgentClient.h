#pragma once

#include "core/AgentTypes.h"
#include "audit/AuditQuery.h"
#include "tools/ToolExecutor.h"
#include "tools/ToolRegistry.h"

#include <QObject>
#include <QPointer>

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
    void listTools(); // → toolsReady
    // Runs `tool` with `input` (a JSON object) as the console user; connectionId 0: the provider's default account.
    void runTool(const QString& tool, const QJsonObject& input, qint64 connectionId = 0); // → toolRunFinished
    void requestStats(const QString& caller = {}); // → statsReady (empty caller: everyone)
    // Settings changed, API token regenerated, keys viewed …: recorded in the audit trail (never a secret).
    void recordAdminEvent(const QString& event, const QJsonObject& details = {});

signals:
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

    QPointer<Agent> m_agent;
};

} // namespace sb
