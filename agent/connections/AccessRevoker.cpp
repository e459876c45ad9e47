#include "connections/AccessRevoker.h"

#include "catalog/ProviderCatalog.h"
#include "connections/ConnectionSecrets.h"
#include "connections/ProviderClients.h"
#include "oauth/TokenClient.h"

namespace sb {

AccessRevoker::AccessRevoker(const ProviderCatalog* catalog, ProviderClients& clients, ConnectionSecrets& secrets,
                             TokenClient* tokens)
    : m_catalog(catalog)
    , m_clients(clients)
    , m_secrets(secrets)
    , m_tokens(tokens)
{
}

void AccessRevoker::revoke(const ConnectionRow& row, std::function<void(Result<QString>)> done)
{
    const ProviderInfo* info = m_catalog->find(row.provider);
    const QString name = info ? info->displayName : row.provider;
    if (row.provider == QLatin1String("microsoft"))
        return done(tr("%1 account %2 was disconnected. Microsoft gives apps no way to withdraw their own access: "
                       "remove Switchboard at https://myapps.microsoft.com (work or school accounts) or "
                       "https://account.live.com/consent/Manage (personal accounts).")
                        .arg(name, row.account));
    const QUrl configured = m_clients.load(row.provider).revokeUrl; // the generic provider's settings
    const QUrl revokeUrl = !configured.isEmpty() ? configured : info ? info->revokeUrl : QUrl();
    if (revokeUrl.isEmpty())
        return done(tr("%1 account %2 was disconnected. The provider offers no revocation endpoint: remove "
                       "Switchboard's access in your account settings there.")
                        .arg(name, row.account));
    // Slack revokes with the access token; RFC 7009 providers preferably with the refresh token (ends the grant).
    const bool slack = row.provider == QLatin1String("slack");
    const QString field = slack ? QStringLiteral("access_token") : QStringLiteral("refresh_token");
    m_secrets.read(row.id, field, [this, row, name, revokeUrl, slack, done](Result<QString> token) {
        if (!token && token.error().code != secret_errors::NotFound)
            return done(std::unexpected(token.error()));
        if (token)
            return revokeWith(row, revokeUrl, *token, slack ? QString() : QStringLiteral("refresh_token"), done);
        // No refresh token: revoke the access token instead.
        m_secrets.read(row.id, QStringLiteral("access_token"), [this, row, name, revokeUrl, done](Result<QString> access) {
            if (!access)
                return done(tr("%1 account %2 was disconnected (Switchboard held no token to revoke).")
                                .arg(name, row.account));
            revokeWith(row, revokeUrl, *access, QStringLiteral("access_token"), done);
        });
    });
}

void AccessRevoker::revokeWith(const ConnectionRow& row, const QUrl& revokeUrl, const QString& token,
                               const QString& hint, std::function<void(Result<QString>)> done)
{
    const ProviderInfo* info = m_catalog->find(row.provider);
    const QString name = info ? info->displayName : row.provider;
    m_clients.clientFor(row.provider, [=, this](Result<ProviderClient> client) {
        m_tokens->revoke(row.provider, revokeUrl, client.value_or(ProviderClient{}), token, hint, [=](Status revoked) {
            if (revoked)
                return done(tr("%1 account %2 was disconnected and Switchboard's access was revoked at %1.")
                                .arg(name, row.account));
            done(tr("%1 account %2 was disconnected, but revoking Switchboard's access at %1 failed (%3). Remove it in "
                    "your %1 account's security settings.")
                     .arg(name, row.account, revoked.error().message));
        });
    });
}

} // namespace sb
