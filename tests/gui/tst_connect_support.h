#pragma once

// Shared by the tst_connect* GUI tests: the console (MainWindow) against a real agent with --sandbox in a temporary
// data dir, logging to its log file as `switchboard` does, and the probes the tests use on the keychain and files.
//
// Run: export QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --no-sandbox";
//      export XDG_DATA_HOME=$(mktemp -d)   # a keyring file of this run's own (see below)
//      dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;
//      xvfb-run -a -s "-screen 0 1600x1000x24" ctest --test-dir BUILD -R connect_ --output-on-failure'
// Every gnome-keyring-daemon keeps the login keyring in $XDG_DATA_HOME/keyrings/login.keyring and reloads it when
// another one rewrites it: two test runs at once on one machine (two dbus sessions) then lose each other's items,
// and a check with secret-tool fails for no fault of the code. A private XDG_DATA_HOME avoids that.

#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "Translations.h"
#include "auth/SignInLauncher.h"
#include "connections/AccountRow.h"
#include "connections/ConnectionCard.h"
#include "core/Agent.h"
#include "core/AgentClient.h"
#include "core/CommandLine.h"
#include "core/Logging.h"
#include "pages/ConnectionsPage.h"

#include <QDirIterator>
#include <QLabel>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

#include <memory>
#include <optional>

namespace sb::test {

constexpr int kAgentStartMs = 60000;
constexpr int kReplyMs = 30000;
constexpr int kPageMs = 90000; // a first QtWebEngine page under Xvfb without a GPU can be slow

class ConnectFixture
{
public:
    // Call from initTestCase(); QVERIFY failures end the test.
    void start()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        cli::setApplicationIdentity();
        registerAgentTypes();
        m_translations.install(QStringLiteral("en"));
        // As `switchboard` does, and with every debug line on: the token-bytes check greps this file.
        logging::install(dataDir(), QStringLiteral("switchboard"));
        QLoggingCategory::setFilterRules(QStringLiteral("switchboard.*.debug=true"));

