#include "catalog/ProviderCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace sb;

namespace {

QUrl u(const char* text)
{
    return QUrl(QString::fromLatin1(text));
}

// A small valid provider to break one field at a time.
QJsonObject validProvider()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("acme")},
        {QStringLiteral("displayName"), QStringLiteral("Acme")},
        {QStringLiteral("icon"), QStringLiteral(":/icons/providers/generic.png")},
        {QStringLiteral("authKind"), QStringLiteral("oauth2")},
        {QStringLiteral("embeddedBrowserAllowed"), true},
        {QStringLiteral("pkce"), QStringLiteral("required")},
        {QStringLiteral("endpoints"),
         QJsonObject{{QStringLiteral("authorize"), QStringLiteral("https://auth.acme.test/authorize?tenant=blue")},
                     {QStringLiteral("token"), QStringLiteral("https://auth.acme.test/oauth/token")}}},
        {QStringLiteral("apiBases"), QJsonObject{{QStringLiteral("api"), QStringLiteral("https://api.acme.test/v2")}}},
        {QStringLiteral("scopes"),
         QJsonArray{QJsonObject{{QStringLiteral("scope"), QStringLiteral("read")},
                                {QStringLiteral("description"), QStringLiteral("Read your things")},
                                {QStringLiteral("default"), true}},
                    QJsonObject{{QStringLiteral("scope"), QStringLiteral("write")},
                                {QStringLiteral("description"), QStringLiteral("Change your things")}}}},
        {QStringLiteral("tools"), QJsonArray{QStringLiteral("do_thing")}},
    };
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// validProvider() with `path` ("endpoints.token", "scopes[1].description") set to `value`, or removed when undefined.
QByteArray broken(const QString& path, const QJsonValue& value)
{
    const std::function<QJsonValue(QJsonValue, QStringList)> edit = [&](QJsonValue node,
                                                                        QStringList parts) -> QJsonValue {
        QString head = parts.takeFirst();
        int index = -1;
        if (head.endsWith(QLatin1Char(']'))) {
            const qsizetype open = head.indexOf(QLatin1Char('['));
            index = head.mid(open + 1, head.size() - open - 2).toInt();
            head = head.left(open);
        }
        QJsonObject object = node.toObject();
        if (index >= 0) {
            QJsonArray array = object.value(head).toArray();
            array[index] = parts.isEmpty() ? value : edit(array.at(index), parts);
            object.insert(head, array);
        } else if (parts.isEmpty()) {
            if (value.isUndefined())
                object.remove(head);
            else
                object.insert(head, value);
        } else {
            object.insert(head, edit(object.value(head), parts));
        }
        return object;
    };
    return toJson(edit(validProvider(), path.split(QLatin1Char('.'))).toObject());
}

} // namespace

class TestProviderCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoadsInDisplayOrder();
    void sourceFilesMatchBuiltIn();
    void builtInEndpoints_data();
    void builtInEndpoints();
    void builtInDetails();
    void apiBases();
    void tools_data();
    void tools();
    void iconsAreBuiltIn();
    void genericNeedsIssuer();
    void validProviderParses();
    void malformed_data();
    void malformed();
    void loadFilesNamesTheFile();
    void loadFilesRejectsDuplicateIds();
    void loadFilesSortsUnknownProvidersLast();
    void overrideBase_data();
    void overrideBase();
    void overrideBaseKeepsQuery();
    void overrideBaseRejects();
    void overrideHost();
    void overrideHostUnknownHost();
    void scopeDescriptions_data();
    void scopeDescriptions();
    void defaultScopes();
    void setIssuer();
    void setIssuerRejectsPlainHttp();
    void applyDiscovery();
    void applyDiscoveryRejectsBadUrl();

private:
    [[nodiscard]] static ProviderCatalog builtIn()
    {
        Result<ProviderCatalog> catalog = ProviderCatalog::loadBuiltIn();
        if (!catalog)
            qFatal("loadBuiltIn failed: %s", qPrintable(catalog.error().message));
        return *catalog;
    }
};

