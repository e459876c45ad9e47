// switchboard: the console. Parses the flags, keeps one console per data dir, starts the agent in its own thread
// and builds the window on top of an AgentClient. Everything else lives in ui/ and agent/.

#include "MainWindow.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "UiSettings.h"
#include "core/Agent.h"
#include "core/AgentClient.h"
#include "core/CommandLine.h"
#include "core/Logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

namespace {

constexpr unsigned kFlags = sb::cli::DataDirFlag | sb::cli::SandboxFlags | sb::cli::ApiPortFlag | sb::cli::LangFlag
                            | sb::cli::MinimizedFlag;
constexpr int kBadUsage = 2;

int usageError(const QString& message)
{
    QTextStream(stderr) << "switchboard: " << message << '\n'
                        << QCoreApplication::translate("main", "Try \"switchboard --help\".") << '\n';
    return kBadUsage;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    sb::cli::setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app/switchboard-256.png")));
    QApplication::setDesktopFileName(QStringLiteral("switchboard"));
    // Closing the window may only hide it (tray); the window says when to quit.
    QApplication::setQuitOnLastWindowClosed(false);

    // First pass only to learn --lang, so that --help and errors come out in the chosen language.
    {
        QCommandLineParser early;
        sb::cli::addOptions(early, kFlags);
        early.parse(QCoreApplication::arguments());
        const QString flag = early.value(QStringLiteral("lang"));
        if (!flag.isEmpty() && !sb::ui::Translations::available().contains(flag.section(QLatin1Char('_'), 0, 0)))
            return usageError(QCoreApplication::translate("main", "--lang: no translation for \"%1\"; available: %2.")
                                  .arg(flag, sb::ui::Translations::available().join(QStringLiteral(", "))));
    }
    sb::ui::Translations translations;
    {
        QCommandLineParser early;
        sb::cli::addOptions(early, kFlags);
        early.parse(QCoreApplication::arguments());
        translations.install(sb::ui::Translations::choose(early.value(QStringLiteral("lang")),
                                                          sb::ui::UiSettings::language()));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Switchboard: the admin console for your connected accounts, with the "
                                            "agent that runs tools for voice assistants."));
    sb::cli::addOptions(parser, kFlags);
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("main", "Unexpected argument \"%1\".")
                              .arg(parser.positionalArguments().constFirst()));
    const sb::Result<sb::AgentOptions> options = sb::cli::agentOptions(parser, kFlags);
    if (!options)
        return usageError(options.error().message);

    sb::app::SingleInstance instance(options->dataDir);
    if (instance.askRunningInstanceToRaise()) {
        QTextStream(stdout) << QCoreApplication::translate("main",
                                                           "Switchboard is already running for %1; raised its window.")
                                   .arg(QDir::toNativeSeparators(options->dataDir))
                            << '\n';
        return 0;
    }
    instance.listen();

    sb::logging::install(options->dataDir, QStringLiteral("switchboard"));
    sb::registerAgentTypes();

    sb::AgentThread agentThread(*options);
    sb::AgentClient client(agentThread.agent());
    sb::ui::MainWindow window(&client);
    // Both arrive queued from the agent's thread.
    QObject::connect(agentThread.agent(), &sb::Agent::startFailed, &window, &sb::ui::MainWindow::showAgentFailure);
    QObject::connect(agentThread.agent(), &sb::Agent::started, &client, &sb::AgentClient::refreshStatus);
    QObject::connect(&instance, &sb::app::SingleInstance::raiseRequested, &window, &sb::ui::MainWindow::raiseWindow);
    QObject::connect(&window, &sb::ui::MainWindow::quitRequested, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    agentThread.start();

    if (!parser.isSet(QStringLiteral("minimized")))
        window.show();
    else if (!window.trayIcon())
        window.showMinimized(); // no tray to live in: at least stay reachable from the task bar

    const int code = QApplication::exec();
    window.hide();
    agentThread.stop(); // closes the listeners and removes agent.json before the process ends
    return code;
}
