#pragma once

#include "audit/AuditTypes.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>

namespace sb {

// Shared between an export running on a read thread and the window showing its progress.
struct AuditExportControl
{
    std::atomic<qint64> written{0};
    std::atomic<qint64> total{-1}; // -1 until counted
    std::atomic<bool> cancelled{false};
};

enum class AuditExportFormat { Csv, Json };

// Writes the records matching a filter, newest first, as CSV (one row per record, input/output as JSON text) or
// as a JSON array of the API's full record objects. Pages through the trail with the id cursor, so memory stays
// flat at any size. The file is written through QSaveFile: `path` is replaced only once everything is written,
// and a cancelled or failed export leaves it as it was.
class AuditExporter
{
    Q_DECLARE_TR_FUNCTIONS(AuditExporter)

public:
    static constexpr int kPageSize = 2000;

    [[nodiscard]] static Result<qint64> write(QSqlDatabase& db, const AuditFilter& filter, const QString& path,
                                              AuditExportFormat format, AuditExportControl& control);
    [[nodiscard]] static QStringList csvHeader();
};

} // namespace sb
