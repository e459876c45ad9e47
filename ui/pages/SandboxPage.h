#pragma once

#include "core/AgentTypes.h"

#include <QHash>
#include <QIcon>
#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace sb {
class AgentClient;
}

namespace sb::ui {

// The sandbox panel: where each emulated provider listens, the demo accounts and OAuth clients, and buttons that
// inject common faults. Without --sandbox it says how to start the sandbox instead.
class SandboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxPage(AgentClient* client, QWidget* parent = nullptr);

    // The per-provider fault kinds the buttons send, with their button labels ("reset" is one button for all).
    [[nodiscard]] static QList<std::pair<QString, QString>> faultKinds();

private:
    QWidget* buildOffPanel();
    QWidget* buildOnPanel();

    void showStatus(const sb::AgentStatus& status);
    void showProviders(const QList<sb::ProviderSummary>& providers);
    void showClients(const QList<sb::SandboxDemoClient>& clients);
    void rebuildProviderRows();
    [[nodiscard]] QIcon providerIcon(const QString& id) const;
    [[nodiscard]] QString providerName(const QString& id) const;
    void sendFault(const QString& provider, const QString& kind);
    void showFaultApplied(const QString& provider, const QString& kind);
    void showRequestFailure(const QString& operation, const sb::Error& error);
    [[nodiscard]] QString faultLabel(const QString& kind) const;

    AgentClient* m_client = nullptr;
    AgentStatus m_status;
    bool m_clientsRequested = false;
    QHash<QString, sb::ProviderSummary> m_catalog; // id → the catalog's name and icon
    QList<sb::SandboxDemoClient> m_demoClients;
    QStringList m_rowsKey; // what the provider rows show now
    QStackedWidget* m_stack = nullptr;
    QLabel* m_offText = nullptr;
    QLabel* m_controlUrl = nullptr;
    QGridLayout* m_providerGrid = nullptr;
    QWidget* m_providerBox = nullptr;
    QTreeWidget* m_clients = nullptr;
    QLabel* m_faultStatus = nullptr;
};

} // namespace sb::ui
