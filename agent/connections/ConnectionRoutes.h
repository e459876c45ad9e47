#pragma once

namespace sb {

class AdminApi;
class ConnectionService;

// The admin API's /connections routes (switchboardctl and scripts use them):
//   GET    /connections                              → [ConnectionInfo…]
//   POST   /connections/:provider/authorize {label}  → {flowId, authorizeUrl, redirectUri, embeddedAllowed, expiresAt}
//   GET    /connections/flows/:flowId                → {state: pending|finished|error, connection | error}
//   POST   /connections/flows/:flowId/redirect {url} → the outcome, once the pasted redirect has been redeemed
//   POST   /connections/flows/:flowId/cancel
//   POST   /connections/:provider/api-key {fields:{…}, label}
//   DELETE /connections/:id                          → {id, message}
//   POST   /connections/:id/test                     → {id, message}
//   POST   /connections/:id/label {label}, POST /connections/:id/default
//   PUT    /providers/:provider/client {clientId, clientSecret, testing, issuer, authorizeUrl, tokenUrl, scopes…}
//   GET    /providers/:provider/client            → the same without the secret (+ usesSandboxClient)
// The actor recorded in connection events is "cli:<user>" / "console:<user>" when the caller says so in the
// X-Switchboard-Actor header, else "api".
void addConnectionRoutes(AdminApi& api, ConnectionService& service);

} // namespace sb
