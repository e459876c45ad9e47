#include "connections/ConnectionRoutes.h"

#include "api/AdminApi.h"
#include "connections/ConnectionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {

QString actorOf(const AdminApi::Request& request)
{
    const QString actor = QString::fromUtf8(request.http.header("x-switchboard-actor")).trimmed();
    if ((actor.startsWith(QLatin1String("cli:")) || actor.startsWith(QLatin1String("console:"))) && actor.size() < 200)
        return actor;
    return QStringLiteral("api");
}

QJsonObject body(const AdminApi::Request& request)
{
    return QJsonDocument::fromJson(request.http.body).object();
}

int statusFor(const Error& error)
{
    static const QStringList notFound{QStringLiteral("unknown_connection"), QStringLiteral("unknown_flow"),
                                      QStringLiteral("unknown_provider")};
    static const QStringList badInput{QStringLiteral("invalid_fields"), QStringLiteral("not_oauth"),
                                      QStringLiteral("not_api_key"),    QStringLiteral("needs_issuer"),
                                      QStringLiteral("oauth_no_client"), QStringLiteral("catalog_bad_issuer"),
                                      QStringLiteral("bad_request"), QStringLiteral("invalid_client_settings")};
    if (notFound.contains(error.code))
        return 404;
    if (badInput.contains(error.code))
        return 400;
    if (error.code.startsWith(QLatin1String("keychain")) || error.code.startsWith(QLatin1String("database")))
        return 503;
    return 422; // the provider, or the user at the provider, said no
}

QJsonObject errorJson(const Error& error)
{
    return QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
}

std::optional<qint64> idParam(const AdminApi::Request& request)
{
    bool ok = false;
    const qint64 id = request.params.value(QStringLiteral("id")).toLongLong(&ok);
    return ok ? std::optional(id) : std::nullopt;
}

} // namespace

