#pragma once

#include "tools/ToolDefinition.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace sb::connector {

using Form = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded with spaces as %20 (what the providers' own clients send).
[[nodiscard]] QByteArray formEncode(const Form& form);
// Stripe's nested form: metadata[order_id]=42, items[0][price]=price_…, booleans as true/false.
void appendStripeForm(Form& form, const QString& key, const QJsonValue& value);

// Schema building blocks.
[[nodiscard]] QJsonObject string(const QString& description, QJsonObject extra = {});
[[nodiscard]] QJsonObject integer(const QString& description, QJsonObject extra = {});
[[nodiscard]] QJsonObject number(const QString& description, QJsonObject extra = {});
[[nodiscard]] QJsonObject boolean(const QString& description);
[[nodiscard]] QJsonObject array(const QString& description, const QJsonObject& items, QJsonObject extra = {});
[[nodiscard]] QJsonObject object(const QJsonObject& properties, const QStringList& required = {},
                                 QJsonObject extra = {});

// A provider answer that is not a success, in words: `detail` is the provider's own message when it gave one.
// Codes: provider_rejected (4xx), provider_unauthorized (401/403), provider_not_found (404), rate_limited (429),
// provider_unavailable (5xx).
[[nodiscard]] Error httpError(const QString& providerName, const ProviderResponse& response, const QString& detail);

// Sends `request` and hands a successful response to `onSuccess`; anything else goes to `done` as an Error, worded
// by `describe` (the connector's error mapping).
void call(const std::shared_ptr<ToolContext>& context, ProviderRequest request, ToolDone done,
          std::function<Error(const ProviderResponse&)> describe,
          std::function<void(const ProviderResponse&)> onSuccess);

[[nodiscard]] ProviderRequest jsonRequest(const QByteArray& method, const QUrl& url, const QJsonObject& body,
                                          bool retrySafe);

} // namespace sb::connector
