#pragma once

// Helpers shared by the agent tests: start a real switchboard-agent process on a temporary data dir and wait until
// its agent.json appears.

#include "core/AgentInfo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <memory>

namespace sb::test {

inline QString binary(const QString& relative)
{
    return QDir(QStringLiteral(SB_BINARY_DIR)).filePath(relative);
}

// A running switchboard-agent; killed (SIGTERM, so it cleans up) when destroyed.
class AgentProcess
{
public:
    explicit AgentProcess(const QString& dataDir, QStringList extraArgs = {})
        : AgentProcess(binary(QStringLiteral("agent/switchboard-agent")), dataDir, std::move(extraArgs))
    {
    }
    // Any agent binary: the real one, or a test build of it.
    AgentProcess(const QString& program, const QString& dataDir, QStringList extraArgs)
    {
        m_process.setProgram(program);
        m_process.setArguments(QStringList{QStringLiteral("--data-dir"), dataDir} + extraArgs);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        m_dataDir = dataDir;
    }
    ~AgentProcess() { stop(); }

    // Waits (up to 60 s) until agent.json names this process.
    [[nodiscard]] bool waitUntilRunning()
    {
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            const Result<AgentInfo> info = AgentInfo::read(m_dataDir);
            if (info && info->pid == m_process.processId())
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            QTest::qWait(50);
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(20000))
            m_process.kill();
        m_process.waitForFinished();
    }

    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    QString m_dataDir;
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env
                                                                     = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString(), QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace sb::test
