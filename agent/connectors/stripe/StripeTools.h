#pragma once

namespace sb {
class ToolRegistry;
// create_payment, create_customer, get_subscription, create_subscription (Stripe /v1, form with nested brackets,
// an Idempotency-Key per execution on every write, reused by its retries).
void registerStripeTools(ToolRegistry& registry);
} // namespace sb
