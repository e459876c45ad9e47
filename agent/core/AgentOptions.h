#pragma once

#include <QString>

namespace sb {

// What the command line decides for one agent run.
struct AgentOptions
{
    QString dataDir;
    bool sandbox = false;
    quint32 sandboxSeed = 1;
    quint16 apiPort = 0; // 0: a free port
    QString language;    // empty: the system's or the saved setting
    // Tests shorten the keychain timeout; users keep the default.
    int keychainTimeoutMs = 10000;
};

} // namespace sb
