#include "pages/StatsPage.h"

#include "audit/AuditReader.h"
#include "models/StatsTableModel.h"
#include "pages/PageHeader.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QFrame>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QIcon>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <utility>

namespace sb::ui {

namespace {

constexpr int kThrottleMs = 1000;   // live reloads at most once a second
constexpr int kMaxAxisLabels = 12;  // timeline labels (every n-th bar beyond that)
constexpr int kMaxChartTools = 10;  // the tool chart's bars; the table lists them all
const QColor kSuccessColor(0x2e, 0x9d, 0x57);
const QColor kFailedColor(0xd9, 0x3f, 0x3f);
const auto kSettingsKey = QStringLiteral("stats/range");

QString rangeKey(StatsPage::Range range)
{
    switch (range) {
    case StatsPage::Range::Last24Hours:
        return QStringLiteral("24h");
    case StatsPage::Range::Last7Days:
        return QStringLiteral("7d");
    case StatsPage::Range::Last30Days:
        return QStringLiteral("30d");
    case StatsPage::Range::AllTime:
        return QStringLiteral("all");
    }
    return {};
}

// An axis from 0 with a whole, round step (1, 2, 5 × 10^k) and four or five intervals.
void setCountAxis(QValueAxis* axis, qint64 max)
{
    const double target = std::max<double>(double(max), 4.0) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= target)
            break;
    }
    step = std::max(1.0, step);
    const double top = std::ceil(std::max<double>(double(max), 1.0) / step) * step;
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

StatsPage::StatsPage(AuditReader* reader, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(QIcon(QStringLiteral(":/icons/app/stats.png")), tr("Tool stats"),
                                     tr("How often each tool runs, how often it fails and how long it takes, per "
                                        "tool and per caller.")));

    auto* controls = new QHBoxLayout;
    auto* rangeLabel = new QLabel(tr("&Range:"));
    m_range = new QComboBox;
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItem(tr("Last 24 hours"), QVariant::fromValue(Range::Last24Hours));
    m_range->addItem(tr("Last 7 days"), QVariant::fromValue(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), QVariant::fromValue(Range::Last30Days));
    m_range->addItem(tr("All time"), QVariant::fromValue(Range::AllTime));
    m_range->setAccessibleName(tr("Time range"));
    rangeLabel->setBuddy(m_range);
    {
        const QString saved = QSettings().value(kSettingsKey, rangeKey(Range::Last7Days)).toString();
        int index = 1;
        for (int i = 0; i < m_range->count(); ++i) {
            if (rangeKey(m_range->itemData(i).value<Range>()) == saved)
                index = i;
        }
        m_range->setCurrentIndex(index);
    }
    auto* callerLabel = new QLabel(tr("&Caller:"));
    m_caller = new QComboBox;
    m_caller->setObjectName(QStringLiteral("callerCombo"));
    m_caller->addItem(tr("All callers"), QString());
    m_caller->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_caller->setMinimumContentsLength(18);
    m_caller->setAccessibleName(tr("Caller"));
    m_caller->setToolTip(tr("The assistant, automation or person whose tool executions to count"));
    callerLabel->setBuddy(m_caller);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addSpacing(16);
    controls->addWidget(callerLabel);
    controls->addWidget(m_caller);
    controls->addStretch(1);
    controls->addWidget(m_status);
    layout->addLayout(controls);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e57373; border-radius: 4px;"
                                          " color: #8e0000; padding: 8px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_content = new QWidget;
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(buildKpis());
    contentLayout->addWidget(buildCharts(), 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack = new QStackedWidget;
    m_stack->addWidget(scroll);
    m_stack->addWidget(buildEmptyState());
    layout->addWidget(m_stack, 1);

    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    connect(m_throttle, &QTimer::timeout, this, &StatsPage::reload);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kSettingsKey, rangeKey(range()));
        reload();
    });
    connect(m_caller, &QComboBox::currentIndexChanged, this, &StatsPage::reload);
    if (m_reader) {
        connect(m_reader, &AuditReader::recordsWritten, this, &StatsPage::recordsWritten);
        connect(m_reader, &AuditReader::availableChanged, this, &StatsPage::availabilityChanged);
    }
}

