#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace sb {

// The seam between connected accounts (oauth/, connections/) and everything that calls a provider (tools/,
// later sync/): a caller asks for a usable credential and never sees how it was stored or refreshed.

// One connected account as callers see it (never a secret).
struct ConnectionRef
{
    qint64 id = 0;
    QString provider; // catalog id: google, microsoft, slack, generic, twilio, stripe
    QString account;  // alice@example.com, a Twilio Account SID, a Stripe account id
    QString label;
    QString state;    // "connected", "needs_reconnect", "error"
    bool isDefault = false;
};

// What to put on one provider request. Short-lived: ask again for the next request.
struct Credential
{
    ConnectionRef connection;
    enum class Kind { Bearer, Basic } kind = Kind::Bearer;
    QString bearerToken;   // Kind::Bearer: OAuth access token or a Stripe secret key
    QString basicUser;     // Kind::Basic: Twilio Account SID or API Key SID
    QString basicPassword; // Kind::Basic: Twilio Auth Token or API Key secret
    QString accountSid;    // Twilio: the account the URL paths name (differs from basicUser with an API key)
    QDateTime expiresAt;   // invalid when it does not expire

    [[nodiscard]] QByteArray authorizationHeader() const
    {
        if (kind == Kind::Basic)
            return "Basic " + (basicUser + QLatin1Char(':') + basicPassword).toUtf8().toBase64();
        return "Bearer " + bearerToken.toUtf8();
    }
};

// Error codes credential sources use (their messages name the provider and account in words):
namespace credential_errors {
inline const QString NotConnected = QStringLiteral("not_connected");     // "No Google account is connected. …"
inline const QString NeedsReconnect = QStringLiteral("needs_reconnect"); // "Google account alice@… must be reconnected."
inline const QString UnknownConnection = QStringLiteral("unknown_connection");
} // namespace credential_errors

class CredentialSource
{
public:
    virtual ~CredentialSource() = default;

    using Done = std::function<void(Result<Credential>)>;

    // A fresh credential for `provider`: the given connection, else the provider's default account. OAuth tokens are
    // refreshed first when they expire soon; concurrent callers share one refresh.
    virtual void credentialFor(const QString& provider, std::optional<qint64> connectionId, Done done) = 0;

    // The provider answered 401 to `rejected`: refresh once (single-flight) and hand back a new credential, or fail
    // with needs_reconnect when the grant is gone.
    virtual void credentialRejected(const Credential& rejected, Done done) = 0;
};

} // namespace sb
