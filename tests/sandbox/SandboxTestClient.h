#pragma once

// Real HTTP against a started Sandbox: a small synchronous-looking client (it waits on the reply's finished signal,
// so the sandbox in the same thread keeps answering), plus the consent-page dance and JWT verification.

#include "sandbox/DemoData.h"
#include "sandbox/Sandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <optional>

namespace sb::sandbox::test {

struct Reply
{
    int status = -1; // -1: no HTTP response (timeout or connection error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    [[nodiscard]] QUrl location() const { return QUrl::fromEncoded(header("Location")); }
    [[nodiscard]] QUrlQuery locationQuery() const { return QUrlQuery(location()); }
};

using Form = QList<QPair<QString, QString>>;
using Headers = QList<QPair<QByteArray, QByteArray>>;

inline QByteArray formEncode(const Form& form)
{
    QByteArray out;
    for (const auto& [name, value] : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

class HttpClient
{
public:
    Reply send(const QByteArray& method, const QUrl& url, const QByteArray& body = {}, const Headers& headers = {},
               const QByteArray& contentType = {})
    {
        QNetworkRequest request(url);
        // The sandbox's redirects are what tests look at: never follow them.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply result;
        if (!finished.wait(20000)) {
            reply->abort();
            reply->deleteLater();
            return result;
        }
        result.elapsedMs = timer.elapsed();
        result.error = reply->error();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        result.status = status.isValid() ? status.toInt() : -1;
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    Reply get(const QUrl& url, const Headers& headers = {}) { return send("GET", url, {}, headers); }
    Reply postForm(const QUrl& url, const Form& form, const Headers& headers = {})
    {
        return send("POST", url, formEncode(form), headers, "application/x-www-form-urlencoded");
    }
    Reply postJson(const QUrl& url, const QJsonObject& body, const Headers& headers = {})
    {
        return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, "application/json");
    }

private:
    QNetworkAccessManager m_manager;
};

inline QString clientId(const QString& provider)
{
    for (const auto& client : demo::oauthClients()) {
        if (client.provider == provider)
            return client.clientId;
    }
    return {};
}

inline QString clientSecret(const QString& provider)
{
    for (const auto& client : demo::oauthClients()) {
        if (client.provider == provider)
            return client.clientSecret;
    }
    return {};
}

inline QString redirectUri(const QString& provider, int port = 53682)
{
    return QStringLiteral("http://127.0.0.1:%1/callback/%2").arg(port).arg(provider);
}

inline QString authorizePath(const QString& provider)
{
    if (provider == QLatin1String("google"))
        return QStringLiteral("/o/oauth2/v2/auth");
    if (provider == QLatin1String("microsoft"))
        return QStringLiteral("/common/oauth2/v2.0/authorize");
    if (provider == QLatin1String("slack"))
        return QStringLiteral("/oauth/v2/authorize");
    return QStringLiteral("/authorize");
}

inline QString tokenPath(const QString& provider)
{
    if (provider == QLatin1String("microsoft"))
        return QStringLiteral("/common/oauth2/v2.0/token");
    if (provider == QLatin1String("slack"))
        return QStringLiteral("/api/oauth.v2.access");
    return QStringLiteral("/token");
}

inline QString base64Url(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// RFC 7636 appendix B's verifier, and its S256 challenge.
inline const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
inline const QString kChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

// The authorize query a well-behaved client sends; tests edit it to break one thing at a time.
inline QUrlQuery authorizeQuery(const QString& provider, const QString& scope)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), clientId(provider));
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri(provider));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("st-123"));
    query.addQueryItem(QStringLiteral("scope"), scope);
    if (provider != QLatin1String("slack")) {
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("code_challenge"), kChallenge);
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    return query;
}

inline QString consentRequestId(const QByteArray& html)
{
    static const QRegularExpression pattern(QStringLiteral("name=\"request\" value=\"([^\"]+)\""));
    return pattern.match(QString::fromUtf8(html)).captured(1);
}

// Drives the sandbox through a real HTTP consent: GET the page, POST the decision, return the redirect.
class OAuthDriver
{
public:
    OAuthDriver(HttpClient& http, const SandboxEndpoints& endpoints)
        : m_http(http)
        , m_endpoints(endpoints)
    {
    }

    QUrl url(const QString& provider, const QString& path, const QUrlQuery& query = {}) const
    {
        QUrl url = m_endpoints.providers.value(provider);
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }

