#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QProgressBar;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;

namespace sb::ui {

// The in-app sign-in window for one OAuth flow. Its web engine (view, page and a fresh off-the-record profile: no
// cookies shared between accounts or kept afterwards) exists only while this dialog does; the destructor releases it
// (about 300 MB). It never stores anything: the agent's loopback listener receives the redirect.
class BrowserDialog : public QDialog
{
    Q_OBJECT
public:
    BrowserDialog(const QString& providerName, const QUrl& url, const QUrl& redirectUri, QWidget* parent = nullptr);
    ~BrowserDialog() override;

    [[nodiscard]] QWebEnginePage* page() const { return m_page; }
    [[nodiscard]] QWebEngineProfile* profile() const { return m_profile; }
    [[nodiscard]] QString addressText() const;
    [[nodiscard]] bool isSecurePage() const { return m_secure; }

    // The flow ended elsewhere (redirect caught, agent finished, switched browsers): close without cancelling.
    void finish();

    // True when the provider's page refuses embedded browsers (Google's "Error 403: disallowed_useragent").
    [[nodiscard]] static bool isEmbeddedRefusal(const QString& title);

signals:
    void cancelRequested(); // Cancel, Escape or the window's close button
    void callbackReached(); // the loopback redirect page loaded: the agent has the answer
    void embeddedRefused(); // the provider does not allow this browser: use the system browser

protected:
    void reject() override;

private:
    void showAddress(const QUrl& url);
    void checkPage();

    QUrl m_redirectUri;
    QWebEngineProfile* m_profile = nullptr;
    QWebEnginePage* m_page = nullptr;
    QWebEngineView* m_view = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_lock = nullptr;
    QLabel* m_security = nullptr;
    QProgressBar* m_progress = nullptr;
    bool m_secure = false;
    bool m_ended = false; // finish(), cancel, callback or refusal happened: report nothing more
};

} // namespace sb::ui
