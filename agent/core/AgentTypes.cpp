#include "core/AgentTypes.h"

#include "BuildInfo.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

namespace sb {

QString AgentStatus::stateText() const
{
    switch (state) {
    case AgentState::Starting: return QCoreApplication::translate("sb::AgentStatus", "Agent starting…");
    case AgentState::Running:
        return sandbox ? QCoreApplication::translate("sb::AgentStatus", "Agent running (sandbox)")
                       : QCoreApplication::translate("sb::AgentStatus", "Agent running");
    case AgentState::Failed: return QCoreApplication::translate("sb::AgentStatus", "Agent failed: %1").arg(error);
    case AgentState::Stopped: return QCoreApplication::translate("sb::AgentStatus", "Agent stopped");
    }
    return {};
}

LibraryVersions libraryVersions()
{
    return {QString::fromLatin1(qVersion()), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
            QStringLiteral(SB_QTKEYCHAIN_VERSION), QStringLiteral(SB_VERSION)};
}

void registerAgentTypes()
{
    qRegisterMetaType<sb::Error>();
    qRegisterMetaType<sb::AgentState>();
    qRegisterMetaType<sb::KeychainStatus>();
    qRegisterMetaType<sb::AgentStatus>();
    qRegisterMetaType<sb::ProviderSummary>();
    qRegisterMetaType<QList<sb::ProviderSummary>>();
    qRegisterMetaType<sb::SandboxDemoClient>();
    qRegisterMetaType<QList<sb::SandboxDemoClient>>();
    // Connections page contract (agent/connections/ConnectionInfo.h, ConnectionEvent.h).
    qRegisterMetaType<sb::ConnectionEvent>();
    qRegisterMetaType<sb::ConnectionInfo>();
    qRegisterMetaType<QList<sb::ConnectionInfo>>();
    qRegisterMetaType<sb::BrowserMode>();
    qRegisterMetaType<sb::AuthorizationRequest>();
    qRegisterMetaType<sb::ConnectOutcome>();
    qRegisterMetaType<sb::ProviderClientSettings>();
}

} // namespace sb
