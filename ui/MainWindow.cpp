#include "MainWindow.h"

#include "AboutDialog.h"
#include "Sidebar.h"
#include "TrayIcon.h"
#include "UiSettings.h"
#include "core/AgentClient.h"
#include "pages/AuditPage.h"
#include "pages/ConnectionsPage.h"
#include "pages/SandboxPage.h"
#include "pages/SettingsPage.h"
#include "pages/StatsPage.h"
#include "pages/SyncsPage.h"
#include "pages/WebhooksPage.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sb::ui {

MainWindow::MainWindow(AgentClient* client, QWidget* parent)
    : QMainWindow(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Switchboard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app/switchboard-256.png")));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("agentBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel#agentBanner { background: #fde2e1; color: #8a1c14;"
                                           " border-bottom: 1px solid #f1a9a4; padding: 10px 16px; }"));
    m_banner->hide();

    m_sidebar = new Sidebar(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    buildPages();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setChildrenCollapsible(false);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_stateLabel = new QLabel(tr("Agent starting…"), this);
    m_stateLabel->setObjectName(QStringLiteral("agentStateLabel"));
    statusBar()->addWidget(m_stateLabel, 1);

    buildMenus();
    buildTray();

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(client, &AgentClient::statusChanged, this, &MainWindow::showStatus);
    m_sidebar->setCurrentRow(0);
    m_sidebar->setFocus();
    resize(1080, 720);

    client->refreshStatus();
    client->requestProviders();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageIds()
{
    return {QStringLiteral("connections"), QStringLiteral("audit"),   QStringLiteral("stats"),
            QStringLiteral("syncs"),       QStringLiteral("webhooks"), QStringLiteral("sandbox"),
            QStringLiteral("settings")};
}

void MainWindow::buildPages()
{
    const QList<std::pair<QString, QString>> titles{
        {QStringLiteral("connections"), tr("Connections")}, {QStringLiteral("audit"), tr("Audit log")},
        {QStringLiteral("stats"), tr("Tool stats")},         {QStringLiteral("syncs"), tr("Syncs")},
        {QStringLiteral("webhooks"), tr("Webhooks")},        {QStringLiteral("sandbox"), tr("Sandbox")},
        {QStringLiteral("settings"), tr("Settings")}};
    for (const auto& [id, title] : titles) {
        QWidget* page = nullptr;
        if (id == QLatin1String("connections"))
            page = new ConnectionsPage(m_client);
        else if (id == QLatin1String("audit"))
            page = new AuditPage(m_client);
        else if (id == QLatin1String("stats"))
            page = new StatsPage(m_client->auditReader());
        else if (id == QLatin1String("syncs"))
            page = new SyncsPage;
        else if (id == QLatin1String("webhooks"))
            page = new WebhooksPage;
        else if (id == QLatin1String("sandbox"))
            page = new SandboxPage(m_client);
        else
            page = new SettingsPage(m_client);
        page->setObjectName(id + QStringLiteral("Page"));
        m_stack->addWidget(page);
        m_sidebar->addPage(id, QIcon(QStringLiteral(":/icons/app/%1.png").arg(id)), title);
    }
    // "Run a tool…" on the stats page's empty state: the run lands in the audit log, so it runs from there.
    auto* audit = qobject_cast<AuditPage*>(page(QStringLiteral("audit")));
    connect(qobject_cast<StatsPage*>(page(QStringLiteral("stats"))), &StatsPage::runToolRequested, this, [this, audit] {
        showPage(QStringLiteral("audit"));
        audit->openRunToolDialog();
    });
    connect(audit, &AuditPage::connectionsPageRequested, this, [this] { showPage(QStringLiteral("connections")); });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &MainWindow::quitRequested);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        const QString id = m_sidebar->pageId(row);
        QAction* action = view->addAction(m_sidebar->item(row)->icon(), m_sidebar->item(row)->text(),
                                          QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)), this,
                                          [this, id] { showPage(id); });
        action->setObjectName(QStringLiteral("showPage_%1").arg(id));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Switchboard"), QKeySequence(Qt::Key_F1), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::raiseWindow);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quitRequested);
    // A connection the agent can no longer refresh: say so even while the window is hidden; a click shows the card.
    connect(m_client, &AgentClient::connectionNeedsReconnect, m_tray, [this](const ConnectionInfo& connection) {
        m_tray->showMessage(tr("Reconnect %1").arg(connection.displayName),
                            tr("%1 must be reconnected: %2").arg(connection.account, connection.stateReason),
                            QSystemTrayIcon::Warning);
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        raiseWindow();
        showPage(QStringLiteral("connections"));
    });
    m_tray->show();
}

void MainWindow::showPage(const QString& id)
{
    const int row = m_sidebar->rowOf(id);
    if (row >= 0)
        m_sidebar->setCurrentRow(row);
}

QString MainWindow::currentPageId() const
{
    return m_sidebar->pageId(m_stack->currentIndex());
}

QWidget* MainWindow::page(const QString& id) const
{
    const int row = m_sidebar->rowOf(id);
    return row >= 0 ? m_stack->widget(row) : nullptr;
}

void MainWindow::showStatus(const AgentStatus& status)
{
    const bool becameRunning = status.state == AgentState::Running && m_status.state != AgentState::Running;
    m_status = status;
    m_stateLabel->setText(status.stateText());
    if (m_tray)
        m_tray->setStateText(status.stateText());
    setWindowTitle(status.sandbox ? tr("Switchboard — Sandbox") : tr("Switchboard"));
    if (status.state == AgentState::Failed)
        showAgentFailure(Error{QStringLiteral("agent_failed"), status.error});
    else
        m_banner->hide();
    // The catalog's URLs change once the sandbox is up: ask again.
    if (becameRunning)
        m_client->requestProviders();
}

void MainWindow::showAgentFailure(const Error& error)
{
    m_banner->setText(tr("<b>The agent could not start.</b> %1<br>The console stays open so you can read this. "
                         "Fix the cause and start Switchboard again.")
                          .arg(error.message.toHtmlEscaped()));
    m_banner->show();
    m_stateLabel->setText(tr("Agent failed: %1").arg(error.message));
    if (!isVisible())
        raiseWindow(); // started --minimized or hidden in the tray: a dead agent must not go unnoticed
}

void MainWindow::raiseWindow()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(m_status, this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_tray && m_tray->isVisible() && UiSettings::keepInTray()) {
        // The agent keeps serving the admin API and tools; the tray brings the window back.
        hide();
        event->ignore();
        if (!m_trayHintShown) {
            m_trayHintShown = true;
            m_tray->showMessage(tr("Switchboard is still running"),
                                tr("The agent keeps running in the tray. Choose Quit from its menu to stop it."));
        }
        return;
    }
    event->accept();
    emit quitRequested();
}

} // namespace sb::ui
