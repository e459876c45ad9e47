#include "store/SqliteStatement.h"

#include "store/SqlError.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace sb {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}

Status SqliteStatement::prepare(const QSqlDatabase& db, const char* sql, const QString& path)
{
    m_path = path;
    m_db = sqliteHandle(db);
    if (!m_db)
        return fail(QStringLiteral("database_error"), QObject::tr("Database error in %1: not an open SQLite connection")
                                                          .arg(path));
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    if (const int code = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
        code != SQLITE_OK)
        return std::unexpected(lastError(code));
    return {};
}

SqliteStatement& SqliteStatement::bind(qint64 value)
{
    if (const int code = sqlite3_bind_int64(m_statement, m_next++, value); code != SQLITE_OK && !m_bindError)
        m_bindError = code;
    return *this;
}

SqliteStatement& SqliteStatement::bindText(const QByteArray& utf8)
{
    // SQLITE_TRANSIENT: SQLite copies the text, so a temporary array may be passed.
    const int code = sqlite3_bind_text64(m_statement, m_next++, utf8.isNull() ? "" : utf8.constData(),
                                         sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (code != SQLITE_OK && !m_bindError)
        m_bindError = code;
    return *this;
}

SqliteStatement& SqliteStatement::bindText(const QString& text)
{
    return bindText(text.toUtf8());
}

SqliteStatement& SqliteStatement::bindNull()
{
    if (const int code = sqlite3_bind_null(m_statement, m_next++); code != SQLITE_OK && !m_bindError)
        m_bindError = code;
    return *this;
}

Status SqliteStatement::run()
{
    int code = m_bindError;
    if (!code)
        code = sqlite3_step(m_statement);
    // The error of a failed step is reported by reset(); the code of step() alone can be generic.
    const int resetCode = sqlite3_reset(m_statement);
    m_next = 1;
    m_bindError = 0;
    if (code == SQLITE_DONE || code == SQLITE_ROW)
        return {};
    return std::unexpected(lastError(resetCode != SQLITE_OK ? resetCode : code));
}

Error SqliteStatement::lastError(int code) const
{
    return sqliteError(code, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code)), m_path);
}

} // namespace sb
