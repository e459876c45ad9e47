#pragma once

#include "audit/AuditTypes.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace sb::ui {

// One audit record in full: what went in and came out (pretty-printed, coloured JSON), the error, timing, who asked
// and through which account, and its place in the hash chain. Copy as JSON puts the API's form of it on the
// clipboard.
class AuditDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit AuditDetailPane(QWidget* parent = nullptr);

    void showRecord(const AuditRecord& record);
    void showMessage(const QString& text); // nothing selected, loading, or why it could not be read
    [[nodiscard]] std::optional<AuditRecord> record() const { return m_record; }
    [[nodiscard]] static QString jsonText(const QJsonValue& value);

public slots:
    void copyAsJson();

private:
    QLabel* addField(QFormLayout* form, const QString& label, const QString& objectName);
    QPlainTextEdit* jsonView(const QString& objectName);

    std::optional<AuditRecord> m_record;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_duration = nullptr;
    QLabel* m_caller = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_chain = nullptr;
    QPlainTextEdit* m_input = nullptr;
    QPlainTextEdit* m_output = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace sb::ui
