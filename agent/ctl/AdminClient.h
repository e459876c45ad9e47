#pragma once

#include "core/Result.h"

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

private:
    QUrl m_apiUrl;
    QString m_token;
    QNetworkAccessManager* m_network;
};

} // namespace sb::ctl
