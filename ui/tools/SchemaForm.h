#pragma once

#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <memory>
#include <vector>

class QFormLayout;
class QLabel;

namespace sb::ui {

class SchemaField;

// A form for a tool's input, built from its JSON Schema (an object with properties): one row per property, required
// ones first and marked with an asterisk (accessible description "required"), the description as placeholder and
// tooltip, defaults filled in. Editors are named "field_<property>", the red message under each "error_<property>".
// The rules are the agent's own (JsonSchema): the same words appear here before a run as the agent would answer.
class SchemaForm : public QWidget
{
    Q_OBJECT
public:
    explicit SchemaForm(const QJsonObject& schema, QWidget* parent = nullptr);
    ~SchemaForm() override;

    // The filled-in fields, typed as the schema says; empty fields and unreadable ones are left out.
    [[nodiscard]] QJsonObject value() const;
    // Shows a message under every bad field (missing, pattern, format, range, unreadable number or JSON) and hides
    // the others; returns whether all are good. From the first call on, the form checks again on every edit.
    bool validate();
    void focusFirstProblem();
    // The agent's own verdict ("The input is not valid: to: must be …; body: is required."): each problem under the
    // field it names. Returns whether any field was named.
    bool showAgentProblems(const QString& message);

    [[nodiscard]] bool hasFields() const { return !m_rows.empty(); }
    [[nodiscard]] QList<QWidget*> editors() const; // in tab order
    [[nodiscard]] QString problem(const QString& property) const; // the message shown, empty when none

signals:
    void edited();

private:
    struct Row
    {
        std::unique_ptr<SchemaField> field;
        QLabel* error = nullptr;
        bool required = false;
    };

    void addRow(const QString& name, const QJsonObject& schema, bool required);
    void showProblems(const QMap<QString, QString>& problems);
    [[nodiscard]] QMap<QString, QString> check() const;
    [[nodiscard]] QString checkField(const Row& row) const;

    QFormLayout* m_form = nullptr;
    std::vector<Row> m_rows;
    QStringList m_anyOfRequired; // Switchboard's hint: at least one of these
    bool m_live = false;
};

} // namespace sb::ui
