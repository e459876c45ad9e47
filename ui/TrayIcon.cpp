#include "TrayIcon.h"

#include <QMenu>

namespace sb::ui {

TrayIcon::TrayIcon(QObject* parent)
    : QSystemTrayIcon(QIcon(QStringLiteral(":/icons/app/switchboard.png")), parent)
    , m_menu(new QMenu) // a QMenu cannot have a QObject parent; deleted in the destructor
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction* open = m_menu->addAction(tr("Open Switchboard"));
    open->setObjectName(QStringLiteral("trayOpenAction"));
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    setContextMenu(m_menu);
    setToolTip(tr("Switchboard"));

    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            emit openRequested();
    });
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::setStateText(const QString& text)
{
    setToolTip(tr("Switchboard — %1").arg(text));
}

} // namespace sb::ui
