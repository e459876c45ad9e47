#pragma once

#include "core/AgentTypes.h"

#include <QFrame>
#include <QList>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace sb::ui {

class AccountRow;

// One catalog provider on the Connections page: logo, name, how it connects, the state in a line, Connect / Add
// another account, a busy line while something runs for it, the last result in words, and one AccountRow per
// connected account.
class ConnectionCard : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionCard(const sb::ProviderSummary& provider, QWidget* parent = nullptr);

    [[nodiscard]] const sb::ProviderSummary& provider() const { return m_provider; }
    void setProvider(const sb::ProviderSummary& provider);
    void setConnections(const QList<sb::ConnectionInfo>& connections);
    [[nodiscard]] QList<AccountRow*> rows() const { return m_rows; }
    [[nodiscard]] AccountRow* row(qint64 id) const;

    void setBusy(bool busy, const QString& words = {});
    // The outcome of the last action, in words (error: red).
    void showMessage(const QString& words, bool error = false);
    [[nodiscard]] QString message() const;

signals:
    void connectRequested(const QString& provider);   // Connect / Add another account / Reconnect (OAuth)
    void setupRequested(const QString& provider);     // the generic provider's endpoints and client
    void rowAdded(sb::ui::AccountRow* row);           // the page wires the row's requests

private:
    sb::ProviderSummary m_provider;
    QList<AccountRow*> m_rows;
    QLabel* m_logo = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_busyText = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_setup = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
};

} // namespace sb::ui
