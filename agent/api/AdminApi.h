#pragma once

#include "core/Result.h"
#include "net/HttpMessage.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>

#include <functional>
#include <memory>

namespace sb {

namespace net {
class LoopbackHttpServer;
}

// The local admin API: loopback only, one bearer token, a JSON envelope
//   {"ok":true,"data":…}  /  {"ok":false,"error":{"code":…,"message":…}}
// Later issues add routes with addRoute(); path patterns use ":name" segments ("/audit-logs/:logId").
class AdminApi : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        net::HttpRequest http;
        QMap<QString, QString> params; // from ":name" path segments
    };
    using Reply = std::function<void(int status, const QJsonValue& dataOrError)>;
    using RouteHandler = std::function<void(const Request&, Reply)>;

    AdminApi(QString bearerToken, QObject* parent = nullptr);
    ~AdminApi() override;

    void addRoute(const QByteArray& method, const QString& pattern, RouteHandler handler);

    [[nodiscard]] Status listen(quint16 port);
    [[nodiscard]] QUrl url() const;

    // Envelope helpers for route handlers.
    [[nodiscard]] static net::HttpResponse ok(const QJsonValue& data, int status = 200);
    [[nodiscard]] static net::HttpResponse error(int status, const QString& code, const QString& message);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        RouteHandler handler;
    };

    void dispatch(const net::HttpRequest& request, net::Responder respond) const;
    [[nodiscard]] bool hostIsLoopback(const net::HttpRequest& request) const;
    [[nodiscard]] bool tokenMatches(const net::HttpRequest& request) const;

    QByteArray m_token;
    std::unique_ptr<net::LoopbackHttpServer> m_server;
    QList<Route> m_routes;
};

} // namespace sb
