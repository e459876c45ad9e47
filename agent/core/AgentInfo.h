#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>
#include <QUrl>

namespace sb {

// DATA_DIR/agent.json: how the console and switchboardctl find a running agent. Never holds a secret.
struct AgentInfo
{
    qint64 pid = 0;
    QString version;
    QUrl apiUrl;
    QUrl sandboxUrl;              // the sandbox's control listener, empty without --sandbox
    QMap<QString, QUrl> sandbox;  // provider id → base URL of its sandbox listener

    [[nodiscard]] static QString filePath(const QString& dataDir);

    // Writes atomically (QSaveFile) with mode 0600.
    [[nodiscard]] Status write(const QString& dataDir) const;
    static void remove(const QString& dataDir);

    // Reads the file; a file whose pid no longer runs is reported as error code "stale".
    [[nodiscard]] static Result<AgentInfo> read(const QString& dataDir);
    [[nodiscard]] static bool processIsRunning(qint64 pid);
};

} // namespace sb
