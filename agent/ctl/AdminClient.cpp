#include "ctl/AdminClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace sb::ctl {

AdminClient::AdminClient(QUrl apiUrl, QString token, QObject* parent)
    : QObject(parent)
    , m_apiUrl(std::move(apiUrl))
    , m_token(std::move(token))
    , m_network(new QNetworkAccessManager(this))
{
}

void AdminClient::get(const QString& path, Done done)
{
    send("GET", path, {}, std::move(done));
}

void AdminClient::post(const QString& path, const QJsonObject& body, Done done)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void AdminClient::del(const QString& path, Done done)
{
    send("DELETE", path, {}, std::move(done));
}

void AdminClient::send(const QByteArray& verb, const QString& path, const QByteArray& body, Done done)
{
    QUrl url = m_apiUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!m_actor.isEmpty())
        request.setRawHeader("X-Switchboard-Actor", m_actor.toUtf8());
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = verb == "GET"    ? m_network->get(request)
                         : verb == "POST"   ? m_network->post(request, body)
                                            : m_network->deleteResource(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QJsonObject envelope = QJsonDocument::fromJson(reply->readAll()).object();
        if (envelope.value(QStringLiteral("ok")).toBool())
            return done(envelope.value(QStringLiteral("data")));
        if (envelope.contains(QStringLiteral("error"))) {
            const QJsonObject error = envelope.value(QStringLiteral("error")).toObject();
            return done(fail(error.value(QStringLiteral("code")).toString(),
                             error.value(QStringLiteral("message")).toString()));
        }
        done(fail(QStringLiteral("unreachable"),
                  QObject::tr("The agent's admin API did not answer (%1).").arg(reply->errorString())));
    });
}

} // namespace sb::ctl
