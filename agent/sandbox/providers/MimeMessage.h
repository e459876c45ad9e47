#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sb::sandbox {

// Just enough RFC 2822/2045 to read what mail clients send through Gmail: folded headers, RFC 2047 encoded words,
// multipart bodies, base64 and quoted-printable parts. Used to validate a send and to build Gmail's `payload`.
class MimeMessage
{
public:
    [[nodiscard]] static MimeMessage parse(const QByteArray& raw);

    [[nodiscard]] QString header(const QString& name) const; // first value, decoded; empty when absent
    [[nodiscard]] bool hasHeader(const QString& name) const;
    [[nodiscard]] const QList<QPair<QString, QString>>& headers() const { return m_headers; }
    [[nodiscard]] QString mimeType() const { return m_mimeType; }
    [[nodiscard]] const QList<MimeMessage>& parts() const { return m_parts; }
    [[nodiscard]] const QByteArray& body() const { return m_body; } // transfer encoding removed
    // The readable text: the first text/plain part, else text/html without tags.
    [[nodiscard]] QString text() const;
    // Gmail's MessagePart: partId, mimeType, filename, headers, body {size, data}, parts.
    [[nodiscard]] QJsonObject gmailPart(const QString& partId, bool withBodies,
                                        const QStringList& onlyHeaders = {}) const;

    // Addresses in a To/Cc header ("A <a@x.org>, b@y.org" -> {"a@x.org", "b@y.org"}); nullopt if one is malformed.
    [[nodiscard]] static std::optional<QStringList> addresses(const QString& header);
    // RFC 2047: "=?UTF-8?B?SMOpbGxv?=" -> "Héllo".
    [[nodiscard]] static QString decodeWords(const QString& value);

private:
    QList<QPair<QString, QString>> m_headers;
    QString m_mimeType = QStringLiteral("text/plain");
    QString m_filename;
    QByteArray m_body;
    QList<MimeMessage> m_parts;
};

} // namespace sb::sandbox
