#pragma once

#include "core/AgentTypes.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace sb {
class AgentClient;
}

namespace sb::ui {

class AboutDialog;
class Sidebar;
class TrayIcon;

// The console's window: a sidebar of pages, the page stack, the agent's state in the status bar, a banner when the
// agent failed, and the tray entry. It only talks to the agent through AgentClient.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AgentClient* client, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] static QStringList pageIds();
    void showPage(const QString& id);
    [[nodiscard]] QString currentPageId() const;
    [[nodiscard]] QWidget* page(const QString& id) const;

    void showAgentFailure(const sb::Error& error);
    // Shows, un-minimises and raises the window (tray "Open", a second `switchboard` on the same data dir).
    void raiseWindow();
    void showAbout();

    [[nodiscard]] TrayIcon* trayIcon() const { return m_tray; }

signals:
    // Quit was chosen (menu, Ctrl+Q, tray) or the window closed without a tray to keep running in.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void buildMenus();
    void buildTray();
    void showStatus(const sb::AgentStatus& status);

    AgentClient* m_client = nullptr;
    AgentStatus m_status;
    Sidebar* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_stateLabel = nullptr;
    TrayIcon* m_tray = nullptr;
    QPointer<AboutDialog> m_about;
    bool m_trayHintShown = false;
};

} // namespace sb::ui
