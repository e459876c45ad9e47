// switchboardctl: command-line client of a running agent. It finds the agent through DATA_DIR/agent.json and its
// bearer token in the keychain (or SWITCHBOARD_API_TOKEN).
//
// Exit codes: 0 success; 1 no agent running; 2 usage error; 3 no usable API token (keychain, or 401);
// 4 the agent answered with an error or could not be reached.
#include "core/AgentInfo.h"
#include "core/CommandLine.h"
#include "core/DataDir.h"
#include "ctl/AdminClient.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

enum ExitCode { Ok = 0, NotRunning = 1, Usage = 2, NoToken = 3, AgentError = 4 };

const sb::SecretKey kApiTokenKey{QStringLiteral("admin"), QStringLiteral("api"), QStringLiteral("token")};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printStatus(const QJsonObject& health, const sb::AgentInfo& info)
{
    QTextStream out(stdout);
    const QJsonObject keychain = health.value(QStringLiteral("keychain")).toObject();
    out << "Switchboard agent " << health.value(QStringLiteral("version")).toString() << ": "
        << health.value(QStringLiteral("status")).toString() << "\n"
        << "  pid:       " << health.value(QStringLiteral("pid")).toInteger() << "\n"
        << "  data dir:  " << health.value(QStringLiteral("dataDir")).toString() << "\n"
        << "  admin API: " << info.apiUrl.toString() << "\n"
        << "  sandbox:   "
        << (health.value(QStringLiteral("sandbox")).toBool() ? QStringLiteral("on (%1)").arg(info.sandboxUrl.toString())
                                                            : QStringLiteral("off"))
        << "\n"
        << "  keychain:  " << keychain.value(QStringLiteral("backend")).toString() << " — "
        << keychain.value(QStringLiteral("message")).toString() << "\n"
        << "  uptime:    " << health.value(QStringLiteral("uptimeSeconds")).toInteger() << " s\n";
}

// Runs `then` with the API token: from the environment, else from the keychain entry the agent created.
void withToken(const sb::DataDir& dataDir, std::function<void(sb::Result<QString>)> then)
{
    const QString fromEnv = qEnvironmentVariable("SWITCHBOARD_API_TOKEN");
    if (!fromEnv.isEmpty())
        return then(fromEnv);
    const sb::Result<QString> installId = dataDir.installId();
    if (!installId)
        return then(std::unexpected(installId.error()));
    auto* store = new sb::KeychainSecretStore(*installId, std::chrono::seconds(10), QCoreApplication::instance());
    store->read(kApiTokenKey, std::move(then));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    sb::cli::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Command-line client of a running Switchboard agent.\n\nCommands:\n"
                "  status    Show whether the agent runs, where, and the state of its keychain.\n\n"
                "Exit codes: 0 success, 1 no agent running, 2 usage error, 3 no usable API token,\n"
                "4 the agent answered with an error or could not be reached."));
    sb::cli::addOptions(parser, sb::cli::DataDirFlag);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("main", "Print JSON instead of text.")});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("main", "status"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.first() != QLatin1String("status")) {
        err() << "switchboardctl: unknown or missing command" << (args.isEmpty() ? QString() : u' ' + args.first())
              << ". Try --help.\n";
        return Usage;
    }
    const sb::Result<sb::AgentOptions> options = sb::cli::agentOptions(parser, sb::cli::DataDirFlag);
    const sb::DataDir dataDir(options->dataDir);

    const sb::Result<sb::AgentInfo> info = sb::AgentInfo::read(dataDir.path());
    if (!info) {
        err() << "switchboardctl: " << info.error().message << "\n";
        return NotRunning;
    }
    if (info->apiUrl.isEmpty()) {
        err() << "switchboardctl: the agent runs but its admin API is off (its keychain is unavailable).\n";
        return NoToken;
    }

    int exitCode = Ok;
    const bool json = parser.isSet(QStringLiteral("json"));
    // Started from the event loop, so every path (even one that answers at once) can end it with exit().
    QMetaObject::invokeMethod(&app, [&, info = *info] { withToken(dataDir, [&, info](sb::Result<QString> token) {
        if (!token) {
            err() << "switchboardctl: cannot read the admin API token: " << token.error().message << "\n";
            return QCoreApplication::exit(exitCode = NoToken);
        }
        auto* client = new sb::ctl::AdminClient(info.apiUrl, *token, &app);
        client->get(QStringLiteral("/health"), [&, info](sb::Result<QJsonValue> health) {
            if (!health) {
                err() << "switchboardctl: " << health.error().message << "\n";
                exitCode = health.error().code == QLatin1String("unauthorized") ? NoToken : AgentError;
            } else if (json) {
                QTextStream(stdout) << QJsonDocument(health->toObject()).toJson(QJsonDocument::Indented);
            } else {
                printStatus(health->toObject(), info);
            }
            QCoreApplication::exit(exitCode);
        });
    }); }, Qt::QueuedConnection);
    app.exec();
    return exitCode;
}
