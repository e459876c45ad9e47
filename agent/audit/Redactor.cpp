#include "audit/Redactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace sb {

namespace {

bool luhnValid(const QString& digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

} // namespace

void Redactor::addSecret(const QString& value)
{
    // Short values would blank out ordinary words; real credentials are long.
    if (value.size() >= 8 && !m_secrets.contains(value))
        m_secrets.append(value);
}

bool Redactor::isSecretKey(const QString& key)
{
    QString k;
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            k.append(c.toLower());
    }
    static const QStringList fragments{QStringLiteral("token"),      QStringLiteral("secret"),
                                       QStringLiteral("password"),   QStringLiteral("passwd"),
                                       QStringLiteral("apikey"),     QStringLiteral("authorization"),
                                       QStringLiteral("privatekey"), QStringLiteral("cookie"),
                                       QStringLiteral("credential"), QStringLiteral("signingkey")};
    static const QStringList exact{QStringLiteral("auth"), QStringLiteral("key"), QStringLiteral("pin"),
                                   QStringLiteral("cvc"),  QStringLiteral("cvv"), QStringLiteral("ssn"),
                                   QStringLiteral("pass")};
    if (exact.contains(k))
        return true;
    for (const QString& fragment : fragments) {
        if (k.contains(fragment))
            return true;
    }
    return false;
}

QString Redactor::maskCardNumbers(const QString& text)
{
    // 13–19 digits, optionally grouped by spaces or dashes, starting like a card network's numbers (2–6): a
    // millisecond timestamp (starting with 1) is not a card.
    static const QRegularExpression card(QStringLiteral(R"((?<![\d])([2-6](?:[ -]?\d){12,18})(?![\d]))"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = card.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString digits = match.captured(1);
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        if (digits.size() < 13 || digits.size() > 19 || !luhnValid(digits))
            continue;
        out += text.mid(last, match.capturedStart(1) - last);
        out += QStringLiteral("**** ") + digits.right(4);
        last = match.capturedEnd(1);
    }
    if (last == 0)
        return text;
    out += text.mid(last);
    return out;
}

QString Redactor::redactText(const QString& input) const
{
    // Short strings cannot hold a credential or a card number: the common case costs no regex.
    if (input.size() < 8)
        return input;
    QString text = input;
    for (const QString& secret : m_secrets)
        text.replace(secret, kRedacted);
    static const QRegularExpression authorization(
        QStringLiteral(R"((?i)\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,})"));
    static const QRegularExpression tokenShapes(QStringLiteral(
        R"(\b(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{8,}|whsec_[A-Za-z0-9]{8,}|xox[abposre]-[A-Za-z0-9-]{8,})"
        R"(|ya29\.[A-Za-z0-9._-]{8,}|1//[A-Za-z0-9._-]{16,}|GOCSPX-[A-Za-z0-9_-]{8,})"
        R"(|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*))"));
    if (text.contains(QLatin1String("earer"), Qt::CaseInsensitive) || text.contains(QLatin1String("asic"), Qt::CaseInsensitive))
        text.replace(authorization, QStringLiteral("\\1 ") + kRedacted);
    // Every token shape starts with one of these: most text (every input and output of every call) skips the regex.
    static const std::array<QLatin1String, 8> tokenStarts{
        QLatin1String("sk_"), QLatin1String("rk_"),   QLatin1String("whsec_"),  QLatin1String("xox"),
        QLatin1String("ya29."), QLatin1String("1//"), QLatin1String("GOCSPX-"), QLatin1String("eyJ")};
    if (std::any_of(tokenStarts.begin(), tokenStarts.end(), [&text](QLatin1String start) { return text.contains(start); }))
        text.replace(tokenShapes, kRedacted);
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit();
    return digits >= 13 ? maskCardNumbers(text) : text;
}

QJsonValue Redactor::redact(const QJsonValue& value) const
{
    // Containers are rewritten only where something changed: most records hold no secret, and writing every value
    // back copied each object.
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        QList<std::pair<QString, QJsonValue>> changes;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QJsonValue inner = it.value();
            QJsonValue redacted;
            if (isSecretKey(it.key()) && !inner.isNull() && !inner.isBool() && !(inner.isString() && inner.toString().isEmpty()))
                redacted = kRedacted;
            else
                redacted = redact(inner);
            if (redacted != inner)
                changes.append({it.key(), redacted});
        }
        for (const auto& [key, redacted] : changes)
            object.insert(key, redacted);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue redacted = redact(array.at(i));
            if (redacted != array.at(i))
                array[i] = redacted;
        }
        return array;
    }
    if (value.isString())
        return redactText(value.toString());
    if (value.isDouble()) {
        // A card number sent as a JSON number.
        const double d = value.toDouble();
        if (d >= 1e12 && d < 1e19 && d == double(qint64(d))) {
            const QString masked = maskCardNumbers(QString::number(qint64(d)));
            if (masked != QString::number(qint64(d)))
                return masked;
        }
    }
    return value;
}

} // namespace sb
