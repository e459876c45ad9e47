#include "connectors/stripe/StripeTools.h"

#include "connectors/stripe/StripeClient.h"
#include "tools/ToolRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb {

namespace {

using namespace connector;
using Context = std::shared_ptr<ToolContext>;

QString tr(const char* text)
{
    return QCoreApplication::translate("StripeTools", text);
}

void addIfPresent(Form& form, const QJsonObject& input, const QString& field, const QString& param)
{
    if (input.contains(field))
        appendStripeForm(form, param, input.value(field));
}

QJsonObject subscriptionJson(const QJsonObject& s)
{
    QJsonArray items;
    for (const QJsonValue& item : s.value(QStringLiteral("items")).toObject().value(QStringLiteral("data")).toArray()) {
        const QJsonObject i = item.toObject();
        items.append(QJsonObject{{QStringLiteral("price"), i.value(QStringLiteral("price")).toObject().value(QStringLiteral("id"))},
                                 {QStringLiteral("quantity"), i.value(QStringLiteral("quantity"))}});
    }
    return QJsonObject{{QStringLiteral("subscriptionId"), s.value(QStringLiteral("id"))},
                       {QStringLiteral("status"), s.value(QStringLiteral("status"))},
                       {QStringLiteral("customer"), s.value(QStringLiteral("customer"))},
                       {QStringLiteral("currentPeriodStart"), s.value(QStringLiteral("current_period_start"))},
                       {QStringLiteral("currentPeriodEnd"), s.value(QStringLiteral("current_period_end"))},
                       {QStringLiteral("cancelAtPeriodEnd"), s.value(QStringLiteral("cancel_at_period_end"))},
                       {QStringLiteral("items"), items}};
}

void createPayment(Context c, ToolDone done)
{
    const QString currency = c->input.value(QStringLiteral("currency")).toString().toLower();
    Form form{{QStringLiteral("amount"), QString::number(stripe::minorUnits(c->input.value(QStringLiteral("amount")).toDouble(), currency))},
              {QStringLiteral("currency"), currency}};
    addIfPresent(form, c->input, QStringLiteral("customerId"), QStringLiteral("customer"));
    addIfPresent(form, c->input, QStringLiteral("description"), QStringLiteral("description"));
    addIfPresent(form, c->input, QStringLiteral("receiptEmail"), QStringLiteral("receipt_email"));
    addIfPresent(form, c->input, QStringLiteral("metadata"), QStringLiteral("metadata"));
    call(c, stripe::post(*c, QStringLiteral("/v1/payment_intents"), form), done, stripe::describeError,
         [done](const ProviderResponse& r) {
             const QJsonObject pi = r.json().toObject();
             done(QJsonObject{{QStringLiteral("paymentIntentId"), pi.value(QStringLiteral("id"))},
                              {QStringLiteral("status"), pi.value(QStringLiteral("status"))},
                              {QStringLiteral("amount"), pi.value(QStringLiteral("amount"))},
                              {QStringLiteral("currency"), pi.value(QStringLiteral("currency"))},
                              {QStringLiteral("customer"), pi.value(QStringLiteral("customer"))}});
         });
}

void createCustomer(Context c, ToolDone done)
{
    Form form;
    for (const char* field : {"email", "name", "phone", "description", "metadata"})
        addIfPresent(form, c->input, QLatin1String(field), QLatin1String(field));
    call(c, stripe::post(*c, QStringLiteral("/v1/customers"), form), done, stripe::describeError,
         [done](const ProviderResponse& r) {
             const QJsonObject customer = r.json().toObject();
             done(QJsonObject{{QStringLiteral("customerId"), customer.value(QStringLiteral("id"))},
                              {QStringLiteral("email"), customer.value(QStringLiteral("email"))},
                              {QStringLiteral("name"), customer.value(QStringLiteral("name"))}});
         });
}

void getSubscription(Context c, ToolDone done)
{
    const QString id = c->input.value(QStringLiteral("subscriptionId")).toString();
    ProviderRequest request = jsonRequest("GET", c->api(QStringLiteral("api"), QStringLiteral("/v1/subscriptions/") + id), {}, true);
    request.contentType.clear();
    call(c, request, done, stripe::describeError,
         [done](const ProviderResponse& r) { done(subscriptionJson(r.json().toObject())); });
}

void createSubscription(Context c, ToolDone done)
{
    Form form{{QStringLiteral("customer"), c->input.value(QStringLiteral("customerId")).toString()},
              {QStringLiteral("items[0][price]"), c->input.value(QStringLiteral("priceId")).toString()}};
    addIfPresent(form, c->input, QStringLiteral("quantity"), QStringLiteral("items[0][quantity]"));
    addIfPresent(form, c->input, QStringLiteral("trialDays"), QStringLiteral("trial_period_days"));
    addIfPresent(form, c->input, QStringLiteral("paymentBehavior"), QStringLiteral("payment_behavior"));
    addIfPresent(form, c->input, QStringLiteral("metadata"), QStringLiteral("metadata"));
    call(c, stripe::post(*c, QStringLiteral("/v1/subscriptions"), form), done, stripe::describeError,
         [done](const ProviderResponse& r) { done(subscriptionJson(r.json().toObject())); });
}

} // namespace

