#include "sandbox/RequestLog.h"

#include "sandbox/DemoData.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

namespace sb::sandbox {

namespace {

const QString kMasked = QStringLiteral("****");

bool isSecretField(const QString& name)
{
    static const QSet<QString> names{
        QStringLiteral("client_secret"), QStringLiteral("refresh_token"), QStringLiteral("code"),
        QStringLiteral("code_verifier"), QStringLiteral("token"),         QStringLiteral("access_token"),
        QStringLiteral("id_token"),      QStringLiteral("password"),      QStringLiteral("client_assertion"),
        QStringLiteral("assertion"),     QStringLiteral("AuthToken"),     QStringLiteral("secret")};
    return names.contains(name);
}

// The demo secrets are public, but a log that shows them trains people to paste secrets into bug reports.
QString scrubKnownSecrets(QString text)
{
    static const QStringList secrets = [] {
        QStringList list;
        for (const auto& client : demo::oauthClients())
            list << client.clientSecret;
        for (const auto& account : demo::twilioAccounts())
            list << account.authToken;
        for (const auto& key : demo::stripeKeys())
            list << key.secretKey;
        return list;
    }();
    for (const QString& secret : secrets)
        text.replace(secret, kMasked);
    return text;
}

QString maskQuery(const QUrl& url)
{
    QUrlQuery query(url);
    auto items = query.queryItems(QUrl::FullyDecoded);
    for (auto& [name, value] : items) {
        if (isSecretField(name))
            value = kMasked;
    }
    QUrlQuery masked;
    masked.setQueryItems(items);
    return scrubKnownSecrets(masked.toString(QUrl::FullyDecoded));
}

QJsonValue maskJson(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = isSecretField(it.key()) ? QJsonValue(kMasked) : maskJson(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = maskJson(array.at(i));
        return array;
    }
    return value;
}

QString maskBody(const net::HttpRequest& request)
{
    if (request.body.isEmpty())
        return {};
    const QByteArray type = request.header("content-type").toLower();
    if (type.contains("x-www-form-urlencoded")) {
        QStringList pairs;
        for (const auto& [name, value] : request.formItems()) {
            pairs << QString::fromLatin1(QUrl::toPercentEncoding(name)) + QLatin1Char('=')
                    + (isSecretField(name) ? kMasked : QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        return scrubKnownSecrets(pairs.join(QLatin1Char('&')));
    }
    if (type.contains("json")) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (doc.isObject())
            return scrubKnownSecrets(QString::fromUtf8(QJsonDocument(maskJson(doc.object()).toObject()).toJson(QJsonDocument::Compact)));
        if (doc.isArray())
            return scrubKnownSecrets(QString::fromUtf8(QJsonDocument(maskJson(doc.array()).toArray()).toJson(QJsonDocument::Compact)));
    }
    return scrubKnownSecrets(QString::fromUtf8(request.body.left(64 * 1024)));
}

} // namespace

QJsonObject RequestLog::mask(const net::HttpRequest& request)
{
    QJsonObject headers;
    for (const auto& [rawName, rawValue] : request.headers) {
        const QString name = QString::fromLatin1(rawName).toLower();
        QString value = QString::fromLatin1(rawValue);
        if (name == QLatin1String("authorization") || name == QLatin1String("proxy-authorization")) {
            const qsizetype space = value.indexOf(QLatin1Char(' '));
            value = space > 0 ? value.left(space) + QLatin1Char(' ') + kMasked : kMasked;
        } else if (name == QLatin1String("cookie")) {
            value = kMasked;
        } else {
            value = scrubKnownSecrets(value);
        }
        headers.insert(name, value);
    }
    return QJsonObject{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                       {QStringLiteral("path"), request.encodedPath()},
                       {QStringLiteral("query"), maskQuery(request.url)},
                       {QStringLiteral("headers"), headers},
                       {QStringLiteral("body"), maskBody(request)}};
}

qint64 RequestLog::record(const QString& provider, const net::HttpRequest& request)
{
    QJsonObject entry = mask(request);
    const qint64 sequence = m_nextSequence++;
    entry.insert(QStringLiteral("seq"), sequence);
    entry.insert(QStringLiteral("provider"), provider);
    entry.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    entry.insert(QStringLiteral("status"), 0); // until answered (latency faults delay the answer)
    m_entries.append(entry);
    if (m_entries.size() > kCapacity)
        m_entries.removeFirst();
    return sequence;
}

void RequestLog::setStatus(qint64 sequence, int status)
{
    // Entries are in sequence order; search from the end, where recent requests are.
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        const qint64 seq = it->value(QStringLiteral("seq")).toInteger();
        if (seq == sequence) {
            it->insert(QStringLiteral("status"), status);
            return;
        }
        if (seq < sequence)
            return;
    }
}

QJsonArray RequestLog::toJson(const QString& provider) const
{
    QJsonArray array;
    for (const QJsonObject& entry : m_entries) {
        if (provider.isEmpty() || entry.value(QStringLiteral("provider")).toString() == provider)
            array.append(entry);
    }
    return array;
}

void RequestLog::clear()
{
    m_entries.clear();
}

} // namespace sb::sandbox
