#pragma once

#include <QSystemTrayIcon>

class QMenu;

namespace sb::ui {

// The tray entry that keeps the agent reachable while the window is closed: click or "Open" shows the window,
// "Quit" stops the agent and quits.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    void setStateText(const QString& text);

signals:
    void openRequested();
    void quitRequested();

private:
    QMenu* m_menu = nullptr;
};

} // namespace sb::ui
