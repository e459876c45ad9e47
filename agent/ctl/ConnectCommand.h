#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

namespace sb::ctl {

class AdminClient;

// switchboardctl exit codes (documented in --help).
enum ExitCode { Ok = 0, NotRunning = 1, Usage = 2, NoToken = 3, AgentError = 4, ConnectFailed = 5 };

// `switchboardctl connect PROVIDER`. For Twilio and Stripe it asks for the keys on stdin (not echoed on a terminal)
// and has the agent check and save them. For OAuth providers it asks the agent to start a sign-in, prints the
// authorization URL, then
//  - waits, polling the flow until the agent's loopback listener got the redirect (a live line on a tty);
//  - or (--no-wait) exits at once, leaving the agent waiting;
//  - or (--paste) reads the final redirect URL from stdin (a browser on another machine, where the redirect to
//    127.0.0.1 failed) and hands it to the agent, which checks it exactly like one its listener caught.
class ConnectCommand : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Wait, NoWait, Paste };

    ConnectCommand(AdminClient* client, QString provider, QString label, Mode mode, QObject* parent = nullptr);
    void start();

signals:
    void finished(int exitCode);

private:
    void connectWithKey();
    void cancelOnInterrupt();
    void poll();
    void paste();
    void report(const QJsonObject& outcome);
    void failWith(const QString& message, int exitCode);
    void endLiveLine();

    AdminClient* m_client;
    QString m_provider;
    QString m_label;
    Mode m_mode;
    QString m_flowId;
    QTimer m_pollTimer;
    QElapsedTimer m_elapsed;
    bool m_tty = false;
    bool m_liveLine = false;
    bool m_polling = false;
};

} // namespace sb::ctl
