#pragma once

#include "core/AgentOptions.h"
#include "core/Result.h"

#include <QCommandLineParser>

namespace sb::cli {

// The flags each executable accepts; all three share --data-dir, --version and --help.
enum Flag : unsigned {
    DataDirFlag = 1u << 0,
    SandboxFlags = 1u << 1, // --sandbox, --sandbox-seed
    ApiPortFlag = 1u << 2,
    LangFlag = 1u << 3,
    MinimizedFlag = 1u << 4,
};

// Sets the one application identity all three executables share (so their default data dir is the same).
void setApplicationIdentity();

void addOptions(QCommandLineParser& parser, unsigned flags);

// Reads the parsed flags; a bad value (port out of range, seed not a number) is an error naming the flag.
[[nodiscard]] Result<AgentOptions> agentOptions(const QCommandLineParser& parser, unsigned flags);

} // namespace sb::cli
