#include "auth/BrowserDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace sb::ui {

namespace {

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("[::1]")
        || host == QLatin1String("::1");
}

// A padlock (closed: https) or an open one with a red body (plain http), painted: no icon theme is guaranteed.
QPixmap lockPixmap(bool secure, const QColor& color)
{
    const qreal dpr = 2.0;
    QPixmap pixmap(QSize(16, 16) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 1.8));
    painter.setBrush(Qt::NoBrush);
    QPainterPath shackle;
    shackle.moveTo(5, 8);
    shackle.lineTo(5, 5);
    shackle.arcTo(QRectF(5, 1.5, 6, 7), 180, -180);
    shackle.lineTo(11, secure ? 8 : 5.5);
    painter.drawPath(shackle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(3, 7.5, 10, 7.5), 1.5, 1.5);
    return pixmap;
}

bool sameEndpoint(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port() && a.path() == b.path();
}

} // namespace

BrowserDialog::BrowserDialog(const QString& providerName, const QUrl& url, const QUrl& redirectUri, QWidget* parent)
    : QDialog(parent)
    , m_redirectUri(redirectUri)
{
    setObjectName(QStringLiteral("browserDialog"));
    setWindowTitle(tr("Sign in to %1").arg(providerName));
    setWindowModality(Qt::WindowModal);

    // No storage name: off the record. One profile per flow, so two accounts of one provider never share a session.
    m_profile = new QWebEngineProfile(static_cast<QObject*>(nullptr));
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_page = new QWebEnginePage(m_profile, nullptr);
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("browserView"));
    m_view->setPage(m_page);

    m_lock = new QLabel(this);
    m_security = new QLabel(this);
    m_security->setObjectName(QStringLiteral("securityMarker"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressBar"));
    m_address->setReadOnly(true);
    m_address->setFocusPolicy(Qt::ClickFocus);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(4);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_lock);
    bar->addWidget(m_security);
    bar->addWidget(m_address, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("browserCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    auto* note = new QLabel(tr("A private window: nothing you type here is kept after signing in."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(note, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &BrowserDialog::reject);
    connect(m_page, &QWebEnginePage::urlChanged, this, &BrowserDialog::showAddress);
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::loadStarted, m_progress, &QWidget::show);
    connect(m_page, &QWebEnginePage::titleChanged, this, &BrowserDialog::checkPage);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this] {
        m_progress->hide();
        checkPage();
    });

    resize(760, 720);
    showAddress(url);
    m_page->load(url);
    m_view->setFocus();
}

BrowserDialog::~BrowserDialog()
{
    // View, then page, then profile: a profile released while a page still uses it stays alive (and warns).
    delete m_view;
    delete m_page;
    delete m_profile;
}

QString BrowserDialog::addressText() const
{
    return m_address->text();
}

bool BrowserDialog::isEmbeddedRefusal(const QString& title)
{
    return title.contains(QLatin1String("disallowed_useragent"), Qt::CaseInsensitive);
}

void BrowserDialog::finish()
{
    m_ended = true;
    m_page->triggerAction(QWebEnginePage::Stop);
    done(Accepted);
}

void BrowserDialog::reject()
{
    if (!m_ended) {
        m_ended = true;
        emit cancelRequested();
    }
    QDialog::reject();
}

void BrowserDialog::showAddress(const QUrl& url)
{
    // Only the host: the path and query of a redirect can carry the authorization code.
    m_address->setText(url.host());
    m_secure = url.scheme() == QLatin1String("https");
    QColor color;
    if (m_secure) {
        color = QColor(0x1e, 0x7b, 0x34);
        m_security->setText(tr("Secure (https)"));
        m_security->setToolTip(tr("The connection to %1 is encrypted (https).").arg(url.host()));
    } else if (isLoopback(url)) {
        // The sandbox and our own redirect listener: plain http, but it never leaves this computer.
        color = QColor(0x9a, 0x67, 0x00);
        m_security->setText(tr("Not secure (http, this computer)"));
        m_security->setToolTip(tr("A page served by this computer over plain http; it never leaves this computer."));
    } else {
        color = QColor(0xb3, 0x26, 0x1e);
        m_security->setText(tr("Not secure (http)"));
        m_security->setToolTip(tr("The connection to %1 is not encrypted (http).").arg(url.host()));
    }
    m_lock->setPixmap(lockPixmap(m_secure, color));
    m_security->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color.name()));
    if (!m_ended && m_redirectUri.isValid() && sameEndpoint(url, m_redirectUri)) {
        m_ended = true;
        emit callbackReached();
    }
}

void BrowserDialog::checkPage()
{
    if (!m_ended && isEmbeddedRefusal(m_page->title())) {
        m_ended = true;
        emit embeddedRefused();
    }
}

} // namespace sb::ui
