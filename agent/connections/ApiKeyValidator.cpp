#include "connections/ApiKeyValidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace sb {

namespace {

const QString kInvalid = QStringLiteral("invalid_fields");
const QString kRejected = QStringLiteral("credentials_rejected");

QUrl apiUrl(const ProviderInfo& provider, const QString& path)
{
    QUrl url = provider.apiBases.value(QStringLiteral("api"));
    url.setPath(path);
    return url;
}

} // namespace

ApiKeyValidator::ApiKeyValidator(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

Credential ApiKeyValidator::credentialFrom(const QString& provider, const QString& account,
                                           const QMap<QString, QString>& secrets)
{
    Credential credential;
    if (provider == QLatin1String("twilio")) {
        credential.kind = Credential::Kind::Basic;
        credential.accountSid = account;
        if (secrets.contains(QStringLiteral("api_key_sid"))) {
            credential.basicUser = secrets.value(QStringLiteral("api_key_sid"));
            credential.basicPassword = secrets.value(QStringLiteral("api_key_secret"));
        } else {
            credential.basicUser = account;
            credential.basicPassword = secrets.value(QStringLiteral("auth_token"));
        }
    } else {
        credential.kind = Credential::Kind::Bearer;
        credential.bearerToken = secrets.value(QStringLiteral("api_key"));
    }
    return credential;
}

void ApiKeyValidator::validate(const ProviderInfo& provider, const QMap<QString, QString>& fields, Done done)
{
    auto field = [&fields](const char* name) { return fields.value(QString::fromLatin1(name)).trimmed(); };
    if (provider.id == QLatin1String("twilio")) {
        static const QRegularExpression accountSid(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
        static const QRegularExpression keySid(QStringLiteral("^SK[0-9a-fA-F]{32}$"));
        const QString sid = field("account_sid");
        if (!accountSid.match(sid).hasMatch())
            return done(fail(kInvalid, tr("A Twilio Account SID starts with AC followed by 32 hexadecimal characters.")));
        QMap<QString, QString> secrets;
        if (!field("api_key_sid").isEmpty()) {
            if (!keySid.match(field("api_key_sid")).hasMatch() || field("api_key_secret").isEmpty())
                return done(fail(kInvalid, tr("A Twilio API key needs its SID (SK followed by 32 hexadecimal "
                                              "characters) and its secret.")));
            secrets.insert(QStringLiteral("api_key_sid"), field("api_key_sid"));
            secrets.insert(QStringLiteral("api_key_secret"), field("api_key_secret"));
        } else {
            if (field("auth_token").isEmpty())
                return done(fail(kInvalid, tr("Enter the Auth Token (or an API key SID and secret).")));
            secrets.insert(QStringLiteral("auth_token"), field("auth_token"));
        }
        Credential credential = credentialFrom(provider.id, sid, secrets);
        return twilio(provider, credential, [secrets, done = std::move(done)](Result<ValidatedKey> checked) {
            if (checked)
                checked->secrets = secrets;
            done(std::move(checked));
        });
    }
    if (provider.id == QLatin1String("stripe")) {
        QString key = field("secret_key");
        if (key.isEmpty())
            key = field("api_key");
        if (!key.startsWith(QLatin1String("sk_")) && !key.startsWith(QLatin1String("rk_")))
            return done(fail(kInvalid, tr("A Stripe secret key starts with sk_ and a restricted key with rk_. "
                                          "(Publishable keys, pk_, cannot be used here.)")));
        const QMap<QString, QString> secrets{{QStringLiteral("api_key"), key}};
        Credential credential = credentialFrom(provider.id, {}, secrets);
        return stripe(provider, credential, QStringLiteral("/v1/account"),
                      [secrets, done = std::move(done)](Result<ValidatedKey> checked) {
                          if (checked)
                              checked->secrets = secrets;
                          done(std::move(checked));
                      });
    }
    done(fail(kInvalid, tr("%1 does not connect with an API key.").arg(provider.displayName)));
}

void ApiKeyValidator::check(const ProviderInfo& provider, const Credential& credential, Done done)
{
    if (provider.id == QLatin1String("twilio"))
        return twilio(provider, credential, std::move(done));
    stripe(provider, credential, QStringLiteral("/v1/account"), std::move(done));
}

void ApiKeyValidator::twilio(const ProviderInfo& provider, const Credential& credential, Done done)
{
    QNetworkRequest request(apiUrl(provider, QStringLiteral("/2010-04-01/Accounts/%1.json").arg(credential.accountSid)));
    request.setRawHeader("Authorization", credential.authorizationHeader());
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, credential, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0)
            return done(fail(QStringLiteral("network_error"), tr("Twilio could not be reached: %1").arg(reply->errorString())));
        if (status != 200) {
            // {"code":20003,"message":"Authenticate","more_info":…,"status":401}
            const QString message = json.value(QStringLiteral("message")).toString();
            const int code = json.value(QStringLiteral("code")).toInt();
            return done(fail(kRejected,
                             tr("Twilio refused these credentials: %1 (error %2). Check the Account SID and the Auth "
                                "Token or API key.")
                                 .arg(message.isEmpty() ? tr("HTTP %1").arg(status) : message)
                                 .arg(code ? QString::number(code) : QString::number(status))));
        }
        ValidatedKey key;
        key.account = json.value(QStringLiteral("sid")).toString(credential.accountSid);
        key.name = json.value(QStringLiteral("friendly_name")).toString();
        key.credential = credential;
        done(key);
    });
}

void ApiKeyValidator::stripe(const ProviderInfo& provider, const Credential& credential, const QString& path, Done done)
{
    QNetworkRequest request(apiUrl(provider, path));
    request.setRawHeader("Authorization", credential.authorizationHeader());
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, provider, path, credential, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0)
            return done(fail(QStringLiteral("network_error"), tr("Stripe could not be reached: %1").arg(reply->errorString())));
        // A restricted key may lack access to the account object but still be valid: ask for the balance instead.
        if (status == 403 && path == QLatin1String("/v1/account"))
            return stripe(provider, credential, QStringLiteral("/v1/balance"), done);
        if (status != 200) {
            const QString message = json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            return done(fail(kRejected, tr("Stripe refused the key: %1")
                                            .arg(message.isEmpty() ? tr("HTTP %1").arg(status) : message)));
        }
        ValidatedKey key;
        key.credential = credential;
        if (path == QLatin1String("/v1/account")) {
            key.account = json.value(QStringLiteral("id")).toString();
            key.name = json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("dashboard")).toObject()
                           .value(QStringLiteral("display_name")).toString();
            if (key.name.isEmpty())
                key.name = json.value(QStringLiteral("email")).toString();
        }
        if (key.account.isEmpty()) // a restricted key: name it by its visible prefix and tail, never the whole key
            key.account = credential.bearerToken.left(8) + QStringLiteral("…") + credential.bearerToken.right(4);
        done(key);
    });
}

} // namespace sb
