#pragma once

#include "sandbox/ProviderApi.h"
#include "sandbox/providers/ApiSupport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

namespace sb::sandbox {

// Microsoft Graph v1.0 for the signed-in user: /me, /me/sendMail, /me/events (list, create, get, delete),
// /me/calendarView, the inbox (/me/messages, /me/mailFolders/inbox/messages and its /delta), with OData paging (@odata.nextLink, Prefer: odata.maxpagesize), $select/$top/$skip/$orderby,
// Prefer: outlook.timezone, and Graph's {"error":{"code","message","innerError"}} envelope.
class GraphApi : public ProviderApi
{
public:
    GraphApi(const TokenIntrospector& tokens, quint32 seed);

    [[nodiscard]] std::optional<net::HttpResponse> handle(const net::HttpRequest& request) override;
    void reset() override;

private:
    struct Event
    {
        QJsonObject json; // everything but start/end, which are rendered per request's time zone
        QDateTime start;  // UTC
        QDateTime end;
        QString timeZone; // as the creator gave it (originalStartTimeZone)
    };
    struct Mailbox
    {
        QString email;
        QString name;
        QString id;
        QList<Event> events;
        QList<QJsonObject> sentItems;
        // The inbox as a change log: each message and each deletion gets the next sequence number, which is what
        // delta tokens remember.
        struct Mail
        {
            QJsonObject json;
            qint64 sequence = 0;
            bool removed = false;
        };
        QList<Mail> inbox;
        qint64 sequence = 0;
    };

    [[nodiscard]] net::HttpResponse route(Mailbox& mailbox, const net::HttpRequest& request, const QStringList& path);
    [[nodiscard]] net::HttpResponse sendMail(Mailbox& mailbox, const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse createEvent(Mailbox& mailbox, const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse listEvents(Mailbox& mailbox, const net::HttpRequest& request, bool calendarView);
    [[nodiscard]] net::HttpResponse listMessages(Mailbox& mailbox, const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse messagesDelta(Mailbox& mailbox, const net::HttpRequest& request);
    void deliver(Mailbox& to, const QString& fromName, const QString& fromAddress, const QJsonObject& message);
    [[nodiscard]] static QJsonObject render(const Event& event, const QTimeZone& zone, const QString& zoneName);
    [[nodiscard]] Event makeEvent(const Mailbox& mailbox, const QJsonObject& input, QDateTime start, QDateTime end,
                                  const QString& timeZone);
    [[nodiscard]] QString guid();

    const TokenIntrospector& m_tokens;
    quint32 m_seed;
    SeededIds m_ids;
    QList<Mailbox> m_mailboxes;
};

} // namespace sb::sandbox
