#include "audit/AuditFilterBar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace sb::ui {

namespace {

constexpr int kSearchDelayMs = 250;
const QString kGroup = QStringLiteral("auditPage/filter");

// Replaces a combo's choices after its first ("All …") entry, keeping the chosen value even when it is no longer
// offered (a filter restored from the settings must stay exactly what it was).
void setChoices(QComboBox* combo, const QList<std::pair<QString, QVariant>>& choices)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto& [text, value] : choices)
        combo->addItem(text, value);
    int index = combo->findData(current);
    if (index < 0 && current.isValid() && !current.toString().isEmpty()) {
        combo->addItem(current.toString(), current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

void selectData(QComboBox* combo, const QVariant& value)
{
    int index = combo->findData(value);
    if (index < 0 && value.isValid() && !value.toString().isEmpty() && value.toString() != QLatin1String("0")) {
        combo->addItem(value.toString(), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
{
    m_restoring = true; // filling the combos below is no change of the user's
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &AuditFilterBar::changed);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search inputs, outputs and errors (Ctrl+F)"));
    m_search->setAccessibleName(tr("Full-text search"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        changed();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) // the clear button
            m_searchDelay.start();
    });

    m_range = combo(QStringLiteral("rangeCombo"), tr("Time range"));
    m_range->addItem(tr("Last hour"), int(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(Range::LastDay));
    m_range->addItem(tr("Last 7 days"), int(Range::LastWeek));
    m_range->addItem(tr("Last 30 days"), int(Range::LastMonth));
    m_range->addItem(tr("All time"), int(Range::AllTime));
    m_range->addItem(tr("Custom…"), int(Range::Custom));
    m_range->setCurrentIndex(m_range->findData(int(Range::AllTime)));
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1));
    m_until = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600));
    for (auto [edit, name, accessible] : {std::tuple{m_since, "sinceEdit", tr("From")}, {m_until, "untilEdit", tr("Until")}}) {
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AuditFilterBar::changed);
    }
    connect(m_range, &QComboBox::currentIndexChanged, this, &AuditFilterBar::rangeChanged);

    m_kind = combo(QStringLiteral("kindCombo"), tr("Record kind"));
    m_kind->addItem(tr("All records"), QString());
    m_kind->addItem(tr("Tool executions"), QStringLiteral("tool"));
    m_kind->addItem(tr("Connection events"), QStringLiteral("connection"));
    m_kind->addItem(tr("Admin events"), QStringLiteral("admin"));
    m_status = combo(QStringLiteral("statusCombo"), tr("Outcome"));
    m_status->addItem(tr("Any outcome"), QString());
    m_status->addItem(tr("Success"), audit_status::Success);
    m_status->addItem(tr("Failed"), audit_status::Failed);
    m_status->addItem(tr("Interrupted"), audit_status::Interrupted);
    m_status->addItem(tr("Running"), audit_status::Pending);
    m_caller = combo(QStringLiteral("callerCombo"), tr("Caller"));
    m_caller->addItem(tr("All callers"), QString());
    m_tool = combo(QStringLiteral("toolCombo"), tr("Tool or event"));
    m_tool->addItem(tr("All tools and events"), QString());
    m_provider = combo(QStringLiteral("providerCombo"), tr("Provider"));
    m_provider->addItem(tr("All providers"), QString());
    m_connection = combo(QStringLiteral("connectionCombo"), tr("Account"));
    m_connection->addItem(tr("All accounts"), qint64(0));

    m_clear = new QPushButton(tr("Clear filters"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clear);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_search, 0, 0, 1, 3);
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(m_since);
    rangeRow->addWidget(m_until);
    grid->addLayout(rangeRow, 0, 3, 1, 3);
    grid->addWidget(m_kind, 1, 0);
    grid->addWidget(m_status, 1, 1);
    grid->addWidget(m_caller, 1, 2);
    grid->addWidget(m_tool, 1, 3);
    grid->addWidget(m_provider, 1, 4);
    grid->addWidget(m_connection, 1, 5);
    grid->addWidget(m_clear, 0, 6);
    for (int column = 0; column < 6; ++column)
        grid->setColumnStretch(column, 1);
    m_restoring = false;
    rangeChanged();
    m_clear->setEnabled(isFiltered());
}

QComboBox* AuditFilterBar::combo(const QString& objectName, const QString& accessibleName)
{
    auto* box = new QComboBox;
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    connect(box, &QComboBox::currentIndexChanged, this, &AuditFilterBar::changed);
    return box;
}

void AuditFilterBar::rangeChanged()
{
    const bool custom = m_range->currentData().toInt() == int(Range::Custom);
    m_since->setVisible(custom);
    m_until->setVisible(custom);
}

