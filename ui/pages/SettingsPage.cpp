#include "pages/SettingsPage.h"

#include "ProviderPresentation.h"
#include "Translations.h"
#include "UiSettings.h"
#include "auth/SignInSettingsGroup.h"
#include "core/AgentClient.h"
#include "pages/PageHeader.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSystemTrayIcon>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

QLabel* valueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QString urlLines(const ProviderSummary& provider)
{
    QStringList lines;
    for (const QUrl& base : provider.apiBases)
        lines << base.toString();
    if (provider.authorizeUrl.isValid())
        lines << provider.authorizeUrl.toString();
    if (provider.tokenUrl.isValid())
        lines << provider.tokenUrl.toString();
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SettingsPage::SettingsPage(AgentClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
{
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(new PageHeader(QIcon(QStringLiteral(":/icons/app/settings.png")), tr("Settings"),
                                     tr("Where the agent keeps its data, how to reach its admin API, and how the "
                                        "console behaves."),
                                     body));
    layout->addWidget(buildAgentGroup());
    layout->addWidget(buildApiGroup());
    layout->addWidget(buildProvidersGroup());
    layout->addWidget(buildConsoleGroup());
    layout->addWidget(new SignInSettingsGroup); // which browser shows the providers' sign-in pages
    layout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(client, &AgentClient::statusChanged, this, &SettingsPage::showStatus);
    connect(client, &AgentClient::providersReady, this, &SettingsPage::showProviders);
    connect(client, &AgentClient::apiTokenReady, this, &SettingsPage::showToken);
    connect(client, &AgentClient::requestFailed, this, &SettingsPage::showRequestFailure);
}

QWidget* SettingsPage::buildAgentGroup()
{
    auto* group = new QGroupBox(tr("Agent"));
    auto* form = new QFormLayout(group);
    m_dataDir = valueLabel(QStringLiteral("dataDirValue"), group);
    m_databasePath = valueLabel(QStringLiteral("databasePathValue"), group);
    m_keychain = valueLabel(QStringLiteral("keychainValue"), group);
    for (QLabel* label : {m_dataDir, m_databasePath, m_keychain})
        label->setText(tr("Waiting for the agent…"));
    form->addRow(tr("Data folder:"), m_dataDir);
    form->addRow(tr("Database:"), m_databasePath);
    form->addRow(tr("Keychain:"), m_keychain);
    return group;
}

QWidget* SettingsPage::buildApiGroup()
{
    auto* group = new QGroupBox(tr("Admin API"));
    auto* form = new QFormLayout(group);
    m_apiUrl = valueLabel(QStringLiteral("apiUrlValue"), group);
    m_apiUrl->setText(tr("Waiting for the agent…"));
    form->addRow(tr("Address:"), m_apiUrl);

    m_token = new QLineEdit(group);
    m_token->setObjectName(QStringLiteral("apiTokenEdit"));
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Reading the token from the keychain…"));
    m_token->setContextMenuPolicy(Qt::NoContextMenu); // no "Copy" that bypasses the masked state
    m_showToken = new QPushButton(tr("Show"), group);
    m_showToken->setObjectName(QStringLiteral("showTokenButton"));
    m_showToken->setCheckable(true);
    m_showToken->setEnabled(false);
    m_copyToken = new QPushButton(tr("Copy"), group);
    m_copyToken->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyToken->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_token, 1);
    row->addWidget(m_showToken);
    row->addWidget(m_copyToken);
    form->addRow(tr("Bearer token:"), row);
    m_tokenNote = valueLabel(QStringLiteral("apiTokenNote"), group);
    m_tokenNote->setText(tr("Scripts and switchboardctl send this token as \"Authorization: Bearer …\". "
                            "Keep it secret."));
    m_tokenNote->setForegroundRole(QPalette::PlaceholderText);
    m_tokenNote->setWordWrap(false); // a wrapped label in a form row reserves a blank line
    form->addRow(QString(), m_tokenNote);

    connect(m_showToken, &QPushButton::toggled, this, &SettingsPage::setTokenVisible);
    connect(m_copyToken, &QPushButton::clicked, this, &SettingsPage::copyToken);
    return group;
}

QWidget* SettingsPage::buildProvidersGroup()
{
    auto* group = new QGroupBox(tr("Providers"));
    auto* layout = new QVBoxLayout(group);
    m_providers = new QTreeWidget(group);
    m_providers->setObjectName(QStringLiteral("providerUrls"));
    m_providers->setRootIsDecorated(false);
    m_providers->setSelectionMode(QAbstractItemView::NoSelection);
    m_providers->setHeaderLabels({tr("Provider"), tr("Sign-in"), tr("URLs in use"), tr("Target")});
    m_providers->header()->setStretchLastSection(false);
    m_providers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_providers->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_providers->setTextElideMode(Qt::ElideMiddle);
    // Show every provider without an inner scroll bar: the page itself scrolls.
    m_providers->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_providers->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_providers->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_providers);
    return group;
}

