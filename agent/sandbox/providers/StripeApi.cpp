#include "sandbox/providers/StripeApi.h"

#include "sandbox/DemoData.h"
#include "sandbox/providers/StripeForm.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sb::sandbox {

namespace {

constexpr auto kDefaultApiVersion = "2025-10-29.clover";

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Stripe's error object. doc_url follows the code, as Stripe's own do.
net::HttpResponse stripeError(int status, const QString& type, const QString& message, const QString& code = {},
                              const QString& param = {}, const QJsonObject& extra = {})
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("type"), type);
    error.insert(QStringLiteral("message"), message);
    if (!code.isEmpty()) {
        error.insert(QStringLiteral("code"), code);
        error.insert(QStringLiteral("doc_url"),
                     QStringLiteral("https://stripe.com/docs/error-codes/") + QString(code).replace(u'_', u'-'));
    }
    if (!param.isEmpty())
        error.insert(QStringLiteral("param"), param);
    return net::HttpResponse::json(QJsonObject{{QStringLiteral("error"), error}}, status);
}

net::HttpResponse invalidRequest(const QString& message, const QString& code = {}, const QString& param = {},
                                 int status = 400)
{
    return stripeError(status, QStringLiteral("invalid_request_error"), message, code, param);
}

net::HttpResponse missingParam(const QString& param)
{
    return invalidRequest(QStringLiteral("Missing required param: %1.").arg(param), QStringLiteral("parameter_missing"),
                          param);
}

net::HttpResponse noSuch(const QString& what, const QString& id, const QString& param, int status = 404)
{
    return invalidRequest(QStringLiteral("No such %1: '%2'").arg(what, id), QStringLiteral("resource_missing"), param,
                          status);
}

// Stripe rejects any parameter an endpoint does not know, naming it.
std::optional<net::HttpResponse> rejectUnknown(const QJsonObject& params, const QSet<QString>& allowed)
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!allowed.contains(it.key()) && it.key() != QLatin1String("expand"))
            return invalidRequest(QStringLiteral("Received unknown parameter: %1").arg(it.key()),
                                  QStringLiteral("parameter_unknown"), it.key());
    }
    return std::nullopt;
}

// An integer parameter; sets `error` when present but not an integer.
std::optional<qint64> intParam(const QJsonObject& params, const QString& name, std::optional<net::HttpResponse>* error)
{
    if (!params.contains(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = params.value(name).toString().toLongLong(&ok);
    if (!ok) {
        *error = invalidRequest(QStringLiteral("Invalid integer: %1").arg(params.value(name).toString()),
                                QStringLiteral("parameter_invalid_integer"), name);
        return std::nullopt;
    }
    return value;
}

bool boolParam(const QJsonObject& params, const QString& name)
{
    return params.value(name).toString() == QLatin1String("true");
}

// metadata[k]=v; an empty value unsets the key (Stripe's rule for updates).
QJsonObject mergeMetadata(QJsonObject current, const QJsonValue& update)
{
    const QJsonObject changes = update.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().toString().isEmpty())
            current.remove(it.key());
        else
            current.insert(it.key(), it.value().toString());
    }
    return current;
}

QJsonValue stringOrNull(const QJsonObject& params, const QString& name)
{
    return params.contains(name) ? QJsonValue(params.value(name).toString()) : QJsonValue(QJsonValue::Null);
}

// The test-mode PaymentMethod tokens Stripe documents, and what a charge on each does.
struct TestCard
{
    QString brand;
    QString last4;
    QString declineCode; // empty: succeeds
    QString message;
};

std::optional<TestCard> testCard(const QString& token)
{
    static const QHash<QString, TestCard> cards{
        {QStringLiteral("pm_card_visa"), {QStringLiteral("visa"), QStringLiteral("4242"), {}, {}}},
        {QStringLiteral("pm_card_visa_debit"), {QStringLiteral("visa"), QStringLiteral("5556"), {}, {}}},
        {QStringLiteral("pm_card_mastercard"), {QStringLiteral("mastercard"), QStringLiteral("4444"), {}, {}}},
        {QStringLiteral("pm_card_amex"), {QStringLiteral("amex"), QStringLiteral("8431"), {}, {}}},
        {QStringLiteral("pm_card_chargeDeclined"),
         {QStringLiteral("visa"), QStringLiteral("0002"), QStringLiteral("generic_decline"),
          QStringLiteral("Your card was declined.")}},
        {QStringLiteral("pm_card_chargeDeclinedInsufficientFunds"),
         {QStringLiteral("visa"), QStringLiteral("9995"), QStringLiteral("insufficient_funds"),
          QStringLiteral("Your card has insufficient funds.")}},
        {QStringLiteral("pm_card_chargeDeclinedExpiredCard"),
         {QStringLiteral("visa"), QStringLiteral("0069"), QStringLiteral("expired_card"),
          QStringLiteral("Your card has expired.")}},
    };
    const auto it = cards.constFind(token);
    if (it == cards.constEnd())
        return std::nullopt;
    return *it;
}

QString maskedKey(const QString& key)
{
    // Stripe shows the key's prefix and last four characters only.
    const qsizetype prefix = key.startsWith(QLatin1String("sk_test_")) || key.startsWith(QLatin1String("sk_live_"))
                                 ? 8
                                 : std::min<qsizetype>(3, key.size());
    if (key.size() <= prefix + 4)
        return key.left(prefix) + QString(std::max<qsizetype>(0, key.size() - prefix), u'*');
    return key.left(prefix) + QString(key.size() - prefix - 4, u'*') + key.right(4);
}

} // namespace

void StripeApi::Collection::insert(const QJsonObject& object)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    if (!byId.contains(id))
        order.append(id);
    byId.insert(id, object);
}

StripeApi::StripeApi(quint32 seed)
    : m_seed(seed)
    , m_ids(seed)
    , m_requestIds(seed ^ 0x5eed5eedu)
{
    reset();
}

QString StripeApi::newId(const QString& prefix, int length)
{
    return prefix + m_ids.alnum(length);
}

StripeApi::Account* StripeApi::accountForKey(const QString& key)
{
    for (Account& account : m_accounts) {
        if (account.secretKey == key)
            return &account;
    }
    return nullptr;
}