void AuditFilterBar::changed()
{
    if (m_restoring)
        return;
    m_clear->setEnabled(isFiltered());
    save();
    emit filterChanged();
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter filter;
    filter.search = m_search->text().trimmed();
    filter.kind = m_kind->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.caller = m_caller->currentData().toString();
    filter.tool = m_tool->currentData().toString();
    filter.provider = m_provider->currentData().toString();
    filter.connectionId = m_connection->currentData().toLongLong();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (Range(m_range->currentData().toInt())) {
    case Range::LastHour:
        filter.since = now.addSecs(-3600);
        break;
    case Range::LastDay:
        filter.since = now.addDays(-1);
        break;
    case Range::LastWeek:
        filter.since = now.addDays(-7);
        break;
    case Range::LastMonth:
        filter.since = now.addDays(-30);
        break;
    case Range::AllTime:
        break;
    case Range::Custom:
        filter.since = m_since->dateTime().toUTC();
        filter.until = m_until->dateTime().toUTC();
        break;
    }
    return filter;
}

bool AuditFilterBar::isFiltered() const
{
    return !m_search->text().trimmed().isEmpty() || m_range->currentData().toInt() != int(Range::AllTime)
           || m_kind->currentIndex() > 0 || m_status->currentIndex() > 0 || m_caller->currentIndex() > 0
           || m_tool->currentIndex() > 0 || m_provider->currentIndex() > 0 || m_connection->currentIndex() > 0;
}

void AuditFilterBar::setOptions(const AuditFilterOptions& options)
{
    QList<std::pair<QString, QVariant>> callers;
    for (const QString& caller : options.callers)
        callers.append({caller, caller});
    setChoices(m_caller, callers);
    QList<std::pair<QString, QVariant>> tools;
    for (const QString& tool : options.tools)
        tools.append({tool, tool});
    for (const QString& event : options.events)
        tools.append({event, event});
    setChoices(m_tool, tools);
}

void AuditFilterBar::setProviders(const QList<ProviderSummary>& providers)
{
    QList<std::pair<QString, QVariant>> choices;
    for (const ProviderSummary& provider : providers)
        choices.append({provider.displayName, provider.id});
    setChoices(m_provider, choices);
}

void AuditFilterBar::setConnections(const QList<ConnectionInfo>& connections)
{
    QList<std::pair<QString, QVariant>> choices;
    for (const ConnectionInfo& connection : connections)
        choices.append({tr("%1 · %2").arg(connection.displayName,
                                          connection.label.isEmpty() ? connection.account : connection.label),
                        connection.id});
    setChoices(m_connection, choices);
}

void AuditFilterBar::save() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("search"), m_search->text());
    settings.setValue(QStringLiteral("range"), m_range->currentData());
    settings.setValue(QStringLiteral("since"), m_since->dateTime().toUTC());
    settings.setValue(QStringLiteral("until"), m_until->dateTime().toUTC());
    settings.setValue(QStringLiteral("kind"), m_kind->currentData());
    settings.setValue(QStringLiteral("status"), m_status->currentData());
    settings.setValue(QStringLiteral("caller"), m_caller->currentData());
    settings.setValue(QStringLiteral("tool"), m_tool->currentData());
    settings.setValue(QStringLiteral("provider"), m_provider->currentData());
    settings.setValue(QStringLiteral("connection"), m_connection->currentData());
}

void AuditFilterBar::restore()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!settings.contains(QStringLiteral("range")))
        return;
    m_restoring = true;
    m_search->setText(settings.value(QStringLiteral("search")).toString());
    selectData(m_range, settings.value(QStringLiteral("range")).toInt());
    m_since->setDateTime(settings.value(QStringLiteral("since")).toDateTime().toLocalTime());
    m_until->setDateTime(settings.value(QStringLiteral("until")).toDateTime().toLocalTime());
    selectData(m_kind, settings.value(QStringLiteral("kind")).toString());
    selectData(m_status, settings.value(QStringLiteral("status")).toString());
    selectData(m_caller, settings.value(QStringLiteral("caller")).toString());
    selectData(m_tool, settings.value(QStringLiteral("tool")).toString());
    selectData(m_provider, settings.value(QStringLiteral("provider")).toString());
    selectData(m_connection, settings.value(QStringLiteral("connection")).toLongLong());
    m_restoring = false;
    rangeChanged();
    m_clear->setEnabled(isFiltered());
}

void AuditFilterBar::clear()
{
    m_restoring = true;
    m_search->clear();
    m_range->setCurrentIndex(m_range->findData(int(Range::AllTime)));
    for (QComboBox* box : {m_kind, m_status, m_caller, m_tool, m_provider, m_connection})
        box->setCurrentIndex(0);
    m_restoring = false;
    m_searchDelay.stop();
    changed();
}

void AuditFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace sb::ui
