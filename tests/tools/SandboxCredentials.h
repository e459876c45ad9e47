#pragma once

// A CredentialSource for tests, standing in for the connections' TokenManager: Twilio and Stripe use the sandbox's
// demo keys (agent/sandbox/DemoData.h); OAuth providers use access tokens the test obtained from the sandbox's real
// OAuth flow over HTTP (consent form POST, code exchange) and hands in with setToken(). Providers can be marked
// disconnected or needing reconnection, to check that tools fail instead of pretending.

#include "connections/CredentialSource.h"
#include "sandbox/DemoData.h"

#include <QHash>
#include <QSet>
#include <QTimer>

namespace sb::test {

class SandboxCredentials : public CredentialSource
{
public:
    // Connection ids the tests see in the audit trail.
    static qint64 connectionId(const QString& provider)
    {
        static const QStringList order{QStringLiteral("google"), QStringLiteral("microsoft"), QStringLiteral("twilio"),
                                       QStringLiteral("stripe"), QStringLiteral("slack")};
        return 11 + order.indexOf(provider);
    }

    void setToken(const QString& provider, const QString& accessToken) { m_tokens.insert(provider, accessToken); }
    void setDisconnected(const QString& provider, bool disconnected)
    {
        disconnected ? (void)m_disconnected.insert(provider) : (void)m_disconnected.remove(provider);
    }
    void setNeedsReconnect(const QString& provider, bool needs)
    {
        needs ? (void)m_needsReconnect.insert(provider) : (void)m_needsReconnect.remove(provider);
    }
    int rejectedCount() const { return m_rejected; }
    // What a refresh would hand out after a 401; without one, the rejection means "reconnect".
    void setReplacementToken(const QString& provider, const QString& accessToken) { m_replacements.insert(provider, accessToken); }

    void credentialFor(const QString& provider, std::optional<qint64> connectionId, Done done) override
    {
        Result<Credential> result = make(provider, connectionId);
        // Asynchronous, as the real source is.
        QTimer::singleShot(0, [done, result] { done(result); });
    }

    void credentialRejected(const Credential& rejected, Done done) override
    {
        ++m_rejected;
        const QString provider = rejected.connection.provider;
        if (m_replacements.contains(provider)) {
            m_tokens.insert(provider, m_replacements.take(provider));
            Result<Credential> fresh = make(provider, rejected.connection.id);
            QTimer::singleShot(0, [done, fresh] { done(fresh); });
            return;
        }
        const Error error{credential_errors::NeedsReconnect,
                          QStringLiteral("The %1 account must be reconnected.").arg(rejected.connection.provider)};
        QTimer::singleShot(0, [done, error] { done(std::unexpected(error)); });
    }

private:
    Result<Credential> make(const QString& provider, std::optional<qint64> connectionId) const
    {
        if (connectionId && *connectionId != this->connectionId(provider))
            return fail(credential_errors::UnknownConnection, QStringLiteral("No connection %1.").arg(*connectionId));
        if (m_disconnected.contains(provider))
            return fail(credential_errors::NotConnected, QStringLiteral("No %1 account is connected.").arg(provider));
        if (m_needsReconnect.contains(provider))
            return fail(credential_errors::NeedsReconnect,
                        QStringLiteral("The %1 account alice@example.com must be reconnected.").arg(provider));
        Credential credential;
        credential.connection = {this->connectionId(provider), provider, QStringLiteral("alice@example.com"),
                                 QString(), QStringLiteral("connected"), true};
        if (provider == QLatin1String("twilio")) {
            const auto account = sandbox::demo::twilioAccounts().first();
            credential.kind = Credential::Kind::Basic;
            credential.basicUser = account.accountSid;
            credential.basicPassword = account.authToken;
            credential.accountSid = account.accountSid;
            credential.connection.account = account.accountSid;
        } else if (provider == QLatin1String("stripe")) {
            credential.bearerToken = sandbox::demo::stripeKeys().first().secretKey;
            credential.connection.account = sandbox::demo::stripeKeys().first().accountId;
        } else if (m_tokens.contains(provider)) {
            credential.bearerToken = m_tokens.value(provider);
        } else {
            return fail(credential_errors::NotConnected, QStringLiteral("No %1 account is connected.").arg(provider));
        }
        return credential;
    }

    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_replacements;
    QSet<QString> m_disconnected;
    QSet<QString> m_needsReconnect;
    int m_rejected = 0;
};

} // namespace sb::test
