#pragma once

#include "core/AgentTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sb {
class AgentClient;
}

namespace sb::ui {

// Where the agent keeps its data, how to reach its admin API, which provider URLs are in force, and the console's
// own preferences. The API token stays masked until "Show" is pressed and is masked again when the page hides.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(AgentClient* client, QWidget* parent = nullptr);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildAgentGroup();
    QWidget* buildApiGroup();
    QWidget* buildProvidersGroup();
    QWidget* buildConsoleGroup();

    void showStatus(const sb::AgentStatus& status);
    void showProviders(const QList<sb::ProviderSummary>& providers);
    void showToken(const QString& token);
    void showRequestFailure(const QString& operation, const sb::Error& error);
    void requestTokenWhenNeeded();
    void setTokenVisible(bool visible);
    void copyToken();

    AgentClient* m_client = nullptr;
    AgentStatus m_status;
    bool m_tokenRequested = false;

    QLabel* m_dataDir = nullptr;
    QLabel* m_databasePath = nullptr;
    QLabel* m_keychain = nullptr;
    QLabel* m_apiUrl = nullptr;
    QLineEdit* m_token = nullptr;
    QPushButton* m_showToken = nullptr;
    QPushButton* m_copyToken = nullptr;
    QLabel* m_tokenNote = nullptr;
    QTreeWidget* m_providers = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_keepInTray = nullptr;
};

} // namespace sb::ui