void StripeApi::reset()
{
    m_ids.reseed(m_seed);
    m_idempotent.clear();
    m_accounts.clear();
    const auto keys = demo::stripeKeys();
    for (const auto& key : keys)
        m_accounts.append(Account{key.secretKey, key.accountId, key.owner, {}, {}, {}, {}, {}, {}, 0, 0});
    for (qsizetype i = 0; i < m_accounts.size(); ++i)
        seedAccount(m_accounts[i], int(i));
}

void StripeApi::seedAccount(Account& account, int index)
{
    const qint64 base = anchorDay().toSecsSinceEpoch() - 30 * 86400;
    account.available = 1250000 + qint64(m_ids.bounded(500000));
    account.pending = 42000 + qint64(m_ids.bounded(10000));

    struct Plan { const char* name; qint64 amount; const char* interval; };
    const Plan plans[] = {{"Starter", 900, "month"}, {"Pro", 2900, "month"}, {"Team", 29900, "year"}};
    for (const Plan& plan : plans) {
        const QString productId = newId(QStringLiteral("prod_"), 14);
        account.products.insert(QJsonObject{{QStringLiteral("id"), productId},
                                            {QStringLiteral("object"), QStringLiteral("product")},
                                            {QStringLiteral("active"), true},
                                            {QStringLiteral("name"), QString::fromLatin1(plan.name)},
                                            {QStringLiteral("created"), base},
                                            {QStringLiteral("livemode"), false},
                                            {QStringLiteral("metadata"), QJsonObject()}});
        account.prices.insert(QJsonObject{
            {QStringLiteral("id"), newId(QStringLiteral("price_"))},
            {QStringLiteral("object"), QStringLiteral("price")},
            {QStringLiteral("active"), true},
            {QStringLiteral("billing_scheme"), QStringLiteral("per_unit")},
            {QStringLiteral("created"), base},
            {QStringLiteral("currency"), QStringLiteral("usd")},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("lookup_key"), QString::fromLatin1(plan.name).toLower()},
            {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("nickname"), QStringLiteral("%1 (%2ly)").arg(QString::fromLatin1(plan.name),
                                                                         QString::fromLatin1(plan.interval))},
            {QStringLiteral("product"), productId},
            {QStringLiteral("recurring"),
             QJsonObject{{QStringLiteral("interval"), QString::fromLatin1(plan.interval)},
                         {QStringLiteral("interval_count"), 1},
                         {QStringLiteral("usage_type"), QStringLiteral("licensed")}}},
            {QStringLiteral("tax_behavior"), QStringLiteral("unspecified")},
            {QStringLiteral("type"), QStringLiteral("recurring")},
            {QStringLiteral("unit_amount"), plan.amount},
            {QStringLiteral("unit_amount_decimal"), QString::number(plan.amount)}});
    }

    // A few customers with a card on file, so subscriptions work out of the box in the demo.
    const QStringList names = index == 0 ? QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper"),
                                                       QStringLiteral("Alan Turing")}
                                         : QStringList{QStringLiteral("Edsger Dijkstra"),
                                                       QStringLiteral("Barbara Liskov")};
    qint64 created = base;
    for (const QString& name : names) {
        const QString email = name.toLower().replace(u' ', u'.') + QStringLiteral("@example.net");
        const QString pm = newId(QStringLiteral("pm_"));
        account.customers.insert(QJsonObject{
            {QStringLiteral("id"), newId(QStringLiteral("cus_"), 14)},
            {QStringLiteral("object"), QStringLiteral("customer")},
            {QStringLiteral("address"), QJsonValue::Null},
            {QStringLiteral("balance"), 0},
            {QStringLiteral("created"), created},
            {QStringLiteral("currency"), QStringLiteral("usd")},
            {QStringLiteral("default_source"), QJsonValue::Null},
            {QStringLiteral("delinquent"), false},
            {QStringLiteral("description"), QJsonValue::Null},
            {QStringLiteral("discount"), QJsonValue::Null},
            {QStringLiteral("email"), email},
            {QStringLiteral("invoice_prefix"), m_ids.from(u"ABCDEF0123456789", 8)},
            {QStringLiteral("invoice_settings"),
             QJsonObject{{QStringLiteral("custom_fields"), QJsonValue::Null},
                         {QStringLiteral("default_payment_method"), pm},
                         {QStringLiteral("footer"), QJsonValue::Null},
                         {QStringLiteral("rendering_options"), QJsonValue::Null}}},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("name"), name},
            {QStringLiteral("next_invoice_sequence"), 1},
            {QStringLiteral("phone"), QJsonValue::Null},
            {QStringLiteral("preferred_locales"), QJsonArray()},
            {QStringLiteral("shipping"), QJsonValue::Null},
            {QStringLiteral("tax_exempt"), QStringLiteral("none")},
            {QStringLiteral("test_clock"), QJsonValue::Null}});
        created += 86400;
    }
}