QWidget* StatsPage::buildKpis()
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto tile = [layout](const QString& caption, const QString& objectName, const QString& hint) {
        auto* frame = new QFrame;
        frame->setObjectName(QStringLiteral("kpiTile"));
        frame->setStyleSheet(QStringLiteral("#kpiTile { background: palette(base); border: 1px solid palette(mid);"
                                            " border-radius: 6px; }"));
        auto* captionLabel = new QLabel(caption);
        captionLabel->setForegroundRole(QPalette::PlaceholderText);
        auto* value = new QLabel(QStringLiteral("–"));
        value->setObjectName(objectName);
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.9);
        font.setBold(true);
        value->setFont(font);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(caption);
        value->setToolTip(hint);
        auto* tileLayout = new QVBoxLayout(frame);
        tileLayout->setContentsMargins(14, 10, 14, 10);
        tileLayout->setSpacing(2);
        tileLayout->addWidget(captionLabel);
        tileLayout->addWidget(value);
        layout->addWidget(frame, 1);
        return value;
    };
    m_total = tile(tr("Executions"), QStringLiteral("totalLabel"), tr("Tool executions that finished in the range"));
    m_successRate = tile(tr("Success rate"), QStringLiteral("successRateLabel"),
                         tr("Share of executions that succeeded"));
    m_failed = tile(tr("Failed"), QStringLiteral("failedLabel"),
                    tr("Executions that failed, or were interrupted by an agent crash"));
    m_p50 = tile(tr("Median (p50)"), QStringLiteral("p50Label"),
                 tr("Half of the executions took at most this long"));
    m_p95 = tile(tr("95th percentile (p95)"), QStringLiteral("p95Label"),
                 tr("95 % of the executions took at most this long: the slow tail"));
    return row;
}

