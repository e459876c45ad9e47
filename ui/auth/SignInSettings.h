#pragma once

#include <QString>
#include <QUrl>

namespace sb::ui {

// The console's sign-in preferences (QSettings): whether every provider's page opens in the user's own browser, and
// which program opens it. The agent never sees them: they only decide where the console shows a URL.
class SignInSettings
{
public:
    // Off by default: providers that allow it sign in inside Switchboard (an isolated, cookie-free window).
    [[nodiscard]] static bool alwaysUseSystemBrowser();
    static void setAlwaysUseSystemBrowser(bool always);

    // "" = the system's default browser; otherwise a command line containing %u (the URL, as one argument).
    [[nodiscard]] static QString openWithCommand();
    static void setOpenWithCommand(const QString& command);

    // A command is usable when it names a program and has %u in one of its arguments.
    [[nodiscard]] static bool isValidCommand(const QString& command);
    // program + arguments with every %u replaced by the URL; empty when the command is not usable.
    [[nodiscard]] static QStringList commandFor(const QString& command, const QUrl& url);
};

} // namespace sb::ui
