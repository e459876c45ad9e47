#pragma once

#include "audit/AuditQuery.h"
#include "core/Result.h"
#include "tools/ToolExecutor.h"
#include "tools/ToolRegistry.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace sb {

class AdminApi;
class AuditWriter;
class CredentialSource;
class Database;
class ProviderCatalog;
struct ConnectionEvent;

// Registers the value types AgentClient's queued signals carry (ToolSummary, ToolRunResult, ToolStats).
void registerToolTypes();

// Tools and the audit trail as one unit the Agent starts: the registry of every connector's tools, the executor,
// the audit writer (crash recovery at start, retention), the admin API routes, and the recording of connection and
// admin events. Lives in the agent's thread.
class ToolService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultRetentionDays = 90;
    static inline const QString kRetentionSetting = QStringLiteral("audit.retention_days");

    ToolService(Database& database, const ProviderCatalog& catalog, QNetworkAccessManager* network,
                QObject* parent = nullptr);
    ~ToolService() override;

    // Opens the trail (records left pending by a crash become interrupted) and applies retention.
    [[nodiscard]] Status start();
    void setCredentialSource(CredentialSource* credentials);
    void registerRoutes(AdminApi& api);

    void run(ToolRunRequest request, ToolExecutor::Done done);
    void recordConnectionEvent(const ConnectionEvent& event);
    // "settings_changed", "api_token_regenerated", "keys_viewed" … never with a secret in `details`.
    void recordAdminEvent(const QString& actor, const QString& event, const QJsonObject& details = {});
    void requestStats(const QString& caller, std::function<void(Result<ToolStats>)> done);
    // Removes records older than the retention setting (default 90 days) behind a checkpoint.
    [[nodiscard]] Result<qint64> applyRetention();
    [[nodiscard]] int retentionDays() const;
    // Saves the setting (recorded as an admin event by `actor`) and applies it at once; returns how many went.
    [[nodiscard]] Result<qint64> setRetentionDays(int days, const QString& actor);

    [[nodiscard]] const ToolRegistry& registry() const { return m_registry; }
    [[nodiscard]] AuditWriter& audit() { return *m_audit; }
    [[nodiscard]] int interruptedAtStart() const;

private:

    Database& m_database;
    ToolRegistry m_registry;
    std::unique_ptr<AuditWriter> m_audit;
    std::unique_ptr<ToolExecutor> m_executor;
    QTimer* m_retentionTimer = nullptr;
};

} // namespace sb