QTableView* StatsPage::buildTable(StatsTableModel* model, const QString& objectName, const QString& accessibleName)
{
    auto* proxy = new QSortFilterProxyModel(model);
    proxy->setSourceModel(model);
    proxy->setSortRole(StatsTableModel::SortRole);
    auto* table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(proxy);
    table->setAccessibleName(accessibleName);
    table->setSortingEnabled(true);
    table->sortByColumn(StatsTableModel::ExecutionsColumn, Qt::DescendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(StatsTableModel::NameColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QWidget* StatsPage::buildCharts()
{
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);

    auto* timelineTitle = sectionTitle(tr("Executions over time"));
    m_timelineCaption = new QLabel;
    m_timelineCaption->setObjectName(QStringLiteral("timelineCaption"));
    m_timelineCaption->setForegroundRole(QPalette::PlaceholderText);
    auto* timelineHead = new QHBoxLayout;
    timelineHead->setSpacing(10);
    timelineHead->addWidget(timelineTitle);
    timelineHead->addWidget(m_timelineCaption, 1);
    grid->addLayout(timelineHead, 0, 0, 1, 2);
    m_timelineView = new QChartView(newChart());
    m_timelineView->setObjectName(QStringLiteral("timelineChart"));
    m_timelineView->setRenderHint(QPainter::Antialiasing);
    m_timelineView->setMinimumHeight(250);
    m_timelineView->setAccessibleName(tr("Executions over time, succeeded and failed"));
    m_timelineView->chart()->legend()->setAlignment(Qt::AlignTop);
    grid->addWidget(m_timelineView, 1, 0, 1, 2);

    grid->addWidget(sectionTitle(tr("Per tool")), 2, 0, 1, 2);
    m_toolView = new QChartView(newChart());
    m_toolView->setObjectName(QStringLiteral("toolChart"));
    m_toolView->setRenderHint(QPainter::Antialiasing);
    m_toolView->setAccessibleName(tr("Executions per tool, succeeded and failed; the table beside it has the "
                                     "numbers"));
    m_toolView->chart()->legend()->hide();
    grid->addWidget(m_toolView, 3, 0);
    m_toolModel = new StatsTableModel(tr("Tool"), this);
    m_toolTable = buildTable(m_toolModel, QStringLiteral("toolTable"), tr("Executions per tool"));
    grid->addWidget(m_toolTable, 3, 1, Qt::AlignTop);

    grid->addWidget(sectionTitle(tr("Per caller")), 4, 0, 1, 2);
    m_callerModel = new StatsTableModel(tr("Caller"), this);
    m_callerTable = buildTable(m_callerModel, QStringLiteral("callerTable"), tr("Executions per caller"));
    grid->addWidget(m_callerTable, 5, 0, 1, 2);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 6);
    grid->setRowStretch(6, 1);
    return box;
}

QWidget* StatsPage::buildEmptyState()
{
    m_empty = new QFrame;
    m_empty->setObjectName(QStringLiteral("emptyState"));
    auto* outer = new QVBoxLayout(m_empty);
    outer->addStretch(1);
    auto* panel = new QWidget;
    panel->setMaximumWidth(620);
    auto* layout = new QVBoxLayout(panel);
    layout->setSpacing(10);

    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app/stats.png")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    m_emptyTitle = new QLabel;
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    QFont font = m_emptyTitle->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_emptyTitle->setFont(font);
    layout->addWidget(m_emptyTitle);
    auto* intro = new QLabel(tr("Every tool an assistant, an automation or you run is counted here. To see some:"));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    layout->addWidget(intro);
    layout->addSpacing(6);

    auto step = [layout](const QString& text, QPushButton* button) {
        auto* row = new QWidget;
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(text);
        label->setWordWrap(true);
        rowLayout->addWidget(label, 1);
        if (button)
            rowLayout->addWidget(button, 0, Qt::AlignVCenter);
        layout->addWidget(row);
        return row;
    };
    auto* runTool = new QPushButton(tr("Run a tool…"));
    runTool->setObjectName(QStringLiteral("runToolButton"));
    connect(runTool, &QPushButton::clicked, this, &StatsPage::runToolRequested);
    step(tr("• Run a tool yourself against a connected account."), runTool);
    step(tr("• Point an assistant or automation at the local API: Settings shows its address and API token."),
         nullptr);
    m_longerRange = new QPushButton(tr("Show all time"));
    m_longerRange->setObjectName(QStringLiteral("longerRangeButton"));
    connect(m_longerRange, &QPushButton::clicked, this, [this] { m_range->setCurrentIndex(m_range->count() - 1); });
    m_longerRangeRow = step(tr("• Or pick a longer range: older executions may be there."), m_longerRange);

    auto* center = new QHBoxLayout;
    center->addStretch(1);
    center->addWidget(panel, 4);
    center->addStretch(1);
    outer->addLayout(center);
    outer->addStretch(2);
    return m_empty;
}

StatsPage::Range StatsPage::range() const
{
    return m_range->currentData().value<Range>();
}

StatsQuery StatsPage::queryFor(Range range, const QString& caller, const QDateTime& now)
{
    StatsQuery query;
    query.caller = caller;
    const QDateTime utc = now.toUTC();
    const QDateTime tomorrow(utc.date().addDays(1), QTime(0, 0), Qt::UTC);
    switch (range) {
    case Range::Last24Hours: {
        // 24 whole hours, the current one last.
        const qint64 hourMs = 3600000;
        const qint64 end = (utc.toMSecsSinceEpoch() / hourMs + 1) * hourMs;
        query.until = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC);
        query.since = query.until.addSecs(-24 * 3600);
        break;
    }
    case Range::Last7Days:
        query.until = tomorrow;
        query.since = tomorrow.addDays(-7);
        break;
    case Range::Last30Days:
        query.until = tomorrow;
        query.since = tomorrow.addDays(-30);
        break;
    case Range::AllTime:
        break;
    }
    return query;
}

void StatsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_sinceOptions.invalidate();
    reload();
}

