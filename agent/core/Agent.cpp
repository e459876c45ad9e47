#include "core/Agent.h"

#include "BuildInfo.h"
#include "api/AdminApi.h"
#include "catalog/ProviderCatalog.h"
#include "connections/ConnectionRoutes.h"
#include "connections/ConnectionService.h"
#include "connections/TokenManager.h"
#include "core/AgentInfo.h"
#include "core/DataDir.h"
#include "core/Logging.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxHost.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"
#include "tools/ToolService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>

namespace sb {

namespace {

const SecretKey kApiTokenKey{QStringLiteral("admin"), QStringLiteral("api"), QStringLiteral("token")};

QString newApiToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Agent::Agent(AgentOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_status.version = QStringLiteral(SB_VERSION);
    m_status.dataDir = m_options.dataDir;
    m_status.sandbox = m_options.sandbox;
}

Agent::~Agent()
{
    stop();
}

void Agent::failStart(const Error& error)
{
    qCCritical(lcAgent).noquote() << "agent failed to start:" << error.message;
    m_status.state = AgentState::Failed;
    m_status.error = error.message;
    emit startFailed(error);
    emit statusChanged(m_status);
}

void Agent::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_dataDir = std::make_unique<DataDir>(m_options.dataDir);
    m_status.dataDir = m_dataDir->path();
    if (Status ok = m_dataDir->ensureExists(); !ok)
        return failStart(ok.error());
    if (Status ok = m_dataDir->lock(); !ok)
        return failStart(ok.error());
    Result<QString> installId = m_dataDir->installId();
    if (!installId)
        return failStart(installId.error());
    m_installId = *installId;

    m_status.databasePath = m_dataDir->filePath(QStringLiteral("switchboard.db"));
    Result<std::unique_ptr<Database>> database = Database::openSqlite(m_status.databasePath);
    if (!database)
        return failStart(database.error());
    m_database = std::move(*database);
    m_status.sqliteVersion = m_database->sqliteVersion().value_or(QString());

    Result<ProviderCatalog> catalog = ProviderCatalog::loadBuiltIn();
    if (!catalog)
        return failStart(catalog.error());
    m_catalog = std::make_unique<ProviderCatalog>(std::move(*catalog));

    m_network = new QNetworkAccessManager(this);
    auto* keychain = new KeychainSecretStore(m_installId, std::chrono::milliseconds(m_options.keychainTimeoutMs));
    m_secrets.reset(keychain);
    m_status.keychain.backend = keychain->backendName();

