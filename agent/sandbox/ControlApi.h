#pragma once

#include "net/HttpMessage.h"

namespace sb::sandbox {

class Sandbox;

// The control listener's routes (/_sandbox/...): health, demo credentials, faults, request log, token and clock
// controls, reset. JSON in, JSON out; documented in docs/sandbox.md.
class ControlApi
{
public:
    explicit ControlApi(Sandbox& sandbox);

    [[nodiscard]] net::HttpResponse handle(const net::HttpRequest& request);

private:
    [[nodiscard]] net::HttpResponse clients() const;
    [[nodiscard]] net::HttpResponse settings() const;

    Sandbox& m_sandbox;
};

} // namespace sb::sandbox
