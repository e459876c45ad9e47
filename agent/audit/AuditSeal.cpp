#include "audit/AuditSeal.h"

#include <openssl/evp.h>

namespace sb {

namespace {

// Length-prefixed fields: no separator can be forged by a value that contains it.
void field(QByteArray& out, const QByteArray& value)
{
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += ';';
}

// Appends the canonical content of `r` (its columns as stored, length-prefixed) to `out`.
void appendCanonical(QByteArray& out, const AuditSealInput& r)
{
    out.reserve(out.size() + 256 + r.inputJson.size() + r.outputJson.size() + r.errorMessage.size() * 3);
    out += "sb-audit-v1;";
    field(out, QByteArray::number(r.id));
    field(out, r.kind.toUtf8());
    field(out, r.caller.toUtf8());
    field(out, r.userId.toUtf8());
    field(out, r.tool.toUtf8());
    field(out, r.provider.toUtf8());
    field(out, QByteArray::number(r.connectionId));
    field(out, r.connectionAccount.toUtf8());
    field(out, r.inputJson);
    field(out, r.outputJson);
    field(out, r.status.toUtf8());
    field(out, r.errorCode.toUtf8());
    field(out, r.errorMessage.toUtf8());
    field(out, QByteArray::number(r.executionMs));
    field(out, QByteArray::number(r.createdAtMs));
    field(out, QByteArray::number(r.completedAtMs));
}

} // namespace

QString AuditSeal::sha256Hex(const QByteArray& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

QString AuditSeal::seal(const QString& previousSeal, const AuditSealInput& record)
{
    QByteArray data = previousSeal.toLatin1();
    data += '\n';
    appendCanonical(data, record);
    return sha256Hex(data);
}

} // namespace sb
