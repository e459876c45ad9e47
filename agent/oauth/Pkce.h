#pragma once

#include <QString>

namespace sb {

// RFC 7636 PKCE with S256: a 43-character verifier from 32 random bytes, and its base64url SHA-256 challenge.
struct PkcePair
{
    QString verifier;
    QString challenge;

    [[nodiscard]] static PkcePair generate();
    [[nodiscard]] static QString challengeFor(const QString& verifier);
};

// `bytes` random bytes from the system CSPRNG, base64url without padding (state, nonce, flow ids).
[[nodiscard]] QString randomUrlToken(int bytes = 32);

} // namespace sb
