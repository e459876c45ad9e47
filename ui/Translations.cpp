#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sb::ui {

namespace {
const auto kResourceDir = QStringLiteral(":/i18n");
}

Translations::Translations(QObject* parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    removeAll();
}

QStringList Translations::available()
{
    QStringList codes;
    const auto files = QDir(kResourceDir).entryList({QStringLiteral("switchboard_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        codes << file.mid(int(qstrlen("switchboard_"))).chopped(3);
    return codes;
}

QString Translations::choose(const QString& flag, const QString& saved)
{
    return !flag.isEmpty() ? flag : saved;
}

bool Translations::install(const QString& language)
{
    removeAll();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);

    auto* own = new QTranslator(this);
    // QTranslator::load(QLocale…) walks the locale's UI languages (de_AT → de) and takes the first file found.
    if (!own->load(locale, QStringLiteral("switchboard"), QStringLiteral("_"), kResourceDir)) {
        // English is the source language, but its .qm carries the plural forms ("1 tool", "2 tools").
        if (own->load(QStringLiteral("switchboard_en"), kResourceDir)) {
            QCoreApplication::installTranslator(own);
            m_installed << own;
        } else {
            delete own;
        }
        return false;
    }
    QCoreApplication::installTranslator(own);
    m_installed << own;

    // Qt's own strings (standard buttons, context menus) when the system has them; missing ones are harmless.
    auto* qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_installed << qt;
    } else {
        delete qt;
    }
    return true;
}

void Translations::removeAll()
{
    for (QTranslator* translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

} // namespace sb::ui
