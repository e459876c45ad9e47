#include "tools/SchemaForm.h"

#include "tools/JsonSchema.h"
#include "tools/SchemaField.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

const QString kErrorStyle = QStringLiteral("color: #b3261e;");

// receiptEmail → "Receipt email", start_time → "Start time", mediaUrl → "Media URL".
QString humanize(const QString& name)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[a-z0-9])(?=[A-Z])|_+"));
    static const QMap<QString, QString> acronyms{
        {QStringLiteral("id"), QStringLiteral("ID")},     {QStringLiteral("url"), QStringLiteral("URL")},
        {QStringLiteral("sid"), QStringLiteral("SID")},   {QStringLiteral("html"), QStringLiteral("HTML")},
        {QStringLiteral("ts"), QStringLiteral("TS")},     {QStringLiteral("twiml"), QStringLiteral("TwiML")},
        {QStringLiteral("cc"), QStringLiteral("CC")},     {QStringLiteral("bcc"), QStringLiteral("BCC")}};
    QStringList words;
    for (const QString& word : name.split(boundary, Qt::SkipEmptyParts))
        words << acronyms.value(word.toLower(), word.toLower());
    if (words.isEmpty())
        return name;
    if (words.first().at(0).isLower())
        words.first()[0] = words.first().at(0).toUpper();
    return words.join(QLatin1Char(' '));
}

QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// JsonSchema names the value "input" when it checks one field on its own: "input: must be …", "input[1]: …".
QString withoutPath(const QString& problem)
{
    static const QRegularExpression path(QStringLiteral(R"(^input(?:\[(\d+)\])?: (.*)$)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = path.match(problem);
    if (!match.hasMatch())
        return sentence(problem);
    if (match.captured(1).isEmpty())
        return sentence(match.captured(2));
    return SchemaForm::tr("Item %1: %2").arg(match.captured(1).toInt() + 1).arg(match.captured(2));
}

} // namespace

SchemaForm::SchemaForm(const QJsonObject& schema, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("schemaForm"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    for (const QJsonValue& name : schema.value(QStringLiteral("anyOfRequired")).toArray())
        m_anyOfRequired << name.toString();

    // Required fields first, in the schema's order; then the others (QJsonObject keeps them sorted by name).
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    QStringList required;
    for (const QJsonValue& name : schema.value(QStringLiteral("required")).toArray()) {
        if (properties.contains(name.toString()))
            required << name.toString();
    }
    for (const QString& name : std::as_const(required))
        addRow(name, properties.value(name).toObject(), true);
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        if (!required.contains(it.key()))
            addRow(it.key(), it.value().toObject(), false);
    }

    if (m_rows.empty()) {
        auto* none = new QLabel(tr("This tool takes no input."), this);
        none->setObjectName(QStringLiteral("noInputLabel"));
        none->setEnabled(false);
        m_form->addRow(none);
    } else if (!required.isEmpty() || !m_anyOfRequired.isEmpty()) {
        auto* legend = new QLabel(this);
        legend->setObjectName(QStringLiteral("requiredLegend"));
        QString text = tr("<span style=\"color:#b3261e\">*</span> required");
        if (!m_anyOfRequired.isEmpty()) {
            QStringList labels;
            for (const QString& name : std::as_const(m_anyOfRequired))
                labels << humanize(name);
            text += QStringLiteral(" &nbsp;·&nbsp; ") + tr("fill in at least one of: %1").arg(labels.join(QStringLiteral(", ")));
        }
        legend->setText(text);
        legend->setEnabled(false);
        m_form->addRow(QString(), legend);
    }
}

SchemaForm::~SchemaForm() = default;

void SchemaForm::addRow(const QString& name, const QJsonObject& schema, bool required)
{
    auto* cell = new QWidget(this);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);

    Row row;
    row.required = required;
    row.field = SchemaField::create(name, schema, required, cell);
    QWidget* editor = row.field->editor();
    const QString description = schema.value(QStringLiteral("description")).toString();
    editor->setToolTip(description.isEmpty() ? name : QStringLiteral("%1: %2").arg(name, description));
    editor->setAccessibleName(humanize(name));
    if (required)
        editor->setAccessibleDescription(tr("required"));
    column->addWidget(editor);

    row.error = new QLabel(cell);
    row.error->setObjectName(QStringLiteral("error_") + name);
    row.error->setStyleSheet(kErrorStyle);
    // One line per problem, no word wrap: a wrapping label inside a scrolled form gets its height wrong.
    row.error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.error->hide();
    column->addWidget(row.error);

    const bool oneOf = m_anyOfRequired.contains(name);
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("label_") + name);
    label->setText(humanize(name).toHtmlEscaped()
                   + (required ? QStringLiteral(" <span style=\"color:#b3261e\">*</span>")
                               : oneOf ? QStringLiteral(" <span style=\"color:#b3261e\">(*)</span>") : QString())
                   + QLatin1Char(':'));
    label->setToolTip(editor->toolTip());
    label->setBuddy(editor);
    // Align the label with the editor's first line (the cell grows when a message shows under it).
    label->setMinimumHeight(editor->sizeHint().height() > 40 ? 0 : editor->sizeHint().height());
    m_form->addRow(label, cell);

    connect(row.field.get(), &SchemaField::edited, this, [this] {
        if (m_live)
            showProblems(check());
        emit edited();
    });
    m_rows.push_back(std::move(row));
}

