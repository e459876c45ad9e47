#pragma once

#include "catalog/ProviderInfo.h"
#include "connections/CredentialSource.h"
#include "core/Result.h"

#include <QMap>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace sb {

// API-key credentials that the provider accepted.
struct ValidatedKey
{
    QString account;                  // Twilio Account SID, Stripe account id
    QString name;                     // the provider's friendly name, for the label
    QMap<QString, QString> secrets;   // keychain fields: auth_token | api_key_sid + api_key_secret | api_key
    Credential credential;
};

// Asks the provider whether API-key credentials work BEFORE anything is saved, and turns its refusal into words:
// Twilio GET /2010-04-01/Accounts/{Sid}.json with Basic auth; Stripe GET /v1/account (a restricted key without
// account access: /v1/balance) with Bearer. Error codes: invalid_fields (missing/malformed input),
// credentials_rejected (the provider said no, its message inside), network_error.
class ApiKeyValidator : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<ValidatedKey>)>;

    explicit ApiKeyValidator(QNetworkAccessManager* network, QObject* parent = nullptr);

    // Twilio fields: account_sid + auth_token, or account_sid + api_key_sid + api_key_secret.
    // Stripe fields: secret_key (sk_…/rk_…; "api_key" is accepted too).
    void validate(const ProviderInfo& provider, const QMap<QString, QString>& fields, Done done);
    // The same check with stored credentials (the Test button).
    void check(const ProviderInfo& provider, const Credential& credential, Done done);

    // Builds the credential from keychain fields.
    [[nodiscard]] static Credential credentialFrom(const QString& provider, const QString& account,
                                                   const QMap<QString, QString>& secrets);

private:
    void twilio(const ProviderInfo& provider, const Credential& credential, Done done);
    void stripe(const ProviderInfo& provider, const Credential& credential, const QString& path, Done done);

    QNetworkAccessManager* m_network;
};

} // namespace sb
