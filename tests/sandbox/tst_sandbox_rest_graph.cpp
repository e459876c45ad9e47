// Microsoft Graph emulation over real HTTP: /me, sendMail (202 without a body), events with OData paging.
#include "tst_sandbox_rest_support.h"

using namespace sb::sandbox;
using namespace sb::sandbox::test;

class TestSandboxRestGraph : public QObject
{
    Q_OBJECT

private:
    RestSandbox m_rest;
    QByteArray m_token;

    Headers auth(Headers extra = {}) const { return RestSandbox::bearer(m_token) + extra; }
    static QJsonObject error(const Reply& reply) { return reply.json().value(QStringLiteral("error")).toObject(); }

private slots:
    void initTestCase() { QVERIFY(m_rest.start()); }
    void init()
    {
        m_rest.sandbox().reset();
        m_token = m_rest.token(QStringLiteral("microsoft"));
    }

    void authentication()
    {
        const Reply none = m_rest.get(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me"));
        QCOMPARE(none.status, 401);
        QCOMPARE(error(none).value(QStringLiteral("code")).toString(), QStringLiteral("InvalidAuthenticationToken"));
        QVERIFY(!error(none).value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(error(none).value(QStringLiteral("innerError")).toObject().contains(QStringLiteral("request-id")));
        const Reply bad = m_rest.get(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me"), RestSandbox::bearer("EwBnope"));
        QCOMPARE(bad.status, 401);
        QCOMPARE(error(bad).value(QStringLiteral("code")).toString(), QStringLiteral("InvalidAuthenticationToken"));
        // A Google token is not a Graph token.
        const Reply foreign = m_rest.get(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me"),
                                         RestSandbox::bearer(m_rest.token(QStringLiteral("google"))));
        QCOMPARE(foreign.status, 401);
    }

    void me()
    {
        const Reply me = m_rest.get(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me"), auth());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("mail")).toString(), kAlice);
        QCOMPARE(me.json().value(QStringLiteral("userPrincipalName")).toString(), kAlice);
        QCOMPARE(me.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Alice Example"));
        QVERIFY(me.json().value(QStringLiteral("@odata.context")).toString().endsWith(QStringLiteral("$metadata#users/$entity")));
        const Reply selected = m_rest.get(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me?$select=displayName"), auth());
        QVERIFY(selected.json().contains(QStringLiteral("displayName")));
        QVERIFY(!selected.json().contains(QStringLiteral("mail")));
    }

    void sendMail()
    {
        const QJsonObject mail{
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("subject"), QStringLiteral("Lunch?")},
                         {QStringLiteral("body"), QJsonObject{{QStringLiteral("contentType"), QStringLiteral("Text")},
                                                              {QStringLiteral("content"), QStringLiteral("Noon?")}}},
                         {QStringLiteral("toRecipients"),
                          QJsonArray{QJsonObject{{QStringLiteral("emailAddress"),
                                                  QJsonObject{{QStringLiteral("address"), QStringLiteral("bob@example.com")}}}}}}}},
            {QStringLiteral("saveToSentItems"), true}};
        const Reply sent = m_rest.postJson(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/sendMail"), mail, auth());
        QCOMPARE(sent.status, 202);
        QVERIFY(sent.body.isEmpty());
        QVERIFY2(sent.header("Content-Type").isEmpty(), sent.header("Content-Type").constData());
        QVERIFY(!sent.header("request-id").isEmpty());

        const Reply empty = m_rest.postJson(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/sendMail"), {}, auth());
        QCOMPARE(empty.status, 400);
        QCOMPARE(error(empty).value(QStringLiteral("code")).toString(), QStringLiteral("ErrorInvalidParameter"));
        QJsonObject noRecipients = mail;
        noRecipients.insert(QStringLiteral("message"), QJsonObject{{QStringLiteral("subject"), QStringLiteral("x")}});
        const Reply nobody = m_rest.postJson(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/sendMail"), noRecipients, auth());
        QCOMPARE(nobody.status, 400);
        QCOMPARE(error(nobody).value(QStringLiteral("code")).toString(), QStringLiteral("ErrorInvalidRecipients"));
    }

    void createEvent()
    {
        const QJsonObject event{
            {QStringLiteral("subject"), QStringLiteral("Planning")},
            {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2030-03-04T10:00:00")},
                                                  {QStringLiteral("timeZone"), QStringLiteral("Pacific Standard Time")}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2030-03-04T11:00:00")},
                                                {QStringLiteral("timeZone"), QStringLiteral("Pacific Standard Time")}}},
            {QStringLiteral("attendees"),
             QJsonArray{QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), kBob}}},
                                    {QStringLiteral("type"), QStringLiteral("required")}}}}};
        const Reply created = m_rest.postJson(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/events"), event, auth());
        QCOMPARE(created.status, 201);
        const QJsonObject body = created.json();
        QVERIFY(!body.value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(body.value(QStringLiteral("subject")).toString(), QStringLiteral("Planning"));
        QCOMPARE(body.value(QStringLiteral("start")).toObject().value(QStringLiteral("dateTime")).toString(),
                 QStringLiteral("2030-03-04T10:00:00.0000000"));
        QCOMPARE(body.value(QStringLiteral("organizer")).toObject().value(QStringLiteral("emailAddress")).toObject()
                     .value(QStringLiteral("address")).toString(), kAlice);
        QCOMPARE(body.value(QStringLiteral("attendees"))[0].toObject().value(QStringLiteral("status")).toObject()
                     .value(QStringLiteral("response")).toString(), QStringLiteral("none"));

        // Without a Prefer header, lists answer in UTC: 10:00 PST is 18:00 UTC.
        const Reply fetched = m_rest.get(QStringLiteral("microsoft"),
                                         QStringLiteral("/v1.0/me/events/") + QString::fromLatin1(QUrl::toPercentEncoding(body.value(QStringLiteral("id")).toString())),
                                         auth());
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json().value(QStringLiteral("start")).toObject().value(QStringLiteral("dateTime")).toString(),
                 QStringLiteral("2030-03-04T18:00:00.0000000"));
        QCOMPARE(fetched.json().value(QStringLiteral("start")).toObject().value(QStringLiteral("timeZone")).toString(), QStringLiteral("UTC"));

        QJsonObject badZone = event;
        badZone.insert(QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2030-03-04T10:00:00")},
                                                            {QStringLiteral("timeZone"), QStringLiteral("Mars/Olympus")}});
        const Reply zone = m_rest.postJson(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/events"), badZone, auth());
        QCOMPARE(zone.status, 400);
        QCOMPARE(error(zone).value(QStringLiteral("code")).toString(), QStringLiteral("TimeZoneNotSupportedException"));
        const Reply missing = m_rest.get(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/events/AAMkAGnope"), auth());
        QCOMPARE(missing.status, 404);
        QCOMPARE(error(missing).value(QStringLiteral("code")).toString(), QStringLiteral("ErrorItemNotFound"));
    }

    void listEventsPaging()
    {
        QStringList ids;
        QString next = m_rest.url(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/events")).toString();
        int pages = 0;
        while (!next.isEmpty() && pages < 10) {
            const Reply page = m_rest.http().get(QUrl(next), auth({{"Prefer", "odata.maxpagesize=5"}}));
            QCOMPARE(page.status, 200);
            QCOMPARE(page.header("Preference-Applied"), QByteArray("odata.maxpagesize=5"));
            const QJsonArray value = page.json().value(QStringLiteral("value")).toArray();
            QVERIFY(value.size() <= 5);
            for (const QJsonValue& event : value)
                ids.append(event.toObject().value(QStringLiteral("id")).toString());
            next = page.json().value(QStringLiteral("@odata.nextLink")).toString();
            if (!next.isEmpty())
                QVERIFY2(next.startsWith(m_rest.url(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/events")).toString()),
                         qPrintable(next));
            ++pages;
        }
        QCOMPARE(ids.size(), 12); // the seeded calendar
        QCOMPARE(pages, 3);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 12);
        // Default page size is 10; $top overrides it; $select trims.
        QCOMPARE(m_rest.get(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/events"), auth())
                     .json().value(QStringLiteral("value")).toArray().size(), 10);
        const Reply top = m_rest.get(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/events?$top=2&$select=subject"), auth());
        const QJsonArray two = top.json().value(QStringLiteral("value")).toArray();
        QCOMPARE(two.size(), 2);
        QVERIFY(two[0].toObject().contains(QStringLiteral("subject")));
        QVERIFY(!two[0].toObject().contains(QStringLiteral("body")));
        QVERIFY(top.json().value(QStringLiteral("@odata.nextLink")).toString().contains(QStringLiteral("top=2")));
    }

    void inboxDelta()
    {
        // Initial round: every inbox message, page by page, then a deltaLink.
        QStringList seen;
        QString link = m_rest.url(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/mailFolders/inbox/messages/delta")).toString();
        QString deltaLink;
        for (int round = 0; round < 10 && deltaLink.isEmpty(); ++round) {
            const Reply page = m_rest.http().get(QUrl(link), auth({{"Prefer", "odata.maxpagesize=3"}}));
            QCOMPARE(page.status, 200);
            for (const QJsonValue& message : page.json().value(QStringLiteral("value")).toArray())
                seen.append(message.toObject().value(QStringLiteral("id")).toString());
            link = page.json().value(QStringLiteral("@odata.nextLink")).toString();
            deltaLink = page.json().value(QStringLiteral("@odata.deltaLink")).toString();
        }
        QCOMPARE(seen.size(), 4);
        QVERIFY(deltaLink.contains(QStringLiteral("deltatoken=")));
        // Nothing changed: an empty round.
        QCOMPARE(m_rest.http().get(QUrl(deltaLink), auth()).json().value(QStringLiteral("value")).toArray().size(), 0);

        // Bob mails Alice; Alice deletes an old message: the next round has both changes.
        const QJsonObject mail{{QStringLiteral("message"),
                                QJsonObject{{QStringLiteral("subject"), QStringLiteral("From Bob")},
                                            {QStringLiteral("toRecipients"),
                                             QJsonArray{QJsonObject{{QStringLiteral("emailAddress"),
                                                                     QJsonObject{{QStringLiteral("address"), kAlice}}}}}}}}};
        QCOMPARE(m_rest.postJson(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/sendMail"), mail,
                                 RestSandbox::bearer(m_rest.token(QStringLiteral("microsoft"), kBob))).status, 202);
        const QString removed = seen.first();
        QCOMPARE(m_rest.send("DELETE", QStringLiteral("microsoft"),
                             QStringLiteral("/v1.0/me/messages/") + QString::fromLatin1(QUrl::toPercentEncoding(removed)), {}, auth()).status,
                 204);
        const Reply changes = m_rest.http().get(QUrl(deltaLink), auth());
        QCOMPARE(changes.status, 200);
        const QJsonArray value = changes.json().value(QStringLiteral("value")).toArray();
        QCOMPARE(value.size(), 2);
        QCOMPARE(value[0].toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("From Bob"));
        QCOMPARE(value[0].toObject().value(QStringLiteral("from")).toObject().value(QStringLiteral("emailAddress")).toObject()
                     .value(QStringLiteral("address")).toString(), kBob);
        QCOMPARE(value[1].toObject().value(QStringLiteral("id")).toString(), removed);
        QCOMPARE(value[1].toObject().value(QStringLiteral("@removed")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("deleted"));

        // Listing shows the inbox newest first; a garbage token means: start over.
        const Reply inbox = m_rest.get(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/mailFolders/inbox/messages?$top=2"), auth());
        QCOMPARE(inbox.json().value(QStringLiteral("value"))[0].toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("From Bob"));
        QVERIFY(!inbox.json().value(QStringLiteral("@odata.nextLink")).toString().isEmpty());
        QCOMPARE(m_rest.get(QStringLiteral("microsoft"), QStringLiteral("/v1.0/me/mailFolders/inbox/messages/delta?$deltatoken=bogus"), auth()).status,
                 410);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRestGraph)
#include "tst_sandbox_rest_graph.moc"
