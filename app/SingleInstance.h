#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace sb::app {

// One console per data dir. The first `switchboard` listens on a local socket named from a hash of the data dir; a
// second one on the same dir connects, asks the first to raise its window, and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);

    [[nodiscard]] static QString serverName(const QString& dataDir);

    // True when another console answered and was asked to raise its window (this process should exit).
    [[nodiscard]] bool askRunningInstanceToRaise();
    // Starts listening; false when the name cannot be taken (then the console runs without the guard).
    bool listen();

signals:
    void raiseRequested();

private:
    void readRequest();

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace sb::app
