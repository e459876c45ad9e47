#include "core/DataDir.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace sb {

DataDir::DataDir(QString path)
    : m_path(QDir::cleanPath(QDir(path).absolutePath()))
{
}

QString DataDir::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataDir::filePath(const QString& name) const
{
    return QDir(m_path).filePath(name);
}

Status DataDir::ensureExists() const
{
    QDir dir(m_path);
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return fail(QStringLiteral("data_dir"),
                        QObject::tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(m_path)));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return {};
}

Result<QString> DataDir::installId() const
{
    const QString file = filePath(QStringLiteral("install-id"));
    QFile existing(file);
    if (existing.open(QIODevice::ReadOnly)) {
        const QString id = QString::fromLatin1(existing.readAll().trimmed());
        if (!QUuid::fromString(id).isNull())
            return id;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(id.toLatin1()) < 0 || !out.commit())
        return fail(QStringLiteral("data_dir"), QObject::tr("Cannot write %1: %2").arg(file, out.errorString()));
    return id;
}

Status DataDir::lock()
{
    m_lock = std::make_unique<QLockFile>(filePath(QStringLiteral("agent.lock")));
    m_lock->setStaleLockTime(0); // only a dead pid makes the lock stale, never its age
    if (m_lock->tryLock(0))
        return {};
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    m_lock.reset();
    return fail(QStringLiteral("already_running"),
                QObject::tr("Another Switchboard agent (pid %1) already uses the data folder %2. "
                            "Stop it first, or start this one with --data-dir pointing elsewhere.")
                    .arg(pid)
                    .arg(QDir::toNativeSeparators(m_path)));
}

} // namespace sb
