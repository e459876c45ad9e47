#include "models/AuditLogModel.h"

#include "audit/AuditReader.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace sb::ui {

namespace {

constexpr int kLiveDelayMs = 100; // coalesces the writer's batches: at most ~10 live queries a second
constexpr int kPendingRefreshLimit = 100;

// Rows keep no payload: the table never shows it, and a window of thousands of rows stays small.
AuditRecord withoutPayload(AuditRecord record)
{
    record.input = QJsonValue();
    record.output = QJsonValue();
    return record;
}

} // namespace

AuditLogModel::AuditLogModel(AuditReader* reader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    m_liveDelay.setSingleShot(true);
    m_liveDelay.setInterval(kLiveDelayMs);
    connect(&m_liveDelay, &QTimer::timeout, this, &AuditLogModel::fetchNewer);
    connect(m_reader, &AuditReader::recordsWritten, this, &AuditLogModel::scheduleLiveUpdate);
}

AuditFilter AuditLogModel::pageFilter() const
{
    AuditFilter filter = m_filter;
    filter.before = 0;
    filter.after = 0;
    filter.limit = kPageSize;
    filter.withPayload = false;
    return filter;
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_pendingIds.clear();
    m_newestId = 0;
    m_hasMore = false;
    m_fetching = false;
    m_liveRunning = false;
    m_liveAgain = false;
    endResetModel();
    m_lastError.clear();
    m_loadingFirstPage = true;
    emit loadingChanged(true);
    m_reader->list(this, pageFilter(), [this, generation](Result<AuditPage> page) { onFirstPage(generation, page); });
}

void AuditLogModel::onFirstPage(quint64 generation, Result<AuditPage> page)
{
    if (generation != m_generation)
        return;
    m_loadingFirstPage = false;
    if (!page) {
        emit loadingChanged(false);
        fail(page.error());
        return;
    }
    if (!page->records.isEmpty()) {
        beginInsertRows({}, 0, int(page->records.size()) - 1);
        for (const AuditRecord& record : std::as_const(page->records))
            appendRow(record);
        endInsertRows();
    }
    m_hasMore = page->hasMore;
    emit loadingChanged(false);
    emit firstPageLoaded();
    if (std::exchange(m_liveAgain, false))
        scheduleLiveUpdate();
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching && !m_loadingFirstPage && !m_rows.isEmpty();
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    AuditFilter filter = pageFilter();
    filter.before = m_rows.constLast().id;
    const quint64 generation = m_generation;
    m_reader->list(this, filter, [this, generation](Result<AuditPage> page) {
        if (generation != m_generation)
            return;
        if (!page) {
            m_fetching = false;
            fail(page.error());
            return;
        }
        // Still "fetching" while the rows go in: a view (or QAbstractItemModelTester) asking for more from its
        // rowsAboutToBeInserted handler would otherwise fetch this same page again.
        if (!page->records.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(page->records.size()) - 1);
            // Older rows: the newest id the live queries start from stays as it is.
            for (const AuditRecord& record : std::as_const(page->records)) {
                m_rows.append(withoutPayload(record));
                if (record.status == audit_status::Pending)
                    m_pendingIds.insert(record.id);
            }
            endInsertRows();
        }
        m_hasMore = page->hasMore;
        m_fetching = false;
        emit pageLoaded(int(page->records.size()));
    });
}

void AuditLogModel::scheduleLiveUpdate()
{
    if (m_live && !m_liveDelay.isActive())
        m_liveDelay.start();
}

