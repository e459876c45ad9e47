// Pieces of the tool path that need no network: the JSON Schema subset, the registry and its exports, the wire
// encodings (Stripe's bracketed form, Gmail's RFC 2822) and the provider error words.
#include "connectors/google/GoogleClient.h"
#include "connectors/slack/SlackClient.h"
#include "connectors/twilio/TwilioClient.h"
#include "tools/ConnectorSupport.h"
#include "tools/JsonSchema.h"
#include "tools/ToolRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sb;

class TestToolsUnits : public QObject
{
    Q_OBJECT
private slots:
    void schemaNamesEveryBadField();
    void schemaAcceptsValidInput();
    void registryHasTheIssueTools();
    void registryResolvesProviderVariants();
    void everySchemaIsWellFormed();
    void vapiExport();
    void stripeFormEncoding();
    void gmailRawMessage();
    void twilioErrorWords();
    void slackErrorWords();
};

void TestToolsUnits::schemaNamesEveryBadField()
{
    ToolRegistry registry;
    registerBuiltInTools(registry);
    const ToolDefinition* tool = registry.find(QStringLiteral("create_event"));
    QVERIFY(tool);
    const QStringList problems = JsonSchema::validate(
        tool->inputSchema, QJsonObject{{QStringLiteral("title"), 5},
                                       {QStringLiteral("start_time"), QStringLiteral("tomorrow at 3")},
                                       {QStringLiteral("attendees"), QJsonArray{QStringLiteral("ok@example.com"), QStringLiteral("nope")}}});
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("title: must be a string")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("start_time: must be a date and time")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("end_time: is required")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("attendees[1]: must be an e-mail address")), qPrintable(all));
    QCOMPARE(problems.size(), 4);

    const QStringList payment = JsonSchema::validate(registry.find(QStringLiteral("create_payment"))->inputSchema,
                                                     QJsonObject{{QStringLiteral("amount"), 0.1},
                                                                 {QStringLiteral("currency"), QStringLiteral("dollars")}});
    QVERIFY(payment.join(u'\n').contains(QStringLiteral("amount: must be at least 0.5")));
    QVERIFY(payment.join(u'\n').contains(QStringLiteral("currency: must be a three-letter currency code like usd")));
    const QStringList call = JsonSchema::validate(registry.find(QStringLiteral("initiate_call"))->inputSchema,
                                                  QJsonObject{{QStringLiteral("to"), QStringLiteral("+15550100002")}});
    QCOMPARE(call, QStringList{QStringLiteral("twiml, url: one of these is required")});
    QCOMPARE(JsonSchema::validate(tool->inputSchema, QJsonValue(QJsonArray())).first(),
             QStringLiteral("input: must be an object (got array)"));
}

void TestToolsUnits::schemaAcceptsValidInput()
{
    ToolRegistry registry;
    registerBuiltInTools(registry);
    // 002's curl example carries an accessToken: accepted (and redacted in the trail), never required.
    QVERIFY(JsonSchema::validate(registry.find(QStringLiteral("send_email"))->inputSchema,
                                 QJsonObject{{QStringLiteral("to"), QStringLiteral("user@example.com")},
                                             {QStringLiteral("subject"), QStringLiteral("Test Email")},
                                             {QStringLiteral("body"), QStringLiteral("This is a test")},
                                             {QStringLiteral("accessToken"), QStringLiteral("ya29.a0AfH6SMxxxx")}})
                .isEmpty());
    QVERIFY(JsonSchema::validate(registry.find(QStringLiteral("create_event"))->inputSchema,
                                 QJsonObject{{QStringLiteral("title"), QStringLiteral("Meeting with Customer")},
                                             {QStringLiteral("start_time"), QStringLiteral("2026-02-24T14:00:00Z")},
                                             {QStringLiteral("end_time"), QStringLiteral("2026-02-24T15:00:00+01:00")},
                                             {QStringLiteral("attendees"), QJsonArray{QStringLiteral("customer@example.com")}}})
                .isEmpty());
}

void TestToolsUnits::registryHasTheIssueTools()
{
    ToolRegistry registry;
    registerBuiltInTools(registry);
    const QStringList expected{
        QStringLiteral("google:send_email"), QStringLiteral("google:list_emails"), QStringLiteral("google:check_availability"),
        QStringLiteral("google:create_event"), QStringLiteral("google:list_events"), QStringLiteral("google:append_sheet_row"),
        QStringLiteral("google:find_contact"), QStringLiteral("microsoft:microsoft_send_email"),
        QStringLiteral("microsoft:microsoft_create_event"), QStringLiteral("twilio:send_sms"),
        QStringLiteral("twilio:initiate_call"), QStringLiteral("twilio:get_call"), QStringLiteral("twilio:list_phone_numbers"),
        QStringLiteral("stripe:create_payment"), QStringLiteral("stripe:create_customer"),
        QStringLiteral("stripe:get_subscription"), QStringLiteral("stripe:create_subscription"),
        QStringLiteral("slack:post_message"), QStringLiteral("slack:list_channels")};
    QStringList actual;
    for (const ToolDefinition& tool : registry.tools())
        actual << tool.provider + u':' + tool.name;
    QCOMPARE(actual, expected);
}

