// Twilio's REST emulation over real HTTP: Basic auth, PascalCase forms, Messages/Calls/IncomingPhoneNumbers,
// page URIs followed verbatim, RFC 2822 dates and Twilio's error object.
#include "tst_sandbox_rest_support.h"

using namespace sb::sandbox;
using namespace sb::sandbox::test;

class TestSandboxRestTwilio : public QObject
{
    Q_OBJECT

private:
    RestSandbox m_rest;
    demo::TwilioAccount m_account = demo::twilioAccounts().first();

    QString base() const { return QStringLiteral("/2010-04-01/Accounts/") + m_account.accountSid; }
    Headers auth() const { return RestSandbox::basic(m_account.accountSid, m_account.authToken); }
    Reply get(const QString& path) { return m_rest.get(QStringLiteral("twilio"), path, auth()); }
    Reply post(const QString& path, const Form& form) { return m_rest.postForm(QStringLiteral("twilio"), path, form, auth()); }

    QString smsNumber()
    {
        const QJsonArray numbers = get(base() + QStringLiteral("/IncomingPhoneNumbers.json"))
                                       .json().value(QStringLiteral("incoming_phone_numbers")).toArray();
        for (const QJsonValue& number : numbers) {
            if (number.toObject().value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("sms")).toBool())
                return number.toObject().value(QStringLiteral("phone_number")).toString();
        }
        return {};
    }

    static void checkError(const Reply& reply, int status, int code)
    {
        QCOMPARE(reply.status, status);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("code")).toInt(), code);
        QCOMPARE(body.value(QStringLiteral("status")).toInt(), status);
        QCOMPARE(body.value(QStringLiteral("more_info")).toString(), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code));
        QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
    }

