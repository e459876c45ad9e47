// Gmail (users.messages send/list/get, users.getProfile, media upload) of GoogleApi.
#include "sandbox/providers/GoogleApi.h"

#include "sandbox/providers/GoogleErrors.h"
#include "sandbox/providers/MimeMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace sb::sandbox {

namespace {

using google::Style;

net::HttpResponse gmailError(int code, const QString& message, const QString& reason)
{
    return google::error(code, message, Style::Gmail, reason);
}

QString snippetOf(const MimeMessage& mime)
{
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    QString text = mime.text().replace(space, QStringLiteral(" ")).trimmed().left(200);
    // Gmail serves snippets HTML-escaped.
    text.replace(u'&', QStringLiteral("&amp;")).replace(u'<', QStringLiteral("&lt;")).replace(u'>', QStringLiteral("&gt;"));
    text.replace(u'"', QStringLiteral("&quot;")).replace(u'\'', QStringLiteral("&#39;"));
    return text;
}

// Splits a Gmail search into terms, keeping quoted phrases and "op:(a b)" groups whole.
QStringList searchTerms(const QString& q)
{
    QStringList terms;
    QString current;
    bool quoted = false;
    int depth = 0;
    for (const QChar c : q) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u'(' && !quoted)
            ++depth;
        else if (c == u')' && !quoted)
            depth = std::max(0, depth - 1);
        if (c.isSpace() && !quoted && depth == 0) {
            if (!current.isEmpty())
                terms.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        terms.append(current);
    return terms;
}

QString unwrap(QString value)
{
    value.remove(u'"');
    if (value.startsWith(u'(') && value.endsWith(u')'))
        value = value.mid(1, value.size() - 2);
    return value.trimmed();
}

// "newer_than:2d" / "older_than:1y" -> the cut-off.
std::optional<QDateTime> relative(const QString& value)
{
    static const QRegularExpression shape(QStringLiteral(R"(^(\d+)([dmy])$)"));
    const auto match = shape.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const int n = match.captured(1).toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QChar unit = match.captured(2).at(0);
    return unit == u'd' ? now.addDays(-n) : unit == u'm' ? now.addMonths(-n) : now.addYears(-n);
}

} // namespace