    if (Status ok = startTools(); !ok)
        return failStart(ok.error());
    if (m_options.sandbox) {
        if (Status ok = startSandbox(); !ok)
            return failStart(ok.error());
    }
    createConnections();
    // Tools use the connected accounts (unless a test or embedder supplied its own) and record their events.
    if (m_tools) {
        if (!m_credentialOverride)
            m_tools->setCredentialSource(credentials());
        connect(this, &Agent::connectionEvent, m_tools, &ToolService::recordConnectionEvent);
    }
    continueWithApiToken();
}

void Agent::createConnections()
{
    ConnectionServiceOptions options;
    // Under --sandbox the sandbox's demo OAuth clients stand in for providers nobody configured.
    if (m_options.sandbox) {
        for (const auto& client : sandbox::demo::oauthClients())
            options.fallbackClients.insert(client.provider, ProviderClient{client.clientId, client.clientSecret, false});
    }
    m_connections = new ConnectionService(m_database.get(), m_secrets.get(), m_catalog.get(), m_network, options, this);
    connect(m_connections, &ConnectionService::connectionEvent, this, &Agent::connectionEvent);
    connect(m_connections, &ConnectionService::connectionsChanged, this, &Agent::connectionsChanged);
    connect(m_connections, &ConnectionService::connectionNeedsReconnect, this, &Agent::connectionNeedsReconnect);
    connect(m_connections, &ConnectionService::authorizationReady, this, &Agent::authorizationReady);
    connect(m_connections, &ConnectionService::connectFinished, this, &Agent::connectFinished);
}

CredentialSource* Agent::credentials() const
{
    return m_connections ? m_connections->credentials() : nullptr;
}

Status Agent::startTools()
{
    // Before any caller can run a tool: records a crash left pending become interrupted here.
    m_tools = new ToolService(*m_database, *m_catalog, m_network, this);
    m_tools->setCredentialSource(m_credentialOverride);
    return m_tools->start();
}

Status Agent::startSandbox()
{
    m_sandbox = std::make_unique<sandbox::SandboxHost>();
    sandbox::SandboxOptions options;
    options.seed = m_options.sandboxSeed;
    Result<sandbox::SandboxEndpoints> endpoints = m_sandbox->start(options);
    if (!endpoints)
        return std::unexpected(endpoints.error());
    m_status.sandboxControlUrl = endpoints->control;
    m_status.sandboxProviders = endpoints->providers;
    // The sandbox is just another set of provider hosts: point the catalog at it and nothing else needs to know.
    for (auto it = endpoints->providers.cbegin(); it != endpoints->providers.cend(); ++it) {
        if (m_catalog->find(it.key())) {
            if (Status ok = m_catalog->overrideBase(it.key(), it.value()); !ok)
                return ok;
        }
    }
    qCInfo(lcAgent) << "sandbox control listener at" << endpoints->control.toString();
    return {};
}

void Agent::continueWithApiToken()
{
    // The admin API's bearer token lives in the keychain. Without a usable keychain the agent still runs (the
    // console works), but the API stays closed: it never falls back to a token kept in plaintext.
    m_secrets->read(kApiTokenKey, [this](Result<QString> token) {
        if (token) {
            m_status.keychain.available = true;
            m_status.keychain.message = tr("Unlocked");
            if (Status ok = startAdminApi(*token); !ok)
                return failStart(ok.error());
            return finishStart();
        }
        if (token.error().code != secret_errors::NotFound) {
            m_status.keychain.available = false;
            m_status.keychain.message = token.error().message;
            qCWarning(lcAgent).noquote() << "admin API disabled:" << token.error().message;
            return finishStart();
        }
        const QString fresh = newApiToken();
        m_secrets->write(kApiTokenKey, fresh, [this, fresh](Status written) {
            m_status.keychain.available = bool(written);
            m_status.keychain.message = written ? tr("Unlocked") : written.error().message;
            if (!written) {
                qCWarning(lcAgent).noquote() << "admin API disabled:" << written.error().message;
                return finishStart();
            }
            if (Status ok = startAdminApi(fresh); !ok)
                return failStart(ok.error());
            finishStart();
        });
    });
}

Status Agent::startAdminApi(const QString& token)
{
    m_api = std::make_unique<AdminApi>(token);
    m_api->addRoute("GET", QStringLiteral("/health"), [this](const AdminApi::Request&, AdminApi::Reply reply) {
        const QJsonObject keychain{{QStringLiteral("available"), m_status.keychain.available},
                                   {QStringLiteral("backend"), m_status.keychain.backend},
                                   {QStringLiteral("message"), m_status.keychain.message}};
        reply(200, QJsonObject{
                       {QStringLiteral("status"), QStringLiteral("running")},
                       {QStringLiteral("version"), m_status.version},
                       {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                       {QStringLiteral("dataDir"), m_status.dataDir},
                       {QStringLiteral("sandbox"), m_status.sandbox},
                       {QStringLiteral("startedAt"), m_status.startedAt.toString(Qt::ISODate)},
                       {QStringLiteral("uptimeSeconds"), m_status.startedAt.secsTo(QDateTime::currentDateTimeUtc())},
                       {QStringLiteral("schemaVersion"), m_database->schemaVersion().value_or(-1)},
                       {QStringLiteral("keychain"), keychain},
                   });
    });
    if (m_tools)
        m_tools->registerRoutes(*m_api);
    if (m_connections)
        addConnectionRoutes(*m_api, *m_connections);
    if (Status ok = m_api->listen(m_options.apiPort); !ok)
        return ok;
    m_status.apiUrl = m_api->url();
    return {};
}

void Agent::finishStart()
{
    AgentInfo info;
    info.pid = QCoreApplication::applicationPid();
    info.version = m_status.version;
    info.apiUrl = m_status.apiUrl;
    info.sandboxUrl = m_status.sandboxControlUrl;
    info.sandbox = m_status.sandboxProviders;
    if (Status ok = info.write(m_dataDir->path()); !ok)
        return failStart(ok.error());
    m_status.state = AgentState::Running;
    m_status.startedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcAgent).noquote() << "agent running; data dir" << m_dataDir->path() << "api" << m_status.apiUrl.toString();
    emit started(m_status);
    emit statusChanged(m_status);
}

void Agent::stop()
{
    if (m_status.state == AgentState::Stopped || !m_dataDir)
        return;
    const bool wasRunning = m_status.state == AgentState::Running;
    if (m_connections) // pending sign-ins end as cancelled; nothing half-stored
        m_connections->cancelAllFlows();
    m_api.reset();
    delete std::exchange(m_tools, nullptr); // flushes the audit batch
    delete std::exchange(m_connections, nullptr);
    m_sandbox.reset();
    if (wasRunning)
        AgentInfo::remove(m_dataDir->path());
    m_secrets.reset();
    // A console read may hold the store a moment longer and destroy it in its own thread: close this thread's
    // connection here, where it was opened.
    if (m_database)
        m_database->releaseThreadConnections();
    m_database.reset();
    m_dataDir.reset();
    m_status.state = AgentState::Stopped;
    emit statusChanged(m_status);
}

QList<ProviderSummary> Agent::providerSummaries() const
{
    QList<ProviderSummary> list;
    if (!m_catalog)
        return list;
    for (const ProviderInfo& provider : m_catalog->providers()) {
        ProviderSummary summary;
        summary.id = provider.id;
        summary.displayName = provider.displayName;
        summary.authKind = provider.authKindName();
        summary.iconPath = provider.iconPath;
        summary.embeddedBrowserAllowed = provider.embeddedBrowserAllowed;
        summary.authorizeUrl = provider.authorizeUrl;
        summary.tokenUrl = provider.tokenUrl;
        summary.apiBases = provider.apiBases.values();
        summary.overridden = provider.overridden;
        summary.tools = provider.tools;
        list.append(summary);
    }
    return list;
}

QList<SandboxDemoClient> Agent::sandboxClients() const
{
    QList<SandboxDemoClient> clients;
    if (!m_options.sandbox)
        return clients;
    for (const auto& client : sandbox::demo::oauthClients())
        clients.append({client.provider, client.clientId, client.clientSecret});
    return clients;
}

void Agent::readApiToken(std::function<void(Result<QString>)> done)
{
    if (!m_secrets)
        return done(fail(QStringLiteral("not_running"), tr("The agent is not running.")));
    m_secrets->read(kApiTokenKey, std::move(done));
}

void Agent::applySandboxFault(const QString& provider, const QString& kind, std::function<void(Status)> done)
{
    if (!m_options.sandbox || m_status.sandboxControlUrl.isEmpty())
        return done(fail(QStringLiteral("no_sandbox"), tr("The sandbox is not running (start with --sandbox).")));
    QUrl url = m_status.sandboxControlUrl;
    QByteArray body;
    if (kind == QLatin1String("reset")) {
        url.setPath(QStringLiteral("/_sandbox/reset"));
        body = "{}";
    } else if (kind == QLatin1String("expire_tokens")) {
        // Not a standing fault but a one-off action: every live access token (of this provider) expires now.
        url.setPath(QStringLiteral("/_sandbox/tokens/expire"));
        body = QJsonDocument(QJsonObject{{QStringLiteral("provider"), provider}}).toJson(QJsonDocument::Compact);
    } else {
        url.setPath(QStringLiteral("/_sandbox/faults"));
        body = QJsonDocument(QJsonObject{{QStringLiteral("provider"), provider}, {QStringLiteral("kind"), kind}})
                   .toJson(QJsonDocument::Compact);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError)
            return done({});
        done(fail(QStringLiteral("sandbox_fault"),
                  tr("The sandbox refused the fault: %1").arg(QString::fromUtf8(reply->readAll()))));
    });
}

AgentThread::AgentThread(AgentOptions options, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_agent(new Agent(std::move(options)))
{
    m_thread->setObjectName(QStringLiteral("sb-agent"));
    m_agent->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_agent, &QObject::deleteLater);
}

AgentThread::~AgentThread()
{
    stop();
}

void AgentThread::start()
{
    m_thread->start();
    QMetaObject::invokeMethod(m_agent, &Agent::start, Qt::QueuedConnection);
}

void AgentThread::stop()
{
    if (!m_thread->isRunning())
        return;
    // Shutting down waits for the agent by design: it closes its listeners and removes agent.json.
    QMetaObject::invokeMethod(m_agent, &Agent::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

} // namespace sb
