#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace sb::sandbox {

// Signs OpenID Connect ID tokens (RS256 JWTs) with an RSA key generated when the sandbox starts, and publishes the
// public half as a JWK Set (RFC 7517) so clients verify them as they would a real provider's.
class IdTokenSigner
{
public:
    IdTokenSigner();
    ~IdTokenSigner();
    IdTokenSigner(const IdTokenSigner&) = delete;
    IdTokenSigner& operator=(const IdTokenSigner&) = delete;

    [[nodiscard]] Status generateKey();
    [[nodiscard]] QString keyId() const { return m_keyId; }
    // header.payload.signature, base64url without padding.
    [[nodiscard]] QByteArray sign(const QJsonObject& claims) const;
    // {"keys":[{"kty":"RSA","alg":"RS256","use":"sig","kid":...,"n":...,"e":...}]}
    [[nodiscard]] QJsonObject jwks() const;

private:
    struct KeyDeleter
    {
        void operator()(EVP_PKEY* key) const;
    };
    std::unique_ptr<EVP_PKEY, KeyDeleter> m_key;
    QString m_keyId;
    QByteArray m_modulus;
    QByteArray m_exponent;
};

} // namespace sb::sandbox
