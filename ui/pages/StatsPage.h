#pragma once

#include "audit/AuditQuery.h"

#include <QElapsedTimer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace sb {
class AuditReader;
}

namespace sb::ui {

class StatsTableModel;

// Tool stats: how often tools ran (success/failed over time), how long they took (p50/p95), per tool and per caller,
// for a range (last 24 hours, 7 days, 30 days, all time) and one caller or all. Everything comes from
// AuditReader::stats (rollups, off the GUI thread); the page reloads when shown, when the range or caller changes,
// and — while visible — at most once a second as the audit writer commits. Every chart has its numbers beside it
// (KPI tiles, tables) for screen readers.
class StatsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Last24Hours, Last7Days, Last30Days, AllTime };
    Q_ENUM(Range)

    explicit StatsPage(AuditReader* reader, QWidget* parent = nullptr);

    // The query `range` stands for now: bucket-aligned, so the timeline's first and last bars are whole.
    [[nodiscard]] static StatsQuery queryFor(Range range, const QString& caller,
                                             const QDateTime& now = QDateTime::currentDateTimeUtc());
    [[nodiscard]] Range range() const;
    [[nodiscard]] const StatsSnapshot& snapshot() const { return m_snapshot; }

    // Asks for the stats again (no-op while hidden: showing the page reloads).
    void reload();

signals:
    // The empty state's "Run a tool…" button.
    void runToolRequested();
    // A snapshot arrived and is on screen (tests wait for it).
    void snapshotShown();
    void loadFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildKpis();
    QWidget* buildCharts();
    QWidget* buildEmptyState();
    QTableView* buildTable(StatsTableModel* model, const QString& objectName, const QString& accessibleName);

    void recordsWritten();
    void availabilityChanged(bool available);
    void loadOptions();
    void showSnapshot(const StatsSnapshot& snapshot);
    void showTimeline(const StatsSnapshot& snapshot);
    void showToolChart(const StatsSnapshot& snapshot);
    void showEmptyState(const StatsSnapshot& snapshot);
    void showError(const QString& message);
    [[nodiscard]] QString rangeWords() const;
    [[nodiscard]] QString bucketLabel(const QDateTime& start, const QString& bucket, bool withDay) const;

    AuditReader* m_reader;
    QComboBox* m_range = nullptr;
    QComboBox* m_caller = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QPushButton* m_longerRange = nullptr;
    QWidget* m_longerRangeRow = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_successRate = nullptr;
    QLabel* m_failed = nullptr;
    QLabel* m_p50 = nullptr;
    QLabel* m_p95 = nullptr;
    QChartView* m_timelineView = nullptr;
    QChartView* m_toolView = nullptr;
    QLabel* m_timelineCaption = nullptr;
    StatsTableModel* m_toolModel = nullptr;
    StatsTableModel* m_callerModel = nullptr;
    QTableView* m_toolTable = nullptr;
    QTableView* m_callerTable = nullptr;
    QTimer* m_throttle = nullptr;
    QElapsedTimer m_sinceReload;
    QElapsedTimer m_sinceOptions; // the caller menu is refreshed on show and at most every few seconds
    quint64 m_generation = 0;
    bool m_loading = false;     // a stats request is on its way
    bool m_liveWaiting = false; // the writer committed meanwhile
    QString m_shownKey; // range and caller of what is on screen
    StatsSnapshot m_snapshot;
};

} // namespace sb::ui
