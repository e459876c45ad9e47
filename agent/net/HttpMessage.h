#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace sb::net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request as our loopback servers see it: a plain value, independent of the QtHttpServer version underneath.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QHostAddress peer;

    [[nodiscard]] QString path() const { return url.path(QUrl::FullyDecoded); }
    // The path as sent, with its percent-encoding (Sheets ranges and Stripe ids travel encoded).
    [[nodiscard]] QString encodedPath() const { return url.path(QUrl::FullyEncoded); }
    [[nodiscard]] QUrlQuery query() const { return QUrlQuery(url); }
    // Case-insensitive header lookup; empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] bool hasHeader(QByteArrayView name) const;
    // The body parsed as application/x-www-form-urlencoded ('+' is a space, as browsers and SDKs send it).
    [[nodiscard]] QList<QPair<QString, QString>> formItems() const;
    [[nodiscard]] QString formValue(const QString& key) const;
    // The bearer token of an "Authorization: Bearer x" header, empty otherwise.
    [[nodiscard]] QByteArray bearerToken() const;
};

struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    // Fault injection: send the headers and half the body, then abort the connection.
    bool dropMidResponse = false;

    [[nodiscard]] static HttpResponse json(const QJsonValue& value, int status = 200);
    [[nodiscard]] static HttpResponse json(const QJsonDocument& doc, int status = 200);
    [[nodiscard]] static HttpResponse html(const QString& html, int status = 200);
    [[nodiscard]] static HttpResponse text(const QByteArray& text, int status = 200);
    [[nodiscard]] static HttpResponse redirect(const QUrl& location, int status = 302);
    // A response with no body and no Content-Type (Graph's 202/204 must not claim JSON).
    [[nodiscard]] static HttpResponse empty(int status);

    HttpResponse& setHeader(const QByteArray& name, const QByteArray& value);
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

// Answers a request exactly once; may be called later, from the server's thread (handlers can be asynchronous).
using Responder = std::function<void(HttpResponse)>;
using Handler = std::function<void(const HttpRequest&, Responder)>;

} // namespace sb::net
