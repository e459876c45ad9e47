#include "ctl/ToolCommands.h"

#include "ctl/ConnectCommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QUrlQuery>

namespace sb::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("switchboardctl", text);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The envelope as it came, with the HTTP status: the tool commands need error fields beyond code and message
// (a failed run's auditLogId), so they read the envelope themselves.
using Answer = std::function<void(int status, const QJsonObject& envelope)>;

void request(const QUrl& apiUrl, const QString& token, const QByteArray& verb, const QString& path,
             const QUrlQuery& query, const QByteArray& body, Answer answer)
{
    auto* network = new QNetworkAccessManager(QCoreApplication::instance());
    QUrl url = apiUrl;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest http(url);
    http.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    http.setRawHeader("X-Switchboard-Actor", "cli:" + qEnvironmentVariable("USER", QStringLiteral("user")).toUtf8());
    http.setTransferTimeout(120000); // a tool waits on its provider (retries included)
    if (verb == "POST")
        http.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network->sendCustomRequest(http, verb, body);
    QObject::connect(reply, &QNetworkReply::finished, network, [reply, network, answer] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QJsonObject envelope = QJsonDocument::fromJson(reply->readAll()).object();
        if (envelope.isEmpty())
            envelope = QJsonObject{{QStringLiteral("ok"), false},
                                   {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("unreachable")},
                                                                         {QStringLiteral("message"), tr("The agent's admin API did not answer (%1).").arg(reply->errorString())}}}};
        reply->deleteLater();
        network->deleteLater();
        answer(status, envelope);
    });
}

QString cell(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isNull() || value.isUndefined())
        return QString();
    return QString::fromUtf8(QJsonDocument(value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray())).toJson(QJsonDocument::Compact));
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString pretty(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return cell(value) + QLatin1Char('\n');
}

int failWith(const QJsonObject& envelope, int status)
{
    const QJsonObject error = envelope.value(QStringLiteral("error")).toObject();
    err() << "switchboardctl: " << error.value(QStringLiteral("message")).toString() << "\n";
    if (error.contains(QStringLiteral("auditLogId")))
        err() << "  audit log: " << error.value(QStringLiteral("auditLogId")).toString() << "\n";
    err().flush();
    if (status == 401)
        return NoToken;
    return AgentError;
}

void printLogs(const QJsonArray& logs, bool csv)
{
    if (csv) {
        out() << "id,createdAt,agentId,toolName,status,executionTimeMs,provider,errorMessage\n";
        for (const QJsonValue& value : logs) {
            const QJsonObject l = value.toObject();
            QStringList fields;
            for (const char* key : {"id", "createdAt", "agentId", "toolName", "status", "executionTimeMs", "provider", "errorMessage"})
                fields << csvField(cell(l.value(QLatin1String(key))));
            out() << fields.join(QLatin1Char(',')) << "\n";
        }
        return;
    }
    if (logs.isEmpty()) {
        out() << tr("No audit records match.") << "\n";
        return;
    }
    // Columns padded by hand: record text may contain "%1", which chained QString::arg() would substitute.
    auto row = [](const QStringList& cells) {
        static const int widths[] = {7, 24, 20, 24, 11, 6};
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i < 6)
                line += (i == 5 ? cells.at(i).rightJustified(widths[i]) : cells.at(i).left(widths[i]).leftJustified(widths[i])) + QStringLiteral("  ");
            else
                line += cells.at(i);
        }
        return line + QLatin1Char('\n');
    };
    out() << row({QStringLiteral("ID"), QStringLiteral("TIME (UTC)"), QStringLiteral("AGENT"), QStringLiteral("TOOL"),
                  QStringLiteral("STATUS"), QStringLiteral("MS"), QStringLiteral("ERROR")});
    for (const QJsonValue& value : logs) {
        const QJsonObject l = value.toObject();
        out() << row({cell(l.value(QStringLiteral("id"))), cell(l.value(QStringLiteral("createdAt"))),
                      cell(l.value(QStringLiteral("agentId"))), cell(l.value(QStringLiteral("toolName"))),
                      cell(l.value(QStringLiteral("status"))), cell(l.value(QStringLiteral("executionTimeMs"))),
                      cell(l.value(QStringLiteral("errorMessage"))).left(100)});
    }
}

