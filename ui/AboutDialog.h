#pragma once

#include "core/AgentTypes.h"

#include <QDialog>

namespace sb::ui {

// Versions of Switchboard and the libraries it runs on (support staff ask for these first) and the license.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const sb::AgentStatus& status, QWidget* parent = nullptr);
};

} // namespace sb::ui
