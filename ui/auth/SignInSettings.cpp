#include "auth/SignInSettings.h"

#include <QProcess>
#include <QSettings>

namespace sb::ui {

namespace {
const auto kAlwaysSystem = QStringLiteral("signIn/alwaysUseMyBrowser");
const auto kOpenWith = QStringLiteral("signIn/openWith");
const auto kPlaceholder = QStringLiteral("%u");
} // namespace

bool SignInSettings::alwaysUseSystemBrowser()
{
    return QSettings().value(kAlwaysSystem, false).toBool();
}

void SignInSettings::setAlwaysUseSystemBrowser(bool always)
{
    QSettings().setValue(kAlwaysSystem, always);
}

QString SignInSettings::openWithCommand()
{
    return QSettings().value(kOpenWith).toString().trimmed();
}

void SignInSettings::setOpenWithCommand(const QString& command)
{
    QSettings().setValue(kOpenWith, command.trimmed());
}

bool SignInSettings::isValidCommand(const QString& command)
{
    const QStringList parts = QProcess::splitCommand(command);
    if (parts.size() < 2)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (parts.at(i).contains(kPlaceholder))
            return true;
    return false;
}

QStringList SignInSettings::commandFor(const QString& command, const QUrl& url)
{
    if (!isValidCommand(command))
        return {};
    // Split first, substitute after: the URL stays one argument whatever characters it holds (no shell involved).
    QStringList parts = QProcess::splitCommand(command);
    const QString encoded = url.toString(QUrl::FullyEncoded);
    for (qsizetype i = 1; i < parts.size(); ++i)
        parts[i].replace(kPlaceholder, encoded);
    return parts;
}

} // namespace sb::ui
