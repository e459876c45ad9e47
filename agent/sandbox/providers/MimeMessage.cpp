#include "sandbox/providers/MimeMessage.h"

#include "sandbox/providers/ApiSupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>

namespace sb::sandbox {

namespace {

QByteArray decodeQuotedPrintable(const QByteArray& input, bool underscoreIsSpace)
{
    QByteArray out;
    out.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char c = input[i];
        if (c == '=' && i + 1 < input.size() && (input[i + 1] == '\r' || input[i + 1] == '\n')) {
            // Soft line break.
            i += (input[i + 1] == '\r' && i + 2 < input.size() && input[i + 2] == '\n') ? 2 : 1;
        } else if (c == '=' && i + 2 < input.size()) {
            bool ok = false;
            const int value = input.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(value));
                i += 2;
            } else {
                out.append(c);
            }
        } else if (c == '_' && underscoreIsSpace) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
    return out;
}

QString decodeCharset(const QByteArray& bytes, const QString& charset)
{
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.toLatin1().constData());
    if (!decoder.isValid())
        return QString::fromUtf8(bytes);
    return decoder.decode(bytes);
}

// A parameter of a structured header: boundary, charset, name, filename.
QString headerParameter(const QString& header, const QString& name)
{
    const QRegularExpression re(QStringLiteral(R"re(;\s*%1\s*=\s*(?:"([^"]*)"|([^;\s]+)))re").arg(QRegularExpression::escape(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(header);
    if (!match.hasMatch())
        return {};
    return match.captured(1).isNull() ? match.captured(2) : match.captured(1);
}

} // namespace

QString MimeMessage::decodeWords(const QString& value)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?]+)\?([BbQq])\?([^?]*)\?=)"));
    static const QRegularExpression gap(QStringLiteral(R"((\?=)\s+(=\?))"));
    QString input = value;
    input.replace(gap, QStringLiteral("\\1\\2")); // whitespace between adjacent encoded words is dropped
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(input);
    while (it.hasNext()) {
        const auto match = it.next();
        out += input.mid(last, match.capturedStart() - last);
        const QByteArray text = match.captured(3).toLatin1();
        const QByteArray bytes = match.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0
                                     ? QByteArray::fromBase64(text)
                                     : decodeQuotedPrintable(text, true);
        out += decodeCharset(bytes, match.captured(1).section(u'*', 0, 0));
        last = match.capturedEnd();
    }
    out += input.mid(last);
    return out;
}

MimeMessage MimeMessage::parse(const QByteArray& raw)
{
    MimeMessage message;
    qsizetype split = raw.indexOf("\r\n\r\n");
    qsizetype bodyStart = split + 4;
    const qsizetype lfSplit = raw.indexOf("\n\n");
    if (split < 0 || (lfSplit >= 0 && lfSplit < split)) {
        split = lfSplit;
        bodyStart = split + 2;
    }
    if (raw.startsWith("\r\n") || raw.startsWith('\n')) {
        split = 0;
        bodyStart = raw.startsWith("\r\n") ? 2 : 1;
    }
    const QByteArray head = split < 0 ? raw : raw.left(split);
    QByteArray body = split < 0 ? QByteArray() : raw.mid(bodyStart);

    // Unfold: a line starting with white space continues the previous header.
    for (const QByteArray& rawLine : head.split('\n')) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !message.m_headers.isEmpty()) {
            message.m_headers.last().second += u' ' + QString::fromUtf8(line.trimmed());
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        message.m_headers.append({QString::fromUtf8(line.left(colon)).trimmed(), QString::fromUtf8(line.mid(colon + 1)).trimmed()});
    }
    for (auto& header : message.m_headers)
        header.second = decodeWords(header.second);

    const QString contentType = message.header(QStringLiteral("Content-Type"));
    if (!contentType.isEmpty())
        message.m_mimeType = contentType.section(u';', 0, 0).trimmed().toLower();
    message.m_filename = headerParameter(message.header(QStringLiteral("Content-Disposition")), QStringLiteral("filename"));
    if (message.m_filename.isEmpty())
        message.m_filename = headerParameter(contentType, QStringLiteral("name"));

    const QString boundary = headerParameter(contentType, QStringLiteral("boundary"));
    if (message.m_mimeType.startsWith(QLatin1String("multipart/")) && !boundary.isEmpty()) {
        const QByteArray delimiter = "--" + boundary.toUtf8();
        qsizetype pos = body.indexOf(delimiter);
        while (pos >= 0) {
            qsizetype start = pos + delimiter.size();
            if (body.mid(start, 2) == "--")
                break; // closing delimiter
            start = body.indexOf('\n', start);
            if (start < 0)
                break;
            ++start;
            const qsizetype next = body.indexOf(delimiter, start);
            QByteArray part = next < 0 ? body.mid(start) : body.mid(start, next - start);
            if (part.endsWith("\r\n"))
                part.chop(2);
            else if (part.endsWith('\n'))
                part.chop(1);
            message.m_parts.append(parse(part));
            pos = next;
        }
        return message;
    }

    const QString encoding = message.header(QStringLiteral("Content-Transfer-Encoding")).toLower();
    if (encoding == QLatin1String("base64"))
        body = QByteArray::fromBase64(body);
    else if (encoding == QLatin1String("quoted-printable"))
        body = decodeQuotedPrintable(body, false);
    message.m_body = body;
    return message;
}

