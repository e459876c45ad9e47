#pragma once

#include "sandbox/ProviderApi.h"
#include "sandbox/providers/ApiSupport.h"

#include <QJsonObject>
#include <QList>

namespace sb::sandbox {

// Slack's Web API (POST /api/{method} on the slack listener): chat.postMessage, conversations.list/history and
// api.test (auth.test is the OAuth side's). Bearer tokens from the sandbox's Slack OAuth; form-encoded or JSON
// arguments; every outcome is HTTP 200 with {"ok":…}, errors named in "error", as the Web API does.
class SlackApi : public ProviderApi
{
public:
    SlackApi(const TokenIntrospector& tokens, quint32 seed);

    [[nodiscard]] std::optional<net::HttpResponse> handle(const net::HttpRequest& request) override;
    void reset() override;

private:
    struct Channel
    {
        QJsonObject json;         // the conversation object, as conversations.list returns it
        QList<QJsonObject> messages; // oldest first
    };

    [[nodiscard]] QJsonObject postMessage(const QJsonObject& args, const QString& account);
    [[nodiscard]] QJsonObject listConversations(const QJsonObject& args, const QString& account);
    [[nodiscard]] QJsonObject history(const QJsonObject& args, const QString& account);
    // A channel the account can see, by id ("C…") or name ("general", "#general").
    [[nodiscard]] Channel* findChannel(const QString& idOrName, const QString& account);
    [[nodiscard]] QString userId(const QString& account) const;
    [[nodiscard]] QString nextTs();

    const TokenIntrospector& m_tokens;
    quint32 m_seed;
    SeededIds m_ids;
    QString m_teamId;
    QList<Channel> m_channels;
    qint64 m_lastTsMicros = 0;
};

} // namespace sb::sandbox
