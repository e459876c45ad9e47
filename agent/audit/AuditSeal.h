#pragma once

#include <QByteArray>
#include <QString>

namespace sb {

// Tamper evidence: each sealed record carries SHA-256(previous seal ‖ canonical content), hex-encoded. The canonical
// content is built from the columns exactly as stored, so `audit verify` recomputes it from the database alone. The
// sequence number is not part of it: the chain itself fixes the order, so a swap shows as a broken link.
struct AuditSealInput
{
    qint64 id = 0;
    QString kind, caller, userId, tool, provider;
    qint64 connectionId = 0;
    QString connectionAccount;
    QByteArray inputJson, outputJson; // UTF-8, as stored
    QString status, errorCode, errorMessage;
    qint64 executionMs = 0;
    qint64 createdAtMs = 0;
    qint64 completedAtMs = 0;
};

class AuditSeal
{
public:
    [[nodiscard]] static QString seal(const QString& previousSeal, const AuditSealInput& record);
    [[nodiscard]] static QString sha256Hex(const QByteArray& data);
};

} // namespace sb
