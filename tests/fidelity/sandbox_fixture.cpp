// sandbox-fixture: starts the sandbox (OAuth routes and REST emulation) on loopback, prints one JSON line with each
// provider's base URL and demo credentials, then serves until its stdin closes. The fidelity test (fidelity.mjs)
// drives it with the providers' official npm clients.
//
// The credentials printed are the sandbox's own demo values (DemoData.h) and tokens it minted itself; they open
// nothing outside this process.

#include "sandbox/DemoData.h"
#include "sandbox/Sandbox.h"
#include "sandbox/providers/TwilioApi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace sb::sandbox;

namespace {

// A live access token of `provider` for Alice, as the provider's token endpoint would issue after consent.
QString mint(Sandbox& sandbox, const QString& provider, const QString& prefix)
{
    QString clientId;
    for (const auto& client : demo::oauthClients()) {
        if (client.provider == provider)
            clientId = client.clientId;
    }
    Grant grant;
    grant.provider = provider;
    grant.clientId = clientId;
    grant.account = demo::accounts().first().email;
    grant.scopes = {QStringLiteral("sandbox")};
    return sandbox.tokens().issueAccessToken(sandbox.tokens().createGrant(grant), prefix);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    SandboxOptions options;
    options.seed = app.arguments().size() > 1 ? app.arguments().at(1).toUInt() : 1;
    options.accessTokenLifetimeSeconds = 3600;
    Sandbox sandbox(options);
    const auto endpoints = sandbox.start();
    if (!endpoints) {
        std::fprintf(stderr, "sandbox-fixture: the sandbox did not start\n");
        return 1;
    }
    auto base = [&](const QString& provider) { return endpoints->providers.value(provider).toString(); };
    const auto twilio = demo::twilioAccounts().first();
    const auto stripe = demo::stripeKeys().first();
    const QJsonObject line{
        {QStringLiteral("control"), endpoints->control.toString()},
        {QStringLiteral("account"), demo::accounts().first().email},
        {QStringLiteral("google"), QJsonObject{{QStringLiteral("baseUrl"), base(QStringLiteral("google"))},
                                               {QStringLiteral("token"), mint(sandbox, QStringLiteral("google"), QStringLiteral("ya29.a0"))}}},
        {QStringLiteral("microsoft"), QJsonObject{{QStringLiteral("baseUrl"), base(QStringLiteral("microsoft"))},
                                                  {QStringLiteral("token"), mint(sandbox, QStringLiteral("microsoft"), QStringLiteral("EwB"))}}},
        {QStringLiteral("slack"), QJsonObject{{QStringLiteral("baseUrl"), base(QStringLiteral("slack"))},
                                              {QStringLiteral("token"), mint(sandbox, QStringLiteral("slack"), QStringLiteral("xoxe.xoxp-1-"))}}},
        {QStringLiteral("twilio"), QJsonObject{{QStringLiteral("baseUrl"), base(QStringLiteral("twilio"))},
                                               {QStringLiteral("accountSid"), twilio.accountSid},
                                               {QStringLiteral("authToken"), twilio.authToken},
                                               {QStringLiteral("apiKeySid"), TwilioApi::demoApiKeys().first().sid},
                                               {QStringLiteral("apiKeySecret"), TwilioApi::demoApiKeys().first().secret}}},
        {QStringLiteral("stripe"), QJsonObject{{QStringLiteral("baseUrl"), base(QStringLiteral("stripe"))},
                                               {QStringLiteral("token"), stripe.secretKey}}}};
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    // Serve until the driver closes our stdin (or goes away).
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            app.quit();
        }
    });
    return app.exec();
}
