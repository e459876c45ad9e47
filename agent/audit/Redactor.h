#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// Removes secrets before anything reaches the audit trail: values under secret-looking keys ("accessToken",
// "password", "api_key", "Authorization" …), token-shaped strings (Bearer/Basic credentials, Stripe and Slack keys,
// Google access/refresh tokens, JWTs), the exact credentials used for a call (addSecret), and card numbers but their
// last four digits.
class Redactor
{
public:
    static inline const QString kRedacted = QStringLiteral("[redacted]");

    // An exact value to scrub wherever it appears (the access token or API key the call used).
    void addSecret(const QString& value);

    [[nodiscard]] QJsonValue redact(const QJsonValue& value) const;
    [[nodiscard]] QString redactText(const QString& text) const;

    [[nodiscard]] static bool isSecretKey(const QString& key);
    // "4242 4242 4242 4242" → "**** 4242" when the digits pass the Luhn check of a card number.
    [[nodiscard]] static QString maskCardNumbers(const QString& text);

private:
    // nullopt when nothing needed redacting: the common case, which then copies nothing.
    [[nodiscard]] std::optional<QJsonValue> redacted(const QJsonValue& value) const;
    [[nodiscard]] std::optional<QString> redactedText(const QString& text) const;

    QStringList m_secrets;
};

} // namespace sb