QJsonObject SchemaForm::value() const
{
    QJsonObject input;
    for (const Row& row : m_rows) {
        const SchemaField::Reading reading = row.field->read();
        if (reading.value)
            input.insert(row.field->name(), *reading.value);
    }
    return input;
}

QString SchemaForm::checkField(const Row& row) const
{
    const SchemaField::Reading reading = row.field->read();
    if (!reading.problem.isEmpty())
        return sentence(reading.problem);
    if (!reading.value)
        return row.required ? tr("Required") : QString();
    QStringList messages;
    for (const QString& problem : JsonSchema::validate(row.field->schema(), *reading.value))
        messages << withoutPath(problem);
    return messages.join(QLatin1Char('\n'));
}

QMap<QString, QString> SchemaForm::check() const
{
    QMap<QString, QString> problems;
    bool anyGiven = m_anyOfRequired.isEmpty();
    for (const Row& row : m_rows) {
        const QString problem = checkField(row);
        if (!problem.isEmpty())
            problems.insert(row.field->name(), problem);
        if (m_anyOfRequired.contains(row.field->name()) && row.field->read().value)
            anyGiven = true;
    }
    if (!anyGiven) {
        for (const QString& name : std::as_const(m_anyOfRequired)) {
            QStringList others;
            for (const QString& other : std::as_const(m_anyOfRequired)) {
                if (other != name)
                    others << humanize(other);
            }
            problems.insert(name, tr("Fill in this or %1").arg(others.join(QStringLiteral(", "))));
        }
    }
    return problems;
}

void SchemaForm::showProblems(const QMap<QString, QString>& problems)
{
    for (const Row& row : m_rows) {
        const QString problem = problems.value(row.field->name());
        row.error->setText(problem);
        row.error->setVisible(!problem.isEmpty());
        row.error->setAccessibleName(problem);
    }
}

bool SchemaForm::validate()
{
    m_live = true;
    const QMap<QString, QString> problems = check();
    showProblems(problems);
    return problems.isEmpty();
}

void SchemaForm::focusFirstProblem()
{
    for (const Row& row : m_rows) {
        if (!row.error->isHidden()) {
            row.field->editor()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

bool SchemaForm::showAgentProblems(const QString& message)
{
    // "…: to: must be an e-mail address; body: is required." — each piece names its field before ": ".
    static const QRegularExpression piece(QStringLiteral(R"((?:^|: )([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])?): (.+)$)"));
    QMap<QString, QString> problems;
    const QString text = message.endsWith(QLatin1Char('.')) ? message.chopped(1) : message;
    for (const QString& part : text.split(QStringLiteral("; "))) {
        const QRegularExpressionMatch match = piece.match(part);
        if (!match.hasMatch())
            continue;
        const QString name = match.captured(1);
        const bool known = std::any_of(m_rows.begin(), m_rows.end(),
                                       [&](const Row& row) { return row.field->name() == name; });
        if (!known)
            continue;
        const QString problem = withoutPath(QStringLiteral("input") + match.captured(2) + QStringLiteral(": ")
                                            + match.captured(3));
        problems.insert(name, problems.contains(name) ? problems.value(name) + QLatin1Char('\n') + problem : problem);
    }
    if (problems.isEmpty())
        return false;
    showProblems(problems);
    return true;
}

QList<QWidget*> SchemaForm::editors() const
{
    QList<QWidget*> editors;
    for (const Row& row : m_rows)
        editors << row.field->editor();
    return editors;
}

QString SchemaForm::problem(const QString& property) const
{
    for (const Row& row : m_rows) {
        if (row.field->name() == property)
            return row.error->isHidden() ? QString() : row.error->text();
    }
    return {};
}

} // namespace sb::ui