void printStats(const QJsonObject& s)
{
    out() << (s.contains(QStringLiteral("agentId")) ? tr("Agent %1").arg(s.value(QStringLiteral("agentId")).toString())
                                                    : tr("All agents (%1)").arg(s.value(QStringLiteral("numAgents")).toInteger()))
          << "\n"
          << "  executions:  " << s.value(QStringLiteral("totalExecutions")).toInteger() << " ("
          << s.value(QStringLiteral("successfulExecutions")).toInteger() << " ok, "
          << s.value(QStringLiteral("failedExecutions")).toInteger() << " failed)\n"
          << "  success:     " << s.value(QStringLiteral("successRate")).toString() << " %\n"
          << "  latency:     avg " << s.value(QStringLiteral("avgExecutionTimeMs")).toInteger() << " ms, p50 ≤ "
          << s.value(QStringLiteral("p50ExecutionTimeMs")).toInteger() << " ms, p95 ≤ "
          << s.value(QStringLiteral("p95ExecutionTimeMs")).toInteger() << " ms\n";
    const QJsonArray tools = s.value(QStringLiteral("toolBreakdown")).toArray();
    if (!tools.isEmpty())
        out() << "  tools:\n";
    for (const QJsonValue& value : tools)
        out() << "    " << value.toObject().value(QStringLiteral("toolName")).toString().leftJustified(28) << ' '
              << value.toObject().value(QStringLiteral("count")).toInteger() << '\n';
}

} // namespace

bool isToolCommand(const QString& command)
{
    static const QStringList commands{QStringLiteral("tools"), QStringLiteral("run"), QStringLiteral("audit"),
                                      QStringLiteral("stats"), QStringLiteral("health")};
    return commands.contains(command);
}

void addToolOptions(QCommandLineParser& parser)
{
    const auto option = [&parser](const char* name, const char* help, const char* value) {
        parser.addOption({QString::fromLatin1(name), tr(help), QString::fromLatin1(value)});
    };
    option("input", "run: the tool's input as a JSON object.", "json");
    option("agent", "run: the caller recorded in the audit trail (default cli:$USER); audit, stats: filter.", "id");
    option("connection", "run: the connection to use (default: the provider's default account).", "id");
    option("tool", "audit: only this tool.", "name");
    option("status", "audit: only this status (pending, success, failed, interrupted).", "status");
    option("since", "audit: from this time (ISO 8601).", "time");
    option("until", "audit: before this time (ISO 8601).", "time");
    option("search", "audit: full-text search over inputs, outputs and errors.", "text");
    option("limit", "audit: how many records (1-1000, default 50).", "n");
    option("before", "audit: records older than this id (paging).", "id");
    parser.addOption({QStringLiteral("csv"), tr("audit: print CSV.")});
}

QString checkToolCommand(const QStringList& args, const QCommandLineParser& parser)
{
    const QString command = args.value(0);
    if (command == QLatin1String("run")) {
        if (args.size() != 2)
            return tr("run needs the tool's name: switchboardctl run TOOL --input JSON");
        if (parser.isSet(QStringLiteral("input"))) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(parser.value(QStringLiteral("input")).toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return tr("--input must be a JSON object, e.g. '{\"to\":\"+15551234567\",\"body\":\"Hi\"}'");
        }
    }
    if (command == QLatin1String("audit")) {
        const QString sub = args.value(1);
        if (!sub.isEmpty() && sub != QLatin1String("show") && sub != QLatin1String("verify"))
            return tr("audit takes show ID or verify, or no argument.");
        if (sub == QLatin1String("show") && args.size() != 3)
            return tr("audit show needs the record's id.");
        if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv")))
            return tr("--json and --csv exclude each other.");
    }
    return {};
}