std::optional<net::HttpResponse> StripeApi::handle(const net::HttpRequest& request)
{
    const QStringList path = pathSegments(request);
    if (path.isEmpty() || path.first() != QLatin1String("v1"))
        return std::nullopt;

    Call call;
    call.request = &request;
    call.requestId = QStringLiteral("req_") + m_requestIds.alnum(14);

    // Bearer is what the clients send; curl's `-u sk_test_…:` (Basic, key as user name) works on Stripe too.
    QString key = QString::fromUtf8(request.bearerToken());
    const QByteArray authorization = request.header("authorization").trimmed();
    if (key.isEmpty() && authorization.left(6).compare("basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        key = QString::fromUtf8(decoded.left(decoded.indexOf(':') < 0 ? decoded.size() : decoded.indexOf(':')));
    }

    net::HttpResponse response;
    bool replayed = false;
    if (key.isEmpty()) {
        response = invalidRequest(
            QStringLiteral("You did not provide an API key. You need to provide your API key in the Authorization "
                           "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
                           "https://stripe.com/docs/api#authentication for details, or we can help at "
                           "https://support.stripe.com/."),
            {}, {}, 401);
    } else if (!(call.account = accountForKey(key))) {
        response = invalidRequest(QStringLiteral("Invalid API Key provided: %1").arg(maskedKey(key)), {}, {}, 401);
    } else {
        QList<QPair<QString, QString>> items;
        if (request.method == "GET" || request.method == "DELETE") {
            for (const auto& [name, value] : request.query().queryItems(QUrl::FullyDecoded))
                items.append({name, value});
        } else {
            items = request.formItems();
        }
        const StripeForm::Result form = StripeForm::decode(items);
        call.params = form.params;
        call.idempotencyKey = QString::fromUtf8(request.header("idempotency-key"));
        const QString slot = key + u'\n' + call.idempotencyKey;
        const QByteArray fingerprint = request.method + ' ' + request.encodedPath().toUtf8() + '\n'
                                       + QJsonDocument(call.params).toJson(QJsonDocument::Compact);
        const bool idempotent = request.method == "POST" && !call.idempotencyKey.isEmpty();
        if (!form.error.isEmpty()) {
            response = invalidRequest(form.error, {}, form.errorParam);
        } else if (idempotent && m_idempotent.contains(slot)) {
            const Saved& saved = m_idempotent[slot];
            if (saved.fingerprint != fingerprint) {
                response = stripeError(
                    400, QStringLiteral("idempotency_error"),
                    QStringLiteral("Keys for idempotent requests can only be used with the same parameters they were "
                                   "first used with. Try using a key other than '%1' if you meant to execute a "
                                   "different request.")
                        .arg(call.idempotencyKey));
            } else {
                response = saved.response;
                response.setHeader("Idempotent-Replayed", "true");
                response.setHeader("Original-Request", saved.requestId.toUtf8());
                replayed = true;
            }
        } else {
            response = route(call, path);
            // Stripe saves a result once the endpoint has begun executing: successes and card declines, not
            // parameter errors (those may be retried with the same key after a fix).
            if (idempotent && (response.status < 400 || response.status == 402))
                m_idempotent.insert(slot, Saved{fingerprint, response, call.requestId});
        }
        if (idempotent)
            response.setHeader("Idempotency-Key", call.idempotencyKey.toUtf8());
    }

    if (!replayed && response.status >= 400) {
        // Every error names where to find it in the dashboard's request log.
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QJsonObject error = body.value(QStringLiteral("error")).toObject();
        error.insert(QStringLiteral("request_log_url"),
                     QStringLiteral("https://dashboard.stripe.com/test/logs/%1?t=%2")
                         .arg(call.requestId)
                         .arg(nowSeconds()));
        body.insert(QStringLiteral("error"), error);
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    response.setHeader("Request-Id", call.requestId.toUtf8());
    const QByteArray version = request.header("stripe-version");
    response.setHeader("Stripe-Version", version.isEmpty() ? QByteArray(kDefaultApiVersion) : version);
    return response;
}

net::HttpResponse StripeApi::route(Call& call, const QStringList& path)
{
    const QByteArray& method = call.request->method;
    Account& account = *call.account;
    QStringList id;
    const bool get = method == "GET";
    const bool post = method == "POST";

    if (get && matchPath(path, {QStringLiteral("v1"), QStringLiteral("account")})) {
        return net::HttpResponse::json(QJsonObject{
            {QStringLiteral("id"), account.accountId},
            {QStringLiteral("object"), QStringLiteral("account")},
            {QStringLiteral("business_profile"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Sandbox shop of %1").arg(account.owner)},
                         {QStringLiteral("support_email"), account.owner},
                         {QStringLiteral("url"), QJsonValue::Null}}},
            {QStringLiteral("business_type"), QStringLiteral("company")},
            {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("card_payments"), QStringLiteral("active")},
                                                         {QStringLiteral("transfers"), QStringLiteral("active")}}},
            {QStringLiteral("charges_enabled"), true},
            {QStringLiteral("country"), QStringLiteral("US")},
            {QStringLiteral("created"), anchorDay().toSecsSinceEpoch() - 365 * 86400},
            {QStringLiteral("default_currency"), QStringLiteral("usd")},
            {QStringLiteral("details_submitted"), true},
            {QStringLiteral("email"), account.owner},
            {QStringLiteral("payouts_enabled"), true},
            {QStringLiteral("settings"),
             QJsonObject{{QStringLiteral("dashboard"),
                          QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Sandbox")},
                                      {QStringLiteral("timezone"), QStringLiteral("Etc/UTC")}}}}},
            {QStringLiteral("type"), QStringLiteral("standard")}});
    }
    if (get && matchPath(path, {QStringLiteral("v1"), QStringLiteral("balance")})) {
        auto funds = [](qint64 amount) {
            return QJsonArray{QJsonObject{{QStringLiteral("amount"), amount},
                                          {QStringLiteral("currency"), QStringLiteral("usd")},
                                          {QStringLiteral("source_types"),
                                           QJsonObject{{QStringLiteral("card"), amount}}}}};
        };
        return net::HttpResponse::json(QJsonObject{{QStringLiteral("object"), QStringLiteral("balance")},
                                                   {QStringLiteral("available"), funds(account.available)},
                                                   {QStringLiteral("livemode"), false},
                                                   {QStringLiteral("pending"), funds(account.pending)}});
    }

    // Customers.
    if (matchPath(path, {QStringLiteral("v1"), QStringLiteral("customers")})) {
        if (post)
            return createCustomer(call);
        if (get) {
            const QString email = call.params.value(QStringLiteral("email")).toString();
            return list(call, account.customers, QStringLiteral("/v1/customers"), [&](const QJsonObject& customer) {
                return email.isEmpty() || customer.value(QStringLiteral("email")).toString() == email;
            });
        }
    }
    if (matchPath(path, {QStringLiteral("v1"), QStringLiteral("customers"), QStringLiteral("*")}, &id)) {
        const auto it = account.customers.byId.constFind(id.first());
        if (it == account.customers.byId.constEnd())
            return noSuch(QStringLiteral("customer"), id.first(), QStringLiteral("id"));
        if (get)
            return net::HttpResponse::json(*it);
        if (post)
            return updateCustomer(call, *it);
        if (method == "DELETE") {
            account.customers.byId.remove(id.first());
            account.customers.order.removeAll(id.first());
            return net::HttpResponse::json(QJsonObject{{QStringLiteral("id"), id.first()},
                                                       {QStringLiteral("object"), QStringLiteral("customer")},
                                                       {QStringLiteral("deleted"), true}});
        }
    }

    // Payment intents.
    if (matchPath(path, {QStringLiteral("v1"), QStringLiteral("payment_intents")})) {
        if (post)
            return createPaymentIntent(call);
        if (get) {
            const QString customer = call.params.value(QStringLiteral("customer")).toString();
            return list(call, account.paymentIntents, QStringLiteral("/v1/payment_intents"),
                        [&](const QJsonObject& intent) {
                            return customer.isEmpty() || intent.value(QStringLiteral("customer")).toString() == customer;
                        });
        }
    }
    if (matchPath(path, {QStringLiteral("v1"), QStringLiteral("payment_intents"), QStringLiteral("*")}, &id) && get) {
        const auto it = account.paymentIntents.byId.constFind(id.first());
        if (it == account.paymentIntents.byId.constEnd())
            return noSuch(QStringLiteral("payment_intent"), id.first(), QStringLiteral("intent"));
        return net::HttpResponse::json(*it);
    }
    if (matchPath(path, {QStringLiteral("v1"), QStringLiteral("payment_intents"), QStringLiteral("*"),
                         QStringLiteral("confirm")},
                  &id)
        && post) {
        const auto it = account.paymentIntents.byId.constFind(id.first());
        if (it == account.paymentIntents.byId.constEnd())
            return noSuch(QStringLiteral("payment_intent"), id.first(), QStringLiteral("intent"));
        return confirmPaymentIntent(call, *it);
    }

    // Subscriptions and the prices they are made of.
    if (matchPath(path, {QStringLiteral("v1"), QStringLiteral("subscriptions")})) {
        if (post)
            return createSubscription(call);
        if (get) {
            const QString customer = call.params.value(QStringLiteral("customer")).toString();
            return list(call, account.subscriptions, QStringLiteral("/v1/subscriptions"), [&](const QJsonObject& sub) {
                return customer.isEmpty() || sub.value(QStringLiteral("customer")).toString() == customer;
            });
        }
    }
    if (matchPath(path, {QStringLiteral("v1"), QStringLiteral("subscriptions"), QStringLiteral("*")}, &id) && get) {
        const auto it = account.subscriptions.byId.constFind(id.first());
        if (it == account.subscriptions.byId.constEnd())
            return noSuch(QStringLiteral("subscription"), id.first(), QStringLiteral("id"));
        return net::HttpResponse::json(*it);
    }
    if (get && matchPath(path, {QStringLiteral("v1"), QStringLiteral("prices")}))
        return list(call, account.prices, QStringLiteral("/v1/prices"));
    if (get && matchPath(path, {QStringLiteral("v1"), QStringLiteral("prices"), QStringLiteral("*")}, &id)) {
        const auto it = account.prices.byId.constFind(id.first());
        if (it == account.prices.byId.constEnd())
            return noSuch(QStringLiteral("price"), id.first(), QStringLiteral("price"));
        return net::HttpResponse::json(*it);
    }
    if (get && matchPath(path, {QStringLiteral("v1"), QStringLiteral("events")})) {
        const QString type = call.params.value(QStringLiteral("type")).toString();
        return list(call, account.events, QStringLiteral("/v1/events"), [&](const QJsonObject& event) {
            return type.isEmpty() || event.value(QStringLiteral("type")).toString() == type;
        });
    }
    if (get && matchPath(path, {QStringLiteral("v1"), QStringLiteral("events"), QStringLiteral("*")}, &id)) {
        const auto it = account.events.byId.constFind(id.first());
        if (it == account.events.byId.constEnd())
            return noSuch(QStringLiteral("event"), id.first(), QStringLiteral("id"));
        return net::HttpResponse::json(*it);
    }

    return invalidRequest(QStringLiteral("Unrecognized request URL (%1: %2). Please see https://stripe.com/docs or we "
                                         "can help at https://support.stripe.com/.")
                              .arg(QString::fromLatin1(method), call.request->path()),
                          {}, {}, 404);
}