net::HttpResponse GoogleApi::gmail(Account& account, const net::HttpRequest& request, const QStringList& path)
{
    if (path.size() < 2 || path[0] != QLatin1String("users"))
        return gmailError(404, QStringLiteral("Not Found"), QStringLiteral("notFound"));
    const QString userId = path[1];
    if (userId != QLatin1String("me") && userId.compare(account.email, Qt::CaseInsensitive) != 0)
        return gmailError(403, QStringLiteral("Delegation denied for %1").arg(account.email), QStringLiteral("forbidden"));
    const QStringList rest = path.mid(2);
    const bool get = request.method == "GET";

    if (rest == QStringList{QStringLiteral("profile")} && get) {
        QSet<QString> threads;
        for (const Message& message : account.messages)
            threads.insert(message.threadId);
        return net::HttpResponse::json(QJsonObject{{QStringLiteral("emailAddress"), account.email},
                                                   {QStringLiteral("messagesTotal"), account.messages.size()},
                                                   {QStringLiteral("threadsTotal"), threads.size()},
                                                   {QStringLiteral("historyId"), QString::number(account.historyId)}});
    }
    if (rest == QStringList{QStringLiteral("messages"), QStringLiteral("send")} && request.method == "POST") {
        const std::optional<QJsonObject> body = jsonBody(request);
        if (!body)
            return gmailError(400, QStringLiteral("Invalid JSON payload received. Expected an object."),
                              QStringLiteral("invalid"));
        const QString raw = body->value(QStringLiteral("raw")).toString();
        if (raw.isEmpty())
            return gmailError(400,
                              QStringLiteral("'raw' RFC822 payload message string or uploading message via /upload/* "
                                             "URL required"),
                              QStringLiteral("invalidArgument"));
        // base64url as documented; plain base64 is accepted too, as Google's decoder does.
        QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            raw.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            decoded = QByteArray::fromBase64Encoding(raw.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return gmailError(400,
                              QStringLiteral("Invalid value at 'message.raw' (TYPE_BYTES), Base64 decoding failed for "
                                             "\"%1\"")
                                  .arg(raw.left(40)),
                              QStringLiteral("invalid"));
        return sendMessage(account, decoded.decoded, body->value(QStringLiteral("threadId")).toString());
    }
    if (rest == QStringList{QStringLiteral("messages")} && get)
        return listMessages(account, request);
    if (rest == QStringList{QStringLiteral("history")} && get)
        return history(account, request);
    if (rest.size() == 2 && rest[0] == QLatin1String("messages") && get) {
        const QUrlQuery query = request.query();
        const QString format = query.queryItemValue(QStringLiteral("format")).isEmpty()
                                   ? QStringLiteral("full")
                                   : query.queryItemValue(QStringLiteral("format")).toLower();
        if (!QStringList{QStringLiteral("full"), QStringLiteral("metadata"), QStringLiteral("minimal"), QStringLiteral("raw")}
                 .contains(format))
            return gmailError(400, QStringLiteral("Invalid value at 'format' (type.googleapis.com/gmail.v1.Format), \"%1\"")
                                       .arg(query.queryItemValue(QStringLiteral("format"))),
                              QStringLiteral("invalid"));
        for (const Message& message : account.messages) {
            if (message.id == rest[1])
                return net::HttpResponse::json(messageResource(
                    message, format, query.allQueryItemValues(QStringLiteral("metadataHeaders"), QUrl::FullyDecoded)));
        }
        static const QRegularExpression idShape(QStringLiteral("^[0-9a-f]{1,32}$"));
        if (!idShape.match(rest[1]).hasMatch())
            return gmailError(400, QStringLiteral("Invalid id value"), QStringLiteral("invalidArgument"));
        return gmailError(404, QStringLiteral("Requested entity was not found."), QStringLiteral("notFound"));
    }
    return gmailError(404, QStringLiteral("Not Found"), QStringLiteral("notFound"));
}

net::HttpResponse GoogleApi::uploadSend(Account& account, const net::HttpRequest& request)
{
    const QString uploadType = request.query().queryItemValue(QStringLiteral("uploadType"));
    if (uploadType == QLatin1String("media"))
        return sendMessage(account, request.body, {});
    if (uploadType == QLatin1String("multipart")) {
        // multipart/related: the JSON metadata (threadId), then the message/rfc822 media.
        const MimeMessage upload = MimeMessage::parse("Content-Type: " + request.header("content-type") + "\r\n\r\n"
                                                      + request.body);
        if (upload.parts().size() != 2)
            return gmailError(400, QStringLiteral("Invalid multipart request with 0 mime parts."),
                              QStringLiteral("badContent"));
        const QJsonObject metadata = QJsonDocument::fromJson(upload.parts()[0].body()).object();
        return sendMessage(account, upload.parts()[1].body(), metadata.value(QStringLiteral("threadId")).toString());
    }
    return gmailError(400, QStringLiteral("Invalid upload type: \"%1\". Use media or multipart.").arg(uploadType),
                      QStringLiteral("badRequest"));
}

net::HttpResponse GoogleApi::sendMessage(Account& account, QByteArray raw, const QString& threadId)
{
    const MimeMessage mime = MimeMessage::parse(raw);
    if (!mime.hasHeader(QStringLiteral("To")))
        return gmailError(400, QStringLiteral("Invalid To header"), QStringLiteral("invalidArgument"));
    QStringList recipients;
    for (const QString& field : {QStringLiteral("To"), QStringLiteral("Cc"), QStringLiteral("Bcc")}) {
        if (!mime.hasHeader(field))
            continue;
        const auto addresses = MimeMessage::addresses(mime.header(field));
        if (!addresses)
            return gmailError(400, QStringLiteral("Invalid %1 header").arg(field), QStringLiteral("invalidArgument"));
        recipients += *addresses;
    }

    // Gmail completes what the client left out: the sender, the date and a Message-ID.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray added;
    if (!mime.hasHeader(QStringLiteral("From")))
        added += QStringLiteral("From: %1 <%2>\r\n").arg(account.name, account.email).toUtf8();
    if (!mime.hasHeader(QStringLiteral("Date")))
        added += QStringLiteral("Date: %1\r\n").arg(rfc2822(now)).toUtf8();
    if (!mime.hasHeader(QStringLiteral("Message-ID")))
        added += QStringLiteral("Message-ID: <%1@mail.gmail.com>\r\n").arg(m_ids.alnum(32)).toUtf8();
    raw.prepend(added);

    Message sent;
    sent.id = QStringLiteral("18") + m_ids.hex(14);
    sent.threadId = sent.id;
    for (const Message& message : account.messages) {
        if (!threadId.isEmpty() && message.threadId == threadId)
            sent.threadId = threadId;
    }
    sent.labelIds = {QStringLiteral("SENT")};
    sent.raw = raw;
    sent.internalDate = now.toMSecsSinceEpoch();
    sent.historyId = ++account.historyId;
    // Mail to another demo account lands in its inbox; mail to oneself is one message in both places.
    for (Account& other : m_accounts) {
        if (!recipients.contains(other.email, Qt::CaseInsensitive))
            continue;
        if (&other == &account) {
            sent.labelIds = {QStringLiteral("UNREAD"), QStringLiteral("SENT"), QStringLiteral("INBOX")};
            continue;
        }
        const QString id = QStringLiteral("18") + m_ids.hex(14);
        other.messages.append(Message{id, id, {QStringLiteral("UNREAD"), QStringLiteral("INBOX")}, raw,
                                      sent.internalDate, ++other.historyId});
    }
    account.messages.append(sent);
    QJsonArray labels;
    for (const QString& label : sent.labelIds)
        labels.append(label);
    return net::HttpResponse::json(QJsonObject{{QStringLiteral("id"), sent.id},
                                               {QStringLiteral("threadId"), sent.threadId},
                                               {QStringLiteral("labelIds"), labels}});
}

net::HttpResponse GoogleApi::listMessages(const Account& account, const net::HttpRequest& request)
{
    const QUrlQuery query = request.query();
    const QString q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    const QStringList labelIds = query.allQueryItemValues(QStringLiteral("labelIds"), QUrl::FullyDecoded);
    const bool includeSpamTrash = query.queryItemValue(QStringLiteral("includeSpamTrash")) == QLatin1String("true");
    bool ok = true;
    const QString maxText = query.queryItemValue(QStringLiteral("maxResults"));
    const int maxResults = maxText.isEmpty() ? 100 : std::min(500, maxText.toInt(&ok));
    if (!ok || maxResults < 1)
        return gmailError(400, QStringLiteral("Invalid value for maxResults: %1").arg(maxText), QStringLiteral("invalid"));
    const auto offset = Pager::offset(QStringLiteral("gmail"), query.queryItemValue(QStringLiteral("pageToken")));
    if (!offset)
        return gmailError(400, QStringLiteral("Invalid pageToken"), QStringLiteral("invalid"));

    const QStringList terms = searchTerms(q);
    auto matches = [&](const Message& message) {
        if (!includeSpamTrash
            && (message.labelIds.contains(QStringLiteral("SPAM")) || message.labelIds.contains(QStringLiteral("TRASH"))))
            return false;
        for (const QString& label : labelIds) {
            if (!message.labelIds.contains(label))
                return false;
        }
        const MimeMessage mime = MimeMessage::parse(message.raw);
        const QDateTime date = QDateTime::fromMSecsSinceEpoch(message.internalDate, Qt::UTC);
        for (QString term : terms) {
            const bool negate = term.startsWith(u'-');
            if (negate)
                term.remove(0, 1);
            const qsizetype colon = term.indexOf(u':');
            const QString op = colon > 0 ? term.left(colon).toLower() : QString();
            const QString value = unwrap(colon > 0 ? term.mid(colon + 1) : term);
            bool hit = false;
            if (op == QLatin1String("from") || op == QLatin1String("to") || op == QLatin1String("cc")
                || op == QLatin1String("bcc") || op == QLatin1String("subject")) {
                hit = mime.header(op).contains(value, Qt::CaseInsensitive);
            } else if (op == QLatin1String("label") || op == QLatin1String("in")) {
                hit = value.compare(QLatin1String("anywhere"), Qt::CaseInsensitive) == 0
                      || message.labelIds.contains(value.toUpper().replace(u'-', u'_'));
            } else if (op == QLatin1String("is")) {
                const QString v = value.toLower();
                hit = v == QLatin1String("read") ? !message.labelIds.contains(QStringLiteral("UNREAD"))
                                                 : message.labelIds.contains(v.toUpper());
            } else if (op == QLatin1String("after") || op == QLatin1String("before")) {
                const QDate day = QDate::fromString(QString(value).replace(u'-', u'/'), QStringLiteral("yyyy/M/d"));
                hit = day.isValid() && (op == QLatin1String("after") ? date.date() >= day : date.date() < day);
            } else if (op == QLatin1String("newer_than") || op == QLatin1String("older_than")) {
                const auto cut = relative(value);
                hit = cut && (op == QLatin1String("newer_than") ? date >= *cut : date < *cut);
            } else if (op == QLatin1String("has")) {
                hit = value == QLatin1String("attachment")
                      && std::any_of(mime.parts().begin(), mime.parts().end(),
                                     [](const MimeMessage& part) { return !part.gmailPart({}, false).value(QStringLiteral("filename")).toString().isEmpty(); });
            } else {
                const QString needle = colon > 0 ? term : value;
                hit = mime.header(QStringLiteral("Subject")).contains(needle, Qt::CaseInsensitive)
                      || mime.header(QStringLiteral("From")).contains(needle, Qt::CaseInsensitive)
                      || mime.header(QStringLiteral("To")).contains(needle, Qt::CaseInsensitive)
                      || mime.text().contains(needle, Qt::CaseInsensitive);
            }
            if (hit == negate)
                return false;
        }
        return true;
    };

    QList<const Message*> found;
    for (const Message& message : account.messages) {
        if (matches(message))
            found.append(&message);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Message* a, const Message* b) { return a->internalDate > b->internalDate; });
    const Pager::Slice slice = Pager::slice(found.size(), *offset, maxResults);
    QJsonObject body{{QStringLiteral("resultSizeEstimate"), found.size()}};
    if (slice.end > slice.begin) {
        QJsonArray messages;
        for (qsizetype i = slice.begin; i < slice.end; ++i)
            messages.append(QJsonObject{{QStringLiteral("id"), found[i]->id}, {QStringLiteral("threadId"), found[i]->threadId}});
        body.insert(QStringLiteral("messages"), messages);
    }
    if (slice.next)
        body.insert(QStringLiteral("nextPageToken"), Pager::token(QStringLiteral("gmail"), *slice.next));
    return net::HttpResponse::json(body);
}