private slots:
    void initTestCase() { QVERIFY(m_rest.start()); }
    void init() { m_rest.sandbox().reset(); }

    void credentialCheck()
    {
        const Reply account = get(base() + QStringLiteral(".json"));
        QCOMPARE(account.status, 200);
        QCOMPARE(account.json().value(QStringLiteral("sid")).toString(), m_account.accountSid);
        QCOMPARE(account.json().value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        const Reply wrong = m_rest.get(QStringLiteral("twilio"), base() + QStringLiteral(".json"),
                                       RestSandbox::basic(m_account.accountSid, QStringLiteral("not-the-token")));
        checkError(wrong, 401, 20003);
        QVERIFY(wrong.header("WWW-Authenticate").startsWith("Basic"));
        checkError(m_rest.get(QStringLiteral("twilio"), base() + QStringLiteral(".json")), 401, 20003);
        // Another account's resources are not reachable with these credentials.
        const QString other = demo::twilioAccounts().last().accountSid;
        checkError(get(QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(other)), 401, 20003);
    }

    void apiKeyCredentials()
    {
        const TwilioApi::ApiKey key = TwilioApi::demoApiKeys().first();
        QCOMPARE(key.accountSid, m_account.accountSid);
        QVERIFY(key.sid.startsWith(QStringLiteral("SK")));
        const Reply viaKey = m_rest.get(QStringLiteral("twilio"), base() + QStringLiteral("/IncomingPhoneNumbers.json"),
                                        RestSandbox::basic(key.sid, key.secret));
        QCOMPARE(viaKey.status, 200);
        checkError(m_rest.get(QStringLiteral("twilio"), base() + QStringLiteral(".json"), RestSandbox::basic(key.sid, QStringLiteral("nope"))),
                   401, 20003);
        // A key opens only its own account.
        const TwilioApi::ApiKey other = TwilioApi::demoApiKeys().last();
        checkError(m_rest.get(QStringLiteral("twilio"), base() + QStringLiteral(".json"), RestSandbox::basic(other.sid, other.secret)),
                   401, 20003);
    }

    void sendMessage()
    {
        const QString from = smsNumber();
        QVERIFY(!from.isEmpty());
        const Reply created = post(base() + QStringLiteral("/Messages.json"),
                                   {{QStringLiteral("To"), QStringLiteral("+15558675310")},
                                    {QStringLiteral("From"), from},
                                    {QStringLiteral("Body"), QStringLiteral("Hello from the sandbox & friends")}});
        QCOMPARE(created.status, 201);
        const QJsonObject message = created.json();
        const QString sid = message.value(QStringLiteral("sid")).toString();
        QVERIFY(sid.startsWith(QStringLiteral("SM")));
        QCOMPARE(sid.size(), 34);
        QCOMPARE(message.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(message.value(QStringLiteral("body")).toString(), QStringLiteral("Hello from the sandbox & friends"));
        QCOMPARE(message.value(QStringLiteral("to")).toString(), QStringLiteral("+15558675310"));
        QCOMPARE(message.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound-api"));
        QCOMPARE(message.value(QStringLiteral("num_segments")).toString(), QStringLiteral("1"));
        QCOMPARE(message.value(QStringLiteral("uri")).toString(), base() + QStringLiteral("/Messages/%1.json").arg(sid));
        // RFC 2822, English names.
        const QString date = message.value(QStringLiteral("date_created")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$)"))
                     .match(date).hasMatch(), qPrintable(date));

        const Reply fetched = get(base() + QStringLiteral("/Messages/%1.json").arg(sid));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json().value(QStringLiteral("sid")).toString(), sid);
        checkError(get(base() + QStringLiteral("/Messages/SM00000000000000000000000000000000.json")), 404, 20404);
    }

    void messageErrors()
    {
        const QString from = smsNumber();
        checkError(post(base() + QStringLiteral("/Messages.json"),
                        {{QStringLiteral("To"), QStringLiteral("555-1234")}, {QStringLiteral("From"), from},
                         {QStringLiteral("Body"), QStringLiteral("x")}}),
                   400, 21211);
        const Reply noBody = post(base() + QStringLiteral("/Messages.json"),
                                  {{QStringLiteral("To"), QStringLiteral("+15558675310")}, {QStringLiteral("From"), from}});
        checkError(noBody, 400, 21602);
        QCOMPARE(noBody.json().value(QStringLiteral("message")).toString(), QStringLiteral("Message body is required."));
        checkError(post(base() + QStringLiteral("/Messages.json"),
                        {{QStringLiteral("From"), from}, {QStringLiteral("Body"), QStringLiteral("x")}}),
                   400, 21604);
        checkError(post(base() + QStringLiteral("/Messages.json"),
                        {{QStringLiteral("To"), QStringLiteral("+15558675310")}, {QStringLiteral("From"), QStringLiteral("+15550000000")},
                         {QStringLiteral("Body"), QStringLiteral("x")}}),
                   400, 21606);
    }

    void listPagesFollowNextPageUri()
    {
        const QString from = smsNumber();
        const int before = get(base() + QStringLiteral("/Messages.json")).json().value(QStringLiteral("messages")).toArray().size();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(post(base() + QStringLiteral("/Messages.json"),
                          {{QStringLiteral("To"), QStringLiteral("+1555867531%1").arg(i)}, {QStringLiteral("From"), from},
                           {QStringLiteral("Body"), QStringLiteral("n%1").arg(i)}})
                         .status,
                     201);
        QStringList seen;
        QString next = base() + QStringLiteral("/Messages.json?PageSize=2");
        int pages = 0;
        while (!next.isEmpty() && pages < 10) {
            const Reply page = get(next); // verbatim, as the clients do
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json().value(QStringLiteral("page_size")).toInt(), 2);
            QCOMPARE(page.json().value(QStringLiteral("page")).toInt(), pages);
            for (const QJsonValue& message : page.json().value(QStringLiteral("messages")).toArray())
                seen.append(message.toObject().value(QStringLiteral("sid")).toString());
            next = page.json().value(QStringLiteral("next_page_uri")).toString();
            ++pages;
        }
        QCOMPARE(seen.size(), before + 4);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
        QCOMPARE(pages, (before + 4 + 1) / 2);
        // Newest first; a To filter narrows it.
        const Reply filtered = get(base() + QStringLiteral("/Messages.json?To=%2B15558675312"));
        const QJsonArray only = filtered.json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(only.size(), 1);
        QCOMPARE(only[0].toObject().value(QStringLiteral("body")).toString(), QStringLiteral("n2"));
        // DateSent with its operator in the key, sent percent-encoded as the clients do.
        const Reply today = get(base() + QStringLiteral("/Messages.json?DateSent%3E=")
                                + QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        QVERIFY(today.json().value(QStringLiteral("messages")).toArray().size() >= 4);
    }

    void calls()
    {
        const QString from = smsNumber();
        const Reply noUrl = post(base() + QStringLiteral("/Calls.json"),
                                 {{QStringLiteral("To"), QStringLiteral("+15558675310")}, {QStringLiteral("From"), from}});
        checkError(noUrl, 400, 21205);
        checkError(post(base() + QStringLiteral("/Calls.json"),
                        {{QStringLiteral("To"), QStringLiteral("call me")}, {QStringLiteral("From"), from},
                         {QStringLiteral("Twiml"), QStringLiteral("<Response><Say>Hi</Say></Response>")}}),
                   400, 21211);
        const Reply created = post(base() + QStringLiteral("/Calls.json"),
                                   {{QStringLiteral("To"), QStringLiteral("+15558675310")}, {QStringLiteral("From"), from},
                                    {QStringLiteral("Twiml"), QStringLiteral("<Response><Say>Hi</Say></Response>")}});
        QCOMPARE(created.status, 201);
        const QString sid = created.json().value(QStringLiteral("sid")).toString();
        QVERIFY(sid.startsWith(QStringLiteral("CA")));
        QCOMPARE(created.json().value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        const Reply fetched = get(base() + QStringLiteral("/Calls/%1.json").arg(sid));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json().value(QStringLiteral("to")).toString(), QStringLiteral("+15558675310"));
        checkError(get(base() + QStringLiteral("/Calls/CA0.json")), 404, 20404);
        QCOMPARE(post(base() + QStringLiteral("/Calls.json"),
                      {{QStringLiteral("To"), QStringLiteral("+15558675310")}, {QStringLiteral("From"), from},
                       {QStringLiteral("Url"), QStringLiteral("https://demo.twilio.com/docs/voice.xml")}})
                     .status,
                 201);
    }

    void incomingNumbers()
    {
        const Reply numbers = get(base() + QStringLiteral("/IncomingPhoneNumbers.json"));
        QCOMPARE(numbers.status, 200);
        const QJsonArray list = numbers.json().value(QStringLiteral("incoming_phone_numbers")).toArray();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue& number : list) {
            QVERIFY(number.toObject().value(QStringLiteral("sid")).toString().startsWith(QStringLiteral("PN")));
            QVERIFY(isE164(number.toObject().value(QStringLiteral("phone_number")).toString()));
        }
        QVERIFY(numbers.json().contains(QStringLiteral("next_page_uri")));
        QVERIFY(numbers.json().value(QStringLiteral("next_page_uri")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSandboxRestTwilio)
#include "tst_sandbox_rest_twilio.moc"