void AuditLogModel::fetchNewer()
{
    if (m_loadingFirstPage || m_liveRunning) {
        m_liveAgain = true; // once the query in flight answered
        return;
    }
    m_liveRunning = true;
    // Following the top: the newest page, which also carries the outcome of the running calls on it. Otherwise the
    // records above the newest row, oldest first, a chunk at a time.
    const bool follow = m_followNewest && m_newestId > 0;
    AuditFilter filter = pageFilter();
    if (m_newestId > 0 && !follow) {
        filter.after = m_newestId;
        filter.limit = kLiveChunk;
    }
    const quint64 generation = m_generation;
    m_reader->list(this, filter, [this, generation, follow](Result<AuditPage> page) {
        if (generation != m_generation)
            return;
        m_liveRunning = false;
        if (!page) {
            fail(page.error());
            return;
        }
        if (follow)
            onNewestPage(*page);
        else
            onNewer(*page);
    });
    if (!follow)
        refreshPending();
}

void AuditLogModel::onNewer(const AuditPage& page)
{
    const bool wasEmpty = m_newestId == 0;
    // Live queries answer oldest first; a model that had no row asked for the newest page instead.
    QList<AuditRecord> fresh;
    for (const AuditRecord& record : page.records) {
        if (record.id > m_newestId)
            fresh.append(withoutPayload(record));
    }
    if (!wasEmpty)
        std::reverse(fresh.begin(), fresh.end());
    insertAtTop(std::move(fresh));
    if (wasEmpty)
        m_hasMore = page.hasMore; // the older records come with fetchMore
    else if (page.hasMore)
        m_liveAgain = true; // a burst: keep going
    trimBelowBudget();
    // The rest of a burst comes with the next tick: at most ~10 inserts (and repaints) a second.
    if (std::exchange(m_liveAgain, false))
        m_liveDelay.start();
}

void AuditLogModel::onNewestPage(const AuditPage& page)
{
    const QList<AuditRecord>& newest = page.records; // newest first
    const qint64 topId = m_rows.isEmpty() ? 0 : m_rows.constFirst().id;
    const auto top = std::find_if(newest.cbegin(), newest.cend(), [topId](const AuditRecord& r) { return r.id == topId; });
    // The page joins the rows when it holds the top row and nothing new below it; else more arrived than a page (a
    // burst) and the page replaces the rows: streaming them all would keep the top seconds behind.
    const bool joins = top != newest.cend()
                       && std::none_of(top, newest.cend(), [this](const AuditRecord& r) { return r.id > m_newestId; });
    if (!joins) {
        replaceRows(page);
    } else {
        QList<AuditRecord> fresh;
        for (auto it = newest.cbegin(); it != top; ++it)
            fresh.append(withoutPayload(*it));
        // Running calls on the page that finished: their rows get the outcome in place.
        for (auto it = top; it != newest.cend(); ++it) {
            if (!m_pendingIds.contains(it->id) || it->status == audit_status::Pending)
                continue;
            updateRow(*it);
        }
        insertAtTop(std::move(fresh));
        trimBelowBudget();
    }
    // Running calls that are not on the page are asked for one by one, as when not following.
    QSet<qint64> onPage;
    for (const AuditRecord& record : newest)
        onPage.insert(record.id);
    refreshPending(onPage);
    if (std::exchange(m_liveAgain, false))
        m_liveDelay.start();
}

void AuditLogModel::appendRow(const AuditRecord& record)
{
    m_rows.append(withoutPayload(record));
    m_newestId = std::max(m_newestId, record.id);
    if (record.status == audit_status::Pending)
        m_pendingIds.insert(record.id);
}

void AuditLogModel::insertAtTop(QList<AuditRecord> fresh)
{
    if (fresh.isEmpty())
        return;
    const int count = int(fresh.size());
    beginInsertRows({}, 0, count - 1);
    for (const AuditRecord& record : std::as_const(fresh)) {
        m_newestId = std::max(m_newestId, record.id);
        if (record.status == audit_status::Pending)
            m_pendingIds.insert(record.id);
    }
    // Appending the window to the few new rows moves it instead of copying every record.
    fresh.append(std::move(m_rows));
    m_rows = std::move(fresh);
    endInsertRows();
    emit liveRowsInserted(count);
}

