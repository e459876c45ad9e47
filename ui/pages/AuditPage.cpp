#include "pages/AuditPage.h"

#include "audit/AuditDetailPane.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditReader.h"
#include "core/AgentClient.h"
#include "models/AuditLogModel.h"
#include "pages/PageHeader.h"
#include "tools/RunToolDialog.h"

#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sb::ui {

namespace {
constexpr int kExportProgressMs = 100;
constexpr int kOptionsRefreshMs = 2000;
}

AuditPage::AuditPage(AgentClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_reader(client->auditReader())
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(QIcon(QStringLiteral(":/icons/app/audit.png")), tr("Audit log"),
                                     tr("Every tool call, connection and admin action: who asked, what went in and "
                                        "out, and how it ended. Sealed in a hash chain.")));

    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("verifyBanner"));
    m_banner->setStyleSheet(QStringLiteral("#verifyBanner { background: #fdecea; border: 1px solid #e57373; "
                                           "border-radius: 4px; } QLabel { color: #8e0000; }"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(QStringLiteral("verifyBannerText"));
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(m_bannerText, 1);
    auto* again = new QPushButton(tr("Verify again"));
    again->setObjectName(QStringLiteral("verifyAgainButton"));
    connect(again, &QPushButton::clicked, this, &AuditPage::verifyChain);
    bannerLayout->addWidget(again);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_filters = new AuditFilterBar;
    m_filters->setObjectName(QStringLiteral("auditFilters"));
    m_filters->restore();
    layout->addWidget(m_filters);

    auto* actions = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    actions->addWidget(m_status, 1);
    auto* run = new QPushButton(tr("Run tool…"));
    run->setObjectName(QStringLiteral("runToolButton"));
    run->setToolTip(tr("Run a tool yourself against a connected account (Ctrl+R)"));
    connect(run, &QPushButton::clicked, this, [this] { openRunToolDialog(); });
    m_exportButton = new QPushButton(tr("Export…"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the records the filters select as CSV or JSON (Ctrl+E)"));
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    m_verifyButton = new QPushButton(tr("Verify chain"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(tr("Check that no record was edited, removed or reordered"));
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
    for (QPushButton* button : {run, m_exportButton, m_verifyButton})
        actions->addWidget(button);
    layout->addLayout(actions);

    m_model = new AuditLogModel(m_reader, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QList<std::pair<int, int>> widths{{AuditLogModel::TimeColumn, 150}, {AuditLogModel::StatusColumn, 90},
                                            {AuditLogModel::ToolColumn, 170},  {AuditLogModel::CallerColumn, 140},
                                            {AuditLogModel::ProviderColumn, 80}, {AuditLogModel::AccountColumn, 150},
                                            {AuditLogModel::DurationColumn, 75}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->setAccessibleName(tr("Audit records, newest first"));

    m_detail = new AuditDetailPane;
    m_detail->setObjectName(QStringLiteral("detailPane"));
    auto* splitter = m_splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_filters, &AuditFilterBar::filterChanged, this, &AuditPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::selectionChanged);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &AuditPage::updateKeptRows);
    // A reset (new filter, a burst's jump to the newest page) clears the selection without a signal of its own.
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateKeptRows);
    updateKeptRows();
    connect(m_model, &AuditLogModel::loadingChanged, this, &AuditPage::updateStatus);
    connect(m_model, &AuditLogModel::loadFailed, this, &AuditPage::updateStatus);
    connect(m_model, &AuditLogModel::pageLoaded, this, [this] {
        updateStatus();
        selectWanted();
    });
    connect(m_model, &AuditLogModel::firstPageLoaded, this, [this] {
        if (const qint64 id = std::exchange(m_reselectId, 0); id && !m_wantedId)
            m_wantedId = id;
        selectWanted();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex&, int first, int) {
        // Rows arriving above the view: remember what the user looks at, unless they sit at the top (then the new
        // records are what they want to see).
        m_anchorOffset = first == 0 && m_table->verticalScrollBar()->value() > 0 ? m_table->verticalScrollBar()->value()
                                                                                  : -1;
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        if (first == 0)
            keepViewOnLiveRows(first, last - first + 1);
    });
    connect(m_model, &AuditLogModel::liveRowsInserted, this, [this] {
        updateStatus();
        selectWanted();
    });
    connect(m_model, &AuditLogModel::recordUpdated, this, [this](qint64 id) {
        if (id == m_detailId)
            showDetail(id);
    });

    connect(m_reader, &AuditReader::availableChanged, this, &AuditPage::becomeAvailable);
    // New callers and tools join the filter menus, at most every few seconds while records pour in.
    m_optionsDelay.setSingleShot(true);
    m_optionsDelay.setInterval(kOptionsRefreshMs);
    connect(&m_optionsDelay, &QTimer::timeout, this, &AuditPage::loadOptions);
    connect(m_reader, &AuditReader::recordsWritten, this, [this] {
        if (!m_optionsDelay.isActive())
            m_optionsDelay.start();
    });
    connect(m_client, &AgentClient::providersReady, m_filters, &AuditFilterBar::setProviders);
    connect(m_client, &AgentClient::connectionsReady, m_filters, &AuditFilterBar::setConnections);
    connect(m_client, &AgentClient::connectionsChanged, m_client, &AgentClient::requestConnections);
    buildShortcuts();
    becomeAvailable(m_reader->isAvailable());
}

AuditPage::~AuditPage()
{
    if (m_export)
        m_export->cancelled = true;
}

void AuditPage::buildShortcuts()
{
    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, [this] { m_filters->focusSearch(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { chooseExportFile(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { m_detail->copyAsJson(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { openRunToolDialog(); });
    shortcut(QKeySequence(Qt::Key_F5), [this] { applyFilter(); }); // not QKeySequence::Refresh: that is also Ctrl+R on GNOME
}

void AuditPage::becomeAvailable(bool available)
{
    if (!available) {
        m_status->setText(tr("The audit trail is not available: the agent is not running."));
        return;
    }
    m_client->requestProviders();
    m_client->requestConnections();
    loadOptions();
    applyFilter();
    if (isVisible() && !m_verifiedOnce)
        verifyChain();
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_splitterSized) {
        // Sizes only stick once the splitter has its real width: three fifths for the table.
        m_splitterSized = true;
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 3 / 5, width - width * 3 / 5});
    }
    if (!m_reader->isAvailable())
        return;
    loadOptions();
    // The chain is checked once a session on its own (a million records take seconds, off the GUI thread); the
    // button checks it again.
    if (!m_verifiedOnce)
        verifyChain();
}

void AuditPage::loadOptions()
{
    m_reader->filterOptions(this, [this](Result<AuditFilterOptions> options) {
        if (options)
            m_filters->setOptions(*options);
    });
}

void AuditPage::applyFilter()
{
    m_reselectId = selectedRecordId();
    m_model->setFilter(m_filters->filter());
}

qint64 AuditPage::selectedRecordId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->data(current, AuditLogModel::RecordIdRole).toLongLong() : 0;
}

void AuditPage::selectionChanged()
{
    updateKeptRows();
    const qint64 id = selectedRecordId();
    if (!id) {
        m_detailId = 0;
        m_detail->showMessage(tr("Select a record to see what went in and came out."));
        return;
    }
    if (id != m_detailId)
        showDetail(id);
}

void AuditPage::showDetail(qint64 id)
{
    m_detailId = id;
    m_reader->get(this, id, [this, id](Result<std::optional<AuditRecord>> record) {
        if (id != m_detailId)
            return; // the user moved on
        if (!record)
            m_detail->showMessage(record.error().message);
        else if (!record->has_value())
            m_detail->showMessage(tr("Record #%1 is no longer in the trail (removed by retention).").arg(id));
        else
            m_detail->showRecord(**record);
    });
}

void AuditPage::showRecord(qint64 id)
{
    m_wantedId = id;
    showDetail(id); // at once, even while the filters hide its row
    selectWanted();
    if (m_wantedId)
        QTimer::singleShot(2000, this, [this, id] {
            if (m_wantedId == id && m_filters->isFiltered())
                m_status->setText(tr("Record #%1 is hidden by the filters; it is shown on the right. Clear the "
                                     "filters to see it in the list.").arg(id));
        });
}

void AuditPage::selectWanted()
{
    if (!m_wantedId)
        return;
    const int row = m_model->rowOf(m_wantedId);
    if (row < 0)
        return;
    m_wantedId = 0;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void AuditPage::keepViewOnLiveRows(int first, int count)
{
    Q_UNUSED(first);
    if (m_anchorOffset < 0)
        return;
    // Lay out now so the scroll bar knows the new rows, then move down by as many rows as arrived.
    m_table->doItemsLayout();
    m_table->verticalScrollBar()->setValue(m_anchorOffset + count);
    m_anchorOffset = -1;
}

void AuditPage::updateKeptRows()
{
    const int lastVisible = m_table->rowAt(m_table->viewport()->height() - 1);
    const int selected = m_table->selectionModel()->currentIndex().row();
    m_model->setKeepRows(std::max({lastVisible, selected, m_table->verticalScrollBar()->value()}) + 1);
    m_model->setFollowNewest(selected < 0 && m_table->verticalScrollBar()->value() == 0);
}

void AuditPage::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(tr("Could not read the audit trail: %1").arg(m_model->lastError()));
        return;
    }
    if (m_model->isLoading()) {
        m_status->setText(tr("Loading…"));
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_status->setText(m_filters->isFiltered()
                              ? tr("No records match these filters.")
                              : tr("No records yet. Tool calls, connections and admin actions appear here as they "
                                   "happen: run a tool to see one."));
    else if (m_model->hasMore())
        m_status->setText(tr("Newest %1 records shown; more load as you scroll.").arg(QLocale().toString(rows)));
    else
        m_status->setText(tr("%n record(s).", nullptr, rows));
}

void AuditPage::verifyChain()
{
    m_verifyButton->setEnabled(false);
    m_verifyButton->setText(tr("Verifying…"));
    m_verifiedOnce = true;
    m_reader->verify(this, [this](Result<AuditVerifyReport> report) {
        m_verifyButton->setEnabled(true);
        m_verifyButton->setText(tr("Verify chain"));
        if (!report) {
            m_bannerText->setText(tr("The hash chain could not be checked: %1").arg(report.error().message));
            m_banner->show();
            emit verified(false, report.error().message);
            return;
        }
        if (report->ok) {
            m_banner->hide();
            m_verifyButton->setToolTip(tr("Verified: %n record(s) intact.", nullptr, int(report->checked)));
            emit verified(true, report->message);
            return;
        }
        m_bannerText->setText(tr("<b>The audit trail has been tampered with.</b> %1 Records from sequence %2 on "
                                 "cannot be trusted; keep a copy of the database for investigation.")
                                  .arg(report->message.toHtmlEscaped())
                                  .arg(report->sequence));
        m_banner->show();
        emit verified(false, report->message);
    });
}

void AuditPage::chooseExportFile()
{
    if (m_export)
        return; // one at a time
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString chosenFilter = csv;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("switchboard-audit-%1.csv")
                                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit records"), suggested,
                                                      csv + QStringLiteral(";;") + json, &chosenFilter);
    if (path.isEmpty())
        return;
    const bool asJson = chosenFilter == json || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    exportTo(path, asJson ? AuditExportFormat::Json : AuditExportFormat::Csv);
}

void AuditPage::exportTo(const QString& path, AuditExportFormat format)
{
    if (m_export)
        return;
    m_export = std::make_shared<AuditExportControl>();
    m_exportButton->setEnabled(false);
    m_progress = new QProgressDialog(tr("Counting records…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export audit records"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    std::shared_ptr<AuditExportControl> control = m_export;
    connect(m_progress, &QProgressDialog::canceled, this, [control] { control->cancelled = true; });
    auto* ticker = new QTimer(m_progress);
    connect(ticker, &QTimer::timeout, this, [this, control] {
        if (!m_progress || control->total < 0)
            return;
        m_progress->setMaximum(int(std::min<qint64>(control->total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(control->written, INT_MAX)));
        m_progress->setLabelText(tr("Exporting %1 of %2 records…")
                                     .arg(QLocale().toString(qint64(control->written)),
                                          QLocale().toString(qint64(control->total))));
    });
    ticker->start(kExportProgressMs);

    m_reader->exportRecords(this, m_filters->filter(), path, format, control, [this, path](Result<qint64> written) {
        m_export.reset();
        m_exportButton->setEnabled(true);
        if (m_progress)
            m_progress->deleteLater();
        const QString message = written ? tr("Exported %n record(s) to %1.", nullptr, int(*written)).arg(path)
                                        : written.error().message;
        m_status->setText(message);
        emit exportFinished(written.has_value(), written ? *written : 0, message);
    });
}

void AuditPage::openRunToolDialog(const QString& tool)
{
    auto* dialog = new RunToolDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!tool.isEmpty())
        dialog->setTool(tool);
    connect(dialog, &RunToolDialog::recordCreated, this, &AuditPage::showRecord);
    connect(dialog, &RunToolDialog::connectionsPageRequested, this, [this, dialog] {
        dialog->reject();
        emit connectionsPageRequested();
    });
    dialog->open();
}

} // namespace sb::ui
