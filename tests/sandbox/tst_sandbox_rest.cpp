// The REST emulation's shared pieces and its seam: Stripe's form decoder, the MIME reader behind Gmail, page tokens,
// seeded determinism, routing fall-through, and createProviderApis() served on its own behind a LoopbackHttpServer.
#include "tst_sandbox_rest_support.h"

#include "net/LoopbackHttpServer.h"
#include "sandbox/providers/MimeMessage.h"
#include "sandbox/providers/ProviderApis.h"
#include "sandbox/providers/StripeForm.h"

using namespace sb;
using namespace sb::sandbox;
using namespace sb::sandbox::test;

namespace {

// Accepts "demo-<account's local part>" for every provider: what a test needs before OAuth is involved.
class FakeIntrospector : public TokenIntrospector
{
public:
    std::optional<QString> accountForAccessToken(const QString&, const QByteArray& token) const override
    {
        for (const auto& account : demo::accounts()) {
            if (token == "demo-" + account.email.section(u'@', 0, 0).toUtf8())
                return account.email;
        }
        return std::nullopt;
    }
};

net::HttpRequest request(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                         net::HeaderList headers = {})
{
    net::HttpRequest r;
    r.method = method;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:1") + pathAndQuery, QUrl::StrictMode);
    r.body = body;
    r.headers = headers;
    return r;
}

} // namespace

