#pragma once

#include "sandbox/ProviderApi.h"

#include <QString>

#include <map>
#include <memory>

namespace sb::sandbox {

// The REST emulation of every provider, keyed "google", "microsoft", "twilio", "stripe", "slack". The sandbox offers
// each request on a provider's listener to its OAuth routes first, then to the provider's ProviderApi here.
// `tokens` must outlive the APIs; `seed` fixes the demo data and the ids the APIs hand out.
[[nodiscard]] std::map<QString, std::unique_ptr<ProviderApi>> createProviderApis(const TokenIntrospector& tokens,
                                                                                quint32 seed);

} // namespace sb::sandbox
