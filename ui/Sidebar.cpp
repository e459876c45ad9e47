#include "Sidebar.h"

namespace sb::ui {

Sidebar::Sidebar(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setIconSize(QSize(24, 24));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setSpacing(1);
    // A quiet panel colour that follows the style's palette (dark themes included).
    setStyleSheet(QStringLiteral("QListWidget#sidebar { background: palette(window); padding: 8px 6px; }"
                                 "QListWidget#sidebar::item { padding: 6px 8px; border-radius: 6px; }"
                                 "QListWidget#sidebar::item:selected { background: palette(highlight);"
                                 " color: palette(highlighted-text); }"));
}

void Sidebar::addPage(const QString& id, const QIcon& icon, const QString& title)
{
    auto* item = new QListWidgetItem(icon, title, this);
    item->setData(Qt::UserRole, id);
    item->setToolTip(title);
}

QString Sidebar::pageId(int row) const
{
    const QListWidgetItem* entry = item(row);
    return entry ? entry->data(Qt::UserRole).toString() : QString();
}

int Sidebar::rowOf(const QString& id) const
{
    for (int row = 0; row < count(); ++row)
        if (pageId(row) == id)
            return row;
    return -1;
}

QSize Sidebar::sizeHint() const
{
    // Wide enough for the longest title in the current language, plus the style sheet's padding.
    return {qMax(170, sizeHintForColumn(0) + 40), QListWidget::sizeHint().height()};
}

} // namespace sb::ui