void StatsPage::reload()
{
    if (!isVisible())
        return; // showing the page reloads
    m_throttle->stop();
    m_liveWaiting = false;
    m_sinceReload.start();
    if (!m_reader || !m_reader->isAvailable()) {
        showError(tr("The stats are not available: the agent is not running."));
        return;
    }
    // The menu's query reads every event row: not on each live reload while records pour in.
    if (!m_sinceOptions.isValid() || m_sinceOptions.elapsed() > 10000) {
        m_sinceOptions.start();
        loadOptions();
    }
    const StatsQuery query = queryFor(range(), m_caller->currentData().toString());
    // Live reloads keep what is on screen quiet; a new range or caller says it is loading.
    const QString key = rangeKey(range()) + QLatin1Char('|') + query.caller;
    if (key != m_shownKey)
        m_status->setText(tr("Loading…"));
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_reader->stats(this, query, [this, generation, key](Result<StatsSnapshot> snapshot) {
        if (generation != m_generation)
            return; // a newer request is on its way
        m_loading = false;
        if (std::exchange(m_liveWaiting, false))
            QTimer::singleShot(0, this, &StatsPage::recordsWritten);
        if (!snapshot) {
            showError(tr("Could not read the stats: %1").arg(snapshot.error().message));
            emit loadFailed(snapshot.error().message);
            return;
        }
        m_shownKey = key;
        showSnapshot(*snapshot);
    });
}

void StatsPage::recordsWritten()
{
    if (!isVisible())
        return; // showing the page reloads
    if (m_loading) {
        // Never supersede a slow answer with live reloads (it would never arrive): ask again once it is in.
        m_liveWaiting = true;
        return;
    }
    if (m_throttle->isActive())
        return;
    const qint64 wait = m_sinceReload.isValid() ? kThrottleMs - m_sinceReload.elapsed() : 0;
    if (wait <= 0)
        reload();
    else
        m_throttle->start(int(wait));
}

void StatsPage::availabilityChanged(bool available)
{
    if (available)
        reload();
    else
        showError(tr("The stats are not available: the agent is not running."));
}

void StatsPage::loadOptions()
{
    m_reader->filterOptions(this, [this](Result<AuditFilterOptions> options) {
        if (!options)
            return; // the stats request reports the error
        const QString current = m_caller->currentData().toString();
        QStringList callers = options->callers;
        if (!current.isEmpty() && !callers.contains(current))
            callers.append(current); // keep the choice even if its records are gone
        QStringList shown;
        for (int i = 1; i < m_caller->count(); ++i)
            shown << m_caller->itemData(i).toString();
        if (shown == callers)
            return;
        const QSignalBlocker blocker(m_caller);
        while (m_caller->count() > 1)
            m_caller->removeItem(1);
        for (const QString& caller : callers)
            m_caller->addItem(caller, caller);
        m_caller->setCurrentIndex(std::max(0, m_caller->findData(current)));
    });
}

QString StatsPage::rangeWords() const
{
    switch (range()) {
    case Range::Last24Hours:
        return tr("in the last 24 hours");
    case Range::Last7Days:
        return tr("in the last 7 days");
    case Range::Last30Days:
        return tr("in the last 30 days");
    case Range::AllTime:
        return tr("so far");
    }
    return {};
}

void StatsPage::showError(const QString& message)
{
    ++m_generation; // answers still on their way are stale now
    m_loading = false;
    m_error->setText(message);
    m_error->show();
    m_stack->hide();
    m_status->clear();
}

