// sb_tools_test_agent: switchboard-agent with the test credential source (Twilio and Stripe demo keys of the
// sandbox), so process-level tests (a SIGKILL mid-call, switchboardctl) exercise real tool calls without
// connecting accounts first. Same flags as switchboard-agent.
#include "SandboxCredentials.h"
#include "core/Agent.h"
#include "core/CommandLine.h"
#include "core/QuitOnSignal.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    sb::cli::setApplicationIdentity();
    sb::registerAgentTypes();
    constexpr unsigned flags = sb::cli::DataDirFlag | sb::cli::SandboxFlags | sb::cli::ApiPortFlag;
    QCommandLineParser parser;
    sb::cli::addOptions(parser, flags);
    parser.process(app);
    const sb::Result<sb::AgentOptions> options = sb::cli::agentOptions(parser, flags);
    if (!options)
        return 2;
    sb::quitOnTerminationSignals();
    sb::test::SandboxCredentials credentials;
    sb::Agent agent(*options);
    agent.setCredentialSource(&credentials);
    QObject::connect(&agent, &sb::Agent::startFailed, &app, [&app](const sb::Error& error) {
        QTextStream(stderr) << "sb_tools_test_agent: " << error.message << Qt::endl;
        app.exit(1);
    });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &agent, &sb::Agent::stop);
    QMetaObject::invokeMethod(&agent, &sb::Agent::start, Qt::QueuedConnection);
    return app.exec();
}
