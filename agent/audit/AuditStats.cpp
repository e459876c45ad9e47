// AuditQuery::snapshot and AuditQuery::filterOptions: the stats page's reads of the rollups.
#include "audit/AuditQuery.h"

namespace sb {

} // namespace sb
