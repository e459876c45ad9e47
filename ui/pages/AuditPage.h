#pragma once

#include "audit/AuditExporter.h"
#include "audit/AuditTypes.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QFrame;
class QProgressDialog;
class QSplitter;

namespace sb {
class AgentClient;
class AuditReader;
}

namespace sb::ui {

class AuditDetailPane;
class AuditFilterBar;
class AuditLogModel;

// The audit log: every tool execution, connection and admin event, newest first, filtered and searched in place, with
// the selected record in full beside the table. New records appear at the top as the agent writes them without
// moving what the user looks at. Also: Run tool…, export of the filtered records, and the hash chain's verdict.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(AgentClient* client, QWidget* parent = nullptr);
    ~AuditPage() override;

    [[nodiscard]] AuditLogModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] AuditDetailPane* detail() const { return m_detail; }
    [[nodiscard]] AuditFilterBar* filterBar() const { return m_filters; }
    [[nodiscard]] qint64 selectedRecordId() const;

    // Selects the record once it is in the table (now, or when the live update brings it) and shows it in full.
    void showRecord(qint64 id);
    // Writes the records the filters select to `path`; progress in a dialog with Cancel → exportFinished.
    void exportTo(const QString& path, sb::AuditExportFormat format);
    void verifyChain(); // → verified
    void openRunToolDialog(const QString& tool = {});

signals:
    void exportFinished(bool ok, qint64 records, const QString& message);
    void verified(bool ok, const QString& message);
    // The run-tool dialog's "Connections page" link (no account for the chosen tool); the dialog has closed.
    void connectionsPageRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildShortcuts();
    void becomeAvailable(bool available);
    void applyFilter();
    void loadOptions();
    void chooseExportFile();
    void selectionChanged();
    void showDetail(qint64 id);
    void selectWanted();
    void keepViewOnLiveRows(int first, int count);
    void updateKeptRows();
    void updateStatus();

    AgentClient* m_client;
    AuditReader* m_reader;
    AuditLogModel* m_model = nullptr;
    AuditFilterBar* m_filters = nullptr;
    QTableView* m_table = nullptr;
    AuditDetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPointer<QProgressDialog> m_progress;
    QTimer m_optionsDelay;
    std::shared_ptr<AuditExportControl> m_export;
    qint64 m_wantedId = 0;     // showRecord() before its row arrived
    qint64 m_detailId = 0;     // the record the detail pane shows or is loading
    qint64 m_reselectId = 0;   // the selection to restore after a filter change
    int m_anchorOffset = -1;   // live inserts: the first visible row before them (-1: at the top)
    bool m_verifiedOnce = false;
    bool m_splitterSized = false;
};

} // namespace sb::ui
