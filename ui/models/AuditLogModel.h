#pragma once

#include "audit/AuditTypes.h"
#include "core/Result.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace sb {
class AuditReader;
}

namespace sb::ui {

// The audit log's table: a window over the trail, never the trail. Rows come from AuditReader (the store's read-only
// connections, off the GUI thread) a page at a time as the view scrolls (canFetchMore/fetchMore). When the writer
// commits, the records above the newest row arrive at the top (a few live queries by id, not a reload; or, while the
// user follows the top, the newest page, which replaces the rows when a burst brought more than a page), pending rows
// get their outcome, and rows far below the view are dropped again so memory stays bounded while the agent ingests.
// Rows hold no input/output: the detail pane asks for the one record it shows.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, StatusColumn, ToolColumn, CallerColumn, ProviderColumn, AccountColumn, DurationColumn,
                  ErrorColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, StatusRole, KindRole };

    static constexpr int kPageSize = 200;
    static constexpr int kLiveChunk = 1000;  // new records fetched per live query
    static constexpr int kRowBudget = 5000;  // rows kept when live updates push the window down

    explicit AuditLogModel(AuditReader* reader, QObject* parent = nullptr);

    // Starts over with `filter` (its cursors and limit are the model's business): the first page replaces the rows.
    void setFilter(const AuditFilter& filter);
    [[nodiscard]] const AuditFilter& filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }

    // Live updates on AuditReader::recordsWritten (on by default).
    void setLive(bool live) { m_live = live; }
    // Rows up to here are never trimmed (the page keeps its selection and what is on screen).
    void setKeepRows(int rows) { m_keepRows = rows; }
    // The user watches the top of the table (not scrolled, nothing selected): each live update reads the newest page,
    // so a burst too large to stream row by row shows its newest records at once instead of running seconds behind.
    void setFollowNewest(bool follow) { m_followNewest = follow; }

    [[nodiscard]] const AuditRecord* recordAt(int row) const;
    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] bool isLoading() const { return m_loadingFirstPage; }
    [[nodiscard]] bool hasMore() const { return m_hasMore; }
    [[nodiscard]] const QString& lastError() const { return m_lastError; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    [[nodiscard]] static QString statusText(const QString& status);
    [[nodiscard]] static QString durationText(qint64 ms);

signals:
    void loadingChanged(bool loading);
    void firstPageLoaded(); // after setFilter()/reload(): the first rows are in
    void pageLoaded(int rows);
    void liveRowsInserted(int count); // records that arrived at the top
    void jumpedToNewest();            // a burst while following: the rows were replaced by the newest page
    void recordUpdated(qint64 id);    // a pending row got its outcome
    void loadFailed(const sb::Error& error);

private:
    void onFirstPage(quint64 generation, Result<AuditPage> page);
    void scheduleLiveUpdate();
    void fetchNewer();
    // A live answer: the records above the newest row (oldest first), or the newest page while following.
    void onNewer(const AuditPage& page);
    void onNewestPage(const AuditPage& page);
    // Takes a record of the newest page into the window below the rows (without its payload), noting the newest id
    // and whether it is running.
    void appendRow(const AuditRecord& record);
    void insertAtTop(QList<AuditRecord> fresh);
    void replaceRows(const AuditPage& page);
    void updateRow(const AuditRecord& record);
    // Asks for the outcome of the running rows, but those whose record just came with a page (`known`).
    void refreshPending(const QSet<qint64>& known = {});
    void trimBelowBudget();
    void fail(const Error& error);
    [[nodiscard]] AuditFilter pageFilter() const;

    AuditReader* m_reader;
    AuditFilter m_filter;
    QList<AuditRecord> m_rows;
    quint64 m_generation = 0; // answers for an older filter are dropped
    qint64 m_newestId = 0;
    bool m_hasMore = false;
    bool m_fetching = false;
    bool m_loadingFirstPage = false;
    bool m_live = true;
    bool m_liveRunning = false;
    bool m_liveAgain = false;
    int m_keepRows = 0;
    bool m_followNewest = false;
    QSet<qint64> m_pendingIds;
    QTimer m_liveDelay;
    QString m_lastError;
};

} // namespace sb::ui
