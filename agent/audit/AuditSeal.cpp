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

} // namespace

QByteArray AuditSeal::canonical(const AuditSealInput& r)
{
    QByteArray out;
    out.reserve(256 + r.inputJson.size() + r.outputJson.size());
    out += "sb-audit-v1;";
    field(out, QByteArray::number(r.id));
    field(out, r.kind.toUtf8());
    field(out, r.caller.toUtf8());
    field(out, r.userId.toUtf8());
    field(out, r.tool.toUtf8());
    field(out, r.provider.toUtf8());
    field(out, QByteArray::number(r.connectionId));
    field(out, r.connectionAccount.toUtf8());
    field(out, r.inputJson.toUtf8());
    field(out, r.outputJson.toUtf8());
    field(out, r.status.toUtf8());
    field(out, r.errorCode.toUtf8());
    field(out, r.errorMessage.toUtf8());
    field(out, QByteArray::number(r.executionMs));
    field(out, QByteArray::number(r.createdAtMs));
    field(out, QByteArray::number(r.completedAtMs));
    return out;
}

QString AuditSeal::sha256Hex(const QByteArray& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1
                    && EVP_DigestUpdate(ctx, data.constData(), size_t(data.size())) == 1
                    && EVP_DigestFinal_ex(ctx, digest, &length) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

QString AuditSeal::seal(const QString& previousSeal, const AuditSealInput& record)
{
    return sha256Hex(previousSeal.toLatin1() + '\n' + canonical(record));
}

} // namespace sb
