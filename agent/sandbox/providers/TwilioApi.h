#pragma once

#include "sandbox/ProviderApi.h"
#include "sandbox/providers/ApiSupport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace sb::sandbox {

// Twilio's 2010-04-01 REST API: account lookup, Messages, Calls and IncomingPhoneNumbers, with HTTP Basic auth
// (Account SID and Auth Token, or an API key SID and secret), PascalCase form fields, page URIs the clients follow verbatim, and Twilio's
// {code, message, more_info, status} errors.
class TwilioApi : public ProviderApi
{
public:
    explicit TwilioApi(quint32 seed);

    // Standard API keys (HTTP Basic KeySid:KeySecret, the account in the path), one per demo account; as fixed and
    // harmless as the Auth Tokens in DemoData.h.
    struct ApiKey
    {
        QString sid;
        QString secret;
        QString accountSid;
    };
    [[nodiscard]] static QList<ApiKey> demoApiKeys();

    [[nodiscard]] std::optional<net::HttpResponse> handle(const net::HttpRequest& request) override;
    void reset() override;

private:
    struct Number
    {
        QString sid;
        QString phoneNumber;
        QString friendlyName;
        bool sms = true;
        QDateTime created;
    };
    struct Record
    {
        QJsonObject json;
        QDateTime created;
    };
    struct Account
    {
        QString sid;
        QString authToken;
        QString owner;
        QList<Number> numbers;
        QList<Record> messages; // oldest first
        QList<Record> calls;
    };

    [[nodiscard]] net::HttpResponse route(Account& account, const net::HttpRequest& request, const QStringList& path);
    [[nodiscard]] net::HttpResponse createMessage(Account& account, const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse createCall(Account& account, const net::HttpRequest& request);
    // One page of `items` (newest first) under `key`, with Twilio's paging fields.
    [[nodiscard]] net::HttpResponse page(const net::HttpRequest& request, const QString& key,
                                         const QList<QJsonObject>& items);
    [[nodiscard]] QJsonObject numberJson(const Account& account, const Number& number) const;
    [[nodiscard]] static QJsonObject withProgress(const Record& record);
    [[nodiscard]] const Number* ownNumber(const Account& account, const QString& phoneNumber) const;

    quint32 m_seed;
    SeededIds m_ids;
    QList<Account> m_accounts;
};

} // namespace sb::sandbox
