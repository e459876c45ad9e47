#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::sandbox {

// The HTML the authorize routes show. The DOM is a contract tests and the BrowserDialog drive (docs/sandbox.md):
// form#consent POSTs back to the authorize path with `request`, `account` (radio, one per demo account, first checked)
// and `decision` (button#allow = "allow", button#deny = "deny"); ul#scopes lists each scope in plain words.
struct ConsentRequest
{
    QString provider;  // google, microsoft, slack, generic: picks the styling
    QString action;    // the authorize path the form posts to
    QString requestId; // the server-side pending request
    QString clientName;
    QStringList scopes;
};

namespace consent {

[[nodiscard]] QString render(const ConsentRequest& request);
// An error shown instead of redirecting (unknown client, unregistered redirect URI): <title>Error N: code</title>.
[[nodiscard]] QString errorPage(const QString& provider, int status, const QString& code, const QString& description);
// What a scope means, in the provider's words; the raw scope when unknown.
[[nodiscard]] QString describeScope(const QString& scope);

} // namespace consent

} // namespace sb::sandbox