net::HttpResponse StripeApi::list(const Call& call, const Collection& collection, const QString& url,
                                  const std::function<bool(const QJsonObject&)>& keep)
{
    std::optional<net::HttpResponse> error;
    const qint64 limit = intParam(call.params, QStringLiteral("limit"), &error).value_or(10);
    if (error)
        return *error;
    if (limit < 1 || limit > 100)
        return invalidRequest(QStringLiteral("Invalid limit: must be between 1 and 100"),
                              QStringLiteral("parameter_invalid_integer"), QStringLiteral("limit"));

    // created=<ts> or created[gt|gte|lt|lte]=<ts>, as every Stripe list accepts.
    QList<std::pair<QString, qint64>> createdBounds;
    const QJsonValue created = call.params.value(QStringLiteral("created"));
    if (created.isString()) {
        createdBounds.append({QStringLiteral("eq"), created.toString().toLongLong()});
    } else if (created.isObject()) {
        const QJsonObject bounds = created.toObject();
        for (auto it = bounds.begin(); it != bounds.end(); ++it) {
            bool ok = false;
            const qint64 value = it.value().toString().toLongLong(&ok);
            if (!ok || !QStringList{QStringLiteral("gt"), QStringLiteral("gte"), QStringLiteral("lt"), QStringLiteral("lte")}.contains(it.key()))
                return invalidRequest(QStringLiteral("Invalid created[%1]: must be an integer Unix timestamp").arg(it.key()),
                                      QStringLiteral("parameter_invalid_integer"), QStringLiteral("created[%1]").arg(it.key()));
            createdBounds.append({it.key(), value});
        }
    }
    auto inCreatedRange = [&](const QJsonObject& object) {
        const qint64 at = object.value(QStringLiteral("created")).toInteger();
        for (const auto& [op, value] : createdBounds) {
            if ((op == QLatin1String("eq") && at != value) || (op == QLatin1String("gt") && at <= value)
                || (op == QLatin1String("gte") && at < value) || (op == QLatin1String("lt") && at >= value)
                || (op == QLatin1String("lte") && at > value))
                return false;
        }
        return true;
    };

    QList<QJsonObject> items; // newest first
    for (auto it = collection.order.crbegin(); it != collection.order.crend(); ++it) {
        const QJsonObject& object = collection.byId[*it];
        if ((!keep || keep(object)) && inCreatedRange(object))
            items.append(object);
    }
    auto position = [&](const QString& param) -> std::optional<qsizetype> {
        const QString cursor = call.params.value(param).toString();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i].value(QStringLiteral("id")).toString() == cursor)
                return i;
        }
        return std::nullopt;
    };
    const QString noun = url.section(u'/', 2).chopped(1); // "/v1/payment_intents" -> "payment_intent"
    qsizetype begin = 0;
    qsizetype end = items.size();
    if (call.params.contains(QStringLiteral("starting_after"))) {
        const auto at = position(QStringLiteral("starting_after"));
        if (!at)
            return noSuch(noun, call.params.value(QStringLiteral("starting_after")).toString(),
                          QStringLiteral("starting_after"), 400);
        begin = *at + 1;
        end = std::min<qsizetype>(items.size(), begin + limit);
    } else if (call.params.contains(QStringLiteral("ending_before"))) {
        const auto at = position(QStringLiteral("ending_before"));
        if (!at)
            return noSuch(noun, call.params.value(QStringLiteral("ending_before")).toString(),
                          QStringLiteral("ending_before"), 400);
        end = *at;
        begin = std::max<qsizetype>(0, end - limit);
    } else {
        end = std::min<qsizetype>(items.size(), limit);
    }
    const bool hasMore = call.params.contains(QStringLiteral("ending_before")) ? begin > 0 : end < items.size();
    QJsonArray data;
    for (qsizetype i = begin; i < end; ++i)
        data.append(items[i]);
    return net::HttpResponse::json(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                               {QStringLiteral("data"), data},
                                               {QStringLiteral("has_more"), hasMore},
                                               {QStringLiteral("url"), url}});
}

