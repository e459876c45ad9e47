#include "models/StatsTableModel.h"

#include <QLocale>

namespace sb::ui {

StatsTableModel::StatsTableModel(const QString& nameHeader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_nameHeader(nameHeader)
{
}

void StatsTableModel::setRows(const QList<StatsRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int StatsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatsTableModel::percentText(double percent)
{
    return tr("%1 %").arg(QLocale().toString(percent, 'f', 1));
}

QString StatsTableModel::msText(qint64 ms)
{
    return tr("%1 ms").arg(QLocale().toString(ms));
}

QVariant StatsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatsRow& row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case ExecutionsColumn:
            return locale.toString(row.total);
        case SuccessRateColumn:
            return percentText(row.successRate());
        case FailedColumn:
            return locale.toString(row.failed);
        case P50Column:
            return locale.toString(row.p50Ms);
        case P95Column:
            return locale.toString(row.p95Ms);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return row.name.toLower();
        case ExecutionsColumn:
            return row.total;
        case SuccessRateColumn:
            return row.successRate();
        case FailedColumn:
            return row.failed;
        case P50Column:
            return row.p50Ms;
        case P95Column:
            return row.p95Ms;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            return tr("%1: %n execution(s), %2 succeeded, average %3", nullptr, int(row.total))
                .arg(row.name, percentText(row.successRate()), msText(row.avgMs));
        }
        break;
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case ExecutionsColumn:
            return tr("%n execution(s)", nullptr, int(row.total));
        case SuccessRateColumn:
            return tr("%1 succeeded").arg(percentText(row.successRate()));
        case FailedColumn:
            return tr("%n failed", nullptr, int(row.failed));
        case P50Column:
            return tr("median %1").arg(msText(row.p50Ms));
        case P95Column:
            return tr("95th percentile %1").arg(msText(row.p95Ms));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant StatsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SuccessRateColumn:
            return tr("Share of executions that succeeded");
        case FailedColumn:
            return tr("Failed or interrupted executions");
        case P50Column:
            return tr("Median duration: half of the executions took at most this long");
        case P95Column:
            return tr("95th percentile: 95 % of the executions took at most this long");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_nameHeader;
    case ExecutionsColumn:
        return tr("Executions");
    case SuccessRateColumn:
        return tr("Success");
    case FailedColumn:
        return tr("Failed");
    case P50Column:
        return tr("p50 (ms)");
    case P95Column:
        return tr("p95 (ms)");
    }
    return {};
}

} // namespace sb::ui
