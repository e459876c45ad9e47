#include "auth/ExternalBrowser.h"

#include "auth/SignInSettings.h"

#include <QDesktopServices>
#include <QProcess>

namespace sb::ui {

Status ExternalBrowser::open(const QUrl& url)
{
    const QString command = SignInSettings::openWithCommand();
    if (!command.isEmpty()) {
        QStringList parts = SignInSettings::commandFor(command, url);
        if (parts.isEmpty())
            return fail(QStringLiteral("browser_command"),
                        tr("The \"Open sign-in pages with\" command has no %u. Fix it in Settings, or copy the "
                           "address below into your browser."));
        const QString program = parts.takeFirst();
        if (!QProcess::startDetached(program, parts))
            return fail(QStringLiteral("browser_command"),
                        tr("\"%1\" could not be started. Check \"Open sign-in pages with\" in Settings, or copy "
                           "the address below into your browser.")
                            .arg(program));
        return {};
    }
    if (!QDesktopServices::openUrl(url))
        return fail(QStringLiteral("browser_open"),
                    tr("No browser could be opened. Copy the address below into your browser."));
    return {};
}

} // namespace sb::ui