void TestProviderCatalog::builtInLoadsInDisplayOrder()
{
    const Result<ProviderCatalog> catalog = ProviderCatalog::loadBuiltIn();
    QVERIFY2(catalog.has_value(), catalog ? "" : qPrintable(catalog.error().message));
    QStringList ids;
    for (const ProviderInfo& info : catalog->providers())
        ids.append(info.id);
    QCOMPARE(ids, (QStringList{"google", "microsoft", "slack", "twilio", "stripe", "generic"}));
    QCOMPARE(ids, ProviderCatalog::builtInIds());
    for (const QString& id : ids) {
        QVERIFY(catalog->find(id));
        QCOMPARE(catalog->find(id)->id, id);
        QVERIFY(!catalog->find(id)->overridden);
    }
    QCOMPARE(catalog->find(QStringLiteral("nope")), nullptr);
}

// The files in the tree are what the resource holds (the resource is built from them); loading them from disk, as a
// user-supplied catalog would be, gives the same providers.
void TestProviderCatalog::sourceFilesMatchBuiltIn()
{
    const QDir dir(QStringLiteral(SB_SOURCE_DIR "/resources/providers"));
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        paths.append(dir.filePath(name));
    QCOMPARE(paths.size(), 6);
    const Result<ProviderCatalog> fromDisk = ProviderCatalog::loadFiles(paths);
    QVERIFY2(fromDisk.has_value(), fromDisk ? "" : qPrintable(fromDisk.error().message));
    const ProviderCatalog catalog = builtIn();
    QCOMPARE(fromDisk->providers().size(), catalog.providers().size());
    for (const ProviderInfo& info : catalog.providers()) {
        const ProviderInfo* disk = fromDisk->find(info.id);
        QVERIFY(disk);
        QCOMPARE(disk->tokenUrl, info.tokenUrl);
        QCOMPARE(disk->scopes, info.scopes);
        QCOMPARE(disk->tools, info.tools);
    }
}

void TestProviderCatalog::builtInEndpoints_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QUrl>("authorize");
    QTest::addColumn<QUrl>("token");
    QTest::addColumn<QUrl>("revoke");
    QTest::addColumn<QUrl>("userinfo");
    QTest::addColumn<QUrl>("discovery");

    QTest::newRow("google") << "google" << u("https://accounts.google.com/o/oauth2/v2/auth")
                            << u("https://oauth2.googleapis.com/token") << u("https://oauth2.googleapis.com/revoke")
                            << u("https://openidconnect.googleapis.com/v1/userinfo")
                            << u("https://accounts.google.com/.well-known/openid-configuration");
    // Microsoft has no revocation endpoint; the tenant stays "common" (work, school and personal accounts).
    QTest::newRow("microsoft") << "microsoft" << u("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")
                               << u("https://login.microsoftonline.com/common/oauth2/v2.0/token") << QUrl()
                               << u("https://graph.microsoft.com/oidc/userinfo")
                               << u("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");
    QTest::newRow("slack") << "slack" << u("https://slack.com/oauth/v2/authorize")
                           << u("https://slack.com/api/oauth.v2.access") << u("https://slack.com/api/auth.revoke")
                           << u("https://slack.com/api/auth.test") << QUrl();
    QTest::newRow("generic") << "generic" << u("https://issuer.example/authorize") << u("https://issuer.example/token")
                             << u("https://issuer.example/revoke") << u("https://issuer.example/userinfo")
                             << u("https://issuer.example/.well-known/openid-configuration");
    QTest::newRow("twilio") << "twilio" << QUrl() << QUrl() << QUrl() << QUrl() << QUrl();
    QTest::newRow("stripe") << "stripe" << QUrl() << QUrl() << QUrl() << QUrl() << QUrl();
}

void TestProviderCatalog::builtInEndpoints()
{
    QFETCH(QString, id);
    QFETCH(QUrl, authorize);
    QFETCH(QUrl, token);
    QFETCH(QUrl, revoke);
    QFETCH(QUrl, userinfo);
    QFETCH(QUrl, discovery);
    const ProviderCatalog catalog = builtIn();
    const ProviderInfo* info = catalog.find(id);
    QVERIFY(info);
    QCOMPARE(info->authorizeUrl, authorize);
    QCOMPARE(info->tokenUrl, token);
    QCOMPARE(info->revokeUrl, revoke);
    QCOMPARE(info->userinfoUrl, userinfo);
    QCOMPARE(info->discoveryUrl, discovery);
}

