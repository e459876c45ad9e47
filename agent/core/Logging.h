#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcAgent)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)

namespace sb::logging {

// Sends every message to stderr and to DATA_DIR/logs/switchboard.log, rotated at 5 MiB with 3 old files kept.
void install(const QString& dataDir, const QString& processName);

[[nodiscard]] QString logFilePath(const QString& dataDir);

} // namespace sb::logging
