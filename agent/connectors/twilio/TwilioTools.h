#pragma once

namespace sb {
class ToolRegistry;
// send_sms, initiate_call, get_call, list_phone_numbers (Twilio REST 2010-04-01, HTTP Basic).
void registerTwilioTools(ToolRegistry& registry);
} // namespace sb