void TestProviderCatalog::builtInDetails()
{
    const ProviderCatalog catalog = builtIn();
    struct Expect
    {
        const char* id;
        const char* authKind;
        bool embedded;
        PkceMode pkce;
    };
    for (const Expect& e :
         {Expect{"google", "oauth2", false, PkceMode::Supported},
          Expect{"microsoft", "oauth2", true, PkceMode::Required}, Expect{"slack", "oauth2", true, PkceMode::None},
          Expect{"generic", "oauth2", true, PkceMode::Required}, Expect{"twilio", "basic", false, PkceMode::None},
          Expect{"stripe", "api_key", false, PkceMode::None}}) {
        const ProviderInfo* info = catalog.find(QString::fromLatin1(e.id));
        QVERIFY2(info, e.id);
        QCOMPARE(info->authKindName(), QString::fromLatin1(e.authKind));
        QCOMPARE(info->embeddedBrowserAllowed, e.embedded);
        QCOMPARE(info->pkce, e.pkce);
        QVERIFY(!info->displayName.isEmpty());
        QCOMPARE(info->authKind == AuthKind::OAuth2, !info->scopes.isEmpty());
    }

    const ProviderInfo* google = catalog.find(QStringLiteral("google"));
    QCOMPARE(google->extraAuthorizeParams.value(QStringLiteral("access_type")), QStringLiteral("offline"));
    QCOMPARE(google->extraAuthorizeParams.value(QStringLiteral("prompt")), QStringLiteral("consent"));
    QCOMPARE(google->pkceName(), QStringLiteral("supported"));
    // Microsoft hands out refresh tokens for the offline_access scope, not for an authorize parameter.
    const ProviderInfo* microsoft = catalog.find(QStringLiteral("microsoft"));
    QVERIFY(microsoft->defaultScopes().contains(QStringLiteral("offline_access")));
    QVERIFY(microsoft->extraAuthorizeParams.isEmpty());
    QVERIFY(microsoft->tokenUrl.path().startsWith(QStringLiteral("/common/")));
}

void TestProviderCatalog::apiBases()
{
    const ProviderCatalog catalog = builtIn();
    const QMap<QString, QUrl> google = catalog.find(QStringLiteral("google"))->apiBases;
    QCOMPARE(google.value(QStringLiteral("gmail")), u("https://gmail.googleapis.com"));
    QCOMPARE(google.value(QStringLiteral("calendar")), u("https://www.googleapis.com"));
    QCOMPARE(google.value(QStringLiteral("people")), u("https://people.googleapis.com"));
    QCOMPARE(google.value(QStringLiteral("sheets")), u("https://sheets.googleapis.com"));
    QCOMPARE(catalog.find(QStringLiteral("microsoft"))->apiBases.values(),
             QList<QUrl>{u("https://graph.microsoft.com")});
    QCOMPARE(catalog.find(QStringLiteral("twilio"))->apiBases.values(), QList<QUrl>{u("https://api.twilio.com")});
    QCOMPARE(catalog.find(QStringLiteral("stripe"))->apiBases.values(), QList<QUrl>{u("https://api.stripe.com")});
    QCOMPARE(catalog.find(QStringLiteral("slack"))->apiBases.values(), QList<QUrl>{u("https://slack.com")});
}

void TestProviderCatalog::tools_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("tools");
    QTest::newRow("google") << "google"
                            << QStringList{"send_email",  "list_emails",      "check_availability", "create_event",
                                           "list_events", "append_sheet_row", "find_contact"};
    QTest::newRow("microsoft") << "microsoft" << QStringList{"send_email", "create_event"};
    QTest::newRow("twilio") << "twilio" << QStringList{"send_sms", "initiate_call", "get_call", "list_phone_numbers"};
    QTest::newRow("stripe") << "stripe"
                            << QStringList{"create_payment", "create_customer", "get_subscription",
                                           "create_subscription"};
    QTest::newRow("slack") << "slack" << QStringList{"post_message", "list_channels"};
    QTest::newRow("generic") << "generic" << QStringList{};
}

void TestProviderCatalog::tools()
{
    QFETCH(QString, id);
    QFETCH(QStringList, tools);
    const ProviderCatalog catalog = builtIn();
    QCOMPARE(catalog.find(id)->tools, tools);
}

