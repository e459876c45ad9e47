#pragma once

namespace sb {
class ToolRegistry;
// send_email, list_emails, check_availability, create_event, list_events, append_sheet_row, find_contact.
void registerGoogleTools(ToolRegistry& registry);
} // namespace sb
