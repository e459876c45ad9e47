#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace sb {

// A validator for the JSON Schema subset the tool schemas use: type (object, string, integer, number, boolean,
// array), required, properties, additionalProperties: false, enum, format (email, date-time, date, uri), minimum,
// maximum, minLength, maxLength, pattern, items, minItems, oneOf-free "anyOfRequired" (at least one of these fields).
// Debian's Qt stack ships no JSON Schema library (QtJsonSchema does not exist; nlohmann-json-schema-validator is
// not packaged for Qt types), so this small one is ours. Each problem names its field: "to: must be an e-mail
// address", "amount: must be at least 50".
class JsonSchema
{
public:
    // Empty when `value` satisfies `schema`.
    [[nodiscard]] static QStringList validate(const QJsonObject& schema, const QJsonValue& value);

private:
    static void check(const QJsonObject& schema, const QJsonValue& value, const QString& path, QStringList& problems);
};

} // namespace sb
