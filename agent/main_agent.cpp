// switchboard-agent: the agent without the console (servers, tests, headless machines).
#include "core/Agent.h"
#include "core/CommandLine.h"
#include "core/Logging.h"
#include "core/QuitOnSignal.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    sb::cli::setApplicationIdentity();
    sb::registerAgentTypes();

    constexpr unsigned flags = sb::cli::DataDirFlag | sb::cli::SandboxFlags | sb::cli::ApiPortFlag | sb::cli::LangFlag;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Switchboard agent: keeps provider connections, runs tools and serves the "
                                            "local admin API, without the console."));
    sb::cli::addOptions(parser, flags);
    parser.process(app);
    QTextStream err(stderr);
    const sb::Result<sb::AgentOptions> options = sb::cli::agentOptions(parser, flags);
    if (!options) {
        err << "switchboard-agent: " << options.error().message << Qt::endl;
        return 2;
    }

    sb::logging::install(options->dataDir, QStringLiteral("switchboard-agent"));
    sb::quitOnTerminationSignals();

    sb::Agent agent(*options);
    int exitCode = 0;
    QObject::connect(&agent, &sb::Agent::startFailed, &app, [&](const sb::Error& error) {
        err << "switchboard-agent: " << error.message << Qt::endl;
        exitCode = error.code == QLatin1String("already_running") ? 3 : 1;
        app.exit(exitCode);
    });
    QObject::connect(&agent, &sb::Agent::started, &app, [](const sb::AgentStatus& status) {
        QTextStream out(stdout);
        out << "Switchboard agent " << status.version << " running\n"
            << "  data dir: " << status.dataDir << "\n"
            << "  admin API: " << (status.apiUrl.isEmpty() ? QStringLiteral("off (") + status.keychain.message + u')'
                                                           : status.apiUrl.toString())
            << "\n";
        if (status.sandbox)
            out << "  sandbox: " << status.sandboxControlUrl.toString() << "\n";
        out.flush();
    });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &agent, &sb::Agent::stop);
    QMetaObject::invokeMethod(&agent, &sb::Agent::start, Qt::QueuedConnection);
    const int code = app.exec();
    return exitCode ? exitCode : code;
}