void TestProviderCatalog::iconsAreBuiltIn()
{
    for (const ProviderInfo& info : builtIn().providers()) {
        QCOMPARE(info.iconPath, QStringLiteral(":/icons/providers/%1.png").arg(info.id));
        QFile icon(info.iconPath);
        QVERIFY2(icon.open(QIODevice::ReadOnly), qPrintable(info.iconPath));
        QVERIFY(icon.readAll().startsWith("\x89PNG"));
    }
}

void TestProviderCatalog::genericNeedsIssuer()
{
    const ProviderCatalog catalog = builtIn();
    const ProviderInfo* generic = catalog.find(QStringLiteral("generic"));
    QVERIFY(generic->needsIssuer);
    QCOMPARE(generic->issuer, u("https://issuer.example"));
    for (const QString& id : {QStringLiteral("google"), QStringLiteral("microsoft"), QStringLiteral("stripe")})
        QVERIFY(!catalog.find(id)->needsIssuer);
}

void TestProviderCatalog::validProviderParses()
{
    const Result<ProviderInfo> info = ProviderCatalog::parse(toJson(validProvider()), QStringLiteral("acme.json"));
    QVERIFY2(info.has_value(), info ? "" : qPrintable(info.error().message));
    QCOMPARE(info->id, QStringLiteral("acme"));
    QCOMPARE(info->authorizeUrl, u("https://auth.acme.test/authorize?tenant=blue"));
    QCOMPARE(info->scopes.size(), 2);
    QVERIFY(info->scopes.at(0).isDefault);
    QVERIFY(!info->scopes.at(1).isDefault);
    QVERIFY(info->revokeUrl.isEmpty());
}

void TestProviderCatalog::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // empty: the problem is the whole document
    QTest::addColumn<QString>("words"); // part of the message after the field

    const QJsonValue gone(QJsonValue::Undefined); // remove the field
    QTest::newRow("bad json") << QByteArray("{\"id\": \"acme\",") << QString() << "not valid JSON";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << "JSON object";
    QTest::newRow("missing id") << broken("id", gone) << "id"
                                << "is missing";
    QTest::newRow("id wrong type") << broken("id", 7) << "id"
                                   << "must be a string, not a number";
    QTest::newRow("id upper case") << broken("id", "Acme") << "id"
                                   << "lower-case";
    QTest::newRow("empty displayName") << broken("displayName", "  ") << "displayName"
                                       << "must not be empty";
    QTest::newRow("missing icon") << broken("icon", gone) << "icon"
                                  << "is missing";
    QTest::newRow("unknown authKind") << broken("authKind", "saml") << "authKind"
                                      << "(got \"saml\")";
    QTest::newRow("authKind wrong type") << broken("authKind", true) << "authKind"
                                         << "must be a string";
    QTest::newRow("embedded wrong type") << broken("embeddedBrowserAllowed", "yes") << "embeddedBrowserAllowed"
                                         << "must be true or false";
    QTest::newRow("unknown pkce") << broken("pkce", "sometimes") << "pkce"
                                  << "(got \"sometimes\")";
    QTest::newRow("oauth2 without pkce") << broken("pkce", gone) << "pkce"
                                         << "is missing";
    QTest::newRow("missing endpoints") << broken("endpoints", gone) << "endpoints"
                                       << "is missing";
    QTest::newRow("endpoints wrong type") << broken("endpoints", QJsonArray{}) << "endpoints"
                                          << "must be an object";
    QTest::newRow("missing token") << broken("endpoints.token", gone) << "endpoints.token"
                                   << "is missing";
    QTest::newRow("token not a URL") << broken("endpoints.token", "not a url") << "endpoints.token"
                                     << "must be an absolute URL";
    QTest::newRow("token relative") << broken("endpoints.token", "/token") << "endpoints.token"
                                    << "must be an absolute URL";
    QTest::newRow("token ftp") << broken("endpoints.token", "ftp://auth.acme.test/token") << "endpoints.token"
                               << "must be an absolute URL";
    QTest::newRow("token number") << broken("endpoints.token", 42) << "endpoints.token"
                                  << "must be a URL string";
    QTest::newRow("unknown endpoint") << broken("endpoints.revocation", "https://auth.acme.test/revoke")
                                      << "endpoints.revocation"
                                      << "not a known endpoint";
    QTest::newRow("missing apiBases") << broken("apiBases", gone) << "apiBases"
                                      << "is missing";
    QTest::newRow("bad api base") << broken("apiBases.api", "api.acme.test") << "apiBases.api"
                                  << "must be an absolute URL";
    QTest::newRow("scopes wrong type") << broken("scopes", "read write") << "scopes"
                                       << "must be an array";
    QTest::newRow("scope not object") << broken("scopes[0]", "read") << "scopes[0]"
                                      << "must be an object";
    QTest::newRow("scope without description") << broken("scopes[1].description", gone) << "scopes[1].description"
                                               << "is missing";
    QTest::newRow("scope default wrong type") << broken("scopes[0].default", "yes") << "scopes[0].default"
                                              << "must be true or false";
    QTest::newRow("scope repeated") << broken("scopes[1].scope", "read") << "scopes[1].scope"
                                    << "repeats";
    QTest::newRow("param wrong type") << broken("authorizeParams", QJsonObject{{"prompt", 1}})
                                      << "authorizeParams.prompt"
                                      << "must be a string";
    QTest::newRow("missing tools") << broken("tools", gone) << "tools"
                                   << "is missing";
    QTest::newRow("tool wrong type") << broken("tools", QJsonArray{"a", 2}) << "tools[1]"
                                     << "must be a tool name";
    QTest::newRow("needsIssuer without issuer") << broken("needsIssuer", true) << "issuer"
                                                << "is missing";
    QTest::newRow("bad issuer") << broken("issuer", "issuer.example") << "issuer"
                                << "must be an absolute URL";
}

