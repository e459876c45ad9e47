#pragma once

#include "connections/CredentialSource.h"
#include "core/Result.h"
#include "net/HttpMessage.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace sb {

// One request to a provider, as a connector builds it. Authorization is added by ProviderSession.
struct ProviderRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    net::HeaderList headers;
    // Safe to send again after a 429/5xx or a dropped connection: reads, and writes that carry an idempotency key.
    bool retrySafe = false;
};

struct ProviderResponse
{
    int status = 0;
    QByteArray body;
    net::HeaderList headers;
    int attempts = 0;

    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] QJsonValue json() const; // undefined when the body is not JSON
    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
};

struct RetryPolicy
{
    int maxAttempts = 3;
    std::chrono::milliseconds baseDelay{250};
    std::chrono::milliseconds maxDelay{20000}; // a longer Retry-After gives up instead of holding the caller
    std::chrono::milliseconds timeout{30000};  // per attempt (transfer timeout)
};

// The network side of one tool execution: adds the credential to each request, retries 429/5xx with exponential
// backoff honouring Retry-After — only for requests marked retrySafe — and on a 401 asks the CredentialSource once
// for a fresh credential and sends again. HTTP errors come back as responses for the connector to put into words;
// only transport failures and credential failures are Errors.
class ProviderSession : public QObject
{
    Q_OBJECT
public:
    ProviderSession(QNetworkAccessManager* network, CredentialSource* credentials, Credential credential,
                    RetryPolicy policy = {}, QObject* parent = nullptr);

    using Done = std::function<void(Result<ProviderResponse>)>;
    void send(ProviderRequest request, Done done);

    [[nodiscard]] const Credential& credential() const { return m_credential; }
    [[nodiscard]] int requestsSent() const { return m_requestsSent; }

private:
    void attempt(std::shared_ptr<ProviderRequest> request, int attemptNo, bool refreshed, Done done);
    [[nodiscard]] std::chrono::milliseconds backoff(int attemptNo, const QByteArray& retryAfter) const;

    QPointer<QNetworkAccessManager> m_network;
    CredentialSource* m_credentials;
    Credential m_credential;
    RetryPolicy m_policy;
    int m_requestsSent = 0;
};

} // namespace sb
