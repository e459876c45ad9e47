#include "sandbox/providers/ApiSupport.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace sb::sandbox {

QStringList rawPathSegments(const net::HttpRequest& request)
{
    QStringList segments = request.encodedPath().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return segments;
}

QStringList pathSegments(const net::HttpRequest& request)
{
    QStringList segments = rawPathSegments(request);
    for (QString& segment : segments)
        segment = QString::fromUtf8(QByteArray::fromPercentEncoding(segment.toUtf8()));
    return segments;
}

bool matchPath(const QStringList& segments, const QStringList& pattern, QStringList* captures)
{
    if (segments.size() != pattern.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1String("*"))
            found.append(segments[i]);
        else if (pattern[i] != segments[i])
            return false;
    }
    if (captures)
        *captures = found;
    return true;
}

QString SeededIds::from(QStringView alphabet, int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(alphabet[m_rng.bounded(quint32(alphabet.size()))]);
    return out;
}

QString SeededIds::alnum(int length)
{
    return from(u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", length);
}

QString SeededIds::hex(int length)
{
    return from(u"0123456789abcdef", length);
}

QString SeededIds::digits(int length)
{
    return from(u"0123456789", length);
}

Pager::Slice Pager::slice(qsizetype total, qsizetype offset, qsizetype pageSize)
{
    Slice s;
    s.begin = std::clamp<qsizetype>(offset, 0, total);
    s.end = std::min(total, s.begin + std::max<qsizetype>(pageSize, 1));
    if (s.end < total)
        s.next = s.end;
    return s;
}

QString Pager::token(const QString& scope, qsizetype offset, Encoding encoding)
{
    const QByteArray plain = scope.toUtf8() + ':' + QByteArray::number(offset);
    return QString::fromLatin1(encoding == Encoding::Base64
                                   ? plain.toBase64()
                                   : plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> Pager::offset(const QString& scope, const QString& token, Encoding encoding)
{
    if (token.isEmpty())
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), (encoding == Encoding::Base64 ? QByteArray::Base64Encoding : QByteArray::Base64UrlEncoding)
                              | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray prefix = scope.toUtf8() + ':';
    if (!decoded.decoded.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const qsizetype value = decoded.decoded.mid(prefix.size()).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

QDateTime anchorDay()
{
    return QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
}

QString rfc3339(const QDateTime& time, bool withMillis)
{
    return time.toUTC().toString(withMillis ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                            : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<QDateTime> parseRfc3339(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

QString rfc2822(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) + QStringLiteral(" +0000");
}

std::optional<QJsonObject> jsonBody(const net::HttpRequest& request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool isE164(const QString& number)
{
    static const QRegularExpression e164(QStringLiteral(R"(^\+[1-9]\d{1,14}$)"));
    return e164.match(number).hasMatch();
}

bool isEmailAddress(const QString& address)
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s<>,;"]+@[^@\s<>,;"]+\.[^@\s<>,;"]+$)"));
    return email.match(address).hasMatch();
}

} // namespace sb::sandbox
