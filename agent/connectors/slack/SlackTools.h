#pragma once

namespace sb {
class ToolRegistry;
// post_message and list_channels (Slack Web API: form-encoded POSTs, HTTP 200 with "ok":false on errors).
void registerSlackTools(ToolRegistry& registry);
} // namespace sb
