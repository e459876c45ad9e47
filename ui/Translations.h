#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace sb::ui {

// Loads the console's compiled-in translation (:/i18n/switchboard_<lang>.qm) and Qt's own for the same language,
// and removes them again when destroyed.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject* parent = nullptr);
    ~Translations() override;

    // The languages with an embedded translation ("de", "en").
    [[nodiscard]] static QStringList available();
    // The language to use: the --lang flag, else the saved choice, else the system's (as a code; may be "").
    [[nodiscard]] static QString choose(const QString& flag, const QString& saved);

    // Installs the translation for `language` (empty: the system's). False when there is none for it, in which case
    // the console stays in English (with the English .qm installed for its plural forms).
    bool install(const QString& language);

private:
    void removeAll();

    QList<QTranslator*> m_installed;
};

} // namespace sb::ui
