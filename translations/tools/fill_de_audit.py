#!/usr/bin/env python3
"""German for the Audit and Stats pages, the Run tool dialog and its schema form (ui/audit, ui/stats, ui/runtool:
AuditPage, AuditDetailPane, AuditFilterBar, AuditLogModel, StatsPage, StatsTableModel, RunToolDialog, SchemaForm and
its fields), kept apart from fill_de.py. Like fill_de_connections.py it only fills messages lupdate left unfinished,
so it never changes a translation the shell's table made.

Usage: cmake --build BUILD --target update_translations && python3 translations/tools/fill_de_audit.py \
       && cmake --build BUILD --target update_translations   (the second run restores lupdate's layout)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fill_de_connections import fill_unfinished, english_plurals  # noqa: E402

DE = {
    # AuditDetailPane
    'Select a record to see what went in and came out.':
        'Wählen Sie einen Eintrag, um zu sehen, was hinein- und was herauskam.',
    'Copy as JSON': 'Als JSON kopieren',
    'Copies this record as the admin API returns it (Ctrl+Shift+C)':
        'Kopiert diesen Eintrag so, wie ihn die Admin-API liefert (Strg+Umschalt+C)',
    'Outcome': 'Ergebnis',
    'When': 'Zeitpunkt',
    'Duration': 'Dauer',
    'Caller': 'Aufrufer',
    'Account': 'Konto',
    'Error': 'Fehler',
    'Seal': 'Siegel',
    'Input': 'Eingabe',
    'Output': 'Ausgabe',
    '%1 · record #%2': '%1 · Eintrag #%2',
    'Connection event': 'Verbindungsereignis',
    'Admin event': 'Admin-Ereignis',
    '%1, finished %2': '%1, beendet %2',
    '—': '—',
    '%1 (user %2)': '%1 (Benutzer %2)',
    '%1 · %2 (connection #%3)': '%1 · %2 (Verbindung #%3)',
    '%1 · no account': '%1 · kein Konto',
    '%1 (%2)': '%1 (%2)',
    'sequence %1\n%2': 'Sequenz %1\n%2',
    'not sealed yet (the call is running)': 'noch nicht versiegelt (der Aufruf läuft)',
    # AuditFilterBar
    'Search inputs, outputs and errors (Ctrl+F)': 'Eingaben, Ausgaben und Fehler durchsuchen (Strg+F)',
    'Full-text search': 'Volltextsuche',
    'Time range': 'Zeitraum',
    'Last hour': 'Letzte Stunde',
    'Last 24 hours': 'Letzte 24 Stunden',
    'Last 7 days': 'Letzte 7 Tage',
    'Last 30 days': 'Letzte 30 Tage',
    'All time': 'Gesamter Zeitraum',
    'Custom…': 'Benutzerdefiniert …',
    'From': 'Von',
    'Until': 'Bis',
    'Record kind': 'Art des Eintrags',
    'All records': 'Alle Einträge',
    'Tool executions': 'Werkzeug-Ausführungen',
    'Connection events': 'Verbindungsereignisse',
    'Admin events': 'Admin-Ereignisse',
    'Any outcome': 'Jedes Ergebnis',
    'Success': 'Erfolgreich',
    'Failed': 'Fehlgeschlagen',
    'Interrupted': 'Unterbrochen',
    'Running': 'Läuft',
    'All callers': 'Alle Aufrufer',
    'Tool or event': 'Werkzeug oder Ereignis',
    'All tools and events': 'Alle Werkzeuge und Ereignisse',
    'Provider': 'Anbieter',
    'All providers': 'Alle Anbieter',
    'All accounts': 'Alle Konten',
    'Clear filters': 'Filter zurücksetzen',
    '%1 · %2': '%1 · %2',
    # AuditLogModel
    '%1 ms': '%1 ms',
    '%1 s': '%1 s',
    'Time': 'Zeit',
    'Status': 'Status',
    # AuditPage
    'Every tool call, connection and admin action: who asked, what went in and out, and how it ended. Sealed in a hash chain.':
        'Jeder Werkzeugaufruf, jede Verbindung und jede Admin-Aktion: wer gefragt hat, was hinein- und herausging und '
        'wie es endete. Versiegelt in einer Hash-Kette.',
    'Verify again': 'Erneut prüfen',
    'Run tool…': 'Werkzeug ausführen …',
    'Run a tool yourself against a connected account (Ctrl+R)':
        'Ein Werkzeug selbst mit einem verbundenen Konto ausführen (Strg+R)',
    'Export…': 'Exportieren …',
    'Save the records the filters select as CSV or JSON (Ctrl+E)':
        'Die von den Filtern ausgewählten Einträge als CSV oder JSON speichern (Strg+E)',
    'Verify chain': 'Kette prüfen',
    'Check that no record was edited, removed or reordered':
        'Prüfen, dass kein Eintrag geändert, entfernt oder umsortiert wurde',
    'Audit records, newest first': 'Protokolleinträge, neueste zuerst',
    'The audit trail is not available: the agent is not running.':
        'Das Audit-Protokoll ist nicht verfügbar: Der Agent läuft nicht.',
    'Record #%1 is no longer in the trail (removed by retention).':
        'Eintrag #%1 ist nicht mehr im Protokoll (durch die Aufbewahrungsfrist entfernt).',
    'Record #%1 is hidden by the filters; it is shown on the right. Clear the filters to see it in the list.':
        'Eintrag #%1 ist durch die Filter ausgeblendet; er wird rechts angezeigt. Setzen Sie die Filter zurück, um ihn '
        'in der Liste zu sehen.',
    'Could not read the audit trail: %1': 'Das Audit-Protokoll konnte nicht gelesen werden: %1',
    'Loading…': 'Wird geladen …',
    'No records match these filters.': 'Keine Einträge entsprechen diesen Filtern.',
    'No records yet. Tool calls, connections and admin actions appear here as they happen: run a tool to see one.':
        'Noch keine Einträge. Werkzeugaufrufe, Verbindungen und Admin-Aktionen erscheinen hier, sobald sie geschehen: '
        'Führen Sie ein Werkzeug aus, um einen zu sehen.',
    'Newest %1 records shown; more load as you scroll.':
        'Die neuesten %1 Einträge werden angezeigt; beim Blättern werden weitere geladen.',
    '%n record(s).': ('%n Eintrag.', '%n Einträge.'),
    'Verifying…': 'Wird geprüft …',
    'The hash chain could not be checked: %1': 'Die Hash-Kette konnte nicht geprüft werden: %1',
    'Verified: %n record(s) intact.': ('Geprüft: %n Eintrag unverändert.', 'Geprüft: %n Einträge unverändert.'),
    '<b>The audit trail has been tampered with.</b> %1 Records from sequence %2 on cannot be trusted; keep a copy of the database for investigation.':
        '<b>Das Audit-Protokoll wurde manipuliert.</b> %1 Einträgen ab Sequenz %2 kann nicht vertraut werden; bewahren '
        'Sie eine Kopie der Datenbank für die Untersuchung auf.',
    'CSV (*.csv)': 'CSV (*.csv)',
    'JSON (*.json)': 'JSON (*.json)',
    'Export audit records': 'Protokolleinträge exportieren',
    'Counting records…': 'Einträge werden gezählt …',
    'Cancel': 'Abbrechen',
    'Exporting %1 of %2 records…': '%1 von %2 Einträgen werden exportiert …',
    'Exported %n record(s) to %1.': ('%n Eintrag nach %1 exportiert.', '%n Einträge nach %1 exportiert.'),
    # DateTimeField
    'e.g. %1 (your time) or %2': 'z. B. %1 (Ihre Ortszeit) oder %2',
    'must be a date and time like 2026-02-24 14:00 or 2026-02-24T14:00:00Z':
        'muss ein Datum mit Uhrzeit sein, etwa 2026-02-24 14:00 oder 2026-02-24T14:00:00Z',
    # EnumField
    '(not set)': '(nicht gesetzt)',
    'Choose…': 'Auswählen …',
    # JsonField
    'JSON, e.g. %1': 'JSON, z. B. %1',
    '%1 — JSON, e.g. %2': '%1 — JSON, z. B. %2',
    # ListField
    '%1 (separate with commas)': '%1 (durch Kommas getrennt)',
    'Separate the items with commas. For items that contain a comma, write a JSON array: ["a, b", "c"]':
        'Trennen Sie die Elemente durch Kommas. Für Elemente, die ein Komma enthalten, schreiben Sie ein JSON-Array: '
        '["a, b", "c"]',
    'must be a list': 'muss eine Liste sein',
    'item %1 %2': 'Element %1 %2',
    # NumberField
    '%1 to %2': '%1 bis %2',
    'at least %1': 'mindestens %1',
    'at most %1': 'höchstens %1',
    # RunToolDialog
    ' (default)': ' (Standard)',
    ' — needs reconnecting': ' — muss neu verbunden werden',
    ' — not working': ' — funktioniert nicht',
    'Run a tool': 'Ein Werkzeug ausführen',
    'Loading tools…': 'Werkzeuge werden geladen …',
    'Loading accounts…': 'Konten werden geladen …',
    '&Tool:': '&Werkzeug:',
    '&Account:': '&Konto:',
    '<b>Input</b>': '<b>Eingabe</b>',
    '<b>Result</b>': '<b>Ergebnis</b>',
    "The tool's output shows here after a run.": 'Die Ausgabe des Werkzeugs erscheint hier nach der Ausführung.',
    '&Run': '&Ausführen',
    '%1  (%2)': '%1  (%2)',
    'No tools': 'Keine Werkzeuge',
    'Choose a tool…': 'Werkzeug auswählen …',
    'This tool makes changes at %1 (it sends, creates or charges).':
        'Dieses Werkzeug nimmt Änderungen bei %1 vor (es sendet, erstellt oder belastet).',
    'No %1 account connected — connect one on the <a href="connections">Connections page</a>.':
        'Kein %1-Konto verbunden — verbinden Sie eines auf der <a href="connections">Seite „Verbindungen“</a>.',
    '%1\nError code: %2': '%1\nFehlercode: %2',
    'The tool returned no output.': 'Das Werkzeug hat keine Ausgabe geliefert.',
    'Failed after %1 ms. Recorded as audit record #%2.':
        'Nach %1 ms fehlgeschlagen. Als Protokolleintrag #%2 erfasst.',
    'Done in %1 ms. Recorded as audit record #%2.': 'Fertig in %1 ms. Als Protokolleintrag #%2 erfasst.',
    'The tools could not be listed: %1': 'Die Werkzeuge konnten nicht aufgelistet werden: %1',
    'The accounts could not be listed: %1': 'Die Konten konnten nicht aufgelistet werden: %1',
    'Running %1…': '%1 wird ausgeführt …',
    # SchemaField
    'must be a whole number': 'muss eine ganze Zahl sein',
    'must be a number': 'muss eine Zahl sein',
    'must be true or false': 'muss true oder false sein',
    'more than one value': 'mehr als ein Wert',
    'is not valid JSON: %1 (at character %2)': 'ist kein gültiges JSON: %1 (bei Zeichen %2)',
    # SchemaForm
    'Item %1: %2': 'Element %1: %2',
    'This tool takes no input.': 'Dieses Werkzeug braucht keine Eingabe.',
    '<span style="color:#b3261e">*</span> required': '<span style="color:#b3261e">*</span> erforderlich',
    'fill in at least one of: %1': 'mindestens eines ausfüllen: %1',
    'required': 'erforderlich',
    'Required': 'Erforderlich',
    'Fill in this or %1': 'Dieses Feld oder %1 ausfüllen',
    # StatsPage
    'How often each tool runs, how often it fails and how long it takes, per tool and per caller.':
        'Wie oft jedes Werkzeug läuft, wie oft es fehlschlägt und wie lange es dauert, je Werkzeug und je Aufrufer.',
    '&Range:': '&Zeitraum:',
    '&Caller:': '&Aufrufer:',
    'The assistant, automation or person whose tool executions to count':
        'Der Assistent, die Automatisierung oder die Person, deren Werkzeug-Ausführungen gezählt werden',
    'Executions': 'Ausführungen',
    'Tool executions that finished in the range': 'Werkzeug-Ausführungen, die im Zeitraum beendet wurden',
    'Success rate': 'Erfolgsquote',
    'Share of executions that succeeded': 'Anteil der erfolgreichen Ausführungen',
    'Executions that failed, or were interrupted by an agent crash':
        'Ausführungen, die fehlschlugen oder durch einen Absturz des Agenten unterbrochen wurden',
    'Median (p50)': 'Median (p50)',
    'Half of the executions took at most this long': 'Die Hälfte der Ausführungen dauerte höchstens so lange',
    '95th percentile (p95)': '95. Perzentil (p95)',
    '95 % of the executions took at most this long: the slow tail':
        '95 % der Ausführungen dauerten höchstens so lange: die langsamen Ausreißer',
    'Executions over time': 'Ausführungen im Zeitverlauf',
    'Executions over time, succeeded and failed': 'Ausführungen im Zeitverlauf, erfolgreich und fehlgeschlagen',
    'Per tool': 'Je Werkzeug',
    'Executions per tool, succeeded and failed; the table beside it has the numbers':
        'Ausführungen je Werkzeug, erfolgreich und fehlgeschlagen; die Tabelle daneben enthält die Zahlen',
    'Tool': 'Werkzeug',
    'Executions per tool': 'Ausführungen je Werkzeug',
    'Per caller': 'Je Aufrufer',
    'Executions per caller': 'Ausführungen je Aufrufer',
    'Every tool an assistant, an automation or you run is counted here. To see some:':
        'Jedes Werkzeug, das ein Assistent, eine Automatisierung oder Sie ausführen, wird hier gezählt. So sehen Sie '
        'welche:',
    'Run a tool…': 'Werkzeug ausführen …',
    '• Run a tool yourself against a connected account.': '• Führen Sie selbst ein Werkzeug mit einem verbundenen Konto aus.',
    '• Point an assistant or automation at the local API: Settings shows its address and API token.':
        '• Verweisen Sie einen Assistenten oder eine Automatisierung auf die lokale API: Die Einstellungen zeigen ihre '
        'Adresse und das API-Token.',
    'Show all time': 'Gesamten Zeitraum anzeigen',
    '• Or pick a longer range: older executions may be there.':
        '• Oder wählen Sie einen längeren Zeitraum: Dort gibt es vielleicht ältere Ausführungen.',
    'The stats are not available: the agent is not running.':
        'Die Statistik ist nicht verfügbar: Der Agent läuft nicht.',
    'Could not read the stats: %1': 'Die Statistik konnte nicht gelesen werden: %1',
    'in the last 24 hours': 'in den letzten 24 Stunden',
    'in the last 7 days': 'in den letzten 7 Tagen',
    'in the last 30 days': 'in den letzten 30 Tagen',
    'so far': 'bisher',
    'all callers': 'alle Aufrufer',
    '%n tool execution(s) %1, %2': ('%n Werkzeug-Ausführung %1, %2', '%n Werkzeug-Ausführungen %1, %2'),
    '%n of them succeeded': ('%n davon erfolgreich', '%n davon erfolgreich'),
    'No executions': 'Keine Ausführungen',
    '%n failed or were interrupted': ('%n fehlgeschlagen oder unterbrochen', '%n fehlgeschlagen oder unterbrochen'),
    'Half of the executions took at most %1': 'Die Hälfte der Ausführungen dauerte höchstens %1',
    '95 percent of the executions took at most %1': '95 Prozent der Ausführungen dauerten höchstens %1',
    'Updated %1': 'Aktualisiert %1',
    'per hour, local time': 'pro Stunde, Ortszeit',
    'per day (UTC)': 'pro Tag (UTC)',
    'per week, from Monday (UTC)': 'pro Woche, ab Montag (UTC)',
    'Succeeded': 'Erfolgreich',
    '%1: %2 succeeded, %3 failed': '%1: %2 erfolgreich, %3 fehlgeschlagen',
    'No executions in this range.': 'Keine Ausführungen in diesem Zeitraum.',
    '%n bar(s) with executions. ': ('%n Balken mit Ausführungen. ', '%n Balken mit Ausführungen. '),
    '%1\n%2 succeeded, %3 failed': '%1\n%2 erfolgreich, %3 fehlgeschlagen',
    'No tool executions yet': 'Noch keine Werkzeug-Ausführungen',
    'No tool executions %1': 'Keine Werkzeug-Ausführungen %1',
    'No tool executions by %1 yet': 'Noch keine Werkzeug-Ausführungen durch %1',
    'No tool executions by %1 %2': 'Keine Werkzeug-Ausführungen durch %1 %2',
    # StatsTableModel
    '%1 %': '%1 %',
    '%1: %n execution(s), %2 succeeded, average %3':
        ('%1: %n Ausführung, %2 erfolgreich, Durchschnitt %3', '%1: %n Ausführungen, %2 erfolgreich, Durchschnitt %3'),
    '%n execution(s)': ('%n Ausführung', '%n Ausführungen'),
    '%1 succeeded': '%1 erfolgreich',
    '%n failed': ('%n fehlgeschlagen', '%n fehlgeschlagen'),
    'median %1': 'Median %1',
    '95th percentile %1': '95. Perzentil %1',
    'Failed or interrupted executions': 'Fehlgeschlagene oder unterbrochene Ausführungen',
    'Median duration: half of the executions took at most this long':
        'Mediandauer: Die Hälfte der Ausführungen dauerte höchstens so lange',
    '95th percentile: 95 % of the executions took at most this long':
        '95. Perzentil: 95 % der Ausführungen dauerten höchstens so lange',
    'p50 (ms)': 'p50 (ms)',
    'p95 (ms)': 'p95 (ms)',
}


if __name__ == '__main__':
    root = Path(__file__).resolve().parents[1]
    fill_unfinished(root / 'switchboard_de.ts', DE)
    english_plurals(root / 'switchboard_en.ts', set(DE))