net::HttpResponse GoogleApi::history(const Account& account, const net::HttpRequest& request)
{
    const QUrlQuery query = request.query();
    bool ok = false;
    const qint64 start = query.queryItemValue(QStringLiteral("startHistoryId")).toLongLong(&ok);
    if (!ok)
        return gmailError(400, QStringLiteral("Invalid startHistoryId"), QStringLiteral("invalidArgument"));
    // History older than what the mailbox keeps is gone: Gmail answers 404 and the client must sync in full.
    if (start < kFirstHistoryId)
        return gmailError(404, QStringLiteral("Requested entity was not found."), QStringLiteral("notFound"));
    const QStringList types = query.allQueryItemValues(QStringLiteral("historyTypes"));
    const QString label = query.queryItemValue(QStringLiteral("labelId"));
    const QString maxText = query.queryItemValue(QStringLiteral("maxResults"));
    const int maxResults = maxText.isEmpty() ? 100 : std::clamp(maxText.toInt(), 1, 500);
    const auto offset = Pager::offset(QStringLiteral("history"), query.queryItemValue(QStringLiteral("pageToken")));
    if (!offset)
        return gmailError(400, QStringLiteral("Invalid pageToken"), QStringLiteral("invalid"));

    // Only additions are recorded (sends, deliveries), in historyId order.
    QList<const Message*> added;
    if (types.isEmpty() || types.contains(QStringLiteral("messageAdded"))) {
        for (const Message& message : account.messages) {
            if (message.historyId > start && (label.isEmpty() || message.labelIds.contains(label)))
                added.append(&message);
        }
    }
    std::stable_sort(added.begin(), added.end(), [](const Message* a, const Message* b) { return a->historyId < b->historyId; });
    const Pager::Slice slice = Pager::slice(added.size(), *offset, maxResults);
    QJsonArray records;
    for (qsizetype i = slice.begin; i < slice.end; ++i) {
        const Message& message = *added[i];
        QJsonArray labels;
        for (const QString& l : message.labelIds)
            labels.append(l);
        const QJsonObject ref{{QStringLiteral("id"), message.id}, {QStringLiteral("threadId"), message.threadId}};
        QJsonObject full = ref;
        full.insert(QStringLiteral("labelIds"), labels);
        records.append(QJsonObject{{QStringLiteral("id"), QString::number(message.historyId)},
                                   {QStringLiteral("messages"), QJsonArray{ref}},
                                   {QStringLiteral("messagesAdded"), QJsonArray{QJsonObject{{QStringLiteral("message"), full}}}}});
    }
    QJsonObject body{{QStringLiteral("historyId"), QString::number(account.historyId)}};
    if (!records.isEmpty())
        body.insert(QStringLiteral("history"), records);
    if (slice.next)
        body.insert(QStringLiteral("nextPageToken"), Pager::token(QStringLiteral("history"), *slice.next));
    return net::HttpResponse::json(body);
}

