#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sb::sandbox {

struct SandboxOptions
{
    // Seeds the demo data, the generated tokens and the fault injector's error-rate dice.
    quint32 seed = 1;
    int accessTokenLifetimeSeconds = 3600;
    // Slack token rotation (https://docs.slack.dev/authentication/using-token-rotation): on, tokens are xoxe.xoxb-/
    // xoxe.xoxp- with expires_in and a refresh_token; off, plain xoxb-/xoxp- tokens that never expire.
    bool slackTokenRotation = true;
    // 0: every listener takes a free port. Otherwise control = basePort, then one port each, in providerNames() order
    // (stable URLs for the demo mode).
    quint16 basePort = 0;
};

struct SandboxEndpoints
{
    QUrl control;                 // http://127.0.0.1:PORT, serving /_sandbox/...
    QMap<QString, QUrl> providers; // "google", "microsoft", "twilio", "stripe", "slack", "generic" -> base URL
};

// The providers the sandbox emulates, in listener order.
inline QStringList providerNames()
{
    return {QStringLiteral("google"), QStringLiteral("microsoft"), QStringLiteral("twilio"),
            QStringLiteral("stripe"), QStringLiteral("slack"),     QStringLiteral("generic")};
}

} // namespace sb::sandbox

Q_DECLARE_METATYPE(sb::sandbox::SandboxOptions)
Q_DECLARE_METATYPE(sb::sandbox::SandboxEndpoints)
