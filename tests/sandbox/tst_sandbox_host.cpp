// SandboxHost: the sandbox in a thread of its own.

#include "SandboxTestClient.h"
#include "sandbox/SandboxHost.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace sb::sandbox;
using namespace sb::sandbox::test;

namespace {

// A raw request with blocking socket calls: nothing spins this thread's event loop, so only another thread can answer.
QByteArray blockingGet(const QUrl& base, const QByteArray& path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    // Read until the whole body (Content-Length) is in; the server may keep the connection open.
    QByteArray response;
    while (socket.waitForReadyRead(5000)) {
        response += socket.readAll();
        const qsizetype end = response.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        const qsizetype at = response.toLower().indexOf("content-length:");
        const qsizetype length = at < 0 ? 0 : response.mid(at + 15, response.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        if (response.size() >= end + 4 + length)
            break;
    }
    return response;
}

bool accepts(const QUrl& base)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    return socket.waitForConnected(2000);
}

} // namespace

class TestSandboxHost : public QObject
{
    Q_OBJECT

private slots:
    void servesFromItsOwnThread();
    void startTwiceFails();
    void stopClosesListeners();
    void destructorStopsAndJoins();
    void basePortGivesStableUrls();
    void endpointsTravelAsQVariant();
};

void TestSandboxHost::servesFromItsOwnThread()
{
    SandboxHost host;
    const auto endpoints = host.start(SandboxOptions{3, 900});
    QVERIFY2(endpoints.has_value(), qPrintable(endpoints ? QString() : endpoints.error().message));
    QVERIFY(host.isRunning());
    QCOMPARE(host.endpoints().control, endpoints->control);

    const QByteArray raw = blockingGet(endpoints->control, "/_sandbox/health");
    QVERIFY2(raw.startsWith("HTTP/1.1 200"), raw.constData());
    QVERIFY(raw.endsWith("{\"ok\":true}"));

    // A whole OAuth flow through the host; the options reached the sandbox.
    HttpClient http;
    OAuthDriver oauth(http, *endpoints);
    const Reply tokens = oauth.tokens(QStringLiteral("generic"), authorizeQuery(QStringLiteral("generic"), QStringLiteral("openid")));
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json().value(QStringLiteral("expires_in")).toInt(), 900);
}

void TestSandboxHost::startTwiceFails()
{
    SandboxHost host;
    QVERIFY(host.start().has_value());
    const auto again = host.start();
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, QStringLiteral("sandbox.running"));
}

void TestSandboxHost::stopClosesListeners()
{
    SandboxHost host;
    const auto endpoints = host.start();
    QVERIFY(endpoints.has_value());
    QVERIFY(accepts(endpoints->providers.value(QStringLiteral("slack"))));
    host.stop();
    QVERIFY(!host.isRunning());
    QVERIFY(!accepts(endpoints->control));
    QVERIFY(!accepts(endpoints->providers.value(QStringLiteral("slack"))));
    // It can start again.
    QVERIFY(host.start().has_value());
}

void TestSandboxHost::destructorStopsAndJoins()
{
    QUrl control;
    {
        SandboxHost host;
        const auto endpoints = host.start();
        QVERIFY(endpoints.has_value());
        control = endpoints->control;
        QVERIFY(accepts(control));
    }
    QVERIFY(!accepts(control));
}

void TestSandboxHost::basePortGivesStableUrls()
{
    // Find seven free consecutive ports: ask the OS for one, then try the run after it.
    for (int attempt = 0; attempt < 10; ++attempt) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 base = probe.serverPort();
        probe.close();
        if (base > 65000)
            continue;
        SandboxHost host;
        SandboxOptions options;
        options.basePort = base;
        const auto endpoints = host.start(options);
        if (!endpoints) {
            QCOMPARE(endpoints.error().code, QStringLiteral("sandbox.listen"));
            continue; // one of the seven was taken; try elsewhere
        }
        QCOMPARE(endpoints->control.port(), int(base));
        int expected = base + 1;
        for (const QString& provider : providerNames())
            QCOMPARE(endpoints->providers.value(provider).port(), expected++);
        return;
    }
    QFAIL("no run of seven free ports found");
}

void TestSandboxHost::endpointsTravelAsQVariant()
{
    SandboxEndpoints endpoints;
    endpoints.control = QUrl(QStringLiteral("http://127.0.0.1:1"));
    endpoints.providers.insert(QStringLiteral("google"), QUrl(QStringLiteral("http://127.0.0.1:2")));
    const QVariant variant = QVariant::fromValue(endpoints);
    QCOMPARE(variant.value<SandboxEndpoints>().providers.value(QStringLiteral("google")).port(), 2);
}

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandbox_host.moc"