QJsonObject GoogleApi::messageResource(const Message& message, const QString& format,
                                       const QStringList& metadataHeaders) const
{
    const MimeMessage mime = MimeMessage::parse(message.raw);
    QJsonArray labels;
    for (const QString& label : message.labelIds)
        labels.append(label);
    QJsonObject resource{{QStringLiteral("id"), message.id},
                         {QStringLiteral("threadId"), message.threadId},
                         {QStringLiteral("labelIds"), labels},
                         {QStringLiteral("snippet"), snippetOf(mime)},
                         {QStringLiteral("sizeEstimate"), message.raw.size()},
                         {QStringLiteral("historyId"), QString::number(message.historyId)},
                         {QStringLiteral("internalDate"), QString::number(message.internalDate)}};
    if (format == QLatin1String("raw"))
        resource.insert(QStringLiteral("raw"), QString::fromLatin1(message.raw.toBase64(QByteArray::Base64UrlEncoding)));
    else if (format == QLatin1String("full"))
        resource.insert(QStringLiteral("payload"), mime.gmailPart(QString(), true));
    else if (format == QLatin1String("metadata"))
        resource.insert(QStringLiteral("payload"), mime.gmailPart(QString(), false, metadataHeaders));
    return resource;
}

} // namespace sb::sandbox
