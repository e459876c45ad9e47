#pragma once

#include "audit/AuditTypes.h"
#include "core/Result.h"

#include <QSqlDatabase>

namespace sb {

// Walks the chain in sequence order from the retention checkpoint and names the first record that was edited
// (its seal no longer matches its content), removed (a sequence number is missing) or reordered (its content and
// seal are intact but its seal links to another predecessor).
class AuditVerifier
{
public:
    [[nodiscard]] static Result<AuditVerifyReport> verify(QSqlDatabase& db);
    [[nodiscard]] static QJsonObject toJson(const AuditVerifyReport& report);
};

} // namespace sb
