#include "store/SqlError.h"

#include <QDir>
#include <QObject>

namespace sb {

Error sqlError(const QSqlError& error, const QString& databasePath)
{
    // QSQLITE reports the primary result code as nativeErrorCode() (sqlite3_errcode).
    return sqliteError(error.nativeErrorCode().toInt(), error.text(), databasePath);
}

Error sqliteError(int code, const QString& detail, const QString& databasePath)
{
    const QString file = QDir::toNativeSeparators(databasePath);
    switch (code & 0xff) {
    case 26: // SQLITE_NOTADB
    case 11: // SQLITE_CORRUPT
        return {QStringLiteral("database_corrupt"),
                QObject::tr("The database %1 is damaged or is not a Switchboard database (%2). Restore it from a "
                            "backup, or move it away to start afresh.")
                    .arg(file, detail)};
    case 8: // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
        return {QStringLiteral("database_readonly"),
                QObject::tr("The database %1 cannot be written (%2). Check the file's and the folder's permissions "
                            "and free space.")
                    .arg(file, detail)};
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {QStringLiteral("database_locked"),
                QObject::tr("The database %1 is locked by another program (%2). Close it and try again.")
                    .arg(file, detail)};
    case 13: // SQLITE_FULL
        return {QStringLiteral("database_full"),
                QObject::tr("The disk holding %1 is full (%2). Free some space; nothing was lost.").arg(file, detail)};
    default:
        return {QStringLiteral("database_error"), QObject::tr("Database error in %1: %2").arg(file, detail)};
    }
}

} // namespace sb
