#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace sb::sandbox {

// Stripe's form encoding, as its clients send it in bodies and GET queries: nested keys with literal brackets and
// indexed arrays. "metadata[order_id]=42&items[0][price]=price_1&expand[]=customer" becomes
// {"metadata":{"order_id":"42"},"items":[{"price":"price_1"}],"expand":["customer"]}. Values stay strings: each
// endpoint converts what it expects (amounts, booleans), as Stripe does.
class StripeForm
{
public:
    struct Result
    {
        QJsonObject params;
        QString error; // Stripe's wording for a malformed key; empty when fine
        QString errorParam;
    };

    [[nodiscard]] static Result decode(const QList<QPair<QString, QString>>& items);
};

} // namespace sb::sandbox
