#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sb {

// Value types of the Connections page contract (AgentClient signals carry them; registerAgentTypes() registers them).
// None of them ever holds a token, key or client secret.

// One connected account as the Connections page shows it.
struct ConnectionInfo
{
    qint64 id = 0;
    QString provider;    // catalog id
    QString displayName; // "Google"
    QString authKind;    // "oauth2", "api_key", "basic"
    QString account;     // alice@example.com, a Twilio Account SID, a Stripe account id, a Slack workspace
    QString label;       // the user's name for it ("Sales inbox"); may be empty
    QString state;       // "connected", "needs_reconnect", "error"
    QString stateReason; // words, e.g. why it needs reconnecting
    QStringList scopes;
    QStringList scopeDescriptions; // plain words from the catalog, same order as scopes
    QDateTime connectedSince;
    QDateTime expiresAt; // the access token's expiry (invalid for keys)
    bool isDefault = false;
    QString warning;     // e.g. Google "Testing" clients: refresh tokens die after 7 days

    [[nodiscard]] QString stateText() const; // "Connected as alice@example.com", "Needs reconnect: …"
    [[nodiscard]] QJsonObject toJson() const;
};

// How the console wants to show the provider's sign-in page.
enum class BrowserMode { Default, InApp, System };

// The agent started a flow: open authorizeUrl in a browser; the agent's loopback listener waits on redirectUri.
struct AuthorizationRequest
{
    QString flowId;
    QString provider;
    QUrl authorizeUrl;
    QUrl redirectUri;
    bool embeddedAllowed = false; // false: use the system browser (Google forbids embedded web views)
    QDateTime expiresAt;          // the flow times out then

    [[nodiscard]] QJsonObject toJson() const;
};

// How a connect attempt (OAuth flow or API key) ended: ok() with the connection, or the error in words.
struct ConnectOutcome
{
    QString flowId; // empty for API-key connections
    QString provider;
    ConnectionInfo connection;
    Error error;
    bool reconnected = false; // the account was already connected: its credentials were replaced

    [[nodiscard]] bool ok() const { return error.code.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const;
};

// A provider's app registration as the Settings page edits it. An empty clientSecret keeps the stored one; it is
// never read back.
struct ProviderClientSettings
{
    QString provider;
    QString clientId;
    QString clientSecret;
    bool testing = false; // Google: the consent screen is in "Testing" status
    // Generic OAuth 2.0 / OpenID provider only: an issuer (discovery), or explicit endpoints, and the scopes.
    QUrl issuer;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;
    QUrl userinfoUrl;
    QStringList scopes;
    bool usesFallback = false; // read back only: no client set, the sandbox's demo client is used
};

} // namespace sb

Q_DECLARE_METATYPE(sb::ConnectionInfo)
Q_DECLARE_METATYPE(sb::BrowserMode)
Q_DECLARE_METATYPE(sb::AuthorizationRequest)
Q_DECLARE_METATYPE(sb::ConnectOutcome)
Q_DECLARE_METATYPE(sb::ProviderClientSettings)
