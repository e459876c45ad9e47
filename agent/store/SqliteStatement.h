#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace sb {

// The native handle of a QSQLITE connection; nullptr for any other driver or a closed connection.
[[nodiscard]] sqlite3* sqliteHandle(const QSqlDatabase& db);

// A prepared statement on the native SQLite handle of a QSQLITE connection, for the audit writer's hot path only.
// Why not QSqlQuery: its positional binds format a placeholder name (QString::arg) for every value and hand SQLite
// UTF-16 that SQLite converts back to UTF-8; at tens of thousands of records a second that was a tenth of the
// writer's time. Text goes in here as the UTF-8 it is stored as. Everything else keeps using Qt SQL.
//
// Bind values in placeholder order, then run(); run() resets the statement for the next row.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // `db` must be a QSQLITE connection of this thread; `path` names the file in error messages.
    [[nodiscard]] Status prepare(const QSqlDatabase& db, const char* sql, const QString& path);
    [[nodiscard]] Status prepare(const QSqlDatabase& db, const QByteArray& sql, const QString& path)
    {
        return prepare(db, sql.constData(), path);
    }

    SqliteStatement& bind(qint64 value);
    SqliteStatement& bindText(const QByteArray& utf8); // a null array binds ''
    SqliteStatement& bindText(const QString& text);
    SqliteStatement& bindNull();
    // NULL when `value` is 0 / empty: how the nullable columns store "none".
    SqliteStatement& bindOrNull(qint64 value) { return value ? bind(value) : bindNull(); }
    SqliteStatement& bindTextOrNull(const QByteArray& utf8) { return utf8.isEmpty() ? bindNull() : bindText(utf8); }
    SqliteStatement& bindTextOrNull(const QString& text) { return text.isEmpty() ? bindNull() : bindText(text); }

    // Executes the statement with the values bound since the last run.
    [[nodiscard]] Status run();

private:
    [[nodiscard]] Error lastError(int code) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_path;
    int m_next = 1;      // the next placeholder to bind
    int m_bindError = 0; // the first failed bind, reported by run()
};

} // namespace sb
