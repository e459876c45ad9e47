#pragma once

#include "audit/AuditTypes.h"
#include "connections/ConnectionInfo.h"
#include "core/AgentTypes.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace sb::ui {

// The audit log's filters: full-text search, time range (presets or custom), event kind, outcome, caller, tool or
// event, provider and account. It turns them into an AuditFilter (relative ranges resolved at that moment) and keeps
// them in QSettings, so the page opens as the user left it.
class AuditFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Range { LastHour, LastDay, LastWeek, LastMonth, AllTime, Custom };

    explicit AuditFilterBar(QWidget* parent = nullptr);

    [[nodiscard]] AuditFilter filter() const;
    [[nodiscard]] bool isFiltered() const;

    void setOptions(const sb::AuditFilterOptions& options);
    void setProviders(const QList<sb::ProviderSummary>& providers);
    void setConnections(const QList<sb::ConnectionInfo>& connections);

    void restore();
    void save() const;
    void clear();
    void focusSearch();

signals:
    // Any filter changed (search typing is debounced).
    void filterChanged();

private:
    QComboBox* combo(const QString& objectName, const QString& accessibleName);
    void rangeChanged();
    void changed();

    QLineEdit* m_search = nullptr;
    QComboBox* m_range = nullptr;
    QDateTimeEdit* m_since = nullptr;
    QDateTimeEdit* m_until = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_caller = nullptr;
    QComboBox* m_tool = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_connection = nullptr;
    QPushButton* m_clear = nullptr;
    QTimer m_searchDelay;
    bool m_restoring = false;
};

} // namespace sb::ui
