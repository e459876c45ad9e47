#include "tools/SchemaField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace sb::ui {

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

// Multi-line editors for message texts and notes; one line for everything else.
bool isLongText(const QString& name, const QJsonObject& schema)
{
    static const QStringList longNames{QStringLiteral("body"), QStringLiteral("text"), QStringLiteral("description"),
                                       QStringLiteral("twiml"), QStringLiteral("message"), QStringLiteral("notes"),
                                       QStringLiteral("details")};
    return longNames.contains(name, Qt::CaseInsensitive) || schema.value(key("maxLength")).toInt() > 200;
}

QPlainTextEdit* makeTextArea(QWidget* parent, int lines, bool monospace)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab moves on, as in every other field
    if (monospace)
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lineHeight * lines + 2 * edit->frameWidth() + int(edit->document()->documentMargin() * 2) + 4);
    return edit;
}

// Numbers as people type them: "29.99", or "29,99" with a decimal comma.
std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    double number = QLocale::c().toDouble(text, &ok);
    if (!ok)
        number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

QString displayOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale::c().toString(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// A value of a simple type from text: items of a list, the text of a number field.
SchemaField::Reading readTyped(const QString& text, const QString& type)
{
    if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        const std::optional<double> number = parseNumber(text);
        if (!number)
            return {std::nullopt, type == QLatin1String("integer") ? SchemaField::tr("must be a whole number")
                                                                   : SchemaField::tr("must be a number")};
        if (type == QLatin1String("integer") && *number != double(qint64(*number)))
            return {std::nullopt, SchemaField::tr("must be a whole number")};
        return {QJsonValue(*number), {}};
    }
    if (type == QLatin1String("boolean")) {
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return {QJsonValue(true), {}};
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return {QJsonValue(false), {}};
        return {std::nullopt, SchemaField::tr("must be true or false")};
    }
    return {QJsonValue(text), {}};
}

// Parses any JSON value, scalars included (QJsonDocument only takes objects and arrays).
SchemaField::Reading readJson(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson((QLatin1Char('[') + text + QLatin1Char(']')).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
        const QString reason = error.error != QJsonParseError::NoError ? error.errorString()
                                                                        : SchemaField::tr("more than one value");
        return {std::nullopt, SchemaField::tr("is not valid JSON: %1 (at character %2)")
                                  .arg(reason)
                                  .arg(qMax(1, error.offset))};
    }
    return {document.array().first(), {}};
}

// --- the field types ---

class TextField : public SchemaField
{
public:
    TextField(const QString& name, const QJsonObject& schema, QWidget* parent)
        : SchemaField(name, schema)
    {
        if (isLongText(name, schema)) {
            m_area = makeTextArea(parent, 4, false);
            m_area->setPlaceholderText(description());
            connect(m_area, &QPlainTextEdit::textChanged, this, &SchemaField::edited);
        } else {
            m_line = new QLineEdit(parent);
            m_line->setPlaceholderText(description());
            if (schema.value(key("maxLength")).toInt() > 0)
                m_line->setMaxLength(schema.value(key("maxLength")).toInt() + 1); // one over: the message says why
            connect(m_line, &QLineEdit::textChanged, this, &SchemaField::edited);
        }
    }

    QWidget* editor() const override { return m_line ? static_cast<QWidget*>(m_line) : m_area; }

    Reading read() const override
    {
        // One-line values lose stray spaces (a pasted phone number); a message text is sent as typed.
        const QString text = m_line ? m_line->text().trimmed() : m_area->toPlainText();
        if (text.trimmed().isEmpty())
            return {};
        return {QJsonValue(text), {}};
    }

    void setValue(const QJsonValue& value) override
    {
        if (m_line)
            m_line->setText(displayOf(value));
        else
            m_area->setPlainText(displayOf(value));
    }

private:
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_area = nullptr;
};

// A one-line editor whose trimmed text is parsed by the subclass; empty text leaves the field out.
class LineEditField : public SchemaField
{
public:
    QWidget* editor() const override { return m_edit; }

    Reading read() const final
    {
        const QString text = m_edit->text().trimmed();
        return text.isEmpty() ? Reading{} : parse(text);
    }

    void setValue(const QJsonValue& value) override { m_edit->setText(displayOf(value)); }

protected:
    LineEditField(const QString& name, const QJsonObject& schema, QWidget* parent)
        : SchemaField(name, schema)
        , m_edit(new QLineEdit(parent))
    {
        connect(m_edit, &QLineEdit::textChanged, this, &SchemaField::edited);
    }

    [[nodiscard]] virtual Reading parse(const QString& text) const = 0;

    QLineEdit* m_edit;
};

