#pragma once

#include "core/Result.h"

#include <QSqlError>

namespace sb {

// Turns a driver error into words a user can act on. SQLite's codes are mapped to stable error codes:
// database_corrupt, database_readonly, database_locked, database_full, database_error.
[[nodiscard]] Error sqlError(const QSqlError& error, const QString& databasePath);
// The same for an SQLite result code (primary or extended) and its message.
[[nodiscard]] Error sqliteError(int code, const QString& detail, const QString& databasePath);

} // namespace sb
