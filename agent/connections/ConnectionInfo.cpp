#include "connections/ConnectionInfo.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb {

QString ConnectionInfo::stateText() const
{
    const QString who = account.isEmpty() ? displayName : account;
    if (state == QLatin1String("connected"))
        return QCoreApplication::translate("sb::ConnectionInfo", "Connected as %1").arg(who);
    if (state == QLatin1String("needs_reconnect"))
        return stateReason.isEmpty() ? QCoreApplication::translate("sb::ConnectionInfo", "Needs reconnect")
                                     : QCoreApplication::translate("sb::ConnectionInfo", "Needs reconnect: %1").arg(stateReason);
    return stateReason.isEmpty() ? QCoreApplication::translate("sb::ConnectionInfo", "Error")
                                 : QCoreApplication::translate("sb::ConnectionInfo", "Error: %1").arg(stateReason);
}

QJsonObject ConnectionInfo::toJson() const
{
    QJsonArray scopeList;
    for (qsizetype i = 0; i < scopes.size(); ++i)
        scopeList.append(QJsonObject{{QStringLiteral("scope"), scopes.at(i)},
                                     {QStringLiteral("description"), scopeDescriptions.value(i, scopes.at(i))}});
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("provider"), provider},
                       {QStringLiteral("displayName"), displayName},
                       {QStringLiteral("authKind"), authKind},
                       {QStringLiteral("account"), account},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("stateReason"), stateReason},
                       {QStringLiteral("stateText"), stateText()},
                       {QStringLiteral("scopes"), scopeList},
                       {QStringLiteral("connectedSince"), connectedSince.toString(Qt::ISODate)},
                       {QStringLiteral("expiresAt"), expiresAt.isValid() ? expiresAt.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("isDefault"), isDefault},
                       {QStringLiteral("warning"), warning}};
}

QJsonObject AuthorizationRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("flowId"), flowId},
                       {QStringLiteral("provider"), provider},
                       {QStringLiteral("authorizeUrl"), authorizeUrl.toString(QUrl::FullyEncoded)},
                       {QStringLiteral("redirectUri"), redirectUri.toString(QUrl::FullyEncoded)},
                       {QStringLiteral("embeddedAllowed"), embeddedAllowed},
                       {QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODate)}};
}

QJsonObject ConnectOutcome::toJson() const
{
    QJsonObject json{{QStringLiteral("flowId"), flowId},
                     {QStringLiteral("provider"), provider},
                     {QStringLiteral("state"), ok() ? QStringLiteral("finished") : QStringLiteral("error")},
                     {QStringLiteral("reconnected"), reconnected}};
    if (ok())
        json.insert(QStringLiteral("connection"), connection.toJson());
    else
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                         {QStringLiteral("message"), error.message}});
    return json;
}

} // namespace sb
