#pragma once

#include <QListWidget>

namespace sb::ui {

// The page list on the left: one entry per page, keyboard navigable (arrows, Home/End), each with an icon.
class Sidebar : public QListWidget
{
    Q_OBJECT
public:
    explicit Sidebar(QWidget* parent = nullptr);

    void addPage(const QString& id, const QIcon& icon, const QString& title);
    [[nodiscard]] QString pageId(int row) const;
    [[nodiscard]] int rowOf(const QString& id) const;

    [[nodiscard]] QSize sizeHint() const override;
};

} // namespace sb::ui
