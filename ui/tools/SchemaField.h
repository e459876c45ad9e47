#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

#include <memory>
#include <optional>

class QWidget;

namespace sb::ui {

// One property of a tool's input schema as an editor: what SchemaForm puts in a row. Subclasses (SchemaField.cpp)
// cover the schema types the tools use: text (one line or long), numbers, booleans, enums, date-times, lists and
// raw JSON for anything else. A field only reads and writes its editor; the rules (required, pattern, range …) are
// SchemaForm's.
class SchemaField : public QObject
{
    Q_OBJECT
public:
    // The editor for `schema`, a child of `parent`, named "field_<name>", holding the schema's default if any.
    // `required`: an enum offers no "(not set)" choice.
    [[nodiscard]] static std::unique_ptr<SchemaField> create(const QString& name, const QJsonObject& schema,
                                                             bool required, QWidget* parent);

    // What the editor holds: nothing (left empty: the field is omitted), a value typed as the schema says, or the
    // reason the text cannot be read ("must be a whole number", "is not valid JSON: …").
    struct Reading
    {
        std::optional<QJsonValue> value;
        QString problem;
    };

    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] const QJsonObject& schema() const { return m_schema; }
    [[nodiscard]] virtual QWidget* editor() const = 0;
    [[nodiscard]] virtual Reading read() const = 0;
    virtual void setValue(const QJsonValue& value) = 0; // the schema's default

signals:
    void edited();

protected:
    SchemaField(QString name, QJsonObject schema);

    [[nodiscard]] QString description() const;

private:
    QString m_name;
    QJsonObject m_schema;
};

} // namespace sb::ui