void StatsPage::showSnapshot(const StatsSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_error->hide();
    m_stack->show();
    const QLocale locale;
    const StatsRow& totals = snapshot.totals;
    const bool any = totals.total > 0;
    const QString who = snapshot.query.caller.isEmpty() ? tr("all callers") : snapshot.query.caller;
    const QString dash = QStringLiteral("–");

    m_total->setText(locale.toString(totals.total));
    m_total->setAccessibleDescription(
        tr("%n tool execution(s) %1, %2", nullptr, int(totals.total)).arg(rangeWords(), who));
    m_successRate->setText(any ? StatsTableModel::percentText(totals.successRate()) : dash);
    m_successRate->setAccessibleDescription(
        any ? tr("%n of them succeeded", nullptr, int(totals.success)) : tr("No executions"));
    m_failed->setText(locale.toString(totals.failed));
    m_failed->setStyleSheet(totals.failed > 0 ? QStringLiteral("color: %1;").arg(kFailedColor.name()) : QString());
    m_failed->setAccessibleDescription(tr("%n failed or were interrupted", nullptr, int(totals.failed)));
    m_p50->setText(any ? StatsTableModel::msText(totals.p50Ms) : dash);
    m_p50->setAccessibleDescription(any ? tr("Half of the executions took at most %1").arg(m_p50->text())
                                        : tr("No executions"));
    m_p95->setText(any ? StatsTableModel::msText(totals.p95Ms) : dash);
    m_p95->setAccessibleDescription(any ? tr("95 percent of the executions took at most %1").arg(m_p95->text())
                                        : tr("No executions"));

    m_toolModel->setRows(snapshot.perTool);
    m_callerModel->setRows(snapshot.perCaller);
    // Tables as tall as their rows (up to 10; the page scrolls).
    for (QTableView* table : {m_toolTable, m_callerTable}) {
        const int rows = std::clamp(table->model()->rowCount(), 1, 10);
        table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
                              + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() + 2);
    }
    showTimeline(snapshot);
    showToolChart(snapshot);
    if (any) {
        m_stack->setCurrentIndex(0);
    } else {
        showEmptyState(snapshot);
        m_stack->setCurrentWidget(m_empty);
    }
    m_status->setText(tr("Updated %1").arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit snapshotShown();
}

QString StatsPage::bucketLabel(const QDateTime& start, const QString& bucket, bool withDay) const
{
    const QLocale locale;
    if (bucket == QLatin1String("hour")) {
        const QDateTime local = start.toLocalTime();
        return withDay ? locale.toString(local, QStringLiteral("ddd HH:mm")) : locale.toString(local, QStringLiteral("HH:mm"));
    }
    // Days and weeks are UTC days (the rollups' calendar): name the UTC date.
    const QDate date = start.toUTC().date();
    return withDay ? locale.toString(date, QStringLiteral("d MMM yyyy")) : locale.toString(date, QStringLiteral("d MMM"));
}

void StatsPage::showTimeline(const StatsSnapshot& snapshot)
{
    QChart* chart = m_timelineView->chart();
    clearChart(chart);
    const QList<StatsBucket>& buckets = snapshot.timeline;
    const int n = int(buckets.size());
    if (snapshot.bucket == QLatin1String("hour"))
        m_timelineCaption->setText(tr("per hour, local time"));
    else if (snapshot.bucket == QLatin1String("day"))
        m_timelineCaption->setText(tr("per day (UTC)"));
    else
        m_timelineCaption->setText(tr("per week, from Monday (UTC)"));

    auto* success = new QBarSet(tr("Succeeded"));
    success->setColor(kSuccessColor);
    success->setBorderColor(kSuccessColor);
    auto* failed = new QBarSet(tr("Failed"));
    failed->setColor(kFailedColor);
    failed->setBorderColor(kFailedColor);
    qint64 highest = 0;
    for (const StatsBucket& b : buckets) {
        success->append(double(b.success));
        failed->append(double(b.failed));
        highest = std::max(highest, b.success + b.failed);
    }
    auto* series = new QStackedBarSeries;
    series->append(success);
    series->append(failed);
    series->setBarWidth(n > 40 ? 0.85 : n > 12 ? 0.7 : 0.5);
    chart->addSeries(series);

    // Labels on every k-th bar, each one naming its bar; the day is added when the hours span more than one.
    const bool multiYear = n > 0 && buckets.first().start.date().year() != buckets.last().start.date().year();
    const bool withDay = snapshot.bucket == QLatin1String("hour") ? n > 24 : multiYear;
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setGridLineVisible(false);
    x->setStartValue(-0.5);
    x->setRange(-0.5, std::max(0.5, n - 0.5));
    const int step = std::max(1, int(std::ceil(double(n) / kMaxAxisLabels)));
    QSet<QString> used;
    for (int i = 0; i < n; i += step) {
        QString label = bucketLabel(buckets.at(i).start, snapshot.bucket, withDay);
        while (used.contains(label))
            label.append(QChar(0x200B)); // the axis keys labels by text
        used.insert(label);
        x->append(label, i);
    }
    auto* y = new QValueAxis;
    setCountAxis(y, highest);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    // The numbers for a screen reader, and for anyone hovering a bar.
    QStringList busy;
    for (const StatsBucket& b : buckets) {
        if (b.success + b.failed > 0)
            busy << tr("%1: %2 succeeded, %3 failed")
                        .arg(bucketLabel(b.start, snapshot.bucket, true))
                        .arg(b.success)
                        .arg(b.failed);
    }
    m_timelineView->setAccessibleDescription(
        busy.isEmpty() ? tr("No executions in this range.")
                       : tr("%n bar(s) with executions. ", nullptr, int(busy.size())) + busy.mid(0, 60).join(u"; "));
    const QList<StatsBucket> copy = buckets;
    const QString bucket = snapshot.bucket;
    auto hover = [this, copy, bucket](bool status, int index) {
        if (!status || index < 0 || index >= copy.size()) {
            QToolTip::hideText();
            return;
        }
        const StatsBucket& b = copy.at(index);
        QToolTip::showText(QCursor::pos(), tr("%1\n%2 succeeded, %3 failed")
                                               .arg(bucketLabel(b.start, bucket, true))
                                               .arg(b.success)
                                               .arg(b.failed),
                           m_timelineView);
    };
    connect(success, &QBarSet::hovered, this, hover);
    connect(failed, &QBarSet::hovered, this, hover);
}

