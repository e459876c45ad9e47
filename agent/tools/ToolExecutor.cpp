#include "tools/ToolExecutor.h"

#include "audit/AuditWriter.h"
#include "audit/Redactor.h"
#include "catalog/ProviderCatalog.h"
#include "connections/CredentialSource.h"
#include "store/Database.h"
#include "tools/JsonSchema.h"
#include "tools/ToolRegistry.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QUuid>

#include <memory>

namespace sb {

ToolExecutor::ToolExecutor(const ToolRegistry& registry, AuditWriter& audit, const ProviderCatalog& catalog,
                           QNetworkAccessManager* network, Database& database, QObject* parent)
    : QObject(parent)
    , m_registry(registry)
    , m_audit(audit)
    , m_catalog(catalog)
    , m_network(network)
    , m_database(database)
{
}

QString ToolExecutor::providerOfConnection(qint64 connectionId) const
{
    Result<QSqlDatabase> db = m_database.writer();
    if (!db)
        return {};
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT provider FROM connections WHERE id = ?"));
    q.addBindValue(connectionId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void ToolExecutor::run(ToolRunRequest request, Done done)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();

    // A connection of another provider picks that provider's variant (send_email → microsoft_send_email).
    const QString connectionProvider = request.connectionId ? providerOfConnection(*request.connectionId) : QString();
    const ToolDefinition* tool = m_registry.resolve(request.tool, connectionProvider);
    if (!tool && !connectionProvider.isEmpty())
        tool = m_registry.resolve(request.tool, {});
    ToolRunResult result;
    result.tool = request.tool;
    if (!tool) {
        result.status = audit_status::Failed;
        result.error = Error{tool_errors::UnknownTool, tr("There is no tool named \"%1\".").arg(request.tool)};
        return done(result);
    }
    result.tool = tool->name;

    AuditRecord record;
    record.kind = AuditRecord::Kind::Tool;
    record.caller = request.caller;
    record.userId = request.userId;
    record.tool = tool->name;
    record.provider = tool->provider;
    record.connectionId = request.connectionId.value_or(0);
    record.input = request.input;

    const QStringList problems = JsonSchema::validate(tool->inputSchema, request.input);
    if (!problems.isEmpty()) {
        // Recorded too: support staff want to see that an assistant sent something unusable.
        record.status = audit_status::Failed;
        record.errorCode = tool_errors::InvalidInput;
        record.errorMessage = tr("The input is not valid: %1.").arg(problems.join(QStringLiteral("; ")));
        record.executionMs = timer->elapsed();
        result.status = audit_status::Failed;
        result.error = Error{record.errorCode, record.errorMessage};
        result.auditLogId = m_audit.record(record);
        return done(result);
    }

    const QString provider = tool->provider;
    const ToolRun runTool = tool->run;
    const std::optional<qint64> connectionId = request.connectionId;
    const QJsonObject input = request.input;
    QPointer<ToolExecutor> self(this);
    auto id = std::make_shared<qint64>(0);

    // Finishing: the outcome, redacted with the credential actually used, completes the record.
    auto finish = [self, id, timer, result, done](Result<QJsonObject> outcome, const Credential* credential) mutable {
        if (!self)
            return;
        Redactor redactor;
        AuditCompletion completion;
        if (credential) {
            for (const QString& secret : {credential->bearerToken, credential->basicPassword})
                redactor.addSecret(secret);
            redactor.addSecret(QString::fromLatin1(credential->authorizationHeader()));
            completion.connectionId = credential->connection.id;
            completion.connectionAccount = credential->connection.account;
        }
        completion.executionMs = timer->elapsed();
        result.executionMs = completion.executionMs;
        result.auditLogId = *id;
        if (outcome) {
            completion.status = audit_status::Success;
            completion.output = redactor.redact(*outcome);
            result.status = audit_status::Success;
            result.output = completion.output.toObject();
        } else {
            completion.status = audit_status::Failed;
            completion.errorCode = outcome.error().code;
            completion.errorMessage = redactor.redactText(outcome.error().message);
            result.status = audit_status::Failed;
            result.error = Error{completion.errorCode, completion.errorMessage};
        }
        self->m_audit.complete(*id, completion);
        done(result);
    };

    *id = m_audit.begin(record, [self, id, provider, runTool, connectionId, input, finish](Result<qint64> committed) mutable {
        if (!self)
            return;
        if (committed)
            *id = *committed; // also when a full batch committed inside begin(), before it returned
        if (!committed)
            // Without a durable pending record the provider is not called: an unrecorded action is worse than none.
            return finish(std::unexpected(Error{QStringLiteral("audit_unavailable"),
                                                tr("The audit trail could not be written, so the tool did not run: %1")
                                                    .arg(committed.error().message)}),
                          nullptr);
        if (!self->m_credentials)
            return finish(std::unexpected(Error{credential_errors::NotConnected,
                                                tr("No %1 account can be used: connect one first.")
                                                    .arg(self->m_catalog.find(provider)
                                                             ? self->m_catalog.find(provider)->displayName
                                                             : provider)}),
                          nullptr);
        self->m_credentials->credentialFor(
            provider, connectionId,
            [self, provider, runTool, input, finish](Result<Credential> credential) mutable {
                if (!self)
                    return;
                if (!credential)
                    return finish(std::unexpected(credential.error()), nullptr);
                if (credential->connection.state == QLatin1String("needs_reconnect"))
                    return finish(std::unexpected(Error{credential_errors::NeedsReconnect,
                                                        tr("The %1 account %2 must be reconnected before it can be "
                                                           "used.").arg(provider, credential->connection.account)}),
                                  &*credential);
                const ProviderInfo* info = self->m_catalog.find(provider);
                auto context = std::make_shared<ToolContext>();
                context->input = input;
                context->apiBases = info ? info->apiBases : QMap<QString, QUrl>();
                context->idempotencyKey = QStringLiteral("sb-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
                auto* session = new ProviderSession(self->m_network, self->m_credentials, *credential, {}, self);
                context->session = session;
                runTool(context, [session, context, finish](Result<QJsonObject> outcome) mutable {
                    const Credential used = session->credential();
                    finish(std::move(outcome), &used);
                    session->deleteLater();
                });
            });
    });
}

} // namespace sb
