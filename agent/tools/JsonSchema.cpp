#include "tools/JsonSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace sb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("JsonSchema", text);
}

QString typeOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double:
        return value.toDouble() == std::floor(value.toDouble()) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

bool hasType(const QJsonValue& value, const QString& type)
{
    const QString actual = typeOf(value);
    return actual == type || (type == QLatin1String("number") && actual == QLatin1String("integer"));
}

bool isEmail(const QString& text)
{
    static const QRegularExpression email(QStringLiteral(R"(^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$)"));
    return email.match(text).hasMatch();
}

bool isDateTime(const QString& text)
{
    // RFC 3339: a date, a time and an offset (Z or ±hh:mm).
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)"));
    return shape.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

} // namespace

QStringList JsonSchema::validate(const QJsonObject& schema, const QJsonValue& value)
{
    QStringList problems;
    check(schema, value, QString(), problems);
    return problems;
}

void JsonSchema::check(const QJsonObject& schema, const QJsonValue& value, const QString& path, QStringList& problems)
{
    const QString where = path.isEmpty() ? tr("input") : path;
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (!type.isEmpty() && !hasType(value, type)) {
        const QString article = (type == QLatin1String("object") || type == QLatin1String("array")
                                 || type == QLatin1String("integer")) ? QStringLiteral("an") : QStringLiteral("a");
        problems << tr("%1: must be %2 %3 (got %4)").arg(where, article, type, typeOf(value));
        return;
    }
    if (schema.contains(QStringLiteral("enum"))) {
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.contains(value)) {
            QStringList names;
            for (const QJsonValue& v : allowed)
                names << (v.isString() ? v.toString() : QString::number(v.toDouble()));
            problems << tr("%1: must be one of %2").arg(where, names.join(QStringLiteral(", ")));
        }
    }
    if (value.isString()) {
        const QString text = value.toString();
        const QString format = schema.value(QStringLiteral("format")).toString();
        if (format == QLatin1String("email") && !isEmail(text))
            problems << tr("%1: must be an e-mail address").arg(where);
        else if (format == QLatin1String("date-time") && !isDateTime(text))
            problems << tr("%1: must be a date and time like 2026-02-24T14:00:00Z").arg(where);
        else if (format == QLatin1String("date") && !QDate::fromString(text, Qt::ISODate).isValid())
            problems << tr("%1: must be a date like 2026-02-24").arg(where);
        else if (format == QLatin1String("uri")) {
            const QUrl url(text, QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
                problems << tr("%1: must be an absolute URL").arg(where);
        }
        if (schema.contains(QStringLiteral("minLength"))
            && text.size() < schema.value(QStringLiteral("minLength")).toInt())
            problems << (schema.value(QStringLiteral("minLength")).toInt() == 1
                             ? tr("%1: must not be empty").arg(where)
                             : tr("%1: must be at least %2 characters").arg(where).arg(
                                   schema.value(QStringLiteral("minLength")).toInt()));
        if (schema.contains(QStringLiteral("maxLength"))
            && text.size() > schema.value(QStringLiteral("maxLength")).toInt())
            problems << tr("%1: must be at most %2 characters").arg(where).arg(
                schema.value(QStringLiteral("maxLength")).toInt());
        if (schema.contains(QStringLiteral("pattern"))) {
            const QRegularExpression pattern(schema.value(QStringLiteral("pattern")).toString());
            if (!pattern.match(text).hasMatch()) {
                const QString hint = schema.value(QStringLiteral("patternHint")).toString();
                problems << (hint.isEmpty() ? tr("%1: does not match %2").arg(where, pattern.pattern())
                                            : QStringLiteral("%1: %2").arg(where, hint));
            }
        }
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (schema.contains(QStringLiteral("minimum")) && number < schema.value(QStringLiteral("minimum")).toDouble())
            problems << tr("%1: must be at least %2").arg(where).arg(schema.value(QStringLiteral("minimum")).toDouble());
        if (schema.contains(QStringLiteral("maximum")) && number > schema.value(QStringLiteral("maximum")).toDouble())
            problems << tr("%1: must be at most %2").arg(where).arg(schema.value(QStringLiteral("maximum")).toDouble());
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(QStringLiteral("minItems")) && array.size() < schema.value(QStringLiteral("minItems")).toInt())
            problems << tr("%1: needs at least %2 item(s)").arg(where).arg(schema.value(QStringLiteral("minItems")).toInt());
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        if (!items.isEmpty()) {
            for (qsizetype i = 0; i < array.size(); ++i)
                check(items, array.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), problems);
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('.');
        for (const QJsonValue& name : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(name.toString()) || object.value(name.toString()).isNull())
                problems << tr("%1: is required").arg(prefix + name.toString());
        }
        const QJsonArray oneOf = schema.value(QStringLiteral("anyOfRequired")).toArray();
        if (!oneOf.isEmpty()) {
            bool any = false;
            QStringList names;
            for (const QJsonValue& name : oneOf) {
                names << prefix + name.toString();
                any = any || object.contains(name.toString());
            }
            if (!any)
                problems << tr("%1: one of these is required").arg(names.join(QStringLiteral(", ")));
        }
        const bool closed = schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (properties.contains(it.key()))
                check(properties.value(it.key()).toObject(), it.value(), prefix + it.key(), problems);
            else if (closed)
                problems << tr("%1: is not a field of this tool").arg(prefix + it.key());
        }
    }
}

} // namespace sb
