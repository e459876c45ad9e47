#include "pages/ConnectionsPage.h"

#include "ProviderPresentation.h"
#include "auth/SignInLauncher.h"
#include "auth/SystemBrowserPanel.h"
#include "connections/AccountRow.h"
#include "connections/ApiKeyDialog.h"
#include "connections/ConnectionCard.h"
#include "connections/GenericProviderDialog.h"
#include "core/AgentClient.h"
#include "pages/PageHeader.h"

#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sb::ui {

ConnectionsPage::ConnectionsPage(AgentClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
{
    auto* header = new PageHeader(QIcon(QStringLiteral(":/icons/app/connections.png")), tr("Connections"),
                                  tr("Connect Google, Microsoft 365, Slack, Twilio and Stripe accounts by clicking. "
                                     "Their keys and tokens stay in your system keychain."),
                                  this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_panel = new SystemBrowserPanel(this);
    m_launcher = new SignInLauncher(client, m_panel, this, this);

    m_waiting = new QLabel(tr("Waiting for the agent…"), this);
    m_waiting->setObjectName(QStringLiteral("waitingLabel"));
    m_waiting->setForegroundRole(QPalette::PlaceholderText);

    auto* cards = new QWidget;
    cards->setObjectName(QStringLiteral("cardList"));
    m_cardsLayout = new QVBoxLayout(cards);
    m_cardsLayout->setContentsMargins(0, 0, 6, 0);
    m_cardsLayout->setSpacing(10);
    m_cardsLayout->addWidget(m_waiting);
    m_cardsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(header);
    layout->addWidget(m_message);
    layout->addWidget(m_panel);
    layout->addWidget(scroll, 1);

    connect(client, &AgentClient::statusChanged, this, &ConnectionsPage::showStatus);
    connect(client, &AgentClient::providersReady, this, &ConnectionsPage::showProviders);
    connect(client, &AgentClient::connectionsReady, this, &ConnectionsPage::showConnections);
    connect(client, &AgentClient::connectionsChanged, client, &AgentClient::requestConnections);
    connect(client, &AgentClient::connectionNeedsReconnect, this, &ConnectionsPage::showNeedsReconnect);
    connect(client, &AgentClient::disconnected, this, &ConnectionsPage::showDisconnected);
    connect(client, &AgentClient::connectionTested, this, &ConnectionsPage::showTested);
    connect(client, &AgentClient::requestFailed, this, &ConnectionsPage::showRequestFailure);
    connect(m_launcher, &SignInLauncher::progress, this, [this](const QString& provider, const QString& words) {
        if (ConnectionCard* card = m_cards.value(provider)) {
            card->showMessage(QString());
            card->setBusy(true, words);
        }
    });
    connect(m_launcher, &SignInLauncher::finished, this, &ConnectionsPage::signInFinished);
}

void ConnectionsPage::showStatus(const AgentStatus& status)
{
    if (status.state == AgentState::Running)
        m_client->requestConnections();
}

void ConnectionsPage::showProviders(const QList<ProviderSummary>& providers)
{
    m_waiting->setVisible(providers.isEmpty());
    int index = 1; // after the "waiting" line
    for (const ProviderSummary& provider : providers) {
        ConnectionCard* card = m_cards.value(provider.id);
        if (card) {
            card->setProvider(provider);
        } else {
            card = new ConnectionCard(provider);
            m_cards.insert(provider.id, card);
            connect(card, &ConnectionCard::connectRequested, this,
                    [this](const QString& id) { connectProvider(id); });
            connect(card, &ConnectionCard::setupRequested, this,
                    [this](const QString& id) { openProviderSetup(id); });
            connect(card, &ConnectionCard::rowAdded, this, &ConnectionsPage::wireRow);
        }
        m_cardsLayout->insertWidget(index++, card);
        card->show(); // now, not on the layout's next turn: a screenshot or a click may come first
    }
    showConnections(m_connections);
    m_client->requestConnections();
}

void ConnectionsPage::showConnections(const QList<ConnectionInfo>& connections)
{
    m_connections = connections;
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        QList<ConnectionInfo> mine;
        for (const ConnectionInfo& connection : connections)
            if (connection.provider == it.key())
                mine << connection;
        it.value()->setConnections(mine);
    }
}

void ConnectionsPage::connectProvider(const QString& provider, const QString& label)
{
    ConnectionCard* card = m_cards.value(provider);
    if (!card)
        return;
    const ProviderSummary& summary = card->provider();
    if (summary.authKind != QLatin1String("oauth2")) {
        openApiKeyDialog(summary, label);
        return;
    }
    if (!m_launcher->start(provider, providerName(provider), label))
        showPageMessage(tr("Finish or cancel the sign-in to %1 first.").arg(providerName(m_launcher->provider())),
                        true);
    else
        showPageMessage(QString(), false);
}

void ConnectionsPage::openApiKeyDialog(const ProviderSummary& provider, const QString& label)
{
    if (m_dialog)
        m_dialog->close();
    auto* dialog = new ApiKeyDialog(m_client, provider, label, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiKeyDialog::connected, this, [this](const ConnectOutcome& outcome) {
        if (ConnectionCard* card = m_cards.value(outcome.provider))
            card->showMessage(outcome.reconnected ? tr("Updated the keys of %1.").arg(outcome.connection.account)
                                                  : tr("Connected as %1.").arg(outcome.connection.account));
        m_client->requestConnections();
    });
    m_dialog = dialog;
    dialog->open(); // not exec(): no nested event loop
}

void ConnectionsPage::openProviderSetup(const QString& provider, const QString& reason)
{
    ConnectionCard* card = m_cards.value(provider);
    if (!card)
        return;
    if (m_dialog)
        m_dialog->close();
    auto* dialog = new GenericProviderDialog(m_client, card->provider(), reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenericProviderDialog::saved, this, [this](const QString& id) {
        if (ConnectionCard* card = m_cards.value(id))
            card->showMessage(tr("Saved the provider's settings."));
        connectProvider(id);
    });
    m_dialog = dialog;
    dialog->open();
}

void ConnectionsPage::signInFinished(const QString& provider, const ConnectOutcome& outcome)
{
    ConnectionCard* card = m_cards.value(provider);
    if (card)
        card->setBusy(false);
    if (outcome.ok()) {
        if (card)
            card->showMessage(outcome.reconnected ? tr("Reconnected %1.").arg(outcome.connection.account)
                                                  : tr("Connected as %1.").arg(outcome.connection.account));
        m_client->requestConnections();
        return;
    }
    if (outcome.error.code == QLatin1String("needs_issuer") || outcome.error.code == QLatin1String("oauth_no_client")) {
        openProviderSetup(provider, outcome.error.message);
        return;
    }
    if (card)
        card->showMessage(outcome.error.message, outcome.error.code != QLatin1String("cancelled"));
}

void ConnectionsPage::wireRow(AccountRow* added)
{
    connect(added, &AccountRow::renameRequested, m_client, &AgentClient::renameConnection);
    connect(added, &AccountRow::makeDefaultRequested, m_client, &AgentClient::setDefaultConnection);
    connect(added, &AccountRow::testRequested, this, [this](qint64 id) {
        if (AccountRow* r = row(id))
            r->setBusy(true, tr("Asking the provider…"));
        m_client->testConnection(id);
    });
    connect(added, &AccountRow::reconnectRequested, this, [this](qint64 id) {
        if (const auto info = connection(id))
            connectProvider(info->provider, info->label);
    });
    connect(added, &AccountRow::disconnectRequested, this, &ConnectionsPage::confirmDisconnect);
}

void ConnectionsPage::confirmDisconnect(qint64 id)
{
    const auto info = connection(id);
    if (!info)
        return;
    const QString who = info->label.isEmpty() ? info->account : QStringLiteral("%1 (%2)").arg(info->label, info->account);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Disconnect %1?").arg(providerName(info->provider)),
                                tr("Disconnect %1 from %2?").arg(who, providerName(info->provider)), QMessageBox::NoButton,
                                this);
    box->setObjectName(QStringLiteral("disconnectConfirm"));
    box->setInformativeText(tr("Switchboard asks %1 to revoke its access where %1 allows it, and removes the "
                               "account's keys from your keychain. Tools can no longer use this account.")
                                .arg(providerName(info->provider)));
    QPushButton* yes = box->addButton(tr("&Disconnect"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDisconnectButton"));
    QPushButton* no = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id, provider = info->provider](QAbstractButton* button) {
        if (button != yes)
            return;
        m_disconnecting.insert(id, provider);
        if (AccountRow* r = row(id))
            r->setBusy(true, tr("Disconnecting…"));
        m_client->disconnectConnection(id);
    });
    box->open();
}

