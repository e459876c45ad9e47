// Slack's Web API emulation over real HTTP: HTTP 200 with ok/error, Bearer tokens, form and JSON arguments, cursor
// paging.
#include "tst_sandbox_rest_support.h"

using namespace sb::sandbox;
using namespace sb::sandbox::test;

class TestSandboxRestSlack : public QObject
{
    Q_OBJECT

private:
    RestSandbox m_rest;
    QByteArray m_token;

    Reply call(const QString& method, const Form& form, const QByteArray& token)
    {
        return m_rest.postForm(QStringLiteral("slack"), QStringLiteral("/api/") + method, form,
                               token.isEmpty() ? Headers() : RestSandbox::bearer(token));
    }

private slots:
    void initTestCase() { QVERIFY(m_rest.start()); }
    void init()
    {
        m_rest.sandbox().reset();
        m_token = m_rest.token(QStringLiteral("slack"));
    }

    void authErrorsAreHttp200()
    {
        const Reply none = call(QStringLiteral("chat.postMessage"), {{QStringLiteral("channel"), QStringLiteral("general")}}, {});
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json().value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(none.json().value(QStringLiteral("error")).toString(), QStringLiteral("not_authed"));
        const Reply bad = call(QStringLiteral("conversations.list"), {}, "xoxb-not-a-token");
        QCOMPARE(bad.status, 200);
        QCOMPARE(bad.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_auth"));
        const Reply unknown = call(QStringLiteral("chat.nope"), {}, m_token);
        QCOMPARE(unknown.json().value(QStringLiteral("error")).toString(), QStringLiteral("unknown_method"));
        const Reply test = call(QStringLiteral("auth.test"), {}, m_token);
        QCOMPARE(test.json().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(test.json().value(QStringLiteral("user_id")).toString().startsWith(u'U'));
    }

    void postMessage()
    {
        const Reply posted = call(QStringLiteral("chat.postMessage"),
                                  {{QStringLiteral("channel"), QStringLiteral("#general")},
                                   {QStringLiteral("text"), QStringLiteral("Deploy done :rocket:")}},
                                  m_token);
        QCOMPARE(posted.status, 200);
        const QJsonObject body = posted.json();
        QCOMPARE(body.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(body.value(QStringLiteral("channel")).toString().startsWith(QStringLiteral("C")));
        QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{10}\.\d{6}$)")).match(body.value(QStringLiteral("ts")).toString()).hasMatch());
        QCOMPARE(body.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Deploy done :rocket:"));
        QCOMPARE(body.value(QStringLiteral("message")).toObject().value(QStringLiteral("ts")), body.value(QStringLiteral("ts")));

        // Blocks travel as a JSON string in a form field.
        const QByteArray blocks = R"([{"type":"section","text":{"type":"mrkdwn","text":"*hi*"}}])";
        const Reply withBlocks = call(QStringLiteral("chat.postMessage"),
                                      {{QStringLiteral("channel"), body.value(QStringLiteral("channel")).toString()},
                                       {QStringLiteral("blocks"), QString::fromUtf8(blocks)}},
                                      m_token);
        QCOMPARE(withBlocks.json().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(withBlocks.json().value(QStringLiteral("message")).toObject().value(QStringLiteral("blocks")).toArray().size(), 1);

        // JSON bodies work too; the message shows up in the channel's history.
        const Reply json = m_rest.send("POST", QStringLiteral("slack"), QStringLiteral("/api/chat.postMessage"),
                                       R"({"channel":"general","text":"from json"})", RestSandbox::bearer(m_token),
                                       "application/json; charset=utf-8");
        QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(!json.json().contains(QStringLiteral("warning")));
        const Reply history = call(QStringLiteral("conversations.history"),
                                   {{QStringLiteral("channel"), body.value(QStringLiteral("channel")).toString()},
                                    {QStringLiteral("limit"), QStringLiteral("1")}},
                                   m_token);
        QCOMPARE(history.json().value(QStringLiteral("messages"))[0].toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("from json"));
        QCOMPARE(history.json().value(QStringLiteral("has_more")).toBool(), true);
    }

    void postMessageErrors()
    {
        auto error = [&](const Form& form) {
            const Reply reply = call(QStringLiteral("chat.postMessage"), form, m_token);
            return reply.status == 200 && !reply.json().value(QStringLiteral("ok")).toBool(true)
                       ? reply.json().value(QStringLiteral("error")).toString()
                       : QStringLiteral("<not an error: %1>").arg(QString::fromUtf8(reply.body));
        };
        QCOMPARE(error({{QStringLiteral("channel"), QStringLiteral("C0NOPE")}, {QStringLiteral("text"), QStringLiteral("x")}}),
                 QStringLiteral("channel_not_found"));
        QCOMPARE(error({{QStringLiteral("text"), QStringLiteral("x")}}), QStringLiteral("channel_not_found"));
        QCOMPARE(error({{QStringLiteral("channel"), QStringLiteral("general")}}), QStringLiteral("no_text"));
        QCOMPARE(error({{QStringLiteral("channel"), QStringLiteral("general")}, {QStringLiteral("blocks"), QStringLiteral("not json")}}),
                 QStringLiteral("invalid_blocks_format"));
        QCOMPARE(error({{QStringLiteral("channel"), QStringLiteral("old-projects")}, {QStringLiteral("text"), QStringLiteral("x")}}),
                 QStringLiteral("is_archived"));
        // A private channel exists only for its members: Bob is not in #leadership.
        const QByteArray bob = m_rest.token(QStringLiteral("slack"), kBob);
        const Reply hidden = call(QStringLiteral("chat.postMessage"),
                                  {{QStringLiteral("channel"), QStringLiteral("leadership")}, {QStringLiteral("text"), QStringLiteral("x")}}, bob);
        QCOMPARE(hidden.json().value(QStringLiteral("error")).toString(), QStringLiteral("channel_not_found"));
    }

    void conversationsCursorPaging()
    {
        QStringList names;
        QString cursor;
        int pages = 0;
        do {
            Form form{{QStringLiteral("limit"), QStringLiteral("3")}};
            if (!cursor.isEmpty())
                form.append({QStringLiteral("cursor"), cursor});
            const Reply page = call(QStringLiteral("conversations.list"), form, m_token);
            QCOMPARE(page.json().value(QStringLiteral("ok")).toBool(), true);
            const QJsonArray channels = page.json().value(QStringLiteral("channels")).toArray();
            QVERIFY(channels.size() <= 3);
            for (const QJsonValue& channel : channels)
                names.append(channel.toObject().value(QStringLiteral("name")).toString());
            cursor = page.json().value(QStringLiteral("response_metadata")).toObject().value(QStringLiteral("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QVERIFY(names.contains(QStringLiteral("general")));
        QVERIFY(names.contains(QStringLiteral("old-projects")));
        QVERIFY(!names.contains(QStringLiteral("leadership"))); // private: only with types=private_channel

        const Reply active = call(QStringLiteral("conversations.list"),
                                  {{QStringLiteral("exclude_archived"), QStringLiteral("true")},
                                   {QStringLiteral("types"), QStringLiteral("public_channel,private_channel")}},
                                  m_token);
        QStringList activeNames;
        for (const QJsonValue& channel : active.json().value(QStringLiteral("channels")).toArray())
            activeNames.append(channel.toObject().value(QStringLiteral("name")).toString());
        QVERIFY(!activeNames.contains(QStringLiteral("old-projects")));
        QVERIFY(activeNames.contains(QStringLiteral("leadership")));
        QVERIFY(active.json().value(QStringLiteral("response_metadata")).toObject().value(QStringLiteral("next_cursor")).toString().isEmpty());

        const Reply bad = call(QStringLiteral("conversations.list"), {{QStringLiteral("cursor"), QStringLiteral("bm9wZQ==")}}, m_token);
        QCOMPARE(bad.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_cursor"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRestSlack)
#include "tst_sandbox_rest_slack.moc"
