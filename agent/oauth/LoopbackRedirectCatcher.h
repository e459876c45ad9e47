#pragma once

#include "core/Result.h"
#include "net/HttpMessage.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sb {

namespace net {
class LoopbackHttpServer;
}

// Catches one provider's authorization redirect on http://127.0.0.1:{random port}/callback/{provider}
// (RFC 8252 §7.3: loopback IP literal, any port, a path of our own; bound to 127.0.0.1 only). Other paths get a 404.
// The handler answers the browser when the flow is done, so the page can say how it ended.
class LoopbackRedirectCatcher : public QObject
{
    Q_OBJECT
public:
    using OnRedirect = std::function<void(const QUrl& url, net::Responder respond)>;

    explicit LoopbackRedirectCatcher(QString provider, QObject* parent = nullptr);
    ~LoopbackRedirectCatcher() override;

    [[nodiscard]] Status listen();
    // Stops accepting connections; answers already accepted are still delivered.
    void close();
    [[nodiscard]] QUrl redirectUri() const;
    void setOnRedirect(OnRedirect onRedirect) { m_onRedirect = std::move(onRedirect); }

    // The page the browser shows at the end ("You can close this window", or what went wrong).
    [[nodiscard]] static net::HttpResponse page(bool success, const QString& headline, const QString& details);

private:
    QString m_provider;
    std::unique_ptr<net::LoopbackHttpServer> m_server;
    OnRedirect m_onRedirect;
};

} // namespace sb
