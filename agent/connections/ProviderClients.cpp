#include "connections/ProviderClients.h"

#include "connections/ConnectionRepository.h"
#include "secrets/SecretStore.h"

#include <QObject>

namespace sb {

namespace {

SecretKey secretKey(const QString& provider)
{
    return SecretKey{QStringLiteral("oauth_client"), provider, QStringLiteral("client_secret")};
}

} // namespace

ProviderClients::ProviderClients(ConnectionRepository& repository, SecretStore* secrets,
                                 QHash<QString, ProviderClient> fallbacks)
    : m_repository(repository)
    , m_secrets(secrets)
    , m_fallbacks(std::move(fallbacks))
{
}

bool ProviderClients::isTesting(const QString& provider)
{
    return m_repository.setting(key(provider, QStringLiteral("testing"))).value_or(QString()) == QLatin1String("1");
}

ProviderClientSettings ProviderClients::load(const QString& provider)
{
    auto get = [&](const char* name) {
        return m_repository.setting(key(provider, QString::fromLatin1(name))).value_or(QString());
    };
    ProviderClientSettings settings;
    settings.provider = provider;
    settings.clientId = get("client_id");
    settings.testing = get("testing") == QLatin1String("1");
    settings.issuer = QUrl(get("issuer"));
    settings.authorizeUrl = QUrl(get("authorize_url"));
    settings.tokenUrl = QUrl(get("token_url"));
    settings.revokeUrl = QUrl(get("revoke_url"));
    settings.userinfoUrl = QUrl(get("userinfo_url"));
    settings.scopes = get("scopes").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return settings;
}

void ProviderClients::clientFor(const QString& provider, std::function<void(Result<ProviderClient>)> done)
{
    const QString clientId = m_repository.setting(key(provider, QStringLiteral("client_id"))).value_or(QString());
    if (clientId.isEmpty()) {
        if (m_fallbacks.contains(provider)) {
            ProviderClient client = m_fallbacks.value(provider);
            client.testing = isTesting(provider);
            return done(client);
        }
        return done(fail(oauth_errors::NoClient,
                         QObject::tr("No OAuth client is set up for %1. Enter its client id and secret in Settings "
                                     "first.")
                             .arg(provider)));
    }
    ProviderClient client{clientId, {}, isTesting(provider)};
    if (m_secretCache.contains(provider)) {
        client.clientSecret = m_secretCache.value(provider);
        return done(client);
    }
    m_secrets->read(secretKey(provider), [this, provider, client, done = std::move(done)](Result<QString> secret) mutable {
        if (!secret && secret.error().code != secret_errors::NotFound)
            return done(std::unexpected(secret.error()));
        client.clientSecret = secret.value_or(QString()); // none: a public client (PKCE only)
        m_secretCache.insert(provider, client.clientSecret);
        done(client);
    });
}

void ProviderClients::save(const ProviderClientSettings& settings, std::function<void(Status)> done)
{
    const QString provider = settings.provider;
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("client_id"), settings.clientId.trimmed()},
        {QStringLiteral("testing"), settings.testing ? QStringLiteral("1") : QString()},
        {QStringLiteral("issuer"), settings.issuer.toString()},
        {QStringLiteral("authorize_url"), settings.authorizeUrl.toString()},
        {QStringLiteral("token_url"), settings.tokenUrl.toString()},
        {QStringLiteral("revoke_url"), settings.revokeUrl.toString()},
        {QStringLiteral("userinfo_url"), settings.userinfoUrl.toString()},
        {QStringLiteral("scopes"), settings.scopes.join(QLatin1Char(' '))}};
    for (const auto& [name, value] : values) {
        Status ok = value.isEmpty() ? m_repository.removeSetting(key(provider, name))
                                    : m_repository.setSetting(key(provider, name), value);
        if (!ok)
            return done(ok);
    }
    if (settings.clientSecret.isEmpty())
        return done({});
    m_secrets->write(secretKey(provider), settings.clientSecret,
                     [this, provider, secret = settings.clientSecret, done = std::move(done)](Status written) {
                         if (written)
                             m_secretCache.insert(provider, secret);
                         done(written);
                     });
}

} // namespace sb
