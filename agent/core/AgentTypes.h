#pragma once

#include "connections/ConnectionEvent.h"
#include "connections/ConnectionInfo.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace sb {

// Value types that cross from the agent thread to the console. Registered with the meta-type system so queued
// signals can carry them (registerAgentTypes()).

enum class AgentState { Starting, Running, Failed, Stopped };

struct KeychainStatus
{
    bool available = false; // the keychain answered and is unlocked
    QString backend;        // "Secret Service (org.freedesktop.secrets)", "Encrypted vault", ...
    QString message;        // a sentence for the Settings page ("Unlocked", or the error in words)
};

struct AgentStatus
{
    AgentState state = AgentState::Starting;
    QString version;
    QString dataDir;
    QUrl apiUrl;
    bool sandbox = false;
    QUrl sandboxControlUrl;
    QMap<QString, QUrl> sandboxProviders; // provider id → sandbox base URL
    KeychainStatus keychain;
    QString databasePath;
    QString sqliteVersion; // asked of the database itself, for the About dialog
    QString error; // set when state == Failed
    QDateTime startedAt;

    [[nodiscard]] QString stateText() const;
};

// One provider of the catalog as the Settings and Connections pages show it.
struct ProviderSummary
{
    QString id;
    QString displayName;
    QString authKind; // "oauth2", "api_key", "basic"
    QString iconPath; // Qt resource path
    bool embeddedBrowserAllowed = false;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QList<QUrl> apiBases;
    bool overridden = false; // URLs point somewhere else than the real service (sandbox, self-hosted)
    QStringList tools;
};

// What the sandbox panel shows: demo identities and where each provider listens.
struct SandboxDemoClient
{
    QString provider;
    QString clientId;
    QString clientSecret; // a demo value that opens nothing outside the sandbox
};

// Library versions for the About dialog: Qt (run-time), OpenSSL, QtKeychain (from CMake; its macro is wrong in 0.13).
struct LibraryVersions
{
    QString qt;
    QString openssl;
    QString qtkeychain;
    QString switchboard;
};
[[nodiscard]] LibraryVersions libraryVersions();

void registerAgentTypes();

} // namespace sb

Q_DECLARE_METATYPE(sb::AgentState)
Q_DECLARE_METATYPE(sb::KeychainStatus)
Q_DECLARE_METATYPE(sb::AgentStatus)
Q_DECLARE_METATYPE(sb::ProviderSummary)
Q_DECLARE_METATYPE(sb::SandboxDemoClient)