void addConnectionRoutes(AdminApi& api, ConnectionService& service)
{
    ConnectionService* s = &service;
    using Request = AdminApi::Request;
    using Reply = AdminApi::Reply;
    const Error badId{QStringLiteral("bad_request"), QObject::tr("The connection id must be a number.")};

    api.addRoute("GET", QStringLiteral("/connections"), [s](const Request&, Reply reply) {
        Result<QList<ConnectionInfo>> list = s->connections();
        if (!list)
            return reply(statusFor(list.error()), errorJson(list.error()));
        QJsonArray array;
        for (const ConnectionInfo& info : *list)
            array.append(info.toJson());
        reply(200, array);
    });

    // Literal "flows" routes first: the first matching pattern wins.
    api.addRoute("GET", QStringLiteral("/connections/flows/:flowId"), [s](const Request& r, Reply reply) {
        const auto status = s->flowStatus(r.params.value(QStringLiteral("flowId")));
        if (!status)
            return reply(404, errorJson({QStringLiteral("unknown_flow"),
                                         QObject::tr("There is no such sign-in (it may have ended long ago).")}));
        reply(200, *status);
    });
    api.addRoute("POST", QStringLiteral("/connections/flows/:flowId/redirect"), [s](const Request& r, Reply reply) {
        const QUrl url(body(r).value(QStringLiteral("url")).toString().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.isEmpty())
            return reply(400, errorJson({QStringLiteral("bad_request"),
                                         QObject::tr("Send {\"url\": \"http://127.0.0.1:…/callback/…?code=…\"}.")}));
        s->submitRedirect(r.params.value(QStringLiteral("flowId")), url, [reply](const ConnectOutcome& outcome) {
            if (outcome.ok())
                return reply(200, outcome.toJson());
            reply(statusFor(outcome.error), errorJson(outcome.error));
        });
    });
    api.addRoute("POST", QStringLiteral("/connections/flows/:flowId/cancel"), [s](const Request& r, Reply reply) {
        const QString flowId = r.params.value(QStringLiteral("flowId"));
        if (Status ok = s->cancelConnect(flowId); !ok)
            return reply(statusFor(ok.error()), errorJson(ok.error()));
        reply(200, s->flowStatus(flowId).value_or(QJsonObject{}));
    });

    api.addRoute("POST", QStringLiteral("/connections/:provider/authorize"), [s](const Request& r, Reply reply) {
        s->startConnect(r.params.value(QStringLiteral("provider")), body(r).value(QStringLiteral("label")).toString(),
                        BrowserMode::System, actorOf(r), [reply](Result<AuthorizationRequest> request) {
                            if (!request)
                                return reply(statusFor(request.error()), errorJson(request.error()));
                            reply(201, request->toJson());
                        });
    });
    api.addRoute("POST", QStringLiteral("/connections/:provider/api-key"), [s](const Request& r, Reply reply) {
        const QJsonObject json = body(r);
        QMap<QString, QString> fields;
        const QJsonObject given = json.value(QStringLiteral("fields")).toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            fields.insert(it.key(), it.value().toString());
        s->connectApiKey(r.params.value(QStringLiteral("provider")), fields, json.value(QStringLiteral("label")).toString(),
                         actorOf(r), [reply](const ConnectOutcome& outcome) {
                             if (outcome.ok())
                                 return reply(201, outcome.toJson());
                             reply(statusFor(outcome.error), errorJson(outcome.error));
                         });
    });
    api.addRoute("DELETE", QStringLiteral("/connections/:id"), [s, badId](const Request& r, Reply reply) {
        const auto id = idParam(r);
        if (!id)
            return reply(400, errorJson(badId));
        s->disconnect(*id, actorOf(r), [reply, id](Result<QString> message) {
            if (!message)
                return reply(statusFor(message.error()), errorJson(message.error()));
            reply(200, QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("message"), *message}});
        });
    });
    api.addRoute("POST", QStringLiteral("/connections/:id/test"), [s, badId](const Request& r, Reply reply) {
        const auto id = idParam(r);
        if (!id)
            return reply(400, errorJson(badId));
        s->testConnection(*id, [reply, id](Result<QString> message) {
            if (!message)
                return reply(statusFor(message.error()), errorJson(message.error()));
            reply(200, QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("message"), *message}});
        });
    });
    api.addRoute("POST", QStringLiteral("/connections/:id/label"), [s, badId](const Request& r, Reply reply) {
        const auto id = idParam(r);
        if (!id)
            return reply(400, errorJson(badId));
        if (Status ok = s->renameConnection(*id, body(r).value(QStringLiteral("label")).toString(), actorOf(r)); !ok)
            return reply(statusFor(ok.error()), errorJson(ok.error()));
        reply(200, s->connection(*id).value_or(ConnectionInfo{}).toJson());
    });
    api.addRoute("POST", QStringLiteral("/connections/:id/default"), [s, badId](const Request& r, Reply reply) {
        const auto id = idParam(r);
        if (!id)
            return reply(400, errorJson(badId));
        if (Status ok = s->setDefaultConnection(*id, actorOf(r)); !ok)
            return reply(statusFor(ok.error()), errorJson(ok.error()));
        reply(200, s->connection(*id).value_or(ConnectionInfo{}).toJson());
    });
    api.addRoute("GET", QStringLiteral("/providers/:provider/client"), [s](const Request& r, Reply reply) {
        const ProviderClientSettings settings = s->providerClient(r.params.value(QStringLiteral("provider")));
        QJsonArray scopes;
        for (const QString& scope : settings.scopes)
            scopes.append(scope);
        reply(200, QJsonObject{{QStringLiteral("provider"), settings.provider},
                               {QStringLiteral("clientId"), settings.clientId},
                               {QStringLiteral("usesSandboxClient"), settings.usesFallback},
                               {QStringLiteral("testing"), settings.testing},
                               {QStringLiteral("issuer"), settings.issuer.toString()},
                               {QStringLiteral("authorizeUrl"), settings.authorizeUrl.toString()},
                               {QStringLiteral("tokenUrl"), settings.tokenUrl.toString()},
                               {QStringLiteral("revokeUrl"), settings.revokeUrl.toString()},
                               {QStringLiteral("userinfoUrl"), settings.userinfoUrl.toString()},
                               {QStringLiteral("scopes"), scopes}});
    });
    api.addRoute("PUT", QStringLiteral("/providers/:provider/client"), [s](const Request& r, Reply reply) {
        const QJsonObject json = body(r);
        ProviderClientSettings settings;
        settings.provider = r.params.value(QStringLiteral("provider"));
        settings.clientId = json.value(QStringLiteral("clientId")).toString();
        settings.clientSecret = json.value(QStringLiteral("clientSecret")).toString();
        settings.testing = json.value(QStringLiteral("testing")).toBool();
        settings.issuer = QUrl(json.value(QStringLiteral("issuer")).toString());
        settings.authorizeUrl = QUrl(json.value(QStringLiteral("authorizeUrl")).toString());
        settings.tokenUrl = QUrl(json.value(QStringLiteral("tokenUrl")).toString());
        settings.revokeUrl = QUrl(json.value(QStringLiteral("revokeUrl")).toString());
        settings.userinfoUrl = QUrl(json.value(QStringLiteral("userinfoUrl")).toString());
        for (const QJsonValue& scope : json.value(QStringLiteral("scopes")).toArray())
            settings.scopes.append(scope.toString());
        s->setProviderClient(settings, actorOf(r), [reply, provider = settings.provider](Status ok) {
            if (!ok)
                return reply(statusFor(ok.error()), errorJson(ok.error()));
            reply(200, QJsonObject{{QStringLiteral("provider"), provider}});
        });
    });
}

} // namespace sb