void TestProviderCatalog::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, words);
    const Result<ProviderInfo> info = ProviderCatalog::parse(json, QStringLiteral("acme.json"));
    QVERIFY(!info.has_value());
    const QString message = info.error().message;
    QCOMPARE(info.error().code, QStringLiteral("catalog_invalid"));
    QVERIFY2(message.startsWith(QStringLiteral("acme.json: ")), qPrintable(message));
    if (!field.isEmpty())
        QVERIFY2(message.contains(QStringLiteral("field \"%1\"").arg(field)), qPrintable(message));
    QVERIFY2(message.contains(words), qPrintable(message));
}

void TestProviderCatalog::loadFilesNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("acme.json"));
    const QString bad = dir.filePath(QStringLiteral("broken.json"));
    QFile goodFile(good), badFile(bad);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(toJson(validProvider()));
    goodFile.close();
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(broken("endpoints.token", "nope"));
    badFile.close();

    const Result<ProviderCatalog> catalog = ProviderCatalog::loadFiles({good, bad});
    QVERIFY(!catalog.has_value());
    QCOMPARE(catalog.error().code, QStringLiteral("catalog_invalid"));
    QCOMPARE(catalog.error().message,
             QStringLiteral("broken.json: field \"endpoints.token\" must be an absolute URL (got \"nope\")"));

    const Result<ProviderCatalog> missing = ProviderCatalog::loadFiles({dir.filePath(QStringLiteral("gone.json"))});
    QVERIFY(!missing.has_value());
    QVERIFY(missing.error().message.startsWith(QStringLiteral("gone.json: ")));
}

void TestProviderCatalog::loadFilesRejectsDuplicateIds()
{
    QTemporaryDir dir;
    QStringList paths;
    for (const QString& name : {QStringLiteral("a.json"), QStringLiteral("b.json")}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(toJson(validProvider()));
        paths.append(file.fileName());
    }
    const Result<ProviderCatalog> catalog = ProviderCatalog::loadFiles(paths);
    QVERIFY(!catalog.has_value());
    QVERIFY2(catalog.error().message.startsWith(QStringLiteral("b.json: field \"id\"")),
             qPrintable(catalog.error().message));
    QVERIFY(catalog.error().message.contains(QStringLiteral("a.json")));
}

