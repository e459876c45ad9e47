#pragma once

#include "core/AgentTypes.h"
#include "pages/ComingPage.h"

class QListWidget;

namespace sb {
class AgentClient;
}

namespace sb::ui {

// Connections (not built yet): says what it will do and already lists the catalog's providers.
class ConnectionsPage : public ComingPage
{
    Q_OBJECT
public:
    explicit ConnectionsPage(AgentClient* client, QWidget* parent = nullptr);

private:
    void showProviders(const QList<sb::ProviderSummary>& providers);

    QListWidget* m_providers = nullptr;
};

} // namespace sb::ui
