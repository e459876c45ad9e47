#include "pages/ComingPage.h"

#include "pages/PageHeader.h"

#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace sb::ui {

ComingPage::ComingPage(const QIcon& icon, const QString& title, const QString& summary, const QStringList& plans,
                       QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(new PageHeader(icon, title, summary, this));

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("comingCard"));
    card->setFrameShape(QFrame::StyledPanel);
    auto* cardLayout = new QVBoxLayout(card);
    auto* badge = new QLabel(tr("Coming next"), card);
    badge->setObjectName(QStringLiteral("comingBadge"));
    badge->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #7a5200; border-radius: 4px;"
                                        " padding: 2px 8px; font-weight: bold; }"));
    cardLayout->addWidget(badge, 0, Qt::AlignLeft);
    auto* intro = new QLabel(tr("This page will let you:"), card);
    cardLayout->addWidget(intro);
    QString items;
    for (const QString& plan : plans)
        items += QStringLiteral("<li>%1</li>").arg(plan.toHtmlEscaped());
    auto* list = new QLabel(QStringLiteral("<ul style=\"margin-left: -20px\">%1</ul>").arg(items), card);
    list->setObjectName(QStringLiteral("comingPlans"));
    list->setWordWrap(true);
    cardLayout->addWidget(list);
    layout->addWidget(card);

    m_content = new QVBoxLayout;
    layout->addLayout(m_content, 1);
    layout->addStretch();
}

} // namespace sb::ui
