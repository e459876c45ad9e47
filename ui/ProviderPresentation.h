#pragma once

#include "core/AgentTypes.h"

#include <QCoreApplication>
#include <QIcon>

namespace sb::ui {

// How the console shows a catalog provider: its icon and its sign-in kind in words.
class ProviderPresentation
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::ProviderPresentation)
public:
    // The catalog's icon when it can be read; otherwise a badge with the provider's initial in its brand colour
    // (the catalog may ship SVGs, which this Qt cannot read without the SVG plugin).
    [[nodiscard]] static QIcon icon(const ProviderSummary& provider);
    [[nodiscard]] static QIcon badge(const QString& id, const QString& displayName);
    [[nodiscard]] static QString authKindText(const QString& authKind);
    [[nodiscard]] static QString displayName(const QString& id);
};

} // namespace sb::ui
