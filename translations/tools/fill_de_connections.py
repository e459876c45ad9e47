#!/usr/bin/env python3
"""German for the Connections page, the sign-in windows and their settings (ui/connections, ui/auth, the
Connections page, sb::ConnectionInfo), kept apart from fill_de.py. It only fills messages lupdate left unfinished,
so it never changes a translation the shell's table made (fill_de.py lists these sources as missing but keeps them).

Usage: cmake --build BUILD --target update_translations && python3 translations/tools/fill_de_connections.py \
       && cmake --build BUILD --target update_translations   (the second run restores lupdate's layout)
"""
import xml.etree.ElementTree as ET
from pathlib import Path

DE = {
    # sb::ConnectionInfo (agent/connections/ConnectionInfo.cpp)
    'Connected as %1': 'Verbunden als %1',
    'Needs reconnect': 'Muss neu verbunden werden',
    'Needs reconnect: %1': 'Muss neu verbunden werden: %1',
    'Error': 'Fehler',
    'Error: %1': 'Fehler: %1',
    # AccountRow
    '★ Default account': '★ Standardkonto',
    'Tools use this account unless they name another.': 'Werkzeuge nutzen dieses Konto, wenn sie kein anderes nennen.',
    'Add a label, e.g. Sales inbox': 'Bezeichnung hinzufügen, z. B. Vertriebs-Postfach',
    'Label': 'Bezeichnung',
    'Your name for this account. Press Enter to save, Escape to undo.':
        'Ihr Name für dieses Konto. Eingabetaste speichert, Escape macht rückgängig.',
    'Make default': 'Als Standard festlegen',
    '&Test': '&Testen',
    'Ask the provider whether this account still works': 'Beim Anbieter prüfen, ob dieses Konto noch funktioniert',
    '&Reconnect': '&Neu verbinden',
    '&Disconnect': '&Trennen',
    'Label:': 'Bezeichnung:',
    '<b>%1 must be reconnected.</b> %2 Tools cannot use it until you press Reconnect.':
        '<b>%1 muss neu verbunden werden.</b> %2 Werkzeuge können es erst wieder nutzen, wenn Sie „Neu verbinden“ '
        'wählen.',
    'Allowed: %1': 'Erlaubt: %1',
    'Connected since %1': 'Verbunden seit %1',
    # ApiKeyDialog
    'Connect %1': '%1 verbinden',
    'Switchboard checks these with %1 before saving them, and keeps the secret parts in your system keychain only.':
        'Switchboard prüft diese Angaben bei %1, bevor es sie speichert, und legt die geheimen Teile nur im '
        'Schlüsselbund Ihres Systems ab.',
    '&Label (optional):': '&Bezeichnung (optional):',
    'e.g. Support line': 'z. B. Support-Leitung',
    'S&how secrets': 'Geheimnisse an&zeigen',
    'Check and &connect': 'Prüfen und &verbinden',
    'Account SID and Auth Token': 'Account SID und Auth Token',
    'API key (SID and secret)': 'API-Schlüssel (SID und Geheimnis)',
    'Sign in &with:': 'Anmelden &mit:',
    '&Account SID:': '&Account SID:',
    'Auth &Token:': 'Auth &Token:',
    'API &key SID:': 'API-&Schlüssel-SID:',
    'API key s&ecret:': 'API-Schlüssel-G&eheimnis:',
    'Secret or restricted &key:': 'Geheimer oder eingeschränkter &Schlüssel:',
    # BrowserDialog
    'Sign in to %1': 'Bei %1 anmelden',
    'A private window: nothing you type here is kept after signing in.':
        'Ein privates Fenster: Nichts, was Sie hier eingeben, bleibt nach der Anmeldung gespeichert.',
    'Secure (https)': 'Sicher (https)',
    'The connection to %1 is encrypted (https).': 'Die Verbindung zu %1 ist verschlüsselt (https).',
    'Not secure (http, this computer)': 'Nicht sicher (http, dieser Computer)',
    'A page served by this computer over plain http; it never leaves this computer.':
        'Eine Seite von diesem Computer über unverschlüsseltes http; sie verlässt diesen Computer nie.',
    'Not secure (http)': 'Nicht sicher (http)',
    'The connection to %1 is not encrypted (http).': 'Die Verbindung zu %1 ist nicht verschlüsselt (http).',
    # ConnectionCard
    'Provider &settings…': 'Anbieter-&Einstellungen …',
    'Issuer or endpoints, client id and secret, scopes':
        'Aussteller oder Endpunkte, Client-ID und -Geheimnis, Berechtigungen',
    'Not connected': 'Nicht verbunden',
    '%n account(s) connected': ('%n Konto verbunden', '%n Konten verbunden'),
    '%n must be reconnected': ('%n muss neu verbunden werden', '%n müssen neu verbunden werden'),
    '%n tool(s)': ('%n Werkzeug', '%n Werkzeuge'),
    '&Connect': '&Verbinden',
    '&Add another account': 'Weiteres Konto &hinzufügen',
    # ConnectionsPage
    'Connect Google, Microsoft 365, Slack, Twilio and Stripe accounts by clicking. Their keys and tokens stay in your system keychain.':
        'Google-, Microsoft-365-, Slack-, Twilio- und Stripe-Konten per Klick verbinden. Ihre Schlüssel und Tokens '
        'bleiben im Schlüsselbund Ihres Systems.',
    'Waiting for the agent…': 'Warte auf den Agenten …',  # as the shell's pages say it
    'Finish or cancel the sign-in to %1 first.': 'Schließen Sie zuerst die Anmeldung bei %1 ab oder brechen Sie sie ab.',
    'Updated the keys of %1.': 'Die Schlüssel von %1 wurden aktualisiert.',
    'Connected as %1.': 'Verbunden als %1.',
    "Saved the provider's settings.": 'Die Einstellungen des Anbieters wurden gespeichert.',
    'Reconnected %1.': '%1 wurde neu verbunden.',
    'Asking the provider…': 'Anbieter wird gefragt …',
    'Disconnect %1?': '%1 trennen?',
    'Disconnect %1 from %2?': '%1 von %2 trennen?',
    "Switchboard asks %1 to revoke its access where %1 allows it, and removes the account's keys from your keychain. Tools can no longer use this account.":
        'Switchboard bittet %1, den Zugriff zu widerrufen, soweit %1 das erlaubt, und entfernt die Schlüssel des '
        'Kontos aus Ihrem Schlüsselbund. Werkzeuge können dieses Konto danach nicht mehr nutzen.',
    'Disconnecting…': 'Wird getrennt …',
    '%1 must be reconnected: %2': '%1 muss neu verbunden werden: %2',
    'Could not read the connections: %1': 'Die Verbindungen konnten nicht gelesen werden: %1',
    # ExternalBrowser
    'The "Open sign-in pages with" command has no %u. Fix it in Settings, or copy the address below into your browser.':
        'Der Befehl unter „Anmeldeseiten öffnen mit“ enthält kein %u. Korrigieren Sie ihn in den Einstellungen oder '
        'kopieren Sie die Adresse unten in Ihren Browser.',
    '"%1" could not be started. Check "Open sign-in pages with" in Settings, or copy the address below into your browser.':
        '„%1“ konnte nicht gestartet werden. Prüfen Sie „Anmeldeseiten öffnen mit“ in den Einstellungen oder kopieren '
        'Sie die Adresse unten in Ihren Browser.',
    'No browser could be opened. Copy the address below into your browser.':
        'Es konnte kein Browser geöffnet werden. Kopieren Sie die Adresse unten in Ihren Browser.',
    # GenericProviderDialog
    'OAuth 2.0 / OpenID provider': 'OAuth-2.0-/OpenID-Anbieter',
    'Register Switchboard with your provider as a native app whose redirect URI is http://127.0.0.1/callback/generic (any port), then enter what it gave you.':
        'Registrieren Sie Switchboard bei Ihrem Anbieter als native App mit der Weiterleitungsadresse '
        'http://127.0.0.1/callback/generic (beliebiger Port) und geben Sie dann die erhaltenen Angaben ein.',
    '&Issuer (discovery)': '&Aussteller (Discovery)',
    '&Endpoints': '&Endpunkte',
    'Find the endpoints by:': 'Endpunkte finden über:',
    'Iss&uer URL:': 'Aus&steller-URL:',
    '&Authorization URL:': '&Autorisierungs-URL:',
    '&Token URL:': '&Token-URL:',
    '&Revocation URL (optional):': '&Widerrufs-URL (optional):',
    'User &info URL (optional):': '&Userinfo-URL (optional):',
    '&Client ID:': '&Client-ID:',
    'Client &secret:': 'Client-&Geheimnis:',
    'empty: keep the saved one, or none (public client)':
        'leer: das gespeicherte behalten, oder keines (öffentlicher Client)',
    'Sc&opes:': 'Berec&htigungen:',
    'Save and &connect': 'Speichern und &verbinden',
    # MainWindow (tray)
    'Reconnect %1': '%1 neu verbinden',
    # SignInLauncher
    'Starting the sign-in…': 'Anmeldung wird gestartet …',
    'Cancelling…': 'Wird abgebrochen …',
    '%1 does not allow signing in inside apps, so Switchboard opened its sign-in page in your browser. Sign in there and allow access; this page updates by itself.':
        '%1 erlaubt keine Anmeldung innerhalb von Apps, deshalb hat Switchboard die Anmeldeseite in Ihrem Browser '
        'geöffnet. Melden Sie sich dort an und erlauben Sie den Zugriff; diese Seite aktualisiert sich von selbst.',
    'Finishing the sign-in…': 'Anmeldung wird abgeschlossen …',
    '%1 refused to sign in inside Switchboard, so its sign-in page opened in your browser instead. Sign in there; this page updates by itself.':
        '%1 hat die Anmeldung innerhalb von Switchboard abgelehnt, deshalb wurde die Anmeldeseite stattdessen in '
        'Ihrem Browser geöffnet. Melden Sie sich dort an; diese Seite aktualisiert sich von selbst.',
    'Waiting for you to sign in…': 'Warten auf Ihre Anmeldung …',
    'Waiting for you to sign in in your browser…': 'Warten auf Ihre Anmeldung im Browser …',
    # SignInSettingsGroup
    'Signing in': 'Anmelden',
    'Always use my browser': 'Immer meinen Browser verwenden',
    "Sign in to every provider in your own browser instead of Switchboard's sign-in window. Google always uses your browser.":
        'Bei jedem Anbieter im eigenen Browser statt im Anmeldefenster von Switchboard anmelden. Google verwendet '
        'immer Ihren Browser.',
    'System default browser': 'Standardbrowser des Systems',
    'A command…': 'Ein Befehl …',
    'Open sign-in pages with:': 'Anmeldeseiten öffnen mit:',
    'Type the program and its options; %u stands for the sign-in address.':
        'Programm und Optionen eingeben; %u steht für die Anmeldeadresse.',
    'The command needs %u where the sign-in address goes, e.g. "firefox %u".':
        'Der Befehl braucht %u an der Stelle der Anmeldeadresse, z. B. „firefox %u“.',
    'Sign-in pages open with: %1': 'Anmeldeseiten öffnen mit: %1',
    # SystemBrowserPanel
    'Finish signing in in your browser': 'Schließen Sie die Anmeldung in Ihrem Browser ab',
    'Sign-in address': 'Anmeldeadresse',
    '&Copy': '&Kopieren',
    'Copy the sign-in address, to open it in another browser':
        'Die Anmeldeadresse kopieren, um sie in einem anderen Browser zu öffnen',
    '&Open again': 'Erneut ö&ffnen',
    'Cancel sign-in': 'Anmeldung abbrechen',
    "Switchboard opened %1's sign-in page in your browser. Sign in there and allow access; this page updates by itself. If no browser opened, copy the address.":
        'Switchboard hat die Anmeldeseite von %1 in Ihrem Browser geöffnet. Melden Sie sich dort an und erlauben Sie '
        'den Zugriff; diese Seite aktualisiert sich von selbst. Falls sich kein Browser geöffnet hat, kopieren Sie die '
        'Adresse.',
    'Waiting… %n s': ('Warten … %n s', 'Warten … %n s'),
    'Copied': 'Kopiert',
}


