#pragma once

#include "net/HttpMessage.h"

#include <QObject>

#include <memory>

namespace sb::net {

class HttpServerBackend;

// The one place that knows the QtHttpServer API. Its handler and responder signatures changed after Qt 6.4 and its
// listen() binds every interface by default; everything else in Switchboard sees only HttpRequest/HttpResponse and a
// server that is bound to 127.0.0.1 and nothing else.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackHttpServer(QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    void setHandler(Handler handler);

    // Binds 127.0.0.1 on `port` (0 picks a free one). Returns false with a message when the port is taken.
    [[nodiscard]] bool listen(quint16 port = 0, QString* error = nullptr);
    void close();

    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl baseUrl() const; // http://127.0.0.1:PORT

private:
    std::unique_ptr<HttpServerBackend> m_backend;
};

} // namespace sb::net
