// Google's REST emulation over real HTTP: Gmail, Calendar, People and Sheets, with Google's error envelope.
#include "tst_sandbox_rest_support.h"

using namespace sb::sandbox;
using namespace sb::sandbox::test;

namespace {

QJsonObject error(const Reply& reply)
{
    return reply.json().value(QStringLiteral("error")).toObject();
}

QString header(const QJsonObject& payload, const QString& name)
{
    for (const QJsonValue& h : payload.value(QStringLiteral("headers")).toArray()) {
        if (h.toObject().value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return h.toObject().value(QStringLiteral("value")).toString();
    }
    return {};
}

} // namespace

class TestSandboxRestGoogle : public QObject
{
    Q_OBJECT

private:
    RestSandbox m_rest;
    QByteArray m_token;

    Reply get(const QString& path, const QByteArray& token = {})
    {
        return m_rest.get(QStringLiteral("google"), path, RestSandbox::bearer(token.isEmpty() ? m_token : token));
    }
    Reply post(const QString& path, const QJsonObject& body, const QByteArray& token = {})
    {
        return m_rest.postJson(QStringLiteral("google"), path, body, RestSandbox::bearer(token.isEmpty() ? m_token : token));
    }
    Reply send(const QByteArray& rfc822)
    {
        return post(QStringLiteral("/gmail/v1/users/me/messages/send"), {{QStringLiteral("raw"), base64Url(rfc822)}});
    }

private slots:
    void initTestCase() { QVERIFY(m_rest.start()); }
    void init()
    {
        m_rest.sandbox().reset();
        m_token = m_rest.token(QStringLiteral("google"));
    }

