#pragma once

#include "core/Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace sb {

// The folder one agent owns: database, agent.json, logs, install id. One agent per folder, enforced by a lock file.
class DataDir
{
public:
    explicit DataDir(QString path);

    // The default for all three executables: QStandardPaths::AppDataLocation of application "switchboard".
    [[nodiscard]] static QString defaultPath();

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] QString filePath(const QString& name) const;

    // Creates the folder (mode 0700) when missing.
    [[nodiscard]] Status ensureExists() const;

    // A UUID kept in the folder, so two data dirs never share keychain entries.
    [[nodiscard]] Result<QString> installId() const;

    // Takes the folder's agent lock; fails with code "already_running" naming the holder's pid.
    [[nodiscard]] Status lock();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace sb
