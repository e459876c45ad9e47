#include "connections/TokenManager.h"

#include "catalog/ProviderCatalog.h"
#include "connections/ApiKeyValidator.h"
#include "connections/ConnectionSecrets.h"
#include "connections/ProviderClients.h"
#include "core/Logging.h"
#include "oauth/TokenClient.h"
#include "secrets/SecretStore.h"


namespace sb {

namespace {

SecretKey secretKey(qint64 id, const QString& field)
{
    return ConnectionSecrets::key(id, field);
}

} // namespace

TokenManager::TokenManager(ConnectionRepository& repository, SecretStore* secrets, const ProviderCatalog* catalog,
                           ProviderClients& clients, TokenClient* tokens, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_secrets(secrets)
    , m_catalog(catalog)
    , m_clients(clients)
    , m_tokens(tokens)
{
}

QString TokenManager::displayName(const QString& provider) const
{
    const ProviderInfo* info = m_catalog->find(provider);
    return info ? info->displayName : provider;
}

bool TokenManager::isOAuth(const QString& provider) const
{
    const ProviderInfo* info = m_catalog->find(provider);
    return info && info->authKind == AuthKind::OAuth2;
}

Error TokenManager::notConnected(const QString& provider) const
{
    return Error{credential_errors::NotConnected,
                 tr("No %1 account is connected. Connect one on the Connections page.").arg(displayName(provider))};
}

Error TokenManager::needsReconnect(const ConnectionRow& row) const
{
    return Error{credential_errors::NeedsReconnect,
                 tr("%1 account %2 must be reconnected.").arg(displayName(row.provider), row.account)};
}

void TokenManager::forget(qint64 connectionId)
{
    m_cache.remove(connectionId);
    m_unsavedRefresh.remove(connectionId);
}

void TokenManager::startProactiveRefresh(std::chrono::milliseconds interval, std::chrono::seconds window)
{
    m_proactiveWindow = window;
    if (!m_proactive) {
        m_proactive = new QTimer(this);
        connect(m_proactive, &QTimer::timeout, this, &TokenManager::refreshExpiring);
    }
    m_proactive->start(interval);
}

void TokenManager::refreshExpiring()
{
    const Result<QList<ConnectionRow>> rows = m_repository.list();
    if (!rows)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ConnectionRow& row : *rows) {
        if (!isOAuth(row.provider) || row.state != connection_states::Connected || !row.expiresAt.isValid()
            || m_waiting.contains(row.id) || now.secsTo(row.expiresAt) > m_proactiveWindow.count())
            continue;
        m_waiting.insert(row.id, {}); // callers arriving meanwhile join this refresh
        m_cache.remove(row.id);
        refresh(row);
    }
}

void TokenManager::credentialFor(const QString& provider, std::optional<qint64> connectionId, Done done)
{
    Result<std::optional<ConnectionRow>> row = connectionId ? m_repository.find(*connectionId)
                                                            : m_repository.defaultFor(provider);
    if (!row)
        return done(std::unexpected(row.error()));
    if (!*row || (!provider.isEmpty() && (*row)->provider != provider)) {
        if (connectionId)
            return done(fail(credential_errors::UnknownConnection,
                             tr("There is no %1 connection number %2.").arg(displayName(provider)).arg(*connectionId)));
        return done(std::unexpected(notConnected(provider)));
    }
    const ConnectionRow& found = **row;
    if (found.state == connection_states::NeedsReconnect)
        return done(std::unexpected(needsReconnect(found)));
    if (found.state == connection_states::Connecting)
        return done(std::unexpected(notConnected(found.provider)));
    if (m_waiting.contains(found.id)) {
        m_waiting[found.id].append(std::move(done));
        return;
    }
    if (m_cache.contains(found.id)) {
        const Credential& cached = m_cache.value(found.id);
        const bool fresh = !cached.expiresAt.isValid()
            || QDateTime::currentDateTimeUtc().secsTo(cached.expiresAt) > kRefreshMarginSeconds;
        if (fresh)
            return done(cached);
    }
    m_waiting[found.id].append(std::move(done));
    load(found);
}

void TokenManager::credentialRejected(const Credential& rejected, Done done)
{
    Result<std::optional<ConnectionRow>> row = m_repository.find(rejected.connection.id);
    if (!row)
        return done(std::unexpected(row.error()));
    if (!*row)
        return done(fail(credential_errors::UnknownConnection,
                         tr("The %1 connection was removed.").arg(displayName(rejected.connection.provider))));
    const ConnectionRow& found = **row;
    if (found.state == connection_states::NeedsReconnect)
        return done(std::unexpected(needsReconnect(found)));
    if (!isOAuth(found.provider)) {
        const QString reason = tr("%1 rejected the stored credentials.").arg(displayName(found.provider));
        (void)m_repository.setState(found.id, connection_states::Error, reason);
        forget(found.id);
        emit connectionChanged(found.id);
        return done(fail(QStringLiteral("credentials_rejected"),
                         tr("%1 rejected the stored credentials for %2. Edit them on the Connections page.")
                             .arg(displayName(found.provider), found.account)));
    }
    if (m_waiting.contains(found.id)) { // a refresh is already under way: share it
        m_waiting[found.id].append(std::move(done));
        return;
    }
    const Credential cached = m_cache.value(found.id);
    if (!cached.bearerToken.isEmpty() && cached.bearerToken != rejected.bearerToken)
        return done(cached); // someone refreshed since this caller got its token
    m_cache.remove(found.id);
    m_waiting[found.id].append(std::move(done));
    refresh(found);
}

void TokenManager::deliver(qint64 connectionId, const Result<Credential>& result)
{
    const QList<Done> waiting = m_waiting.take(connectionId);
    for (const Done& done : waiting)
        done(result);
}

void TokenManager::load(const ConnectionRow& row)
{
    if (!isOAuth(row.provider))
        return loadKeyCredential(row);
    const bool stale = row.expiresAt.isValid()
        && QDateTime::currentDateTimeUtc().secsTo(row.expiresAt) <= kRefreshMarginSeconds;
    if (stale)
        return refresh(row);
    m_secrets->read(secretKey(row.id, QStringLiteral("access_token")), [this, row](Result<QString> token) {
        // An empty answer is useless as a bearer token (seen once from libsecret under load): renew instead.
        if ((!token && token.error().code == secret_errors::NotFound) || (token && token->isEmpty()))
            return refresh(row);
        if (!token)
            return deliver(row.id, std::unexpected(token.error()));
        Credential credential;
        credential.connection = row.ref();
        credential.kind = Credential::Kind::Bearer;
        credential.bearerToken = *token;
        credential.expiresAt = row.expiresAt;
        m_cache.insert(row.id, credential);
        deliver(row.id, credential);
    });
}

void TokenManager::loadKeyCredential(const ConnectionRow& row)
{
    const QStringList fields = row.provider == QLatin1String("twilio")
        ? QStringList{QStringLiteral("auth_token"), QStringLiteral("api_key_sid"), QStringLiteral("api_key_secret")}
        : QStringList{QStringLiteral("api_key")};
    readKeyFields(row, fields, {});
}

// Reads the fields one after another; missing ones are simply absent (an auth token, or an API key pair).
void TokenManager::readKeyFields(const ConnectionRow& row, QStringList fields, QMap<QString, QString> secrets)
{
    if (fields.isEmpty()) {
        if (secrets.isEmpty())
            return deliver(row.id, fail(credential_errors::NeedsReconnect,
                                        tr("The keychain holds no credentials for %1 account %2; connect it again.")
                                            .arg(displayName(row.provider), row.account)));
        Credential credential = ApiKeyValidator::credentialFrom(row.provider, row.account, secrets);
        credential.connection = row.ref();
        m_cache.insert(row.id, credential);
        return deliver(row.id, credential);
    }
    const QString field = fields.takeFirst();
    m_secrets->read(secretKey(row.id, field), [this, row, field, fields, secrets](Result<QString> value) mutable {
        if (!value && value.error().code != secret_errors::NotFound)
            return deliver(row.id, std::unexpected(value.error()));
        if (value)
            secrets.insert(field, *value);
        readKeyFields(row, fields, secrets);
    });
}

void TokenManager::refresh(const ConnectionRow& row)
{
    if (m_unsavedRefresh.contains(row.id))
        return refreshWith(row, m_unsavedRefresh.value(row.id));
    m_secrets->read(secretKey(row.id, QStringLiteral("refresh_token")), [this, row](Result<QString> token) {
        if ((!token && token.error().code == secret_errors::NotFound) || (token && token->isEmpty()))
            return markNeedsReconnect(row, tr("Switchboard holds no refresh token for it."));
        if (!token)
            return deliver(row.id, std::unexpected(token.error()));
        refreshWith(row, *token);
    });
}

void TokenManager::refreshWith(const ConnectionRow& row, const QString& refreshToken)
{
    const ProviderInfo* info = m_catalog->find(row.provider);
    if (!info)
        return deliver(row.id, fail(credential_errors::UnknownConnection, tr("Unknown provider %1.").arg(row.provider)));
    const QUrl tokenUrl = info->tokenUrl;
    m_clients.clientFor(row.provider, [this, row, refreshToken, tokenUrl](Result<ProviderClient> client) {
        if (!client)
            return deliver(row.id, std::unexpected(client.error()));
        qCInfo(lcOAuth).noquote() << row.provider << "refreshing access for connection" << row.id;
        m_tokens->refresh(TokenEndpoint{row.provider, tokenUrl, *client}, refreshToken,
                          [this, row, refreshToken](Result<TokenSet> tokens) {
                              if (tokens)
                                  return storeRefreshed(row, refreshToken, std::move(*tokens));
                              if (tokens.error().code == oauth_errors::InvalidGrant)
                                  return markNeedsReconnect(row, tokens.error().message);
                              const QString detail = tokens.error().message;
                              emitEvent(ConnectionEvent::Kind::RefreshFailed, row, detail);
                              deliver(row.id, fail(QStringLiteral("refresh_failed"),
                                                   tr("Switchboard could not renew access to %1 account %2: %3")
                                                       .arg(displayName(row.provider), row.account, detail)));
                          });
    });
}

void TokenManager::storeRefreshed(const ConnectionRow& row, const QString& oldRefresh, TokenSet tokens)
{
    auto finish = [this, row, tokens](const QString& warning) {
        (void)m_repository.setExpiry(row.id, tokens.expiresAt);
        Credential credential;
        credential.connection = row.ref();
        credential.bearerToken = tokens.accessToken;
        credential.expiresAt = tokens.expiresAt;
        m_cache.insert(row.id, credential);
        emitEvent(ConnectionEvent::Kind::Refreshed, row, warning);
        emit connectionChanged(row.id);
        deliver(row.id, credential);
    };
    auto writeAccess = [this, row, tokens, finish](const QString& warning) {
        m_secrets->write(secretKey(row.id, QStringLiteral("access_token")), tokens.accessToken,
                         [finish, warning](Status written) {
                             // The access token is also in memory; a keychain hiccup only costs a refresh later.
                             finish(written ? warning : written.error().message);
                         });
    };
    const bool rotated = !tokens.refreshToken.isEmpty() && tokens.refreshToken != oldRefresh;
    if (!rotated)
        return writeAccess({});
    // The rotated refresh token goes to the keychain before anyone gets the new access token.
    m_secrets->write(secretKey(row.id, QStringLiteral("refresh_token")), tokens.refreshToken,
                     [this, row, tokens, writeAccess](Status written) {
                         if (written) {
                             m_unsavedRefresh.remove(row.id);
                         } else {
                             // Keep it in memory so the next refresh still works; say so in the event.
                             m_unsavedRefresh.insert(row.id, tokens.refreshToken);
                             qCWarning(lcOAuth).noquote() << "rotated refresh token not saved:" << written.error().message;
                         }
                         writeAccess(written ? QString() : written.error().message);
                     });
}

void TokenManager::markNeedsReconnect(const ConnectionRow& row, const QString& detail)
{
    const QString reason = tr("%1 no longer accepts Switchboard's access (%2). Reconnect the account.")
                               .arg(displayName(row.provider), detail);
    (void)m_repository.setState(row.id, connection_states::NeedsReconnect, reason);
    forget(row.id);
    qCWarning(lcOAuth).noquote() << row.provider << "connection" << row.id << "needs reconnecting:" << detail;
    emitEvent(ConnectionEvent::Kind::RefreshFailed, row, detail);
    emitEvent(ConnectionEvent::Kind::NeedsReconnect, row, reason);
    emit connectionChanged(row.id);
    emit connectionNeedsReconnect(row.id);
    deliver(row.id, std::unexpected(needsReconnect(row)));
}

void TokenManager::emitEvent(ConnectionEvent::Kind kind, const ConnectionRow& row, const QString& detail)
{
    ConnectionEvent event;
    event.kind = kind;
    event.connectionId = row.id;
    event.provider = row.provider;
    event.account = row.account;
    event.actor = QStringLiteral("agent");
    event.detail = detail;
    event.at = QDateTime::currentDateTimeUtc();
    emit connectionEvent(event);
}

} // namespace sb
