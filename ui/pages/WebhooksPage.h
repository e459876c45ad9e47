#pragma once

#include "pages/ComingPage.h"

namespace sb::ui {

// Webhooks (not built yet): says what it will do.
class WebhooksPage : public ComingPage
{
    Q_OBJECT
public:
    explicit WebhooksPage(QWidget* parent = nullptr);
};

} // namespace sb::ui
