#pragma once

#include "pages/ComingPage.h"

namespace sb::ui {

// The audit log (not built yet): says what it will do.
class AuditPage : public ComingPage
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget* parent = nullptr);
};

} // namespace sb::ui