def english_plurals(path: Path, sources: set) -> None:
    """English is the source language: only our plural forms need text (lrelease falls back otherwise)."""
    tree = ET.parse(path)
    for message in tree.getroot().iter('message'):
        src = message.find('source').text
        if message.get('numerus') != 'yes' or src not in sources:
            continue
        translation = message.find('translation')
        translation.attrib.pop('type', None)
        for child in list(translation):
            translation.remove(child)
        for form in (src.replace('(s)', ''), src.replace('(s)', 's')):
            ET.SubElement(translation, 'numerusform').text = form
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')


def fill_unfinished(path: Path, table: dict) -> None:
    """Like fill_de.fill, but only touches messages lupdate marked unfinished: the shell's words stay as they are."""
    tree = ET.parse(path)
    for message in tree.getroot().iter('message'):
        translation = message.find('translation')
        value = table.get(message.find('source').text)
        if value is None or translation.get('type') != 'unfinished':
            continue
        translation.attrib.pop('type', None)
        for child in list(translation):
            translation.remove(child)
        if message.get('numerus') == 'yes':
            translation.text = None
            for form in (value if isinstance(value, tuple) else (value, value)):
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = value
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')


if __name__ == '__main__':
    root = Path(__file__).resolve().parents[1]
    fill_unfinished(root / 'switchboard_de.ts', DE)
    english_plurals(root / 'switchboard_en.ts', set(DE))
