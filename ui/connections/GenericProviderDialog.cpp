#include "connections/GenericProviderDialog.h"

#include "core/AgentClient.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

bool isWebUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QUrl urlOf(const QLineEdit* edit)
{
    return edit->text().trimmed().isEmpty() ? QUrl() : QUrl(edit->text().trimmed());
}

} // namespace

GenericProviderDialog::GenericProviderDialog(AgentClient* client, const ProviderSummary& provider,
                                             const QString& reason, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_provider(provider)
{
    setObjectName(QStringLiteral("genericProviderDialog"));
    setWindowTitle(tr("OAuth 2.0 / OpenID provider"));

    auto* intro = new QLabel(tr("Register Switchboard with your provider as a native app whose redirect URI is "
                                "http://127.0.0.1/callback/generic (any port), then enter what it gave you."),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_form = new QFormLayout;
    m_byIssuer = new QRadioButton(tr("&Issuer (discovery)"), this);
    m_byIssuer->setObjectName(QStringLiteral("byIssuerRadio"));
    m_byEndpoints = new QRadioButton(tr("&Endpoints"), this);
    m_byEndpoints->setObjectName(QStringLiteral("byEndpointsRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_byIssuer);
    group->addButton(m_byEndpoints);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_byIssuer);
    modeRow->addWidget(m_byEndpoints);
    modeRow->addStretch();
    m_form->addRow(tr("Find the endpoints by:"), modeRow);

    auto field = [this](const QString& name, const QString& label, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        m_form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &GenericProviderDialog::updateFields);
        return edit;
    };
    m_issuer = field(QStringLiteral("issuerEdit"), tr("Iss&uer URL:"), QStringLiteral("https://login.example.com"));
    m_authorize = field(QStringLiteral("authorizeUrlEdit"), tr("&Authorization URL:"),
                        QStringLiteral("https://login.example.com/oauth2/authorize"));
    m_token = field(QStringLiteral("tokenUrlEdit"), tr("&Token URL:"), QStringLiteral("https://login.example.com/oauth2/token"));
    m_revoke = field(QStringLiteral("revokeUrlEdit"), tr("&Revocation URL (optional):"), QString());
    m_userinfo = field(QStringLiteral("userinfoUrlEdit"), tr("User &info URL (optional):"), QString());
    m_clientId = field(QStringLiteral("clientIdEdit"), tr("&Client ID:"), QString());
    m_clientSecret = field(QStringLiteral("clientSecretEdit"), tr("Client &secret:"),
                           tr("empty: keep the saved one, or none (public client)"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_scopes = field(QStringLiteral("scopesEdit"), tr("Sc&opes:"), QString());
    m_scopes->setText(QStringLiteral("openid profile email offline_access"));

    // Under the sandbox (or a self-hosted override) the catalog already knows where the provider is.
    if (provider.overridden && provider.authorizeUrl.isValid()) {
        QUrl issuer = provider.authorizeUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        m_issuer->setText(issuer.toString());
    }
    m_byIssuer->setChecked(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #8a1c14; background: #fde2e1; border-radius: 3px; padding: 6px;"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and &connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveProviderButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_byIssuer, &QRadioButton::toggled, this, &GenericProviderDialog::updateFields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GenericProviderDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GenericProviderDialog::reject);
    connect(client, &AgentClient::providerClientSaved, this, [this](const QString& saved) {
        if (!m_busy || saved != m_provider.id)
            return;
        setBusy(false);
        emit this->saved(saved);
        accept();
    });
    connect(client, &AgentClient::requestFailed, this, [this](const QString& operation, const Error& error) {
        if (m_busy && operation == QLatin1String("providerClient")) {
            setBusy(false);
            showError(error.message);
        }
    });

    // What was saved before (never the secret): the dialog edits it rather than starting blank.
    connect(client, &AgentClient::providerClientReady, this, &GenericProviderDialog::showSaved);
    client->requestProviderClient(provider.id);

    showError(reason);
    updateFields();
    setMinimumWidth(560);
}

void GenericProviderDialog::showSaved(const ProviderClientSettings& saved)
{
    if (saved.provider != m_provider.id)
        return;
    setProperty("savedShown", true); // tests wait for it
    if (m_busy || !m_clientId->text().isEmpty())
        return; // the user already typed
    if (saved.issuer.isValid() && !saved.issuer.isEmpty()) {
        m_issuer->setText(saved.issuer.toString());
        m_byIssuer->setChecked(true);
    } else if (saved.authorizeUrl.isValid() && !saved.authorizeUrl.isEmpty()) {
        m_authorize->setText(saved.authorizeUrl.toString());
        m_token->setText(saved.tokenUrl.toString());
        m_revoke->setText(saved.revokeUrl.toString());
        m_userinfo->setText(saved.userinfoUrl.toString());
        m_byEndpoints->setChecked(true);
    }
    m_clientId->setText(saved.clientId);
    if (!saved.scopes.isEmpty())
        m_scopes->setText(saved.scopes.join(QLatin1Char(' ')));
    updateFields();
}

void GenericProviderDialog::updateFields()
{
    if (!m_buttons) // prefilling fields in the constructor, before the buttons exist
        return;
    const bool issuer = m_byIssuer->isChecked();
    m_form->setRowVisible(m_issuer, issuer);
    for (QLineEdit* edit : {m_authorize, m_token, m_revoke, m_userinfo})
        m_form->setRowVisible(edit, !issuer);
    const bool where = issuer ? isWebUrl(m_issuer->text())
                              : isWebUrl(m_authorize->text()) && isWebUrl(m_token->text());
    const bool complete = where && !m_clientId->text().trimmed().isEmpty() && !m_scopes->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
}

ProviderClientSettings GenericProviderDialog::settings() const
{
    ProviderClientSettings settings;
    settings.provider = m_provider.id;
    settings.clientId = m_clientId->text().trimmed();
    settings.clientSecret = m_clientSecret->text();
    if (m_byIssuer->isChecked()) {
        settings.issuer = urlOf(m_issuer);
    } else {
        settings.authorizeUrl = urlOf(m_authorize);
        settings.tokenUrl = urlOf(m_token);
        settings.revokeUrl = urlOf(m_revoke);
        settings.userinfoUrl = urlOf(m_userinfo);
    }
    settings.scopes = m_scopes->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return settings;
}

void GenericProviderDialog::submit()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    showError(QString());
    setBusy(true);
    m_client->setProviderClient(settings());
}

void GenericProviderDialog::showError(const QString& words)
{
    m_error->setText(words);
    m_error->setVisible(!words.isEmpty());
}

void GenericProviderDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setReadOnly(busy);
    updateFields();
}

QString GenericProviderDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace sb::ui
