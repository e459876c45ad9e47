#pragma once

#include "core/AgentTypes.h"

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

signals:
    void statusChanged(const sb::AgentStatus& status);
    void apiTokenReady(const QString& token);
    void providersReady(const QList<sb::ProviderSummary>& providers);
    void sandboxClientsReady(const QList<sb::SandboxDemoClient>& clients);
    void sandboxFaultApplied(const QString& provider, const QString& kind);
    void requestFailed(const QString& operation, const sb::Error& error);

private:
    // Runs `work` in the agent's thread; `work` gets the agent and a way to post a result back to this thread.
    template <typename Work>
    void inAgentThread(Work work);

    QPointer<Agent> m_agent;
};

} // namespace sb
