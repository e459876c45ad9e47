<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Try &quot;switchboard --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: no translation for &quot;%1&quot;; available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard: the admin console for your connected accounts, with the agent that runs tools for voice assistants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard is already running for %1; raised its window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AgentStatus</name>
    <message>
        <source>Agent starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent running (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConnectionInfo</name>
    <message>
        <source>Connected as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::cli</name>
    <message>
        <source>Keep the database, logs and agent.json in &lt;dir&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the embedded provider sandbox instead of the real Google, Microsoft, Twilio, Stripe and Slack services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the sandbox&apos;s demo data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the local admin API on 127.0.0.1 (default: a free port, see agent.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. en or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-seed needs a whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-port needs a port number from 0 to 65535, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin console for your connected Google, Microsoft 365, Slack, Twilio and Stripe accounts, with the agent that runs tools for your voice assistants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © the Switchboard authors. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::AccountRow</name>
    <message>
        <source>★ Default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools use this account unless they name another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a label, e.g. Sales inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name for this account. Press Enter to save, Escape to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider whether this account still works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 must be reconnected.&lt;/b&gt; %2 Tools cannot use it until you press Reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ApiKeyDialog</name>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard checks these with %1 before saving them, and keeps the secret parts in your system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Support line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and &amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID and Auth Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (SID and secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth &amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret or restricted &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::AuditDetailPane</name>
    <message>
        <source>Select a record to see what went in and came out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies this record as the admin API returns it (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · record #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, finished %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (connection #%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sealed yet (the call is running)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::AuditFilterBar</name>
    <message>
        <source>Search inputs, outputs and errors (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tools and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::AuditLogModel</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tool call, connection and admin action: who asked, what went in and out, and how it ended. Sealed in a hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a tool yourself against a connected account (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the records the filters select as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no record was edited, removed or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is not available: the agent is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see what went in and came out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record #%1 is no longer in the trail (removed by retention).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record #%1 is hidden by the filters; it is shown on the right. Clear the filters to see it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records yet. Tool calls, connections and admin actions appear here as they happen: run a tool to see one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest %1 records shown; more load as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash chain could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n record(s) intact.</source>
        <translation>
            <numerusform>Verified: %n record intact.</numerusform>
            <numerusform>Verified: %n records intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail has been tampered with.&lt;/b&gt; %1 Records from sequence %2 on cannot be trusted; keep a copy of the database for investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 of %2 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::BrowserDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private window: nothing you type here is kept after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secure (http, this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page served by this computer over plain http; it never leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secure (http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted (http).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ComingPage</name>
    <message>
        <source>Coming next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page will let you:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ConnectionCard</name>
    <message>
        <source>Provider &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer or endpoints, client id and secret, scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) connected</source>
        <translation>
            <numerusform>%n account connected</numerusform>
            <numerusform>%n accounts connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must be reconnected</source>
        <translation>
            <numerusform>%n must be reconnected</numerusform>
            <numerusform>%n must be reconnected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add another account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Google, Microsoft 365, Slack, Twilio and Stripe accounts by clicking. Their keys and tokens stay in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or cancel the sign-in to %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the keys of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the provider&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard asks %1 to revoke its access where %1 allows it, and removes the account&apos;s keys from your keychain. Tools can no longer use this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::DateTimeField</name>
    <message>
        <source>e.g. %1 (your time) or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time like 2026-02-24 14:00 or 2026-02-24T14:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::EnumField</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ExternalBrowser</name>
    <message>
        <source>The &quot;Open sign-in pages with&quot; command has no %u. Fix it in Settings, or copy the address below into your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be started. Check &quot;Open sign-in pages with&quot; in Settings, or copy the address below into your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the address below into your browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::GenericProviderDialog</name>
    <message>
        <source>OAuth 2.0 / OpenID provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Switchboard with your provider as a native app whose redirect URI is http://127.0.0.1/callback/generic (any port), then enter what it gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer (discovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the endpoints by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iss&amp;uer URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revocation URL (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;info URL (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: keep the saved one, or none (public client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::JsonField</name>
    <message>
        <source>JSON, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — JSON, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ListField</name>
    <message>
        <source>%1 (separate with commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate the items with commas. For items that contain a comma, write a JSON array: [&quot;a, b&quot;, &quot;c&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard — Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The agent could not start.&lt;/b&gt; %1&lt;br&gt;The console stays open so you can read this. Fix the cause and start Switchboard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent keeps running in the tray. Choose Quit from its menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be reconnected: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::NumberField</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ProviderPresentation</name>
    <message>
        <source>Sign in with OAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic OAuth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::RunToolDialog</name>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — needs reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool&apos;s output shows here after a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool makes changes at %1 (it sends, creates or charges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 account connected — connect one on the &lt;a href=&quot;connections&quot;&gt;Connections page&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Error code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool returned no output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1 ms. Recorded as audit record #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 ms. Recorded as audit record #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::SandboxPage</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in emulator of Google, Microsoft, Twilio, Stripe and Slack on this computer: try every flow with demo accounts and break it on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers and faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every provider in the sandbox knows both accounts; sign in as either one when a connection asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret (demo only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did not start, so there is no sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The sandbox is off: this console talks to the real services.&lt;/p&gt;&lt;p&gt;To try Switchboard without real accounts, start it with the built-in emulator:&lt;/p&gt;&lt;pre&gt;  switchboard --sandbox
  switchboard --sandbox --sandbox-seed 42&lt;/pre&gt;&lt;p&gt;Use a separate data folder (&lt;tt&gt;--data-dir&lt;/tt&gt;) to keep sandbox connections apart from real ones.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; to the %2 sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot; to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; applied at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults last until the sandbox is reset; each button calls its control API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every fault and start the sandbox&apos;s demo data afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox reset at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::SchemaField</name>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::SchemaForm</name>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool takes no input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;*&lt;/span&gt; required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill in at least one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in this or %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the agent keeps its data, how to reach its admin API, and how the console behaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts and switchboardctl send this token as &quot;Authorization: Bearer …&quot;. Keep it secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when Switchboard starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so closing the window quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the agent did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::SignInLauncher</name>
    <message>
        <source>Starting the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow signing in inside apps, so Switchboard opened its sign-in page in your browser. Sign in there and allow access; this page updates by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to sign in inside Switchboard, so its sign-in page opened in your browser instead. Sign in there; this page updates by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::SignInSettingsGroup</name>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always use my browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to every provider in your own browser instead of Switchboard&apos;s sign-in window. Google always uses your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sign-in pages with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the program and its options; %u stands for the sign-in address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command needs %u where the sign-in address goes, e.g. &quot;firefox %u&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in pages open with: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::StatsPage</name>
    <message>
        <source>Tool stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each tool runs, how often it fails and how long it takes, per tool and per caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant, automation or person whose tool executions to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool executions that finished in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of executions that succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions that failed, or were interrupted by an agent crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (p50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the executions took at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile (p95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % of the executions took at most this long: the slow tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions over time, succeeded and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions per tool, succeeded and failed; the table beside it has the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions per tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions per caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tool an assistant, an automation or you run is counted here. To see some:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a tool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Run a tool yourself against a connected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Point an assistant or automation at the local API: Settings shows its address and API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Or pick a longer range: older executions may be there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stats are not available: the agent is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the stats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool execution(s) %1, %2</source>
        <translation>
            <numerusform>%n tool execution %1, %2</numerusform>
            <numerusform>%n tool executions %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them succeeded</source>
        <translation>
            <numerusform>%n of them succeeded</numerusform>
            <numerusform>%n of them succeeded</numerusform>
        </translation>
    </message>
    <message>
        <source>No executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed or were interrupted</source>
        <translation>
            <numerusform>%n failed or were interrupted</numerusform>
            <numerusform>%n failed or were interrupted</numerusform>
        </translation>
    </message>
    <message>
        <source>Half of the executions took at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 percent of the executions took at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week, from Monday (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executions in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) with executions. </source>
        <translation>
            <numerusform>%n bar with executions. </numerusform>
            <numerusform>%n bars with executions. </numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 succeeded, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool executions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool executions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool executions by %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool executions by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::StatsTableModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n execution(s), %2 succeeded, average %3</source>
        <translation>
            <numerusform>%1: %n execution, %2 succeeded, average %3</numerusform>
            <numerusform>%1: %n executions, %2 succeeded, average %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n execution</numerusform>
            <numerusform>%n executions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of executions that succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or interrupted executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median duration: half of the executions took at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile: 95 % of the executions took at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::SyncsPage</name>
    <message>
        <source>Syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep contacts, calendars and customers from your connected accounts in step. Coming next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the state and last run of each sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause and retry a sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read why a sync failed, in words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::SystemBrowserPanel</name>
    <message>
        <source>Finish signing in in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in another browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard opened %1&apos;s sign-in page in your browser. Sign in there and allow access; this page updates by itself. If no browser opened, copy the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting… %n s</source>
        <translation>
            <numerusform>Waiting… %n s</numerusform>
            <numerusform>Waiting… %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::TrayIcon</name>
    <message>
        <source>Open Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::WebhooksPage</name>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive events from Stripe, Slack and Twilio and check that they really come from them. Coming next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints and signing secrets per provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every delivered event with its signature check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay an event to test a workflow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