void ConnectionsPage::showDisconnected(qint64 id, const QString& message)
{
    const QString provider = m_disconnecting.take(id);
    if (ConnectionCard* card = m_cards.value(provider))
        card->showMessage(message);
    else
        showPageMessage(message, false);
    m_client->requestConnections();
}

void ConnectionsPage::showTested(qint64 id, bool ok, const QString& message)
{
    if (AccountRow* r = row(id))
        r->showResult(ok, message);
}

void ConnectionsPage::showNeedsReconnect(const ConnectionInfo& connection)
{
    // The account's row shows the banner once the list is read again (the tray says it too).
    if (ConnectionCard* card = m_cards.value(connection.provider))
        card->showMessage(QString());
    m_client->requestConnections();
}

void ConnectionsPage::showRequestFailure(const QString& operation, const Error& error)
{
    if (operation == QLatin1String("connections")) {
        if (error.code != QLatin1String("not_running")) // the status change asks again
            showPageMessage(tr("Could not read the connections: %1").arg(error.message), true);
        return;
    }
    if (operation == QLatin1String("disconnect")) {
        for (auto it = m_disconnecting.cbegin(); it != m_disconnecting.cend(); ++it)
            if (AccountRow* r = row(it.key()))
                r->showResult(false, error.message);
        m_disconnecting.clear();
        return;
    }
    if (operation == QLatin1String("rename") || operation == QLatin1String("setDefault")) {
        showPageMessage(error.message, true);
        m_client->requestConnections(); // put the saved label / default back
    }
}

void ConnectionsPage::showPageMessage(const QString& words, bool error)
{
    m_message->setText(words);
    m_message->setStyleSheet(error ? QStringLiteral("color: #8a1c14;") : QString());
    m_message->setVisible(!words.isEmpty());
}

std::optional<ConnectionInfo> ConnectionsPage::connection(qint64 id) const
{
    for (const ConnectionInfo& connection : m_connections)
        if (connection.id == id)
            return connection;
    return std::nullopt;
}

AccountRow* ConnectionsPage::row(qint64 id) const
{
    for (ConnectionCard* card : m_cards)
        if (AccountRow* found = card->row(id))
            return found;
    return nullptr;
}

QString ConnectionsPage::providerName(const QString& provider) const
{
    if (ConnectionCard* card = m_cards.value(provider); card && !card->provider().displayName.isEmpty())
        return card->provider().displayName;
    return ProviderPresentation::displayName(provider);
}

} // namespace sb::ui