void AuditLogModel::replaceRows(const AuditPage& page)
{
    ++m_generation; // a fetchMore in flight belongs to the rows being replaced
    m_fetching = false;
    beginResetModel();
    m_rows.clear();
    m_pendingIds.clear();
    for (const AuditRecord& record : page.records)
        appendRow(record);
    m_hasMore = page.hasMore; // scrolling down reads on from the newest page, without a gap
    endResetModel();
    emit jumpedToNewest();
}

void AuditLogModel::updateRow(const AuditRecord& record)
{
    const int row = rowOf(record.id);
    if (row < 0)
        return;
    m_pendingIds.remove(record.id);
    m_rows[row] = withoutPayload(record);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit recordUpdated(record.id);
}

void AuditLogModel::refreshPending(const QSet<qint64>& known)
{
    int asked = 0;
    for (qint64 id : std::as_const(m_pendingIds)) {
        if (known.contains(id))
            continue;
        if (++asked > kPendingRefreshLimit)
            break;
        const quint64 generation = m_generation;
        m_reader->get(this, id, [this, generation](Result<std::optional<AuditRecord>> record) {
            if (generation != m_generation || !record || !record->has_value()
                || (*record)->status == audit_status::Pending)
                return;
            updateRow(**record);
        });
    }
}

void AuditLogModel::trimBelowBudget()
{
    const int budget = std::max(kRowBudget, m_keepRows + kPageSize);
    if (m_rows.size() <= budget || m_fetching)
        return;
    beginRemoveRows({}, budget, int(m_rows.size()) - 1);
    for (qsizetype row = budget; row < m_rows.size(); ++row)
        m_pendingIds.remove(m_rows.at(row).id);
    m_rows.resize(budget);
    endRemoveRows();
    m_hasMore = true; // scrolling down fetches them again
}

void AuditLogModel::fail(const Error& error)
{
    m_lastError = error.message;
    emit loadFailed(error);
}

const AuditRecord* AuditLogModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditLogModel::rowOf(qint64 id) const
{
    // Rows are sorted newest (highest id) first in the common case; a linear scan over a bounded window is fine.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::statusText(const QString& status)
{
    if (status == audit_status::Success)
        return tr("Success");
    if (status == audit_status::Failed)
        return tr("Failed");
    if (status == audit_status::Interrupted)
        return tr("Interrupted");
    if (status == audit_status::Pending)
        return tr("Running");
    return status;
}

QString AuditLogModel::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1));
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    const AuditRecord* record = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!record)
        return {};
    const bool tool = record->kind == AuditRecord::Kind::Tool;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return record->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case StatusColumn:
            return statusText(record->status);
        case ToolColumn:
            return record->tool;
        case CallerColumn:
            return record->caller;
        case ProviderColumn:
            return record->provider;
        case AccountColumn:
            return record->connectionAccount;
        case DurationColumn:
            return tool && record->status != audit_status::Pending ? durationText(record->executionMs) : QString();
        case ErrorColumn:
            return record->errorMessage.section(QLatin1Char('\n'), 0, 0);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return record->createdAt.toUTC().toString(Qt::ISODateWithMs);
        if (index.column() == ErrorColumn && !record->errorMessage.isEmpty())
            return record->errorMessage;
        return {};
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        if (record->status == audit_status::Success)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (record->status == audit_status::Pending)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return QBrush(QColor(0xc6, 0x28, 0x28));
    case Qt::TextAlignmentRole:
        return index.column() == DurationColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case RecordIdRole:
        return record->id;
    case StatusRole:
        return record->status;
    case KindRole:
        return AuditRecord::kindName(record->kind);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StatusColumn:
        return tr("Status");
    case ToolColumn:
        return tr("Tool or event");
    case CallerColumn:
        return tr("Caller");
    case ProviderColumn:
        return tr("Provider");
    case AccountColumn:
        return tr("Account");
    case DurationColumn:
        return tr("Duration");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

} // namespace sb::ui