class NumberField : public LineEditField
{
public:
    NumberField(const QString& name, const QJsonObject& schema, QWidget* parent)
        : LineEditField(name, schema, parent)
        , m_integer(schema.value(key("type")).toString() == QLatin1String("integer"))
    {
        // Digits only (and one decimal separator); the range is checked with a message, not by refusing keys.
        m_edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(m_integer ? QStringLiteral(R"(^\s*-?\d*\s*$)") : QStringLiteral(R"(^\s*-?\d*([.,]\d*)?\s*$)")),
            m_edit));
        m_edit->setPlaceholderText(description().isEmpty() ? rangeText() : description());
        m_edit->setMaximumWidth(320);
    }

private:
    Reading parse(const QString& text) const override
    {
        return readTyped(text, m_integer ? QStringLiteral("integer") : QStringLiteral("number"));
    }

    QString rangeText() const
    {
        const QJsonValue min = schema().value(key("minimum"));
        const QJsonValue max = schema().value(key("maximum"));
        if (min.isDouble() && max.isDouble())
            return tr("%1 to %2").arg(displayOf(min), displayOf(max));
        if (min.isDouble())
            return tr("at least %1").arg(displayOf(min));
        if (max.isDouble())
            return tr("at most %1").arg(displayOf(max));
        return {};
    }

    bool m_integer;
};

class BoolField : public SchemaField
{
public:
    BoolField(const QString& name, const QJsonObject& schema, QWidget* parent)
        : SchemaField(name, schema)
        , m_default(schema.value(key("default")).toBool(false))
    {
        m_check = new QCheckBox(description(), parent);
        m_check->setChecked(m_default);
        connect(m_check, &QCheckBox::toggled, this, &SchemaField::edited);
    }

    QWidget* editor() const override { return m_check; }

    // Ticked: true. Unticked: omitted (false is every tool's default), unless the schema's default is true.
    Reading read() const override
    {
        if (m_check->isChecked())
            return {QJsonValue(true), {}};
        return m_default ? Reading{QJsonValue(false), {}} : Reading{};
    }

    void setValue(const QJsonValue& value) override { m_check->setChecked(value.toBool()); }

private:
    bool m_default;
    QCheckBox* m_check = nullptr;
};

class EnumField : public SchemaField
{
public:
    EnumField(const QString& name, const QJsonObject& schema, bool required, QWidget* parent)
        : SchemaField(name, schema)
    {
        m_combo = new QComboBox(parent);
        if (!required)
            m_combo->addItem(tr("(not set)"));
        for (const QJsonValue& choice : schema.value(key("enum")).toArray())
            m_combo->addItem(displayOf(choice), choice.toVariant());
        m_combo->setPlaceholderText(tr("Choose…"));
        m_combo->setCurrentIndex(required ? -1 : 0); // a required choice is the user's to make
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &SchemaField::edited);
    }

    QWidget* editor() const override { return m_combo; }

    Reading read() const override
    {
        const QVariant data = m_combo->currentData();
        if (m_combo->currentIndex() < 0 || !data.isValid())
            return {};
        return {QJsonValue::fromVariant(data), {}};
    }

    void setValue(const QJsonValue& value) override
    {
        const int index = m_combo->findData(value.toVariant());
        if (index >= 0)
            m_combo->setCurrentIndex(index);
    }

private:
    QComboBox* m_combo = nullptr;
};

// RFC 3339 as the tools want it, or a local "2026-02-24 14:00" turned into one with this computer's offset.
class DateTimeField : public LineEditField
{
public:
    DateTimeField(const QString& name, const QJsonObject& schema, QWidget* parent)
        : LineEditField(name, schema, parent)
    {
        m_edit->setPlaceholderText(tr("e.g. %1 (your time) or %2")
                                       .arg(QStringLiteral("2026-02-24 14:00"), QStringLiteral("2026-02-24T14:00:00Z")));
        m_edit->setMaximumWidth(320);
    }

private:
    Reading parse(const QString& text) const override
    {
        static const QRegularExpression rfc3339(
            QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$)"));
        if (rfc3339.match(text).hasMatch()) {
            QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (when.isValid())
                return {QJsonValue(text.contains(QRegularExpression(QStringLiteral(R"(:\d{2}:\d{2})")))
                                       ? text
                                       : when.toString(Qt::ISODate)),
                        {}};
        }
        for (const QString& format : {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                      QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss")}) {
            QDateTime local = QDateTime::fromString(text, format);
            if (local.isValid()) {
                return {QJsonValue(local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate)), {}};
            }
        }
        return {std::nullopt, tr("must be a date and time like 2026-02-24 14:00 or 2026-02-24T14:00:00Z")};
    }
};

