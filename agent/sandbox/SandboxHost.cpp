#include "sandbox/SandboxHost.h"

#include "sandbox/Sandbox.h"

#include <QThread>

namespace sb::sandbox {

SandboxHost::SandboxHost(QObject* parent)
    : QObject(parent)
{
}

SandboxHost::~SandboxHost()
{
    stop();
}

Result<SandboxEndpoints> SandboxHost::start(SandboxOptions options)
{
    if (m_thread)
        return fail(QStringLiteral("sandbox.running"), QStringLiteral("The sandbox is already running; stop it first."));

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("sandbox"));
    auto* sandbox = new Sandbox(options);
    sandbox->moveToThread(m_thread);
    // Deferred deletes still run when the thread's loop ends, so the sandbox dies in its own thread.
    connect(m_thread, &QThread::finished, sandbox, &QObject::deleteLater);
    m_sandbox = sandbox;
    m_thread->start();

    Result<SandboxEndpoints> result = fail(QStringLiteral("sandbox.start"), QStringLiteral("The sandbox did not start."));
    QMetaObject::invokeMethod(
        sandbox, [sandbox] { return sandbox->start(); }, Qt::BlockingQueuedConnection, &result);
    if (!result) {
        stop();
        return result;
    }
    m_endpoints = *result;
    return result;
}

void SandboxHost::stop()
{
    if (!m_thread)
        return;
    if (m_sandbox)
        QMetaObject::invokeMethod(m_sandbox, [sandbox = m_sandbox] { sandbox->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_endpoints = {};
}

} // namespace sb::sandbox
