#pragma once

#include "audit/AuditQuery.h"

#include <QAbstractTableModel>

namespace sb::ui {

// Stats rows (per tool or per caller) as a table: name, executions, success rate, failed, p50 and p95. The numbers
// beside the stats page's charts, so a screen reader (or anyone) can read exact values. SortRole gives raw values for
// a QSortFilterProxyModel.
class StatsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ExecutionsColumn, SuccessRateColumn, FailedColumn, P50Column, P95Column, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    // `nameHeader`: what the first column lists ("Tool", "Caller").
    explicit StatsTableModel(const QString& nameHeader, QObject* parent = nullptr);

    void setRows(const QList<StatsRow>& rows);
    [[nodiscard]] const QList<StatsRow>& rows() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "96.5 %", "1,234 ms": the same words on the KPI tiles and in the tables.
    [[nodiscard]] static QString percentText(double percent);
    [[nodiscard]] static QString msText(qint64 ms);

private:
    QString m_nameHeader;
    QList<StatsRow> m_rows;
};

} // namespace sb::ui