QString MimeMessage::header(const QString& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool MimeMessage::hasHeader(const QString& name) const
{
    return std::any_of(m_headers.begin(), m_headers.end(),
                       [&](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QString MimeMessage::text() const
{
    if (!m_parts.isEmpty()) {
        QString html;
        for (const MimeMessage& part : m_parts) {
            if (part.m_mimeType == QLatin1String("text/plain") || part.m_mimeType.startsWith(QLatin1String("multipart/"))) {
                const QString found = part.text();
                if (!found.isEmpty())
                    return found;
            } else if (part.m_mimeType == QLatin1String("text/html") && html.isEmpty()) {
                html = part.text();
            }
        }
        return html;
    }
    const QString charset = headerParameter(header(QStringLiteral("Content-Type")), QStringLiteral("charset"));
    QString content = decodeCharset(m_body, charset);
    if (m_mimeType == QLatin1String("text/html")) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        content.remove(tags);
    }
    return m_mimeType.startsWith(QLatin1String("text/")) ? content : QString();
}

QJsonObject MimeMessage::gmailPart(const QString& partId, bool withBodies, const QStringList& onlyHeaders) const
{
    QJsonArray headers;
    for (const auto& [name, value] : m_headers) {
        if (!onlyHeaders.isEmpty()
            && !std::any_of(onlyHeaders.begin(), onlyHeaders.end(),
                            [&](const QString& wanted) { return wanted.compare(name, Qt::CaseInsensitive) == 0; }))
            continue;
        headers.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    }
    QJsonObject part{{QStringLiteral("partId"), partId},
                     {QStringLiteral("mimeType"), m_mimeType},
                     {QStringLiteral("filename"), m_filename},
                     {QStringLiteral("headers"), headers}};
    if (!withBodies)
        return part;
    QJsonObject body{{QStringLiteral("size"), m_parts.isEmpty() ? m_body.size() : 0}};
    if (m_parts.isEmpty() && !m_body.isEmpty())
        body.insert(QStringLiteral("data"), QString::fromLatin1(m_body.toBase64(QByteArray::Base64UrlEncoding)));
    part.insert(QStringLiteral("body"), body);
    if (!m_parts.isEmpty()) {
        QJsonArray parts;
        for (qsizetype i = 0; i < m_parts.size(); ++i) {
            const QString childId = partId.isEmpty() ? QString::number(i) : partId + u'.' + QString::number(i);
            parts.append(m_parts[i].gmailPart(childId, true));
        }
        part.insert(QStringLiteral("parts"), parts);
    }
    return part;
}

std::optional<QStringList> MimeMessage::addresses(const QString& header)
{
    QStringList result;
    // Split on commas outside quotes and angle brackets.
    QStringList items;
    QString current;
    bool quoted = false;
    int angle = 0;
    for (const QChar c : header) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'<')
            ++angle;
        else if (!quoted && c == u'>')
            --angle;
        if (c == u',' && !quoted && angle == 0) {
            items.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    items.append(current);
    for (QString item : items) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype open = item.lastIndexOf(u'<');
        if (open >= 0) {
            const qsizetype close = item.indexOf(u'>', open);
            if (close < 0)
                return std::nullopt;
            item = item.mid(open + 1, close - open - 1).trimmed();
        }
        if (!isEmailAddress(item))
            return std::nullopt;
        result.append(item);
    }
    if (result.isEmpty())
        return std::nullopt;
    return result;
}

} // namespace sb::sandbox
