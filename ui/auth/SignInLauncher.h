#pragma once

#include "connections/ConnectionInfo.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace sb {
class AgentClient;
}

namespace sb::ui {

class BrowserDialog;
class SystemBrowserPanel;

// Runs the console's side of one OAuth sign-in at a time: asks the agent to start the flow, shows the provider's
// page in the in-app browser (where the provider allows it and the user did not ask for their own browser) or hands
// it to the system browser with the waiting panel, and tidies up when the agent reports the end. Closing the
// in-app window or Cancel ends the flow in the agent (nothing stored). If an in-app page refuses embedded browsers,
// the same flow continues in the system browser: the agent's listener is still waiting on the same redirect.
class SignInLauncher : public QObject
{
    Q_OBJECT
public:
    SignInLauncher(AgentClient* client, SystemBrowserPanel* panel, QWidget* dialogParent, QObject* parent = nullptr);
    ~SignInLauncher() override;

    // Returns false (and does nothing) while another sign-in is running.
    bool start(const QString& provider, const QString& providerName, const QString& label = {});
    void cancel();

    [[nodiscard]] bool isBusy() const { return m_phase != Phase::Idle; }
    [[nodiscard]] QString provider() const { return m_provider; }
    [[nodiscard]] QString flowId() const { return m_flowId; }
    [[nodiscard]] BrowserDialog* browserDialog() const;

    // Where the page opens regardless of the catalog and settings (Default: decide as usual). A test seam: InApp puts
    // even Google in the in-app browser, to see the fallback.
    void setModeOverride(sb::BrowserMode mode) { m_override = mode; }

    // The redirect_uri an authorization URL carries (where the agent listens).
    [[nodiscard]] static QUrl redirectUriOf(const QUrl& authorizeUrl);

signals:
    void progress(const QString& provider, const QString& words); // busy text for the provider's card
    void finished(const QString& provider, const sb::ConnectOutcome& outcome);
    void browserOpened(sb::ui::BrowserDialog* dialog);
    void systemBrowserOpened(const QUrl& url);

private:
    enum class Phase { Idle, Starting, InApp, SystemBrowser, Finishing };

    void onAuthorizationReady(const QString& flowId, const QString& provider, const QUrl& url, bool embeddedAllowed);
    void onConnectFinished(const QString& flowId, const sb::ConnectOutcome& outcome);
    void openInApp(const QUrl& url);
    void openInSystemBrowser(const QUrl& url, const QString& reason);
    void closeBrowser();
    void reset();

    AgentClient* m_client;
    SystemBrowserPanel* m_panel;
    QWidget* m_dialogParent;
    QPointer<BrowserDialog> m_dialog;
    sb::BrowserMode m_override = sb::BrowserMode::Default;
    Phase m_phase = Phase::Idle;
    bool m_cancelWanted = false; // Cancel pressed before the agent named the flow
    QString m_provider;
    QString m_providerName;
    QString m_flowId;
    QUrl m_url;
};

} // namespace sb::ui
