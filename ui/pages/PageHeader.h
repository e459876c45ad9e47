#pragma once

#include <QWidget>

class QIcon;

namespace sb::ui {

// The title row every page starts with: icon, title (objectName "pageTitle", tests read it) and a one-line summary.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    PageHeader(const QIcon& icon, const QString& title, const QString& summary, QWidget* parent = nullptr);
};

} // namespace sb::ui