void StripeApi::recordEvent(Call& call, const QString& type, const QJsonObject& object)
{
    call.account->events.insert(QJsonObject{
        {QStringLiteral("id"), newId(QStringLiteral("evt_"))},
        {QStringLiteral("object"), QStringLiteral("event")},
        {QStringLiteral("api_version"), QString::fromLatin1(kDefaultApiVersion)},
        {QStringLiteral("created"), nowSeconds()},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("pending_webhooks"), 0},
        {QStringLiteral("request"),
         QJsonObject{{QStringLiteral("id"), call.requestId},
                     {QStringLiteral("idempotency_key"),
                      call.idempotencyKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(call.idempotencyKey)}}},
        {QStringLiteral("type"), type}});
}

net::HttpResponse StripeApi::createCustomer(Call& call)
{
    QJsonObject customer{{QStringLiteral("id"), newId(QStringLiteral("cus_"), 14)},
                         {QStringLiteral("object"), QStringLiteral("customer")},
                         {QStringLiteral("address"), QJsonValue::Null},
                         {QStringLiteral("balance"), 0},
                         {QStringLiteral("created"), nowSeconds()},
                         {QStringLiteral("currency"), QJsonValue::Null},
                         {QStringLiteral("default_source"), QJsonValue::Null},
                         {QStringLiteral("delinquent"), false},
                         {QStringLiteral("discount"), QJsonValue::Null},
                         {QStringLiteral("invoice_prefix"), m_ids.from(u"ABCDEF0123456789", 8)},
                         {QStringLiteral("invoice_settings"),
                          QJsonObject{{QStringLiteral("custom_fields"), QJsonValue::Null},
                                      {QStringLiteral("default_payment_method"), QJsonValue::Null},
                                      {QStringLiteral("footer"), QJsonValue::Null},
                                      {QStringLiteral("rendering_options"), QJsonValue::Null}}},
                         {QStringLiteral("livemode"), false},
                         {QStringLiteral("metadata"), QJsonObject()},
                         {QStringLiteral("next_invoice_sequence"), 1},
                         {QStringLiteral("preferred_locales"), QJsonArray()},
                         {QStringLiteral("shipping"), QJsonValue::Null},
                         {QStringLiteral("tax_exempt"), QStringLiteral("none")},
                         {QStringLiteral("test_clock"), QJsonValue::Null}};
    for (const char* field : {"description", "email", "name", "phone"})
        customer.insert(QLatin1String(field), stringOrNull(call.params, QLatin1String(field)));
    return updateCustomer(call, customer);
}

