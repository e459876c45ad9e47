#!/usr/bin/env python3
"""Fills switchboard_de.ts from the table below (kept in the repo so a re-run of lupdate never loses German).

Usage: cmake --build BUILD --target update_translations && python3 translations/tools/fill_de.py \
       && cmake --build BUILD --target update_translations   (the second run restores lupdate's layout)
Sources without an entry stay "unfinished" and are listed, so a missing translation is noticed.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DE = {
    # main
    'Try "switchboard --help".': '„switchboard --help“ zeigt alle Optionen.',
    '--lang: no translation for "%1"; available: %2.': '--lang: keine Übersetzung für „%1“; vorhanden: %2.',
    'Switchboard: the admin console for your connected accounts, with the agent that runs tools for voice assistants.':
        'Switchboard: die Verwaltungskonsole für Ihre verbundenen Konten, mit dem Agenten, der Werkzeuge für '
        'Sprachassistenten ausführt.',
    'Unexpected argument "%1".': 'Unerwartetes Argument „%1“.',
    'Switchboard is already running for %1; raised its window.':
        'Switchboard läuft bereits für %1; sein Fenster wurde nach vorn geholt.',
    # sb::AgentStatus
    'Agent starting…': 'Agent startet …',
    'Agent running (sandbox)': 'Agent läuft (Sandbox)',
    'Agent running': 'Agent läuft',
    'Agent failed: %1': 'Agent fehlgeschlagen: %1',
    'Agent stopped': 'Agent gestoppt',
    # sb::cli
    'Keep the database, logs and agent.json in <dir> (default: %1).':
        'Datenbank, Protokolldateien und agent.json in <dir> ablegen (Standard: %1).',
    'Run against the embedded provider sandbox instead of the real Google, Microsoft, Twilio, Stripe and Slack services.':
        'Mit der eingebauten Anbieter-Sandbox statt mit den echten Diensten von Google, Microsoft, Twilio, Stripe '
        'und Slack arbeiten.',
    "Seed for the sandbox's demo data (default 1).": 'Startwert für die Demodaten der Sandbox (Standard 1).',
    'Port of the local admin API on 127.0.0.1 (default: a free port, see agent.json).':
        'Port der lokalen Admin-API auf 127.0.0.1 (Standard: ein freier Port, siehe agent.json).',
    'User interface language, e.g. en or de.': 'Sprache der Benutzeroberfläche, z. B. en oder de.',
    'Start in the system tray without showing the window.': 'Im Systembereich starten, ohne das Fenster zu zeigen.',
    '--sandbox-seed needs a whole number, got "%1".': '--sandbox-seed braucht eine ganze Zahl, erhalten: „%1“.',
    '--api-port needs a port number from 0 to 65535, got "%1".':
        '--api-port braucht eine Portnummer von 0 bis 65535, erhalten: „%1“.',
    # AboutDialog
    'About Switchboard': 'Über Switchboard',
    'Switchboard %1': 'Switchboard %1',
    'The admin console for your connected Google, Microsoft 365, Slack, Twilio and Stripe accounts, with the agent that runs tools for your voice assistants.':
        'Die Verwaltungskonsole für Ihre verbundenen Google-, Microsoft-365-, Slack-, Twilio- und Stripe-Konten, mit '
        'dem Agenten, der Werkzeuge für Ihre Sprachassistenten ausführt.',
    'unknown': 'unbekannt',
    'Switchboard:': 'Switchboard:',
    'Qt:': 'Qt:',
    '%1 (built with %2)': '%1 (erstellt mit %2)',
    'OpenSSL:': 'OpenSSL:',
    'SQLite:': 'SQLite:',
    'QtKeychain:': 'QtKeychain:',
    'Copyright © the Switchboard authors. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).':
        'Copyright © die Switchboard-Autoren. Lizenziert unter der GNU General Public License, Version 3 oder '
        'neuer (GPL-3.0-or-later).',
    # AuditPage
    'Audit log': 'Protokoll',
    'Every tool call the agent runs — who asked, what it did and how it ended — in a searchable, tamper-evident trail. Coming next.':
        'Jeder Werkzeugaufruf des Agenten – wer ihn auslöste, was er tat und wie er endete – in einem durchsuchbaren, '
        'fälschungssicheren Protokoll. Kommt als Nächstes.',
    'Filter records by provider, tool, caller, outcome and time':
        'Einträge nach Anbieter, Werkzeug, Aufrufer, Ergebnis und Zeit filtern',
    'Search inputs and results in full text, with secrets redacted':
        'Eingaben und Ergebnisse im Volltext durchsuchen, Geheimnisse geschwärzt',
    'Verify the hash chain and export records for an auditor':
        'Die Hash-Kette prüfen und Einträge für eine Prüfung exportieren',
    # ComingPage
    'Coming next': 'Kommt als Nächstes',
    'This page will let you:': 'Auf dieser Seite können Sie bald:',
    # ConnectionsPage
    'Connections': 'Verbindungen',
    'Connect Google, Microsoft 365, Slack, Twilio and Stripe accounts by clicking. Coming next.':
        'Google-, Microsoft-365-, Slack-, Twilio- und Stripe-Konten per Klick verbinden. Kommt als Nächstes.',
    'Sign in with OAuth in a browser window, or paste an API key':
        'Sich per OAuth in einem Browserfenster anmelden oder einen API-Schlüssel einfügen',
    "See each connection's account, permissions and token health":
        'Konto, Berechtigungen und Token-Zustand jeder Verbindung sehen',
    'Reconnect or remove a connection; its secrets stay in the system keychain':
        'Eine Verbindung erneuern oder entfernen; ihre Geheimnisse bleiben im Schlüsselbund des Systems',
    'Providers you will be able to connect': 'Anbieter, die Sie verbinden können werden',
    '%n tool(s)': ('%n Werkzeug', '%n Werkzeuge'),
    # MainWindow
    'Switchboard': 'Switchboard',
    'Tool stats': 'Werkzeugstatistik',
    'Syncs': 'Abgleiche',
    'Webhooks': 'Webhooks',
    'Sandbox': 'Sandbox',
    'Settings': 'Einstellungen',
    '&File': '&Datei',
    '&Quit': '&Beenden',
    '&View': '&Ansicht',
    '&Help': '&Hilfe',
    '&About Switchboard': '&Über Switchboard',
    'Switchboard — Sandbox': 'Switchboard – Sandbox',
    '<b>The agent could not start.</b> %1<br>The console stays open so you can read this. Fix the cause and start Switchboard again.':
        '<b>Der Agent konnte nicht starten.</b> %1<br>Die Konsole bleibt offen, damit Sie dies lesen können. '
        'Beheben Sie die Ursache und starten Sie Switchboard erneut.',
    'Switchboard is still running': 'Switchboard läuft weiter',
    'The agent keeps running in the tray. Choose Quit from its menu to stop it.':
        'Der Agent läuft im Systembereich weiter. Wählen Sie „Beenden“ in dessen Menü, um ihn zu stoppen.',
    # ProviderPresentation
    'Sign in with OAuth': 'Anmeldung per OAuth',
    'API key': 'API-Schlüssel',
    'Account ID and secret': 'Konto-ID und Geheimnis',
    'Generic OAuth': 'Allgemeines OAuth',
    # SandboxPage
    'A built-in emulator of Google, Microsoft, Twilio, Stripe and Slack on this computer: try every flow with demo accounts and break it on purpose.':
        'Ein eingebauter Nachbau von Google, Microsoft, Twilio, Stripe und Slack auf diesem Computer: jeden Ablauf '
        'mit Demokonten ausprobieren und absichtlich stören.',
    'Rate limit': 'Ratenlimit',
    'Server error': 'Serverfehler',
    'Expire tokens': 'Tokens ablaufen lassen',
    'Reset': 'Zurücksetzen',
    'Waiting for the agent…': 'Warte auf den Agenten …',
    'Control API:': 'Steuer-API:',
    'Providers and faults': 'Anbieter und Störungen',
    "Faults last until the sandbox is reset; each button calls its control API.":
        'Störungen bleiben, bis die Sandbox zurückgesetzt wird; jede Schaltfläche ruft ihre Steuer-API auf.',
    'Reset sandbox': 'Sandbox zurücksetzen',
    "Clear every fault and start the sandbox's demo data afresh":
        'Alle Störungen aufheben und die Demodaten der Sandbox neu beginnen',
    'Resetting the sandbox…': 'Setze die Sandbox zurück …',
    'Sandbox reset at %1.': 'Sandbox um %1 zurückgesetzt.',
    'Demo accounts': 'Demokonten',
    'Every provider in the sandbox knows both accounts; sign in as either one when a connection asks.':
        'Jeder Anbieter in der Sandbox kennt beide Konten; melden Sie sich mit einem davon an, wenn eine Verbindung '
        'danach fragt.',
    'Demo clients': 'Demo-Clients',
    'Provider': 'Anbieter',
    'Client ID': 'Client-ID',
    'Client secret (demo only)': 'Client-Geheimnis (nur Demo)',
    'The agent did not start, so there is no sandbox.': 'Der Agent ist nicht gestartet, daher gibt es keine Sandbox.',
    '<p>The sandbox is off: this console talks to the real services.</p><p>To try Switchboard without real accounts, start it with the built-in emulator:</p><pre>  switchboard --sandbox\n  switchboard --sandbox --sandbox-seed 42</pre><p>Use a separate data folder (<tt>--data-dir</tt>) to keep sandbox connections apart from real ones.</p>':
        '<p>Die Sandbox ist aus: Diese Konsole spricht mit den echten Diensten.</p><p>Um Switchboard ohne echte '
        'Konten auszuprobieren, starten Sie es mit dem eingebauten Nachbau:</p><pre>  switchboard --sandbox\n'
        '  switchboard --sandbox --sandbox-seed 42</pre><p>Verwenden Sie einen eigenen Datenordner '
        '(<tt>--data-dir</tt>), damit Sandbox-Verbindungen von echten getrennt bleiben.</p>',
    'Send "%1" to the %2 sandbox': '„%1“ an die %2-Sandbox senden',
    'Sending "%1" to %2…': 'Sende „%1“ an %2 …',
    '%1: "%2" applied at %3.': '%1: „%2“ um %3 angewendet.',
    'The sandbox refused: %1': 'Die Sandbox hat abgelehnt: %1',
    # SettingsPage
    'Where the agent keeps its data, how to reach its admin API, and how the console behaves.':
        'Wo der Agent seine Daten ablegt, wie seine Admin-API erreichbar ist und wie sich die Konsole verhält.',
    'Agent': 'Agent',
    'Data folder:': 'Datenordner:',
    'Database:': 'Datenbank:',
    'Keychain:': 'Schlüsselbund:',
    'Admin API': 'Admin-API',
    'Address:': 'Adresse:',
    'Reading the token from the keychain…': 'Lese das Token aus dem Schlüsselbund …',
    'Show': 'Zeigen',
    'Copy': 'Kopieren',
    'Bearer token:': 'Bearer-Token:',
    'Scripts and switchboardctl send this token as "Authorization: Bearer …". Keep it secret.':
        'Skripte und switchboardctl senden dieses Token als „Authorization: Bearer …“. Halten Sie es geheim.',
    'Providers': 'Anbieter',
    'Sign-in': 'Anmeldung',
    'URLs in use': 'Verwendete URLs',
    'Target': 'Ziel',
    'Console': 'Konsole',
    'System default': 'Systemsprache',
    'Applies when Switchboard starts next time.': 'Gilt ab dem nächsten Start von Switchboard.',
    'Language:': 'Sprache:',
    'Keep running in the tray when the window is closed': 'Beim Schließen des Fensters im Systembereich weiterlaufen',
    'No system tray was found on this desktop, so closing the window quits.':
        'Auf diesem Desktop wurde kein Systembereich gefunden; Schließen des Fensters beendet das Programm.',
    'Not available: the agent did not start.': 'Nicht verfügbar: Der Agent ist nicht gestartet.',
    '%1 %2 — %3': '%1 %2 – %3',
    'overridden (sandbox)': 'umgeleitet (Sandbox)',
    'overridden': 'umgeleitet',
    'real service': 'echter Dienst',
    'Could not read the token: %1': 'Das Token konnte nicht gelesen werden: %1',
    'Hide': 'Verbergen',
    'Token copied to the clipboard.': 'Token in die Zwischenablage kopiert.',
    # StatsPage
    'How often each tool runs, how long it takes and how often it fails. Coming next.':
        'Wie oft jedes Werkzeug läuft, wie lange es dauert und wie oft es scheitert. Kommt als Nächstes.',
    'Calls, errors and latency per tool and per provider': 'Aufrufe, Fehler und Antwortzeiten je Werkzeug und Anbieter',
    'Charts over the last hour, day and month': 'Diagramme über die letzte Stunde, den letzten Tag und Monat',
    'Spot a provider that slows down or starts refusing calls':
        'Einen Anbieter erkennen, der langsamer wird oder Aufrufe ablehnt',
    # SyncsPage
    'Keep contacts, calendars and customers from your connected accounts in step. Coming next.':
        'Kontakte, Kalender und Kunden Ihrer verbundenen Konten auf demselben Stand halten. Kommt als Nächstes.',
    'See the state and last run of each sync': 'Zustand und letzten Lauf jedes Abgleichs sehen',
    'Start, pause and retry a sync': 'Einen Abgleich starten, anhalten und wiederholen',
    'Read why a sync failed, in words': 'In Worten lesen, warum ein Abgleich fehlschlug',
    # TrayIcon
    'Open Switchboard': 'Switchboard öffnen',
    'Quit': 'Beenden',
    'Switchboard — %1': 'Switchboard – %1',
    # WebhooksPage
    'Receive events from Stripe, Slack and Twilio and check that they really come from them. Coming next.':
        'Ereignisse von Stripe, Slack und Twilio empfangen und prüfen, dass sie wirklich von dort kommen. '
        'Kommt als Nächstes.',
    'Endpoints and signing secrets per provider': 'Endpunkte und Signaturgeheimnisse je Anbieter',
    'Every delivered event with its signature check': 'Jedes zugestellte Ereignis mit seiner Signaturprüfung',
    'Replay an event to test a workflow': 'Ein Ereignis erneut abspielen, um einen Ablauf zu testen',
}


def fill(path: Path, table: dict, copy_source: bool) -> list:
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        value = source if copy_source else table.get(source)
        if value is None:
            missing.append(source)
            continue
        translation.attrib.pop('type', None)
        for child in list(translation):
            translation.remove(child)
        if message.get('numerus') == 'yes':
            forms = value if isinstance(value, tuple) else (value, value)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = value
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')
    return missing


if __name__ == '__main__':
    root = Path(__file__).resolve().parents[1]
    missing = fill(root / 'switchboard_de.ts', DE, copy_source=False)
    # English is the source language: only the plural forms need text (lrelease falls back to the source otherwise).
    tree = ET.parse(root / 'switchboard_en.ts')
    for message in tree.getroot().iter('message'):
        if message.get('numerus') == 'yes':
            translation = message.find('translation')
            translation.attrib.pop('type', None)
            for child in list(translation):
                translation.remove(child)
            src = message.find('source').text
            for form in (src.replace('(s)', ''), src.replace('(s)', 's')):
                ET.SubElement(translation, 'numerusform').text = form
    with open(root / 'switchboard_en.ts', 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')
    for source in missing:
        print('no German for:', repr(source), file=sys.stderr)
    sys.exit(1 if missing else 0)
