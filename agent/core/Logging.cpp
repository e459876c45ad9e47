#include "core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

#include <cstdio>

Q_LOGGING_CATEGORY(lcAgent, "switchboard.agent")
Q_LOGGING_CATEGORY(lcStore, "switchboard.agent.store")
Q_LOGGING_CATEGORY(lcSecrets, "switchboard.agent.secrets")
Q_LOGGING_CATEGORY(lcApi, "switchboard.agent.api")
Q_LOGGING_CATEGORY(lcCatalog, "switchboard.agent.catalog")
Q_LOGGING_CATEGORY(lcSandbox, "switchboard.agent.sandbox")
Q_LOGGING_CATEGORY(lcOAuth, "switchboard.agent.oauth")

namespace sb::logging {
namespace {

constexpr qint64 kMaxLogBytes = 5 * 1024 * 1024;
constexpr int kKeptLogs = 3;

struct LogSink
{
    QMutex mutex;
    QFile file;
    QString process;
};

LogSink& sink()
{
    static LogSink s;
    return s;
}

void rotate(QFile& file)
{
    const QString base = file.fileName();
    file.close();
    QFile::remove(QStringLiteral("%1.%2").arg(base).arg(kKeptLogs));
    for (int i = kKeptLogs - 1; i >= 1; --i)
        QFile::rename(QStringLiteral("%1.%2").arg(base).arg(i), QStringLiteral("%1.%2").arg(base).arg(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const char* const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QStringLiteral("%1 %2 %3 %4: %5\n")
                                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                     sink().process,
                                     QString::fromLatin1(levels[type]),
                                     QString::fromLatin1(context.category ? context.category : "default"),
                                     message)
                                .toUtf8();
    QMutexLocker locker(&sink().mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    if (sink().file.isOpen()) {
        if (sink().file.size() > kMaxLogBytes)
            rotate(sink().file);
        sink().file.write(line);
        sink().file.flush();
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString logFilePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("logs/switchboard.log"));
}

void install(const QString& dataDir, const QString& processName)
{
    {
        QMutexLocker locker(&sink().mutex);
        sink().process = processName;
        QDir().mkpath(QDir(dataDir).filePath(QStringLiteral("logs")));
        if (sink().file.isOpen())
            sink().file.close();
        sink().file.setFileName(logFilePath(dataDir));
        sink().file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
        sink().file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    qInstallMessageHandler(handler);
}

} // namespace sb::logging
