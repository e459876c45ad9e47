#include "tools/ProviderHttp.h"

#include "BuildInfo.h"
#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace sb {

QByteArray ProviderResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonValue ProviderResponse::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    if (doc.isObject())
        return doc.object();
    return doc.array();
}

ProviderSession::ProviderSession(QNetworkAccessManager* network, CredentialSource* credentials, Credential credential,
                                 RetryPolicy policy, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_credential(std::move(credential))
    , m_policy(policy)
{
}

void ProviderSession::send(ProviderRequest request, Done done)
{
    attempt(std::make_shared<ProviderRequest>(std::move(request)), 1, false, std::move(done));
}

std::chrono::milliseconds ProviderSession::backoff(int attemptNo, const QByteArray& retryAfter) const
{
    bool numeric = false;
    const int seconds = retryAfter.trimmed().toInt(&numeric);
    if (numeric && seconds >= 0)
        return std::chrono::milliseconds(qint64(seconds) * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    return std::min(m_policy.maxDelay, m_policy.baseDelay * (1 << (attemptNo - 1)));
}

void ProviderSession::attempt(std::shared_ptr<ProviderRequest> request, int attemptNo, bool refreshed, Done done)
{
    if (!m_network)
        return done(fail(QStringLiteral("network_unavailable"), tr("The agent is shutting down.")));
    QNetworkRequest http(request->url);
    http.setTransferTimeout(int(m_policy.timeout.count()));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    http.setRawHeader("Authorization", m_credential.authorizationHeader());
    http.setRawHeader("Accept", "application/json");
    http.setRawHeader("User-Agent", "Switchboard/" SB_VERSION);
    if (!request->contentType.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, request->contentType);
    for (const auto& [name, value] : request->headers)
        http.setRawHeader(name, value);
    ++m_requestsSent;
    QNetworkReply* reply = m_network->sendCustomRequest(http, request->method, request->body);
    QPointer<ProviderSession> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply, request, attemptNo, refreshed, done]() mutable {
        reply->deleteLater();
        if (!self)
            return;
        const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        ProviderResponse response;
        response.attempts = attemptNo;
        response.status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();

        const bool transportFailure = response.status == 0;
        const bool retryableStatus = response.status == 429 || response.status == 500 || response.status == 502
                                     || response.status == 503 || response.status == 504;
        // Stripe tells its clients when a retry would be pointless.
        const bool providerSaysNo = response.header("Stripe-Should-Retry") == "false";
        if ((transportFailure || retryableStatus) && request->retrySafe && !providerSaysNo
            && attemptNo < self->m_policy.maxAttempts) {
            const std::chrono::milliseconds delay = self->backoff(attemptNo, response.header("Retry-After"));
            if (delay <= self->m_policy.maxDelay) {
                qCInfo(lcAgent).noquote() << "provider answered" << response.status << "; retry" << attemptNo + 1
                                          << "in" << delay.count() << "ms";
                QTimer::singleShot(delay, self.data(), [self, request, attemptNo, refreshed, done]() mutable {
                    if (self)
                        self->attempt(request, attemptNo + 1, refreshed, std::move(done));
                });
                return;
            }
        }
        if (transportFailure) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                                  || reply->error() == QNetworkReply::TimeoutError;
            return done(fail(timedOut ? QStringLiteral("provider_timeout") : QStringLiteral("provider_unreachable"),
                             timedOut ? tr("The provider did not answer within %1 s.")
                                            .arg(self->m_policy.timeout.count() / 1000)
                                      : tr("The provider could not be reached: %1").arg(reply->errorString())));
        }
        if (response.status == 401 && !refreshed && self->m_credentials) {
            // The token was refused: one fresh credential (single-flight refresh in the source), then once more.
            self->m_credentials->credentialRejected(
                self->m_credential, [self, request, attemptNo, done](Result<Credential> fresh) mutable {
                    if (!self)
                        return;
                    if (!fresh)
                        return done(std::unexpected(fresh.error()));
                    self->m_credential = *fresh;
                    self->attempt(request, attemptNo + 1, true, std::move(done));
                });
            return;
        }
        done(std::move(response));
    });
}

} // namespace sb
