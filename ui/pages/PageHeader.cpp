#include "pages/PageHeader.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>

namespace sb::ui {

PageHeader::PageHeader(const QIcon& icon, const QString& title, const QString& summary, QWidget* parent)
    : QWidget(parent)
{
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(40, 40));

    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    titleLabel->setFont(font);

    auto* summaryLabel = new QLabel(summary, this);
    summaryLabel->setObjectName(QStringLiteral("pageSummary"));
    summaryLabel->setWordWrap(true);
    summaryLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setHorizontalSpacing(12);
    layout->addWidget(iconLabel, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(titleLabel, 0, 1);
    layout->addWidget(summaryLabel, 1, 1);
    layout->setColumnStretch(1, 1);
}

} // namespace sb::ui
