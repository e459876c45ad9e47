<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Try &quot;switchboard --help&quot;.</source>
        <translation>„switchboard --help“ zeigt alle Optionen.</translation>
    </message>
    <message>
        <source>--lang: no translation for &quot;%1&quot;; available: %2.</source>
        <translation>--lang: keine Übersetzung für „%1“; vorhanden: %2.</translation>
    </message>
    <message>
        <source>Switchboard: the admin console for your connected accounts, with the agent that runs tools for voice assistants.</source>
        <translation>Switchboard: die Verwaltungskonsole für Ihre verbundenen Konten, mit dem Agenten, der Werkzeuge für Sprachassistenten ausführt.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Switchboard is already running for %1; raised its window.</source>
        <translation>Switchboard läuft bereits für %1; sein Fenster wurde nach vorn geholt.</translation>
    </message>
</context>
<context>
    <name>sb::AgentStatus</name>
    <message>
        <source>Agent starting…</source>
        <translation>Agent startet …</translation>
    </message>
    <message>
        <source>Agent running (sandbox)</source>
        <translation>Agent läuft (Sandbox)</translation>
    </message>
    <message>
        <source>Agent running</source>
        <translation>Agent läuft</translation>
    </message>
    <message>
        <source>Agent failed: %1</source>
        <translation>Agent fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Agent stopped</source>
        <translation>Agent gestoppt</translation>
    </message>
</context>
<context>
    <name>sb::ConnectionInfo</name>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation>Muss neu verbunden werden</translation>
    </message>
    <message>
        <source>Needs reconnect: %1</source>
        <translation>Muss neu verbunden werden: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>sb::cli</name>
    <message>
        <source>Keep the database, logs and agent.json in &lt;dir&gt; (default: %1).</source>
        <translation>Datenbank, Protokolldateien und agent.json in &lt;dir&gt; ablegen (Standard: %1).</translation>
    </message>
    <message>
        <source>Run against the embedded provider sandbox instead of the real Google, Microsoft, Twilio, Stripe and Slack services.</source>
        <translation>Mit der eingebauten Anbieter-Sandbox statt mit den echten Diensten von Google, Microsoft, Twilio, Stripe und Slack arbeiten.</translation>
    </message>
    <message>
        <source>Seed for the sandbox&apos;s demo data (default 1).</source>
        <translation>Startwert für die Demodaten der Sandbox (Standard 1).</translation>
    </message>
    <message>
        <source>Port of the local admin API on 127.0.0.1 (default: a free port, see agent.json).</source>
        <translation>Port der lokalen Admin-API auf 127.0.0.1 (Standard: ein freier Port, siehe agent.json).</translation>
    </message>
    <message>
        <source>User interface language, e.g. en or de.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. en oder de.</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window.</source>
        <translation>Im Systembereich starten, ohne das Fenster zu zeigen.</translation>
    </message>
    <message>
        <source>--sandbox-seed needs a whole number, got &quot;%1&quot;.</source>
        <translation>--sandbox-seed braucht eine ganze Zahl, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--api-port needs a port number from 0 to 65535, got &quot;%1&quot;.</source>
        <translation>--api-port braucht eine Portnummer von 0 bis 65535, erhalten: „%1“.</translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Switchboard %1</translation>
    </message>
    <message>
        <source>The admin console for your connected Google, Microsoft 365, Slack, Twilio and Stripe accounts, with the agent that runs tools for your voice assistants.</source>
        <translation>Die Verwaltungskonsole für Ihre verbundenen Google-, Microsoft-365-, Slack-, Twilio- und Stripe-Konten, mit dem Agenten, der Werkzeuge für Ihre Sprachassistenten ausführt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Switchboard:</source>
        <translation>Switchboard:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL:</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <source>Copyright © the Switchboard authors. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Copyright © die Switchboard-Autoren. Lizenziert unter der GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later).</translation>
    </message>
</context>
<context>
    <name>sb::ui::AccountRow</name>
    <message>
        <source>★ Default account</source>
        <translation>★ Standardkonto</translation>
    </message>
    <message>
        <source>Tools use this account unless they name another.</source>
        <translation>Werkzeuge nutzen dieses Konto, wenn sie kein anderes nennen.</translation>
    </message>
    <message>
        <source>Add a label, e.g. Sales inbox</source>
        <translation>Bezeichnung hinzufügen, z. B. Vertriebs-Postfach</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Your name for this account. Press Enter to save, Escape to undo.</source>
        <translation>Ihr Name für dieses Konto. Eingabetaste speichert, Escape macht rückgängig.</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Ask the provider whether this account still works</source>
        <translation>Beim Anbieter prüfen, ob dieses Konto noch funktioniert</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 must be reconnected.&lt;/b&gt; %2 Tools cannot use it until you press Reconnect.</source>
        <translation>&lt;b&gt;%1 muss neu verbunden werden.&lt;/b&gt; %2 Werkzeuge können es erst wieder nutzen, wenn Sie „Neu verbinden“ wählen.</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <source>Connected since %1</source>
        <translation>Verbunden seit %1</translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation>Muss neu verbunden werden</translation>
    </message>
