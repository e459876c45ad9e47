#include "pages/SandboxPage.h"

#include "ProviderPresentation.h"
#include "core/AgentClient.h"
#include "pages/PageHeader.h"
#include "sandbox/DemoData.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

QLabel* selectable(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SandboxPage::SandboxPage(AgentClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(new PageHeader(QIcon(QStringLiteral(":/icons/app/sandbox.png")), tr("Sandbox"),
                                     tr("A built-in emulator of Google, Microsoft, Twilio, Stripe and Slack on this "
                                        "computer: try every flow with demo accounts and break it on purpose."),
                                     this));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildOffPanel());
    m_stack->addWidget(buildOnPanel());
    layout->addWidget(m_stack, 1);

    connect(client, &AgentClient::statusChanged, this, &SandboxPage::showStatus);
    connect(client, &AgentClient::providersReady, this, &SandboxPage::showProviders);
    connect(client, &AgentClient::sandboxClientsReady, this, &SandboxPage::showClients);
    connect(client, &AgentClient::sandboxFaultApplied, this, &SandboxPage::showFaultApplied);
    connect(client, &AgentClient::requestFailed, this, &SandboxPage::showRequestFailure);
}

QList<std::pair<QString, QString>> SandboxPage::faultKinds()
{
    return {{QStringLiteral("rate_limit"), tr("Rate limit")},
            {QStringLiteral("server_error"), tr("Server error")},
            {QStringLiteral("expire_tokens"), tr("Expire tokens")}};
}

QString SandboxPage::faultLabel(const QString& kind) const
{
    for (const auto& [id, label] : faultKinds())
        if (id == kind)
            return label;
    return kind == QLatin1String("reset") ? tr("Reset") : kind;
}

QWidget* SandboxPage::buildOffPanel()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_offText = new QLabel(panel);
    m_offText->setObjectName(QStringLiteral("sandboxOffText"));
    m_offText->setWordWrap(true);
    m_offText->setTextFormat(Qt::RichText);
    m_offText->setText(tr("Waiting for the agent…"));
    layout->addWidget(m_offText);
    layout->addStretch();
    return panel;
}

QWidget* SandboxPage::buildOnPanel()
{
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(14);

    auto* control = new QHBoxLayout;
    control->addWidget(new QLabel(tr("Control API:"), body));
    m_controlUrl = selectable(QString(), body);
    m_controlUrl->setObjectName(QStringLiteral("sandboxControlUrl"));
    control->addWidget(m_controlUrl, 1);
    layout->addLayout(control);

    m_providerBox = new QGroupBox(tr("Providers and faults"), body);
    m_providerGrid = new QGridLayout(m_providerBox);
    m_providerGrid->setHorizontalSpacing(10);
    layout->addWidget(m_providerBox);

    m_faultStatus = new QLabel(tr("Faults last until the sandbox is reset; each button calls its control API."), body);
    m_faultStatus->setObjectName(QStringLiteral("faultStatus"));
    m_faultStatus->setWordWrap(true);
    auto* reset = new QPushButton(tr("Reset sandbox"), body);
    reset->setObjectName(QStringLiteral("sandboxResetButton"));
    reset->setToolTip(tr("Clear every fault and start the sandbox's demo data afresh"));
    connect(reset, &QPushButton::clicked, this, [this] { sendFault(QString(), QStringLiteral("reset")); });
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_faultStatus, 1);
    statusRow->addWidget(reset);
    layout->addLayout(statusRow);

    auto* accounts = new QGroupBox(tr("Demo accounts"), body);
    auto* accountsLayout = new QVBoxLayout(accounts);
    QStringList lines;
    for (const auto& account : sandbox::demo::accounts())
        lines << QStringLiteral("<b>%1</b> — %2").arg(account.email.toHtmlEscaped(), account.name.toHtmlEscaped());
    auto* accountList = new QLabel(lines.join(QStringLiteral("<br>")), accounts);
    accountList->setObjectName(QStringLiteral("demoAccounts"));
    accountList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    accountsLayout->addWidget(accountList);
    auto* accountNote = new QLabel(tr("Every provider in the sandbox knows both accounts; sign in as either one "
                                      "when a connection asks."),
                                   accounts);
    accountNote->setWordWrap(true);
    accountNote->setForegroundRole(QPalette::PlaceholderText);
    accountsLayout->addWidget(accountNote);
    layout->addWidget(accounts);

    auto* clients = new QGroupBox(tr("Demo clients"), body);
    auto* clientsLayout = new QVBoxLayout(clients);
    m_clients = new QTreeWidget(clients);
    m_clients->setObjectName(QStringLiteral("demoClients"));
    m_clients->setRootIsDecorated(false);
    m_clients->setHeaderLabels({tr("Provider"), tr("Client ID"), tr("Client secret (demo only)")});
    m_clients->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clients->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_clients->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    clientsLayout->addWidget(m_clients);
    layout->addWidget(clients);
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

