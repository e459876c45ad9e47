#pragma once

class QObject;

namespace sb {

class AdminApi;
class AuditWriter;
class Database;

// The audit API (shapes as in seed 002's "Audit API Endpoints"), read on the store's read pool:
//   GET /agents/:agentId/audit-logs?limit=&before=   newest first; `before` is the last id of the previous page
//   GET /agents/:agentId/tool-stats?bucket=hour|day  from the rollups, with a timeline
//   GET /audit-summary
//   GET /audit-logs/:logId                           input/output as parsed JSON
//   GET /audit-logs?agent=&tool=&status=&kind=&since=&until=&search=&limit=&before=   (switchboardctl audit)
//   GET /audit/verify                                the chain check (switchboardctl audit verify)
//   POST /audit/events                               a connection or admin event from a client
// (GET/PUT /audit/settings, the retention, are registered by ToolService.)
void registerAuditRoutes(AdminApi& api, Database& database, AuditWriter& writer, QObject* context);

} // namespace sb