</context>
<context>
    <name>sb::ui::ApiKeyDialog</name>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Switchboard checks these with %1 before saving them, and keeps the secret parts in your system keychain only.</source>
        <translation>Switchboard prüft diese Angaben bei %1, bevor es sie speichert, und legt die geheimen Teile nur im Schlüsselbund Ihres Systems ab.</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Bezeichnung (optional):</translation>
    </message>
    <message>
        <source>e.g. Support line</source>
        <translation>z. B. Support-Leitung</translation>
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation>Geheimnisse an&amp;zeigen</translation>
    </message>
    <message>
        <source>Check and &amp;connect</source>
        <translation>Prüfen und &amp;verbinden</translation>
    </message>
    <message>
        <source>Account SID and Auth Token</source>
        <translation>Account SID und Auth Token</translation>
    </message>
    <message>
        <source>API key (SID and secret)</source>
        <translation>API-Schlüssel (SID und Geheimnis)</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>&amp;Account SID:</translation>
    </message>
    <message>
        <source>Auth &amp;Token:</source>
        <translation>Auth &amp;Token:</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>API-&amp;Schlüssel-SID:</translation>
    </message>
    <message>
        <source>API key s&amp;ecret:</source>
        <translation>API-Schlüssel-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>Secret or restricted &amp;key:</source>
        <translation>Geheimer oder eingeschränkter &amp;Schlüssel:</translation>
    </message>