void TestProviderCatalog::loadFilesSortsUnknownProvidersLast()
{
    QTemporaryDir dir;
    QFile acme(dir.filePath(QStringLiteral("acme.json")));
    QVERIFY(acme.open(QIODevice::WriteOnly));
    acme.write(toJson(validProvider()));
    acme.close();
    const QStringList paths{acme.fileName(), QStringLiteral(":/providers/stripe.json"),
                            QStringLiteral(":/providers/google.json")};
    const Result<ProviderCatalog> catalog = ProviderCatalog::loadFiles(paths);
    QVERIFY2(catalog.has_value(), catalog ? "" : qPrintable(catalog.error().message));
    QStringList ids;
    for (const ProviderInfo& info : catalog->providers())
        ids.append(info.id);
    QCOMPARE(ids, (QStringList{"google", "stripe", "acme"}));
}

void TestProviderCatalog::overrideBase_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QUrl>("authorize");
    QTest::addColumn<QUrl>("token");
    QTest::addColumn<QList<QUrl>>("apiBases");

    const QList<QUrl> sandboxRoot{u("http://127.0.0.1:5555")};
    QTest::newRow("google") << "google" << u("http://127.0.0.1:5555/o/oauth2/v2/auth")
                            << u("http://127.0.0.1:5555/token") << QList<QUrl>(4, u("http://127.0.0.1:5555"));
    QTest::newRow("microsoft") << "microsoft" << u("http://127.0.0.1:5555/common/oauth2/v2.0/authorize")
                               << u("http://127.0.0.1:5555/common/oauth2/v2.0/token") << sandboxRoot;
    QTest::newRow("slack") << "slack" << u("http://127.0.0.1:5555/oauth/v2/authorize")
                           << u("http://127.0.0.1:5555/api/oauth.v2.access") << sandboxRoot;
    QTest::newRow("stripe") << "stripe" << QUrl() << QUrl() << sandboxRoot;
}

void TestProviderCatalog::overrideBase()
{
    QFETCH(QString, id);
    QFETCH(QUrl, authorize);
    QFETCH(QUrl, token);
    QFETCH(QList<QUrl>, apiBases);
    ProviderCatalog catalog = builtIn();
    const Status status = catalog.overrideBase(id, u("http://127.0.0.1:5555"));
    QVERIFY2(status.has_value(), status ? "" : qPrintable(status.error().message));
    const ProviderInfo* info = catalog.find(id);
    QVERIFY(info->overridden);
    QCOMPARE(info->authorizeUrl, authorize);
    QCOMPARE(info->tokenUrl, token);
    QCOMPARE(info->apiBases.values(), apiBases);
    for (const QUrl& url : info->allUrls())
        QCOMPARE(url.authority(), QStringLiteral("127.0.0.1:5555"));
    // Other providers are untouched.
    for (const ProviderInfo& other : catalog.providers()) {
        if (other.id != id)
            QVERIFY(!other.overridden);
    }
}

void TestProviderCatalog::overrideBaseKeepsQuery()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("acme.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(toJson(validProvider()));
    file.close();
    Result<ProviderCatalog> catalog = ProviderCatalog::loadFiles({file.fileName()});
    QVERIFY(catalog.has_value());
    // A base with a path: only scheme, host and port are taken from it.
    QVERIFY(catalog->overrideBase(QStringLiteral("acme"), u("https://localhost:8443/ignored")).has_value());
    const ProviderInfo* info = catalog->find(QStringLiteral("acme"));
    QCOMPARE(info->authorizeUrl, u("https://localhost:8443/authorize?tenant=blue"));
    QCOMPARE(info->apiBases.value(QStringLiteral("api")), u("https://localhost:8443/v2"));
    // Back to the default port when the base has none.
    QVERIFY(catalog->overrideBase(QStringLiteral("acme"), u("http://sandbox.test")).has_value());
    QCOMPARE(info->tokenUrl, u("http://sandbox.test/oauth/token"));
}

void TestProviderCatalog::overrideBaseRejects()
{
    ProviderCatalog catalog = builtIn();
    const Status unknown = catalog.overrideBase(QStringLiteral("myspace"), u("http://127.0.0.1:1"));
    QVERIFY(!unknown.has_value());
    QCOMPARE(unknown.error().code, QStringLiteral("catalog_unknown_provider"));
    const Status relative = catalog.overrideBase(QStringLiteral("google"), u("127.0.0.1:5555"));
    QVERIFY(!relative.has_value());
    QCOMPARE(relative.error().code, QStringLiteral("catalog_bad_override"));
    QVERIFY(!catalog.find(QStringLiteral("google"))->overridden);
    QCOMPARE(catalog.find(QStringLiteral("google"))->tokenUrl, u("https://oauth2.googleapis.com/token"));
}

