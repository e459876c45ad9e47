// switchboardctl: command-line client of a running agent. It finds the agent through DATA_DIR/agent.json and its
// bearer token in the keychain (or SWITCHBOARD_API_TOKEN). Exit codes: see kHelp below.
#include "core/AgentInfo.h"
#include "core/CommandLine.h"
#include "core/DataDir.h"
#include "ctl/AdminClient.h"
#include "ctl/ConnectCommand.h"
#include "ctl/ToolCommands.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

using namespace sb::ctl;

const sb::SecretKey kApiTokenKey{QStringLiteral("admin"), QStringLiteral("api"), QStringLiteral("token")};

const char kHelp[] =
    "Command-line client of a running Switchboard agent.\n\nCommands:\n"
    "  status                       Show whether the agent runs, where, and the state of its keychain.\n"
    "  connections                  List the connected accounts.\n"
    "  connect PROVIDER [--label L] Sign in to an OAuth provider (google, microsoft, slack, generic): prints the\n"
    "                               address to open, then waits until the agent received the sign-in\n"
    "                               (Ctrl-C cancels it; nothing is saved). For twilio and stripe it asks\n"
    "                               for the keys on stdin and saves them once the provider accepted them.\n"
    "         --no-wait             Print the address and exit; the agent keeps waiting (5 minutes).\n"
    "         --paste               For a browser on another machine: paste the final address it shows\n"
    "                               (http://127.0.0.1:…/callback/…, which cannot load there).\n"
    "  disconnect ID                Disconnect an account (revoking Switchboard's access where the provider can).\n\n"
    "%TOOLS%"
    "Exit codes: 0 success, 1 no agent running, 2 usage error, 3 no usable API token,\n"
    "4 the agent answered with an error or could not be reached,\n"
    "5 the sign-in or connection failed (denied, cancelled, timed out, refused by the provider)%EXIT%.";

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

