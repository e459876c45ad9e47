#pragma once

#include "net/HttpMessage.h"

#include <QString>

// Each provider's error bodies, as its clients parse them (docs/sandbox.md lists the sources).
namespace sb::sandbox::errors {

// RFC 6749 §5.2 {"error","error_description"}; Microsoft adds AADSTS error_codes, trace and correlation ids.
[[nodiscard]] net::HttpResponse oauth(const QString& provider, const QString& error, const QString& description,
                                      int status = 400, int aadsts = 0);
// Slack Web API: HTTP 200 {"ok":false,"error":...}.
[[nodiscard]] net::HttpResponse slack(const QString& error);
// A REST-style error with `status` in the provider's format (Google, Graph, Twilio, Stripe, Slack, generic).
[[nodiscard]] net::HttpResponse rest(const QString& provider, int status, const QString& message = {});
// A route the provider does not have.
[[nodiscard]] net::HttpResponse notFound(const QString& provider, const net::HttpRequest& request);
// An injected 429/5xx: OAuth-format on token routes, REST-format elsewhere; 429 and 503 carry Retry-After.
[[nodiscard]] net::HttpResponse injected(const QString& provider, bool oauthRoute, int status, int retryAfterSeconds);

} // namespace sb::sandbox::errors
