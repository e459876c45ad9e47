#include "api/AdminApi.h"

#include "core/Logging.h"
#include "net/LoopbackHttpServer.h"

#include <QJsonObject>
#include <QJsonDocument>

#include <openssl/crypto.h>

namespace sb {

AdminApi::AdminApi(QString bearerToken, QObject* parent)
    : QObject(parent)
    , m_token(bearerToken.toUtf8())
    , m_server(std::make_unique<net::LoopbackHttpServer>())
{
    m_server->setHandler([this](const net::HttpRequest& request, net::Responder respond) {
        dispatch(request, std::move(respond));
    });
}

AdminApi::~AdminApi()
{
    OPENSSL_cleanse(m_token.data(), size_t(m_token.size()));
}

void AdminApi::addRoute(const QByteArray& method, const QString& pattern, RouteHandler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

Status AdminApi::listen(quint16 port)
{
    QString message;
    if (!m_server->listen(port, &message))
        return fail(QStringLiteral("api_listen"), tr("The admin API could not start: %1").arg(message));
    qCInfo(lcApi) << "admin API listening on" << url().toString();
    return {};
}

QUrl AdminApi::url() const
{
    return m_server->baseUrl();
}

net::HttpResponse AdminApi::ok(const QJsonValue& data, int status)
{
    return net::HttpResponse::json(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("data"), data}}, status);
}

net::HttpResponse AdminApi::error(int status, const QString& code, const QString& message)
{
    return net::HttpResponse::json(
        QJsonObject{{QStringLiteral("ok"), false},
                    {QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
        status);
}

bool AdminApi::hostIsLoopback(const net::HttpRequest& request) const
{
    // DNS rebinding defence: a page on evil.example resolving to 127.0.0.1 still sends "Host: evil.example".
    QByteArray host = request.header("host").toLower();
    if (host.startsWith('[')) {
        host = host.mid(1, host.indexOf(']') - 1);
    } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
        host = host.left(colon);
    }
    return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

bool AdminApi::tokenMatches(const net::HttpRequest& request) const
{
    const QByteArray presented = request.bearerToken();
    return !m_token.isEmpty() && presented.size() == m_token.size()
           && CRYPTO_memcmp(presented.constData(), m_token.constData(), size_t(m_token.size())) == 0;
}

void AdminApi::dispatch(const net::HttpRequest& request, net::Responder respond) const
{
    if (!hostIsLoopback(request)) {
        respond(error(403, QStringLiteral("forbidden_host"),
                      tr("This API answers only requests addressed to 127.0.0.1 or localhost.")));
        return;
    }
    if (!tokenMatches(request)) {
        net::HttpResponse response =
            error(401, QStringLiteral("unauthorized"),
                  request.bearerToken().isEmpty()
                      ? tr("An Authorization: Bearer token is required (see Settings → Admin API).")
                      : tr("The bearer token is wrong."));
        response.setHeader("WWW-Authenticate", "Bearer realm=\"switchboard\"");
        respond(response);
        return;
    }

    const QStringList segments = request.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathKnown = false;
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        Request routed{request, {}};
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            const QString& expected = route.segments.at(i);
            if (expected.startsWith(QLatin1Char(':')))
                routed.params.insert(expected.mid(1), segments.at(i));
            else
                match = expected == segments.at(i);
        }
        if (!match)
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        route.handler(routed, [respond](int status, const QJsonValue& value) {
            if (status < 400) {
                respond(ok(value, status));
                return;
            }
            const QJsonObject err = value.toObject();
            // Extra fields of a route's error (a tool run's auditLogId) travel inside "error" too.
            net::HttpResponse response = error(status, err.value(QStringLiteral("code")).toString(),
                                               err.value(QStringLiteral("message")).toString());
            if (err.size() > 2) {
                QJsonObject envelope = QJsonDocument::fromJson(response.body).object();
                QJsonObject detail = envelope.value(QStringLiteral("error")).toObject();
                for (auto it = err.constBegin(); it != err.constEnd(); ++it)
                    detail.insert(it.key(), it.value());
                envelope.insert(QStringLiteral("error"), detail);
                response = net::HttpResponse::json(envelope, status);
            }
            respond(response);
        });
        return;
    }
    if (pathKnown)
        respond(error(405, QStringLiteral("method_not_allowed"),
                      tr("%1 is not allowed on %2.").arg(QString::fromLatin1(request.method), request.path())));
    else
        respond(error(404, QStringLiteral("not_found"), tr("No such endpoint: %1").arg(request.path())));
}

} // namespace sb
