#pragma once

#include "connections/ConnectionInfo.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sb::ui {

// One connected account on a provider's card: its state (with a banner when it needs reconnecting), label (edited in
// place), default marker, permissions in plain words, since when, and its buttons. It only reports what the user
// asked for; the page talks to the agent.
class AccountRow : public QFrame
{
    Q_OBJECT
public:
    explicit AccountRow(const sb::ConnectionInfo& connection, QWidget* parent = nullptr);

    void setConnection(const sb::ConnectionInfo& connection, bool oneOfSeveral);
    [[nodiscard]] const sb::ConnectionInfo& connection() const { return m_connection; }

    // Busy while a call for this account is pending; `words` says which ("Testing…").
    void setBusy(bool busy, const QString& words = {});
    void showResult(bool ok, const QString& words);

signals:
    void renameRequested(qint64 id, const QString& label);
    void makeDefaultRequested(qint64 id);
    void testRequested(qint64 id);
    void reconnectRequested(qint64 id);
    void disconnectRequested(qint64 id);

private:
    void commitLabel();

    sb::ConnectionInfo m_connection;
    QLabel* m_banner = nullptr;
    QLabel* m_state = nullptr;
    QLineEdit* m_label = nullptr;
    QLabel* m_default = nullptr;
    QLabel* m_scopes = nullptr;
    QLabel* m_since = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_result = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_makeDefault = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_reconnect = nullptr;
    QPushButton* m_disconnect = nullptr;
};

} // namespace sb::ui
