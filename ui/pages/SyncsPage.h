#pragma once

#include "pages/ComingPage.h"

namespace sb::ui {

// Syncs (not built yet): says what it will do.
class SyncsPage : public ComingPage
{
    Q_OBJECT
public:
    explicit SyncsPage(QWidget* parent = nullptr);
};

} // namespace sb::ui