void registerStripeTools(ToolRegistry& registry)
{
    const QString provider = QStringLiteral("stripe");
    const QJsonObject metadata{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("description"), tr("Key/value notes kept with the object")}};
    const QJsonObject customerId{{QStringLiteral("pattern"), QStringLiteral("^cus_[A-Za-z0-9]+$")},
                                 {QStringLiteral("patternHint"), QStringLiteral("must be a Stripe customer id (cus_…)")}};
    registry.add({QStringLiteral("create_payment"), provider, tr("Create a payment"),
                  tr("Create a Stripe PaymentIntent for a one-time charge (amount in the currency's major unit, e.g. 29.99)."),
                  object({{QStringLiteral("amount"), number(tr("Amount, e.g. 29.99"), {{QStringLiteral("minimum"), 0.5}})},
                          {QStringLiteral("currency"), string(tr("ISO currency code, e.g. usd"),
                                                              {{QStringLiteral("pattern"), QStringLiteral("^[A-Za-z]{3}$")},
                                                               {QStringLiteral("patternHint"), QStringLiteral("must be a three-letter currency code like usd")}})},
                          {QStringLiteral("customerId"), string(tr("Stripe customer (cus_…)"), customerId)},
                          {QStringLiteral("description"), string(tr("What it is for"))},
                          {QStringLiteral("receiptEmail"), string(tr("Where Stripe sends the receipt"), {{QStringLiteral("format"), QStringLiteral("email")}})},
                          {QStringLiteral("metadata"), metadata}},
                         {QStringLiteral("amount"), QStringLiteral("currency")}),
                  true, createPayment});
    registry.add({QStringLiteral("create_customer"), provider, tr("Create a customer"),
                  tr("Create a Stripe customer."),
                  object({{QStringLiteral("email"), string(tr("E-mail address"), {{QStringLiteral("format"), QStringLiteral("email")}})},
                          {QStringLiteral("name"), string(tr("Full name"))},
                          {QStringLiteral("phone"), string(tr("Phone number"))},
                          {QStringLiteral("description"), string(tr("Notes"))},
                          {QStringLiteral("metadata"), metadata}},
                         {QStringLiteral("email")}),
                  true, createCustomer});
    registry.add({QStringLiteral("get_subscription"), provider, tr("Look up a subscription"),
                  tr("Get a Stripe subscription's status, period and items."),
                  object({{QStringLiteral("subscriptionId"), string(tr("Subscription id (sub_…)"),
                                                                    {{QStringLiteral("pattern"), QStringLiteral("^sub_[A-Za-z0-9]+$")},
                                                                     {QStringLiteral("patternHint"), QStringLiteral("must be a Stripe subscription id (sub_…)")}})}},
                         {QStringLiteral("subscriptionId")}),
                  false, getSubscription});
    registry.add({QStringLiteral("create_subscription"), provider, tr("Create a subscription"),
                  tr("Subscribe a Stripe customer to a price."),
                  object({{QStringLiteral("customerId"), string(tr("Stripe customer (cus_…)"), customerId)},
                          {QStringLiteral("priceId"), string(tr("Price id (price_…)"),
                                                             {{QStringLiteral("pattern"), QStringLiteral("^price_[A-Za-z0-9]+$")},
                                                              {QStringLiteral("patternHint"), QStringLiteral("must be a Stripe price id (price_…)")}})},
                          {QStringLiteral("quantity"), integer(tr("Seats (default 1)"), {{QStringLiteral("minimum"), 1}})},
                          {QStringLiteral("trialDays"), integer(tr("Free trial days"), {{QStringLiteral("minimum"), 0}})},
                          {QStringLiteral("paymentBehavior"),
                           string(tr("Without a card on file: default_incomplete starts it unpaid (Stripe's default "
                                     "error_if_incomplete refuses)"),
                                  {{QStringLiteral("enum"), QJsonArray{QStringLiteral("allow_incomplete"), QStringLiteral("default_incomplete"),
                                                                       QStringLiteral("error_if_incomplete"), QStringLiteral("pending_if_incomplete")}}})},
                          {QStringLiteral("metadata"), metadata}},
                         {QStringLiteral("customerId"), QStringLiteral("priceId")}),
                  true, createSubscription});
}

} // namespace sb