        AgentOptions options;
        options.dataDir = dataDir();
        options.sandbox = true;
        options.keychainTimeoutMs = 10000;
        m_agent = std::make_unique<AgentThread>(options);
        QSignalSpy started(m_agent->agent(), &Agent::started);
        QSignalSpy failed(m_agent->agent(), &Agent::startFailed);
        m_client = std::make_unique<AgentClient>(m_agent->agent());
        m_window = std::make_unique<ui::MainWindow>(m_client.get());
        QObject::connect(m_agent->agent(), &Agent::started, m_client.get(), &AgentClient::refreshStatus);
        m_agent->start();
        QTRY_VERIFY_WITH_TIMEOUT(started.count() + failed.count() > 0, kAgentStartMs);
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.constFirst().constFirst().value<Error>().message));
        // These tests read the secrets back with secret-tool: they need the Secret Service, not the vault.
        m_status = started.constFirst().constFirst().value<AgentStatus>();
        const KeychainStatus keychain = m_status.keychain;
        QVERIFY2(keychain.available && keychain.backend.contains(QStringLiteral("Secret Service")),
                 qPrintable(keychain.backend + QStringLiteral(": ") + keychain.message));

        m_window->resize(1200, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(QStringLiteral("connections"));
        QVERIFY(page());
        QTRY_VERIFY_WITH_TIMEOUT(page()->card(QStringLiteral("google")) && page()->card(QStringLiteral("stripe")),
                                 kReplyMs);
    }

    void stop()
    {
        m_window.reset();
        m_client.reset();
        if (m_agent)
            m_agent->stop();
        m_agent.reset();
    }

    [[nodiscard]] QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    [[nodiscard]] const AgentStatus& status() const { return m_status; }
    [[nodiscard]] ui::MainWindow* window() const { return m_window.get(); }
    [[nodiscard]] AgentClient* client() const { return m_client.get(); }
    [[nodiscard]] ui::ConnectionsPage* page() const
    {
        return qobject_cast<ui::ConnectionsPage*>(m_window->page(QStringLiteral("connections")));
    }
    [[nodiscard]] ui::ConnectionCard* card(const QString& provider) const { return page()->card(provider); }
    [[nodiscard]] QPushButton* connectButton(const QString& provider) const
    {
        return card(provider)->findChild<QPushButton*>(QStringLiteral("connectButton"));
    }

    // The state lines of a provider's accounts, as the card shows them.
    [[nodiscard]] QStringList stateTexts(const QString& provider) const
    {
        QStringList texts;
        for (ui::AccountRow* row : card(provider)->rows())
            texts << row->findChild<QLabel*>(QStringLiteral("stateLabel"))->text();
        return texts;
    }

    // The connections the agent has now (asked afresh, not the page's copy).
    [[nodiscard]] QList<ConnectionInfo> agentConnections() const
    {
        QSignalSpy ready(m_client.get(), &AgentClient::connectionsReady);
        m_client->requestConnections();
        if (!ready.wait(kReplyMs) && ready.isEmpty())
            return {};
        return ready.constLast().constFirst().value<QList<ConnectionInfo>>();
    }

    [[nodiscard]] QString installId() const
    {
        QFile file(QDir(dataDir()).filePath(QStringLiteral("install-id")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    }

    // secret-tool (libsecret-tools) sees what the agent stored: service "Switchboard", key "<installId>/<kind>/…".
    [[nodiscard]] QByteArray keychainLookup(qint64 connectionId, const QString& field) const
    {
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Switchboard"),
                      QStringLiteral("user"),
                      QStringLiteral("%1/connection/%2/%3").arg(installId()).arg(connectionId).arg(field)});
        if (!lookup.waitForFinished(kReplyMs) || lookup.exitCode() != 0)
            return {};
        return lookup.readAllStandardOutput().trimmed();
    }

    // The keys of this install's connection secrets in the keychain.
    [[nodiscard]] QStringList keychainConnectionKeys() const
    {
        QProcess search;
        search.setProcessChannelMode(QProcess::MergedChannels);
        search.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                     QStringLiteral("server"), QStringLiteral("Switchboard")});
        if (!search.waitForFinished(kReplyMs))
            return {QStringLiteral("<secret-tool did not answer>")};
        QStringList keys;
        const QString prefix = installId() + QStringLiteral("/connection/");
        for (const QByteArray& line : search.readAll().split('\n')) {
            const QString text = QString::fromUtf8(line).trimmed();
            if (text.startsWith(QLatin1String("attribute.user = ")) && text.contains(prefix))
                keys << text.mid(int(qstrlen("attribute.user = ")));
        }
        return keys;
    }

    // Files of the data dir (database, WAL, logs …) that contain `needle`.
    [[nodiscard]] QStringList filesContaining(const QByteArray& needle) const
    {
        QStringList found;
        QDirIterator it(dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found << file.fileName();
        }
        return found;
    }

private:
    QTemporaryDir m_dir;
    AgentStatus m_status;
    ui::Translations m_translations;
    std::unique_ptr<AgentThread> m_agent;
    std::unique_ptr<AgentClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
};

// Runs `script` in `page` and waits for its answer (QtWebEngine answers asynchronously). The answer lives in a
// shared slot: a late one (after a timeout) must not write to a finished stack frame.
inline QVariant runJs(QWebEnginePage* page, const QString& script, int timeoutMs = kReplyMs)
{
    auto answer = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [answer](const QVariant& value) { *answer = value; });
    (void)QTest::qWaitFor([&] { return answer->has_value(); }, timeoutMs);
    return answer->value_or(QVariant());
}

// Waits until the sandbox's consent page (its #allow button) is showing in `page`.
inline bool waitForConsentPage(QWebEnginePage* page, int timeoutMs = kPageMs)
{
    QPointer<QWebEnginePage> alive(page);
    return QTest::qWaitFor(
        [alive] {
            return alive && runJs(alive, QStringLiteral("!!document.querySelector('#allow')"), 2000).toBool();
        },
        timeoutMs);
}

} // namespace sb::test
