#include "pages/ConnectionsPage.h"

#include "ProviderPresentation.h"
#include "core/AgentClient.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace sb::ui {

ConnectionsPage::ConnectionsPage(AgentClient* client, QWidget* parent)
    : ComingPage(QIcon(QStringLiteral(":/icons/app/connections.png")), tr("Connections"),
                 tr("Connect Google, Microsoft 365, Slack, Twilio and Stripe accounts by clicking. Coming next."),
                 {tr("Sign in with OAuth in a browser window, or paste an API key"),
                  tr("See each connection's account, permissions and token health"),
                  tr("Reconnect or remove a connection; its secrets stay in the system keychain")},
                 parent)
{
    auto* heading = new QLabel(tr("Providers you will be able to connect"), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    contentLayout()->addSpacing(8);
    contentLayout()->addWidget(heading);

    m_providers = new QListWidget(this);
    m_providers->setObjectName(QStringLiteral("providerList"));
    m_providers->setIconSize(QSize(32, 32));
    m_providers->setSelectionMode(QAbstractItemView::NoSelection);
    m_providers->setFocusPolicy(Qt::NoFocus);
    m_providers->setSpacing(2);
    contentLayout()->addWidget(m_providers, 1);

    connect(client, &AgentClient::providersReady, this, &ConnectionsPage::showProviders);
}

void ConnectionsPage::showProviders(const QList<ProviderSummary>& providers)
{
    m_providers->clear();
    for (const ProviderSummary& provider : providers) {
        const QString name = provider.displayName.isEmpty() ? provider.id : provider.displayName;
        QString detail = ProviderPresentation::authKindText(provider.authKind);
        if (!provider.tools.isEmpty())
            detail += QStringLiteral(" · ") + tr("%n tool(s)", nullptr, int(provider.tools.size()));
        auto* item = new QListWidgetItem(ProviderPresentation::icon(provider),
                                         QStringLiteral("%1\n%2").arg(name, detail), m_providers);
        item->setData(Qt::UserRole, provider.id);
        item->setToolTip(provider.tools.join(QStringLiteral(", ")));
    }
}

} // namespace sb::ui
