#pragma once

#include <QString>

namespace sb {

class AdminApi;
class ToolExecutor;
class ToolRegistry;

// GET /tools (?format=vapi) and POST /agents/:agentId/tools/:toolName (?connection=ID, ?userId=): the tool input is
// the JSON body; answers {"auditLogId","status","output"} or an error that carries the auditLogId.
void registerToolRoutes(AdminApi& api, const ToolRegistry& registry, ToolExecutor& executor);

// The HTTP status for a failed run's error code (400 invalid input, 404 unknown tool, 409 account state,
// 502 provider refused, 504 provider timeout, 503 audit unavailable).
[[nodiscard]] int httpStatusForToolError(const QString& code);

} // namespace sb
