#include "auth/SignInSettingsGroup.h"

#include "auth/SignInSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sb::ui {

namespace {
enum OpenWith { SystemDefault = 0, Command = 1 };
}

SignInSettingsGroup::SignInSettingsGroup(QWidget* parent)
    : QGroupBox(tr("Signing in"), parent)
{
    setObjectName(QStringLiteral("signInSettings"));
    auto* form = new QFormLayout(this);

    m_always = new QCheckBox(tr("Always use my browser"), this);
    m_always->setObjectName(QStringLiteral("alwaysUseMyBrowserCheck"));
    m_always->setToolTip(tr("Sign in to every provider in your own browser instead of Switchboard's sign-in window. "
                            "Google always uses your browser."));
    m_always->setChecked(SignInSettings::alwaysUseSystemBrowser());
    form->addRow(QString(), m_always);

    m_openWith = new QComboBox(this);
    m_openWith->setObjectName(QStringLiteral("openWithCombo"));
    m_openWith->addItem(tr("System default browser"));
    m_openWith->addItem(tr("A command…"));
    form->addRow(tr("Open sign-in pages with:"), m_openWith);

    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("openWithCommandEdit"));
    m_command->setPlaceholderText(QStringLiteral("firefox --private-window %u"));
    m_command->setClearButtonEnabled(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("openWithNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto* commandBox = new QWidget(this);
    auto* commandLayout = new QVBoxLayout(commandBox);
    commandLayout->setContentsMargins(0, 0, 0, 0);
    commandLayout->addWidget(m_command);
    commandLayout->addWidget(m_note);
    form->addRow(QString(), commandBox);

    const QString saved = SignInSettings::openWithCommand();
    m_command->setText(saved);
    m_openWith->setCurrentIndex(saved.isEmpty() ? SystemDefault : Command);
    showCommandRow(!saved.isEmpty());

    connect(m_always, &QCheckBox::toggled, this, &SignInSettings::setAlwaysUseSystemBrowser);
    connect(m_openWith, &QComboBox::currentIndexChanged, this, [this](int index) {
        showCommandRow(index == Command);
        if (index == SystemDefault)
            SignInSettings::setOpenWithCommand(QString());
        else
            saveCommand();
    });
    connect(m_command, &QLineEdit::editingFinished, this, &SignInSettingsGroup::saveCommand);
    connect(m_command, &QLineEdit::textChanged, this, [this] { saveCommand(); });
}

void SignInSettingsGroup::showCommandRow(bool command)
{
    m_command->setVisible(command);
    m_note->setVisible(command);
}

void SignInSettingsGroup::saveCommand()
{
    const QString command = m_command->text().trimmed();
    if (command.isEmpty()) {
        m_note->setText(tr("Type the program and its options; %u stands for the sign-in address."));
        SignInSettings::setOpenWithCommand(QString());
        return;
    }
    if (!SignInSettings::isValidCommand(command)) {
        // Keep the last good command: a half-typed one must not break the next sign-in.
        m_note->setText(tr("The command needs %u where the sign-in address goes, e.g. \"firefox %u\"."));
        return;
    }
    m_note->setText(tr("Sign-in pages open with: %1").arg(command));
    SignInSettings::setOpenWithCommand(command);
}

} // namespace sb::ui
