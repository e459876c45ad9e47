#include "audit/AuditRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace sb::audit_row {

QByteArray jsonUtf8(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isNull() || value.isUndefined())
        return {};
    // Scalars travel wrapped, so every stored value is a JSON document.
    return QJsonDocument(QJsonObject{{QStringLiteral("value"), value}}).toJson(QJsonDocument::Compact);
}

QJsonValue parseJson(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return text;
}

AuditRecord fromQuery(const QSqlQuery& q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = AuditRecord::kindFromName(q.value(1).toString());
    r.caller = q.value(2).toString();
    r.userId = q.value(3).toString();
    r.tool = q.value(4).toString();
    r.provider = q.value(5).toString();
    r.connectionId = q.value(6).toLongLong();
    r.connectionAccount = q.value(7).toString();
    r.input = parseJson(q.value(8).toString());
    r.output = parseJson(q.value(9).toString());
    r.status = q.value(10).toString();
    r.errorCode = q.value(11).toString();
    r.errorMessage = q.value(12).toString();
    r.executionMs = q.value(13).toLongLong();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(14).toLongLong(), Qt::UTC);
    if (!q.value(15).isNull())
        r.completedAt = QDateTime::fromMSecsSinceEpoch(q.value(15).toLongLong(), Qt::UTC);
    r.sequence = q.value(16).toLongLong();
    r.seal = q.value(17).toString();
    return r;
}

AuditSealInput sealInputFromQuery(const QSqlQuery& q)
{
    AuditSealInput s;
    s.id = q.value(0).toLongLong();
    s.kind = q.value(1).toString();
    s.caller = q.value(2).toString();
    s.userId = q.value(3).toString();
    s.tool = q.value(4).toString();
    s.provider = q.value(5).toString();
    s.connectionId = q.value(6).toLongLong();
    s.connectionAccount = q.value(7).toString();
    s.inputJson = q.value(8).toString().toUtf8();
    s.outputJson = q.value(9).toString().toUtf8();
    s.status = q.value(10).toString();
    s.errorCode = q.value(11).toString();
    s.errorMessage = q.value(12).toString();
    s.executionMs = q.value(13).toLongLong();
    s.createdAtMs = q.value(14).toLongLong();
    s.completedAtMs = q.value(15).toLongLong();
    return s;
}

AuditSealInput sealInput(const AuditRecord& r, const QByteArray* inputJson)
{
    AuditSealInput s;
    s.id = r.id;
    s.kind = AuditRecord::kindName(r.kind);
    s.caller = r.caller;
    s.userId = r.userId;
    s.tool = r.tool;
    s.provider = r.provider;
    s.connectionId = r.connectionId;
    s.connectionAccount = r.connectionAccount;
    s.inputJson = inputJson ? *inputJson : jsonUtf8(r.input);
    s.outputJson = jsonUtf8(r.output);
    s.status = r.status;
    s.errorCode = r.errorCode;
    s.errorMessage = r.errorMessage;
    s.executionMs = r.executionMs;
    s.createdAtMs = msOf(r.createdAt);
    s.completedAtMs = msOf(r.completedAt);
    return s;
}

} // namespace sb::audit_row

namespace sb {

QString AuditRecord::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Tool: return QStringLiteral("tool");
    case Kind::Connection: return QStringLiteral("connection");
    case Kind::Admin: return QStringLiteral("admin");
    }
    return {};
}

AuditRecord::Kind AuditRecord::kindFromName(const QString& name)
{
    if (name == QLatin1String("connection"))
        return Kind::Connection;
    if (name == QLatin1String("admin"))
        return Kind::Admin;
    return Kind::Tool;
}

} // namespace sb
