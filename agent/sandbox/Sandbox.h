#pragma once

#include "core/Result.h"
#include "net/HttpMessage.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/IdTokenSigner.h"
#include "sandbox/ProviderApi.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxTypes.h"
#include "sandbox/TokenRegistry.h"

#include <QMap>
#include <QObject>

#include <map>
#include <memory>

namespace sb::net {
class LoopbackHttpServer;
}

namespace sb::sandbox {

class ControlApi;
class OAuthServer;

// The provider emulator: one loopback listener per provider (its OAuth routes, then its ProviderApi, then a 404 in
// the provider's format), plus the control listener (/_sandbox/...). Faults and the request log wrap every provider
// request. Not thread-safe: use it from the thread it lives in (SandboxHost gives it one of its own).
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(SandboxOptions options = {}, QObject* parent = nullptr);
    ~Sandbox() override;

    // Binds every listener on 127.0.0.1 and generates the ID token key. Fails if a port is taken.
    [[nodiscard]] Result<SandboxEndpoints> start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] SandboxEndpoints endpoints() const { return m_endpoints; }
    [[nodiscard]] const SandboxOptions& options() const { return m_options; }

    // Plugs a provider's REST emulation in after its OAuth routes (replaces an earlier one).
    void addProviderApi(const QString& provider, std::unique_ptr<ProviderApi> api);
    [[nodiscard]] const TokenIntrospector& tokenIntrospector() const { return m_tokens; }

    // What the control routes act on.
    [[nodiscard]] TokenRegistry& tokens() { return m_tokens; }
    [[nodiscard]] FaultInjector& faults() { return m_faults; }
    [[nodiscard]] RequestLog& requestLog() { return m_log; }
    void advanceClock(qint64 seconds) { m_clockOffsetMs += seconds * 1000; }
    [[nodiscard]] qint64 clockOffsetSeconds() const { return m_clockOffsetMs / 1000; }
    // Back to the state right after start(): no faults, tokens, log entries or clock offset; seeded REST data.
    void reset();

private:
    void dispatch(const QString& provider, const net::HttpRequest& request, const net::Responder& respond);
    [[nodiscard]] net::HttpResponse route(const QString& provider, const net::HttpRequest& request);

    SandboxOptions m_options;
    qint64 m_clockOffsetMs = 0;
    TokenRegistry m_tokens;
    FaultInjector m_faults;
    RequestLog m_log;
    IdTokenSigner m_signer;
    std::map<QString, std::unique_ptr<OAuthServer>> m_oauth;
    std::map<QString, std::unique_ptr<ProviderApi>> m_apis;
    std::unique_ptr<ControlApi> m_control;
    QMap<QString, net::LoopbackHttpServer*> m_servers; // children of this
    net::LoopbackHttpServer* m_controlServer = nullptr;
    SandboxEndpoints m_endpoints;
    bool m_running = false;
};

} // namespace sb::sandbox
