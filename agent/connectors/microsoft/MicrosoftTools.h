#pragma once

namespace sb {
class ToolRegistry;
// microsoft_send_email and microsoft_create_event (Microsoft Graph; "send_email"/"create_event" on a Microsoft
// connection resolve to these).
void registerMicrosoftTools(ToolRegistry& registry);
} // namespace sb
