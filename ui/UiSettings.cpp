#include "UiSettings.h"

#include <QSettings>

namespace sb::ui {

namespace {
const auto kLanguage = QStringLiteral("console/language");
const auto kKeepInTray = QStringLiteral("console/keepInTray");
} // namespace

QString UiSettings::language()
{
    return QSettings().value(kLanguage).toString();
}

void UiSettings::setLanguage(const QString& code)
{
    QSettings().setValue(kLanguage, code);
}

bool UiSettings::keepInTray()
{
    return QSettings().value(kKeepInTray, true).toBool();
}

void UiSettings::setKeepInTray(bool keep)
{
    QSettings().setValue(kKeepInTray, keep);
}

} // namespace sb::ui
