#pragma once

#include "core/AgentTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace sb {
class AgentClient;
}

namespace sb::ui {

// The generic OAuth 2.0 / OpenID provider's registration: an issuer (its discovery document names the endpoints) or
// the authorization and token URLs, the client id and secret (masked; empty keeps the stored one or means a public
// client), and the scopes. Saved in the agent (secret in the keychain) before the first Connect.
class GenericProviderDialog : public QDialog
{
    Q_OBJECT
public:
    GenericProviderDialog(AgentClient* client, const sb::ProviderSummary& provider, const QString& reason = {},
                          QWidget* parent = nullptr);

    [[nodiscard]] QString errorText() const;

signals:
    void saved(const QString& provider);

private:
    void showSaved(const sb::ProviderClientSettings& saved);
    void updateFields();
    void submit();
    void showError(const QString& words);
    void setBusy(bool busy);
    [[nodiscard]] sb::ProviderClientSettings settings() const;

    AgentClient* m_client;
    sb::ProviderSummary m_provider;
    bool m_busy = false;
    QFormLayout* m_form = nullptr;
    QRadioButton* m_byIssuer = nullptr;
    QRadioButton* m_byEndpoints = nullptr;
    QLineEdit* m_issuer = nullptr;
    QLineEdit* m_authorize = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_revoke = nullptr;
    QLineEdit* m_userinfo = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_clientSecret = nullptr;
    QLineEdit* m_scopes = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sb::ui