void TestProviderCatalog::overrideHost()
{
    ProviderCatalog catalog = builtIn();
    const Status status = catalog.overrideHost(QStringLiteral("google"), QStringLiteral("gmail.googleapis.com"),
                                               u("http://127.0.0.1:6001"));
    QVERIFY2(status.has_value(), status ? "" : qPrintable(status.error().message));
    const ProviderInfo* google = catalog.find(QStringLiteral("google"));
    QVERIFY(google->overridden);
    QCOMPARE(google->apiBases.value(QStringLiteral("gmail")), u("http://127.0.0.1:6001"));
    QCOMPARE(google->apiBases.value(QStringLiteral("sheets")), u("https://sheets.googleapis.com"));
    QCOMPARE(google->apiBases.value(QStringLiteral("calendar")), u("https://www.googleapis.com"));
    QCOMPARE(google->tokenUrl, u("https://oauth2.googleapis.com/token"));
    QCOMPARE(google->authorizeUrl, u("https://accounts.google.com/o/oauth2/v2/auth"));

    // A host shared by two endpoints moves both, paths kept; the match ignores case.
    QVERIFY(
        catalog
            .overrideHost(QStringLiteral("google"), QStringLiteral("OAuth2.googleapis.com"), u("http://127.0.0.1:6002"))
            .has_value());
    QCOMPARE(google->tokenUrl, u("http://127.0.0.1:6002/token"));
    QCOMPARE(google->revokeUrl, u("http://127.0.0.1:6002/revoke"));
    QCOMPARE(google->userinfoUrl, u("https://openidconnect.googleapis.com/v1/userinfo"));
}

void TestProviderCatalog::overrideHostUnknownHost()
{
    ProviderCatalog catalog = builtIn();
    const Status status =
        catalog.overrideHost(QStringLiteral("stripe"), QStringLiteral("api.strype.com"), u("http://127.0.0.1:6001"));
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().code, QStringLiteral("catalog_bad_override"));
    QVERIFY(status.error().message.contains(QStringLiteral("api.strype.com")));
    QVERIFY(!catalog.find(QStringLiteral("stripe"))->overridden);
}

void TestProviderCatalog::scopeDescriptions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("description");
    QTest::newRow("gmail.send") << "google"
                                << "https://www.googleapis.com/auth/gmail.send"
                                << "Send email on your behalf";
    QTest::newRow("contacts") << "google"
                              << "https://www.googleapis.com/auth/contacts.readonly"
                              << "See and download your contacts";
    QTest::newRow("Mail.Send") << "microsoft"
                               << "Mail.Send"
                               << "Send email on your behalf";
    QTest::newRow("offline_access") << "microsoft"
                                    << "offline_access"
                                    << "Stay connected without asking you to sign in again";
    QTest::newRow("chat:write") << "slack"
                                << "chat:write"
                                << "Post messages in channels the app is in";
    QTest::newRow("unknown scope") << "google"
                                   << "https://www.googleapis.com/auth/drive"
                                   << "https://www.googleapis.com/auth/drive";
}

void TestProviderCatalog::scopeDescriptions()
{
    QFETCH(QString, id);
    QFETCH(QString, scope);
    QFETCH(QString, description);
    const ProviderCatalog catalog = builtIn();
    QCOMPARE(catalog.find(id)->describeScope(scope), description);
    for (const ProviderInfo& info : catalog.providers()) {
        for (const ScopeInfo& s : info.scopes)
            QVERIFY2(!s.description.isEmpty() && s.description != s.scope, qPrintable(info.id + ": " + s.scope));
    }
}