void StatsPage::showToolChart(const StatsSnapshot& snapshot)
{
    QChart* chart = m_toolView->chart();
    clearChart(chart);
    const QList<StatsRow> tools = snapshot.perTool.mid(0, kMaxChartTools);
    auto* success = new QBarSet(tr("Succeeded"));
    success->setColor(kSuccessColor);
    success->setBorderColor(kSuccessColor);
    auto* failed = new QBarSet(tr("Failed"));
    failed->setColor(kFailedColor);
    failed->setBorderColor(kFailedColor);
    QStringList names;
    qint64 highest = 0;
    // Horizontal bars are drawn bottom-up: the most used tool goes last, so it is on top.
    for (auto it = tools.crbegin(); it != tools.crend(); ++it) {
        success->append(double(it->success));
        failed->append(double(it->failed));
        names << it->name;
        highest = std::max(highest, it->total);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(success);
    series->append(failed);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    y->setGridLineVisible(false);
    auto* x = new QValueAxis;
    setCountAxis(x, highest);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    m_toolView->setFixedHeight(std::max(140, 56 + 32 * int(tools.size())));
    const QList<StatsRow> copy = tools;
    auto hover = [this, copy](bool status, int index) {
        const int row = int(copy.size()) - 1 - index;
        if (!status || row < 0 || row >= copy.size()) {
            QToolTip::hideText();
            return;
        }
        const StatsRow& r = copy.at(row);
        QToolTip::showText(QCursor::pos(),
                           tr("%1\n%2 succeeded, %3 failed").arg(r.name).arg(r.success).arg(r.failed), m_toolView);
    };
    connect(success, &QBarSet::hovered, this, hover);
    connect(failed, &QBarSet::hovered, this, hover);
}

void StatsPage::showEmptyState(const StatsSnapshot& snapshot)
{
    const bool allTime = range() == Range::AllTime;
    if (snapshot.query.caller.isEmpty())
        m_emptyTitle->setText(allTime ? tr("No tool executions yet") : tr("No tool executions %1").arg(rangeWords()));
    else
        m_emptyTitle->setText(allTime ? tr("No tool executions by %1 yet").arg(snapshot.query.caller)
                                      : tr("No tool executions by %1 %2").arg(snapshot.query.caller, rangeWords()));
    m_longerRangeRow->setVisible(!allTime);
}

} // namespace sb::ui
