#include "sandbox/providers/ProviderApis.h"

#include "sandbox/providers/GoogleApi.h"
#include "sandbox/providers/GraphApi.h"
#include "sandbox/providers/SlackApi.h"
#include "sandbox/providers/StripeApi.h"
#include "sandbox/providers/TwilioApi.h"

namespace sb::sandbox {

std::map<QString, std::unique_ptr<ProviderApi>> createProviderApis(const TokenIntrospector& tokens, quint32 seed)
{
    std::map<QString, std::unique_ptr<ProviderApi>> apis;
    apis.emplace(QStringLiteral("google"), std::make_unique<GoogleApi>(tokens, seed));
    apis.emplace(QStringLiteral("microsoft"), std::make_unique<GraphApi>(tokens, seed));
    apis.emplace(QStringLiteral("twilio"), std::make_unique<TwilioApi>(seed));
    apis.emplace(QStringLiteral("stripe"), std::make_unique<StripeApi>(seed));
    apis.emplace(QStringLiteral("slack"), std::make_unique<SlackApi>(tokens, seed));
    return apis;
}

} // namespace sb::sandbox