void printConnections(const QJsonArray& list)
{
    QTextStream out(stdout);
    if (list.isEmpty()) {
        out << "No accounts are connected. Connect one with: switchboardctl connect PROVIDER\n";
        return;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("ID"), -4)
               .arg(QStringLiteral("PROVIDER"), -10)
               .arg(QStringLiteral("ACCOUNT"), -34)
               .arg(QStringLiteral("LABEL"), -16)
               .arg(QStringLiteral("STATE"));
    for (const QJsonValue& value : list) {
        const QJsonObject c = value.toObject();
        QString state = c.value(QStringLiteral("stateText")).toString();
        if (c.value(QStringLiteral("isDefault")).toBool())
            state += QStringLiteral(" (default)");
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(QString::number(c.value(QStringLiteral("id")).toInteger()), -4)
                   .arg(c.value(QStringLiteral("provider")).toString(), -10)
                   .arg(c.value(QStringLiteral("account")).toString(), -34)
                   .arg(c.value(QStringLiteral("label")).toString(), -16)
                   .arg(state);
        if (!c.value(QStringLiteral("warning")).toString().isEmpty())
            out << "      ! " << c.value(QStringLiteral("warning")).toString() << "\n";
    }
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

int exitCodeFor(const sb::Error& error)
{
    if (error.code == QLatin1String("unauthorized"))
        return NoToken;
    return AgentError;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    sb::cli::setApplicationIdentity();

    QCommandLineParser parser;
    const QByteArray help = QByteArray(kHelp).replace("%TOOLS%", sb::ctl::kToolCommandsHelp).replace("%EXIT%", sb::ctl::kToolExitCodesHelp);
    parser.setApplicationDescription(QCoreApplication::translate("main", help.constData()));
    sb::cli::addOptions(parser, sb::cli::DataDirFlag);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("main", "Print JSON instead of text.")});
    parser.addOption({QStringLiteral("label"), QCoreApplication::translate("main", "connect: a label for the account."),
                      QStringLiteral("label")});
    parser.addOption({QStringLiteral("no-wait"),
                      QCoreApplication::translate("main", "connect: print the address and exit without waiting.")});
    parser.addOption({QStringLiteral("paste"),
                      QCoreApplication::translate("main", "connect: paste the final redirect address from another "
                                                          "machine's browser.")});
    sb::ctl::addToolOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "status | connections | connect | disconnect"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QStringList known{QStringLiteral("status"), QStringLiteral("connections"), QStringLiteral("connect"),
                            QStringLiteral("disconnect")};
    if (!known.contains(command) && !sb::ctl::isToolCommand(command)) {
        err() << "switchboardctl: unknown or missing command" << (args.isEmpty() ? QString() : u' ' + command)
              << ". Try --help.\n";
        return Usage;
    }
    if ((command == QLatin1String("connect") || command == QLatin1String("disconnect")) && args.size() != 2) {
        err() << "switchboardctl: " << command << " needs one argument ("
              << (command == QLatin1String("connect") ? "a provider" : "a connection id") << "). Try --help.\n";
        return Usage;
    }
    if (const QString problem = sb::ctl::checkToolCommand(args, parser); !problem.isEmpty()) {
        err() << "switchboardctl: " << problem << " Try --help.\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("no-wait")) && parser.isSet(QStringLiteral("paste"))) {
        err() << "switchboardctl: --no-wait and --paste exclude each other.\n";
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
    auto done = [&exitCode](int code) { QCoreApplication::exit(exitCode = code); };
    auto failed = [&done](const sb::Error& error) {
        err() << "switchboardctl: " << error.message << "\n";
        done(exitCodeFor(error));
    };
    // Started from the event loop, so every path (even one that answers at once) can end it with exit().
    QMetaObject::invokeMethod(&app, [&, info = *info] { withToken(dataDir, [&, info](sb::Result<QString> token) {
        if (!token) {
            err() << "switchboardctl: cannot read the admin API token: " << token.error().message << "\n";
            return done(NoToken);
        }
        auto* client = new AdminClient(info.apiUrl, *token, &app);
        client->setActor(QStringLiteral("cli:") + qEnvironmentVariable("USER", QStringLiteral("user")));
        if (sb::ctl::isToolCommand(command))
            return sb::ctl::runToolCommand(info.apiUrl, *token, parser, args, done);
        if (command == QLatin1String("status")) {
            return client->get(QStringLiteral("/health"), [&, info](sb::Result<QJsonValue> health) {
                if (!health)
                    return failed(health.error());
                if (json)
                    QTextStream(stdout) << QJsonDocument(health->toObject()).toJson(QJsonDocument::Indented);
                else
                    printStatus(health->toObject(), info);
                done(Ok);
            });
        }
        if (command == QLatin1String("connections")) {
            return client->get(QStringLiteral("/connections"), [&](sb::Result<QJsonValue> list) {
                if (!list)
                    return failed(list.error());
                if (json)
                    QTextStream(stdout) << QJsonDocument(list->toArray()).toJson(QJsonDocument::Indented);
                else
                    printConnections(list->toArray());
                done(Ok);
            });
        }
        if (command == QLatin1String("disconnect")) {
            client->setTimeout(60000); // revocation waits on the provider
            return client->del(QStringLiteral("/connections/%1").arg(args.at(1)), [&](sb::Result<QJsonValue> answer) {
                if (!answer)
                    return failed(answer.error());
                QTextStream(stdout) << answer->toObject().value(QStringLiteral("message")).toString() << "\n";
                done(Ok);
            });
        }
        const ConnectCommand::Mode mode = parser.isSet(QStringLiteral("paste"))     ? ConnectCommand::Mode::Paste
                                        : parser.isSet(QStringLiteral("no-wait"))   ? ConnectCommand::Mode::NoWait
                                                                                    : ConnectCommand::Mode::Wait;
        auto* connectCommand = new ConnectCommand(client, args.at(1), parser.value(QStringLiteral("label")), mode, &app);
        QObject::connect(connectCommand, &ConnectCommand::finished, &app, done);
        connectCommand->start();
    }); }, Qt::QueuedConnection);
    app.exec();
    return exitCode;
}
