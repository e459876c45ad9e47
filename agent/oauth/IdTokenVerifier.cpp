#include "oauth/IdTokenVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace sb {

namespace {

QByteArray fromBase64Url(const QByteArray& text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

Error bad(const QString& why)
{
    return Error{QStringLiteral("oauth_bad_id_token"),
                 QObject::tr("The provider's ID token was rejected: %1. Nothing was saved; try connecting again.")
                     .arg(why)};
}

// An RSA public key from a JWK's n and e (OpenSSL 3 EVP_PKEY_fromdata: no deprecated RSA_* calls).
EVP_PKEY* rsaKey(const QJsonObject& jwk)
{
    const QByteArray n = fromBase64Url(jwk.value(QStringLiteral("n")).toString().toLatin1());
    const QByteArray e = fromBase64Url(jwk.value(QStringLiteral("e")).toString().toLatin1());
    if (n.isEmpty() || e.isEmpty())
        return nullptr;
    BIGNUM* bnN = BN_bin2bn(reinterpret_cast<const unsigned char*>(n.constData()), int(n.size()), nullptr);
    BIGNUM* bnE = BN_bin2bn(reinterpret_cast<const unsigned char*>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD* builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM* params = nullptr;
    EVP_PKEY* key = nullptr;
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    if (bnN && bnE && builder && ctx && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, bnN) == 1
        && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, bnE) == 1
        && (params = OSSL_PARAM_BLD_to_param(builder)) != nullptr && EVP_PKEY_fromdata_init(ctx) == 1) {
        if (EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
            key = nullptr;
    }
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(bnN);
    BN_free(bnE);
    return key;
}

bool verifyRs256(EVP_PKEY* key, const QByteArray& input, const QByteArray& signature)
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()))
               == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

} // namespace

QJsonObject IdTokenVerifier::unverifiedClaims(const QByteArray& jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(fromBase64Url(parts.at(1))).object();
}

Result<QJsonObject> IdTokenVerifier::verify(const QByteArray& jwt, const QJsonObject& jwks,
                                            const IdTokenExpectations& expected)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return std::unexpected(bad(QObject::tr("it is not a signed JWT")));
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts.at(0))).object();
    const QJsonObject claims = QJsonDocument::fromJson(fromBase64Url(parts.at(1))).object();
    const QByteArray signature = fromBase64Url(parts.at(2));
    // Only RS256: "none" and HMAC algorithms would let a forger choose how the token is checked.
    if (header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return std::unexpected(bad(QObject::tr("its algorithm \"%1\" is not RS256")
                                       .arg(header.value(QStringLiteral("alg")).toString())));
    if (claims.isEmpty() || signature.isEmpty())
        return std::unexpected(bad(QObject::tr("it is malformed")));

    const QString kid = header.value(QStringLiteral("kid")).toString();
    bool verified = false;
    for (const QJsonValue& value : jwks.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject jwk = value.toObject();
        if (jwk.value(QStringLiteral("kty")).toString() != QLatin1String("RSA"))
            continue;
        if (!kid.isEmpty() && jwk.value(QStringLiteral("kid")).toString() != kid)
            continue;
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(rsaKey(jwk), &EVP_PKEY_free);
        if (key && verifyRs256(key.get(), parts.at(0) + '.' + parts.at(1), signature)) {
            verified = true;
            break;
        }
    }
    if (!verified)
        return std::unexpected(bad(QObject::tr("its signature does not match the provider's published keys")));

    QString issuer = expected.issuer;
    issuer.replace(QLatin1String("{tenantid}"), claims.value(QStringLiteral("tid")).toString());
    const QString iss = claims.value(QStringLiteral("iss")).toString();
    if (!issuer.isEmpty() && iss != issuer)
        return fail(QStringLiteral("oauth_wrong_issuer"),
                    QObject::tr("The ID token was issued by \"%1\", not by \"%2\". Nothing was saved.").arg(iss, issuer));

    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    const bool audienceOk = aud.isArray() ? aud.toArray().contains(expected.audience)
                                          : aud.toString() == expected.audience;
    if (!audienceOk)
        return std::unexpected(bad(QObject::tr("it was issued to another application")));

    const qint64 now = expected.now.toSecsSinceEpoch();
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger(0);
    if (exp == 0 || exp + expected.leewaySeconds < now)
        return std::unexpected(bad(QObject::tr("it has expired")));

    if (!expected.nonce.isEmpty() && claims.value(QStringLiteral("nonce")).toString() != expected.nonce)
        return fail(QStringLiteral("oauth_bad_nonce"),
                    QObject::tr("The ID token does not carry the nonce of this sign-in (a replayed or injected "
                                "response). Nothing was saved; try connecting again."));
    return claims;
}

} // namespace sb
