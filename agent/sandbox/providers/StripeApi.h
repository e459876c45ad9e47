#pragma once

#include "sandbox/ProviderApi.h"
#include "sandbox/providers/ApiSupport.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace sb::sandbox {

// Stripe's REST API in test mode (/v1 on the stripe listener): account, balance, customers, payment intents,
// subscriptions, prices and events, with Stripe's bracketed form encoding, idempotency keys and error objects.
class StripeApi : public ProviderApi
{
public:
    explicit StripeApi(quint32 seed);

    [[nodiscard]] std::optional<net::HttpResponse> handle(const net::HttpRequest& request) override;
    void reset() override;

private:
    // Objects of one kind in creation order; lists are served newest first, as Stripe does.
    struct Collection
    {
        QList<QString> order;
        QHash<QString, QJsonObject> byId;
        void insert(const QJsonObject& object);
    };

    struct Account
    {
        QString secretKey;
        QString accountId;
        QString owner;
        Collection customers, paymentIntents, subscriptions, prices, products, events;
        qint64 available = 0;
        qint64 pending = 0;
    };

    struct Call
    {
        Account* account = nullptr;
        const net::HttpRequest* request = nullptr;
        QJsonObject params;
        QString requestId;
        QString idempotencyKey;
    };

    struct Saved
    {
        QByteArray fingerprint;
        net::HttpResponse response;
        QString requestId;
    };

    [[nodiscard]] net::HttpResponse route(Call& call, const QStringList& path);
    [[nodiscard]] net::HttpResponse createCustomer(Call& call);
    [[nodiscard]] net::HttpResponse updateCustomer(Call& call, QJsonObject customer);
    [[nodiscard]] net::HttpResponse createPaymentIntent(Call& call);
    [[nodiscard]] net::HttpResponse confirmPaymentIntent(Call& call, QJsonObject intent);
    [[nodiscard]] net::HttpResponse createSubscription(Call& call);
    [[nodiscard]] net::HttpResponse list(const Call& call, const Collection& collection, const QString& url,
                                         const std::function<bool(const QJsonObject&)>& keep = {});

    void seedAccount(Account& account, int index);
    void recordEvent(Call& call, const QString& type, const QJsonObject& object);
    [[nodiscard]] QString newId(const QString& prefix, int length = 24);
    [[nodiscard]] Account* accountForKey(const QString& key);

    quint32 m_seed;
    SeededIds m_ids;
    SeededIds m_requestIds; // request ids must not shift the object ids a test expects
    QList<Account> m_accounts;
    QHash<QString, Saved> m_idempotent; // secret key + '\n' + Idempotency-Key
};

} // namespace sb::sandbox
