#pragma once

// The REST tests' fixture: a started Sandbox (the product's own listeners, OAuth routes and createProviderApis()),
// access tokens minted through its TokenRegistry as the OAuth routes would, and request helpers per provider.

#include "SandboxTestClient.h"
#include "sandbox/providers/ApiSupport.h"
#include "sandbox/providers/GoogleApi.h"
#include "sandbox/providers/TwilioApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <ranges>

namespace sb::sandbox::test {

inline const QString kAlice = QStringLiteral("alice@example.com");
inline const QString kBob = QStringLiteral("bob@example.com");

class RestSandbox
{
public:
    explicit RestSandbox(quint32 seed = 7)
        : m_sandbox(SandboxOptions{seed, 3600, 0})
    {
    }

    [[nodiscard]] bool start()
    {
        const auto endpoints = m_sandbox.start();
        if (!endpoints)
            return false;
        m_endpoints = *endpoints;
        return true;
    }

    Sandbox& sandbox() { return m_sandbox; }
    HttpClient& http() { return m_http; }

    // A live access token of `provider` for `account`, as the provider's token endpoint would hand out.
    QByteArray token(const QString& provider, const QString& account = kAlice)
    {
        Grant grant;
        grant.provider = provider;
        grant.clientId = clientId(provider);
        grant.account = account;
        grant.scopes = {QStringLiteral("sandbox")};
        const int id = m_sandbox.tokens().createGrant(grant);
        const QString prefix = provider == QLatin1String("google")      ? QStringLiteral("ya29.a0")
                               : provider == QLatin1String("microsoft") ? QStringLiteral("EwB")
                               : provider == QLatin1String("slack")     ? QStringLiteral("xoxe.xoxp-1-")
                                                                        : QStringLiteral("sb_at_");
        return m_sandbox.tokens().issueAccessToken(id, prefix).toUtf8();
    }

    // `pathAndQuery` is sent as written (already percent-encoded where it matters).
    QUrl url(const QString& provider, const QString& pathAndQuery) const
    {
        return QUrl(m_endpoints.providers.value(provider).toString() + pathAndQuery, QUrl::StrictMode);
    }

    Reply get(const QString& provider, const QString& pathAndQuery, const Headers& headers = {})
    {
        return m_http.get(url(provider, pathAndQuery), headers);
    }
    Reply postJson(const QString& provider, const QString& pathAndQuery, const QJsonObject& body,
                   const Headers& headers = {})
    {
        return m_http.postJson(url(provider, pathAndQuery), body, headers);
    }
    Reply postForm(const QString& provider, const QString& pathAndQuery, const Form& form, const Headers& headers = {})
    {
        return m_http.postForm(url(provider, pathAndQuery), form, headers);
    }
    Reply send(const QByteArray& method, const QString& provider, const QString& pathAndQuery,
               const QByteArray& body = {}, const Headers& headers = {}, const QByteArray& contentType = {})
    {
        return m_http.send(method, url(provider, pathAndQuery), body, headers, contentType);
    }

    static Headers bearer(const QByteArray& token) { return {{"Authorization", "Bearer " + token}}; }
    static Headers basic(const QString& user, const QString& password)
    {
        return {{"Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64()}};
    }

private:
    Sandbox m_sandbox;
    SandboxEndpoints m_endpoints;
    HttpClient m_http;
};

} // namespace sb::sandbox::test
