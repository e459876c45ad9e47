#include "connections/ConnectionService.h"

#include "catalog/ProviderCatalog.h"
#include "connections/AccessRevoker.h"
#include "connections/ApiKeyValidator.h"
#include "connections/ConnectionSecrets.h"
#include "connections/ProviderClients.h"
#include "connections/TokenManager.h"
#include "core/Logging.h"
#include "oauth/Pkce.h"
#include "oauth/TokenClient.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QTimer>

namespace sb {

namespace {

constexpr int kFinishedFlowKeptMs = 10 * 60 * 1000; // long enough for switchboardctl to poll the result

ConnectOutcome failed(const QString& flowId, const QString& provider, const Error& error)
{
    ConnectOutcome outcome;
    outcome.flowId = flowId;
    outcome.provider = provider;
    outcome.error = error;
    return outcome;
}

} // namespace

ConnectionService::ConnectionService(Database* database, SecretStore* secrets, ProviderCatalog* catalog,
                                     QNetworkAccessManager* network, ConnectionServiceOptions options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_catalog(catalog)
    , m_network(network)
    , m_options(std::move(options))
    , m_repository(std::make_unique<ConnectionRepository>(database))
    , m_clients(std::make_unique<ProviderClients>(*m_repository, secrets, m_options.fallbackClients))
    , m_items(std::make_unique<ConnectionSecrets>(secrets))
    , m_tokenClient(new TokenClient(network, this))
    , m_validator(new ApiKeyValidator(network, this))
{
    m_revoker = std::make_unique<AccessRevoker>(catalog, *m_clients, *m_items, m_tokenClient);
    m_manager = new TokenManager(*m_repository, secrets, catalog, *m_clients, m_tokenClient, this);
    if (m_options.proactiveRefresh)
        m_manager->startProactiveRefresh(m_options.proactiveInterval, m_options.proactiveWindow);
    connect(m_manager, &TokenManager::connectionEvent, this, &ConnectionService::connectionEvent);
    connect(m_manager, &TokenManager::connectionChanged, this, &ConnectionService::connectionsChanged);
    connect(m_manager, &TokenManager::connectionNeedsReconnect, this, [this](qint64 id) {
        if (Result<ConnectionInfo> info = connection(id))
            emit connectionNeedsReconnect(*info);
    });

    // A crash between the row and its keychain items leaves a "connecting" row: finish the rollback now.
    for (const ConnectionRow& row : m_repository->list().value_or(QList<ConnectionRow>{})) {
        if (row.state != connection_states::Connecting)
            continue;
        m_items->removeAll(row.id, [this, id = row.id](Status removed) {
            if (removed)
                (void)m_repository->remove(id);
        });
    }

    // The generic provider's saved issuer or endpoints replace the catalog's placeholders.
    const ProviderClientSettings generic = m_clients->load(QStringLiteral("generic"));
    if (m_catalog->find(QStringLiteral("generic")) && generic.issuer.isValid() && !generic.issuer.isEmpty())
        (void)m_catalog->setIssuer(QStringLiteral("generic"), generic.issuer);
}

ConnectionService::~ConnectionService()
{
    cancelAllFlows();
}

CredentialSource* ConnectionService::credentials() const
{
    return m_manager;
}

QString ConnectionService::displayName(const QString& provider) const
{
    const ProviderInfo* info = m_catalog->find(provider);
    return info ? info->displayName : provider;
}

Error ConnectionService::keychainError(const QString& provider, const Error& error) const
{
    return Error{error.code, tr("The %1 credentials could not be saved in the keychain: %2 Nothing was stored.")
                                 .arg(displayName(provider), error.message)};
}

ConnectionInfo ConnectionService::toInfo(const ConnectionRow& row)
{
    ConnectionInfo info;
    const ProviderInfo* provider = m_catalog->find(row.provider);
    info.id = row.id;
    info.provider = row.provider;
    info.displayName = provider ? provider->displayName : row.provider;
    info.authKind = provider ? provider->authKindName() : QString();
    info.account = row.account;
    info.label = row.label;
    info.state = row.state;
    info.stateReason = row.stateReason;
    info.scopes = row.scopes;
    for (const QString& scope : row.scopes)
        info.scopeDescriptions.append(provider ? provider->describeScope(scope) : scope);
    info.connectedSince = row.createdAt;
    info.expiresAt = row.expiresAt;
    info.isDefault = row.isDefault;
    if (row.provider == QLatin1String("google") && m_clients->isTesting(row.provider))
        info.warning = tr("Your Google OAuth app is in \"Testing\" status: Google ends its refresh tokens 7 days after "
                          "sign-in, so this account must be reconnected every week. Publish the app in the Google "
                          "Cloud console to avoid this.");
    return info;
}

Result<QList<ConnectionInfo>> ConnectionService::connections()
{
    Result<QList<ConnectionRow>> rows = m_repository->list();
    if (!rows)
        return std::unexpected(rows.error());
    QList<ConnectionInfo> list;
    for (const ConnectionRow& row : *rows) {
        if (row.state != connection_states::Connecting)
            list.append(toInfo(row));
    }
    return list;
}

Result<ConnectionInfo> ConnectionService::connection(qint64 id)
{
    Result<std::optional<ConnectionRow>> row = m_repository->find(id);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(credential_errors::UnknownConnection, tr("There is no connection number %1.").arg(id));
    return toInfo(**row);
}

void ConnectionService::emitEvent(ConnectionEvent::Kind kind, const ConnectionRow& row, const QString& actor,
                                  const QString& detail)
{
    ConnectionEvent event;
    event.kind = kind;
    event.connectionId = row.id;
    event.provider = row.provider;
    event.account = row.account;
    event.actor = actor;
    event.detail = detail;
    event.at = QDateTime::currentDateTimeUtc();
    emit connectionEvent(event);
}

// --- OAuth -------------------------------------------------------------------------------------------------------

void ConnectionService::startConnect(const QString& provider, const QString& label, BrowserMode mode,
                                     const QString& actor, ReadyCallback ready)
{
    Q_UNUSED(mode) // the flow is the same; the console picks the browser from embeddedAllowed
    const ProviderInfo* info = m_catalog->find(provider);
    if (!info)
        return ready(fail(QStringLiteral("unknown_provider"), tr("There is no provider \"%1\".").arg(provider)));
    if (info->authKind != AuthKind::OAuth2)
        return ready(fail(QStringLiteral("not_oauth"),
                          tr("%1 connects with an API key, not by signing in.").arg(info->displayName)));
    if (info->needsIssuer && m_clients->load(provider).authorizeUrl.isEmpty())
        return ready(fail(QStringLiteral("needs_issuer"),
                          tr("Enter the issuer (or the authorization and token URLs) of your OpenID provider in "
                             "Settings first.")));

    m_clients->clientFor(provider, [this, provider, label, actor, ready](Result<ProviderClient> client) {
        if (!client)
            return ready(std::unexpected(client.error()));
        const ProviderInfo* info = m_catalog->find(provider);
        const ProviderClientSettings saved = m_clients->load(provider);
        const QStringList scopes = saved.scopes.isEmpty() ? info->defaultScopes() : saved.scopes;
        const bool openId = scopes.contains(QStringLiteral("openid"));
        // No discovery for a generic provider given only explicit endpoints (its discovery URL is a placeholder).
        if (!openId || info->discoveryUrl.isEmpty() || info->needsIssuer)
            return continueConnect(provider, label, actor, *client, std::nullopt, ready);
        if (m_discovery.contains(provider))
            return continueConnect(provider, label, actor, *client, m_discovery.value(provider), ready);
        // The issuer and signing keys come from the provider's OpenID configuration.
        m_tokenClient->getJson(info->discoveryUrl, {},
                               [this, provider, label, actor, client = *client, ready](Result<QJsonObject> doc) {
                                   if (!doc)
                                       return ready(fail(oauth_errors::Network,
                                                         tr("%1's OpenID configuration could not be read: %2")
                                                             .arg(displayName(provider), doc.error().message)));
                                   if (provider == QLatin1String("generic")) {
                                       const QByteArray json = QJsonDocument(*doc).toJson(QJsonDocument::Compact);
                                       if (Status ok = m_catalog->applyDiscovery(provider, json); !ok)
                                           return ready(std::unexpected(ok.error()));
                                   }
                                   Discovery discovery;
                                   discovery.issuer = doc->value(QStringLiteral("issuer")).toString();
                                   discovery.jwksUrl = QUrl(doc->value(QStringLiteral("jwks_uri")).toString());
                                   discovery.issInRedirect =
                                       doc->value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool();
                                   m_discovery.insert(provider, discovery);
                                   continueConnect(provider, label, actor, client, discovery, ready);
                               });
    });
}

void ConnectionService::continueConnect(const QString& provider, const QString& label, const QString& actor,
                                        ProviderClient client, std::optional<Discovery> discovery, ReadyCallback ready)
{
    const ProviderInfo* info = m_catalog->find(provider);
    const ProviderClientSettings saved = m_clients->load(provider);
    FlowConfig config;
    config.provider = provider;
    config.displayName = info->displayName;
    config.authorizeUrl = saved.authorizeUrl.isEmpty() ? info->authorizeUrl : saved.authorizeUrl;
    config.token = TokenEndpoint{provider, saved.tokenUrl.isEmpty() ? info->tokenUrl : saved.tokenUrl, client};
    config.scopes = saved.scopes.isEmpty() ? info->defaultScopes() : saved.scopes;
    config.scopeSeparator = provider == QLatin1String("slack") ? QStringLiteral(",") : QStringLiteral(" ");
    config.extraParams = info->extraAuthorizeParams;
    config.usePkce = info->pkce != PkceMode::None;
    // OpenID (nonce, verified ID token) only where the signing keys are known from the discovery document.
    config.openId = config.scopes.contains(QStringLiteral("openid")) && discovery && !discovery->jwksUrl.isEmpty();
    config.userinfoUrl = saved.userinfoUrl.isEmpty() ? info->userinfoUrl : saved.userinfoUrl;
    if (discovery) {
        config.expectedIssuer = discovery->issuer;
        config.jwksUrl = discovery->jwksUrl;
        config.issuerRequiredInRedirect = discovery->issInRedirect;
    }
    config.timeout = m_options.flowTimeout;

    const QString flowId = randomUrlToken(12);
    auto* flow = new AuthorizationFlow(config, m_tokenClient, [this, flowId](Result<FlowOutcome> outcome) {
        onFlowFinished(flowId, std::move(outcome));
    }, this);
    flow->setTestHooks(m_hooks);
    if (Status ok = flow->start(); !ok) {
        delete flow;
        return ready(std::unexpected(ok.error()));
    }
    Flow entry;
    entry.id = flowId;
    entry.provider = provider;
    entry.label = label.trimmed();
    entry.actor = actor;
    entry.flow = flow;
    entry.request.flowId = flowId;
    entry.request.provider = provider;
    entry.request.authorizeUrl = flow->authorizeUrl();
    entry.request.redirectUri = flow->redirectUri();
    entry.request.embeddedAllowed = info->embeddedBrowserAllowed;
    entry.request.expiresAt = QDateTime::currentDateTimeUtc().addMSecs(m_options.flowTimeout.count());
    m_flows.insert(flowId, entry);
    ready(entry.request);
    emit authorizationReady(entry.request);
}

Status ConnectionService::cancelConnect(const QString& flowId)
{
    const auto it = m_flows.find(flowId);
    if (it == m_flows.end())
        return fail(QStringLiteral("unknown_flow"), tr("There is no sign-in %1 (it may have ended long ago).").arg(flowId));
    if (it->flow && !it->outcome)
        it->flow->cancel(oauth_errors::Cancelled,
                         tr("Signing in to %1 was cancelled. Nothing was saved.").arg(displayName(it->provider)));
    return {};
}

void ConnectionService::cancelAllFlows()
{
    const QStringList ids = m_flows.keys();
    for (const QString& id : ids)
        (void)cancelConnect(id);
}

void ConnectionService::submitRedirect(const QString& flowId, const QUrl& url, OutcomeCallback done)
{
    const auto it = m_flows.find(flowId);
    if (it == m_flows.end())
        return done(failed(flowId, {}, Error{QStringLiteral("unknown_flow"),
                                             tr("There is no sign-in %1 (it may have timed out).").arg(flowId)}));
    if (it->outcome)
        return done(*it->outcome);
    it->waiting.append(std::move(done));
    if (it->flow)
        it->flow->handleRedirect(url);
}

std::optional<QJsonObject> ConnectionService::flowStatus(const QString& flowId) const
{
    const auto it = m_flows.constFind(flowId);
    if (it == m_flows.constEnd())
        return std::nullopt;
    if (it->outcome)
        return it->outcome->toJson();
    QJsonObject pending = it->request.toJson();
    pending.insert(QStringLiteral("state"), QStringLiteral("pending"));
    return pending;
}

void ConnectionService::onFlowFinished(const QString& flowId, Result<FlowOutcome> outcome)
{
    const auto it = m_flows.constFind(flowId);
    const QString provider = it != m_flows.constEnd() ? it->provider : QString();
    if (!outcome)
        return complete(flowId, failed(flowId, provider, outcome.error()));
    storeOAuth(flowId, std::move(*outcome));
}

void ConnectionService::storeOAuth(const QString& flowId, FlowOutcome outcome)
{
    const Flow entry = m_flows.value(flowId);
    QList<QPair<QString, QString>> secrets{{QStringLiteral("access_token"), outcome.tokens.accessToken}};
    if (!outcome.tokens.refreshToken.isEmpty())
        secrets.append({QStringLiteral("refresh_token"), outcome.tokens.refreshToken});

    Result<std::optional<ConnectionRow>> existing = m_repository->findByAccount(entry.provider, outcome.account);
    if (!existing)
        return complete(flowId, failed(flowId, entry.provider, existing.error()));

    if (*existing) {
        // The same account again: a reconnect. New credentials replace the old ones under the same id.
        const ConnectionRow row = **existing;
        return m_items->write(row.id, secrets, false, [=, this](Status written) {
            if (!written)
                return complete(flowId, failed(flowId, entry.provider, keychainError(entry.provider, written.error())));
            if (Status ok = m_repository->markReconnected(row.id, outcome.grantedScopes, outcome.tokens.expiresAt,
                                                          entry.label);
                !ok)
                return complete(flowId, failed(flowId, entry.provider, ok.error()));
            m_manager->forget(row.id);
            emitEvent(ConnectionEvent::Kind::Reconnected, row, entry.actor);
            emit connectionsChanged();
            ConnectOutcome result;
            result.flowId = flowId;
            result.provider = entry.provider;
            result.reconnected = true;
            result.connection = connection(row.id).value_or(ConnectionInfo{});
            complete(flowId, result);
        });
    }

    ConnectionRow row;
    row.provider = entry.provider;
    row.account = outcome.account;
    row.label = entry.label;
    row.scopes = outcome.grantedScopes;
    row.expiresAt = outcome.tokens.expiresAt;
    // "connecting" until its secrets are in the keychain: nobody may use or refresh it before.
    row.state = connection_states::Connecting;
    Result<qint64> id = m_repository->insert(row);
    if (!id)
        return complete(flowId, failed(flowId, entry.provider, id.error()));
    row.id = *id;
    m_items->write(row.id, secrets, true, [=, this](Status written) mutable {
        if (!written) {
            // Nothing half-stored: the row goes too.
            (void)m_repository->remove(row.id);
            return complete(flowId, failed(flowId, entry.provider, keychainError(entry.provider, written.error())));
        }
        row.state = connection_states::Connected;
        if (Status ok = m_repository->setState(row.id, row.state, {}); !ok)
            return complete(flowId, failed(flowId, entry.provider, ok.error()));
        emitEvent(ConnectionEvent::Kind::Connected, row, entry.actor);
        emit connectionsChanged();
        ConnectOutcome result;
        result.flowId = flowId;
        result.provider = entry.provider;
        result.connection = connection(row.id).value_or(ConnectionInfo{});
        complete(flowId, result);
    });
}

void ConnectionService::complete(const QString& flowId, ConnectOutcome outcome)
{
    const auto it = m_flows.find(flowId);
    if (it == m_flows.end())
        return;
    it->outcome = outcome;
    if (it->flow) {
        if (outcome.ok())
            it->flow->answerBrowser(true, outcome.connection.stateText(),
                                    tr("%1 is now connected to Switchboard.").arg(outcome.connection.displayName));
        else
            it->flow->answerBrowser(false, tr("Not connected"), outcome.error.message);
    }
    const QList<OutcomeCallback> waiting = std::exchange(it->waiting, {});
    for (const OutcomeCallback& done : waiting)
        done(outcome);
    emit connectFinished(outcome);
    QTimer::singleShot(kFinishedFlowKeptMs, this, [this, flowId] {
        const Flow entry = m_flows.take(flowId);
        if (entry.flow)
            entry.flow->deleteLater();
    });
}




// --- API keys ----------------------------------------------------------------------------------------------------

void ConnectionService::connectApiKey(const QString& provider, const QMap<QString, QString>& fields,
                                      const QString& label, const QString& actor, OutcomeCallback done)
{
    const ProviderInfo* info = m_catalog->find(provider);
    if (!info || info->authKind == AuthKind::OAuth2)
        return done(failed({}, provider, Error{QStringLiteral("not_api_key"),
                                               tr("%1 does not connect with an API key.").arg(displayName(provider))}));
    m_validator->validate(*info, fields, [this, provider, label, actor, done](Result<ValidatedKey> key) {
        if (!key)
            return done(failed({}, provider, key.error()));
        QList<QPair<QString, QString>> secrets;
        for (auto it = key->secrets.cbegin(); it != key->secrets.cend(); ++it)
            secrets.append({it.key(), it.value()});
        Result<std::optional<ConnectionRow>> existing = m_repository->findByAccount(provider, key->account);
        if (!existing)
            return done(failed({}, provider, existing.error()));
        if (*existing) {
            // New credentials for an account we have (an edit): write them over the old ones first, then drop
            // fields the new kind no longer uses (an auth token replaced by an API key pair), so a failed write
            // never leaves the account without credentials.
            const ConnectionRow row = **existing;
            QStringList stale = ConnectionSecrets::allFields();
            for (const auto& [field, value] : std::as_const(secrets))
                stale.removeAll(field);
            return m_items->write(row.id, secrets, false, [=, this](Status written) {
                if (!written)
                    return done(failed({}, provider, keychainError(provider, written.error())));
                m_items->remove(row.id, stale, [=, this](Status) {
                    (void)m_repository->markReconnected(row.id, {}, {}, label);
                    m_manager->forget(row.id);
                    emitEvent(ConnectionEvent::Kind::CredentialsEdited, row, actor);
                    emit connectionsChanged();
                    ConnectOutcome outcome;
                    outcome.provider = provider;
                    outcome.reconnected = true;
                    outcome.connection = connection(row.id).value_or(ConnectionInfo{});
                    done(outcome);
                    emit connectFinished(outcome);
                });
            });
        }
        ConnectionRow row;
        row.provider = provider;
        row.account = key->account;
        row.label = label.trimmed().isEmpty() ? key->name : label.trimmed();
        row.state = connection_states::Connecting;
        Result<qint64> id = m_repository->insert(row);
        if (!id)
            return done(failed({}, provider, id.error()));
        row.id = *id;
        m_items->write(row.id, secrets, true, [=, this](Status written) mutable {
            if (!written) {
                (void)m_repository->remove(row.id);
                return done(failed({}, provider, keychainError(provider, written.error())));
            }
            row.state = connection_states::Connected;
            if (Status ok = m_repository->setState(row.id, row.state, {}); !ok)
                return done(failed({}, provider, ok.error()));
            emitEvent(ConnectionEvent::Kind::Connected, row, actor);
            emit connectionsChanged();
            ConnectOutcome outcome;
            outcome.provider = provider;
            outcome.connection = connection(row.id).value_or(ConnectionInfo{});
            done(outcome);
            emit connectFinished(outcome);
        });
    });
}

// --- disconnect --------------------------------------------------------------------------------------------------

void ConnectionService::disconnect(qint64 id, const QString& actor, MessageCallback done)
{
    Result<std::optional<ConnectionRow>> found = m_repository->find(id);
    if (!found)
        return done(std::unexpected(found.error()));
    if (!*found)
        return done(fail(credential_errors::UnknownConnection, tr("There is no connection number %1.").arg(id)));
    const ConnectionRow row = **found;
    const ProviderInfo* info = m_catalog->find(row.provider);
    if (!info || info->authKind != AuthKind::OAuth2)
        return finishDisconnect(row, actor, tr("%1 account %2 was disconnected. Its keys stay valid at %1 until you "
                                               "delete or roll them there.")
                                                .arg(displayName(row.provider), row.account),
                                done);
    m_revoker->revoke(row, [this, row, actor, done](Result<QString> message) {
        if (!message)
            return done(message); // the keychain could not be read: nothing was removed
        finishDisconnect(row, actor, *message, done);
    });
}


void ConnectionService::finishDisconnect(const ConnectionRow& row, const QString& actor, const QString& message,
                                         MessageCallback done)
{
    m_items->removeAll(row.id, [this, row, actor, message, done](Status removed) {
        if (!removed)
            return done(fail(removed.error().code,
                             tr("The %1 credentials could not be removed from the keychain: %2 The connection was "
                                "kept; try again.")
                                 .arg(displayName(row.provider), removed.error().message)));
        if (Status ok = m_repository->remove(row.id); !ok)
            return done(std::unexpected(ok.error()));
        m_manager->forget(row.id);
        emitEvent(ConnectionEvent::Kind::Disconnected, row, actor, message);
        emit connectionsChanged();
        done(message);
    });
}

// --- test, rename, default, client settings ---------------------------------------------------------------------

void ConnectionService::testConnection(qint64 id, MessageCallback done)
{
    Result<std::optional<ConnectionRow>> found = m_repository->find(id);
    if (!found)
        return done(std::unexpected(found.error()));
    if (!*found)
        return done(fail(credential_errors::UnknownConnection, tr("There is no connection number %1.").arg(id)));
    probe(**found, false, std::move(done));
}

void ConnectionService::probe(const ConnectionRow& row, bool retried, MessageCallback done)
{
    m_manager->credentialFor(row.provider, row.id, [this, row, retried, done](Result<Credential> credential) {
        if (!credential)
            return done(std::unexpected(credential.error()));
        const ProviderInfo* info = m_catalog->find(row.provider);
        const QString name = info->displayName;
        if (info->authKind != AuthKind::OAuth2) {
            return m_validator->check(*info, *credential, [name, row, done](Result<ValidatedKey> key) {
                if (!key)
                    return done(std::unexpected(key.error()));
                done(tr("%1 accepted the credentials of %2.").arg(name, row.account));
            });
        }
        const QUrl url = info->userinfoUrl;
        if (url.isEmpty())
            return done(tr("%1 account %2 has a fresh access token.").arg(name, row.account));
        m_tokenClient->getJson(url, credential->bearerToken, [=, this](Result<QJsonObject> answer) {
            const bool slackRefused = answer && row.provider == QLatin1String("slack")
                && !answer->value(QStringLiteral("ok")).toBool();
            if (answer && !slackRefused)
                return done(tr("%1 answered for %2: the connection works.").arg(name, row.account));
            if (retried)
                return done(fail(QStringLiteral("test_failed"),
                                 tr("%1 did not accept the connection of %2: %3")
                                     .arg(name, row.account,
                                          answer ? answer->value(QStringLiteral("error")).toString() : answer.error().message)));
            // Maybe the access token was revoked or expired early: renew it once (single-flight) and try again.
            m_manager->credentialRejected(*credential, [=, this](Result<Credential> renewed) {
                if (!renewed)
                    return done(std::unexpected(renewed.error()));
                probe(row, true, done);
            });
        });
    });
}

Status ConnectionService::renameConnection(qint64 id, const QString& label, const QString& actor)
{
    Result<std::optional<ConnectionRow>> found = m_repository->find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(credential_errors::UnknownConnection, tr("There is no connection number %1.").arg(id));
    if (Status ok = m_repository->setLabel(id, label); !ok)
        return ok;
    emitEvent(ConnectionEvent::Kind::CredentialsEdited, **found, actor, tr("label set to \"%1\"").arg(label.trimmed()));
    emit connectionsChanged();
    return {};
}

Status ConnectionService::setDefaultConnection(qint64 id, const QString& actor)
{
    Result<std::optional<ConnectionRow>> found = m_repository->find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(credential_errors::UnknownConnection, tr("There is no connection number %1.").arg(id));
    if (Status ok = m_repository->setDefault(id); !ok)
        return ok;
    emitEvent(ConnectionEvent::Kind::CredentialsEdited, **found, actor, tr("made the default %1 account")
                                                                            .arg(displayName((*found)->provider)));
    emit connectionsChanged();
    return {};
}

ProviderClientSettings ConnectionService::providerClient(const QString& provider)
{
    ProviderClientSettings settings = m_clients->load(provider);
    settings.usesFallback = settings.clientId.isEmpty() && m_options.fallbackClients.contains(provider);
    if (settings.usesFallback)
        settings.clientId = m_options.fallbackClients.value(provider).clientId;
    return settings; // never the secret
}

void ConnectionService::setProviderClient(const ProviderClientSettings& settings, const QString& actor,
                                          StatusCallback done)
{
    Q_UNUSED(actor)
    const ProviderInfo* info = m_catalog->find(settings.provider);
    if (!info || info->authKind != AuthKind::OAuth2)
        return done(fail(QStringLiteral("not_oauth"),
                         tr("%1 has no OAuth client to set.").arg(displayName(settings.provider))));
    // Tokens and client secrets travel to these endpoints: https only, plain http just for this machine.
    for (const QUrl& url : {settings.issuer, settings.authorizeUrl, settings.tokenUrl, settings.revokeUrl,
                            settings.userinfoUrl}) {
        if (url.isEmpty())
            continue;
        const bool loopback = url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
            || url.host() == QLatin1String("::1");
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && !(url.scheme() == QLatin1String("http") && loopback)))
            return done(fail(QStringLiteral("invalid_client_settings"),
                             tr("\"%1\" is not usable: OAuth endpoints must be https addresses.").arg(url.toString())));
    }
    if (settings.clientId.trimmed().isEmpty() && !m_options.fallbackClients.contains(settings.provider))
        return done(fail(QStringLiteral("invalid_client_settings"), tr("Enter the client id of your %1 app.")
                                                                        .arg(displayName(settings.provider))));
    if (settings.provider == QLatin1String("generic") && !settings.issuer.isEmpty()) {
        if (Status ok = m_catalog->setIssuer(settings.provider, settings.issuer); !ok)
            return done(ok);
    }
    m_discovery.remove(settings.provider); // endpoints may have moved
    m_clients->save(settings, std::move(done));
}

} // namespace sb
