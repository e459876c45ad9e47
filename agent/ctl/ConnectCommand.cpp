#include "ctl/ConnectCommand.h"

#include "catalog/ProviderCatalog.h"
#include "ctl/AdminClient.h"

#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace sb::ctl {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// One reader for stdin: a QTextStream buffers ahead, so a second one would miss the lines the first swallowed.
QTextStream& in()
{
    static QTextStream stream(stdin);
    return stream;
}

// Ctrl-C while waiting: the handler only writes a byte (self-pipe); the event loop then cancels the sign-in.
int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(interruptPipe[1], &byte, 1);
}

// Reads one line from stdin; with `secret` and a terminal, without echoing it.
QString readLine(const QString& prompt, bool secret)
{
    const bool tty = isatty(fileno(stdin)) == 1;
    if (tty) {
        out() << prompt;
        out().flush();
    }
    termios saved = {};
    const bool hide = secret && tty && tcgetattr(fileno(stdin), &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSANOW, &quiet);
    }
    const QString line = in().readLine().trimmed();
    if (hide) {
        tcsetattr(fileno(stdin), TCSANOW, &saved);
        out() << "\n";
    }
    return line;
}

} // namespace

ConnectCommand::ConnectCommand(AdminClient* client, QString provider, QString label, Mode mode, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_provider(std::move(provider))
    , m_label(std::move(label))
    , m_mode(mode)
    , m_tty(isatty(fileno(stdout)) == 1)
{
    m_pollTimer.setInterval(500);
    connect(&m_pollTimer, &QTimer::timeout, this, &ConnectCommand::poll);
}

void ConnectCommand::start()
{
    const Result<ProviderCatalog> catalog = ProviderCatalog::loadBuiltIn();
    const ProviderInfo* info = catalog ? catalog->find(m_provider) : nullptr;
    if (info && info->authKind != AuthKind::OAuth2)
        return connectWithKey();
    m_client->post(QStringLiteral("/connections/%1/authorize").arg(m_provider),
                   QJsonObject{{QStringLiteral("label"), m_label}}, [this](Result<QJsonValue> started) {
                       if (!started) {
                           const int code = started.error().code == QLatin1String("unauthorized") ? NoToken
                                          : started.error().code == QLatin1String("unreachable") ? AgentError
                                                                                                 : ConnectFailed;
                           return failWith(started.error().message, code);
                       }
                       const QJsonObject flow = started->toObject();
                       m_flowId = flow.value(QStringLiteral("flowId")).toString();
                       out() << tr("Open this address in a browser to connect %1:").arg(m_provider) << "\n\n  "
                             << flow.value(QStringLiteral("authorizeUrl")).toString() << "\n\n";
                       out().flush();
                       switch (m_mode) {
                       case Mode::NoWait:
                           out() << tr("The agent waits for the sign-in until %1 (sign-in %2). "
                                       "See the result with: switchboardctl connections")
                                        .arg(flow.value(QStringLiteral("expiresAt")).toString(), m_flowId)
                                 << "\n";
                           out().flush();
                           return emit finished(Ok);
                       case Mode::Paste:
                           return paste();
                       case Mode::Wait:
                           cancelOnInterrupt();
                           m_elapsed.start();
                           m_pollTimer.start();
                           return poll();
                       }
                   });
}

void ConnectCommand::connectWithKey()
{
    // Keys are asked on stdin, never taken from the command line (shell history, ps).
    QJsonObject fields;
    if (m_provider == QLatin1String("twilio")) {
        fields.insert(QStringLiteral("account_sid"), readLine(tr("Twilio Account SID (AC…): "), false));
        const QString second = readLine(tr("Auth Token, or an API key SID (SK…): "), true);
        if (second.startsWith(QLatin1String("SK"))) {
            fields.insert(QStringLiteral("api_key_sid"), second);
            fields.insert(QStringLiteral("api_key_secret"), readLine(tr("API key secret: "), true));
        } else {
            fields.insert(QStringLiteral("auth_token"), second);
        }
    } else {
        fields.insert(QStringLiteral("secret_key"), readLine(tr("Stripe secret or restricted key (sk_…/rk_…): "), true));
    }
    m_client->setTimeout(60000);
    m_client->post(QStringLiteral("/connections/%1/api-key").arg(m_provider),
                   QJsonObject{{QStringLiteral("fields"), fields}, {QStringLiteral("label"), m_label}},
                   [this](Result<QJsonValue> outcome) {
                       if (!outcome)
                           return failWith(outcome.error().message, outcome.error().code == QLatin1String("unreachable")
                                                                        ? AgentError
                                                                        : ConnectFailed);
                       report(outcome->toObject());
                   });
}

void ConnectCommand::cancelOnInterrupt()
{
    if (::pipe(interruptPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(interruptPipe[0], &byte, 1);
        notifier->setEnabled(false);
        m_pollTimer.stop();
        // Without this the agent would keep its listener open until the flow times out.
        m_client->post(QStringLiteral("/connections/flows/%1/cancel").arg(m_flowId), {}, [this](Result<QJsonValue>) {
            failWith(tr("Stopped waiting; the sign-in was cancelled and nothing was saved."), ConnectFailed);
        });
    });
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
}

void ConnectCommand::poll()
{
    if (m_polling)
        return; // one request at a time
    m_polling = true;
    m_client->get(QStringLiteral("/connections/flows/%1").arg(m_flowId), [this](Result<QJsonValue> status) {
        m_polling = false;
        if (!status) {
            m_pollTimer.stop();
            return failWith(status.error().message, status.error().code == QLatin1String("unreachable") ? AgentError
                                                                                                           : ConnectFailed);
        }
        const QJsonObject flow = status->toObject();
        if (flow.value(QStringLiteral("state")).toString() != QLatin1String("pending")) {
            m_pollTimer.stop();
            return report(flow);
        }
        if (m_tty) {
            out() << "\r" << tr("Waiting for the sign-in in the browser… %1 s (Ctrl-C stops waiting)")
                                 .arg(m_elapsed.elapsed() / 1000);
            out().flush();
            m_liveLine = true;
        }
    });
}

void ConnectCommand::paste()
{
    out() << tr("After you allow access, the browser goes to an address starting with http://127.0.0.1:…/callback/%1 "
                "(on another machine that page does not load). Copy the whole address from the address bar and "
                "paste it here:")
                 .arg(m_provider)
          << "\n> ";
    out().flush();
    const QString line = in().readLine().trimmed(); // a CLI may block on its own stdin
    if (line.isEmpty())
        return failWith(tr("No address was pasted; the sign-in stays open in the agent until it times out."), ConnectFailed);
    m_client->setTimeout(120000);
    m_client->post(QStringLiteral("/connections/flows/%1/redirect").arg(m_flowId), QJsonObject{{QStringLiteral("url"), line}},
                   [this](Result<QJsonValue> outcome) {
                       if (!outcome)
                           return failWith(outcome.error().message, outcome.error().code == QLatin1String("unreachable")
                                                                        ? AgentError
                                                                        : ConnectFailed);
                       report(outcome->toObject());
                   });
}

void ConnectCommand::endLiveLine()
{
    if (m_liveLine) {
        out() << "\n";
        out().flush();
        m_liveLine = false;
    }
}

void ConnectCommand::report(const QJsonObject& outcome)
{
    endLiveLine();
    if (outcome.value(QStringLiteral("state")).toString() == QLatin1String("finished")) {
        const QJsonObject connection = outcome.value(QStringLiteral("connection")).toObject();
        out() << connection.value(QStringLiteral("stateText")).toString() << " ("
              << connection.value(QStringLiteral("displayName")).toString() << tr(", connection %1")
                                                                                   .arg(connection.value(QStringLiteral("id")).toInteger())
              << (outcome.value(QStringLiteral("reconnected")).toBool() ? tr(", reconnected") : QString()) << ").\n";
        out().flush();
        return emit finished(Ok);
    }
    const QJsonObject error = outcome.value(QStringLiteral("error")).toObject();
    failWith(error.value(QStringLiteral("message")).toString(), ConnectFailed);
}

void ConnectCommand::failWith(const QString& message, int exitCode)
{
    endLiveLine();
    err() << "switchboardctl: " << message << "\n";
    err().flush();
    emit finished(exitCode);
}

} // namespace sb::ctl
