#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace sb {

// One numbered schema step. Statements are plain SQL kept to what SQLite and PostgreSQL both accept, so the
// PostgreSQL team backend can run the same list (types: INTEGER, TEXT, BIGINT; no AUTOINCREMENT keyword).
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

class Migrations
{
public:
    // The product's schema, in order. Append only: a released step never changes.
    [[nodiscard]] static QList<Migration> all();

    // Brings `db` to the newest version of `steps`, each step in its own transaction, recorded in schema_migrations.
    [[nodiscard]] static Status apply(QSqlDatabase& db, const QList<Migration>& steps);

    // The version recorded in schema_migrations (0 for a new file).
    [[nodiscard]] static Result<int> currentVersion(QSqlDatabase& db);
};

} // namespace sb
