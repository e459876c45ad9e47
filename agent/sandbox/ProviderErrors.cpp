#include "sandbox/ProviderErrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace sb::sandbox::errors {

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString defaultMessage(int status)
{
    switch (status) {
    case 401: return QStringLiteral("Request had invalid authentication credentials.");
    case 403: return QStringLiteral("The caller does not have permission.");
    case 404: return QStringLiteral("The requested resource was not found.");
    case 429: return QStringLiteral("Too many requests.");
    case 503: return QStringLiteral("The service is currently unavailable.");
    default: return QStringLiteral("Internal error encountered.");
    }
}

// Google JSON error (https://cloud.google.com/apis/design/errors): reason and canonical status per HTTP status.
net::HttpResponse google(int status, const QString& message)
{
    QString reason = QStringLiteral("backendError");
    QString canonical = QStringLiteral("INTERNAL");
    switch (status) {
    case 400: reason = QStringLiteral("badRequest"); canonical = QStringLiteral("INVALID_ARGUMENT"); break;
    case 401: reason = QStringLiteral("authError"); canonical = QStringLiteral("UNAUTHENTICATED"); break;
    case 403: reason = QStringLiteral("forbidden"); canonical = QStringLiteral("PERMISSION_DENIED"); break;
    case 404: reason = QStringLiteral("notFound"); canonical = QStringLiteral("NOT_FOUND"); break;
    case 429: reason = QStringLiteral("rateLimitExceeded"); canonical = QStringLiteral("RESOURCE_EXHAUSTED"); break;
    case 503: canonical = QStringLiteral("UNAVAILABLE"); break;
    default: break;
    }
    const QJsonObject detail{{QStringLiteral("message"), message}, {QStringLiteral("domain"), QStringLiteral("global")},
                             {QStringLiteral("reason"), reason}};
    return net::HttpResponse::json(QJsonObject{{QStringLiteral("error"),
                                                QJsonObject{{QStringLiteral("code"), status},
                                                            {QStringLiteral("message"), message},
                                                            {QStringLiteral("errors"), QJsonArray{detail}},
                                                            {QStringLiteral("status"), canonical}}}},
                                   status);
}

// Microsoft Graph error resource (https://learn.microsoft.com/graph/errors).
net::HttpResponse graph(int status, const QString& message)
{
    QString code = QStringLiteral("generalException");
    switch (status) {
    case 401: code = QStringLiteral("InvalidAuthenticationToken"); break;
    case 403: code = QStringLiteral("accessDenied"); break;
    case 404: code = QStringLiteral("itemNotFound"); break;
    case 429: code = QStringLiteral("TooManyRequests"); break;
    case 503: code = QStringLiteral("serviceNotAvailable"); break;
    default: break;
    }
    const QString requestId = uuid();
    const QJsonObject inner{{QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                            {QStringLiteral("request-id"), requestId},
                            {QStringLiteral("client-request-id"), requestId}};
    auto response = net::HttpResponse::json(
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message},
                                                          {QStringLiteral("innerError"), inner}}}},
        status);
    response.setHeader("request-id", requestId.toLatin1());
    return response;
}

// Twilio REST error (https://www.twilio.com/docs/usage/twilios-response#response-formats-exceptions).
net::HttpResponse twilio(int status, const QString& message)
{
    int code = 20500;
    switch (status) {
    case 401: code = 20003; break;
    case 404: code = 20404; break;
    case 429: code = 20429; break;
    case 503: code = 20503; break;
    default: break;
    }
    return net::HttpResponse::json(
        QJsonObject{{QStringLiteral("code"), code},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                    {QStringLiteral("status"), status}},
        status);
}

// Stripe error object (https://docs.stripe.com/api/errors).
net::HttpResponse stripe(int status, const QString& message)
{
    QJsonObject error{{QStringLiteral("message"), message}};
    if (status == 401) {
        error.insert(QStringLiteral("type"), QStringLiteral("invalid_request_error"));
    } else if (status == 429) {
        error.insert(QStringLiteral("type"), QStringLiteral("invalid_request_error"));
        error.insert(QStringLiteral("code"), QStringLiteral("rate_limit"));
    } else if (status >= 500) {
        error.insert(QStringLiteral("type"), QStringLiteral("api_error"));
    } else {
        error.insert(QStringLiteral("type"), QStringLiteral("invalid_request_error"));
    }
    auto response = net::HttpResponse::json(QJsonObject{{QStringLiteral("error"), error}}, status);
    response.setHeader("Request-Id", "req_" + QUuid::createUuid().toRfc4122().toHex().left(14));
    return response;
}

} // namespace

