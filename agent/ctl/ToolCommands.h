#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace sb::ctl {

// Exit codes of the tool and audit commands, beyond the common ones (ConnectCommand.h).
enum ToolExitCode { ToolFailed = 6, TrailTampered = 7 };

// switchboardctl's tool and audit commands: tools, run, audit, audit show, audit verify, stats, health.
inline const char kToolCommandsHelp[] =
    "  tools                        List the tools (--json: names, descriptions, input schemas).\n"
    "  run TOOL --input JSON        Run a tool as --agent (default cli:$USER) with the default account of its\n"
    "         [--agent ID] [--connection ID]   provider or --connection; prints the output and the audit log id.\n"
    "  audit [--agent ID] [--tool NAME] [--status S] [--since T] [--until T] [--search TEXT]\n"
    "        [--limit N] [--before ID] [--json|--csv]   List audit records, newest first.\n"
    "  audit show ID                One audit record in full.\n"
    "  audit verify                 Check the tamper-evident chain; names the first record edited, removed or\n"
    "                               reordered.\n"
    "  stats [--agent ID]           Execution counts, success rate, latency (p50/p95) and tools used.\n"
    "  health                       The agent's health as JSON-friendly fields (same as status --json).\n\n";
inline const char kToolExitCodesHelp[] =
    ",\n6 the tool ran and failed (or its input was invalid); the audit log id is printed,\n"
    "7 audit verify found the trail edited, removed or reordered";

[[nodiscard]] bool isToolCommand(const QString& command);
void addToolOptions(QCommandLineParser& parser);
// Checks the arguments; an error message (usage) or empty.
[[nodiscard]] QString checkToolCommand(const QStringList& args, const QCommandLineParser& parser);
// Runs the command against the admin API and ends with done(exitCode).
void runToolCommand(const QUrl& apiUrl, const QString& token, const QCommandLineParser& parser, const QStringList& args,
                    std::function<void(int)> done);

} // namespace sb::ctl
