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
#include "core/QuitOnSignal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTextStream>

#include <cstring>
#include <optional>

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

// --help and --version print and exit; they must work without a display (CI, a terminal over ssh).
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char* flag : {"--help", "-h", "-?", "--help-all", "--version", "-v"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

// Parses the flags and installs the translation they (or the saved setting) choose. Returns an exit code when the
// process should end here (help, version, a bad flag).
std::optional<int> parseCommandLine(QCommandLineParser& parser, sb::ui::Translations& translations,
                                    sb::AgentOptions& options)
{
    // A first pass only learns --lang, so that --help and errors come out in the chosen language.
    QCommandLineParser early;
    sb::cli::addOptions(early, kFlags);
    early.parse(QCoreApplication::arguments());
    const QString flag = early.value(QStringLiteral("lang"));
    if (!flag.isEmpty() && !sb::ui::Translations::available().contains(flag.section(QLatin1Char('_'), 0, 0)))
        return usageError(QCoreApplication::translate("main", "--lang: no translation for \"%1\"; available: %2.")
                              .arg(flag, sb::ui::Translations::available().join(QStringLiteral(", "))));
    translations.install(sb::ui::Translations::choose(flag, sb::ui::UiSettings::language()));

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
    sb::Result<sb::AgentOptions> parsed = sb::cli::agentOptions(parser, kFlags);
    if (!parsed)
        return usageError(parsed.error().message);
    options = *parsed;
    return std::nullopt;
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        sb::cli::setApplicationIdentity();
        sb::ui::Translations translations;
        QCommandLineParser parser;
        sb::AgentOptions options;
        return parseCommandLine(parser, translations, options).value_or(0);
    }

    QApplication app(argc, argv);
    sb::cli::setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app/switchboard-256.png")));
    QApplication::setDesktopFileName(QStringLiteral("switchboard"));
    // Closing the window may only hide it (tray); the window says when to quit.
    QApplication::setQuitOnLastWindowClosed(false);

    sb::ui::Translations translations;
    QCommandLineParser parser;
    sb::AgentOptions options;
    if (const std::optional<int> code = parseCommandLine(parser, translations, options))
        return *code;

    sb::app::SingleInstance instance(options.dataDir);
    if (instance.askRunningInstanceToRaise()) {
        QTextStream(stdout) << QCoreApplication::translate("main",
                                                           "Switchboard is already running for %1; raised its window.")
                                   .arg(QDir::toNativeSeparators(options.dataDir))
                            << '\n';
        return 0;
    }
    instance.listen();

    sb::logging::install(options.dataDir, QStringLiteral("switchboard"));
    sb::registerAgentTypes();
    sb::quitOnTerminationSignals(); // SIGTERM/SIGINT end the event loop, so the agent still cleans up

    sb::AgentThread agentThread(options);
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
