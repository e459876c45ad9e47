#include "core/CommandLine.h"

#include "BuildInfo.h"
#include "core/DataDir.h"

#include <QCoreApplication>

namespace sb::cli {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("switchboard.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
}

void addOptions(QCommandLineParser& parser, unsigned flags)
{
    parser.addHelpOption();
    parser.addVersionOption();
    if (flags & DataDirFlag)
        parser.addOption({QStringLiteral("data-dir"),
                          QCoreApplication::translate("sb::cli", "Keep the database, logs and agent.json in <dir> "
                                                                 "(default: %1).")
                              .arg(DataDir::defaultPath()),
                          QStringLiteral("dir")});
    if (flags & SandboxFlags) {
        parser.addOption({QStringLiteral("sandbox"),
                          QCoreApplication::translate("sb::cli", "Run against the embedded provider sandbox instead "
                                                                 "of the real Google, Microsoft, Twilio, Stripe and "
                                                                 "Slack services.")});
        parser.addOption({QStringLiteral("sandbox-seed"),
                          QCoreApplication::translate("sb::cli", "Seed for the sandbox's demo data (default 1)."),
                          QStringLiteral("n"), QStringLiteral("1")});
    }
    if (flags & ApiPortFlag)
        parser.addOption({QStringLiteral("api-port"),
                          QCoreApplication::translate("sb::cli", "Port of the local admin API on 127.0.0.1 "
                                                                 "(default: a free port, see agent.json)."),
                          QStringLiteral("n"), QStringLiteral("0")});
    if (flags & LangFlag)
        parser.addOption({QStringLiteral("lang"),
                          QCoreApplication::translate("sb::cli", "User interface language, e.g. en or de."),
                          QStringLiteral("code")});
    if (flags & MinimizedFlag)
        parser.addOption({QStringLiteral("minimized"),
                          QCoreApplication::translate("sb::cli", "Start in the system tray without showing the "
                                                                 "window.")});
}

Result<AgentOptions> agentOptions(const QCommandLineParser& parser, unsigned flags)
{
    AgentOptions options;
    options.dataDir = (flags & DataDirFlag) && parser.isSet(QStringLiteral("data-dir"))
                          ? parser.value(QStringLiteral("data-dir"))
                          : DataDir::defaultPath();
    if (flags & SandboxFlags) {
        options.sandbox = parser.isSet(QStringLiteral("sandbox"));
        bool ok = false;
        options.sandboxSeed = parser.value(QStringLiteral("sandbox-seed")).toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("bad_flag"),
                        QCoreApplication::translate("sb::cli", "--sandbox-seed needs a whole number, got \"%1\".")
                            .arg(parser.value(QStringLiteral("sandbox-seed"))));
    }
    if (flags & ApiPortFlag) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("api-port")).toUInt(&ok);
        if (!ok || port > 65535)
            return fail(QStringLiteral("bad_flag"),
                        QCoreApplication::translate("sb::cli", "--api-port needs a port number from 0 to 65535, "
                                                               "got \"%1\".")
                            .arg(parser.value(QStringLiteral("api-port"))));
        options.apiPort = quint16(port);
    }
    if (flags & LangFlag)
        options.language = parser.value(QStringLiteral("lang"));
    return options;
}

} // namespace sb::cli
