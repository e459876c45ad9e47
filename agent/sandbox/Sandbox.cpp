#include "sandbox/Sandbox.h"

#include "core/Logging.h"
#include "net/LoopbackHttpServer.h"
#include "sandbox/ControlApi.h"
#include "sandbox/OAuthServer.h"
#include "sandbox/ProviderErrors.h"

#ifdef SB_SANDBOX_HAS_PROVIDER_APIS
#include "sandbox/providers/ProviderApis.h"
#endif

#include <QDateTime>
#include <QTimer>

namespace sb::sandbox {

namespace {

// malformed_json: the route's answer, cut in half, still labelled JSON.
void corrupt(net::HttpResponse& response)
{
    response.body = response.body.isEmpty() ? QByteArray("{\"") : response.body.left(qMax<qsizetype>(1, response.body.size() / 2));
    response.setHeader("Content-Type", "application/json; charset=utf-8");
}

} // namespace

Sandbox::Sandbox(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_tokens(options.seed, [this] { return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs; })
    , m_faults(options.seed)
    , m_control(std::make_unique<ControlApi>(*this))
{
    qRegisterMetaType<SandboxEndpoints>();
    qRegisterMetaType<SandboxOptions>();
    m_tokens.setAccessTokenLifetime(options.accessTokenLifetimeSeconds);
    m_tokens.setSlackTokenRotation(options.slackTokenRotation);
    for (const QString& provider : {QStringLiteral("google"), QStringLiteral("microsoft"), QStringLiteral("slack"),
                                    QStringLiteral("generic")})
        m_oauth[provider] = std::make_unique<OAuthServer>(provider, m_tokens, m_signer, m_faults);
#ifdef SB_SANDBOX_HAS_PROVIDER_APIS
    for (auto& [provider, api] : createProviderApis(m_tokens, options.seed))
        addProviderApi(provider, std::move(api));
#endif
}

Sandbox::~Sandbox()
{
    stop();
}

void Sandbox::addProviderApi(const QString& provider, std::unique_ptr<ProviderApi> api)
{
    m_apis[provider] = std::move(api);
}

Result<SandboxEndpoints> Sandbox::start()
{
    if (m_running)
        return m_endpoints;
    if (auto key = m_signer.generateKey(); !key)
        return std::unexpected(key.error());

    auto listen = [this](net::LoopbackHttpServer* server, quint16 port) -> Status {
        QString error;
        if (!server->listen(port, &error)) {
            stop();
            return fail(QStringLiteral("sandbox.listen"), error);
        }
        return {};
    };
    quint16 nextPort = m_options.basePort;
    auto takePort = [&nextPort] { return nextPort ? nextPort++ : quint16(0); };

    m_controlServer = new net::LoopbackHttpServer(this);
    if (auto ok = listen(m_controlServer, takePort()); !ok)
        return std::unexpected(ok.error());
    m_controlServer->setHandler([this](const net::HttpRequest& request, net::Responder respond) {
        respond(m_control->handle(request));
    });
    m_endpoints.control = m_controlServer->baseUrl();

    for (const QString& provider : providerNames()) {
        auto* server = new net::LoopbackHttpServer(this);
        m_servers.insert(provider, server);
        if (auto ok = listen(server, takePort()); !ok)
            return std::unexpected(ok.error());
        server->setHandler([this, provider](const net::HttpRequest& request, net::Responder respond) {
            dispatch(provider, request, respond);
        });
        m_endpoints.providers.insert(provider, server->baseUrl());
        if (auto it = m_oauth.find(provider); it != m_oauth.end())
            it->second->setBaseUrl(server->baseUrl());
    }
    m_running = true;
    qCInfo(lcSandbox) << "sandbox started; control at" << m_endpoints.control.toString();
    return m_endpoints;
}

void Sandbox::stop()
{
    for (net::LoopbackHttpServer* server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
    if (m_controlServer) {
        m_controlServer->close();
        m_controlServer->deleteLater();
        m_controlServer = nullptr;
    }
    m_endpoints = {};
    m_running = false;
}

void Sandbox::reset()
{
    m_faults.clear();
    m_faults.reseed();
    m_tokens.clear();
    m_tokens.setAccessTokenLifetime(m_options.accessTokenLifetimeSeconds);
    m_tokens.setSlackTokenRotation(m_options.slackTokenRotation);
    m_clockOffsetMs = 0;
    m_log.clear();
    for (auto& [provider, oauth] : m_oauth)
        oauth->reset();
    for (auto& [provider, api] : m_apis)
        api->reset();
}

void Sandbox::dispatch(const QString& provider, const net::HttpRequest& request, const net::Responder& respond)
{
    const qint64 sequence = m_log.record(provider, request);
    const auto oauth = m_oauth.find(provider);
    const bool oauthRoute = oauth != m_oauth.end() && oauth->second->ownsPath(request.path());
    FaultDecision decision = m_faults.decide(provider, request.path(), oauthRoute);

    auto finish = [this, provider, request, respond, sequence, decision]() {
        net::HttpResponse response = decision.response ? *decision.response : route(provider, request);
        if (decision.malformedJson)
            corrupt(response);
        response.dropMidResponse = decision.dropConnection;
        m_log.setStatus(sequence, response.status);
        respond(response);
    };
    if (decision.latencyMs > 0)
        QTimer::singleShot(decision.latencyMs, this, finish);
    else
        finish();
}

net::HttpResponse Sandbox::route(const QString& provider, const net::HttpRequest& request)
{
    if (auto it = m_oauth.find(provider); it != m_oauth.end()) {
        if (auto response = it->second->handle(request))
            return *response;
    }
    if (auto it = m_apis.find(provider); it != m_apis.end() && it->second) {
        if (auto response = it->second->handle(request))
            return *response;
    }
    return errors::notFound(provider, request);
}

} // namespace sb::sandbox
