#include "sandbox/ControlApi.h"

#include "sandbox/DemoData.h"
#include "sandbox/OAuthServer.h"
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::sandbox {

namespace {

net::HttpResponse problem(int status, const QString& code, const QString& message)
{
    return net::HttpResponse::json(QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}},
                                   status);
}

net::HttpResponse ok(QJsonObject body = {})
{
    body.insert(QStringLiteral("ok"), true);
    return net::HttpResponse::json(body);
}

// Control bodies are JSON objects; an empty body counts as {}.
std::optional<QJsonObject> jsonBody(const net::HttpRequest& request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

ControlApi::ControlApi(Sandbox& sandbox)
    : m_sandbox(sandbox)
{
}

net::HttpResponse ControlApi::clients() const
{
    const SandboxEndpoints endpoints = m_sandbox.endpoints();
    auto base = [&endpoints](const QString& provider) {
        return endpoints.providers.value(provider).toString(QUrl::StripTrailingSlash);
    };
    QJsonArray oauth;
    for (const demo::OAuthClient& client : demo::oauthClients()) {
        oauth.append(QJsonObject{
            {QStringLiteral("provider"), client.provider},
            {QStringLiteral("clientId"), client.clientId},
            {QStringLiteral("clientSecret"), client.clientSecret},
            {QStringLiteral("redirectUriPattern"), QStringLiteral("http://127.0.0.1:{port}/callback/%1").arg(client.provider)},
            {QStringLiteral("redirectUriPatterns"),
             QJsonArray{QStringLiteral("http://127.0.0.1:{port}/callback/%1").arg(client.provider),
                        QStringLiteral("http://localhost:{port}/callback/%1").arg(client.provider)}},
            {QStringLiteral("baseUrl"), base(client.provider)},
            {QStringLiteral("authorizationEndpoint"), base(client.provider) + OAuthServer::authorizePath(client.provider)},
            {QStringLiteral("tokenEndpoint"), base(client.provider) + OAuthServer::tokenPath(client.provider)}});
    }
    QJsonArray twilio;
    for (const demo::TwilioAccount& account : demo::twilioAccounts()) {
        twilio.append(QJsonObject{{QStringLiteral("accountSid"), account.accountSid},
                                  {QStringLiteral("authToken"), account.authToken},
                                  {QStringLiteral("owner"), account.owner},
                                  {QStringLiteral("baseUrl"), base(QStringLiteral("twilio"))}});
    }
    QJsonArray stripe;
    for (const demo::StripeKey& key : demo::stripeKeys()) {
        stripe.append(QJsonObject{{QStringLiteral("secretKey"), key.secretKey},
                                  {QStringLiteral("accountId"), key.accountId},
                                  {QStringLiteral("owner"), key.owner},
                                  {QStringLiteral("baseUrl"), base(QStringLiteral("stripe"))}});
    }
    QJsonArray accounts;
    for (const demo::Account& account : demo::accounts()) {
        accounts.append(QJsonObject{{QStringLiteral("email"), account.email},
                                    {QStringLiteral("name"), account.name},
                                    {QStringLiteral("subject"), account.subject}});
    }
    return net::HttpResponse::json(QJsonObject{{QStringLiteral("oauthClients"), oauth},
                                               {QStringLiteral("twilio"), twilio},
                                               {QStringLiteral("stripe"), stripe},
                                               {QStringLiteral("accounts"), accounts}});
}

net::HttpResponse ControlApi::settings() const
{
    return net::HttpResponse::json(
        QJsonObject{{QStringLiteral("seed"), qint64(m_sandbox.options().seed)},
                    {QStringLiteral("accessTokenLifetimeSeconds"), m_sandbox.tokens().accessTokenLifetime()},
                    {QStringLiteral("slackTokenRotation"), m_sandbox.tokens().slackTokenRotation()},
                    {QStringLiteral("clockOffsetSeconds"), m_sandbox.clockOffsetSeconds()}});
}

net::HttpResponse ControlApi::handle(const net::HttpRequest& request)
{
    // The listener is loopback-only; the Host check also stops a web page from reaching it by DNS rebinding.
    const QByteArray host = request.header("host");
    const QByteArray hostName = host.left(host.lastIndexOf(':') < 0 ? host.size() : host.lastIndexOf(':'));
    if (!host.isEmpty() && hostName != "127.0.0.1" && hostName != "localhost")
        return problem(403, QStringLiteral("forbidden_host"), QStringLiteral("The control API answers only 127.0.0.1."));

    const QString path = request.path();
    const QByteArray& method = request.method;
    const QString provider = request.query().queryItemValue(QStringLiteral("provider"));
    const auto body = jsonBody(request);
    if (!body && method != "GET")
        return problem(400, QStringLiteral("invalid_json"), QStringLiteral("The request body must be a JSON object."));

    if (path == QLatin1String("/_sandbox/health") && method == "GET")
        return ok();
    if (path == QLatin1String("/_sandbox/clients") && method == "GET")
        return clients();
    if (path == QLatin1String("/_sandbox/endpoints") && method == "GET") {
        QJsonObject providers;
        const SandboxEndpoints endpoints = m_sandbox.endpoints();
        for (auto it = endpoints.providers.cbegin(); it != endpoints.providers.cend(); ++it)
            providers.insert(it.key(), it.value().toString(QUrl::StripTrailingSlash));
        return net::HttpResponse::json(QJsonObject{{QStringLiteral("control"), endpoints.control.toString(QUrl::StripTrailingSlash)},
                                                   {QStringLiteral("providers"), providers}});
    }
    if (path == QLatin1String("/_sandbox/faults")) {
        if (method == "GET")
            return net::HttpResponse::json(QJsonObject{{QStringLiteral("faults"), m_sandbox.faults().toJson()}});
        if (method == "POST") {
            auto fault = m_sandbox.faults().add(*body);
            if (!fault)
                return problem(400, fault.error().code, fault.error().message);
            return net::HttpResponse::json(QJsonObject{{QStringLiteral("fault"), fault->toJson()}}, 201);
        }
        if (method == "DELETE") {
            m_sandbox.faults().clear(provider);
            return ok();
        }
    }
    if (path.startsWith(QLatin1String("/_sandbox/faults/")) && method == "DELETE") {
        bool valid = false;
        const int id = path.mid(int(qstrlen("/_sandbox/faults/"))).toInt(&valid);
        if (!valid || !m_sandbox.faults().remove(id))
            return problem(404, QStringLiteral("not_found"), QStringLiteral("No fault with that id."));
        return ok();
    }
    if (path == QLatin1String("/_sandbox/requests")) {
        if (method == "GET")
            return net::HttpResponse::json(QJsonObject{{QStringLiteral("requests"), m_sandbox.requestLog().toJson(provider)}});
        if (method == "DELETE") {
            m_sandbox.requestLog().clear();
            return ok();
        }
    }
    if (path == QLatin1String("/_sandbox/reset") && method == "POST") {
        m_sandbox.reset();
        return ok();
    }
    if (path == QLatin1String("/_sandbox/tokens/expire") && method == "POST") {
        const int count = m_sandbox.tokens().expireAccessTokens(body->value(QStringLiteral("provider")).toString());
        return ok({{QStringLiteral("expired"), count}});
    }
    if (path == QLatin1String("/_sandbox/grants/revoke") && method == "POST") {
        const QString target = body->value(QStringLiteral("provider")).toString();
        if (!providerNames().contains(target))
            return problem(400, QStringLiteral("invalid_provider"), QStringLiteral("\"provider\" must name an OAuth provider."));
        const int count = m_sandbox.tokens().revokeGrants(target, body->value(QStringLiteral("account")).toString());
        return ok({{QStringLiteral("revoked"), count}});
    }
    if (path == QLatin1String("/_sandbox/settings")) {
        if (method == "GET")
            return settings();
        if (method == "POST") {
            if (body->contains(QStringLiteral("accessTokenLifetimeSeconds"))) {
                const int seconds = body->value(QStringLiteral("accessTokenLifetimeSeconds")).toInt(-1);
                if (seconds < 1 || seconds > 7 * 24 * 3600)
                    return problem(400, QStringLiteral("invalid_lifetime"),
                                   QStringLiteral("\"accessTokenLifetimeSeconds\" must be between 1 and 604800."));
                m_sandbox.tokens().setAccessTokenLifetime(seconds);
            }
            if (body->contains(QStringLiteral("slackTokenRotation"))) {
                const QJsonValue rotation = body->value(QStringLiteral("slackTokenRotation"));
                if (!rotation.isBool())
                    return problem(400, QStringLiteral("invalid_rotation"),
                                   QStringLiteral("\"slackTokenRotation\" must be true or false."));
                m_sandbox.tokens().setSlackTokenRotation(rotation.toBool());
            }
            return settings();
        }
    }
    if (path == QLatin1String("/_sandbox/clock") && method == "POST") {
        const int seconds = body->value(QStringLiteral("advanceSeconds")).toInt(-1);
        if (seconds < 0)
            return problem(400, QStringLiteral("invalid_clock"), QStringLiteral("\"advanceSeconds\" must be 0 or more."));
        m_sandbox.advanceClock(seconds);
        return settings();
    }
    return problem(404, QStringLiteral("not_found"), QStringLiteral("No control route %1 %2.")
                                                         .arg(QString::fromLatin1(method), path));
}

} // namespace sb::sandbox
