#pragma once

#include "connections/ConnectionRepository.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <functional>

namespace sb {

class ConnectionSecrets;
class ProviderCatalog;
class ProviderClients;
class TokenClient;

// Ends Switchboard's access at the provider when an account is disconnected: Google /revoke and RFC 7009 endpoints
// with the refresh token (which ends the whole grant), Slack auth.revoke with the access token. Microsoft has no
// revocation for apps: the answer says where the user removes the consent. Always answers with words for the user;
// it fails only when the keychain cannot be read (then nothing should be removed yet).
class AccessRevoker
{
    Q_DECLARE_TR_FUNCTIONS(sb::AccessRevoker)
public:
    AccessRevoker(const ProviderCatalog* catalog, ProviderClients& clients, ConnectionSecrets& secrets,
                  TokenClient* tokens);

    void revoke(const ConnectionRow& row, std::function<void(Result<QString>)> done);

private:
    void revokeWith(const ConnectionRow& row, const QUrl& revokeUrl, const QString& token, const QString& hint,
                    std::function<void(Result<QString>)> done);

    const ProviderCatalog* m_catalog;
    ProviderClients& m_clients;
    ConnectionSecrets& m_secrets;
    TokenClient* m_tokens;
};

} // namespace sb
