#include "audit/AuditRoutes.h"

#include "api/AdminApi.h"
#include "audit/AuditQuery.h"
#include "audit/AuditVerifier.h"
#include "audit/AuditWriter.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace sb {

namespace {

QJsonObject errorJson(const QString& code, const QString& message)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

void storeError(const AdminApi::Reply& reply, const Error& error)
{
    reply(500, errorJson(error.code, error.message));
}

// Query parameters shared by the list routes; false (and a 400 sent) when one is malformed.
bool parseFilter(const QUrlQuery& query, AuditFilter& filter, const AdminApi::Reply& reply)
{
    const QString limit = query.queryItemValue(QStringLiteral("limit"));
    if (!limit.isEmpty()) {
        bool ok = false;
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 1000) {
            reply(400, errorJson(QStringLiteral("invalid_limit"), AdminApi::tr("limit must be between 1 and 1000.")));
            return false;
        }
    }
    const QString before = query.queryItemValue(QStringLiteral("before"));
    if (!before.isEmpty()) {
        bool ok = false;
        filter.before = before.toLongLong(&ok);
        if (!ok || filter.before <= 0) {
            reply(400, errorJson(QStringLiteral("invalid_cursor"),
                                 AdminApi::tr("before must be the id of the last log of the previous page.")));
            return false;
        }
    }
    for (const auto& [name, target] : {std::pair{QStringLiteral("since"), &filter.since},
                                       std::pair{QStringLiteral("until"), &filter.until}}) {
        const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
        if (text.isEmpty())
            continue;
        *target = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!target->isValid()) {
            reply(400, errorJson(QStringLiteral("invalid_time"),
                                 AdminApi::tr("%1 must be an ISO 8601 time like 2026-02-24T14:00:00Z.").arg(name)));
            return false;
        }
    }
    filter.status = query.queryItemValue(QStringLiteral("status"));
    filter.tool = query.queryItemValue(QStringLiteral("tool"));
    filter.kind = query.queryItemValue(QStringLiteral("kind"));
    filter.search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    return true;
}

QJsonObject pageJson(const AuditPage& page, const QString& caller)
{
    QJsonArray logs;
    for (const AuditRecord& record : page.records)
        logs.append(AuditQuery::toJson(record, false));
    QJsonObject json{{QStringLiteral("totalLogs"), logs.size()},
                     {QStringLiteral("logs"), logs},
                     {QStringLiteral("hasMore"), page.hasMore},
                     {QStringLiteral("nextBefore"), page.hasMore && !page.records.isEmpty()
                                                        ? QJsonValue(QString::number(page.records.last().id))
                                                        : QJsonValue(QJsonValue::Null)}};
    if (!caller.isNull())
        json.insert(QStringLiteral("agentId"), caller);
    return json;
}

} // namespace