    Reply consentPage(const QString& provider, const QUrlQuery& query, const Headers& headers = {})
    {
        return m_http.get(url(provider, authorizePath(provider), query), headers);
    }

    Reply decide(const QString& provider, const QString& requestId, const QString& decision,
                 const QString& account = QStringLiteral("alice@example.com"))
    {
        return m_http.postForm(url(provider, authorizePath(provider)),
                               {{QStringLiteral("request"), requestId},
                                {QStringLiteral("account"), account},
                                {QStringLiteral("decision"), decision}});
    }

    // Empty when any step fails (the test then fails on what it expected of the code).
    QString code(const QString& provider, const QUrlQuery& query,
                 const QString& account = QStringLiteral("alice@example.com"))
    {
        const Reply page = consentPage(provider, query);
        if (page.status != 200)
            return {};
        const Reply redirect = decide(provider, consentRequestId(page.body), QStringLiteral("allow"), account);
        return redirect.locationQuery().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }

    Reply exchange(const QString& provider, const QString& code, const QString& verifier = kVerifier,
                   Form extra = {})
    {
        Form form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("redirect_uri"), redirectUri(provider)},
                  {QStringLiteral("client_id"), clientId(provider)},
                  {QStringLiteral("client_secret"), clientSecret(provider)}};
        if (!verifier.isEmpty())
            form.append({QStringLiteral("code_verifier"), verifier});
        form += extra;
        return m_http.postForm(url(provider, tokenPath(provider)), form);
    }

    Reply refresh(const QString& provider, const QString& refreshToken)
    {
        return m_http.postForm(url(provider, tokenPath(provider)),
                               {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), refreshToken},
                                {QStringLiteral("client_id"), clientId(provider)},
                                {QStringLiteral("client_secret"), clientSecret(provider)}});
    }

    // A full authorization: returns the token response.
    Reply tokens(const QString& provider, QUrlQuery query)
    {
        return exchange(provider, code(provider, query), provider == QLatin1String("slack") ? QString() : kVerifier);
    }

private:
    HttpClient& m_http;
    SandboxEndpoints m_endpoints;
};

class ControlClient
{
public:
    ControlClient(HttpClient& http, const QUrl& control)
        : m_http(http)
        , m_control(control)
    {
    }
    QUrl url(const QString& path, const QString& query = {}) const
    {
        QUrl url = m_control;
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }
    Reply get(const QString& path, const QString& query = {}) { return m_http.get(url(path, query)); }
    Reply post(const QString& path, const QJsonObject& body = {}) { return m_http.postJson(url(path), body); }
    Reply del(const QString& path, const QString& query = {}) { return m_http.send("DELETE", url(path, query)); }

private:
    HttpClient& m_http;
    QUrl m_control;
};

// Verifies an RS256 JWS against a JWK Set with OpenSSL, independently of the sandbox's signer. Returns the payload.
inline std::optional<QJsonObject> verifyJwt(const QByteArray& jwt, const QJsonObject& jwks)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto decode = [](const QByteArray& part) {
        return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QJsonObject header = QJsonDocument::fromJson(decode(parts[0])).object();
    if (header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return std::nullopt;
    QJsonObject jwk;
    for (const QJsonValue& key : jwks.value(QStringLiteral("keys")).toArray()) {
        if (key.toObject().value(QStringLiteral("kid")) == header.value(QStringLiteral("kid")))
            jwk = key.toObject();
    }
    if (jwk.isEmpty())
        return std::nullopt;
    const QByteArray n = decode(jwk.value(QStringLiteral("n")).toString().toLatin1());
    const QByteArray e = decode(jwk.value(QStringLiteral("e")).toString().toLatin1());

    BIGNUM* bnN = BN_bin2bn(reinterpret_cast<const unsigned char*>(n.constData()), int(n.size()), nullptr);
    BIGNUM* bnE = BN_bin2bn(reinterpret_cast<const unsigned char*>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD* builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, bnN);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, bnE);
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX* fromData = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY* key = nullptr;
    EVP_PKEY_fromdata_init(fromData);
    EVP_PKEY_fromdata(fromData, &key, EVP_PKEY_PUBLIC_KEY, params);

    const QByteArray input = parts[0] + '.' + parts[1];
    const QByteArray signature = decode(parts[2]);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool valid = key && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(fromData);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(bnN);
    BN_free(bnE);
    if (!valid)
        return std::nullopt;
    return QJsonDocument::fromJson(decode(parts[1])).object();
}

} // namespace sb::sandbox::test