net::HttpResponse oauth(const QString& provider, const QString& error, const QString& description, int status,
                        int aadsts)
{
    QJsonObject body{{QStringLiteral("error"), error}};
    if (provider == QLatin1String("microsoft")) {
        // Entra ID's token errors: https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow#error-response-1
        const int code = aadsts ? aadsts : 90000;
        body.insert(QStringLiteral("error_description"), QStringLiteral("AADSTS%1: %2").arg(code).arg(description));
        body.insert(QStringLiteral("error_codes"), QJsonArray{code});
        body.insert(QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        body.insert(QStringLiteral("trace_id"), uuid());
        body.insert(QStringLiteral("correlation_id"), uuid());
    } else {
        body.insert(QStringLiteral("error_description"), description);
    }
    auto response = net::HttpResponse::json(body, status);
    response.setHeader("Cache-Control", "no-store");
    if (status == 401)
        response.setHeader("WWW-Authenticate", "Basic realm=\"sandbox\"");
    return response;
}

net::HttpResponse slack(const QString& error)
{
    return net::HttpResponse::json(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}});
}

net::HttpResponse rest(const QString& provider, int status, const QString& message)
{
    const QString text = message.isEmpty() ? defaultMessage(status) : message;
    if (provider == QLatin1String("google"))
        return google(status, text);
    if (provider == QLatin1String("microsoft"))
        return graph(status, text);
    if (provider == QLatin1String("twilio"))
        return twilio(status, text);
    if (provider == QLatin1String("stripe"))
        return stripe(status, text);
    if (provider == QLatin1String("slack")) {
        // Slack answers its own errors with 200; only rate limits and outages change the status.
        const QString error = status == 429 ? QStringLiteral("ratelimited")
                            : status >= 500  ? QStringLiteral("internal_error")
                            : status == 404  ? QStringLiteral("unknown_method")
                                             : QStringLiteral("invalid_auth");
        auto response = slack(error);
        response.status = (status == 429 || status >= 500) ? status : 200;
        return response;
    }
    // The generic provider has no REST API of its own: RFC 6749/6750-style codes.
    const QString code = status == 401 ? QStringLiteral("invalid_token")
                       : status == 404 ? QStringLiteral("not_found")
                       : status == 429 || status == 503 ? QStringLiteral("temporarily_unavailable")
                                                        : QStringLiteral("server_error");
    return net::HttpResponse::json(QJsonObject{{QStringLiteral("error"), code},
                                               {QStringLiteral("error_description"), text}},
                                   status);
}

net::HttpResponse notFound(const QString& provider, const net::HttpRequest& request)
{
    if (provider == QLatin1String("stripe")) {
        return stripe(404, QStringLiteral("Unrecognized request URL (%1: %2). Please see https://stripe.com/docs or "
                                          "we can help at https://support.stripe.com/.")
                               .arg(QString::fromLatin1(request.method), request.path()));
    }
    if (provider == QLatin1String("twilio"))
        return twilio(404, QStringLiteral("The requested resource %1 was not found").arg(request.path()));
    if (provider == QLatin1String("slack") && !request.path().startsWith(QLatin1String("/api/")))
        return net::HttpResponse::text("Not Found", 404);
    return rest(provider, 404);
}

net::HttpResponse injected(const QString& provider, bool oauthRoute, int status, int retryAfterSeconds)
{
    net::HttpResponse response;
    if (oauthRoute && provider != QLatin1String("slack")) {
        const QString error = status == 500 ? QStringLiteral("server_error") : QStringLiteral("temporarily_unavailable");
        response = oauth(provider, error, defaultMessage(status), status);
    } else {
        response = rest(provider, status);
    }
    if ((status == 429 || status == 503) && retryAfterSeconds >= 0)
        response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

} // namespace sb::sandbox::errors
