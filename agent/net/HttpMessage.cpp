#include "net/HttpMessage.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sb::net {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QPair<QString, QString>> HttpRequest::formItems() const
{
    QByteArray encoded = body;
    encoded.replace('+', ' ');
    QList<QPair<QString, QString>> items;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

QString HttpRequest::formValue(const QString& key) const
{
    for (const auto& [name, value] : formItems()) {
        if (name == key)
            return value;
    }
    return {};
}

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    if (value.size() > 7 && value.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return value.mid(7).trimmed();
    return {};
}

HttpResponse HttpResponse::json(const QJsonValue& value, int status)
{
    if (value.isArray())
        return json(QJsonDocument(value.toArray()), status);
    return json(QJsonDocument(value.toObject()), status);
}

HttpResponse HttpResponse::json(const QJsonDocument& doc, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = doc.toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

HttpResponse HttpResponse::html(const QString& html, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = html.toUtf8();
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    return response;
}

HttpResponse HttpResponse::text(const QByteArray& text, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = text;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    return response;
}

HttpResponse HttpResponse::redirect(const QUrl& location, int status)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Location", location.toEncoded());
    return response;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

HttpResponse& HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace sb::net