void TestToolsUnits::registryResolvesProviderVariants()
{
    ToolRegistry registry;
    registerBuiltInTools(registry);
    QCOMPARE(registry.resolve(QStringLiteral("send_email"), {})->provider, QStringLiteral("google"));
    QCOMPARE(registry.resolve(QStringLiteral("send_email"), QStringLiteral("microsoft"))->name,
             QStringLiteral("microsoft_send_email"));
    QCOMPARE(registry.resolve(QStringLiteral("microsoft.create_event"), {})->name, QStringLiteral("microsoft_create_event"));
    QCOMPARE(registry.resolve(QStringLiteral("send_sms"), QStringLiteral("twilio"))->name, QStringLiteral("send_sms"));
    QVERIFY(!registry.resolve(QStringLiteral("send_sms"), QStringLiteral("google")));
    QVERIFY(!registry.resolve(QStringLiteral("nope"), {}));
}

void TestToolsUnits::everySchemaIsWellFormed()
{
    ToolRegistry registry;
    registerBuiltInTools(registry);
    for (const ToolDefinition& tool : registry.tools()) {
        QCOMPARE(tool.inputSchema.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
        QVERIFY2(!tool.description.isEmpty(), qPrintable(tool.name));
        const QJsonObject properties = tool.inputSchema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue& required : tool.inputSchema.value(QStringLiteral("required")).toArray())
            QVERIFY2(properties.contains(required.toString()), qPrintable(tool.name + u' ' + required.toString()));
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            QVERIFY2(!it.value().toObject().value(QStringLiteral("description")).toString().isEmpty(),
                     qPrintable(tool.name + u'.' + it.key()));
            const QString pattern = it.value().toObject().value(QStringLiteral("pattern")).toString();
            QVERIFY2(pattern.isEmpty() || QRegularExpression(pattern).isValid(), qPrintable(pattern));
        }
        // Vapi (and OpenAI) function names: letters, digits, _ and -, at most 64.
        QVERIFY(QRegularExpression(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$")).match(tool.name).hasMatch());
    }
}

void TestToolsUnits::vapiExport()
{
    ToolRegistry registry;
    registerBuiltInTools(registry);
    const QJsonArray vapi = registry.toVapi();
    QCOMPARE(vapi.size(), registry.tools().size());
    const QJsonObject first = vapi.first().toObject();
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("function"));
    const QJsonObject function = first.value(QStringLiteral("function")).toObject();
    QCOMPARE(function.value(QStringLiteral("name")).toString(), QStringLiteral("send_email"));
    QVERIFY(!function.value(QStringLiteral("description")).toString().isEmpty());
    QCOMPARE(function[QStringLiteral("parameters")][QStringLiteral("type")].toString(), QStringLiteral("object"));
    const QByteArray all = QJsonDocument(vapi).toJson();
    QVERIFY(!all.contains("patternHint"));
    QVERIFY(!all.contains("anyOfRequired"));
}

void TestToolsUnits::stripeFormEncoding()
{
    connector::Form form;
    connector::appendStripeForm(form, QStringLiteral("metadata"), QJsonObject{{QStringLiteral("order_id"), 42}});
    connector::appendStripeForm(form, QStringLiteral("items"),
                                QJsonArray{QJsonObject{{QStringLiteral("price"), QStringLiteral("price_1")},
                                                       {QStringLiteral("quantity"), 2}}});
    connector::appendStripeForm(form, QStringLiteral("description"), QStringLiteral("Monthly subscription"));
    connector::appendStripeForm(form, QStringLiteral("off_session"), true);
    QCOMPARE(connector::formEncode(form),
             QByteArray("metadata[order_id]=42&items[0][price]=price_1&items[0][quantity]=2"
                        "&description=Monthly%20subscription&off_session=true"));
}

void TestToolsUnits::gmailRawMessage()
{
    google::MailMessage message;
    message.to = {QStringLiteral("user@example.com")};
    message.subject = QStringLiteral("Grüße");
    message.body = QStringLiteral("Hello ✓");
    const QByteArray raw = google::rfc2822(message);
    QVERIFY(raw.startsWith("To: user@example.com\r\n"));
    QVERIFY(raw.contains("Subject: =?UTF-8?B?" + QStringLiteral("Grüße").toUtf8().toBase64() + "?=\r\n"));
    QVERIFY(raw.contains("Content-Transfer-Encoding: base64\r\n\r\n" + QStringLiteral("Hello ✓").toUtf8().toBase64()));
    const QString url = google::base64Url(raw);
    QVERIFY(!url.contains(u'+') && !url.contains(u'/') && !url.contains(u'='));
}

void TestToolsUnits::twilioErrorWords()
{
    ProviderResponse response;
    response.status = 400;
    response.body = R"({"code":21211,"message":"The 'To' number 555 is not a valid phone number.","more_info":"https://www.twilio.com/docs/errors/21211","status":400})";
    const Error error = twilio::describeError(response);
    QCOMPARE(error.code, QStringLiteral("provider_rejected"));
    QVERIFY2(error.message.startsWith(QStringLiteral("'To' is not a valid phone number")), qPrintable(error.message));
    QVERIFY(error.message.contains(QStringLiteral("21211")));
}

void TestToolsUnits::slackErrorWords()
{
    const Error error = slack::describeSlackError(QStringLiteral("not_in_channel"), {});
    QVERIFY2(error.message.contains(QStringLiteral("not a member of that channel")), qPrintable(error.message));
    QCOMPARE(slack::describeSlackError(QStringLiteral("invalid_auth"), {}).code, QStringLiteral("provider_unauthorized"));
}

QTEST_GUILESS_MAIN(TestToolsUnits)
#include "tst_tools_units.moc"
