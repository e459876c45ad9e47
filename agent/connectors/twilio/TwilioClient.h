#pragma once

#include "core/Result.h"
#include "tools/ProviderHttp.h"
#include "tools/ToolDefinition.h"

namespace sb::twilio {

// Twilio's {code, message, more_info, status} in words (21211 → "'To' is not a valid phone number").
[[nodiscard]] Error describeError(const ProviderResponse& response);
// https://api.twilio.com/2010-04-01/Accounts/{AccountSid}{path}
[[nodiscard]] QUrl accountUrl(const ToolContext& context, const QString& path);

} // namespace sb::twilio