QWidget* SettingsPage::buildConsoleGroup()
{
    auto* group = new QGroupBox(tr("Console"));
    auto* form = new QFormLayout(group);

    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : Translations::available()) {
        // Each language in its own words; QLocale("en") would say "American English".
        QString name = code == QLatin1String("en") ? QStringLiteral("English") : QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(UiSettings::language())));
    auto* languageNote = new QLabel(tr("Applies when Switchboard starts next time."), group);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageNote, 1);
    form->addRow(tr("Language:"), languageRow);

    m_keepInTray = new QCheckBox(tr("Keep running in the tray when the window is closed"), group);
    m_keepInTray->setObjectName(QStringLiteral("keepInTrayCheck"));
    m_keepInTray->setChecked(UiSettings::keepInTray());
    form->addRow(QString(), m_keepInTray);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        auto* note = new QLabel(tr("No system tray was found on this desktop, so closing the window quits."), group);
        note->setObjectName(QStringLiteral("noTrayNote"));
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(QString(), note);
    }

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this](int index) { UiSettings::setLanguage(m_language->itemData(index).toString()); });
    connect(m_keepInTray, &QCheckBox::toggled, this, &UiSettings::setKeepInTray);
    return group;
}

void SettingsPage::showStatus(const AgentStatus& status)
{
    m_status = status;
    if (status.state == AgentState::Failed) {
        for (QLabel* label : {m_dataDir, m_databasePath, m_keychain, m_apiUrl})
            label->setText(tr("Not available: the agent did not start."));
        m_token->setPlaceholderText(tr("Not available: the agent did not start."));
        if (!status.dataDir.isEmpty())
            m_dataDir->setText(QDir::toNativeSeparators(status.dataDir));
        return;
    }
    if (!status.dataDir.isEmpty())
        m_dataDir->setText(QDir::toNativeSeparators(status.dataDir));
    if (!status.databasePath.isEmpty())
        m_databasePath->setText(QDir::toNativeSeparators(status.databasePath));
    if (!status.keychain.backend.isEmpty() || !status.keychain.message.isEmpty()) {
        const QString mark = status.keychain.available ? QStringLiteral("✔") : QStringLiteral("⚠");
        m_keychain->setText(tr("%1 %2 — %3").arg(mark, status.keychain.backend, status.keychain.message));
    }
    if (status.apiUrl.isValid())
        m_apiUrl->setText(status.apiUrl.toString());
    requestTokenWhenNeeded();
}

void SettingsPage::requestTokenWhenNeeded()
{
    // Only once the page is looked at: reading the keychain may ask the user to unlock it, which should not happen
    // just because the console started.
    if (m_status.state == AgentState::Running && isVisible() && !m_tokenRequested) {
        m_tokenRequested = true;
        m_client->requestApiToken();
    }
}

void SettingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    requestTokenWhenNeeded();
}

void SettingsPage::showProviders(const QList<ProviderSummary>& providers)
{
    m_providers->clear();
    for (const ProviderSummary& provider : providers) {
        auto* item = new QTreeWidgetItem(m_providers);
        item->setIcon(0, ProviderPresentation::icon(provider));
        item->setText(0, provider.displayName.isEmpty() ? provider.id : provider.displayName);
        item->setText(1, ProviderPresentation::authKindText(provider.authKind));
        item->setText(2, urlLines(provider));
        if (provider.overridden) {
            item->setText(3, m_status.sandbox ? tr("overridden (sandbox)") : tr("overridden"));
            item->setForeground(3, QColor(0xb0, 0x5a, 0x00));
        } else {
            item->setText(3, tr("real service"));
        }
    }
}

void SettingsPage::showToken(const QString& token)
{
    m_token->setText(token);
    m_token->setPlaceholderText(QString());
    m_showToken->setEnabled(!token.isEmpty());
    m_copyToken->setEnabled(!token.isEmpty());
}

void SettingsPage::showRequestFailure(const QString& operation, const Error& error)
{
    if (operation != QLatin1String("apiToken"))
        return;
    m_tokenRequested = false; // a later status change may try again
    m_token->clear();
    m_token->setPlaceholderText(tr("Could not read the token: %1").arg(error.message));
}

void SettingsPage::setTokenVisible(bool visible)
{
    m_token->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_showToken->setText(visible ? tr("Hide") : tr("Show"));
}

void SettingsPage::copyToken()
{
    QGuiApplication::clipboard()->setText(m_token->text());
    m_tokenNote->setText(tr("Token copied to the clipboard."));
}

void SettingsPage::hideEvent(QHideEvent* event)
{
    m_showToken->setChecked(false); // never leave the token readable on a page nobody is looking at
    QWidget::hideEvent(event);
}

} // namespace sb::ui