    void unauthenticated_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("gmail, no token") << QStringLiteral("/gmail/v1/users/me/messages") << QByteArray();
        QTest::newRow("calendar, bad token") << QStringLiteral("/calendar/v3/calendars/primary/events") << QByteArray("ya29.nope");
        QTest::newRow("people, bad token") << QStringLiteral("/v1/people:searchContacts?query=a&readMask=names") << QByteArray("x");
        QTest::newRow("sheets, no token") << QStringLiteral("/v4/spreadsheets/abc/values/A1") << QByteArray();
    }
    void unauthenticated()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, token);
        const Reply reply = m_rest.get(QStringLiteral("google"), path, token.isEmpty() ? Headers() : RestSandbox::bearer(token));
        QCOMPARE(reply.status, 401);
        QCOMPARE(error(reply).value(QStringLiteral("code")).toInt(), 401);
        QCOMPARE(error(reply).value(QStringLiteral("status")).toString(), QStringLiteral("UNAUTHENTICATED"));
        QVERIFY(error(reply).value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Request had invalid authentication credentials")));
        QCOMPARE(error(reply).value(QStringLiteral("errors"))[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("authError"));
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
    }

    void endToEndThroughOAuth()
    {
        // The sandbox's own consent and token endpoints hand out the token the API accepts.
        OAuthDriver oauth(m_rest.http(), m_rest.sandbox().endpoints());
        const Reply tokens = oauth.tokens(QStringLiteral("google"),
                                          authorizeQuery(QStringLiteral("google"), QStringLiteral("https://www.googleapis.com/auth/gmail.send")));
        QCOMPARE(tokens.status, 200);
        const QByteArray access = tokens.json().value(QStringLiteral("access_token")).toString().toUtf8();
        const Reply profile = get(QStringLiteral("/gmail/v1/users/me/profile"), access);
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.json().value(QStringLiteral("emailAddress")).toString(), kAlice);
        // Paths no API owns still get the listener's 404.
        QCOMPARE(get(QStringLiteral("/not/an/api")).status, 404);
    }

    void gmailSend()
    {
        const Reply sent = send("To: Bob Example <bob@example.com>\r\nSubject: =?UTF-8?B?SMOpbGxv?= Bob\r\n"
                                "Content-Type: text/plain; charset=UTF-8\r\n\r\nSee you at 10:00 in room 4.\r\n");
        QCOMPARE(sent.status, 200);
        const QString id = sent.json().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(sent.json().value(QStringLiteral("threadId")).toString(), id);
        QCOMPARE(sent.json().value(QStringLiteral("labelIds")).toArray(), QJsonArray{QStringLiteral("SENT")});

        const Reply full = get(QStringLiteral("/gmail/v1/users/me/messages/") + id);
        QCOMPARE(full.status, 200);
        const QJsonObject payload = full.json().value(QStringLiteral("payload")).toObject();
        QCOMPARE(header(payload, QStringLiteral("Subject")), QStringLiteral("Héllo Bob"));
        QVERIFY(header(payload, QStringLiteral("From")).contains(kAlice)); // Gmail fills in the sender
        QCOMPARE(full.json().value(QStringLiteral("snippet")).toString(), QStringLiteral("See you at 10:00 in room 4."));
        QCOMPARE(QByteArray::fromBase64(payload.value(QStringLiteral("body")).toObject().value(QStringLiteral("data")).toString().toLatin1(),
                                        QByteArray::Base64UrlEncoding),
                 QByteArray("See you at 10:00 in room 4.\r\n"));

        const Reply metadata = get(QStringLiteral("/gmail/v1/users/me/messages/%1?format=metadata&metadataHeaders=Subject").arg(id));
        const QJsonArray headers = metadata.json().value(QStringLiteral("payload")).toObject().value(QStringLiteral("headers")).toArray();
        QCOMPARE(headers.size(), 1);
        QVERIFY(!metadata.json().value(QStringLiteral("payload")).toObject().contains(QStringLiteral("body")));

        // Bob finds it in his inbox.
        const QByteArray bob = m_rest.token(QStringLiteral("google"), kBob);
        const Reply inbox = get(QStringLiteral("/gmail/v1/users/me/messages?q=from:alice%20is:unread"), bob);
        QCOMPARE(inbox.json().value(QStringLiteral("resultSizeEstimate")).toInt(), 1);
    }

    void gmailSendErrors()
    {
        const Reply noTo = send("Subject: nobody\r\n\r\nhello");
        QCOMPARE(noTo.status, 400);
        QCOMPARE(error(noTo).value(QStringLiteral("message")).toString(), QStringLiteral("Invalid To header"));
        QCOMPARE(error(noTo).value(QStringLiteral("status")).toString(), QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(error(noTo).value(QStringLiteral("errors"))[0].toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("invalidArgument"));
        QCOMPARE(send("To: not an address\r\n\r\nx").status, 400);
        const Reply noRaw = post(QStringLiteral("/gmail/v1/users/me/messages/send"), {});
        QCOMPARE(noRaw.status, 400);
        QVERIFY(error(noRaw).value(QStringLiteral("message")).toString().contains(QStringLiteral("'raw' RFC822 payload")));
        const Reply other = get(QStringLiteral("/gmail/v1/users/bob@example.com/messages"));
        QCOMPARE(other.status, 403);
        const Reply missing = get(QStringLiteral("/gmail/v1/users/me/messages/18ffffffffffffff"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(error(missing).value(QStringLiteral("status")).toString(), QStringLiteral("NOT_FOUND"));
    }

    void gmailHistory()
    {
        const QString start = get(QStringLiteral("/gmail/v1/users/me/profile")).json().value(QStringLiteral("historyId")).toString();
        QVERIFY(!start.isEmpty());
        QCOMPARE(get(QStringLiteral("/gmail/v1/users/me/history?startHistoryId=") + start).json().contains(QStringLiteral("history")), false);
        const QString id = send("To: bob@example.com\r\nSubject: later\r\n\r\nx").json().value(QStringLiteral("id")).toString();
        const Reply history = get(QStringLiteral("/gmail/v1/users/me/history?startHistoryId=%1&historyTypes=messageAdded").arg(start));
        QCOMPARE(history.status, 200);
        const QJsonArray records = history.json().value(QStringLiteral("history")).toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].toObject().value(QStringLiteral("messagesAdded"))[0].toObject().value(QStringLiteral("message")).toObject()
                     .value(QStringLiteral("id")).toString(), id);
        QVERIFY(history.json().value(QStringLiteral("historyId")).toString().toLongLong() > start.toLongLong());
        // Too old: the client must do a full sync.
        QCOMPARE(get(QStringLiteral("/gmail/v1/users/me/history?startHistoryId=1")).status, 404);
        QCOMPARE(get(QStringLiteral("/gmail/v1/users/me/history")).status, 400);
    }

    void gmailUploadMedia()
    {
        const Reply sent = m_rest.send("POST", QStringLiteral("google"),
                                       QStringLiteral("/upload/gmail/v1/users/me/messages/send?uploadType=media"),
                                       "To: carol@vendor.example\r\nSubject: upload\r\n\r\nbody", RestSandbox::bearer(m_token),
                                       "message/rfc822");
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.json().value(QStringLiteral("labelIds")).toArray(), QJsonArray{QStringLiteral("SENT")});
    }

    void gmailListAndSearch()
    {
        const Reply all = get(QStringLiteral("/gmail/v1/users/me/messages"));
        QCOMPARE(all.status, 200);
        const int total = all.json().value(QStringLiteral("resultSizeEstimate")).toInt();
        QCOMPARE(total, 6);
        QStringList ids;
        QString token;
        int pages = 0;
        do {
            const Reply page = get(QStringLiteral("/gmail/v1/users/me/messages?maxResults=4")
                                   + (token.isEmpty() ? QString() : QStringLiteral("&pageToken=") + token));
            for (const QJsonValue& m : page.json().value(QStringLiteral("messages")).toArray())
                ids.append(m.toObject().value(QStringLiteral("id")).toString());
            token = page.json().value(QStringLiteral("nextPageToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 5);
        QCOMPARE(pages, 2);
        QCOMPARE(ids.size(), total);

        const Reply invoice = get(QStringLiteral("/gmail/v1/users/me/messages?q=subject:invoice"));
        QCOMPARE(invoice.json().value(QStringLiteral("resultSizeEstimate")).toInt(), 1);
        const Reply fromDan = get(QStringLiteral("/gmail/v1/users/me/messages?q=") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("from:dan@talent.example"))));
        QCOMPARE(fromDan.json().value(QStringLiteral("messages")).toArray().size(), 1);
        const Reply text = get(QStringLiteral("/gmail/v1/users/me/messages?q=pizza"));
        QCOMPARE(text.json().value(QStringLiteral("resultSizeEstimate")).toInt(), 1);
        const Reply none = get(QStringLiteral("/gmail/v1/users/me/messages?q=subject:zebra"));
        QCOMPARE(none.json(), (QJsonObject{{QStringLiteral("resultSizeEstimate"), 0}}));
        const Reply labels = get(QStringLiteral("/gmail/v1/users/me/messages?labelIds=INBOX&labelIds=UNREAD"));
        QCOMPARE(labels.json().value(QStringLiteral("resultSizeEstimate")).toInt(), 3);
    }

    void calendarInsertAndList()
    {
        const QJsonObject event{
            {QStringLiteral("summary"), QStringLiteral("Offsite")},
            {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2031-06-01T09:00:00")},
                                                  {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2031-06-01T17:00:00+02:00")}}},
            {QStringLiteral("attendees"), QJsonArray{QJsonObject{{QStringLiteral("email"), kBob}}}}};
        const Reply created = post(QStringLiteral("/calendar/v3/calendars/primary/events"), event);
        QCOMPARE(created.status, 200);
        const QJsonObject body = created.json();
        QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("calendar#event"));
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(body.value(QStringLiteral("summary")).toString(), QStringLiteral("Offsite"));
        QCOMPARE(body.value(QStringLiteral("start")).toObject().value(QStringLiteral("dateTime")).toString(), QStringLiteral("2031-06-01T09:00:00+02:00"));
        QCOMPARE(body.value(QStringLiteral("organizer")).toObject().value(QStringLiteral("email")).toString(), kAlice);
        QCOMPARE(body.value(QStringLiteral("attendees"))[0].toObject().value(QStringLiteral("responseStatus")).toString(), QStringLiteral("needsAction"));

        const Reply window = get(QStringLiteral("/calendar/v3/calendars/primary/events?timeMin=2031-06-01T00:00:00Z"
                                                "&timeMax=2031-06-02T00:00:00Z&singleEvents=true&orderBy=startTime"));
        QCOMPARE(window.status, 200);
        QCOMPARE(window.json().value(QStringLiteral("kind")).toString(), QStringLiteral("calendar#events"));
        const QJsonArray items = window.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].toObject().value(QStringLiteral("id")), body.value(QStringLiteral("id")));

        // Paging through the seeded calendar in start order.
        QStringList starts;
        QString token;
        int pages = 0;
        do {
            const Reply page = get(QStringLiteral("/calendar/v3/calendars/primary/events?singleEvents=true&orderBy=startTime&maxResults=3")
                                   + (token.isEmpty() ? QString() : QStringLiteral("&pageToken=") + token));
            QCOMPARE(page.status, 200);
            for (const QJsonValue& item : page.json().value(QStringLiteral("items")).toArray())
                starts.append(item.toObject().value(QStringLiteral("start")).toObject().value(QStringLiteral("dateTime")).toString());
            token = page.json().value(QStringLiteral("nextPageToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(starts.size(), 9);
        QCOMPARE(pages, 3);
        QStringList sorted = starts;
        std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
            return QDateTime::fromString(a, Qt::ISODate) < QDateTime::fromString(b, Qt::ISODate);
        });
        QCOMPARE(starts, sorted);
    }

    void calendarErrors()
    {
        const QJsonObject start{{QStringLiteral("dateTime"), QStringLiteral("2031-06-01T10:00:00Z")}};
        const Reply noEnd = post(QStringLiteral("/calendar/v3/calendars/primary/events"), {{QStringLiteral("start"), start}});
        QCOMPARE(noEnd.status, 400);
        QCOMPARE(error(noEnd).value(QStringLiteral("message")).toString(), QStringLiteral("Missing end time."));
        QCOMPARE(error(noEnd).value(QStringLiteral("errors"))[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("required"));
        const Reply backwards = post(QStringLiteral("/calendar/v3/calendars/primary/events"),
                                     {{QStringLiteral("start"), start},
                                      {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2031-06-01T09:00:00Z")}}}});
        QCOMPARE(backwards.status, 400);
        QCOMPARE(error(backwards).value(QStringLiteral("errors"))[0].toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("timeRangeEmpty"));
        const Reply noZone = post(QStringLiteral("/calendar/v3/calendars/primary/events"),
                                  {{QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2031-06-01T09:00:00")}}},
                                   {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2031-06-01T10:00:00")}}}});
        QCOMPARE(error(noZone).value(QStringLiteral("message")).toString(), QStringLiteral("Missing time zone definition for start time."));
        const Reply order = get(QStringLiteral("/calendar/v3/calendars/primary/events?orderBy=startTime"));
        QCOMPARE(order.status, 400);
        QCOMPARE(get(QStringLiteral("/calendar/v3/calendars/primary/events?timeMin=yesterday")).status, 400);
        const Reply other = get(QStringLiteral("/calendar/v3/calendars/someone%40else.example/events"));
        QCOMPARE(other.status, 404);
        QCOMPARE(error(other).value(QStringLiteral("errors"))[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("notFound"));
    }

    void freeBusy()
    {
        const QDateTime day = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
        const QJsonObject query{{QStringLiteral("timeMin"), day.toString(Qt::ISODate)},
                                {QStringLiteral("timeMax"), day.addDays(1).toString(Qt::ISODate)},
                                {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("primary")}},
                                                                     QJsonObject{{QStringLiteral("id"), kBob}},
                                                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("ghost@nowhere.example")}}}}};
        const Reply reply = post(QStringLiteral("/calendar/v3/freeBusy"), query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("kind")).toString(), QStringLiteral("calendar#freeBusy"));
        const QJsonObject calendars = reply.json().value(QStringLiteral("calendars")).toObject();
        const QJsonArray busy = calendars.value(QStringLiteral("primary")).toObject().value(QStringLiteral("busy")).toArray();
        QCOMPARE(busy.size(), 2); // stand-up and the customer call
        for (const QJsonValue& span : busy) {
            const auto from = parseRfc3339(span.toObject().value(QStringLiteral("start")).toString());
            const auto to = parseRfc3339(span.toObject().value(QStringLiteral("end")).toString());
            QVERIFY(from && to && *from < *to && *from >= day && *to <= day.addDays(1));
        }
        QCOMPARE(calendars.value(kBob).toObject().value(QStringLiteral("busy")).toArray().size(), 2);
        QCOMPARE(calendars.value(QStringLiteral("ghost@nowhere.example")).toObject().value(QStringLiteral("errors"))[0].toObject()
                     .value(QStringLiteral("reason")).toString(), QStringLiteral("notFound"));
        const Reply missing = post(QStringLiteral("/calendar/v3/freeBusy"), {{QStringLiteral("items"), QJsonArray()}});
        QCOMPARE(missing.status, 400);
    }

    void peopleSearch()
    {
        const Reply found = get(QStringLiteral("/v1/people:searchContacts?query=car&readMask=names,emailAddresses"));
        QCOMPARE(found.status, 200);
        const QJsonArray results = found.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject person = results[0].toObject().value(QStringLiteral("person")).toObject();
        QVERIFY(person.value(QStringLiteral("resourceName")).toString().startsWith(QStringLiteral("people/c")));
        QCOMPARE(person.value(QStringLiteral("names"))[0].toObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("Carol Finance"));
        QCOMPARE(person.value(QStringLiteral("emailAddresses"))[0].toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("carol@vendor.example"));
        QVERIFY(!person.contains(QStringLiteral("phoneNumbers"))); // not in the mask

        QCOMPARE(get(QStringLiteral("/v1/people:searchContacts?query=zzz&readMask=names")).json(), QJsonObject());
        const Reply noMask = get(QStringLiteral("/v1/people:searchContacts?query=car"));
        QCOMPARE(noMask.status, 400);
        QCOMPARE(error(noMask).value(QStringLiteral("status")).toString(), QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(get(QStringLiteral("/v1/people:searchContacts?query=car&readMask=shoeSize")).status, 400);
        const Reply connections = get(QStringLiteral("/v1/people/me/connections?personFields=names&pageSize=5"));
        QCOMPARE(connections.json().value(QStringLiteral("connections")).toArray().size(), 5);
        QVERIFY(!connections.json().value(QStringLiteral("nextPageToken")).toString().isEmpty());
    }

    void sheetsAppendAndGet()
    {
        const QString id = GoogleApi::demoSpreadsheetId(kAlice);
        const QString append = QStringLiteral("/v4/spreadsheets/%1/values/Sheet1%21A1:append?valueInputOption=RAW").arg(id);
        const Reply appended = post(append, {{QStringLiteral("values"),
                                              QJsonArray{QJsonArray{QStringLiteral("Zed"), 42, true}, QJsonArray{QStringLiteral("Yan"), 3.5}}}});
        QCOMPARE(appended.status, 200);
        QCOMPARE(appended.json().value(QStringLiteral("spreadsheetId")).toString(), id);
        QCOMPARE(appended.json().value(QStringLiteral("tableRange")).toString(), QStringLiteral("Sheet1!A1:E5"));
        const QJsonObject updates = appended.json().value(QStringLiteral("updates")).toObject();
        QCOMPARE(updates.value(QStringLiteral("updatedRange")).toString(), QStringLiteral("Sheet1!A6:C7"));
        QCOMPARE(updates.value(QStringLiteral("updatedRows")).toInt(), 2);
        QCOMPARE(updates.value(QStringLiteral("updatedColumns")).toInt(), 3);
        QCOMPARE(updates.value(QStringLiteral("updatedCells")).toInt(), 5);

        // JSON types are kept: UNFORMATTED_VALUE gives them back as sent; the default renders them as text.
        const Reply raw = get(QStringLiteral("/v4/spreadsheets/%1/values/Sheet1%21A6:C7?valueRenderOption=UNFORMATTED_VALUE").arg(id));
        QCOMPARE(raw.status, 200);
        QCOMPARE(raw.json().value(QStringLiteral("range")).toString(), QStringLiteral("Sheet1!A6:C7"));
        QCOMPARE(raw.json().value(QStringLiteral("values")).toArray(),
                 (QJsonArray{QJsonArray{QStringLiteral("Zed"), 42, true}, QJsonArray{QStringLiteral("Yan"), 3.5}}));
        const Reply formatted = get(QStringLiteral("/v4/spreadsheets/%1/values/Sheet1%21A6:C6").arg(id));
        QCOMPARE(formatted.json().value(QStringLiteral("values")).toArray(),
                 (QJsonArray{QJsonArray{QStringLiteral("Zed"), QStringLiteral("42"), QStringLiteral("TRUE")}}));
        const Reply header = get(QStringLiteral("/v4/spreadsheets/%1/values/A1:B1").arg(id));
        QCOMPARE(header.json().value(QStringLiteral("values"))[0].toArray(), (QJsonArray{QStringLiteral("Name"), QStringLiteral("Email")}));

        // USER_ENTERED parses text as a user typing it would.
        const Reply entered = post(QStringLiteral("/v4/spreadsheets/%1/values/Summary:append?valueInputOption=USER_ENTERED").arg(id),
                                   {{QStringLiteral("values"), QJsonArray{QJsonArray{QStringLiteral("Won"), QStringLiteral("7")}}}});
        QCOMPARE(entered.status, 200);
        const Reply summary = get(QStringLiteral("/v4/spreadsheets/%1/values/Summary?valueRenderOption=UNFORMATTED_VALUE").arg(id));
        QCOMPARE(summary.json().value(QStringLiteral("values"))[1].toArray(), (QJsonArray{QStringLiteral("Won"), 7}));
    }

    void sheetsErrors()
    {
        const QString id = GoogleApi::demoSpreadsheetId(kAlice);
        const QJsonObject body{{QStringLiteral("values"), QJsonArray{QJsonArray{1}}}};
        const Reply noOption = post(QStringLiteral("/v4/spreadsheets/%1/values/Sheet1%21A1:append").arg(id), body);
        QCOMPARE(noOption.status, 400);
        QCOMPARE(error(noOption).value(QStringLiteral("status")).toString(), QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(error(noOption).value(QStringLiteral("message")).toString(), QStringLiteral("'valueInputOption' is required but not specified"));
        QCOMPARE(post(QStringLiteral("/v4/spreadsheets/%1/values/Sheet1%21A1:append?valueInputOption=SOMETIMES").arg(id), body).status, 400);
        QCOMPARE(post(QStringLiteral("/v4/spreadsheets/%1/values/Nope%21A1:append?valueInputOption=RAW").arg(id), body).status, 400);
        const Reply unknown = get(QStringLiteral("/v4/spreadsheets/1doesNotExist/values/A1"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(error(unknown).value(QStringLiteral("status")).toString(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(get(QStringLiteral("/v4/spreadsheets/%1/values/A1").arg(GoogleApi::demoSpreadsheetId(kBob))).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRestGoogle)
#include "tst_sandbox_rest_google.moc"