// An array of simple values: "a@example.com, b@example.com", or a JSON array when an item holds a comma.
class ListField : public LineEditField
{
public:
    ListField(const QString& name, const QJsonObject& schema, QWidget* parent)
        : LineEditField(name, schema, parent)
        , m_itemType(schema.value(key("items")).toObject().value(key("type")).toString())
    {
        m_edit->setPlaceholderText(tr("%1 (separate with commas)").arg(description()));
        m_edit->setToolTip(m_edit->toolTip()
                           + tr("Separate the items with commas. For items that contain a comma, write a JSON array: "
                                "[\"a, b\", \"c\"]"));
    }

    void setValue(const QJsonValue& value) override
    {
        QStringList parts;
        bool plain = true;
        for (const QJsonValue& item : value.toArray()) {
            parts << displayOf(item);
            plain = plain && !parts.constLast().contains(QLatin1Char(','));
        }
        m_edit->setText(plain ? parts.join(QStringLiteral(", "))
                              : QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
    }

private:
    Reading parse(const QString& text) const override
    {
        if (text.startsWith(QLatin1Char('['))) {
            Reading json = readJson(text);
            if (json.value && !json.value->isArray())
                return {std::nullopt, tr("must be a list")};
            return json;
        }
        QJsonArray items;
        const QStringList parts = text.split(QLatin1Char(','));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString part = parts.at(i).trimmed();
            if (part.isEmpty())
                continue;
            const Reading item = readTyped(part, m_itemType);
            if (!item.value)
                return {std::nullopt, tr("item %1 %2").arg(i + 1).arg(item.problem)};
            items.append(*item.value);
        }
        if (items.isEmpty())
            return {};
        return {QJsonValue(items), {}};
    }

    QString m_itemType;
};

// Objects, arrays of objects and anything else: JSON text.
class JsonField : public SchemaField
{
public:
    JsonField(const QString& name, const QJsonObject& schema, QWidget* parent)
        : SchemaField(name, schema)
    {
        m_edit = makeTextArea(parent, 3, true);
        const QString type = schema.value(key("type")).toString();
        const QString example = type == QLatin1String("array") ? QStringLiteral("[{\"key\": \"value\"}]")
                                                               : QStringLiteral("{\"key\": \"value\"}");
        m_edit->setPlaceholderText(description().isEmpty() ? tr("JSON, e.g. %1").arg(example)
                                                           : tr("%1 — JSON, e.g. %2").arg(description(), example));
        connect(m_edit, &QPlainTextEdit::textChanged, this, &SchemaField::edited);
    }

    QWidget* editor() const override { return m_edit; }

    Reading read() const override
    {
        const QString text = m_edit->toPlainText().trimmed();
        if (text.isEmpty())
            return {};
        return readJson(text);
    }

    void setValue(const QJsonValue& value) override
    {
        m_edit->setPlainText(value.isObject() ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                             : value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                                               : displayOf(value));
    }

private:
    QPlainTextEdit* m_edit = nullptr;
};

bool isSimpleType(const QString& type)
{
    return type.isEmpty() || type == QLatin1String("string") || type == QLatin1String("integer")
        || type == QLatin1String("number") || type == QLatin1String("boolean");
}

} // namespace

SchemaField::SchemaField(QString name, QJsonObject schema)
    : m_name(std::move(name))
    , m_schema(std::move(schema))
{
}

QString SchemaField::description() const
{
    return m_schema.value(key("description")).toString();
}

std::unique_ptr<SchemaField> SchemaField::create(const QString& name, const QJsonObject& schema, bool required,
                                                 QWidget* parent)
{
    const QString type = schema.value(key("type")).toString();
    const QString format = schema.value(key("format")).toString();
    std::unique_ptr<SchemaField> field;
    if (schema.value(key("enum")).isArray())
        field = std::make_unique<EnumField>(name, schema, required, parent);
    else if (type == QLatin1String("string") && format == QLatin1String("date-time"))
        field = std::make_unique<DateTimeField>(name, schema, parent);
    else if (type == QLatin1String("string"))
        field = std::make_unique<TextField>(name, schema, parent);
    else if (type == QLatin1String("integer") || type == QLatin1String("number"))
        field = std::make_unique<NumberField>(name, schema, parent);
    else if (type == QLatin1String("boolean"))
        field = std::make_unique<BoolField>(name, schema, parent);
    else if (type == QLatin1String("array")
             && isSimpleType(schema.value(key("items")).toObject().value(key("type")).toString()))
        field = std::make_unique<ListField>(name, schema, parent);
    else
        field = std::make_unique<JsonField>(name, schema, parent);
    field->editor()->setObjectName(QStringLiteral("field_") + name);
    if (schema.contains(key("default")))
        field->setValue(schema.value(key("default")));
    return field;
}

} // namespace sb::ui
