#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sb {

enum class AuthKind { OAuth2, ApiKey, Basic };
enum class PkceMode { None, Supported, Required };

struct ScopeInfo
{
    QString scope;
    QString description; // plain words for the consent summary ("Send email on your behalf")
    bool isDefault = false;

    [[nodiscard]] bool operator==(const ScopeInfo&) const = default;
};

// One provider as resources/providers/<id>.json describes it. A value type: the catalog hands out copies or const
// pointers, and URL overrides (sandbox, self-hosted) go through ProviderCatalog so `overridden` stays truthful.
struct ProviderInfo
{
    QString id, displayName, iconPath;
    AuthKind authKind = AuthKind::OAuth2;
    bool embeddedBrowserAllowed = false;
    PkceMode pkce = PkceMode::None;
    QUrl authorizeUrl, tokenUrl, revokeUrl, userinfoUrl, discoveryUrl; // empty when the provider has none
    QMap<QString, QUrl> apiBases; // name → base URL, e.g. "gmail" → https://gmail.googleapis.com
    QList<ScopeInfo> scopes;
    QMap<QString, QString> extraAuthorizeParams;
    QStringList tools;
    bool overridden = false; // some URL no longer points at the real service

    // Generic OAuth 2.0 / OpenID: endpoints hang off `issuer`. While `needsIssuer` is true the issuer is only the
    // placeholder from the file (https://issuer.example) and the UI must ask the user for the real one.
    QUrl issuer;
    bool needsIssuer = false;

    [[nodiscard]] QString authKindName() const;                      // "oauth2" | "api_key" | "basic"
    [[nodiscard]] QString pkceName() const;                          // "none" | "supported" | "required"
    [[nodiscard]] QString describeScope(const QString& scope) const; // plain words, or the scope itself
    [[nodiscard]] QStringList defaultScopes() const;
    [[nodiscard]] bool hasTool(const QString& tool) const { return tools.contains(tool); }
    // Every URL the provider uses (endpoints, API bases, issuer), skipping empty ones; what overrides walk over.
    [[nodiscard]] QList<QUrl> allUrls() const;
};

} // namespace sb
