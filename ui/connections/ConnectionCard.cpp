#include "connections/ConnectionCard.h"

#include "ProviderPresentation.h"
#include "connections/AccountRow.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

ConnectionCard::ConnectionCard(const ProviderSummary& provider, QWidget* parent)
    : QFrame(parent)
    , m_provider(provider)
{
    setObjectName(QStringLiteral("card_%1").arg(provider.id));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(window); border: 1px solid palette(mid);"
                                 " border-radius: 6px; }")
                      .arg(objectName()));

    m_logo = new QLabel(this);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("providerName"));
    QFont font = m_name->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_name->setFont(font);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cardState"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_setup = new QPushButton(tr("Provider &settings…"), this);
    m_setup->setObjectName(QStringLiteral("setupButton"));
    m_setup->setToolTip(tr("Issuer or endpoints, client id and secret, scopes"));

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("cardBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumSize(120, 8);
    m_busyText = new QLabel(this);
    m_busyText->setObjectName(QStringLiteral("cardBusyText"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cardMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_name);
    titles->addWidget(m_summary);
    auto* header = new QHBoxLayout;
    header->addWidget(m_logo, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    header->addWidget(m_setup, 0, Qt::AlignTop);
    header->addWidget(m_connect, 0, Qt::AlignTop);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_busyText, 1);

    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addLayout(header);
    layout->addLayout(busyRow);
    layout->addWidget(m_message);
    layout->addLayout(m_rowsLayout);

    connect(m_connect, &QPushButton::clicked, this, [this] { emit connectRequested(m_provider.id); });
    connect(m_setup, &QPushButton::clicked, this, [this] { emit setupRequested(m_provider.id); });

    setProvider(provider);
    setBusy(false);
    showMessage(QString());
    setConnections({});
}

void ConnectionCard::setProvider(const ProviderSummary& provider)
{
    m_provider = provider;
    m_logo->setPixmap(ProviderPresentation::icon(provider).pixmap(40, 40));
    m_name->setText(provider.displayName.isEmpty() ? ProviderPresentation::displayName(provider.id)
                                                   : provider.displayName);
    m_setup->setVisible(provider.id == QLatin1String("generic"));
    m_connect->setAccessibleName(tr("Connect %1").arg(m_name->text()));
}

void ConnectionCard::setConnections(const QList<ConnectionInfo>& connections)
{
    // Rows are kept by id so a label being edited keeps its focus across refreshes.
    QList<AccountRow*> kept;
    for (AccountRow* row : std::as_const(m_rows)) {
        const bool stays = std::any_of(connections.begin(), connections.end(),
                                       [row](const ConnectionInfo& c) { return c.id == row->connection().id; });
        if (stays)
            kept << row;
        else {
            row->hide();
            row->deleteLater();
        }
    }
    m_rows.clear();
    for (const ConnectionInfo& connection : connections) {
        auto found = std::find_if(kept.begin(), kept.end(),
                                  [&](AccountRow* row) { return row->connection().id == connection.id; });
        AccountRow* row = found != kept.end() ? *found : nullptr;
        if (!row) {
            row = new AccountRow(connection, this);
            emit rowAdded(row);
        }
        row->show(); // at once: a layout shows a widget added to a visible parent only on the next event loop turn
        row->setConnection(connection, connections.size() > 1);
        m_rowsLayout->removeWidget(row);
        m_rowsLayout->addWidget(row);
        m_rows << row;
    }

    const auto needing = std::count_if(connections.begin(), connections.end(), [](const ConnectionInfo& c) {
        return c.state == QLatin1String("needs_reconnect");
    });
    QString state = connections.isEmpty() ? tr("Not connected")
                                          : tr("%n account(s) connected", nullptr, int(connections.size()));
    if (needing > 0)
        state += QStringLiteral(" · ") + tr("%n must be reconnected", nullptr, int(needing));
    QStringList parts{ProviderPresentation::authKindText(m_provider.authKind)};
    if (!m_provider.tools.isEmpty())
        parts << tr("%n tool(s)", nullptr, int(m_provider.tools.size()));
    parts << state;
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_connect->setText(connections.isEmpty() ? tr("&Connect") : tr("&Add another account"));
}

AccountRow* ConnectionCard::row(qint64 id) const
{
    for (AccountRow* row : m_rows)
        if (row->connection().id == id)
            return row;
    return nullptr;
}

void ConnectionCard::setBusy(bool busy, const QString& words)
{
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    m_busyText->setText(words);
    m_connect->setEnabled(!busy);
    m_setup->setEnabled(!busy);
    for (AccountRow* row : std::as_const(m_rows))
        row->setEnabled(!busy);
}

void ConnectionCard::showMessage(const QString& words, bool error)
{
    m_message->setText(words);
    m_message->setStyleSheet(error ? QStringLiteral("color: #8a1c14;") : QStringLiteral("color: #1e5b2e;"));
    m_message->setVisible(!words.isEmpty());
}

QString ConnectionCard::message() const
{
    return m_message->text();
}

} // namespace sb::ui
