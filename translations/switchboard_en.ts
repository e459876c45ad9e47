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
    <name>sb::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Google, Microsoft 365, Slack, Twilio and Stripe accounts by clicking. Coming next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with OAuth in a browser window, or paste an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See each connection&apos;s account, permissions and token health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect or remove a connection; its secrets stay in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers you will be able to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
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
