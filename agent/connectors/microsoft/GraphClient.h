#pragma once

#include "core/Result.h"
#include "tools/ProviderHttp.h"

namespace sb::graph {

// Graph's {"error":{"code","message"}} in words.
[[nodiscard]] Error describeError(const ProviderResponse& response);

} // namespace sb::graph
