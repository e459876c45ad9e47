#include "auth/SystemBrowserPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sb::ui {

SystemBrowserPanel::SystemBrowserPanel(QWidget* parent)
    : QFrame(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("systemBrowserPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#systemBrowserPanel { background: #eef4fd; border: 1px solid #b7cdf0;"
                                 " border-radius: 6px; }"));

    m_title = new QLabel(tr("Finish signing in in your browser"), this);
    m_title->setObjectName(QStringLiteral("systemBrowserTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("systemBrowserReason"));
    m_reason->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("systemBrowserProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c14;"));

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("signInUrlEdit"));
    m_urlEdit->setReadOnly(true);
    m_urlEdit->setAccessibleName(tr("Sign-in address"));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyUrlButton"));
    m_copy->setToolTip(tr("Copy the sign-in address, to open it in another browser"));

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("waitProgress"));
    m_busy->setRange(0, 0); // busy: we wait for the browser, not for a known amount of work
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(10);
    m_elapsedLabel = new QLabel(this);
    m_elapsedLabel->setObjectName(QStringLiteral("elapsedLabel"));

    m_openAgain = new QPushButton(tr("&Open again"), this);
    m_openAgain->setObjectName(QStringLiteral("openAgainButton"));
    m_cancel = new QPushButton(tr("Cancel sign-in"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));

    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_copy);
    auto* waitRow = new QHBoxLayout;
    waitRow->addWidget(m_busy, 1);
    waitRow->addWidget(m_elapsedLabel);
    waitRow->addSpacing(12);
    waitRow->addWidget(m_openAgain);
    waitRow->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addLayout(urlRow);
    layout->addLayout(waitRow);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SystemBrowserPanel::tick);
    connect(m_copy, &QPushButton::clicked, this, &SystemBrowserPanel::copyUrl);
    connect(m_openAgain, &QPushButton::clicked, this, &SystemBrowserPanel::openAgainRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SystemBrowserPanel::cancelRequested);
    hide();
}

void SystemBrowserPanel::start(const QString& providerName, const QUrl& url, const QString& reason,
                               const QString& problem)
{
    m_url = url;
    m_reason->setText(reason.isEmpty()
                          ? tr("Switchboard opened %1's sign-in page in your browser. Sign in there and allow "
                               "access; this page updates by itself. If no browser opened, copy the address.")
                                .arg(providerName)
                          : reason);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_urlEdit->setText(url.toString(QUrl::FullyEncoded));
    m_urlEdit->setCursorPosition(0);
    m_elapsed.start();
    tick();
    m_timer->start();
    show();
    m_cancel->setFocus();
}

void SystemBrowserPanel::stop()
{
    m_timer->stop();
    m_url.clear();
    m_urlEdit->clear();
    hide();
}

qint64 SystemBrowserPanel::elapsedSeconds() const
{
    return m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0;
}

void SystemBrowserPanel::tick()
{
    m_elapsedLabel->setText(tr("Waiting… %n s", nullptr, int(elapsedSeconds())));
}

void SystemBrowserPanel::copyUrl()
{
    QApplication::clipboard()->setText(m_urlEdit->text());
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copy, [this] { m_copy->setText(tr("&Copy")); });
}

} // namespace sb::ui