void runToolCommand(const QUrl& apiUrl, const QString& token, const QCommandLineParser& parser, const QStringList& args,
                    std::function<void(int)> done)
{
    const QString command = args.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    auto get = [apiUrl, token](const QString& path, const QUrlQuery& query, Answer answer) {
        request(apiUrl, token, "GET", path, query, {}, std::move(answer));
    };

    if (command == QLatin1String("health")) {
        return get(QStringLiteral("/health"), {}, [done](int status, const QJsonObject& e) {
            if (!e.value(QStringLiteral("ok")).toBool())
                return done(failWith(e, status));
            out() << pretty(e.value(QStringLiteral("data")));
            done(Ok);
        });
    }
    if (command == QLatin1String("tools")) {
        return get(QStringLiteral("/tools"), {}, [done, json](int status, const QJsonObject& e) {
            if (!e.value(QStringLiteral("ok")).toBool())
                return done(failWith(e, status));
            const QJsonArray tools = e.value(QStringLiteral("data")).toObject().value(QStringLiteral("tools")).toArray();
            if (json) {
                out() << pretty(tools);
                return done(Ok);
            }
            for (const QJsonValue& value : tools) {
                const QJsonObject t = value.toObject();
                QStringList fields;
                const QJsonObject schema = t.value(QStringLiteral("inputSchema")).toObject();
                const QJsonArray required = schema.value(QStringLiteral("required")).toArray();
                const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
                for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
                    fields << (required.contains(it.key()) ? it.key() : it.key() + QLatin1Char('?'));
                out() << t.value(QStringLiteral("name")).toString().leftJustified(24) << ' '
                      << t.value(QStringLiteral("provider")).toString().leftJustified(10) << ' '
                      << t.value(QStringLiteral("description")).toString() << '\n'
                      << QString(36, u' ') << "input: " << fields.join(QStringLiteral(", ")) << '\n';
            }
            done(Ok);
        });
    }
    if (command == QLatin1String("run")) {
        const QString agent = parser.isSet(QStringLiteral("agent"))
                                  ? parser.value(QStringLiteral("agent"))
                                  : QStringLiteral("cli:") + qEnvironmentVariable("USER", QStringLiteral("user"));
        QUrlQuery query;
        if (parser.isSet(QStringLiteral("connection")))
            query.addQueryItem(QStringLiteral("connection"), parser.value(QStringLiteral("connection")));
        const QByteArray body = parser.isSet(QStringLiteral("input")) ? parser.value(QStringLiteral("input")).toUtf8() : QByteArray("{}");
        const QString path = QStringLiteral("/agents/%1/tools/%2")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(agent, ":@")),
                                      QString::fromLatin1(QUrl::toPercentEncoding(args.at(1))));
        return request(apiUrl, token, "POST", path, query, body, [done, json](int status, const QJsonObject& e) {
            if (e.value(QStringLiteral("ok")).toBool()) {
                const QJsonObject data = e.value(QStringLiteral("data")).toObject();
                if (json)
                    out() << pretty(data);
                else
                    out() << pretty(data.value(QStringLiteral("output")))
                          << tr("audit log: %1 (%2, %3 ms)\n").arg(data.value(QStringLiteral("auditLogId")).toString(),
                                                                  data.value(QStringLiteral("status")).toString())
                                 .arg(data.value(QStringLiteral("executionTimeMs")).toInteger());
                return done(Ok);
            }
            if (json)
                out() << pretty(e);
            const int code = failWith(e, status);
            // A run that reached the executor and failed (or was refused for its input) is the tool's failure.
            const bool recorded = e.value(QStringLiteral("error")).toObject().contains(QStringLiteral("auditLogId"));
            done(recorded ? ToolFailed : code);
        });
    }
    if (command == QLatin1String("stats")) {
        const QString path = parser.isSet(QStringLiteral("agent"))
                                 ? QStringLiteral("/agents/%1/tool-stats").arg(QString::fromLatin1(QUrl::toPercentEncoding(parser.value(QStringLiteral("agent")), ":@")))
                                 : QStringLiteral("/audit-summary");
        return get(path, {}, [done, json](int status, const QJsonObject& e) {
            if (!e.value(QStringLiteral("ok")).toBool())
                return done(failWith(e, status));
            if (json)
                out() << pretty(e.value(QStringLiteral("data")));
            else
                printStats(e.value(QStringLiteral("data")).toObject());
            done(Ok);
        });
    }
    // audit …
    const QString sub = args.value(1);
    if (sub == QLatin1String("verify")) {
        return get(QStringLiteral("/audit/verify"), {}, [done, json](int status, const QJsonObject& e) {
            if (!e.value(QStringLiteral("ok")).toBool())
                return done(failWith(e, status));
            const QJsonObject report = e.value(QStringLiteral("data")).toObject();
            if (json)
                out() << pretty(report);
            else
                (report.value(QStringLiteral("ok")).toBool() ? out() : err())
                    << report.value(QStringLiteral("message")).toString() << "\n";
            done(report.value(QStringLiteral("ok")).toBool() ? int(Ok) : int(TrailTampered));
        });
    }
    if (sub == QLatin1String("show")) {
        return get(QStringLiteral("/audit-logs/%1").arg(args.at(2)), {}, [done, json](int status, const QJsonObject& e) {
            if (!e.value(QStringLiteral("ok")).toBool())
                return done(failWith(e, status));
            const QJsonObject r = e.value(QStringLiteral("data")).toObject();
            if (json) {
                out() << pretty(r);
                return done(Ok);
            }
            for (const char* key : {"id", "createdAt", "completedAt", "agentId", "userId", "kind", "toolName", "provider",
                                    "status", "executionTimeMs", "errorMessage", "sequence", "seal"})
                out() << (QLatin1String(key) + QLatin1Char(':')).leftJustified(17) << ' ' << cell(r.value(QLatin1String(key))) << '\n';
            const QJsonObject connection = r.value(QStringLiteral("connection")).toObject();
            if (!connection.isEmpty())
                out() << QStringLiteral("connection:").leftJustified(17) << ' ' << connection.value(QStringLiteral("id")).toInteger()
                      << " (" << connection.value(QStringLiteral("account")).toString() << ")\n";
            out() << "input:\n" << pretty(r.value(QStringLiteral("toolInput"))) << "output:\n" << pretty(r.value(QStringLiteral("toolOutput")));
            done(Ok);
        });
    }
    QUrlQuery query;
    for (const auto& [option, param] : {std::pair{"agent", "agent"}, std::pair{"tool", "tool"}, std::pair{"status", "status"},
                                        std::pair{"since", "since"}, std::pair{"until", "until"}, std::pair{"search", "search"},
                                        std::pair{"limit", "limit"}, std::pair{"before", "before"}}) {
        if (parser.isSet(QLatin1String(option)))
            query.addQueryItem(QLatin1String(param), parser.value(QLatin1String(option)));
    }
    const bool csv = parser.isSet(QStringLiteral("csv"));
    get(QStringLiteral("/audit-logs"), query, [done, json, csv](int status, const QJsonObject& e) {
        if (!e.value(QStringLiteral("ok")).toBool())
            return done(failWith(e, status));
        const QJsonObject data = e.value(QStringLiteral("data")).toObject();
        if (json)
            out() << pretty(data);
        else
            printLogs(data.value(QStringLiteral("logs")).toArray(), csv);
        if (!json && !csv && data.value(QStringLiteral("hasMore")).toBool())
            out() << tr("More: --before %1").arg(data.value(QStringLiteral("nextBefore")).toString()) << "\n";
        done(Ok);
    });
}

} // namespace sb::ctl
