#include "connectors/google/GoogleClient.h"

#include "tools/ConnectorSupport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace sb::google {

namespace {

// RFC 2047 for non-ASCII header text.
QByteArray headerText(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128 && c.unicode() >= 32;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray wrapped(const QByteArray& base64)
{
    QByteArray out;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        out += base64.mid(i, 76) + "\r\n";
    return out;
}

} // namespace

QByteArray rfc2822(const MailMessage& m)
{
    QByteArray out;
    out += "To: " + m.to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    if (!m.cc.isEmpty())
        out += "Cc: " + m.cc.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    if (!m.bcc.isEmpty())
        out += "Bcc: " + m.bcc.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Subject: " + headerText(m.subject) + "\r\n";
    out += "Date: " + QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1()
           + " +0000\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += QByteArray("Content-Type: ") + (m.html ? "text/html" : "text/plain") + "; charset=\"UTF-8\"\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += wrapped(m.body.toUtf8().toBase64());
    return out;
}

QString base64Url(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Error describeError(const ProviderResponse& response)
{
    const QJsonObject error = response.json().toObject().value(QStringLiteral("error")).toObject();
    return connector::httpError(QStringLiteral("Google"), response, error.value(QStringLiteral("message")).toString());
}

} // namespace sb::google
