#include "core/AgentClient.h"

#include "core/Agent.h"

namespace sb {

AgentClient::AgentClient(Agent* agent, QObject* parent)
    : QObject(parent)
    , m_agent(agent)
{
    registerAgentTypes();
    // The agent emits from its own thread; AutoConnection queues these into ours.
    connect(agent, &Agent::statusChanged, this, &AgentClient::statusChanged);
}

template <typename Work>
void AgentClient::inAgentThread(Work work)
{
    if (!m_agent)
        return;
    QPointer<AgentClient> self(this);
    Agent* agent = m_agent;
    // `post` hands a result back to the client's thread; the client may be gone by then.
    auto post = [self](auto deliver) {
        QMetaObject::invokeMethod(
            self.data(), [self, deliver = std::move(deliver)] {
                if (self)
                    deliver(self.data());
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(agent, [agent, work = std::move(work), post] { work(agent, post); },
                              Qt::QueuedConnection);
}

void AgentClient::refreshStatus()
{
    inAgentThread([](Agent* agent, auto post) {
        post([status = agent->status()](AgentClient* client) { emit client->statusChanged(status); });
    });
}

void AgentClient::requestApiToken()
{
    inAgentThread([](Agent* agent, auto post) {
        agent->readApiToken([post](Result<QString> token) {
            post([token](AgentClient* client) {
                if (token)
                    emit client->apiTokenReady(*token);
                else
                    emit client->requestFailed(QStringLiteral("apiToken"), token.error());
            });
        });
    });
}

void AgentClient::requestProviders()
{
    inAgentThread([](Agent* agent, auto post) {
        post([providers = agent->providerSummaries()](AgentClient* client) { emit client->providersReady(providers); });
    });
}

void AgentClient::requestSandboxClients()
{
    inAgentThread([](Agent* agent, auto post) {
        post([clients = agent->sandboxClients()](AgentClient* client) { emit client->sandboxClientsReady(clients); });
    });
}

void AgentClient::applySandboxFault(const QString& provider, const QString& kind)
{
    inAgentThread([provider, kind](Agent* agent, auto post) {
        agent->applySandboxFault(provider, kind, [post, provider, kind](Status result) {
            post([result, provider, kind](AgentClient* client) {
                if (result)
                    emit client->sandboxFaultApplied(provider, kind);
                else
                    emit client->requestFailed(QStringLiteral("sandboxFault"), result.error());
            });
        });
    });
}

} // namespace sb