class TestSandboxRest : public QObject
{
    Q_OBJECT

private slots:
    void stripeForm_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("flat") << QStringLiteral("email=a%40b.org&name=A%20B") << QByteArray(R"({"email":"a@b.org","name":"A B"})");
        QTest::newRow("hash") << QStringLiteral("metadata[order_id]=42&metadata[note]=x")
                              << QByteArray(R"({"metadata":{"order_id":"42","note":"x"}})");
        QTest::newRow("indexed array of hashes") << QStringLiteral("items[0][price]=p1&items[1][price]=p2&items[1][quantity]=3")
                                                 << QByteArray(R"({"items":[{"price":"p1"},{"price":"p2","quantity":"3"}]})");
        QTest::newRow("deep") << QStringLiteral("invoice_settings[custom_fields][0][name]=PO")
                              << QByteArray(R"({"invoice_settings":{"custom_fields":[{"name":"PO"}]}})");
        QTest::newRow("appended") << QStringLiteral("expand[]=customer&expand[]=latest_charge")
                                  << QByteArray(R"({"expand":["customer","latest_charge"]})");
        QTest::newRow("encoded brackets") << QStringLiteral("metadata%5Bk%5D=v") << QByteArray(R"({"metadata":{"k":"v"}})");
        QTest::newRow("index order") << QStringLiteral("a[1]=second&a[0]=first") << QByteArray(R"({"a":["first","second"]})");
    }
    void stripeForm()
    {
        QFETCH(QString, encoded);
        QFETCH(QByteArray, json);
        const auto items = request("POST", QStringLiteral("/v1/x"), encoded.toUtf8());
        const StripeForm::Result result = StripeForm::decode(items.formItems());
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.params, QJsonDocument::fromJson(json).object());
    }
    void stripeFormRejectsConflicts()
    {
        QVERIFY(!StripeForm::decode({{QStringLiteral("metadata"), QStringLiteral("x")}, {QStringLiteral("metadata[k]"), QStringLiteral("v")}})
                     .error.isEmpty());
        QVERIFY(!StripeForm::decode({{QStringLiteral("metadata[k"), QStringLiteral("v")}}).error.isEmpty());
    }

    void mimeMessage()
    {
        const QByteArray raw = "From: =?UTF-8?Q?Ren=C3=A9e?= <renee@example.org>\r\n"
                               "To: \"Doe, Jane\" <jane@example.org>, bob@example.com\r\n"
                               "Subject: A folded\r\n subject line\r\n"
                               "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
                               "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                               "Caf=C3=A9 at =\r\nnoon\r\n"
                               "--b1\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                               + QByteArray("<p>Caf\xC3\xA9 at noon</p>").toBase64() + "\r\n--b1--\r\n";
        const MimeMessage mime = MimeMessage::parse(raw);
        QCOMPARE(mime.header(QStringLiteral("from")), QStringLiteral("Renée <renee@example.org>"));
        QCOMPARE(mime.header(QStringLiteral("Subject")), QStringLiteral("A folded subject line"));
        QCOMPARE(mime.mimeType(), QStringLiteral("multipart/alternative"));
        QCOMPARE(mime.parts().size(), 2);
        QCOMPARE(mime.text(), QStringLiteral("Café at noon")); // the CRLF before a boundary belongs to it
        QCOMPARE(mime.parts()[1].text(), QStringLiteral("Café at noon"));
        QCOMPARE(MimeMessage::addresses(mime.header(QStringLiteral("To"))),
                 std::optional<QStringList>({QStringLiteral("jane@example.org"), QStringLiteral("bob@example.com")}));
        QCOMPARE(MimeMessage::addresses(QStringLiteral("not an address")), std::nullopt);
        const QJsonObject part = mime.gmailPart(QString(), true);
        QCOMPARE(part.value(QStringLiteral("parts"))[1].toObject().value(QStringLiteral("partId")).toString(), QStringLiteral("1"));
    }

    void pager()
    {
        const QString token = Pager::token(QStringLiteral("gmail"), 40);
        QCOMPARE(Pager::offset(QStringLiteral("gmail"), token), std::optional<qsizetype>(40));
        QCOMPARE(Pager::offset(QStringLiteral("calendar"), token), std::nullopt); // a token from another listing
        QCOMPARE(Pager::offset(QStringLiteral("gmail"), QStringLiteral("%%%")), std::nullopt);
        QCOMPARE(Pager::offset(QStringLiteral("gmail"), QString()), std::optional<qsizetype>(0));
        const Pager::Slice last = Pager::slice(10, 8, 5);
        QCOMPARE(last.begin, 8);
        QCOMPARE(last.end, 10);
        QVERIFY(!last.next);
        QCOMPARE(Pager::slice(10, 0, 5).next, std::optional<qsizetype>(5));
    }

    void seededAndResettable()
    {
        FakeIntrospector tokens;
        const QByteArray key = "Bearer " + demo::stripeKeys().first().secretKey.toUtf8();
        const auto create = request("POST", QStringLiteral("/v1/customers"), "name=Same", {{"Authorization", key}});
        auto first = createProviderApis(tokens, 11);
        auto same = createProviderApis(tokens, 11);
        auto other = createProviderApis(tokens, 12);
        const QByteArray a = first.at(QStringLiteral("stripe"))->handle(create)->body;
        QCOMPARE(same.at(QStringLiteral("stripe"))->handle(create)->body, a);
        QVERIFY(other.at(QStringLiteral("stripe"))->handle(create)->body != a);
        // After reset the same call gives the same object again, and what was made before is gone.
        const QString id = QJsonDocument::fromJson(a).object().value(QStringLiteral("id")).toString();
        first.at(QStringLiteral("stripe"))->reset();
        QCOMPARE(first.at(QStringLiteral("stripe"))->handle(request("GET", QStringLiteral("/v1/customers/") + id, {},
                                                                     {{"Authorization", key}}))->status, 404);
        QCOMPARE(QJsonDocument::fromJson(first.at(QStringLiteral("stripe"))->handle(create)->body).object().value(QStringLiteral("id")).toString(), id);
    }

    void foreignPathsFallThrough()
    {
        FakeIntrospector tokens;
        const auto apis = createProviderApis(tokens, 1);
        QCOMPARE(QStringList(std::views::keys(apis).begin(), std::views::keys(apis).end()),
                 (QStringList{QStringLiteral("google"), QStringLiteral("microsoft"), QStringLiteral("slack"),
                              QStringLiteral("stripe"), QStringLiteral("twilio")}));
        for (const auto& [provider, api] : apis) {
            for (const QString& path : {QStringLiteral("/token"), QStringLiteral("/o/oauth2/v2/auth"), QStringLiteral("/_sandbox/health"),
                                        QStringLiteral("/common/oauth2/v2.0/token"), QStringLiteral("/.well-known/openid-configuration")})
                QVERIFY2(!api->handle(request("GET", path)), qPrintable(provider + u' ' + path));
        }
        QVERIFY(!apis.at(QStringLiteral("twilio"))->handle(request("GET", QStringLiteral("/v1/customers"))));
        QVERIFY(!apis.at(QStringLiteral("stripe"))->handle(request("GET", QStringLiteral("/2010-04-01/Accounts.json"))));
        QVERIFY(!apis.at(QStringLiteral("google"))->handle(request("GET", QStringLiteral("/v1/userinfo"))));
    }

    void standaloneBehindLoopbackServer()
    {
        // The seam on its own: any host can serve createProviderApis() with its own token check.
        FakeIntrospector tokens;
        auto apis = createProviderApis(tokens, 3);
        ProviderApi* google = apis.at(QStringLiteral("google")).get();
        net::LoopbackHttpServer server;
        server.setHandler([google](const net::HttpRequest& request, net::Responder respond) {
            respond(google->handle(request).value_or(net::HttpResponse::text("not mine", 404)));
        });
        QVERIFY(server.listen());
        HttpClient http;
        const Reply profile = http.get(QUrl(server.baseUrl().toString() + QStringLiteral("/gmail/v1/users/me/profile")),
                                       RestSandbox::bearer("demo-bob"));
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.json().value(QStringLiteral("emailAddress")).toString(), kBob);
        QCOMPARE(http.get(QUrl(server.baseUrl().toString() + QStringLiteral("/gmail/v1/users/me/profile")),
                          RestSandbox::bearer("demo-mallory")).status, 401);
        QCOMPARE(http.get(QUrl(server.baseUrl().toString() + QStringLiteral("/elsewhere"))).body, QByteArray("not mine"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRest)
#include "tst_sandbox_rest.moc"
