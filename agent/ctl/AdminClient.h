#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace sb::ctl {

// switchboardctl's side of the admin API: one bearer token, the JSON envelope unwrapped into data or an Error.
class AdminClient : public QObject
{
    Q_OBJECT
public:
    AdminClient(QUrl apiUrl, QString token, QObject* parent = nullptr);

    using Done = std::function<void(Result<QJsonValue>)>;
    void get(const QString& path, Done done);
    void post(const QString& path, const QJsonObject& body, Done done);
    void del(const QString& path, Done done);

    // Sent as X-Switchboard-Actor, so connection events name who did it ("cli:alice").
    void setActor(const QString& actor) { m_actor = actor; }
    // Requests time out after this long (default 15 s; a pasted redirect waits on the provider).
    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    void send(const QByteArray& verb, const QString& path, const QByteArray& body, Done done);

    QUrl m_apiUrl;
    QString m_actor;
    int m_timeoutMs = 15000;
    QString m_token;
    QNetworkAccessManager* m_network;
};

} // namespace sb::ctl
