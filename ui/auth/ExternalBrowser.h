#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QUrl>

namespace sb::ui {

// Hands a sign-in URL to the user's browser: the "Open sign-in pages with" command when one is set (started
// detached, the URL as one argument, no shell), otherwise the desktop's default handler.
class ExternalBrowser
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::ExternalBrowser)
public:
    [[nodiscard]] static sb::Status open(const QUrl& url);
};

} // namespace sb::ui
