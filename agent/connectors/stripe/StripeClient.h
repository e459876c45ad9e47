#pragma once

#include "core/Result.h"
#include "tools/ConnectorSupport.h"

namespace sb::stripe {

// {"error":{"type","code","param","message"}} in words (Stripe's own message, which names the parameter).
[[nodiscard]] Error describeError(const ProviderResponse& response);
// A POST with Stripe's form encoding and the execution's Idempotency-Key: safe to retry, with the same key.
[[nodiscard]] ProviderRequest post(const ToolContext& context, const QString& path, const connector::Form& form);
// Minor units: 29.99 usd → 2999; zero-decimal currencies (jpy, krw …) unchanged.
[[nodiscard]] qint64 minorUnits(double amount, const QString& currency);

} // namespace sb::stripe
