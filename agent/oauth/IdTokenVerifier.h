#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sb {

// What an OpenID Connect ID token must satisfy (OIDC Core §3.1.3.7).
struct IdTokenExpectations
{
    // The issuer; "{tenantid}" in it (Microsoft's "common" endpoint) is replaced by the token's tid claim.
    QString issuer;
    QString audience; // our client id
    QString nonce;    // the one sent in the authorization request
    QDateTime now = QDateTime::currentDateTimeUtc();
    int leewaySeconds = 120;
};

// Verifies an RS256-signed ID token against the provider's JWKS with OpenSSL EVP, then iss, aud, exp and nonce.
// Error codes: oauth_bad_id_token (signature, format, aud, exp), oauth_wrong_issuer, oauth_bad_nonce.
class IdTokenVerifier
{
public:
    [[nodiscard]] static Result<QJsonObject> verify(const QByteArray& jwt, const QJsonObject& jwks,
                                                    const IdTokenExpectations& expected);
    // The claims without any check (only for tests and diagnostics).
    [[nodiscard]] static QJsonObject unverifiedClaims(const QByteArray& jwt);
};

} // namespace sb