</context>
<context>
    <name>sb::ui::AuditDetailPane</name>
    <message>
        <source>Select a record to see what went in and came out.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was hinein- und was herauskam.</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Copies this record as the admin API returns it (Ctrl+Shift+C)</source>
        <translation>Kopiert diesen Eintrag so, wie ihn die Admin-API liefert (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Siegel</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>%1 · record #%2</source>
        <translation>%1 · Eintrag #%2</translation>
    </message>
    <message>
        <source>Connection event</source>
        <translation>Verbindungsereignis</translation>
    </message>
    <message>
        <source>Admin event</source>
        <translation>Admin-Ereignis</translation>
    </message>
    <message>
        <source>%1, finished %2</source>
        <translation>%1, beendet %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (Benutzer %2)</translation>
    </message>
    <message>
        <source>%1 · %2 (connection #%3)</source>
        <translation>%1 · %2 (Verbindung #%3)</translation>
    </message>
    <message>
        <source>%1 · no account</source>
        <translation>%1 · kein Konto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sequence %1
%2</source>
        <translation>Sequenz %1
%2</translation>
    </message>
    <message>
        <source>not sealed yet (the call is running)</source>
        <translation>noch nicht versiegelt (der Aufruf läuft)</translation>
    </message>
</context>
<context>
    <name>sb::ui::AuditFilterBar</name>
    <message>
        <source>Search inputs, outputs and errors (Ctrl+F)</source>
        <translation>Eingaben, Ausgaben und Fehler durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Tool executions</source>
        <translation>Werkzeug-Ausführungen</translation>
    </message>
    <message>
        <source>Connection events</source>
        <translation>Verbindungsereignisse</translation>
    </message>
    <message>
        <source>Admin events</source>
        <translation>Admin-Ereignisse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>All callers</source>
        <translation>Alle Aufrufer</translation>
    </message>
    <message>
        <source>Tool or event</source>
        <translation>Werkzeug oder Ereignis</translation>
    </message>
    <message>
        <source>All tools and events</source>
        <translation>Alle Werkzeuge und Ereignisse</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::AuditLogModel</name>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tool or event</source>
        <translation>Werkzeug oder Ereignis</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>sb::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Every tool call, connection and admin action: who asked, what went in and out, and how it ended. Sealed in a hash chain.</source>
        <translation>Jeder Werkzeugaufruf, jede Verbindung und jede Admin-Aktion: wer gefragt hat, was hinein- und herausging und wie es endete. Versiegelt in einer Hash-Kette.</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Run tool…</source>
        <translation>Werkzeug ausführen …</translation>
    </message>
    <message>
        <source>Run a tool yourself against a connected account (Ctrl+R)</source>
        <translation>Ein Werkzeug selbst mit einem verbundenen Konto ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the records the filters select as CSV or JSON (Ctrl+E)</source>
        <translation>Die von den Filtern ausgewählten Einträge als CSV oder JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Check that no record was edited, removed or reordered</source>
        <translation>Prüfen, dass kein Eintrag geändert, entfernt oder umsortiert wurde</translation>
    </message>
    <message>
        <source>Audit records, newest first</source>
        <translation>Protokolleinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>The audit trail is not available: the agent is not running.</source>
        <translation>Das Audit-Protokoll ist nicht verfügbar: Der Agent läuft nicht.</translation>
    </message>
    <message>
        <source>Select a record to see what went in and came out.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was hinein- und was herauskam.</translation>
    </message>
    <message>
        <source>Record #%1 is no longer in the trail (removed by retention).</source>
        <translation>Eintrag #%1 ist nicht mehr im Protokoll (durch die Aufbewahrungsfrist entfernt).</translation>
    </message>
    <message>
        <source>Record #%1 is hidden by the filters; it is shown on the right. Clear the filters to see it in the list.</source>
        <translation>Eintrag #%1 ist durch die Filter ausgeblendet; er wird rechts angezeigt. Setzen Sie die Filter zurück, um ihn in der Liste zu sehen.</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No records match these filters.</source>
        <translation>Keine Einträge entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No records yet. Tool calls, connections and admin actions appear here as they happen: run a tool to see one.</source>
        <translation>Noch keine Einträge. Werkzeugaufrufe, Verbindungen und Admin-Aktionen erscheinen hier, sobald sie geschehen: Führen Sie ein Werkzeug aus, um einen zu sehen.</translation>
    </message>
    <message>
        <source>Newest %1 records shown; more load as you scroll.</source>
        <translation>Die neuesten %1 Einträge werden angezeigt; beim Blättern werden weitere geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>The hash chain could not be checked: %1</source>
        <translation>Die Hash-Kette konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n record(s) intact.</source>
        <translation>
            <numerusform>Geprüft: %n Eintrag unverändert.</numerusform>
            <numerusform>Geprüft: %n Einträge unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail has been tampered with.&lt;/b&gt; %1 Records from sequence %2 on cannot be trusted; keep a copy of the database for investigation.</source>
        <translation>&lt;b&gt;Das Audit-Protokoll wurde manipuliert.&lt;/b&gt; %1 Einträgen ab Sequenz %2 kann nicht vertraut werden; bewahren Sie eine Kopie der Datenbank für die Untersuchung auf.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export audit records</source>
        <translation>Protokolleinträge exportieren</translation>
    </message>
    <message>
        <source>Counting records…</source>
        <translation>Einträge werden gezählt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting %1 of %2 records…</source>
        <translation>%1 von %2 Einträgen werden exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::BrowserDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>A private window: nothing you type here is kept after signing in.</source>
        <translation>Ein privates Fenster: Nichts, was Sie hier eingeben, bleibt nach der Anmeldung gespeichert.</translation>
    </message>
    <message>
        <source>Secure (https)</source>
        <translation>Sicher (https)</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (https).</source>
        <translation>Die Verbindung zu %1 ist verschlüsselt (https).</translation>
    </message>
    <message>
        <source>Not secure (http, this computer)</source>
        <translation>Nicht sicher (http, dieser Computer)</translation>
    </message>
    <message>
        <source>A page served by this computer over plain http; it never leaves this computer.</source>
        <translation>Eine Seite von diesem Computer über unverschlüsseltes http; sie verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <source>Not secure (http)</source>
        <translation>Nicht sicher (http)</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted (http).</source>
        <translation>Die Verbindung zu %1 ist nicht verschlüsselt (http).</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComingPage</name>
    <message>
        <source>Coming next</source>
        <translation>Kommt als Nächstes</translation>
    </message>
    <message>
        <source>This page will let you:</source>
        <translation>Auf dieser Seite können Sie bald:</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConnectionCard</name>
    <message>
        <source>Provider &amp;settings…</source>
        <translation>Anbieter-&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Issuer or endpoints, client id and secret, scopes</source>
        <translation>Aussteller oder Endpunkte, Client-ID und -Geheimnis, Berechtigungen</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) connected</source>
        <translation>
            <numerusform>%n Konto verbunden</numerusform>
            <numerusform>%n Konten verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must be reconnected</source>
        <translation>
            <numerusform>%n muss neu verbunden werden</numerusform>
            <numerusform>%n müssen neu verbunden werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n Werkzeug</numerusform>
            <numerusform>%n Werkzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Add another account</source>
        <translation>Weiteres Konto &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connect Google, Microsoft 365, Slack, Twilio and Stripe accounts by clicking. Their keys and tokens stay in your system keychain.</source>
        <translation>Google-, Microsoft-365-, Slack-, Twilio- und Stripe-Konten per Klick verbinden. Ihre Schlüssel und Tokens bleiben im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Waiting for the agent…</source>
        <translation>Warte auf den Agenten …</translation>
    </message>
    <message>
        <source>Finish or cancel the sign-in to %1 first.</source>
        <translation>Schließen Sie zuerst die Anmeldung bei %1 ab oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Updated the keys of %1.</source>
        <translation>Die Schlüssel von %1 wurden aktualisiert.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <source>Saved the provider&apos;s settings.</source>
        <translation>Die Einstellungen des Anbieters wurden gespeichert.</translation>
    </message>
    <message>
        <source>Reconnected %1.</source>
        <translation>%1 wurde neu verbunden.</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Anbieter wird gefragt …</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2?</source>
        <translation>%1 von %2 trennen?</translation>
    </message>
    <message>
        <source>Switchboard asks %1 to revoke its access where %1 allows it, and removes the account&apos;s keys from your keychain. Tools can no longer use this account.</source>
        <translation>Switchboard bittet %1, den Zugriff zu widerrufen, soweit %1 das erlaubt, und entfernt die Schlüssel des Kontos aus Ihrem Schlüsselbund. Werkzeuge können dieses Konto danach nicht mehr nutzen.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Wird getrennt …</translation>
    </message>
    <message>
        <source>Could not read the connections: %1</source>
        <translation>Die Verbindungen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::DateTimeField</name>
    <message>
        <source>e.g. %1 (your time) or %2</source>
        <translation>z. B. %1 (Ihre Ortszeit) oder %2</translation>
    </message>
    <message>
        <source>must be a date and time like 2026-02-24 14:00 or 2026-02-24T14:00:00Z</source>
        <translation>muss ein Datum mit Uhrzeit sein, etwa 2026-02-24 14:00 oder 2026-02-24T14:00:00Z</translation>
    </message>
</context>
<context>
    <name>sb::ui::EnumField</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
</context>
<context>
    <name>sb::ui::ExternalBrowser</name>
    <message>
        <source>The &quot;Open sign-in pages with&quot; command has no %u. Fix it in Settings, or copy the address below into your browser.</source>
        <translation>Der Befehl unter „Anmeldeseiten öffnen mit“ enthält kein %u. Korrigieren Sie ihn in den Einstellungen oder kopieren Sie die Adresse unten in Ihren Browser.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be started. Check &quot;Open sign-in pages with&quot; in Settings, or copy the address below into your browser.</source>
        <translation>„%1“ konnte nicht gestartet werden. Prüfen Sie „Anmeldeseiten öffnen mit“ in den Einstellungen oder kopieren Sie die Adresse unten in Ihren Browser.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the address below into your browser.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie die Adresse unten in Ihren Browser.</translation>
    </message>
</context>
<context>
    <name>sb::ui::GenericProviderDialog</name>
    <message>
        <source>OAuth 2.0 / OpenID provider</source>
        <translation>OAuth-2.0-/OpenID-Anbieter</translation>
    </message>
    <message>
        <source>Register Switchboard with your provider as a native app whose redirect URI is http://127.0.0.1/callback/generic (any port), then enter what it gave you.</source>
        <translation>Registrieren Sie Switchboard bei Ihrem Anbieter als native App mit der Weiterleitungsadresse http://127.0.0.1/callback/generic (beliebiger Port) und geben Sie dann die erhaltenen Angaben ein.</translation>
    </message>
    <message>
        <source>&amp;Issuer (discovery)</source>
        <translation>&amp;Aussteller (Discovery)</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Endpunkte</translation>
    </message>
    <message>
        <source>Find the endpoints by:</source>
        <translation>Endpunkte finden über:</translation>
    </message>
    <message>
        <source>Iss&amp;uer URL:</source>
        <translation>Aus&amp;steller-URL:</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>&amp;Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>&amp;Revocation URL (optional):</source>
        <translation>&amp;Widerrufs-URL (optional):</translation>
    </message>
    <message>
        <source>User &amp;info URL (optional):</source>
        <translation>&amp;Userinfo-URL (optional):</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>empty: keep the saved one, or none (public client)</source>
        <translation>leer: das gespeicherte behalten, oder keines (öffentlicher Client)</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Berec&amp;htigungen:</translation>
    </message>
    <message>
        <source>Save and &amp;connect</source>
        <translation>Speichern und &amp;verbinden</translation>
    </message>
</context>
<context>
    <name>sb::ui::JsonField</name>
    <message>
        <source>JSON, e.g. %1</source>
        <translation>JSON, z. B. %1</translation>
    </message>
    <message>
        <source>%1 — JSON, e.g. %2</source>
        <translation>%1 — JSON, z. B. %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::ListField</name>
    <message>
        <source>%1 (separate with commas)</source>
        <translation>%1 (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Separate the items with commas. For items that contain a comma, write a JSON array: [&quot;a, b&quot;, &quot;c&quot;]</source>
        <translation>Trennen Sie die Elemente durch Kommas. Für Elemente, die ein Komma enthalten, schreiben Sie ein JSON-Array: [&quot;a, b&quot;, &quot;c&quot;]</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>item %1 %2</source>
        <translation>Element %1 %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Agent starting…</source>
        <translation>Agent startet …</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Tool stats</source>
        <translation>Werkzeugstatistik</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Abgleiche</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>&amp;Über Switchboard</translation>
    </message>
    <message>
        <source>Switchboard — Sandbox</source>
        <translation>Switchboard – Sandbox</translation>
    </message>
    <message>
        <source>&lt;b&gt;The agent could not start.&lt;/b&gt; %1&lt;br&gt;The console stays open so you can read this. Fix the cause and start Switchboard again.</source>
        <translation>&lt;b&gt;Der Agent konnte nicht starten.&lt;/b&gt; %1&lt;br&gt;Die Konsole bleibt offen, damit Sie dies lesen können. Beheben Sie die Ursache und starten Sie Switchboard erneut.</translation>
    </message>
    <message>
        <source>Agent failed: %1</source>
        <translation>Agent fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Switchboard is still running</source>
        <translation>Switchboard läuft weiter</translation>
    </message>
    <message>
        <source>The agent keeps running in the tray. Choose Quit from its menu to stop it.</source>
        <translation>Der Agent läuft im Systembereich weiter. Wählen Sie „Beenden“ in dessen Menü, um ihn zu stoppen.</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
    <message>
        <source>%1 must be reconnected: %2</source>
        <translation>%1 muss neu verbunden werden: %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::NumberField</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProviderPresentation</name>
    <message>
        <source>Sign in with OAuth</source>
        <translation>Anmeldung per OAuth</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Account ID and secret</source>
        <translation>Konto-ID und Geheimnis</translation>
    </message>
    <message>
        <source>Generic OAuth</source>
        <translation>Allgemeines OAuth</translation>
    </message>
</context>
<context>
    <name>sb::ui::RunToolDialog</name>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source> — needs reconnecting</source>
        <translation> — muss neu verbunden werden</translation>
    </message>
    <message>
        <source> — not working</source>
        <translation> — funktioniert nicht</translation>
    </message>
    <message>
        <source>Run a tool</source>
        <translation>Ein Werkzeug ausführen</translation>
    </message>
    <message>
        <source>Loading tools…</source>
        <translation>Werkzeuge werden geladen …</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen …</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Werkzeug:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eingabe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ergebnis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The tool&apos;s output shows here after a run.</source>
        <translation>Die Ausgabe des Werkzeugs erscheint hier nach der Ausführung.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>Keine Werkzeuge</translation>
    </message>
    <message>
        <source>Choose a tool…</source>
        <translation>Werkzeug auswählen …</translation>
    </message>
    <message>
        <source>This tool makes changes at %1 (it sends, creates or charges).</source>
        <translation>Dieses Werkzeug nimmt Änderungen bei %1 vor (es sendet, erstellt oder belastet).</translation>
    </message>
    <message>
        <source>No %1 account connected — connect one on the &lt;a href=&quot;connections&quot;&gt;Connections page&lt;/a&gt;.</source>
        <translation>Kein %1-Konto verbunden — verbinden Sie eines auf der &lt;a href=&quot;connections&quot;&gt;Seite „Verbindungen“&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1
Error code: %2</source>
        <translation>%1
Fehlercode: %2</translation>
    </message>
    <message>
        <source>The tool returned no output.</source>
        <translation>Das Werkzeug hat keine Ausgabe geliefert.</translation>
    </message>
    <message>
        <source>Failed after %1 ms. Recorded as audit record #%2.</source>
        <translation>Nach %1 ms fehlgeschlagen. Als Protokolleintrag #%2 erfasst.</translation>
    </message>
    <message>
        <source>Done in %1 ms. Recorded as audit record #%2.</source>
        <translation>Fertig in %1 ms. Als Protokolleintrag #%2 erfasst.</translation>
    </message>
    <message>
        <source>The tools could not be listed: %1</source>
        <translation>Die Werkzeuge konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1</source>
        <translation>Die Konten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 wird ausgeführt …</translation>
    </message>
</context>
<context>
    <name>sb::ui::SandboxPage</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>A built-in emulator of Google, Microsoft, Twilio, Stripe and Slack on this computer: try every flow with demo accounts and break it on purpose.</source>
        <translation>Ein eingebauter Nachbau von Google, Microsoft, Twilio, Stripe und Slack auf diesem Computer: jeden Ablauf mit Demokonten ausprobieren und absichtlich stören.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Expire tokens</source>
        <translation>Tokens ablaufen lassen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Waiting for the agent…</source>
        <translation>Warte auf den Agenten …</translation>
    </message>
    <message>
        <source>Control API:</source>
        <translation>Steuer-API:</translation>
    </message>
    <message>
        <source>Providers and faults</source>
        <translation>Anbieter und Störungen</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demokonten</translation>
    </message>
    <message>
        <source>Every provider in the sandbox knows both accounts; sign in as either one when a connection asks.</source>
        <translation>Jeder Anbieter in der Sandbox kennt beide Konten; melden Sie sich mit einem davon an, wenn eine Verbindung danach fragt.</translation>
    </message>
    <message>
        <source>Demo clients</source>
        <translation>Demo-Clients</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret (demo only)</source>
        <translation>Client-Geheimnis (nur Demo)</translation>
    </message>
    <message>
        <source>The agent did not start, so there is no sandbox.</source>
        <translation>Der Agent ist nicht gestartet, daher gibt es keine Sandbox.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The sandbox is off: this console talks to the real services.&lt;/p&gt;&lt;p&gt;To try Switchboard without real accounts, start it with the built-in emulator:&lt;/p&gt;&lt;pre&gt;  switchboard --sandbox
  switchboard --sandbox --sandbox-seed 42&lt;/pre&gt;&lt;p&gt;Use a separate data folder (&lt;tt&gt;--data-dir&lt;/tt&gt;) to keep sandbox connections apart from real ones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Sandbox ist aus: Diese Konsole spricht mit den echten Diensten.&lt;/p&gt;&lt;p&gt;Um Switchboard ohne echte Konten auszuprobieren, starten Sie es mit dem eingebauten Nachbau:&lt;/p&gt;&lt;pre&gt;  switchboard --sandbox
  switchboard --sandbox --sandbox-seed 42&lt;/pre&gt;&lt;p&gt;Verwenden Sie einen eigenen Datenordner (&lt;tt&gt;--data-dir&lt;/tt&gt;), damit Sandbox-Verbindungen von echten getrennt bleiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; to the %2 sandbox</source>
        <translation>„%1“ an die %2-Sandbox senden</translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot; to %2…</source>
        <translation>Sende „%1“ an %2 …</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; applied at %3.</source>
        <translation>%1: „%2“ um %3 angewendet.</translation>
    </message>
    <message>
        <source>The sandbox refused: %1</source>
        <translation>Die Sandbox hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Faults last until the sandbox is reset; each button calls its control API.</source>
        <translation>Störungen bleiben, bis die Sandbox zurückgesetzt wird; jede Schaltfläche ruft ihre Steuer-API auf.</translation>
    </message>
    <message>
        <source>Reset sandbox</source>
        <translation>Sandbox zurücksetzen</translation>
    </message>
    <message>
        <source>Clear every fault and start the sandbox&apos;s demo data afresh</source>
        <translation>Alle Störungen aufheben und die Demodaten der Sandbox neu beginnen</translation>
    </message>
    <message>
        <source>Resetting the sandbox…</source>
        <translation>Setze die Sandbox zurück …</translation>
    </message>
    <message>
        <source>Sandbox reset at %1.</source>
        <translation>Sandbox um %1 zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>sb::ui::SchemaField</name>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>mehr als ein Wert</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 (at character %2)</source>
        <translation>ist kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
</context>
<context>
    <name>sb::ui::SchemaForm</name>
    <message>
        <source>Item %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
    <message>
        <source>This tool takes no input.</source>
        <translation>Dieses Werkzeug braucht keine Eingabe.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;*&lt;/span&gt; required</source>
        <translation>&lt;span style=&quot;color:#b3261e&quot;&gt;*&lt;/span&gt; erforderlich</translation>
    </message>
    <message>
        <source>fill in at least one of: %1</source>
        <translation>mindestens eines ausfüllen: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Fill in this or %1</source>
        <translation>Dieses Feld oder %1 ausfüllen</translation>
    </message>
</context>
<context>
    <name>sb::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Where the agent keeps its data, how to reach its admin API, and how the console behaves.</source>
        <translation>Wo der Agent seine Daten ablegt, wie seine Admin-API erreichbar ist und wie sich die Konsole verhält.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Waiting for the agent…</source>
        <translation>Warte auf den Agenten …</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Schlüsselbund:</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin-API</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Lese das Token aus dem Schlüsselbund …</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Bearer-Token:</translation>
    </message>
    <message>
        <source>Scripts and switchboardctl send this token as &quot;Authorization: Bearer …&quot;. Keep it secret.</source>
        <translation>Skripte und switchboardctl senden dieses Token als „Authorization: Bearer …“. Halten Sie es geheim.</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>URLs in use</source>
        <translation>Verwendete URLs</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Applies when Switchboard starts next time.</source>
        <translation>Gilt ab dem nächsten Start von Switchboard.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Systembereich weiterlaufen</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so closing the window quits.</source>
        <translation>Auf diesem Desktop wurde kein Systembereich gefunden; Schließen des Fensters beendet das Programm.</translation>
    </message>
    <message>
        <source>Not available: the agent did not start.</source>
        <translation>Nicht verfügbar: Der Agent ist nicht gestartet.</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>overridden (sandbox)</source>
        <translation>umgeleitet (Sandbox)</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>umgeleitet</translation>
    </message>
    <message>
        <source>real service</source>
        <translation>echter Dienst</translation>
    </message>
    <message>
        <source>Could not read the token: %1</source>
        <translation>Das Token konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Token copied to the clipboard.</source>
        <translation>Token in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>sb::ui::SignInLauncher</name>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Anmeldung wird gestartet …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>%1 does not allow signing in inside apps, so Switchboard opened its sign-in page in your browser. Sign in there and allow access; this page updates by itself.</source>
        <translation>%1 erlaubt keine Anmeldung innerhalb von Apps, deshalb hat Switchboard die Anmeldeseite in Ihrem Browser geöffnet. Melden Sie sich dort an und erlauben Sie den Zugriff; diese Seite aktualisiert sich von selbst.</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Anmeldung wird abgeschlossen …</translation>
    </message>
    <message>
        <source>%1 refused to sign in inside Switchboard, so its sign-in page opened in your browser instead. Sign in there; this page updates by itself.</source>
        <translation>%1 hat die Anmeldung innerhalb von Switchboard abgelehnt, deshalb wurde die Anmeldeseite stattdessen in Ihrem Browser geöffnet. Melden Sie sich dort an; diese Seite aktualisiert sich von selbst.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>Warten auf Ihre Anmeldung …</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser …</translation>
    </message>
</context>
<context>
    <name>sb::ui::SignInSettingsGroup</name>
    <message>
        <source>Signing in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Always use my browser</source>
        <translation>Immer meinen Browser verwenden</translation>
    </message>
    <message>
        <source>Sign in to every provider in your own browser instead of Switchboard&apos;s sign-in window. Google always uses your browser.</source>
        <translation>Bei jedem Anbieter im eigenen Browser statt im Anmeldefenster von Switchboard anmelden. Google verwendet immer Ihren Browser.</translation>
    </message>
    <message>
        <source>System default browser</source>
        <translation>Standardbrowser des Systems</translation>
    </message>
    <message>
        <source>A command…</source>
        <translation>Ein Befehl …</translation>
    </message>
    <message>
        <source>Open sign-in pages with:</source>
        <translation>Anmeldeseiten öffnen mit:</translation>
    </message>
    <message>
        <source>Type the program and its options; %u stands for the sign-in address.</source>
        <translation>Programm und Optionen eingeben; %u steht für die Anmeldeadresse.</translation>
    </message>
    <message>
        <source>The command needs %u where the sign-in address goes, e.g. &quot;firefox %u&quot;.</source>
        <translation>Der Befehl braucht %u an der Stelle der Anmeldeadresse, z. B. „firefox %u“.</translation>
    </message>
    <message>
        <source>Sign-in pages open with: %1</source>
        <translation>Anmeldeseiten öffnen mit: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::StatsPage</name>
    <message>
        <source>Tool stats</source>
        <translation>Werkzeugstatistik</translation>
    </message>
    <message>
        <source>How often each tool runs, how often it fails and how long it takes, per tool and per caller.</source>
        <translation>Wie oft jedes Werkzeug läuft, wie oft es fehlschlägt und wie lange es dauert, je Werkzeug und je Aufrufer.</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Aufrufer:</translation>
    </message>
    <message>
        <source>All callers</source>
        <translation>Alle Aufrufer</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>The assistant, automation or person whose tool executions to count</source>
        <translation>Der Assistent, die Automatisierung oder die Person, deren Werkzeug-Ausführungen gezählt werden</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Tool executions that finished in the range</source>
        <translation>Werkzeug-Ausführungen, die im Zeitraum beendet wurden</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Share of executions that succeeded</source>
        <translation>Anteil der erfolgreichen Ausführungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Executions that failed, or were interrupted by an agent crash</source>
        <translation>Ausführungen, die fehlschlugen oder durch einen Absturz des Agenten unterbrochen wurden</translation>
    </message>
    <message>
        <source>Median (p50)</source>
        <translation>Median (p50)</translation>
    </message>
    <message>
        <source>Half of the executions took at most this long</source>
        <translation>Die Hälfte der Ausführungen dauerte höchstens so lange</translation>
    </message>
    <message>
        <source>95th percentile (p95)</source>
        <translation>95. Perzentil (p95)</translation>
    </message>
    <message>
        <source>95 % of the executions took at most this long: the slow tail</source>
        <translation>95 % der Ausführungen dauerten höchstens so lange: die langsamen Ausreißer</translation>
    </message>
    <message>
        <source>Executions over time</source>
        <translation>Ausführungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Executions over time, succeeded and failed</source>
        <translation>Ausführungen im Zeitverlauf, erfolgreich und fehlgeschlagen</translation>
    </message>
    <message>
        <source>Per tool</source>
        <translation>Je Werkzeug</translation>
    </message>
    <message>
        <source>Executions per tool, succeeded and failed; the table beside it has the numbers</source>
        <translation>Ausführungen je Werkzeug, erfolgreich und fehlgeschlagen; die Tabelle daneben enthält die Zahlen</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Executions per tool</source>
        <translation>Ausführungen je Werkzeug</translation>
    </message>
    <message>
        <source>Per caller</source>
        <translation>Je Aufrufer</translation>
    </message>
    <message>
        <source>Executions per caller</source>
        <translation>Ausführungen je Aufrufer</translation>
    </message>
    <message>
        <source>Every tool an assistant, an automation or you run is counted here. To see some:</source>
        <translation>Jedes Werkzeug, das ein Assistent, eine Automatisierung oder Sie ausführen, wird hier gezählt. So sehen Sie welche:</translation>
    </message>
    <message>
        <source>Run a tool…</source>
        <translation>Werkzeug ausführen …</translation>
    </message>
    <message>
        <source>• Run a tool yourself against a connected account.</source>
        <translation>• Führen Sie selbst ein Werkzeug mit einem verbundenen Konto aus.</translation>
    </message>
    <message>
        <source>• Point an assistant or automation at the local API: Settings shows its address and API token.</source>
        <translation>• Verweisen Sie einen Assistenten oder eine Automatisierung auf die lokale API: Die Einstellungen zeigen ihre Adresse und das API-Token.</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>Gesamten Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>• Or pick a longer range: older executions may be there.</source>
        <translation>• Oder wählen Sie einen längeren Zeitraum: Dort gibt es vielleicht ältere Ausführungen.</translation>
    </message>
    <message>
        <source>The stats are not available: the agent is not running.</source>
        <translation>Die Statistik ist nicht verfügbar: Der Agent läuft nicht.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not read the stats: %1</source>
        <translation>Die Statistik konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>in the last 24 hours</source>
        <translation>in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>in the last 7 days</source>
        <translation>in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>bisher</translation>
    </message>
    <message>
        <source>all callers</source>
        <translation>alle Aufrufer</translation>
    </message>
    <message numerus="yes">
        <source>%n tool execution(s) %1, %2</source>
        <translation>
            <numerusform>%n Werkzeug-Ausführung %1, %2</numerusform>
            <numerusform>%n Werkzeug-Ausführungen %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them succeeded</source>
        <translation>
            <numerusform>%n davon erfolgreich</numerusform>
            <numerusform>%n davon erfolgreich</numerusform>
        </translation>
    </message>
    <message>
        <source>No executions</source>
        <translation>Keine Ausführungen</translation>
    </message>
    <message numerus="yes">
        <source>%n failed or were interrupted</source>
        <translation>
            <numerusform>%n fehlgeschlagen oder unterbrochen</numerusform>
            <numerusform>%n fehlgeschlagen oder unterbrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Half of the executions took at most %1</source>
        <translation>Die Hälfte der Ausführungen dauerte höchstens %1</translation>
    </message>
    <message>
        <source>95 percent of the executions took at most %1</source>
        <translation>95 Prozent der Ausführungen dauerten höchstens %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>per hour, local time</source>
        <translation>pro Stunde, Ortszeit</translation>
    </message>
    <message>
        <source>per day (UTC)</source>
        <translation>pro Tag (UTC)</translation>
    </message>
    <message>
        <source>per week, from Monday (UTC)</source>
        <translation>pro Woche, ab Montag (UTC)</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed</source>
        <translation>%1: %2 erfolgreich, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>No executions in this range.</source>
        <translation>Keine Ausführungen in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) with executions. </source>
        <translation>
            <numerusform>%n Balken mit Ausführungen. </numerusform>
            <numerusform>%n Balken mit Ausführungen. </numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 succeeded, %3 failed</source>
        <translation>%1
%2 erfolgreich, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>No tool executions yet</source>
        <translation>Noch keine Werkzeug-Ausführungen</translation>
    </message>
    <message>
        <source>No tool executions %1</source>
        <translation>Keine Werkzeug-Ausführungen %1</translation>
    </message>
    <message>
        <source>No tool executions by %1 yet</source>
        <translation>Noch keine Werkzeug-Ausführungen durch %1</translation>
    </message>
    <message>
        <source>No tool executions by %1 %2</source>
        <translation>Keine Werkzeug-Ausführungen durch %1 %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::StatsTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n execution(s), %2 succeeded, average %3</source>
        <translation>
            <numerusform>%1: %n Ausführung, %2 erfolgreich, Durchschnitt %3</numerusform>
            <numerusform>%1: %n Ausführungen, %2 erfolgreich, Durchschnitt %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n Ausführung</numerusform>
            <numerusform>%n Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>95th percentile %1</source>
        <translation>95. Perzentil %1</translation>
    </message>
    <message>
        <source>Share of executions that succeeded</source>
        <translation>Anteil der erfolgreichen Ausführungen</translation>
    </message>
    <message>
        <source>Failed or interrupted executions</source>
        <translation>Fehlgeschlagene oder unterbrochene Ausführungen</translation>
    </message>
    <message>
        <source>Median duration: half of the executions took at most this long</source>
        <translation>Mediandauer: Die Hälfte der Ausführungen dauerte höchstens so lange</translation>
    </message>
    <message>
        <source>95th percentile: 95 % of the executions took at most this long</source>
        <translation>95. Perzentil: 95 % der Ausführungen dauerten höchstens so lange</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
</context>
<context>
    <name>sb::ui::SyncsPage</name>
    <message>
        <source>Syncs</source>
        <translation>Abgleiche</translation>
    </message>
    <message>
        <source>Keep contacts, calendars and customers from your connected accounts in step. Coming next.</source>
        <translation>Kontakte, Kalender und Kunden Ihrer verbundenen Konten auf demselben Stand halten. Kommt als Nächstes.</translation>
    </message>
    <message>
        <source>See the state and last run of each sync</source>
        <translation>Zustand und letzten Lauf jedes Abgleichs sehen</translation>
    </message>
    <message>
        <source>Start, pause and retry a sync</source>
        <translation>Einen Abgleich starten, anhalten und wiederholen</translation>
    </message>
    <message>
        <source>Read why a sync failed, in words</source>
        <translation>In Worten lesen, warum ein Abgleich fehlschlug</translation>
    </message>
</context>
<context>
    <name>sb::ui::SystemBrowserPanel</name>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in another browser</source>
        <translation>Die Anmeldeadresse kopieren, um sie in einem anderen Browser zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Switchboard opened %1&apos;s sign-in page in your browser. Sign in there and allow access; this page updates by itself. If no browser opened, copy the address.</source>
        <translation>Switchboard hat die Anmeldeseite von %1 in Ihrem Browser geöffnet. Melden Sie sich dort an und erlauben Sie den Zugriff; diese Seite aktualisiert sich von selbst. Falls sich kein Browser geöffnet hat, kopieren Sie die Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting… %n s</source>
        <translation>
            <numerusform>Warten … %n s</numerusform>
            <numerusform>Warten … %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>sb::ui::TrayIcon</name>
    <message>
        <source>Open Switchboard</source>
        <translation>Switchboard öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation>Switchboard – %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::WebhooksPage</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Receive events from Stripe, Slack and Twilio and check that they really come from them. Coming next.</source>
        <translation>Ereignisse von Stripe, Slack und Twilio empfangen und prüfen, dass sie wirklich von dort kommen. Kommt als Nächstes.</translation>
    </message>
    <message>
        <source>Endpoints and signing secrets per provider</source>
        <translation>Endpunkte und Signaturgeheimnisse je Anbieter</translation>
    </message>
    <message>
        <source>Every delivered event with its signature check</source>
        <translation>Jedes zugestellte Ereignis mit seiner Signaturprüfung</translation>
    </message>
    <message>
        <source>Replay an event to test a workflow</source>
        <translation>Ein Ereignis erneut abspielen, um einen Ablauf zu testen</translation>
    </message>
</context>
</TS>
