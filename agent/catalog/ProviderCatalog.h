#pragma once

#include "catalog/ProviderInfo.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sb {

// The providers Switchboard knows, read from data files (resources/providers/*.json, built in as
// :/providers/<id>.json). Error codes: "catalog_invalid" (a file is wrong: the message names file and field),
// "catalog_unknown_provider", "catalog_bad_override".
class ProviderCatalog
{
public:
    // The :/providers/*.json set.
    [[nodiscard]] static Result<ProviderCatalog> loadBuiltIn();
    // A malformed file → Error naming file and field; an id used twice is an error too.
    [[nodiscard]] static Result<ProviderCatalog> loadFiles(const QStringList& paths);
    [[nodiscard]] static Result<ProviderInfo> parse(const QByteArray& json, const QString& fileName);

    // Points every URL of `providerId` (endpoints and API bases) at `base`: scheme, host and port replaced, path kept.
    [[nodiscard]] Status overrideBase(const QString& providerId, const QUrl& base);
    // Same, only for URLs whose host is `host` (a self-hosted endpoint for one API).
    [[nodiscard]] Status overrideHost(const QString& providerId, const QString& host, const QUrl& base);

    // Generic OAuth 2.0 / OpenID: the user's real issuer replaces the placeholder. Endpoints that hung off the old
    // issuer move with it (issuer path included, e.g. https://sso.example.com/realms/acme); clears needsIssuer.
    // Not an override: the provider has no "real service" other than the one the user names.
    [[nodiscard]] Status setIssuer(const QString& providerId, const QUrl& issuer);
    // Takes the endpoints from an OpenID discovery document (authorization_endpoint, token_endpoint,
    // revocation_endpoint, userinfo_endpoint, issuer); fields the document lacks keep their current value.
    [[nodiscard]] Status applyDiscovery(const QString& providerId, const QByteArray& discoveryJson);

    [[nodiscard]] const ProviderInfo* find(const QString& id) const;
    // In a stable display order: google, microsoft, slack, twilio, stripe, generic, then any others by id.
    [[nodiscard]] QList<ProviderInfo> providers() const;

    // The ids of the built-in files, in display order.
    [[nodiscard]] static QStringList builtInIds();

private:
    [[nodiscard]] ProviderInfo* findMutable(const QString& id);
    [[nodiscard]] Result<ProviderInfo*> providerForChange(const QString& id);

    QList<ProviderInfo> m_providers; // kept in display order
};

} // namespace sb
