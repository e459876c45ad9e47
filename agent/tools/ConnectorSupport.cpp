#include "tools/ConnectorSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace sb::connector {

QByteArray formEncode(const Form& form)
{
    QByteArray out;
    for (const auto& [name, value] : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name, "[]") + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

void appendStripeForm(Form& form, const QString& key, const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            appendStripeForm(form, key + QLatin1Char('[') + it.key() + QLatin1Char(']'), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            appendStripeForm(form, key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), array.at(i));
    } else if (value.isBool()) {
        form.append({key, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        form.append({key, d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d)});
    } else if (value.isString()) {
        form.append({key, value.toString()});
    }
}

QJsonObject string(const QString& description, QJsonObject extra)
{
    extra.insert(QStringLiteral("type"), QStringLiteral("string"));
    extra.insert(QStringLiteral("description"), description);
    return extra;
}

QJsonObject integer(const QString& description, QJsonObject extra)
{
    extra.insert(QStringLiteral("type"), QStringLiteral("integer"));
    extra.insert(QStringLiteral("description"), description);
    return extra;
}

QJsonObject number(const QString& description, QJsonObject extra)
{
    extra.insert(QStringLiteral("type"), QStringLiteral("number"));
    extra.insert(QStringLiteral("description"), description);
    return extra;
}

QJsonObject boolean(const QString& description)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}, {QStringLiteral("description"), description}};
}

QJsonObject array(const QString& description, const QJsonObject& items, QJsonObject extra)
{
    extra.insert(QStringLiteral("type"), QStringLiteral("array"));
    extra.insert(QStringLiteral("description"), description);
    extra.insert(QStringLiteral("items"), items);
    return extra;
}

QJsonObject object(const QJsonObject& properties, const QStringList& required, QJsonObject extra)
{
    extra.insert(QStringLiteral("type"), QStringLiteral("object"));
    extra.insert(QStringLiteral("properties"), properties);
    if (!required.isEmpty())
        extra.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    return extra;
}

Error httpError(const QString& providerName, const ProviderResponse& response, const QString& detail)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("Connector", text); };
    const int status = response.status;
    QString code = QStringLiteral("provider_rejected");
    QString message;
    if (status == 401 || status == 403) {
        code = QStringLiteral("provider_unauthorized");
        message = tr("%1 refused the account's credentials").arg(providerName);
    } else if (status == 404) {
        code = QStringLiteral("provider_not_found");
        message = tr("%1 has no such resource").arg(providerName);
    } else if (status == 429) {
        code = QStringLiteral("rate_limited");
        message = tr("%1 is rate-limiting this account; try again later").arg(providerName);
    } else if (status >= 500) {
        code = QStringLiteral("provider_unavailable");
        message = tr("%1 had a server error (HTTP %2)").arg(providerName).arg(status);
    } else {
        message = tr("%1 refused the request (HTTP %2)").arg(providerName).arg(status);
    }
    if (!detail.isEmpty())
        message = status >= 400 && status < 500 && status != 429 && status != 401 && status != 403 && status != 404
                      ? detail
                      : message + QStringLiteral(": ") + detail;
    if (!message.endsWith(QLatin1Char('.')))
        message += QLatin1Char('.');
    return Error{code, message};
}

void call(const std::shared_ptr<ToolContext>& context, ProviderRequest request, ToolDone done,
          std::function<Error(const ProviderResponse&)> describe, std::function<void(const ProviderResponse&)> onSuccess)
{
    context->session->send(std::move(request), [done, describe = std::move(describe),
                                                onSuccess = std::move(onSuccess)](Result<ProviderResponse> response) {
        if (!response)
            return done(std::unexpected(response.error()));
        if (!response->ok())
            return done(std::unexpected(describe(*response)));
        onSuccess(*response);
    });
}

ProviderRequest jsonRequest(const QByteArray& method, const QUrl& url, const QJsonObject& body, bool retrySafe)
{
    ProviderRequest request;
    request.method = method;
    request.url = url;
    if (method != "GET") {
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
    }
    request.retrySafe = retrySafe;
    return request;
}

} // namespace sb::connector