net::HttpResponse StripeApi::updateCustomer(Call& call, QJsonObject customer)
{
    // Create and update take the same parameters.
    static const QSet<QString> allowed{
        QStringLiteral("address"),  QStringLiteral("description"), QStringLiteral("email"),
        QStringLiteral("metadata"), QStringLiteral("name"),        QStringLiteral("phone"),
        QStringLiteral("preferred_locales"), QStringLiteral("shipping"), QStringLiteral("invoice_settings"),
        QStringLiteral("payment_method"), QStringLiteral("tax_exempt"), QStringLiteral("balance")};
    if (auto error = rejectUnknown(call.params, allowed))
        return *error;
    const QJsonObject& p = call.params;
    const bool creating = !call.account->customers.byId.contains(customer.value(QStringLiteral("id")).toString());
    if (!creating) {
        for (const char* field : {"description", "email", "name", "phone"}) {
            if (p.contains(QLatin1String(field)))
                customer.insert(QLatin1String(field), p.value(QLatin1String(field)).toString().isEmpty()
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : p.value(QLatin1String(field)));
        }
    }
    if (p.contains(QStringLiteral("metadata")))
        customer.insert(QStringLiteral("metadata"),
                        mergeMetadata(customer.value(QStringLiteral("metadata")).toObject(),
                                      p.value(QStringLiteral("metadata"))));
    if (p.contains(QStringLiteral("address")))
        customer.insert(QStringLiteral("address"), p.value(QStringLiteral("address")));
    if (p.contains(QStringLiteral("shipping")))
        customer.insert(QStringLiteral("shipping"), p.value(QStringLiteral("shipping")));
    if (p.contains(QStringLiteral("preferred_locales")))
        customer.insert(QStringLiteral("preferred_locales"), p.value(QStringLiteral("preferred_locales")).toArray());
    if (p.contains(QStringLiteral("tax_exempt")))
        customer.insert(QStringLiteral("tax_exempt"), p.value(QStringLiteral("tax_exempt")));
    if (p.contains(QStringLiteral("balance"))) {
        std::optional<net::HttpResponse> error;
        const auto balance = intParam(p, QStringLiteral("balance"), &error);
        if (error)
            return *error;
        customer.insert(QStringLiteral("balance"), *balance);
    }
    const QString email = customer.value(QStringLiteral("email")).toString();
    if (!email.isEmpty() && !isEmailAddress(email))
        return invalidRequest(QStringLiteral("Invalid email address: %1").arg(email),
                              QStringLiteral("email_invalid"), QStringLiteral("email"));

    QJsonObject invoiceSettings = customer.value(QStringLiteral("invoice_settings")).toObject();
    const QJsonObject settings = p.value(QStringLiteral("invoice_settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        invoiceSettings.insert(it.key(), it.value());
    // Attaching a card (payment_method) does not make it the default: only invoice_settings does, as on Stripe.
    const QString attached = p.value(QStringLiteral("payment_method")).toString();
    if (!attached.isEmpty() && !attached.startsWith(QLatin1String("pm_")))
        return noSuch(QStringLiteral("PaymentMethod"), attached, QStringLiteral("payment_method"), 400);
    const QString defaultPm = invoiceSettings.value(QStringLiteral("default_payment_method")).toString();
    if (!defaultPm.isEmpty() && !defaultPm.startsWith(QLatin1String("pm_")))
        return noSuch(QStringLiteral("PaymentMethod"), defaultPm,
                      QStringLiteral("invoice_settings[default_payment_method]"), 400);
    customer.insert(QStringLiteral("invoice_settings"), invoiceSettings);

    call.account->customers.insert(customer);
    recordEvent(call, creating ? QStringLiteral("customer.created") : QStringLiteral("customer.updated"), customer);
    return net::HttpResponse::json(customer);
}

net::HttpResponse StripeApi::createPaymentIntent(Call& call)
{
    static const QSet<QString> allowed{
        QStringLiteral("amount"),         QStringLiteral("currency"),  QStringLiteral("customer"),
        QStringLiteral("description"),    QStringLiteral("metadata"),  QStringLiteral("payment_method"),
        QStringLiteral("payment_method_types"), QStringLiteral("confirm"), QStringLiteral("receipt_email"),
        QStringLiteral("automatic_payment_methods"), QStringLiteral("capture_method"),
        QStringLiteral("setup_future_usage"), QStringLiteral("statement_descriptor"), QStringLiteral("return_url"),
        QStringLiteral("off_session")};
    if (auto error = rejectUnknown(call.params, allowed))
        return *error;
    const QJsonObject& p = call.params;
    if (!p.contains(QStringLiteral("amount")))
        return missingParam(QStringLiteral("amount"));
    if (!p.contains(QStringLiteral("currency")))
        return missingParam(QStringLiteral("currency"));
    std::optional<net::HttpResponse> error;
    const qint64 amount = intParam(p, QStringLiteral("amount"), &error).value_or(0);
    if (error)
        return *error;
    const QString currency = p.value(QStringLiteral("currency")).toString().toLower();
    if (currency.size() != 3 || !std::all_of(currency.begin(), currency.end(), [](QChar c) { return c.isLetter(); }))
        return invalidRequest(QStringLiteral("Invalid currency: %1. Stripe currently supports these currencies: usd, "
                                             "eur, gbp, … (see https://stripe.com/docs/currencies)")
                                  .arg(currency),
                              {}, QStringLiteral("currency"));
    if (amount < 50 && QSet<QString>{QStringLiteral("usd"), QStringLiteral("eur"), QStringLiteral("gbp")}.contains(currency))
        return invalidRequest(QStringLiteral("Amount must be at least %1 %2")
                                  .arg(currency == QLatin1String("usd")   ? QStringLiteral("$0.50")
                                       : currency == QLatin1String("eur") ? QStringLiteral("€0.50")
                                                                          : QStringLiteral("£0.50"),
                                       currency),
                              QStringLiteral("amount_too_small"), QStringLiteral("amount"));
    const QString customer = p.value(QStringLiteral("customer")).toString();
    if (!customer.isEmpty() && !call.account->customers.byId.contains(customer))
        return noSuch(QStringLiteral("customer"), customer, QStringLiteral("customer"), 400);
    const QString paymentMethod = p.value(QStringLiteral("payment_method")).toString();
    if (!paymentMethod.isEmpty() && !paymentMethod.startsWith(QLatin1String("pm_")))
        return noSuch(QStringLiteral("PaymentMethod"), paymentMethod, QStringLiteral("payment_method"), 400);

    const QString id = newId(QStringLiteral("pi_"));
    QJsonArray types{QStringLiteral("card")};
    if (p.contains(QStringLiteral("payment_method_types")))
        types = p.value(QStringLiteral("payment_method_types")).toArray();
    const bool automatic = p.value(QStringLiteral("automatic_payment_methods")).toObject().value(QStringLiteral("enabled"))
                           == QLatin1String("true");
    QJsonObject intent{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("payment_intent")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("amount_capturable"), 0},
        {QStringLiteral("amount_received"), 0},
        {QStringLiteral("application"), QJsonValue::Null},
        {QStringLiteral("automatic_payment_methods"),
         automatic ? QJsonValue(QJsonObject{{QStringLiteral("allow_redirects"), QStringLiteral("always")},
                                            {QStringLiteral("enabled"), true}})
                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("canceled_at"), QJsonValue::Null},
        {QStringLiteral("cancellation_reason"), QJsonValue::Null},
        {QStringLiteral("capture_method"),
         p.value(QStringLiteral("capture_method")).toString(QStringLiteral("automatic_async"))},
        {QStringLiteral("client_secret"), id + QStringLiteral("_secret_") + m_ids.alnum(25)},
        {QStringLiteral("confirmation_method"), QStringLiteral("automatic")},
        {QStringLiteral("created"), nowSeconds()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("customer"), customer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customer)},
        {QStringLiteral("description"), stringOrNull(p, QStringLiteral("description"))},
        {QStringLiteral("last_payment_error"), QJsonValue::Null},
        {QStringLiteral("latest_charge"), QJsonValue::Null},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), mergeMetadata({}, p.value(QStringLiteral("metadata")))},
        {QStringLiteral("next_action"), QJsonValue::Null},
        {QStringLiteral("payment_method"), QJsonValue::Null},
        {QStringLiteral("payment_method_types"), types},
        {QStringLiteral("receipt_email"), stringOrNull(p, QStringLiteral("receipt_email"))},
        {QStringLiteral("setup_future_usage"), stringOrNull(p, QStringLiteral("setup_future_usage"))},
        {QStringLiteral("statement_descriptor"), stringOrNull(p, QStringLiteral("statement_descriptor"))},
        {QStringLiteral("status"), paymentMethod.isEmpty() ? QStringLiteral("requires_payment_method")
                                                           : QStringLiteral("requires_confirmation")}};
    if (!paymentMethod.isEmpty())
        intent.insert(QStringLiteral("payment_method"), paymentMethod);
    call.account->paymentIntents.insert(intent);
    recordEvent(call, QStringLiteral("payment_intent.created"), intent);
    if (boolParam(p, QStringLiteral("confirm"))) {
        call.params = QJsonObject{};
        return confirmPaymentIntent(call, intent);
    }
    return net::HttpResponse::json(intent);
}

