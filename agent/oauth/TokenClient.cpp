#include "oauth/TokenClient.h"

#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sb {

namespace {

QByteArray formBody(const QList<QPair<QString, QString>>& items)
{
    QByteArray body;
    for (const auto& [name, value] : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

Error networkError(QNetworkReply* reply)
{
    return Error{oauth_errors::Network, QObject::tr("%1 could not be reached: %2")
                                            .arg(reply->url().host(), reply->errorString())};
}

QStringList splitScopes(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

void TokenClient::exchangeCode(const TokenEndpoint& endpoint, const QString& code, const QUrl& redirectUri,
                               const QString& codeVerifier, TokensDone done)
{
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                        {QStringLiteral("code"), code},
                                        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)}};
    if (!codeVerifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), codeVerifier});
    postForm(endpoint, std::move(form), std::move(done));
}

void TokenClient::refresh(const TokenEndpoint& endpoint, const QString& refreshToken, TokensDone done)
{
    postForm(endpoint,
             {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
              {QStringLiteral("refresh_token"), refreshToken}},
             std::move(done));
}

void TokenClient::postForm(const TokenEndpoint& endpoint, QList<QPair<QString, QString>> form, TokensDone done)
{
    form.append({QStringLiteral("client_id"), endpoint.client.clientId});
    if (!endpoint.client.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), endpoint.client.clientSecret});
    QNetworkRequest request(endpoint.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network->post(request, formBody(form));
    const QString provider = endpoint.provider;
    connect(reply, &QNetworkReply::finished, this, [reply, provider, done = std::move(done)] {
        reply->deleteLater();
        done(parseTokens(provider, reply));
    });
}

Result<TokenSet> TokenClient::parseTokens(const QString& provider, QNetworkReply* reply)
{
    const QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(body, &parseError).object();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return std::unexpected(networkError(reply));

    // Slack answers HTTP 200 with {"ok":false,"error":"invalid_refresh_token"}.
    QString error = json.value(QStringLiteral("error")).toString();
    if (provider == QLatin1String("slack") && !json.value(QStringLiteral("ok")).toBool() && error.isEmpty())
        error = QStringLiteral("unknown_error");
    if (!error.isEmpty() || status >= 400 || parseError.error != QJsonParseError::NoError) {
        const QString description = json.value(QStringLiteral("error_description")).toString();
        static const QStringList goneGrant{QStringLiteral("invalid_grant"), QStringLiteral("invalid_refresh_token"),
                                           QStringLiteral("token_revoked"), QStringLiteral("invalid_code")};
        if (goneGrant.contains(error))
            return fail(oauth_errors::InvalidGrant, description.isEmpty() ? error : description);
        if (error.isEmpty())
            return fail(oauth_errors::TokenError,
                        QObject::tr("The token endpoint answered HTTP %1 without an OAuth error.").arg(status));
        return fail(oauth_errors::TokenError, description.isEmpty() ? error : QStringLiteral("%1 (%2)").arg(description, error));
    }

    TokenSet tokens;
    tokens.accessToken = json.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    tokens.idToken = json.value(QStringLiteral("id_token")).toString();
    tokens.scopes = splitScopes(json.value(QStringLiteral("scope")).toString());
    const qint64 expiresIn = json.value(QStringLiteral("expires_in")).toInteger(0);
    if (expiresIn > 0)
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    for (const QString& key : {QStringLiteral("team"), QStringLiteral("authed_user"), QStringLiteral("bot_user_id"),
                               QStringLiteral("app_id"), QStringLiteral("token_type")}) {
        if (!json.contains(key))
            continue;
        QJsonValue value = json.value(key);
        if (value.isObject()) { // authed_user may carry a user token: keep only what is not a secret
            QJsonObject object = value.toObject();
            object.remove(QStringLiteral("access_token"));
            object.remove(QStringLiteral("refresh_token"));
            value = object;
        }
        tokens.extra.insert(key, value);
    }
    if (tokens.accessToken.isEmpty())
        return fail(oauth_errors::TokenError, QObject::tr("The token endpoint answered without an access token."));
    return tokens;
}

void TokenClient::revoke(const QString& provider, const QUrl& revokeUrl, const ProviderClient& client,
                         const QString& token, const QString& tokenTypeHint, StatusDone done)
{
    QNetworkRequest request(revokeUrl);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QByteArray body;
    const bool slack = provider == QLatin1String("slack");
    if (slack) {
        // https://api.slack.com/methods/auth.revoke: the token to revoke authenticates the call.
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    } else {
        QList<QPair<QString, QString>> form{{QStringLiteral("token"), token}};
        if (!tokenTypeHint.isEmpty())
            form.append({QStringLiteral("token_type_hint"), tokenTypeHint});
        if (provider != QLatin1String("google")) { // Google's /revoke takes only the token
            form.append({QStringLiteral("client_id"), client.clientId});
            if (!client.clientSecret.isEmpty())
                form.append({QStringLiteral("client_secret"), client.clientSecret});
        }
        body = formBody(form);
    }
    QNetworkReply* reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, slack, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0)
            return done(std::unexpected(networkError(reply)));
        if (slack && !json.value(QStringLiteral("ok")).toBool()) {
            const QString error = json.value(QStringLiteral("error")).toString();
            if (error == QLatin1String("invalid_auth") || error == QLatin1String("token_revoked"))
                return done({}); // already gone
            return done(fail(oauth_errors::TokenError, error));
        }
        // RFC 7009 §2.2: 200 for valid and invalid tokens alike; Google says invalid_token for one already revoked.
        if (status == 200 || json.value(QStringLiteral("error")).toString() == QLatin1String("invalid_token"))
            return done({});
        const QString description = json.value(QStringLiteral("error_description")).toString();
        done(fail(oauth_errors::TokenError,
                  description.isEmpty() ? QObject::tr("The revocation endpoint answered HTTP %1.").arg(status) : description));
    });
}

void TokenClient::getJson(const QUrl& url, const QString& bearer, JsonDone done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0)
            return done(std::unexpected(networkError(reply)));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (status >= 400 || !doc.isObject()) {
            const QJsonObject json = doc.object();
            QString message = json.value(QStringLiteral("error_description")).toString();
            if (message.isEmpty() && json.value(QStringLiteral("error")).isObject())
                message = json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            if (message.isEmpty())
                message = QObject::tr("HTTP %1 from %2").arg(status).arg(reply->url().toString(QUrl::RemoveQuery));
            return done(fail(oauth_errors::TokenError, message));
        }
        done(doc.object());
    });
}

} // namespace sb
