#pragma once

#include "net/HttpMessage.h"

#include <QString>

#include <optional>

namespace sb::sandbox {

// What a provider's REST emulation needs from the sandbox's OAuth side: who a bearer token belongs to.
class TokenIntrospector
{
public:
    virtual ~TokenIntrospector() = default;
    // The demo account (e.g. "alice@example.com") a live access token of `provider` was issued to; nullopt when the
    // token is unknown, expired or revoked.
    [[nodiscard]] virtual std::optional<QString> accountForAccessToken(const QString& provider,
                                                                       const QByteArray& token) const = 0;
};

// One provider's REST surface inside the sandbox (Gmail/Calendar/People/Sheets, Graph, Twilio, Stripe, Slack).
// The provider's listener first offers a request to its OAuth routes, then to its ProviderApi.
class ProviderApi
{
public:
    virtual ~ProviderApi() = default;
    // nullopt: not one of this API's routes (the listener answers 404 in the provider's error format).
    [[nodiscard]] virtual std::optional<net::HttpResponse> handle(const net::HttpRequest& request) = 0;
    // Back to the seeded demo data (the control route /_sandbox/reset).
    virtual void reset() = 0;
};

} // namespace sb::sandbox
