#include "audit/Redactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVarLengthArray>

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
    // The key's letters and digits, lower-cased ("api_key" → "apikey"); keys are short, so no allocation.
    QVarLengthArray<char16_t, 64> folded;
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            folded.append(c.toLower().unicode());
    }
    const QStringView k(folded.constData(), folded.size());
    static constexpr std::array<QLatin1StringView, 10> fragments{
        QLatin1StringView("token"),      QLatin1StringView("secret"),     QLatin1StringView("password"),
        QLatin1StringView("passwd"),     QLatin1StringView("apikey"),     QLatin1StringView("authorization"),
        QLatin1StringView("privatekey"), QLatin1StringView("cookie"),     QLatin1StringView("credential"),
        QLatin1StringView("signingkey")};
    static constexpr std::array<QLatin1StringView, 7> exact{
        QLatin1StringView("auth"), QLatin1StringView("key"), QLatin1StringView("pin"), QLatin1StringView("cvc"),
        QLatin1StringView("cvv"),  QLatin1StringView("ssn"), QLatin1StringView("pass")};
    return std::any_of(exact.begin(), exact.end(), [k](QLatin1StringView word) { return k == word; })
           || std::any_of(fragments.begin(), fragments.end(), [k](QLatin1StringView word) { return k.contains(word); });
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

namespace {

// What one pass over a text found: whether a regex could match at all, and how many digits it holds.
struct TextHints
{
    bool authorization = false; // "Bearer …" or "Basic …" may follow
    bool token = false;         // a token shape's prefix occurs
    int digits = 0;             // a card number needs 13
};

TextHints scanText(QStringView text)
{
    // Every token shape starts with one of these (see tokenShapes below).
    static constexpr std::array<QLatin1StringView, 8> tokenStarts{
        QLatin1StringView("sk_"), QLatin1StringView("rk_"),     QLatin1StringView("whsec_"),
        QLatin1StringView("xox"), QLatin1StringView("ya29."),   QLatin1StringView("1//"),
        QLatin1StringView("GOCSPX-"), QLatin1StringView("eyJ")};
    TextHints hints;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9')
            ++hints.digits;
        else if (c >= 0x80 && QChar(c).isDigit())
            ++hints.digits;
        switch (c) {
        case u'b':
        case u'B': {
            const QStringView rest = text.mid(i);
            hints.authorization = hints.authorization || rest.startsWith(QLatin1StringView("bearer"), Qt::CaseInsensitive)
                                  || rest.startsWith(QLatin1StringView("basic"), Qt::CaseInsensitive);
            break;
        }
        case u's': case u'r': case u'w': case u'x': case u'y': case u'1': case u'G': case u'e': {
            const QStringView rest = text.mid(i);
            hints.token = hints.token
                          || std::any_of(tokenStarts.begin(), tokenStarts.end(),
                                         [rest](QLatin1StringView start) { return rest.startsWith(start); });
            break;
        }
        default:
            break;
        }
    }
    return hints;
}

} // namespace

QString Redactor::redactText(const QString& input) const
{
    return redactedText(input).value_or(input);
}

std::optional<QString> Redactor::redactedText(const QString& input) const
{
    // Short strings cannot hold a credential or a card number.
    if (input.size() < 8)
        return std::nullopt;
    QString text = input;
    for (const QString& secret : m_secrets)
        text.replace(secret, kRedacted);
    static const QRegularExpression authorization(
        QStringLiteral(R"((?i)\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,})"));
    static const QRegularExpression tokenShapes(QStringLiteral(
        R"(\b(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{8,}|whsec_[A-Za-z0-9]{8,}|xox[abposre]-[A-Za-z0-9-]{8,})"
        R"(|ya29\.[A-Za-z0-9._-]{8,}|1//[A-Za-z0-9._-]{16,}|GOCSPX-[A-Za-z0-9_-]{8,})"
        R"(|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*))"));
    // One pass tells which expressions could match: the text of nearly every call skips them all.
    const TextHints hints = scanText(text);
    if (hints.authorization)
        text.replace(authorization, QStringLiteral("\\1 ") + kRedacted);
    if (hints.token)
        text.replace(tokenShapes, kRedacted);
    if (hints.digits >= 13)
        text = maskCardNumbers(text);
    if (text.isSharedWith(input) || text == input)
        return std::nullopt;
    return text;
}

QJsonValue Redactor::redact(const QJsonValue& value) const
{
    return redacted(value).value_or(value);
}

std::optional<QJsonValue> Redactor::redacted(const QJsonValue& value) const
{
    // Containers are rewritten only where something changed: most records hold no secret.
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        QList<std::pair<QString, QJsonValue>> changes;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            // Strings, the usual value, are read straight from the object: a QJsonValue copy of each cost more
            // than checking it.
            const QJsonValueConstRef inner = it.value();
            if (isSecretKey(it.key())) {
                if (!inner.isNull() && !inner.isBool() && !(inner.isString() && inner.toString().isEmpty())
                    && inner != QJsonValue(kRedacted))
                    changes.append({it.key(), kRedacted});
            } else if (inner.isString()) {
                if (std::optional<QString> text = redactedText(inner.toString()))
                    changes.append({it.key(), *text});
            } else if (std::optional<QJsonValue> changed = redacted(QJsonValue(inner))) {
                changes.append({it.key(), std::move(*changed)});
            }
        }
        if (changes.isEmpty())
            return std::nullopt;
        for (const auto& [key, replacement] : changes)
            object.insert(key, replacement);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        bool changed = false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (std::optional<QJsonValue> replacement = redacted(array.at(i))) {
                array[i] = *replacement;
                changed = true;
            }
        }
        return changed ? std::optional<QJsonValue>(array) : std::nullopt;
    }
    if (value.isString()) {
        if (std::optional<QString> text = redactedText(value.toString()))
            return QJsonValue(*text);
        return std::nullopt;
    }
    if (value.isDouble()) {
        // A card number sent as a JSON number.
        const double d = value.toDouble();
        if (d >= 1e12 && d < 1e19 && d == double(qint64(d))) {
            const QString digits = QString::number(qint64(d));
            const QString masked = maskCardNumbers(digits);
            if (masked != digits)
                return QJsonValue(masked);
        }
    }
    return std::nullopt;
}

} // namespace sb