net::HttpResponse StripeApi::confirmPaymentIntent(Call& call, QJsonObject intent)
{
    static const QSet<QString> allowed{QStringLiteral("payment_method"), QStringLiteral("return_url"),
                                       QStringLiteral("receipt_email"), QStringLiteral("off_session"),
                                       QStringLiteral("setup_future_usage"), QStringLiteral("capture_method")};
    if (auto error = rejectUnknown(call.params, allowed))
        return *error;
    const QString status = intent.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("succeeded"))
        return invalidRequest(QStringLiteral("You cannot confirm this PaymentIntent because it has already succeeded "
                                             "after being previously confirmed."),
                              QStringLiteral("payment_intent_unexpected_state"));
    if (status != QLatin1String("requires_payment_method") && status != QLatin1String("requires_confirmation"))
        return invalidRequest(QStringLiteral("You cannot confirm this PaymentIntent because it has a status of %1.")
                                  .arg(status),
                              QStringLiteral("payment_intent_unexpected_state"));
    QString token = call.params.value(QStringLiteral("payment_method")).toString();
    if (token.isEmpty())
        token = intent.value(QStringLiteral("payment_method")).toString();
    if (token.isEmpty())
        return invalidRequest(QStringLiteral("You cannot confirm this PaymentIntent because it's missing a payment "
                                             "method. You can either update the PaymentIntent with a payment method "
                                             "and then confirm it again, or confirm it again directly with a payment "
                                             "method."),
                              QStringLiteral("payment_intent_unexpected_state"));
    if (!token.startsWith(QLatin1String("pm_")))
        return noSuch(QStringLiteral("PaymentMethod"), token, QStringLiteral("payment_method"), 400);
    // A test token becomes a new PaymentMethod; saved ones (pm_ ids we issued, e.g. a customer's default) charge
    // like pm_card_visa.
    const std::optional<TestCard> known = testCard(token);
    const TestCard card = known.value_or(TestCard{QStringLiteral("visa"), QStringLiteral("4242"), {}, {}});
    const QString paymentMethodId = known ? newId(QStringLiteral("pm_")) : token;
    const QJsonObject paymentMethod{
        {QStringLiteral("id"), paymentMethodId},
        {QStringLiteral("object"), QStringLiteral("payment_method")},
        {QStringLiteral("card"), QJsonObject{{QStringLiteral("brand"), card.brand},
                                             {QStringLiteral("exp_month"), 12},
                                             {QStringLiteral("exp_year"), QDate::currentDate().year() + 3},
                                             {QStringLiteral("last4"), card.last4}}},
        {QStringLiteral("created"), nowSeconds()},
        {QStringLiteral("customer"), intent.value(QStringLiteral("customer"))},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("type"), QStringLiteral("card")}};
    const QString chargeId = newId(QStringLiteral("ch_"));
    intent.insert(QStringLiteral("latest_charge"), chargeId);
    const qint64 amount = intent.value(QStringLiteral("amount")).toInteger();

    if (!card.declineCode.isEmpty()) {
        const QJsonObject lastError{
            {QStringLiteral("charge"), chargeId},
            {QStringLiteral("code"), QStringLiteral("card_declined")},
            {QStringLiteral("decline_code"), card.declineCode},
            {QStringLiteral("doc_url"), QStringLiteral("https://stripe.com/docs/error-codes/card-declined")},
            {QStringLiteral("message"), card.message},
            {QStringLiteral("payment_method"), paymentMethod},
            {QStringLiteral("type"), QStringLiteral("card_error")}};
        intent.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
        intent.insert(QStringLiteral("payment_method"), QJsonValue::Null);
        intent.insert(QStringLiteral("last_payment_error"), lastError);
        call.account->paymentIntents.insert(intent);
        recordEvent(call, QStringLiteral("payment_intent.payment_failed"), intent);
        QJsonObject extra{{QStringLiteral("charge"), chargeId},
                          {QStringLiteral("decline_code"), card.declineCode},
                          {QStringLiteral("payment_intent"), intent},
                          {QStringLiteral("payment_method"), paymentMethod}};
        return stripeError(402, QStringLiteral("card_error"), card.message, QStringLiteral("card_declined"), {},
                           extra);
    }

    const bool manual = intent.value(QStringLiteral("capture_method")).toString() == QLatin1String("manual");
    intent.insert(QStringLiteral("payment_method"), paymentMethodId);
    intent.insert(QStringLiteral("last_payment_error"), QJsonValue::Null);
    intent.insert(QStringLiteral("status"), manual ? QStringLiteral("requires_capture") : QStringLiteral("succeeded"));
    intent.insert(manual ? QStringLiteral("amount_capturable") : QStringLiteral("amount_received"), amount);
    call.account->paymentIntents.insert(intent);
    if (!manual) {
        call.account->pending += amount;
        recordEvent(call, QStringLiteral("payment_intent.succeeded"), intent);
    }
    return net::HttpResponse::json(intent);
}

