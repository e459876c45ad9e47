#include "tools/ToolRoutes.h"

#include "api/AdminApi.h"
#include "connections/CredentialSource.h"
#include "tools/ToolExecutor.h"
#include "tools/ToolRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

int httpStatusForToolError(const QString& code)
{
    if (code == tool_errors::InvalidInput)
        return 400;
    if (code == tool_errors::UnknownTool)
        return 404;
    if (code == credential_errors::NotConnected || code == credential_errors::NeedsReconnect
        || code == credential_errors::UnknownConnection)
        return 409;
    if (code == QLatin1String("provider_timeout"))
        return 504;
    if (code == QLatin1String("audit_unavailable"))
        return 503;
    return 502;
}

void registerToolRoutes(AdminApi& api, const ToolRegistry& registry, ToolExecutor& executor)
{
    api.addRoute("GET", QStringLiteral("/tools"), [&registry](const AdminApi::Request& request, AdminApi::Reply reply) {
        const QString format = request.http.query().queryItemValue(QStringLiteral("format"));
        if (format == QLatin1String("vapi"))
            return reply(200, registry.toVapi());
        if (!format.isEmpty() && format != QLatin1String("switchboard"))
            return reply(400, QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_format")},
                                          {QStringLiteral("message"), AdminApi::tr("format must be vapi or switchboard.")}});
        reply(200, QJsonObject{{QStringLiteral("tools"), registry.toJson()}});
    });

    api.addRoute("POST", QStringLiteral("/agents/:agentId/tools/:toolName"),
                 [&executor](const AdminApi::Request& request, AdminApi::Reply reply) {
        auto badRequest = [&reply](const QString& code, const QString& message) {
            reply(400, QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
        };
        QJsonObject input;
        if (!request.http.body.trimmed().isEmpty()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(request.http.body, &error);
            if (error.error != QJsonParseError::NoError)
                return badRequest(QStringLiteral("invalid_json"),
                                  AdminApi::tr("The body is not valid JSON: %1 at offset %2.")
                                      .arg(error.errorString())
                                      .arg(error.offset));
            if (!doc.isObject())
                return badRequest(QStringLiteral("invalid_json"), AdminApi::tr("The body must be a JSON object (the tool's input)."));
            input = doc.object();
        }
        ToolRunRequest run;
        run.tool = request.params.value(QStringLiteral("toolName"));
        run.caller = QUrl::fromPercentEncoding(request.params.value(QStringLiteral("agentId")).toUtf8());
        run.input = input;
        const QUrlQuery query = request.http.query();
        run.userId = query.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded);
        const QString connection = query.queryItemValue(QStringLiteral("connection"));
        if (!connection.isEmpty()) {
            bool ok = false;
            const qint64 id = connection.toLongLong(&ok);
            if (!ok || id <= 0)
                return badRequest(QStringLiteral("invalid_connection"),
                                  AdminApi::tr("connection must be a connection id (a positive number)."));
            run.connectionId = id;
        }
        executor.run(run, [reply](ToolRunResult result) {
            if (!result.error) {
                reply(200, QJsonObject{{QStringLiteral("auditLogId"), QString::number(result.auditLogId)},
                                       {QStringLiteral("status"), result.status},
                                       {QStringLiteral("toolName"), result.tool},
                                       {QStringLiteral("executionTimeMs"), result.executionMs},
                                       {QStringLiteral("output"), result.output}});
                return;
            }
            QJsonObject error{{QStringLiteral("code"), result.error->code},
                              {QStringLiteral("message"), result.error->message}};
            if (result.auditLogId)
                error.insert(QStringLiteral("auditLogId"), QString::number(result.auditLogId));
            reply(httpStatusForToolError(result.error->code), error);
        });
    });
}

} // namespace sb
