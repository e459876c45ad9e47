#pragma once

#include "sandbox/ProviderApi.h"

#include <QJsonObject>

namespace sb::sandbox::test {

// A stand-in REST surface: answers GET /v1/fake (and everything when `greedy`) with the caller's account, so tests
// see the listener's order (OAuth routes, then the API, then a 404) and the faults around it without the real APIs.
class FakeProviderApi : public ProviderApi
{
public:
    FakeProviderApi(const TokenIntrospector& tokens, QString provider, int* resets, bool greedy = false)
        : m_tokens(tokens)
        , m_provider(std::move(provider))
        , m_resets(resets)
        , m_greedy(greedy)
    {
    }

    std::optional<net::HttpResponse> handle(const net::HttpRequest& request) override
    {
        if (!m_greedy && !request.path().startsWith(QLatin1String("/v1/fake")))
            return std::nullopt;
        const auto account = m_tokens.accountForAccessToken(m_provider, request.bearerToken());
        return net::HttpResponse::json(QJsonObject{{QStringLiteral("fake"), true},
                                                   {QStringLiteral("path"), request.path()},
                                                   {QStringLiteral("account"), account.value_or(QString())}});
    }

    void reset() override { ++*m_resets; }

private:
    const TokenIntrospector& m_tokens;
    QString m_provider;
    int* m_resets;
    bool m_greedy;
};

} // namespace sb::sandbox::test
