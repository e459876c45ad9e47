#pragma once

#include "connections/ConnectionEvent.h"
#include "connections/ConnectionRepository.h"
#include "connections/CredentialSource.h"
#include "oauth/OAuthTypes.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace sb {

class ProviderCatalog;
class ProviderClients;
class SecretStore;
class TokenClient;

// Hands out usable credentials (sb::CredentialSource) and keeps OAuth access fresh:
// - refreshes proactively when an access token has less than kRefreshMarginSeconds left, and after a 401;
// - single-flight: callers that arrive while a connection's credential is being loaded or refreshed wait for that
//   one request (20 concurrent callers → one refresh at the provider);
// - a rotated refresh token is written to the keychain before anyone is answered, so it is never used unsaved;
// - invalid_grant → state needs_reconnect (with the reason), an event, and every later use fails with
//   credential_errors::NeedsReconnect in words instead of an HTTP error.
// Secrets are read from the keychain once and then kept in memory only.
class TokenManager : public QObject, public CredentialSource
{
    Q_OBJECT
public:
    static constexpr int kRefreshMarginSeconds = 60;

    TokenManager(ConnectionRepository& repository, SecretStore* secrets, const ProviderCatalog* catalog,
                 ProviderClients& clients, TokenClient* tokens, QObject* parent = nullptr);

    void credentialFor(const QString& provider, std::optional<qint64> connectionId, Done done) override;
    void credentialRejected(const Credential& rejected, Done done) override;

    // Drops what is cached for a connection (after a reconnect, an edit or a disconnect).
    void forget(qint64 connectionId);

    // Every `interval`, renews OAuth access that expires within `window`, so a tool call rarely waits for a refresh
    // and a revoked grant shows up as "needs reconnect" before anyone needs the account.
    void startProactiveRefresh(std::chrono::milliseconds interval, std::chrono::seconds window);

    [[nodiscard]] Error notConnected(const QString& provider) const;
    [[nodiscard]] Error needsReconnect(const ConnectionRow& row) const;

signals:
    void connectionEvent(const sb::ConnectionEvent& event);
    // The row changed (state, expiry): the console should reload the list.
    void connectionChanged(qint64 connectionId);
    // A connection just went to needs_reconnect: worth a tray notification and a banner.
    void connectionNeedsReconnect(qint64 connectionId);

private:
    void refreshExpiring();
    void load(const ConnectionRow& row);
    void loadKeyCredential(const ConnectionRow& row);
    void readKeyFields(const ConnectionRow& row, QStringList fields, QMap<QString, QString> secrets);
    void refresh(const ConnectionRow& row);
    void refreshWith(const ConnectionRow& row, const QString& refreshToken);
    void storeRefreshed(const ConnectionRow& row, const QString& oldRefresh, TokenSet tokens);
    void markNeedsReconnect(const ConnectionRow& row, const QString& detail);
    void deliver(qint64 connectionId, const Result<Credential>& result);
    void emitEvent(ConnectionEvent::Kind kind, const ConnectionRow& row, const QString& detail);
    [[nodiscard]] QString displayName(const QString& provider) const;
    [[nodiscard]] bool isOAuth(const QString& provider) const;

    ConnectionRepository& m_repository;
    SecretStore* m_secrets;
    const ProviderCatalog* m_catalog;
    ProviderClients& m_clients;
    TokenClient* m_tokens;
    QHash<qint64, Credential> m_cache;
    QHash<qint64, QString> m_unsavedRefresh; // a rotated refresh token the keychain refused (memory only)
    QHash<qint64, QList<Done>> m_waiting;    // single-flight: everyone waiting on one load/refresh
    QTimer* m_proactive = nullptr;
    std::chrono::seconds m_proactiveWindow{120};
};

} // namespace sb
