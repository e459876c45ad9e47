#pragma once

#include "pages/ComingPage.h"

namespace sb::ui {

// Tool statistics (not built yet): says what it will do.
class StatsPage : public ComingPage
{
    Q_OBJECT
public:
    explicit StatsPage(QWidget* parent = nullptr);
};

} // namespace sb::ui
