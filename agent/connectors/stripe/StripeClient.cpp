#include "connectors/stripe/StripeClient.h"

#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace sb::stripe {

Error describeError(const ProviderResponse& response)
{
    const QJsonObject error = response.json().toObject().value(QStringLiteral("error")).toObject();
    Error mapped = connector::httpError(QStringLiteral("Stripe"), response, error.value(QStringLiteral("message")).toString());
    if (error.value(QStringLiteral("type")) == QLatin1String("idempotency_error"))
        mapped.code = QStringLiteral("idempotency_conflict");
    else if (error.value(QStringLiteral("type")) == QLatin1String("card_error"))
        mapped.code = QStringLiteral("card_declined");
    return mapped;
}

ProviderRequest post(const ToolContext& context, const QString& path, const connector::Form& form)
{
    ProviderRequest request;
    request.method = "POST";
    request.url = context.api(QStringLiteral("api"), path);
    request.body = connector::formEncode(form);
    request.contentType = "application/x-www-form-urlencoded";
    request.headers.append(qMakePair(QByteArray("Idempotency-Key"), context.idempotencyKey.toLatin1()));
    request.headers.append(qMakePair(QByteArray("Stripe-Version"), QByteArray("2024-06-20")));
    request.retrySafe = true;
    return request;
}

qint64 minorUnits(double amount, const QString& currency)
{
    static const QSet<QString> zeroDecimal{QStringLiteral("bif"), QStringLiteral("clp"), QStringLiteral("djf"),
                                           QStringLiteral("gnf"), QStringLiteral("jpy"), QStringLiteral("kmf"),
                                           QStringLiteral("krw"), QStringLiteral("mga"), QStringLiteral("pyg"),
                                           QStringLiteral("rwf"), QStringLiteral("ugx"), QStringLiteral("vnd"),
                                           QStringLiteral("vuv"), QStringLiteral("xaf"), QStringLiteral("xof"),
                                           QStringLiteral("xpf")};
    return zeroDecimal.contains(currency.toLower()) ? std::llround(amount) : std::llround(amount * 100.0);
}

} // namespace sb::stripe
