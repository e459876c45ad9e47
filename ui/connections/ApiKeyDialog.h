#pragma once

#include "core/AgentTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace sb {
class AgentClient;
}

namespace sb::ui {

// Connects an API-key provider: Twilio (Account SID + Auth Token, or API key SID + secret + Account SID) or Stripe
// (secret or restricted key). Secrets are masked unless the user ticks "Show"; the agent checks them with the
// provider before anything is saved, and a refusal is shown here in the provider's words.
class ApiKeyDialog : public QDialog
{
    Q_OBJECT
public:
    ApiKeyDialog(AgentClient* client, const sb::ProviderSummary& provider, const QString& label = {},
                 QWidget* parent = nullptr);

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }

signals:
    void connected(const sb::ConnectOutcome& outcome);

private:
    QLineEdit* addField(const QString& name, const QString& label, bool secret, const QString& placeholder);
    void buildTwilio();
    void buildStripe();
    void updateFields();
    void submit();
    void onFinished(const QString& flowId, const sb::ConnectOutcome& outcome);
    void setBusy(bool busy);
    [[nodiscard]] QMap<QString, QString> fields() const;

    AgentClient* m_client;
    sb::ProviderSummary m_provider;
    bool m_busy = false;
    QFormLayout* m_form = nullptr;
    QComboBox* m_mode = nullptr; // Twilio: Auth Token or API key
    QLineEdit* m_accountSid = nullptr;
    QLineEdit* m_authToken = nullptr;
    QLineEdit* m_apiKeySid = nullptr;
    QLineEdit* m_apiKeySecret = nullptr;
    QLineEdit* m_secretKey = nullptr;
    QLineEdit* m_label = nullptr;
    QCheckBox* m_show = nullptr;
    QList<QLineEdit*> m_secrets;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sb::ui
