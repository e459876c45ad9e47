#include "connectors/microsoft/GraphClient.h"

#include "tools/ConnectorSupport.h"

#include <QJsonObject>

namespace sb::graph {

Error describeError(const ProviderResponse& response)
{
    const QJsonObject error = response.json().toObject().value(QStringLiteral("error")).toObject();
    QString message = error.value(QStringLiteral("message")).toString();
    const QString code = error.value(QStringLiteral("code")).toString();
    if (code == QLatin1String("ErrorInvalidRecipients"))
        message = QStringLiteral("Outlook rejected a recipient address: ") + message;
    return connector::httpError(QStringLiteral("Microsoft Graph"), response, message);
}

} // namespace sb::graph
