#pragma once

// Helpers for the console's GUI tests: a private QSettings location and screenshots into SB_TEST_OUTPUT_DIR.

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace sb::test {

// Keeps the console's preferences (language, tray) of a test run away from the user's own.
inline void isolateSettings(const QString& folder)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

// Saves what `widget` shows as SB_TEST_OUTPUT_DIR/<name>.png, for a person to look at.
inline bool saveScreenshot(QWidget* widget, const QString& name)
{
    const QString path = QDir(QStringLiteral(SB_TEST_OUTPUT_DIR)).filePath(name + QStringLiteral(".png"));
    const bool saved = widget->grab().save(path);
    if (!saved)
        qWarning("could not save %s", qPrintable(path));
    return saved;
}

} // namespace sb::test
