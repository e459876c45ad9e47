#pragma once

#include "connections/ConnectionInfo.h"
#include "oauth/OAuthTypes.h"

#include <QHash>
#include <QString>

#include <functional>

namespace sb {

class ConnectionRepository;
class SecretStore;

// Our app registration per OAuth provider: the client id (and the "Testing" flag, the generic provider's issuer,
// endpoints and scopes) in the settings table, the client secret in the keychain (kind "oauth_client", id =
// provider). Under --sandbox the sandbox's demo clients fill in for providers nobody configured.
class ProviderClients
{
public:
    ProviderClients(ConnectionRepository& repository, SecretStore* secrets, QHash<QString, ProviderClient> fallbacks);

    void clientFor(const QString& provider, std::function<void(Result<ProviderClient>)> done);
    [[nodiscard]] bool isTesting(const QString& provider);
    // Saves the settings, then the secret (when given). The generic provider's endpoints are applied by the caller.
    void save(const ProviderClientSettings& settings, std::function<void(Status)> done);
    [[nodiscard]] ProviderClientSettings load(const QString& provider);

    [[nodiscard]] static QString key(const QString& provider, const QString& name)
    {
        return QStringLiteral("oauth.%1.%2").arg(provider, name);
    }

private:
    ConnectionRepository& m_repository;
    SecretStore* m_secrets;
    QHash<QString, ProviderClient> m_fallbacks;
    QHash<QString, QString> m_secretCache; // client secrets read from the keychain (memory only)
};

} // namespace sb
