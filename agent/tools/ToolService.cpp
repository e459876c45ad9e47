#include "tools/ToolService.h"

#include "audit/AuditRoutes.h"
#include "api/AdminApi.h"
#include "audit/AuditWriter.h"
#include "connections/ConnectionEvent.h"
#include "core/Logging.h"
#include "store/Database.h"
#include "tools/ToolRoutes.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace sb {

void registerToolTypes()
{
    qRegisterMetaType<ToolSummary>();
    qRegisterMetaType<QList<ToolSummary>>();
    qRegisterMetaType<ToolRunResult>();
    qRegisterMetaType<ToolStats>();
}

ToolService::ToolService(Database& database, const ProviderCatalog& catalog, QNetworkAccessManager* network,
                         QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_audit(std::make_unique<AuditWriter>(database))
{
    registerBuiltInTools(m_registry);
    m_executor = std::make_unique<ToolExecutor>(m_registry, *m_audit, catalog, network, database);
}

ToolService::~ToolService()
{
    m_executor.reset();
    if (m_audit)
        (void)m_audit->flush();
}

Status ToolService::start()
{
    if (Status ok = m_audit->open(); !ok)
        return ok;
    if (Result<qint64> pruned = applyRetention(); !pruned)
        qCWarning(lcAgent).noquote() << "audit retention failed:" << pruned.error().message;
    m_retentionTimer = new QTimer(this);
    m_retentionTimer->setInterval(std::chrono::hours(6));
    connect(m_retentionTimer, &QTimer::timeout, this, [this] { (void)applyRetention(); });
    m_retentionTimer->start();
    return {};
}

int ToolService::interruptedAtStart() const
{
    return m_audit->interruptedAtOpen();
}

void ToolService::setCredentialSource(CredentialSource* credentials)
{
    m_executor->setCredentialSource(credentials);
}

void ToolService::registerRoutes(AdminApi& api)
{
    registerToolRoutes(api, m_registry, *m_executor);
    registerAuditRoutes(api, m_database, *m_audit, this);
    api.addRoute("GET", QStringLiteral("/audit/settings"), [this](const AdminApi::Request&, AdminApi::Reply reply) {
        reply(200, QJsonObject{{QStringLiteral("retentionDays"), retentionDays()},
                               {QStringLiteral("lastSequence"), m_audit->lastSequence()}});
    });
    // {"retentionDays": N}: saved, recorded as an admin event, applied at once.
    api.addRoute("PUT", QStringLiteral("/audit/settings"), [this](const AdminApi::Request& request, AdminApi::Reply reply) {
        const QJsonObject body = QJsonDocument::fromJson(request.http.body).object();
        const int days = body.value(QStringLiteral("retentionDays")).toInt(-1);
        QString actor = QString::fromUtf8(request.http.header("x-switchboard-actor"));
        const Result<qint64> pruned = setRetentionDays(days, actor.isEmpty() ? QStringLiteral("api") : actor);
        if (!pruned)
            return reply(pruned.error().code == QLatin1String("invalid_retention") ? 400 : 500,
                         QJsonObject{{QStringLiteral("code"), pruned.error().code},
                                     {QStringLiteral("message"), pruned.error().message}});
        reply(200, QJsonObject{{QStringLiteral("retentionDays"), days}, {QStringLiteral("pruned"), *pruned}});
    });
}

void ToolService::run(ToolRunRequest request, ToolExecutor::Done done)
{
    m_executor->run(std::move(request), std::move(done));
}

void ToolService::recordConnectionEvent(const ConnectionEvent& event)
{
    AuditRecord record;
    record.kind = AuditRecord::Kind::Connection;
    record.caller = event.actor.isEmpty() ? QStringLiteral("agent") : event.actor;
    record.tool = QStringLiteral("connection.") + ConnectionEvent::kindName(event.kind);
    record.provider = event.provider;
    record.connectionId = event.connectionId;
    record.connectionAccount = event.account;
    record.input = QJsonObject{};
    if (!event.detail.isEmpty())
        record.output = QJsonObject{{QStringLiteral("detail"), event.detail}};
    record.status = event.kind == ConnectionEvent::Kind::RefreshFailed ? audit_status::Failed : audit_status::Success;
    if (event.kind == ConnectionEvent::Kind::RefreshFailed)
        record.errorMessage = event.detail;
    record.createdAt = event.at.isValid() ? event.at.toUTC() : QDateTime::currentDateTimeUtc();
    m_audit->record(record);
}

void ToolService::recordAdminEvent(const QString& actor, const QString& event, const QJsonObject& details)
{
    AuditRecord record;
    record.kind = AuditRecord::Kind::Admin;
    record.caller = actor.isEmpty() ? QStringLiteral("agent") : actor;
    record.tool = QStringLiteral("admin.") + event;
    record.input = details;
    record.status = audit_status::Success;
    m_audit->record(record);
}

void ToolService::requestStats(const QString& caller, std::function<void(Result<ToolStats>)> done)
{
    m_database.read<Result<ToolStats>>(
        this, [caller](QSqlDatabase& db) { return AuditQuery::stats(db, caller); },
        [done](Result<Result<ToolStats>> stats) {
            if (!stats)
                return done(std::unexpected(stats.error()));
            done(*stats);
        });
}

int ToolService::retentionDays() const
{
    Result<QSqlDatabase> db = m_database.writer();
    if (!db)
        return kDefaultRetentionDays;
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(kRetentionSetting);
    bool ok = false;
    const int days = q.exec() && q.next() ? q.value(0).toInt(&ok) : 0;
    return ok && days > 0 ? days : kDefaultRetentionDays;
}

Result<qint64> ToolService::setRetentionDays(int days, const QString& actor)
{
    if (days < 1 || days > 3650)
        return fail(QStringLiteral("invalid_retention"), tr("Retention must be between 1 and 3650 days."));
    const int previous = retentionDays();
    Result<QSqlDatabase> db = m_database.writer();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    q.addBindValue(kRetentionSetting);
    q.addBindValue(QString::number(days));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return fail(QStringLiteral("database_error"), q.lastError().text());
    if (previous != days)
        recordAdminEvent(actor, QStringLiteral("settings_changed"),
                         QJsonObject{{QStringLiteral("setting"), kRetentionSetting},
                                     {QStringLiteral("from"), previous},
                                     {QStringLiteral("to"), days}});
    return applyRetention();
}

Result<qint64> ToolService::applyRetention()
{
    return m_audit->prune(QDateTime::currentDateTimeUtc().addDays(-retentionDays()));
}

} // namespace sb