void registerAuditRoutes(AdminApi& api, Database& database, AuditWriter& writer, QObject* context)
{
    auto list = [&database, context](AuditFilter filter, QString caller, AdminApi::Reply reply) {
        database.read<Result<AuditPage>>(
            context, [filter](QSqlDatabase& db) { return AuditQuery::list(db, filter); },
            [reply, caller](Result<Result<AuditPage>> page) {
                if (!page || !*page)
                    return storeError(reply, !page ? page.error() : page->error());
                reply(200, pageJson(**page, caller));
            });
    };

    api.addRoute("GET", QStringLiteral("/agents/:agentId/audit-logs"),
                 [list](const AdminApi::Request& request, AdminApi::Reply reply) {
        AuditFilter filter;
        if (!parseFilter(request.http.query(), filter, reply))
            return;
        filter.caller = QUrl::fromPercentEncoding(request.params.value(QStringLiteral("agentId")).toUtf8());
        list(filter, filter.caller, reply);
    });

    api.addRoute("GET", QStringLiteral("/audit-logs"), [list](const AdminApi::Request& request, AdminApi::Reply reply) {
        AuditFilter filter;
        if (!parseFilter(request.http.query(), filter, reply))
            return;
        filter.caller = request.http.query().queryItemValue(QStringLiteral("agent"), QUrl::FullyDecoded);
        list(filter, QString(), reply);
    });

    api.addRoute("GET", QStringLiteral("/audit-logs/:logId"),
                 [&database, context](const AdminApi::Request& request, AdminApi::Reply reply) {
        bool ok = false;
        const qint64 id = request.params.value(QStringLiteral("logId")).toLongLong(&ok);
        if (!ok || id <= 0)
            return reply(404, errorJson(QStringLiteral("not_found"),
                                        AdminApi::tr("No audit log %1.").arg(request.params.value(QStringLiteral("logId")))));
        database.read<Result<std::optional<AuditRecord>>>(
            context, [id](QSqlDatabase& db) { return AuditQuery::get(db, id); },
            [reply, id](Result<Result<std::optional<AuditRecord>>> record) {
                if (!record || !*record)
                    return storeError(reply, !record ? record.error() : record->error());
                if (!record->value())
                    return reply(404, errorJson(QStringLiteral("not_found"), AdminApi::tr("No audit log %1.").arg(id)));
                reply(200, AuditQuery::toJson(*record->value(), true));
            });
    });

    auto stats = [&database, context](const QString& caller, const QUrlQuery& query, AdminApi::Reply reply) {
        const QString bucket = query.queryItemValue(QStringLiteral("bucket")).isEmpty()
                                   ? QStringLiteral("hour")
                                   : query.queryItemValue(QStringLiteral("bucket"));
        if (bucket != QLatin1String("hour") && bucket != QLatin1String("day"))
            return reply(400, errorJson(QStringLiteral("invalid_bucket"), AdminApi::tr("bucket must be hour or day.")));
        const QDateTime until = QDateTime::currentDateTimeUtc();
        const QDateTime since = bucket == QLatin1String("day") ? until.addDays(-30) : until.addSecs(-24 * 3600);
        database.read<Result<QJsonObject>>(
            context,
            [caller, bucket, since, until](QSqlDatabase& db) -> Result<QJsonObject> {
                const Result<ToolStats> stats = AuditQuery::stats(db, caller);
                if (!stats)
                    return std::unexpected(stats.error());
                const Result<QJsonArray> timeline = AuditQuery::timeline(db, caller, bucket, since, until);
                if (!timeline)
                    return std::unexpected(timeline.error());
                QJsonObject json = stats->toJson();
                json.insert(QStringLiteral("timeline"), QJsonObject{{QStringLiteral("bucket"), bucket},
                                                                   {QStringLiteral("points"), *timeline}});
                return json;
            },
            [reply](Result<Result<QJsonObject>> json) {
                if (!json || !*json)
                    return storeError(reply, !json ? json.error() : json->error());
                reply(200, **json);
            });
    };

    api.addRoute("GET", QStringLiteral("/agents/:agentId/tool-stats"),
                 [stats](const AdminApi::Request& request, AdminApi::Reply reply) {
        stats(QUrl::fromPercentEncoding(request.params.value(QStringLiteral("agentId")).toUtf8()), request.http.query(), reply);
    });
    api.addRoute("GET", QStringLiteral("/audit-summary"), [stats](const AdminApi::Request& request, AdminApi::Reply reply) {
        stats(QString(), request.http.query(), reply);
    });

    api.addRoute("GET", QStringLiteral("/audit/verify"),
                 [&database, &writer, context](const AdminApi::Request&, AdminApi::Reply reply) {
        // Everything queued is committed first, so the check sees the whole chain.
        (void)writer.flush();
        database.read<Result<AuditVerifyReport>>(
            context, [](QSqlDatabase& db) { return AuditVerifier::verify(db); },
            [reply](Result<Result<AuditVerifyReport>> report) {
                if (!report || !*report)
                    return storeError(reply, !report ? report.error() : report->error());
                reply(200, AuditVerifier::toJson(**report));
            });
    });

    api.addRoute("POST", QStringLiteral("/audit/events"), [&writer](const AdminApi::Request& request, AdminApi::Reply reply) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.http.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return reply(400, errorJson(QStringLiteral("invalid_json"), AdminApi::tr("The body must be a JSON object.")));
        const QJsonObject body = doc.object();
        const QString kind = body.value(QStringLiteral("kind")).toString();
        const QString event = body.value(QStringLiteral("event")).toString();
        if ((kind != QLatin1String("connection") && kind != QLatin1String("admin")) || event.isEmpty())
            return reply(400, errorJson(QStringLiteral("invalid_event"),
                                        AdminApi::tr("kind must be connection or admin, and event must name what happened.")));
        AuditRecord record;
        record.kind = AuditRecord::kindFromName(kind);
        record.caller = body.value(QStringLiteral("actor")).toString(QString::fromUtf8(request.http.header("x-switchboard-actor")));
        if (record.caller.isEmpty())
            record.caller = QStringLiteral("api");
        record.tool = kind + QLatin1Char('.') + event;
        record.provider = body.value(QStringLiteral("provider")).toString();
        record.connectionId = body.value(QStringLiteral("connectionId")).toInteger();
        record.connectionAccount = body.value(QStringLiteral("account")).toString();
        record.input = body.value(QStringLiteral("details")).isObject() ? body.value(QStringLiteral("details"))
                                                                         : QJsonValue(QJsonObject{});
        record.status = audit_status::Success;
        if (body.contains(QStringLiteral("detail")))
            record.output = QJsonObject{{QStringLiteral("detail"), body.value(QStringLiteral("detail"))}};
        writer.record(record, [reply](Result<qint64> id) {
            if (!id)
                return storeError(reply, id.error());
            reply(201, QJsonObject{{QStringLiteral("auditLogId"), QString::number(*id)}});
        });
    });
}

} // namespace sb
