#pragma once

#include "core/AgentTypes.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QDialog;
class QLabel;
class QVBoxLayout;

namespace sb {
class AgentClient;
}

namespace sb::ui {

class AccountRow;
class ConnectionCard;
class SignInLauncher;
class SystemBrowserPanel;

// Connections: a card per catalog provider with its connected accounts. Connect signs in (SignInLauncher) or asks
// for an API key (ApiKeyDialog); each account can be renamed, made the default, tested, reconnected and
// disconnected (after a confirmation). Every call goes through AgentClient and comes back as a signal; the card
// shows a busy line meanwhile and the outcome in words afterwards.
class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPage(AgentClient* client, QWidget* parent = nullptr);

    [[nodiscard]] ConnectionCard* card(const QString& provider) const { return m_cards.value(provider); }
    [[nodiscard]] SignInLauncher* signInLauncher() const { return m_launcher; }
    [[nodiscard]] SystemBrowserPanel* systemBrowserPanel() const { return m_panel; }
    // The API-key or provider dialog currently open (tests fill it in).
    [[nodiscard]] QDialog* openDialog() const { return m_dialog; }

private:
    void showStatus(const sb::AgentStatus& status);
    void showProviders(const QList<sb::ProviderSummary>& providers);
    void showConnections(const QList<sb::ConnectionInfo>& connections);
    void connectProvider(const QString& provider, const QString& label = {});
    void openApiKeyDialog(const sb::ProviderSummary& provider, const QString& label);
    void openProviderSetup(const QString& provider, const QString& reason = {});
    void signInFinished(const QString& provider, const sb::ConnectOutcome& outcome);
    void wireRow(AccountRow* row);
    void confirmDisconnect(qint64 id);
    void showDisconnected(qint64 id, const QString& message);
    void showTested(qint64 id, bool ok, const QString& message);
    void showNeedsReconnect(const sb::ConnectionInfo& connection);
    void showRequestFailure(const QString& operation, const sb::Error& error);
    void showPageMessage(const QString& words, bool error);
    [[nodiscard]] std::optional<sb::ConnectionInfo> connection(qint64 id) const;
    [[nodiscard]] AccountRow* row(qint64 id) const;
    [[nodiscard]] QString providerName(const QString& provider) const;

    AgentClient* m_client;
    SignInLauncher* m_launcher = nullptr;
    SystemBrowserPanel* m_panel = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_waiting = nullptr;
    QVBoxLayout* m_cardsLayout = nullptr;
    QMap<QString, ConnectionCard*> m_cards;
    QList<sb::ConnectionInfo> m_connections;
    QMap<qint64, QString> m_disconnecting; // id → provider, until the agent answers
    QPointer<QDialog> m_dialog;
};

} // namespace sb::ui
