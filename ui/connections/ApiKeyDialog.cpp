#include "connections/ApiKeyDialog.h"

#include "ProviderPresentation.h"
#include "core/AgentClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

namespace {
enum TwilioMode { AuthToken = 0, ApiKey = 1 };
}

ApiKeyDialog::ApiKeyDialog(AgentClient* client, const ProviderSummary& provider, const QString& label, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_provider(provider)
{
    const QString name = provider.displayName.isEmpty() ? ProviderPresentation::displayName(provider.id)
                                                        : provider.displayName;
    setObjectName(QStringLiteral("apiKeyDialog"));
    setWindowTitle(tr("Connect %1").arg(name));

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("Switchboard checks these with %1 before saving them, and keeps the secret parts in your "
                      "system keychain only.")
                       .arg(name));

    m_form = new QFormLayout;
    if (provider.id == QLatin1String("twilio"))
        buildTwilio();
    else
        buildStripe();
    m_label = addField(QStringLiteral("labelEdit"), tr("&Label (optional):"), false, tr("e.g. Support line"));
    m_label->setText(label);

    m_show = new QCheckBox(tr("S&how secrets"), this);
    m_show->setObjectName(QStringLiteral("showSecretsCheck"));
    m_form->addRow(QString(), m_show);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #8a1c14; background: #fde2e1; border-radius: 3px; padding: 6px;"));
    m_error->hide();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("apiKeyBusy"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Check and &connect"));
    ok->setObjectName(QStringLiteral("connectKeyButton"));
    ok->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApiKeyDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApiKeyDialog::reject);
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        for (QLineEdit* edit : std::as_const(m_secrets))
            edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(client, &AgentClient::connectFinished, this, &ApiKeyDialog::onFinished);
    updateFields();
    setMinimumWidth(520);
}

QLineEdit* ApiKeyDialog::addField(const QString& name, const QString& label, bool secret, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        m_secrets << edit;
    }
    m_form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &ApiKeyDialog::updateFields);
    return edit;
}

void ApiKeyDialog::buildTwilio()
{
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("twilioModeCombo"));
    m_mode->addItem(tr("Account SID and Auth Token"));
    m_mode->addItem(tr("API key (SID and secret)"));
    m_form->addRow(tr("Sign in &with:"), m_mode);
    m_accountSid = addField(QStringLiteral("accountSidEdit"), tr("&Account SID:"), false,
                            QStringLiteral("AC…"));
    m_authToken = addField(QStringLiteral("authTokenEdit"), tr("Auth &Token:"), true, QString());
    m_apiKeySid = addField(QStringLiteral("apiKeySidEdit"), tr("API &key SID:"), false, QStringLiteral("SK…"));
    m_apiKeySecret = addField(QStringLiteral("apiKeySecretEdit"), tr("API key s&ecret:"), true, QString());
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ApiKeyDialog::updateFields);
    m_accountSid->setFocus(); // most people have an Auth Token: start where they type
}

void ApiKeyDialog::buildStripe()
{
    m_secretKey = addField(QStringLiteral("secretKeyEdit"), tr("Secret or restricted &key:"), true,
                           QStringLiteral("sk_live_… / rk_live_…"));
}

void ApiKeyDialog::updateFields()
{
    bool complete = false;
    if (m_mode) {
        const bool apiKey = m_mode->currentIndex() == ApiKey;
        m_form->setRowVisible(m_authToken, !apiKey);
        m_form->setRowVisible(m_apiKeySid, apiKey);
        m_form->setRowVisible(m_apiKeySecret, apiKey);
        complete = !m_accountSid->text().trimmed().isEmpty()
            && (apiKey ? !m_apiKeySid->text().trimmed().isEmpty() && !m_apiKeySecret->text().isEmpty()
                       : !m_authToken->text().isEmpty());
    } else {
        complete = !m_secretKey->text().trimmed().isEmpty();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
}

QMap<QString, QString> ApiKeyDialog::fields() const
{
    QMap<QString, QString> fields;
    if (m_mode) {
        fields.insert(QStringLiteral("account_sid"), m_accountSid->text().trimmed());
        if (m_mode->currentIndex() == ApiKey) {
            fields.insert(QStringLiteral("api_key_sid"), m_apiKeySid->text().trimmed());
            fields.insert(QStringLiteral("api_key_secret"), m_apiKeySecret->text().trimmed());
        } else {
            fields.insert(QStringLiteral("auth_token"), m_authToken->text().trimmed());
        }
    } else {
        fields.insert(QStringLiteral("secret_key"), m_secretKey->text().trimmed());
    }
    return fields;
}

void ApiKeyDialog::submit()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_error->hide();
    setBusy(true);
    m_client->connectApiKey(m_provider.id, fields(), m_label->text().trimmed());
}

void ApiKeyDialog::onFinished(const QString& flowId, const ConnectOutcome& outcome)
{
    // API-key answers carry no flow id; the dialog is modal, so the one for this provider is ours.
    if (!m_busy || !flowId.isEmpty() || outcome.provider != m_provider.id)
        return;
    setBusy(false);
    if (outcome.ok()) {
        emit connected(outcome);
        accept();
        return;
    }
    m_error->setText(outcome.error.message);
    m_error->show();
    QLineEdit* focus = m_secretKey ? m_secretKey
        : (m_mode->currentIndex() == ApiKey ? m_apiKeySecret : m_authToken);
    focus->setFocus();
    focus->selectAll();
}

void ApiKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setReadOnly(busy);
    if (m_mode)
        m_mode->setEnabled(!busy);
    updateFields();
}

QString ApiKeyDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace sb::ui