void TestProviderCatalog::defaultScopes()
{
    const ProviderCatalog catalog = builtIn();
    const QStringList google = catalog.find(QStringLiteral("google"))->defaultScopes();
    for (const char* scope :
         {"openid", "email", "https://www.googleapis.com/auth/gmail.send",
          "https://www.googleapis.com/auth/gmail.readonly", "https://www.googleapis.com/auth/calendar.events",
          "https://www.googleapis.com/auth/spreadsheets", "https://www.googleapis.com/auth/contacts.readonly"})
        QVERIFY2(google.contains(QString::fromLatin1(scope)), scope);
    QVERIFY(!google.contains(QStringLiteral("https://www.googleapis.com/auth/gmail.modify")));
    QCOMPARE(catalog.find(QStringLiteral("slack"))->defaultScopes(), (QStringList{"chat:write", "channels:read"}));
    QVERIFY(catalog.find(QStringLiteral("stripe"))->defaultScopes().isEmpty());
}

void TestProviderCatalog::setIssuer()
{
    ProviderCatalog catalog = builtIn();
    QVERIFY(catalog.setIssuer(QStringLiteral("generic"), u("https://sso.example.com/realms/acme/")).has_value());
    const ProviderInfo* generic = catalog.find(QStringLiteral("generic"));
    QVERIFY(!generic->needsIssuer);
    QVERIFY(!generic->overridden);
    QCOMPARE(generic->issuer, u("https://sso.example.com/realms/acme/"));
    QCOMPARE(generic->authorizeUrl, u("https://sso.example.com/realms/acme/authorize"));
    QCOMPARE(generic->tokenUrl, u("https://sso.example.com/realms/acme/token"));
    QCOMPARE(generic->discoveryUrl, u("https://sso.example.com/realms/acme/.well-known/openid-configuration"));
    // Again, from a non-placeholder issuer.
    QVERIFY(catalog.setIssuer(QStringLiteral("generic"), u("https://login.example.org")).has_value());
    QCOMPARE(generic->userinfoUrl, u("https://login.example.org/userinfo"));
}

void TestProviderCatalog::setIssuerRejectsPlainHttp()
{
    ProviderCatalog catalog = builtIn();
    const Status status = catalog.setIssuer(QStringLiteral("generic"), u("http://sso.example.com"));
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().code, QStringLiteral("catalog_bad_issuer"));
    QVERIFY(catalog.find(QStringLiteral("generic"))->needsIssuer);
    // An identity provider on this machine may use plain http.
    QVERIFY(catalog.setIssuer(QStringLiteral("generic"), u("http://127.0.0.1:8080")).has_value());
    QCOMPARE(catalog.find(QStringLiteral("generic"))->tokenUrl, u("http://127.0.0.1:8080/token"));
}

void TestProviderCatalog::applyDiscovery()
{
    ProviderCatalog catalog = builtIn();
    const QByteArray discovery = R"({
        "issuer": "https://sso.example.com/realms/acme",
        "authorization_endpoint": "https://sso.example.com/realms/acme/protocol/openid-connect/auth",
        "token_endpoint": "https://sso.example.com/realms/acme/protocol/openid-connect/token",
        "userinfo_endpoint": "https://sso.example.com/realms/acme/protocol/openid-connect/userinfo"
    })";
    QVERIFY(catalog.applyDiscovery(QStringLiteral("generic"), discovery).has_value());
    const ProviderInfo* generic = catalog.find(QStringLiteral("generic"));
    QVERIFY(!generic->needsIssuer);
    QCOMPARE(generic->authorizeUrl, u("https://sso.example.com/realms/acme/protocol/openid-connect/auth"));
    QCOMPARE(generic->tokenUrl, u("https://sso.example.com/realms/acme/protocol/openid-connect/token"));
    QCOMPARE(generic->revokeUrl, u("https://issuer.example/revoke")); // the document had none: unchanged
}

void TestProviderCatalog::applyDiscoveryRejectsBadUrl()
{
    ProviderCatalog catalog = builtIn();
    const Status status = catalog.applyDiscovery(QStringLiteral("generic"),
                                                 R"({"issuer": "https://sso.example.com", "token_endpoint": "token"})");
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().code, QStringLiteral("catalog_bad_discovery"));
    QVERIFY(status.error().message.contains(QStringLiteral("\"token_endpoint\"")));
    // All or nothing: the valid issuer in the same document was not applied.
    QCOMPARE(catalog.find(QStringLiteral("generic"))->issuer, u("https://issuer.example"));
    QVERIFY(catalog.find(QStringLiteral("generic"))->needsIssuer);
}

QTEST_GUILESS_MAIN(TestProviderCatalog)
#include "tst_providercatalog.moc"
