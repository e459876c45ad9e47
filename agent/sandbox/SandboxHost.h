#pragma once

#include "core/Result.h"
#include "sandbox/SandboxTypes.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace sb::sandbox {

class Sandbox;

// Runs a Sandbox in a thread of its own, so its listeners answer while the caller's thread is busy (or blocked on a
// request to them). start() blocks the calling thread until the listeners are bound: call it from the agent's
// thread, never the GUI's. The destructor stops the sandbox and joins the thread.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(QObject* parent = nullptr);
    ~SandboxHost() override;

    [[nodiscard]] Result<SandboxEndpoints> start(SandboxOptions options = {});
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    [[nodiscard]] SandboxEndpoints endpoints() const { return m_endpoints; }

private:
    QThread* m_thread = nullptr;
    QPointer<Sandbox> m_sandbox;
    SandboxEndpoints m_endpoints;
};

} // namespace sb::sandbox
