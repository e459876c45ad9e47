#include "sandbox/IdTokenSigner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace sb::sandbox {

namespace {

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bigNumParam(EVP_PKEY* key, const char* name)
{
    BIGNUM* bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char*>(bytes.data()));
    BN_free(bn);
    return bytes;
}

} // namespace

void IdTokenSigner::KeyDeleter::operator()(EVP_PKEY* key) const
{
    EVP_PKEY_free(key);
}

IdTokenSigner::IdTokenSigner() = default;
IdTokenSigner::~IdTokenSigner() = default;

Status IdTokenSigner::generateKey()
{
    EVP_PKEY* key = EVP_RSA_gen(2048);
    if (!key)
        return fail(QStringLiteral("sandbox.key"), QStringLiteral("The sandbox could not generate its ID token signing key."));
    m_key.reset(key);
    m_modulus = bigNumParam(key, OSSL_PKEY_PARAM_RSA_N);
    m_exponent = bigNumParam(key, OSSL_PKEY_PARAM_RSA_E);
    // A kid derived from the key, as the providers' rotating kids are opaque strings too.
    m_keyId = QString::fromLatin1(QCryptographicHash::hash(m_modulus, QCryptographicHash::Sha256).toHex().left(40));
    return {};
}

QByteArray IdTokenSigner::sign(const QJsonObject& claims) const
{
    if (!m_key)
        return {};
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), m_keyId},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1
        && EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char*>(input.constData()),
                          size_t(input.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &length,
                           reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size())) == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    if (signature.isEmpty())
        return {};
    return input + '.' + base64Url(signature);
}

QJsonObject IdTokenSigner::jwks() const
{
    QJsonArray keys;
    if (m_key) {
        keys.append(QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                                {QStringLiteral("alg"), QStringLiteral("RS256")},
                                {QStringLiteral("use"), QStringLiteral("sig")},
                                {QStringLiteral("kid"), m_keyId},
                                {QStringLiteral("n"), QString::fromLatin1(base64Url(m_modulus))},
                                {QStringLiteral("e"), QString::fromLatin1(base64Url(m_exponent))}});
    }
    return QJsonObject{{QStringLiteral("keys"), keys}};
}

} // namespace sb::sandbox
