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
    <name>sb::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tool call the agent runs — who asked, what it did and how it ended — in a searchable, tamper-evident trail. Coming next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter records by provider, tool, caller, outcome and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search inputs and results in full text, with secrets redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the hash chain and export records for an auditor</source>
        <translation type="unfinished"></translation>
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
        <source>How often each tool runs, how long it takes and how often it fails. Coming next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, errors and latency per tool and per provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts over the last hour, day and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot a provider that slows down or starts refusing calls</source>
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
