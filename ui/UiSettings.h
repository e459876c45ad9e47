#pragma once

#include <QString>

namespace sb::ui {

// The console's own preferences, kept with QSettings under the shared application identity. The agent's settings
// live in its database; these only change how the window behaves.
class UiSettings
{
public:
    // "" means the system's language.
    [[nodiscard]] static QString language();
    static void setLanguage(const QString& code);

    // Closing the window hides it to the tray (when there is one) instead of quitting. On by default.
    [[nodiscard]] static bool keepInTray();
    static void setKeepInTray(bool keep);
};

} // namespace sb::ui
