#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace sb {

class AuditWriter;
class CredentialSource;
class Database;
class ProviderCatalog;
class ToolRegistry;

struct ToolRunRequest
{
    QString tool;
    QJsonObject input;
    QString caller = QStringLiteral("console");
    QString userId;
    std::optional<qint64> connectionId;
};

struct ToolRunResult
{
    qint64 auditLogId = 0; // 0 when nothing was recorded (unknown tool)
    QString tool;
    QString status; // success, failed
    QJsonObject output;
    std::optional<Error> error;
    qint64 executionMs = 0;
};

namespace tool_errors {
inline const QString UnknownTool = QStringLiteral("unknown_tool");
inline const QString InvalidInput = QStringLiteral("invalid_input");
} // namespace tool_errors

// One path for every caller (console, CLI, admin API, later Vapi and MCP):
// resolve the tool → validate the input (every bad field named) → commit a pending audit record → a credential for
// the chosen connection (else the provider's default) → the connector's calls through a ProviderSession (timeouts,
// safe retries, one refresh on 401) → the outcome in words → the audit record completed and sealed.
class ToolExecutor : public QObject
{
    Q_OBJECT
public:
    ToolExecutor(const ToolRegistry& registry, AuditWriter& audit, const ProviderCatalog& catalog,
                 QNetworkAccessManager* network, Database& database, QObject* parent = nullptr);

    // Null: no connected accounts can be used (every tool fails with not_connected, never a pretend success).
    void setCredentialSource(CredentialSource* credentials) { m_credentials = credentials; }

    using Done = std::function<void(ToolRunResult)>;
    void run(ToolRunRequest request, Done done);

private:
    [[nodiscard]] QString providerOfConnection(qint64 connectionId) const;

    const ToolRegistry& m_registry;
    AuditWriter& m_audit;
    const ProviderCatalog& m_catalog;
    QPointer<QNetworkAccessManager> m_network;
    Database& m_database;
    CredentialSource* m_credentials = nullptr;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::ToolRunResult)
