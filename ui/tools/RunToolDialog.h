#pragma once

#include "connections/ConnectionInfo.h"
#include "tools/ToolExecutor.h"
#include "tools/ToolRegistry.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace sb {
class AgentClient;
}

namespace sb::ui {

class SchemaForm;

// Runs one tool by hand: pick the tool (grouped by provider), fill in the form built from its input schema, pick the
// account of the tool's provider to use (the default one preselected), Run. Shows the provider's output, or its
// error in words, and the audit record the run produced; emits recordCreated so the Audit page can select it.
// A tool whose provider has no account cannot run: the dialog says so instead of pretending.
//
// Keyboard: Enter runs (when the form is valid; otherwise the messages show and the first bad field gets the focus),
// Ctrl+Enter runs from inside a multi-line field, Esc closes.
class RunToolDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RunToolDialog(AgentClient* client, QWidget* parent = nullptr);

    // Selects `name` (now, or once the tools arrived) and puts the focus on its first field.
    void setTool(const QString& name);
    [[nodiscard]] QString currentTool() const;
    [[nodiscard]] SchemaForm* form() const { return m_form; }
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    void recordCreated(qint64 auditLogId);
    void connectionsPageRequested(); // the "Connections page" link in the no-account message

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void onTools(const QList<sb::ToolSummary>& tools);
    void onConnections(const QList<sb::ConnectionInfo>& connections);
    void onRunFinished(const sb::ToolRunResult& result);
    void onRequestFailed(const QString& operation, const sb::Error& error);
    void chooseInitialTool();
    void showTool();
    void fillConnections();
    void updateRunButton();
    void updateTabOrder();
    void run();
    void setRunning(bool running);
    void clearResult();
    void showError(const QString& text);
    [[nodiscard]] const sb::ToolSummary* tool() const;
    [[nodiscard]] QString providerName(const QString& provider) const;

    AgentClient* m_client;
    QList<sb::ToolSummary> m_tools;
    QList<sb::ConnectionInfo> m_connections;
    bool m_toolsLoaded = false;
    bool m_connectionsLoaded = false;
    bool m_initialChosen = false;
    QString m_pendingTool;
    QString m_shownTool; // the tool the form was built for
    bool m_running = false;
    QString m_runningTool;
    QPointer<QWidget> m_focusBeforeRun;

    QComboBox* m_toolCombo = nullptr;
    QLabel* m_toolLabel = nullptr;
    QLabel* m_accountLabel = nullptr;
    QLabel* m_description = nullptr;
    QComboBox* m_connectionCombo = nullptr;
    QLabel* m_noConnection = nullptr;
    QScrollArea* m_formArea = nullptr;
    SchemaForm* m_form = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QLabel* m_record = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_run = nullptr;
};

} // namespace sb::ui