void SandboxPage::showStatus(const AgentStatus& status)
{
    const bool wasRunning = m_status.state == AgentState::Running;
    m_status = status;
    if (status.state != AgentState::Running || !status.sandbox) {
        m_stack->setCurrentIndex(0);
        if (status.state == AgentState::Starting)
            m_offText->setText(tr("Waiting for the agent…"));
        else if (status.state == AgentState::Failed)
            m_offText->setText(tr("The agent did not start, so there is no sandbox."));
        else
            m_offText->setText(
                tr("<p>The sandbox is off: this console talks to the real services.</p>"
                   "<p>To try Switchboard without real accounts, start it with the built-in emulator:</p>"
                   "<pre>  switchboard --sandbox\n  switchboard --sandbox --sandbox-seed 42</pre>"
                   "<p>Use a separate data folder (<tt>--data-dir</tt>) to keep sandbox connections apart from real "
                   "ones.</p>"));
        return;
    }
    m_stack->setCurrentIndex(1);
    m_controlUrl->setText(status.sandboxControlUrl.toString());

    rebuildProviderRows();

    if (!wasRunning || !m_clientsRequested) {
        m_clientsRequested = true;
        m_client->requestSandboxClients();
    }
}

QIcon SandboxPage::providerIcon(const QString& id) const
{
    const auto it = m_catalog.constFind(id);
    return it != m_catalog.cend() ? ProviderPresentation::icon(*it)
                                  : ProviderPresentation::badge(id, ProviderPresentation::displayName(id));
}

QString SandboxPage::providerName(const QString& id) const
{
    const auto it = m_catalog.constFind(id);
    return it != m_catalog.cend() && !it->displayName.isEmpty() ? it->displayName
                                                                 : ProviderPresentation::displayName(id);
}

void SandboxPage::showProviders(const QList<ProviderSummary>& providers)
{
    m_catalog.clear();
    for (const ProviderSummary& provider : providers)
        m_catalog.insert(provider.id, provider);
    rebuildProviderRows();
    showClients(m_demoClients);
}

void SandboxPage::rebuildProviderRows()
{
    // One row per emulated provider: icon, name, base URL, one button per fault kind. Rebuilt only when what it
    // shows changes: every window's requests answer on the shared client, so the same data arrives again and again.
    QStringList key;
    for (auto it = m_status.sandboxProviders.cbegin(); it != m_status.sandboxProviders.cend(); ++it)
        key << it.key() << it.value().toString() << providerName(it.key()) << m_catalog.value(it.key()).iconPath;
    if (key == m_rowsKey)
        return;
    m_rowsKey = key;
    while (QLayoutItem* item = m_providerGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (auto it = m_status.sandboxProviders.cbegin(); it != m_status.sandboxProviders.cend(); ++it, ++row) {
        const QString provider = it.key();
        auto* icon = new QLabel(m_providerBox);
        icon->setPixmap(providerIcon(provider).pixmap(20, 20));
        m_providerGrid->addWidget(icon, row, 0);
        m_providerGrid->addWidget(new QLabel(providerName(provider), m_providerBox), row, 1);
        auto* url = selectable(it.value().toString(), m_providerBox);
        url->setObjectName(QStringLiteral("sandboxUrl_%1").arg(provider));
        m_providerGrid->addWidget(url, row, 2);
        int column = 3;
        for (const auto& [kind, label] : faultKinds()) {
            auto* button = new QPushButton(label, m_providerBox);
            button->setObjectName(QStringLiteral("fault_%1_%2").arg(provider, kind));
            button->setToolTip(tr("Send \"%1\" to the %2 sandbox").arg(label, providerName(provider)));
            connect(button, &QPushButton::clicked, this, [this, provider, kind] { sendFault(provider, kind); });
            m_providerGrid->addWidget(button, row, column++);
        }
    }
    m_providerGrid->setColumnStretch(2, 1);
    // Widgets added to a visible parent are only shown by a queued call; show them now so the rows never blink.
    for (int i = 0; i < m_providerGrid->count(); ++i)
        if (QWidget* widget = m_providerGrid->itemAt(i)->widget())
            widget->show();
}

void SandboxPage::showClients(const QList<SandboxDemoClient>& clients)
{
    m_demoClients = clients;
    m_clients->clear();
    for (const SandboxDemoClient& client : clients) {
        auto* item = new QTreeWidgetItem(m_clients);
        item->setIcon(0, providerIcon(client.provider));
        item->setText(0, providerName(client.provider));
        item->setText(1, client.clientId);
        item->setText(2, client.clientSecret);
    }
}

void SandboxPage::sendFault(const QString& provider, const QString& kind)
{
    m_faultStatus->setText(provider.isEmpty() ? tr("Resetting the sandbox…")
                                              : tr("Sending \"%1\" to %2…").arg(faultLabel(kind), providerName(provider)));
    m_client->applySandboxFault(provider, kind);
}

void SandboxPage::showFaultApplied(const QString& provider, const QString& kind)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (provider.isEmpty())
        m_faultStatus->setText(tr("Sandbox reset at %1.").arg(time));
    else
        m_faultStatus->setText(tr("%1: \"%2\" applied at %3.").arg(providerName(provider), faultLabel(kind), time));
}

void SandboxPage::showRequestFailure(const QString& operation, const Error& error)
{
    if (operation != QLatin1String("sandboxFault"))
        return;
    m_faultStatus->setText(tr("The sandbox refused: %1").arg(error.message));
}

} // namespace sb::ui