net::HttpResponse StripeApi::createSubscription(Call& call)
{
    static const QSet<QString> allowed{
        QStringLiteral("customer"), QStringLiteral("items"), QStringLiteral("metadata"),
        QStringLiteral("payment_behavior"), QStringLiteral("default_payment_method"),
        QStringLiteral("trial_period_days"), QStringLiteral("collection_method"), QStringLiteral("days_until_due"),
        QStringLiteral("description"), QStringLiteral("cancel_at_period_end"), QStringLiteral("off_session"),
        QStringLiteral("proration_behavior")};
    if (auto error = rejectUnknown(call.params, allowed))
        return *error;
    const QJsonObject& p = call.params;
    Account& account = *call.account;
    if (!p.contains(QStringLiteral("customer")))
        return missingParam(QStringLiteral("customer"));
    if (!p.value(QStringLiteral("items")).isArray() || p.value(QStringLiteral("items")).toArray().isEmpty())
        return missingParam(QStringLiteral("items"));
    const QString customerId = p.value(QStringLiteral("customer")).toString();
    const auto customer = account.customers.byId.constFind(customerId);
    if (customer == account.customers.byId.constEnd())
        return noSuch(QStringLiteral("customer"), customerId, QStringLiteral("customer"), 400);
    std::optional<net::HttpResponse> error;
    const auto trialDays = intParam(p, QStringLiteral("trial_period_days"), &error);
    if (error)
        return *error;

    const QString id = newId(QStringLiteral("sub_"));
    const qint64 now = nowSeconds();
    QJsonArray subscriptionItems;
    QString interval = QStringLiteral("month");
    const QJsonArray requested = p.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < requested.size(); ++i) {
        const QJsonObject item = requested[i].toObject();
        const QString param = QStringLiteral("items[%1][price]").arg(i);
        const QString priceId = item.value(QStringLiteral("price")).toString();
        if (priceId.isEmpty())
            return missingParam(param);
        const auto price = account.prices.byId.constFind(priceId);
        if (price == account.prices.byId.constEnd())
            return noSuch(QStringLiteral("price"), priceId, param, 400);
        interval = price->value(QStringLiteral("recurring")).toObject().value(QStringLiteral("interval")).toString();
        std::optional<net::HttpResponse> quantityError;
        const qint64 quantity = intParam(item, QStringLiteral("quantity"), &quantityError).value_or(1);
        if (quantityError) {
            return invalidRequest(QStringLiteral("Invalid integer: %1").arg(item.value(QStringLiteral("quantity")).toString()),
                                  QStringLiteral("parameter_invalid_integer"),
                                  QStringLiteral("items[%1][quantity]").arg(i));
        }
        subscriptionItems.append(QJsonObject{{QStringLiteral("id"), newId(QStringLiteral("si_"), 14)},
                                             {QStringLiteral("object"), QStringLiteral("subscription_item")},
                                             {QStringLiteral("created"), now},
                                             {QStringLiteral("metadata"), QJsonObject()},
                                             {QStringLiteral("price"), *price},
                                             {QStringLiteral("quantity"), quantity},
                                             {QStringLiteral("subscription"), id}});
    }

    // The status follows Stripe's rules: a trial needs no card, default_incomplete waits for one, otherwise the
    // first invoice is charged to the subscription's or the customer's default payment method.
    const QString behavior = p.value(QStringLiteral("payment_behavior")).toString(QStringLiteral("allow_incomplete"));
    const QString collection =
        p.value(QStringLiteral("collection_method")).toString(QStringLiteral("charge_automatically"));
    QString defaultPm = p.value(QStringLiteral("default_payment_method")).toString();
    if (defaultPm.isEmpty())
        defaultPm = customer->value(QStringLiteral("invoice_settings"))
                        .toObject()
                        .value(QStringLiteral("default_payment_method"))
                        .toString();
    QString status;
    if (trialDays && *trialDays > 0)
        status = QStringLiteral("trialing");
    else if (behavior == QLatin1String("default_incomplete"))
        status = QStringLiteral("incomplete");
    else if (collection == QLatin1String("send_invoice") || !defaultPm.isEmpty())
        status = QStringLiteral("active");
    else
        return invalidRequest(QStringLiteral("This customer has no attached payment source or default payment method. "
                                             "Please consider adding a default payment method. For more information, "
                                             "visit https://stripe.com/docs/billing/subscriptions/"
                                             "payment-methods-setting#payment-method-priority."),
                              QStringLiteral("resource_missing"));

    const QDateTime start = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    const qint64 periodEnd = status == QLatin1String("trialing")
                                 ? now + *trialDays * 86400
                                 : (interval == QLatin1String("year") ? start.addYears(1) : start.addMonths(1))
                                       .toSecsSinceEpoch();
    for (qsizetype i = 0; i < subscriptionItems.size(); ++i) {
        QJsonObject item = subscriptionItems[i].toObject();
        item.insert(QStringLiteral("current_period_start"), now);
        item.insert(QStringLiteral("current_period_end"), periodEnd);
        subscriptionItems[i] = item;
    }
    const QJsonObject subscription{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("subscription")},
        {QStringLiteral("application"), QJsonValue::Null},
        {QStringLiteral("billing_cycle_anchor"), periodEnd > now && status == QLatin1String("trialing") ? periodEnd : now},
        {QStringLiteral("cancel_at"), QJsonValue::Null},
        {QStringLiteral("cancel_at_period_end"), boolParam(p, QStringLiteral("cancel_at_period_end"))},
        {QStringLiteral("canceled_at"), QJsonValue::Null},
        {QStringLiteral("collection_method"), collection},
        {QStringLiteral("created"), now},
        {QStringLiteral("currency"), QStringLiteral("usd")},
        {QStringLiteral("current_period_end"), periodEnd},
        {QStringLiteral("current_period_start"), now},
        {QStringLiteral("customer"), customerId},
        {QStringLiteral("default_payment_method"), stringOrNull(p, QStringLiteral("default_payment_method"))},
        {QStringLiteral("description"), stringOrNull(p, QStringLiteral("description"))},
        {QStringLiteral("items"), QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                              {QStringLiteral("data"), subscriptionItems},
                                              {QStringLiteral("has_more"), false},
                                              {QStringLiteral("total_count"), subscriptionItems.size()},
                                              {QStringLiteral("url"),
                                               QStringLiteral("/v1/subscription_items?subscription=") + id}}},
        {QStringLiteral("latest_invoice"), newId(QStringLiteral("in_"))},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), mergeMetadata({}, p.value(QStringLiteral("metadata")))},
        {QStringLiteral("status"), status},
        {QStringLiteral("trial_end"), status == QLatin1String("trialing") ? QJsonValue(periodEnd) : QJsonValue::Null},
        {QStringLiteral("trial_start"), status == QLatin1String("trialing") ? QJsonValue(now) : QJsonValue::Null}};
    account.subscriptions.insert(subscription);
    recordEvent(call, QStringLiteral("customer.subscription.created"), subscription);
    return net::HttpResponse::json(subscription);
}

} // namespace sb::sandbox
