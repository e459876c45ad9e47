#include "core/AgentClient.h"

#include "core/Agent.h"
#include "audit/AuditWriter.h"
#include "tools/ToolService.h"

#include "connections/ConnectionService.h"

namespace sb {

AgentClient::AgentClient(Agent* agent, QObject* parent)
    : QObject(parent)
    , m_agent(agent)
{
    registerAgentTypes();
    registerToolTypes();
    // The agent emits from its own thread; AutoConnection queues these into ours.
    connect(agent, &Agent::statusChanged, this, &AgentClient::statusChanged);
    m_actor = QStringLiteral("console:") + qEnvironmentVariable("USER", QStringLiteral("user"));
    connect(agent, &Agent::connectionsChanged, this, &AgentClient::connectionsChanged);
    connect(agent, &Agent::connectionNeedsReconnect, this, &AgentClient::connectionNeedsReconnect);
    connect(agent, &Agent::connectionEvent, this, &AgentClient::connectionEvent);
    connect(agent, &Agent::connectFinished, this, [this](const ConnectOutcome& outcome) {
        if (!outcome.flowId.isEmpty() && m_flows.remove(outcome.flowId))
            emit connectFinished(outcome.flowId, outcome);
    });
    connect(agent, &Agent::started, this, &AgentClient::attachAuditReader);
    connect(this, &AgentClient::statusChanged, this, [this](const AgentStatus& status) {
        if (status.state == AgentState::Stopped || status.state == AgentState::Failed)
            m_auditReader.setDatabase({});
    });
    attachAuditReader(); // the agent may have started before this client existed
}

void AgentClient::attachAuditReader()
{
    QPointer<AuditReader> reader(&m_auditReader);
    inAgentThread([reader](Agent* agent, auto post) {
        if (!agent->tools() || !agent->database())
            return;
        // The writer emits in the agent's thread; the connection queues it into the reader's (the console's).
        QObject::connect(&agent->tools()->audit(), &AuditWriter::recordsWritten, reader.data(),
                         &AuditReader::recordsWritten, Qt::UniqueConnection);
        post([database = std::weak_ptr<Database>(agent->database())](AgentClient* client) {
            client->m_auditReader.setDatabase(database);
        });
    });
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
    const QString actor = QStringLiteral("console:") + qEnvironmentVariable("USER", QStringLiteral("user"));
    inAgentThread([actor](Agent* agent, auto post) {
        agent->readApiToken([post, agent, actor](Result<QString> token) {
            // Showing the admin API token is an admin event of the audit trail (the token itself never is).
            if (token && agent->tools())
                agent->tools()->recordAdminEvent(actor, QStringLiteral("api_token_viewed"));
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

// --- Connections page ----------------------------------------------------------------------------------------------

void AgentClient::requestConnections()
{
    inAgentThread([](Agent* agent, auto post) {
        if (!agent->connections())
            return post([](AgentClient* client) {
                emit client->requestFailed(QStringLiteral("connections"),
                                           Error{QStringLiteral("not_running"), tr("The agent is not running.")});
            });
        Result<QList<ConnectionInfo>> list = agent->connections()->connections();
        post([list](AgentClient* client) {
            if (list)
                emit client->connectionsReady(*list);
            else
                emit client->requestFailed(QStringLiteral("connections"), list.error());
        });
    });
}

void AgentClient::startConnect(const QString& provider, const QString& label, BrowserMode mode)
{
    inAgentThread([provider, label, mode, actor = m_actor](Agent* agent, auto post) {
        auto ready = [post, provider](Result<AuthorizationRequest> request) {
            post([request, provider](AgentClient* client) {
                if (!request) {
                    ConnectOutcome outcome;
                    outcome.provider = provider;
                    outcome.error = request.error();
                    emit client->connectFinished(QString(), outcome);
                    return;
                }
                client->m_flows.insert(request->flowId);
                emit client->authorizationReady(request->flowId, request->provider, request->authorizeUrl,
                                                request->embeddedAllowed);
            });
        };
        if (!agent->connections())
            return ready(fail(QStringLiteral("not_running"), tr("The agent is not running.")));
        agent->connections()->startConnect(provider, label, mode, actor, ready);
    });
}

void AgentClient::cancelConnect(const QString& flowId)
{
    inAgentThread([flowId](Agent* agent, auto) {
        if (agent->connections())
            (void)agent->connections()->cancelConnect(flowId);
    });
}

void AgentClient::connectApiKey(const QString& provider, const QMap<QString, QString>& fields, const QString& label)
{
    inAgentThread([provider, fields, label, actor = m_actor](Agent* agent, auto post) {
        auto done = [post](const ConnectOutcome& outcome) {
            post([outcome](AgentClient* client) { emit client->connectFinished(QString(), outcome); });
        };
        if (!agent->connections()) {
            ConnectOutcome outcome;
            outcome.provider = provider;
            outcome.error = Error{QStringLiteral("not_running"), tr("The agent is not running.")};
            return done(outcome);
        }
        agent->connections()->connectApiKey(provider, fields, label, actor, done);
    });
}

void AgentClient::disconnectConnection(qint64 id)
{
    inAgentThread([id, actor = m_actor](Agent* agent, auto post) {
        if (!agent->connections())
            return;
        agent->connections()->disconnect(id, actor, [post, id](Result<QString> message) {
            post([message, id](AgentClient* client) {
                if (message)
                    emit client->disconnected(id, *message);
                else
                    emit client->requestFailed(QStringLiteral("disconnect"), message.error());
            });
        });
    });
}

void AgentClient::testConnection(qint64 id)
{
    inAgentThread([id](Agent* agent, auto post) {
        if (!agent->connections())
            return;
        agent->connections()->testConnection(id, [post, id](Result<QString> message) {
            post([message, id](AgentClient* client) {
                emit client->connectionTested(id, message.has_value(), message ? *message : message.error().message);
            });
        });
    });
}

void AgentClient::renameConnection(qint64 id, const QString& label)
{
    inAgentThread([id, label, actor = m_actor](Agent* agent, auto post) {
        if (!agent->connections())
            return;
        if (Status ok = agent->connections()->renameConnection(id, label, actor); !ok)
            post([error = ok.error()](AgentClient* client) { emit client->requestFailed(QStringLiteral("rename"), error); });
    });
}

void AgentClient::setDefaultConnection(qint64 id)
{
    inAgentThread([id, actor = m_actor](Agent* agent, auto post) {
        if (!agent->connections())
            return;
        if (Status ok = agent->connections()->setDefaultConnection(id, actor); !ok)
            post([error = ok.error()](AgentClient* client) {
                emit client->requestFailed(QStringLiteral("setDefault"), error);
            });
    });
}

void AgentClient::setProviderClient(const ProviderClientSettings& settings)
{
    inAgentThread([settings, actor = m_actor](Agent* agent, auto post) {
        if (!agent->connections())
            return;
        agent->connections()->setProviderClient(settings, actor, [post, provider = settings.provider](Status ok) {
            post([ok, provider](AgentClient* client) {
                if (ok)
                    emit client->providerClientSaved(provider);
                else
                    emit client->requestFailed(QStringLiteral("providerClient"), ok.error());
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

void AgentClient::requestProviderClient(const QString& provider)
{
    inAgentThread([provider](Agent* agent, auto post) {
        if (!agent->connections())
            return;
        post([settings = agent->connections()->providerClient(provider)](AgentClient* client) {
            emit client->providerClientReady(settings);
        });
    });
}

} // namespace sb
