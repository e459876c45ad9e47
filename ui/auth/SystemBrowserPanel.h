#pragma once

#include <QElapsedTimer>
#include <QFrame>
#include <QUrl>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace sb::ui {

// "Finish signing in in your browser": shown on the Connections page while a sign-in waits in the system browser.
// The address is selectable and copyable (for a browser elsewhere), a busy bar and the elapsed seconds show that
// Switchboard is still waiting, and Cancel ends the sign-in.
class SystemBrowserPanel : public QFrame
{
    Q_OBJECT
public:
    explicit SystemBrowserPanel(QWidget* parent = nullptr);

    // Shows the panel for `url`; `reason` says why the system browser is used, `problem` that opening it failed.
    void start(const QString& providerName, const QUrl& url, const QString& reason = {}, const QString& problem = {});
    void stop();

    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] qint64 elapsedSeconds() const;

signals:
    void cancelRequested();
    void openAgainRequested();

private:
    void tick();
    void copyUrl();

    QUrl m_url;
    QElapsedTimer m_elapsed;
    QTimer* m_timer = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_problem = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QPushButton* m_copy = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_elapsedLabel = nullptr;
    QPushButton* m_openAgain = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace sb::ui
