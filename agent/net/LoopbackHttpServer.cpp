#include "net/LoopbackHttpServer.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace sb::net {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

HttpRequest toValue(const QHttpServerRequest& request)
{
    HttpRequest value;
    value.method = methodName(request.method());
    value.url = request.url();
    value.headers = request.headers();
    value.body = request.body();
    value.peer = request.remoteAddress();
    return value;
}

// Writes a response through the Qt 6.4 responder API, so status lines and arbitrary headers are under our control.
void writeResponse(QHttpServerResponder& responder, const HttpResponse& response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& [name, value] : response.headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) != 0)
            responder.writeHeader(name, value);
    }
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    if (response.dropMidResponse) {
        responder.writeBody(response.body.left(response.body.size() / 2));
        if (QTcpSocket* socket = responder.socket()) {
            socket->flush();
            socket->abort();
        }
        return;
    }
    responder.writeBody(response.body);
}

} // namespace

class HttpServerBackend : public QAbstractHttpServer
{
public:
    Handler handler;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        // The responder must outlive this call for asynchronous handlers; it writes to a socket that may be gone.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> guard(socket);
        auto respond = [responder, guard, answered = std::make_shared<bool>(false)](HttpResponse response) {
            if (*answered || !guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            *answered = true;
            writeResponse(*responder, response);
        };
        if (handler)
            handler(toValue(request), respond);
        else
            respond(HttpResponse::text("no handler", 404));
        return true;
    }

    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        auto responder = makeResponder(request, socket);
        writeResponse(responder, HttpResponse::text("not found", 404));
    }
};

LoopbackHttpServer::LoopbackHttpServer(QObject* parent)
    : QObject(parent)
    , m_backend(std::make_unique<HttpServerBackend>())
{
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

void LoopbackHttpServer::setHandler(Handler handler)
{
    m_backend->handler = std::move(handler);
}

bool LoopbackHttpServer::listen(quint16 port, QString* error)
{
    // Bind our own QTcpServer: QAbstractHttpServer::listen() would report failure only as a zero port.
    auto* server = new QTcpServer(m_backend.get());
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server->errorString());
        delete server;
        return false;
    }
    m_backend->bind(server);
    return true;
}

void LoopbackHttpServer::close()
{
    for (QTcpServer* server : m_backend->servers())
        server->close();
}

quint16 LoopbackHttpServer::port() const
{
    const auto servers = m_backend->servers();
    return servers.isEmpty() ? 0 : servers.first()->serverPort();
}

QUrl LoopbackHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

} // namespace sb::net
