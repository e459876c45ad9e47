#include "connections/AccountRow.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

// A label edited in place: Enter saves, Escape puts the saved text back.
class InlineEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    QString saved;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Escape && text() != saved) {
            setText(saved);
            event->accept();
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

QLabel* wrapped(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccountRow::AccountRow(const ConnectionInfo& connection, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("accountRow_%1").arg(connection.id));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid palette(mid);"
                                 " border-radius: 4px; }")
                      .arg(objectName()));

    m_banner = wrapped(this, QStringLiteral("reconnectBanner"));
    m_banner->setStyleSheet(QStringLiteral("background: #fde2e1; color: #8a1c14; border: 1px solid #f1a9a4;"
                                           " border-radius: 3px; padding: 6px;"));
    m_state = wrapped(this, QStringLiteral("stateLabel"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_default = new QLabel(tr("★ Default account"), this);
    m_default->setObjectName(QStringLiteral("defaultMarker"));
    m_default->setToolTip(tr("Tools use this account unless they name another."));
    m_default->setStyleSheet(QStringLiteral("color: #9a6700;"));

    auto* labelEdit = new InlineEdit(this);
    m_label = labelEdit;
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setPlaceholderText(tr("Add a label, e.g. Sales inbox"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setToolTip(tr("Your name for this account. Press Enter to save, Escape to undo."));
    m_label->setMaxLength(80);

    m_scopes = wrapped(this, QStringLiteral("scopesLabel"));
    m_since = wrapped(this, QStringLiteral("sinceLabel"));
    m_since->setForegroundRole(QPalette::PlaceholderText);
    m_warning = wrapped(this, QStringLiteral("warningLabel"));
    m_warning->setStyleSheet(QStringLiteral("color: #7a5200; background: #fff4d6; border-radius: 3px; padding: 4px;"));
    m_result = wrapped(this, QStringLiteral("resultLabel"));

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("rowBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumSize(80, 8);
    m_busy->hide();

    m_makeDefault = new QPushButton(tr("Make default"), this);
    m_makeDefault->setObjectName(QStringLiteral("makeDefaultButton"));
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setToolTip(tr("Ask the provider whether this account still works"));
    m_reconnect = new QPushButton(tr("&Reconnect"), this);
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_disconnect = new QPushButton(tr("&Disconnect"), this);
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_default);
    auto* labelRow = new QHBoxLayout;
    labelRow->addWidget(new QLabel(tr("Label:"), this));
    labelRow->addWidget(m_label, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_result, 1);
    buttons->addStretch(); // keeps the buttons at their natural size on the right while there is no result
    buttons->addWidget(m_busy);
    buttons->addWidget(m_makeDefault);
    buttons->addWidget(m_test);
    buttons->addWidget(m_reconnect);
    buttons->addWidget(m_disconnect);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addLayout(labelRow);
    layout->addWidget(m_scopes);
    layout->addWidget(m_since);
    layout->addWidget(m_warning);
    layout->addLayout(buttons);

    connect(m_label, &QLineEdit::editingFinished, this, &AccountRow::commitLabel);
    connect(m_makeDefault, &QPushButton::clicked, this, [this] { emit makeDefaultRequested(m_connection.id); });
    connect(m_test, &QPushButton::clicked, this, [this] { emit testRequested(m_connection.id); });
    connect(m_reconnect, &QPushButton::clicked, this, [this] { emit reconnectRequested(m_connection.id); });
    connect(m_disconnect, &QPushButton::clicked, this, [this] { emit disconnectRequested(m_connection.id); });

    setConnection(connection, false);
    m_result->hide();
}

void AccountRow::setConnection(const ConnectionInfo& connection, bool oneOfSeveral)
{
    m_connection = connection;
    const bool needsReconnect = connection.state == QLatin1String("needs_reconnect");
    const bool error = connection.state != QLatin1String("connected") && !needsReconnect;

    m_banner->setVisible(needsReconnect);
    if (needsReconnect)
        m_banner->setText(tr("<b>%1 must be reconnected.</b> %2 Tools cannot use it until you press Reconnect.")
                              .arg(connection.account.toHtmlEscaped(), connection.stateReason.toHtmlEscaped()));
    // The banner carries the reason; the state line stays short then.
    m_state->setText(needsReconnect ? tr("Needs reconnect") : connection.stateText());
    m_state->setStyleSheet(error || needsReconnect ? QStringLiteral("color: #8a1c14;") : QString());

    auto* edit = static_cast<InlineEdit*>(m_label);
    edit->saved = connection.label;
    if (!m_label->hasFocus() || m_label->text() == connection.label)
        m_label->setText(connection.label);

    m_default->setVisible(connection.isDefault);
    m_makeDefault->setVisible(!connection.isDefault && oneOfSeveral);

    QStringList words;
    for (qsizetype i = 0; i < connection.scopes.size(); ++i)
        words << connection.scopeDescriptions.value(i, connection.scopes.at(i));
    m_scopes->setText(words.isEmpty() ? QString() : tr("Allowed: %1").arg(words.join(QStringLiteral("; "))));
    m_scopes->setVisible(!words.isEmpty());
    m_scopes->setToolTip(connection.scopes.join(QLatin1Char(' ')));

    m_since->setText(connection.connectedSince.isValid()
                         ? tr("Connected since %1")
                               .arg(QLocale().toString(connection.connectedSince.toLocalTime(), QLocale::ShortFormat))
                         : QString());
    m_warning->setText(connection.warning);
    m_warning->setVisible(!connection.warning.isEmpty());
    m_reconnect->setDefault(needsReconnect); // drawn as the button to press
}

void AccountRow::setBusy(bool busy, const QString& words)
{
    m_busy->setVisible(busy);
    for (QPushButton* button : {m_makeDefault, m_test, m_reconnect, m_disconnect})
        button->setEnabled(!busy);
    if (busy) {
        m_result->setStyleSheet(QString());
        m_result->setText(words);
        m_result->setVisible(!words.isEmpty());
    }
}

void AccountRow::showResult(bool ok, const QString& words)
{
    setBusy(false);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1e7b34;") : QStringLiteral("color: #8a1c14;"));
    m_result->setText(words);
    m_result->setVisible(!words.isEmpty());
}

void AccountRow::commitLabel()
{
    const QString label = m_label->text().trimmed();
    auto* edit = static_cast<InlineEdit*>(m_label);
    if (label == edit->saved)
        return;
    edit->saved = label;
    emit renameRequested(m_connection.id, label);
}

} // namespace sb::ui
