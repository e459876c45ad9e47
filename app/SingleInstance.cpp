#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace sb::app {

namespace {
const QByteArray kRaise = QByteArrayLiteral("raise\n");
const QByteArray kRaised = QByteArrayLiteral("ok\n");
constexpr int kTimeoutMs = 2000;
} // namespace

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_name(serverName(dataDir))
{
}

QString SingleInstance::serverName(const QString& dataDir)
{
    // The same folder written two ways (relative, trailing slash) must give the same name.
    const QString path = QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return QStringLiteral("switchboard-%1").arg(QString::fromLatin1(hash));
}

bool SingleInstance::askRunningInstanceToRaise()
{
    // Blocking waits are fine here: this runs before the event loop and the window exist.
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(kTimeoutMs))
        return false;
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(kTimeoutMs))
            return false;
    return socket.readLine() == kRaised;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by a crashed console: nobody answered above, so it is stale.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == kRaise) {
                    emit raiseRequested();
                    socket->write(kRaised);
                }
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

} // namespace sb::app
