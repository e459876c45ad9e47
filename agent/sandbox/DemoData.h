#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The sandbox's fixed demo identities: documented in docs/sandbox.md and served at /_sandbox/clients.
// They open nothing outside the sandbox, so they may live in the source.
namespace sb::sandbox::demo {

struct Account
{
    QString email;
    QString name;
    QString subject; // stable user id ("sub")
};

// Two demo accounts per provider.
inline QList<Account> accounts()
{
    return {{QStringLiteral("alice@example.com"), QStringLiteral("Alice Example"), QStringLiteral("10001")},
            {QStringLiteral("bob@example.com"), QStringLiteral("Bob Example"), QStringLiteral("10002")}};
}

struct OAuthClient
{
    QString provider; // google, microsoft, slack, generic
    QString clientId;
    QString clientSecret;
};

inline QList<OAuthClient> oauthClients()
{
    return {
        {QStringLiteral("google"), QStringLiteral("sandbox-google-client.apps.googleusercontent.com"),
         QStringLiteral("GOCSPX-sandbox-google-secret")},
        {QStringLiteral("microsoft"), QStringLiteral("00000000-5b0d-4c2a-9d7e-5a4d5b0c0de1"),
         QStringLiteral("sandbox~microsoft~secret")},
        {QStringLiteral("slack"), QStringLiteral("1000000000.2000000000"), QStringLiteral("sandboxslacksecret0000000000000")},
        {QStringLiteral("generic"), QStringLiteral("sandbox-generic-client"), QStringLiteral("sandbox-generic-secret")},
    };
}

// Twilio: Account SID + Auth Token (HTTP Basic), per demo account (two subaccount-like identities).
struct TwilioAccount
{
    QString accountSid;
    QString authToken;
    QString owner;
};

inline QList<TwilioAccount> twilioAccounts()
{
    return {{QStringLiteral("AC00000000000000000000000000000001"), QStringLiteral("sandbox_twilio_token_alice_000001"),
             QStringLiteral("alice@example.com")},
            {QStringLiteral("AC00000000000000000000000000000002"), QStringLiteral("sandbox_twilio_token_bob_00000002"),
             QStringLiteral("bob@example.com")}};
}

// Stripe: test-mode secret keys, per demo account.
struct StripeKey
{
    QString secretKey;
    QString accountId;
    QString owner;
};

inline QList<StripeKey> stripeKeys()
{
    return {{QStringLiteral("sk_test_sandboxAlice000000000000000000000001"), QStringLiteral("acct_1SandboxAlice00001"),
             QStringLiteral("alice@example.com")},
            {QStringLiteral("sk_test_sandboxBob00000000000000000000000002"), QStringLiteral("acct_1SandboxBob000002"),
             QStringLiteral("bob@example.com")}};
}

} // namespace sb::sandbox::demo
