#include "core/AgentInfo.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <csignal>

namespace sb {

QString AgentInfo::filePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("agent.json"));
}

Status AgentInfo::write(const QString& dataDir) const
{
    QJsonObject json{
        {QStringLiteral("pid"), pid},
        {QStringLiteral("version"), version},
        {QStringLiteral("apiUrl"), apiUrl.toString()},
    };
    if (!sandboxUrl.isEmpty()) {
        json.insert(QStringLiteral("sandboxUrl"), sandboxUrl.toString());
        QJsonObject providers;
        for (auto it = sandbox.cbegin(); it != sandbox.cend(); ++it)
            providers.insert(it.key(), it.value().toString());
        json.insert(QStringLiteral("sandbox"), providers);
    }

    QSaveFile file(filePath(dataDir));
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("agent_info_write"),
                    QObject::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    // Restrict before any byte is written so the content is never readable by others, not even briefly.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(QStringLiteral("agent_info_write"),
                    QObject::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

void AgentInfo::remove(const QString& dataDir)
{
    QFile::remove(filePath(dataDir));
}

Result<AgentInfo> AgentInfo::read(const QString& dataDir)
{
    QFile file(filePath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("not_running"),
                    QObject::tr("No agent is running for %1 (no agent.json).").arg(QDir::toNativeSeparators(dataDir)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(QStringLiteral("agent_info_corrupt"),
                    QObject::tr("%1 is not valid JSON: %2").arg(file.fileName(), parseError.errorString()));
    const QJsonObject json = doc.object();
    AgentInfo info;
    info.pid = json.value(QStringLiteral("pid")).toInteger();
    info.version = json.value(QStringLiteral("version")).toString();
    info.apiUrl = QUrl(json.value(QStringLiteral("apiUrl")).toString());
    info.sandboxUrl = QUrl(json.value(QStringLiteral("sandboxUrl")).toString());
    const QJsonObject providers = json.value(QStringLiteral("sandbox")).toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it)
        info.sandbox.insert(it.key(), QUrl(it.value().toString()));
    if (!processIsRunning(info.pid))
        return fail(QStringLiteral("stale"),
                    QObject::tr("The agent that wrote %1 (pid %2) is no longer running.")
                        .arg(file.fileName())
                        .arg(info.pid));
    return info;
}

bool AgentInfo::processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    // Signal 0 checks existence; EPERM means it exists but belongs to someone else.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    return true; // TODO(windows): OpenProcess + GetExitCodeProcess
#endif
}

} // namespace sb
