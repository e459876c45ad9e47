// Stripe's REST emulation over real HTTP: auth, form decoding, customers, payment intents, subscriptions,
// idempotency keys and the error object.
#include "tst_sandbox_rest_support.h"

using namespace sb::sandbox;
using namespace sb::sandbox::test;

namespace {

const QString kKey = demo::stripeKeys().first().secretKey;

QByteArray rawForm(const QList<QPair<QString, QString>>& items)
{
    // Stripe's clients percent-encode spaces as %20 and keep brackets literal.
    QByteArray out;
    for (const auto& [key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key, "[]") + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

class TestSandboxRestStripe : public QObject
{
    Q_OBJECT

private:
    RestSandbox m_rest;

    Reply stripe(const QByteArray& method, const QString& path, const QList<QPair<QString, QString>>& form = {},
                 Headers headers = {}, const QString& key = kKey)
    {
        headers += RestSandbox::bearer(key.toUtf8());
        if (method == "GET")
            return m_rest.send(method, QStringLiteral("stripe"),
                               path + (form.isEmpty() ? QString() : u'?' + QString::fromLatin1(rawForm(form))), {}, headers);
        return m_rest.send(method, QStringLiteral("stripe"), path, rawForm(form), headers,
                           "application/x-www-form-urlencoded");
    }

    static QJsonObject error(const Reply& reply) { return reply.json().value(QStringLiteral("error")).toObject(); }

private slots:
    void initTestCase() { QVERIFY(m_rest.start()); }
    void init() { m_rest.sandbox().reset(); }

    void authentication()
    {
        const Reply none = m_rest.get(QStringLiteral("stripe"), QStringLiteral("/v1/customers"));
        QCOMPARE(none.status, 401);
        QCOMPARE(error(none).value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
        QVERIFY(error(none).value(QStringLiteral("message")).toString().startsWith(QStringLiteral("You did not provide an API key")));
        QVERIFY(none.header("Request-Id").startsWith("req_"));

        const QString wrong = QStringLiteral("sk_test_wrongKey0000000000000000000000abcd");
        const Reply bad = stripe("GET", QStringLiteral("/v1/customers"), {}, {}, wrong);
        QCOMPARE(bad.status, 401);
        const QString message = error(bad).value(QStringLiteral("message")).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Invalid API Key provided: sk_test_****")), qPrintable(message));
        QVERIFY(message.endsWith(QStringLiteral("abcd")));
        QVERIFY2(!message.contains(QStringLiteral("wrongKey")), "the key must be masked");
        QVERIFY(bad.header("Request-Id").startsWith("req_"));
    }

    void accountAndBalance()
    {
        const Reply account = stripe("GET", QStringLiteral("/v1/account"));
        QCOMPARE(account.status, 200);
        QCOMPARE(account.json().value(QStringLiteral("object")).toString(), QStringLiteral("account"));
        QCOMPARE(account.json().value(QStringLiteral("id")).toString(), demo::stripeKeys().first().accountId);
        const Reply balance = stripe("GET", QStringLiteral("/v1/balance"));
        QCOMPARE(balance.status, 200);
        QCOMPARE(balance.json().value(QStringLiteral("object")).toString(), QStringLiteral("balance"));
        QCOMPARE(balance.json().value(QStringLiteral("available"))[0].toObject().value(QStringLiteral("currency")).toString(),
                 QStringLiteral("usd"));
        QVERIFY(balance.json().value(QStringLiteral("available"))[0].toObject().value(QStringLiteral("amount")).toInteger() > 0);
        // The other key sees the other account.
        const Reply bob = stripe("GET", QStringLiteral("/v1/account"), {}, {}, demo::stripeKeys().last().secretKey);
        QCOMPARE(bob.json().value(QStringLiteral("id")).toString(), demo::stripeKeys().last().accountId);
    }

    void customerNestedForm()
    {
        const Reply created = stripe("POST", QStringLiteral("/v1/customers"),
                                     {{QStringLiteral("email"), QStringLiteral("jane@example.org")},
                                      {QStringLiteral("name"), QStringLiteral("Jane Q Doe")},
                                      {QStringLiteral("metadata[order_id]"), QStringLiteral("42")},
                                      {QStringLiteral("preferred_locales[0]"), QStringLiteral("en")},
                                      {QStringLiteral("preferred_locales[1]"), QStringLiteral("fr")},
                                      {QStringLiteral("invoice_settings[custom_fields][0][name]"), QStringLiteral("PO")},
                                      {QStringLiteral("invoice_settings[custom_fields][0][value]"), QStringLiteral("A 1")}});
        QCOMPARE(created.status, 200);
        const QJsonObject customer = created.json();
        QVERIFY(customer.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("cus_")));
        QCOMPARE(customer.value(QStringLiteral("object")).toString(), QStringLiteral("customer"));
        QCOMPARE(customer.value(QStringLiteral("name")).toString(), QStringLiteral("Jane Q Doe"));
        QCOMPARE(customer.value(QStringLiteral("livemode")).toBool(true), false);
        QCOMPARE(customer.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("order_id")).toString(), QStringLiteral("42"));
        QCOMPARE(customer.value(QStringLiteral("preferred_locales")).toArray(), (QJsonArray{QStringLiteral("en"), QStringLiteral("fr")}));
        const QJsonObject field = customer.value(QStringLiteral("invoice_settings"))
                                      .toObject()
                                      .value(QStringLiteral("custom_fields"))[0]
                                      .toObject();
        QCOMPARE(field.value(QStringLiteral("name")).toString(), QStringLiteral("PO"));
        QCOMPARE(field.value(QStringLiteral("value")).toString(), QStringLiteral("A 1"));

        const Reply fetched = stripe("GET", QStringLiteral("/v1/customers/") + customer.value(QStringLiteral("id")).toString());
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json(), customer);

        const Reply missing = stripe("GET", QStringLiteral("/v1/customers/cus_doesNotExist"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(error(missing).value(QStringLiteral("code")).toString(), QStringLiteral("resource_missing"));
        QCOMPARE(error(missing).value(QStringLiteral("param")).toString(), QStringLiteral("id"));
        QCOMPARE(error(missing).value(QStringLiteral("message")).toString(), QStringLiteral("No such customer: 'cus_doesNotExist'"));

        const Reply unknown = stripe("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("colour"), QStringLiteral("red")}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(error(unknown).value(QStringLiteral("code")).toString(), QStringLiteral("parameter_unknown"));
        QCOMPARE(error(unknown).value(QStringLiteral("param")).toString(), QStringLiteral("colour"));
        QVERIFY(unknown.header("Request-Id").startsWith("req_"));
    }

    void customerListPaging()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids.prepend(stripe("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("name"), QStringLiteral("P%1").arg(i)}})
                            .json().value(QStringLiteral("id")).toString());
        const Reply first = stripe("GET", QStringLiteral("/v1/customers"), {{QStringLiteral("limit"), QStringLiteral("2")}});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        QCOMPARE(first.json().value(QStringLiteral("url")).toString(), QStringLiteral("/v1/customers"));
        QCOMPARE(first.json().value(QStringLiteral("has_more")).toBool(), true);
        const QJsonArray data = first.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 2);
        // Newest first.
        QCOMPARE(data[0].toObject().value(QStringLiteral("id")).toString(), ids[0]);
        QCOMPARE(data[1].toObject().value(QStringLiteral("id")).toString(), ids[1]);
        const Reply second = stripe("GET", QStringLiteral("/v1/customers"),
                                    {{QStringLiteral("limit"), QStringLiteral("2")},
                                     {QStringLiteral("starting_after"), ids[1]}});
        QCOMPARE(second.json().value(QStringLiteral("data"))[0].toObject().value(QStringLiteral("id")).toString(), ids[2]);

        // created[gte] filters (seeded customers are a month old).
        const QString since = QString::number(QDateTime::currentSecsSinceEpoch() - 3600);
        const Reply recent = stripe("GET", QStringLiteral("/v1/customers"), {{QStringLiteral("created[gte]"), since}});
        QCOMPARE(recent.json().value(QStringLiteral("data")).toArray().size(), 3);
        QCOMPARE(stripe("GET", QStringLiteral("/v1/customers"), {{QStringLiteral("created[gte]"), QStringLiteral("soon")}}).status, 400);

        const Reply bad = stripe("GET", QStringLiteral("/v1/customers"), {{QStringLiteral("limit"), QStringLiteral("0")}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(error(bad).value(QStringLiteral("param")).toString(), QStringLiteral("limit"));
    }

    void paymentIntents()
    {
        const Reply noAmount = stripe("POST", QStringLiteral("/v1/payment_intents"), {{QStringLiteral("currency"), QStringLiteral("usd")}});
        QCOMPARE(noAmount.status, 400);
        QCOMPARE(error(noAmount).value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
        QCOMPARE(error(noAmount).value(QStringLiteral("code")).toString(), QStringLiteral("parameter_missing"));
        QCOMPARE(error(noAmount).value(QStringLiteral("param")).toString(), QStringLiteral("amount"));
        QCOMPARE(error(noAmount).value(QStringLiteral("message")).toString(), QStringLiteral("Missing required param: amount."));
        const Reply noCurrency = stripe("POST", QStringLiteral("/v1/payment_intents"), {{QStringLiteral("amount"), QStringLiteral("2000")}});
        QCOMPARE(noCurrency.status, 400);
        QCOMPARE(error(noCurrency).value(QStringLiteral("param")).toString(), QStringLiteral("currency"));
        const Reply notInt = stripe("POST", QStringLiteral("/v1/payment_intents"),
                                    {{QStringLiteral("amount"), QStringLiteral("12.5")}, {QStringLiteral("currency"), QStringLiteral("usd")}});
        QCOMPARE(error(notInt).value(QStringLiteral("code")).toString(), QStringLiteral("parameter_invalid_integer"));
        const Reply tooSmall = stripe("POST", QStringLiteral("/v1/payment_intents"),
                                      {{QStringLiteral("amount"), QStringLiteral("10")}, {QStringLiteral("currency"), QStringLiteral("usd")}});
        QCOMPARE(error(tooSmall).value(QStringLiteral("code")).toString(), QStringLiteral("amount_too_small"));

        const Reply created = stripe("POST", QStringLiteral("/v1/payment_intents"),
                                     {{QStringLiteral("amount"), QStringLiteral("2000")},
                                      {QStringLiteral("currency"), QStringLiteral("usd")},
                                      {QStringLiteral("metadata[order_id]"), QStringLiteral("42")}});
        QCOMPARE(created.status, 200);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("pi_")));
        QCOMPARE(created.json().value(QStringLiteral("status")).toString(), QStringLiteral("requires_payment_method"));
        QCOMPARE(created.json().value(QStringLiteral("amount")).toInt(), 2000);
        QVERIFY(created.json().value(QStringLiteral("client_secret")).toString().startsWith(id + QStringLiteral("_secret_")));

        const Reply noMethod = stripe("POST", QStringLiteral("/v1/payment_intents/%1/confirm").arg(id));
        QCOMPARE(noMethod.status, 400);
        QCOMPARE(error(noMethod).value(QStringLiteral("code")).toString(), QStringLiteral("payment_intent_unexpected_state"));

        const Reply confirmed = stripe("POST", QStringLiteral("/v1/payment_intents/%1/confirm").arg(id),
                                       {{QStringLiteral("payment_method"), QStringLiteral("pm_card_visa")}});
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.json().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(confirmed.json().value(QStringLiteral("amount_received")).toInt(), 2000);
        QVERIFY(confirmed.json().value(QStringLiteral("latest_charge")).toString().startsWith(QStringLiteral("ch_")));
        const Reply again = stripe("POST", QStringLiteral("/v1/payment_intents/%1/confirm").arg(id),
                                   {{QStringLiteral("payment_method"), QStringLiteral("pm_card_visa")}});
        QCOMPARE(again.status, 400);
        QCOMPARE(error(again).value(QStringLiteral("code")).toString(), QStringLiteral("payment_intent_unexpected_state"));

        const Reply declined = stripe("POST", QStringLiteral("/v1/payment_intents"),
                                      {{QStringLiteral("amount"), QStringLiteral("1500")},
                                       {QStringLiteral("currency"), QStringLiteral("eur")},
                                       {QStringLiteral("payment_method"), QStringLiteral("pm_card_chargeDeclinedInsufficientFunds")},
                                       {QStringLiteral("confirm"), QStringLiteral("true")}});
        QCOMPARE(declined.status, 402);
        QCOMPARE(error(declined).value(QStringLiteral("type")).toString(), QStringLiteral("card_error"));
        QCOMPARE(error(declined).value(QStringLiteral("code")).toString(), QStringLiteral("card_declined"));
        QCOMPARE(error(declined).value(QStringLiteral("decline_code")).toString(), QStringLiteral("insufficient_funds"));
        QCOMPARE(error(declined).value(QStringLiteral("payment_intent")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("requires_payment_method"));

        const Reply unknown = stripe("POST", QStringLiteral("/v1/payment_intents/pi_nope/confirm"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(error(unknown).value(QStringLiteral("code")).toString(), QStringLiteral("resource_missing"));
    }

    void subscriptions()
    {
        const QJsonArray prices = stripe("GET", QStringLiteral("/v1/prices")).json().value(QStringLiteral("data")).toArray();
        QVERIFY(!prices.isEmpty());
        const QString price = prices[0].toObject().value(QStringLiteral("id")).toString();
        // Seeded customers have a card on file.
        const QJsonArray customers = stripe("GET", QStringLiteral("/v1/customers")).json().value(QStringLiteral("data")).toArray();
        QVERIFY(!customers.isEmpty());
        const QJsonObject seeded = customers.last().toObject();
        QVERIFY(!seeded.value(QStringLiteral("invoice_settings")).toObject().value(QStringLiteral("default_payment_method")).isNull());

        const Reply created = stripe("POST", QStringLiteral("/v1/subscriptions"),
                                     {{QStringLiteral("customer"), seeded.value(QStringLiteral("id")).toString()},
                                      {QStringLiteral("items[0][price]"), price},
                                      {QStringLiteral("items[0][quantity]"), QStringLiteral("2")}});
        QCOMPARE(created.status, 200);
        const QJsonObject subscription = created.json();
        QVERIFY(subscription.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("sub_")));
        QCOMPARE(subscription.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        const QJsonObject item = subscription.value(QStringLiteral("items")).toObject().value(QStringLiteral("data"))[0].toObject();
        QCOMPARE(item.value(QStringLiteral("price")).toObject().value(QStringLiteral("id")).toString(), price);
        QCOMPARE(item.value(QStringLiteral("quantity")).toInt(), 2);
        const Reply fetched = stripe("GET", QStringLiteral("/v1/subscriptions/") + subscription.value(QStringLiteral("id")).toString());
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json(), subscription);

        const Reply noItems = stripe("POST", QStringLiteral("/v1/subscriptions"),
                                     {{QStringLiteral("customer"), seeded.value(QStringLiteral("id")).toString()}});
        QCOMPARE(noItems.status, 400);
        QCOMPARE(error(noItems).value(QStringLiteral("param")).toString(), QStringLiteral("items"));
        const Reply badPrice = stripe("POST", QStringLiteral("/v1/subscriptions"),
                                      {{QStringLiteral("customer"), seeded.value(QStringLiteral("id")).toString()},
                                       {QStringLiteral("items[0][price]"), QStringLiteral("price_nope")}});
        QCOMPARE(badPrice.status, 400);
        QCOMPARE(error(badPrice).value(QStringLiteral("param")).toString(), QStringLiteral("items[0][price]"));
        // A new customer has no card: Stripe refuses to start charging.
        const QString bare = stripe("POST", QStringLiteral("/v1/customers")).json().value(QStringLiteral("id")).toString();
        const Reply noCard = stripe("POST", QStringLiteral("/v1/subscriptions"),
                                    {{QStringLiteral("customer"), bare}, {QStringLiteral("items[0][price]"), price}});
        QCOMPARE(noCard.status, 400);
        QVERIFY(error(noCard).value(QStringLiteral("message")).toString().contains(QStringLiteral("no attached payment source")));
        const Reply incomplete = stripe("POST", QStringLiteral("/v1/subscriptions"),
                                        {{QStringLiteral("customer"), bare},
                                         {QStringLiteral("items[0][price]"), price},
                                         {QStringLiteral("payment_behavior"), QStringLiteral("default_incomplete")}});
        QCOMPARE(incomplete.json().value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
        const Reply missing = stripe("GET", QStringLiteral("/v1/subscriptions/sub_nope"));
        QCOMPARE(missing.status, 404);
    }

    void idempotency()
    {
        const Headers key{{"Idempotency-Key", "order-42"}};
        const QList<QPair<QString, QString>> form{{QStringLiteral("email"), QStringLiteral("idem@example.org")}};
        const Reply first = stripe("POST", QStringLiteral("/v1/customers"), form, key);
        QCOMPARE(first.status, 200);
        QVERIFY(first.header("Idempotent-Replayed").isEmpty());
        const Reply replay = stripe("POST", QStringLiteral("/v1/customers"), form, key);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.json(), first.json());
        QCOMPARE(replay.header("Original-Request"), first.header("Request-Id"));
        QVERIFY(replay.header("Request-Id").startsWith("req_"));
        // Only one customer was made.
        const Reply list = stripe("GET", QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("idem@example.org")}});
        QCOMPARE(list.json().value(QStringLiteral("data")).toArray().size(), 1);

        const Reply conflict = stripe("POST", QStringLiteral("/v1/customers"),
                                      {{QStringLiteral("email"), QStringLiteral("other@example.org")}}, key);
        QCOMPARE(conflict.status, 400);
        QCOMPARE(error(conflict).value(QStringLiteral("type")).toString(), QStringLiteral("idempotency_error"));
        QVERIFY(error(conflict).value(QStringLiteral("message")).toString().contains(QStringLiteral("order-42")));

        // Validation errors are not saved: the same key works once the request is fixed.
        const Headers retryKey{{"Idempotency-Key", "retry-1"}};
        QCOMPARE(stripe("POST", QStringLiteral("/v1/payment_intents"), {{QStringLiteral("currency"), QStringLiteral("usd")}}, retryKey).status, 400);
        QCOMPARE(stripe("POST", QStringLiteral("/v1/payment_intents"),
                        {{QStringLiteral("currency"), QStringLiteral("usd")}, {QStringLiteral("amount"), QStringLiteral("900")}}, retryKey)
                     .status,
                 200);
    }

    void eventsAndUnknownRoutes()
    {
        stripe("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("name"), QStringLiteral("Evented")}});
        const Reply events = stripe("GET", QStringLiteral("/v1/events"), {{QStringLiteral("type"), QStringLiteral("customer.created")}});
        QCOMPARE(events.status, 200);
        const QJsonObject event = events.json().value(QStringLiteral("data"))[0].toObject();
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("customer.created"));
        QCOMPARE(event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Evented"));

        const Reply unknown = stripe("GET", QStringLiteral("/v1/widgets"));
        QCOMPARE(unknown.status, 404);
        QVERIFY(error(unknown).value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Unrecognized request URL (GET: /v1/widgets)")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRestStripe)
#include "tst_sandbox_rest_stripe.moc"
