#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sb::ui {

// The "Signing in" box of the Settings page: "Always use my browser" and "Open sign-in pages with" (the system's
// default browser or a command with %u). Saved as soon as they change (SignInSettings).
class SignInSettingsGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit SignInSettingsGroup(QWidget* parent = nullptr);

private:
    void showCommandRow(bool command);
    void saveCommand();

    QCheckBox* m_always = nullptr;
    QComboBox* m_openWith = nullptr;
    QLineEdit* m_command = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace sb::ui
