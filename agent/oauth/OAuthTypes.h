#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sb {

// Error codes of the OAuth flow and token lifecycle (messages are sentences for the user).
namespace oauth_errors {
inline const QString AccessDenied = QStringLiteral("access_denied");
inline const QString InvalidScope = QStringLiteral("invalid_scope");
inline const QString ProviderError = QStringLiteral("oauth_provider_error"); // any other error= in the redirect
inline const QString StateMismatch = QStringLiteral("oauth_state_mismatch");
inline const QString WrongIssuer = QStringLiteral("oauth_wrong_issuer");
inline const QString BadNonce = QStringLiteral("oauth_bad_nonce");
inline const QString BadIdToken = QStringLiteral("oauth_bad_id_token");
inline const QString MissingCode = QStringLiteral("oauth_missing_code");
inline const QString Timeout = QStringLiteral("oauth_timeout");
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString InvalidGrant = QStringLiteral("invalid_grant");
inline const QString TokenError = QStringLiteral("oauth_token_error");
inline const QString Network = QStringLiteral("network_error");
inline const QString NoClient = QStringLiteral("oauth_no_client");
inline const QString NoIdentity = QStringLiteral("oauth_no_identity");
inline const QString Listener = QStringLiteral("oauth_listener");
} // namespace oauth_errors

// The app registration at a provider. The secret comes from the keychain (or the sandbox's demo clients).
struct ProviderClient
{
    QString clientId;
    QString clientSecret; // empty for a public client (PKCE only)
    bool testing = false; // Google: the OAuth consent screen is in "Testing" (refresh tokens last 7 days)
};

// What a token endpoint handed out. Only lives in memory and in the keychain.
struct TokenSet
{
    QString accessToken;
    QString refreshToken; // empty when none was issued (or not rotated on refresh)
    QString idToken;
    QDateTime expiresAt;  // invalid when the provider gave no lifetime
    QStringList scopes;
    QJsonObject extra;    // non-secret fields of the answer (Slack's team and authed_user)
};

// The endpoints one token request needs.
struct TokenEndpoint
{
    QString provider;
    QUrl tokenUrl;
    ProviderClient client;
};

} // namespace sb
