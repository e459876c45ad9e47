#include "core/AgentClient.h"

#include "core/Agent.h"
#include "tools/ToolService.h"

namespace sb {

AgentClient::AgentClient(Agent* agent, QObject* parent)
    : QObject(parent)
    , m_agent(agent)
{
    registerAgentTypes();
    registerToolTypes();
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

// --- Tools and the audit trail -------------------------------------------------------------------------------------

void AgentClient::listTools()
{
    inAgentThread([](Agent* agent, auto post) {
        if (!agent->tools())
            return post([](AgentClient* client) {
                emit client->requestFailed(QStringLiteral("tools"),
                                           Error{QStringLiteral("not_running"), tr("The agent is not running.")});
            });
        post([tools = agent->tools()->registry().summaries()](AgentClient* client) { emit client->toolsReady(tools); });
    });
}

void AgentClient::runTool(const QString& tool, const QJsonObject& input, qint64 connectionId)
{
    ToolRunRequest request;
    request.tool = tool;
    request.input = input;
    request.caller = QStringLiteral("console:") + qEnvironmentVariable("USER", QStringLiteral("user"));
    if (connectionId > 0)
        request.connectionId = connectionId;
    inAgentThread([request](Agent* agent, auto post) {
        if (!agent->tools())
            return post([](AgentClient* client) {
                emit client->requestFailed(QStringLiteral("runTool"),
                                           Error{QStringLiteral("not_running"), tr("The agent is not running.")});
            });
        agent->tools()->run(request, [post](ToolRunResult result) {
            post([result](AgentClient* client) { emit client->toolRunFinished(result); });
        });
    });
}

void AgentClient::requestStats(const QString& caller)
{
    inAgentThread([caller](Agent* agent, auto post) {
        if (!agent->tools())
            return post([](AgentClient* client) {
                emit client->requestFailed(QStringLiteral("stats"),
                                           Error{QStringLiteral("not_running"), tr("The agent is not running.")});
            });
        agent->tools()->requestStats(caller, [post](Result<ToolStats> stats) {
            post([stats](AgentClient* client) {
                if (stats)
                    emit client->statsReady(*stats);
                else
                    emit client->requestFailed(QStringLiteral("stats"), stats.error());
            });
        });
    });
}

void AgentClient::recordAdminEvent(const QString& event, const QJsonObject& details)
{
    const QString actor = QStringLiteral("console:") + qEnvironmentVariable("USER", QStringLiteral("user"));
    inAgentThread([actor, event, details](Agent* agent, auto) {
        if (agent->tools())
            agent->tools()->recordAdminEvent(actor, event, details);
    });
}

} // namespace sb
