#include "auth/SignInLauncher.h"

#include "auth/BrowserDialog.h"
#include "auth/ExternalBrowser.h"
#include "auth/SignInSettings.h"
#include "auth/SystemBrowserPanel.h"
#include "core/AgentClient.h"

#include <QUrlQuery>

namespace sb::ui {

SignInLauncher::SignInLauncher(AgentClient* client, SystemBrowserPanel* panel, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_panel(panel)
    , m_dialogParent(dialogParent)
{
    connect(client, &AgentClient::authorizationReady, this, &SignInLauncher::onAuthorizationReady);
    connect(client, &AgentClient::connectFinished, this, &SignInLauncher::onConnectFinished);
    connect(panel, &SystemBrowserPanel::cancelRequested, this, &SignInLauncher::cancel);
    connect(panel, &SystemBrowserPanel::openAgainRequested, this, [this] {
        if (m_phase == Phase::SystemBrowser)
            openInSystemBrowser(m_url, QString());
    });
}

SignInLauncher::~SignInLauncher()
{
    // The console is closing mid-sign-in: end the flow so nothing waits on a window that is gone.
    if (!m_flowId.isEmpty() && (m_phase == Phase::InApp || m_phase == Phase::SystemBrowser))
        m_client->cancelConnect(m_flowId);
    delete m_dialog;
}

bool SignInLauncher::start(const QString& provider, const QString& providerName, const QString& label)
{
    if (isBusy())
        return false;
    m_phase = Phase::Starting;
    m_provider = provider;
    m_providerName = providerName;
    m_cancelWanted = false;
    emit progress(provider, tr("Starting the sign-in…"));
    m_client->startConnect(provider, label, m_override);
    return true;
}

void SignInLauncher::cancel()
{
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Finishing:
        return;
    case Phase::Starting:
        m_cancelWanted = true;
        return;
    case Phase::InApp:
    case Phase::SystemBrowser:
        break;
    }
    m_phase = Phase::Finishing;
    closeBrowser();
    emit progress(m_provider, tr("Cancelling…"));
    m_client->cancelConnect(m_flowId); // → connectFinished(cancelled)
}

BrowserDialog* SignInLauncher::browserDialog() const
{
    return m_dialog;
}

QUrl SignInLauncher::redirectUriOf(const QUrl& authorizeUrl)
{
    return QUrl(QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
}

void SignInLauncher::onAuthorizationReady(const QString& flowId, const QString& provider, const QUrl& url,
                                          bool embeddedAllowed)
{
    if (m_phase != Phase::Starting || provider != m_provider || !m_flowId.isEmpty()) {
        // Not ours (another sign-in is running): end it rather than leave a listener waiting.
        m_client->cancelConnect(flowId);
        return;
    }
    m_flowId = flowId;
    m_url = url;
    if (m_cancelWanted) {
        m_phase = Phase::Finishing;
        m_client->cancelConnect(flowId);
        return;
    }
    const bool inApp = m_override == BrowserMode::InApp
        || (m_override == BrowserMode::Default && embeddedAllowed && !SignInSettings::alwaysUseSystemBrowser());
    if (inApp) {
        openInApp(url);
        return;
    }
    QString reason;
    if (!embeddedAllowed)
        reason = tr("%1 does not allow signing in inside apps, so Switchboard opened its sign-in page in your "
                    "browser. Sign in there and allow access; this page updates by itself.")
                     .arg(m_providerName);
    openInSystemBrowser(url, reason);
}

void SignInLauncher::openInApp(const QUrl& url)
{
    m_phase = Phase::InApp;
    // The web engine is created here, for this flow only, and released in closeBrowser().
    m_dialog = new BrowserDialog(m_providerName, url, redirectUriOf(url), m_dialogParent);
    connect(m_dialog, &BrowserDialog::cancelRequested, this, &SignInLauncher::cancel);
    connect(m_dialog, &BrowserDialog::callbackReached, this, [this] {
        m_phase = Phase::Finishing;
        closeBrowser();
        emit progress(m_provider, tr("Finishing the sign-in…"));
    });
    connect(m_dialog, &BrowserDialog::embeddedRefused, this, [this] {
        // Same flow, other browser: the authorization URL and the agent's loopback listener stay valid.
        closeBrowser();
        openInSystemBrowser(m_url, tr("%1 refused to sign in inside Switchboard, so its sign-in page opened in "
                                      "your browser instead. Sign in there; this page updates by itself.")
                                       .arg(m_providerName));
    });
    emit progress(m_provider, tr("Waiting for you to sign in…"));
    m_dialog->open();
    emit browserOpened(m_dialog);
}

void SignInLauncher::openInSystemBrowser(const QUrl& url, const QString& reason)
{
    m_phase = Phase::SystemBrowser;
    const Status opened = ExternalBrowser::open(url);
    m_panel->start(m_providerName, url, reason, opened ? QString() : opened.error().message);
    emit progress(m_provider, tr("Waiting for you to sign in in your browser…"));
    emit systemBrowserOpened(url);
}

void SignInLauncher::onConnectFinished(const QString& flowId, const ConnectOutcome& outcome)
{
    const bool ours = m_phase != Phase::Idle
        && ((!m_flowId.isEmpty() && flowId == m_flowId)
            // A flow that could not start has no id yet.
            || (m_flowId.isEmpty() && flowId.isEmpty() && m_phase == Phase::Starting && outcome.provider == m_provider
                && outcome.flowId.isEmpty()));
    if (!ours)
        return;
    const QString provider = m_provider;
    reset();
    emit finished(provider, outcome);
}

void SignInLauncher::closeBrowser()
{
    if (m_dialog) {
        BrowserDialog* dialog = m_dialog;
        m_dialog.clear();
        dialog->disconnect(this);
        dialog->finish();
        // Later, not now: this may run inside one of the page's own signals.
        dialog->deleteLater();
    }
    m_panel->stop();
}

void SignInLauncher::reset()
{
    closeBrowser();
    m_phase = Phase::Idle;
    m_flowId.clear();
    m_url.clear();
    m_cancelWanted = false;
}

} // namespace sb::ui
