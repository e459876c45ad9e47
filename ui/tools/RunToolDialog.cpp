#include "tools/RunToolDialog.h"

#include "ProviderPresentation.h"
#include "core/AgentClient.h"
#include "tools/SchemaForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

constexpr int ToolNameRole = Qt::UserRole;
const QString kErrorBox = QStringLiteral("color: #8a1c14; background: #fde2e1; border-radius: 3px; padding: 6px;");

QString connectionText(const ConnectionInfo& connection)
{
    QString text = connection.label.isEmpty() ? connection.account
                                              : QStringLiteral("%1 — %2").arg(connection.label, connection.account);
    if (connection.isDefault)
        text += RunToolDialog::tr(" (default)");
    if (connection.state == QLatin1String("needs_reconnect"))
        text += RunToolDialog::tr(" — needs reconnecting");
    else if (connection.state != QLatin1String("connected"))
        text += RunToolDialog::tr(" — not working");
    return text;
}

} // namespace

RunToolDialog::RunToolDialog(AgentClient* client, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("runToolDialog"));
    setWindowTitle(tr("Run a tool"));

    m_toolCombo = new QComboBox(this);
    m_toolCombo->setObjectName(QStringLiteral("toolCombo"));
    m_toolCombo->setPlaceholderText(tr("Loading tools…"));
    m_toolCombo->setMaxVisibleItems(24);
    m_toolCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("descriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::RichText);

    m_connectionCombo = new QComboBox(this);
    m_connectionCombo->setObjectName(QStringLiteral("connectionCombo"));
    m_connectionCombo->setPlaceholderText(tr("Loading accounts…"));
    m_noConnection = new QLabel(this);
    m_noConnection->setObjectName(QStringLiteral("noConnectionLabel"));
    m_noConnection->setWordWrap(true);
    m_noConnection->setStyleSheet(QStringLiteral("color: #7a5200; background: #fff4d6; border-radius: 3px; padding: 6px;"));
    m_noConnection->setTextFormat(Qt::RichText);
    m_noConnection->hide();
    auto* accountCell = new QWidget(this);
    auto* accountColumn = new QVBoxLayout(accountCell);
    accountColumn->setContentsMargins(0, 0, 0, 0);
    accountColumn->addWidget(m_connectionCombo);
    accountColumn->addWidget(m_noConnection);

    auto* toolCell = new QWidget(this);
    auto* toolColumn = new QVBoxLayout(toolCell);
    toolColumn->setContentsMargins(0, 0, 0, 0);
    toolColumn->addWidget(m_toolCombo);
    toolColumn->addWidget(m_description);

    auto* top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    top->addRow(tr("&Tool:"), toolCell);
    top->addRow(tr("&Account:"), accountCell);
    top->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Each label as tall as its combo box (text centred on it), not as the cell with the lines under it.
    m_toolLabel = qobject_cast<QLabel*>(top->labelForField(toolCell));
    m_accountLabel = qobject_cast<QLabel*>(top->labelForField(accountCell));

    auto* inputTitle = new QLabel(tr("<b>Input</b>"), this);
    m_formArea = new QScrollArea(this);
    m_formArea->setObjectName(QStringLiteral("formArea"));
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    m_formArea->setMinimumHeight(100);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("runBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->hide();

    auto* resultTitle = new QLabel(tr("<b>Result</b>"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(kErrorBox);
    m_error->hide();
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("resultView"));
    m_result->setReadOnly(true);
    m_result->setTabChangesFocus(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setPlaceholderText(tr("The tool's output shows here after a run."));
    m_result->setMinimumHeight(120);
    m_record = new QLabel(this);
    m_record->setObjectName(QStringLiteral("recordLabel"));
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_record->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = m_buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    m_run->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(4);
    layout->addWidget(inputTitle);
    layout->addWidget(m_formArea); // as tall as the form (up to the scroll area's limit); the result gets the rest
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(resultTitle);
    layout->addWidget(m_error);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_record);
    layout->addWidget(m_buttons);

    connect(m_run, &QPushButton::clicked, this, &RunToolDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RunToolDialog::reject);
    // Enter in a multi-line field adds a line: Ctrl+Enter runs from anywhere.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &RunToolDialog::run);
    connect(m_toolCombo, &QComboBox::currentIndexChanged, this, &RunToolDialog::showTool);
    connect(m_connectionCombo, &QComboBox::currentIndexChanged, this, &RunToolDialog::updateRunButton);
    connect(m_noConnection, &QLabel::linkActivated, this, &RunToolDialog::connectionsPageRequested);

    connect(client, &AgentClient::toolsReady, this, &RunToolDialog::onTools);
    connect(client, &AgentClient::connectionsReady, this, &RunToolDialog::onConnections);
    connect(client, &AgentClient::connectionsChanged, client, &AgentClient::requestConnections);
    connect(client, &AgentClient::toolRunFinished, this, &RunToolDialog::onRunFinished);
    connect(client, &AgentClient::requestFailed, this, &RunToolDialog::onRequestFailed);

    setMinimumSize(620, 640);
    resize(700, 760);
    client->listTools();
    client->requestConnections();
}

void RunToolDialog::setTool(const QString& name)
{
    m_pendingTool = name;
    if (!m_toolsLoaded)
        return;
    const int index = m_toolCombo->findData(name, ToolNameRole);
    if (index < 0)
        return;
    m_initialChosen = true;
    m_pendingTool.clear();
    m_toolCombo->setCurrentIndex(index);
    const QList<QWidget*> editors = m_form ? m_form->editors() : QList<QWidget*>();
    if (!editors.isEmpty())
        editors.constFirst()->setFocus(Qt::OtherFocusReason);
}

QString RunToolDialog::currentTool() const
{
    return m_toolCombo->currentData(ToolNameRole).toString();
}

const ToolSummary* RunToolDialog::tool() const
{
    const QString name = currentTool();
    for (const ToolSummary& tool : m_tools) {
        if (tool.name == name)
            return &tool;
    }
    return nullptr;
}

QString RunToolDialog::providerName(const QString& provider) const
{
    return ProviderPresentation::displayName(provider);
}

void RunToolDialog::onTools(const QList<ToolSummary>& tools)
{
    m_tools = tools;
    m_toolsLoaded = true;
    // One group per provider, in the registry's order; a header row names the provider and cannot be chosen.
    QStringList providers;
    for (const ToolSummary& tool : tools) {
        if (!providers.contains(tool.provider))
            providers << tool.provider;
    }
    const QString current = currentTool();
    {
        const QSignalBlocker blocker(m_toolCombo);
        m_toolCombo->clear();
        auto* model = qobject_cast<QStandardItemModel*>(m_toolCombo->model());
        for (const QString& provider : std::as_const(providers)) {
            auto* header = new QStandardItem(providerName(provider));
            header->setFlags(Qt::NoItemFlags);
            QFont bold = m_toolCombo->font();
            bold.setBold(true);
            header->setFont(bold);
            model->appendRow(header);
            const QIcon icon = ProviderPresentation::badge(provider, providerName(provider));
            for (const ToolSummary& tool : tools) {
                if (tool.provider != provider)
                    continue;
                m_toolCombo->addItem(icon, tr("%1  (%2)").arg(tool.title.isEmpty() ? tool.name : tool.title, tool.name));
                m_toolCombo->setItemData(m_toolCombo->count() - 1, tool.name, ToolNameRole);
                m_toolCombo->setItemData(m_toolCombo->count() - 1, tool.description, Qt::ToolTipRole);
            }
        }
        m_toolCombo->setPlaceholderText(tools.isEmpty() ? tr("No tools") : tr("Choose a tool…"));
        m_toolCombo->setCurrentIndex(m_toolCombo->findData(current, ToolNameRole));
    }
    if (!m_pendingTool.isEmpty())
        setTool(m_pendingTool);
    chooseInitialTool();
    if (currentTool() != m_shownTool)
        showTool();
}

void RunToolDialog::onConnections(const QList<ConnectionInfo>& connections)
{
    m_connections = connections;
    m_connectionsLoaded = true;
    chooseInitialTool();
    fillConnections();
}

// Without a tool named by the caller: the first tool of a provider that has an account, once both lists are in.
void RunToolDialog::chooseInitialTool()
{
    if (m_initialChosen || !m_toolsLoaded || !m_connectionsLoaded)
        return;
    m_initialChosen = true;
    if (m_toolCombo->currentIndex() >= 0)
        return;
    int choice = -1;
    for (int i = 0; i < m_toolCombo->count() && choice < 0; ++i) {
        const QString name = m_toolCombo->itemData(i, ToolNameRole).toString();
        for (const ToolSummary& tool : std::as_const(m_tools)) {
            if (tool.name == name && std::any_of(m_connections.begin(), m_connections.end(),
                                                 [&](const ConnectionInfo& c) { return c.provider == tool.provider; }))
                choice = i;
        }
    }
    if (choice < 0)
        choice = m_toolCombo->findData(m_tools.isEmpty() ? QString() : m_tools.constFirst().name, ToolNameRole);
    m_toolCombo->setCurrentIndex(choice);
    m_toolCombo->setFocus(Qt::OtherFocusReason);
}

void RunToolDialog::showTool()
{
    const ToolSummary* summary = tool();
    m_shownTool = summary ? summary->name : QString();
    clearResult();
    if (!summary) {
        delete m_formArea->takeWidget();
        m_form = nullptr;
        m_description->clear();
        updateRunButton();
        return;
    }
    QString description = summary->description.toHtmlEscaped();
    if (summary->writes)
        description += QStringLiteral("<br><span style=\"color:#7a5200\">%1</span>")
                           .arg(tr("This tool makes changes at %1 (it sends, creates or charges).")
                                    .arg(providerName(summary->provider))
                                    .toHtmlEscaped());
    m_description->setText(description);

    // A new form for the new tool (replaces the old one, which the scroll area deletes).
    m_form = new SchemaForm(summary->inputSchema);
    auto* page = new QWidget;
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 8, 0);
    column->addWidget(m_form);
    column->addStretch(1);
    m_formArea->setWidget(page);
    // The scroll area asks for the form's height (messages appearing make it taller): tell the dialog's layout.
    page->installEventFilter(this);
    m_formArea->updateGeometry();
    fillConnections();
    updateTabOrder();
}

void RunToolDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_toolLabel->setFixedHeight(m_toolCombo->sizeHint().height());
    m_accountLabel->setFixedHeight(m_connectionCombo->sizeHint().height());
}

bool RunToolDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LayoutRequest && m_formArea && watched == m_formArea->widget())
        m_formArea->updateGeometry();
    return QDialog::eventFilter(watched, event);
}

void RunToolDialog::fillConnections()
{
    const ToolSummary* summary = tool();
    const qint64 previous = m_connectionCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_connectionCombo);
    m_connectionCombo->clear();
    if (!summary || !m_connectionsLoaded) {
        updateRunButton();
        return;
    }
    QList<ConnectionInfo> mine;
    for (const ConnectionInfo& connection : std::as_const(m_connections)) {
        if (connection.provider == summary->provider)
            mine << connection;
    }
    // The default account first, then the working ones.
    std::stable_sort(mine.begin(), mine.end(), [](const ConnectionInfo& a, const ConnectionInfo& b) {
        if (a.isDefault != b.isDefault)
            return a.isDefault;
        return (a.state == QLatin1String("connected")) && (b.state != QLatin1String("connected"));
    });
    const QIcon icon = ProviderPresentation::badge(summary->provider, providerName(summary->provider));
    for (const ConnectionInfo& connection : std::as_const(mine))
        m_connectionCombo->addItem(icon, connectionText(connection), connection.id);
    const int keep = m_connectionCombo->findData(previous);
    m_connectionCombo->setCurrentIndex(keep >= 0 ? keep : (mine.isEmpty() ? -1 : 0));
    m_connectionCombo->setVisible(!mine.isEmpty());
    m_noConnection->setVisible(mine.isEmpty());
    m_noConnection->setText(tr("No %1 account connected — connect one on the <a href=\"connections\">Connections "
                               "page</a>.")
                                .arg(providerName(summary->provider).toHtmlEscaped()));
    updateRunButton();
}

void RunToolDialog::updateRunButton()
{
    m_run->setEnabled(!m_running && tool() && m_connectionCombo->currentIndex() >= 0);
}

// Tool → account → the form's fields → result → Run → Close, whatever order the widgets were made in.
void RunToolDialog::updateTabOrder()
{
    QList<QWidget*> chain{m_toolCombo, m_connectionCombo};
    if (m_form)
        chain << m_form->editors();
    chain << m_run << m_buttons->button(QDialogButtonBox::Close) << m_result;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void RunToolDialog::run()
{
    const ToolSummary* summary = tool();
    if (m_running || !summary || !m_run->isEnabled())
        return;
    if (!m_form->validate()) {
        m_form->focusFirstProblem();
        return;
    }
    clearResult();
    m_runningTool = summary->name;
    setRunning(true);
    m_client->runTool(summary->name, m_form->value(), m_connectionCombo->currentData().toLongLong());
}

void RunToolDialog::onRunFinished(const ToolRunResult& result)
{
    // Other parts of the console may run tools too: only the answer to this dialog's run is ours.
    if (!m_running || (result.tool != m_runningTool && !result.tool.isEmpty()))
        return;
    setRunning(false);
    if (result.error) {
        showError(tr("%1\nError code: %2").arg(result.error->message, result.error->code));
        if (result.error->code == QLatin1String("invalid_input") && m_form)
            m_form->showAgentProblems(result.error->message);
    }
    m_result->setPlaceholderText(tr("The tool returned no output."));
    if (!result.output.isEmpty() || !result.error)
        m_result->setPlainText(QString::fromUtf8(QJsonDocument(result.output).toJson(QJsonDocument::Indented)).trimmed());
    if (result.auditLogId > 0) {
        m_record->setText(result.error ? tr("Failed after %1 ms. Recorded as audit record #%2.")
                                             .arg(result.executionMs)
                                             .arg(result.auditLogId)
                                       : tr("Done in %1 ms. Recorded as audit record #%2.")
                                             .arg(result.executionMs)
                                             .arg(result.auditLogId));
        m_record->show();
        emit recordCreated(result.auditLogId);
    }
}

void RunToolDialog::onRequestFailed(const QString& operation, const Error& error)
{
    if (operation == QLatin1String("runTool") && m_running) {
        setRunning(false);
        showError(tr("%1\nError code: %2").arg(error.message, error.code));
    } else if (operation == QLatin1String("tools")) {
        m_toolCombo->setPlaceholderText(tr("No tools"));
        showError(tr("The tools could not be listed: %1").arg(error.message));
    } else if (operation == QLatin1String("connections")) {
        showError(tr("The accounts could not be listed: %1").arg(error.message));
    }
}

void RunToolDialog::setRunning(bool running)
{
    if (running)
        m_focusBeforeRun = focusWidget(); // disabling the fields moves the focus away: it comes back afterwards
    m_running = running;
    m_busy->setVisible(running);
    m_status->setVisible(running);
    if (running)
        m_status->setText(tr("Running %1…").arg(m_runningTool));
    m_toolCombo->setEnabled(!running);
    m_connectionCombo->setEnabled(!running);
    if (m_form)
        m_form->setEnabled(!running);
    updateRunButton();
    if (!running) {
        QWidget* focus = m_focusBeforeRun && m_focusBeforeRun->isEnabled() ? m_focusBeforeRun.data() : m_run;
        focus->setFocus(Qt::OtherFocusReason);
    }
}

void RunToolDialog::clearResult()
{
    m_error->clear();
    m_error->hide();
    m_result->clear();
    m_result->setPlaceholderText(tr("The tool's output shows here after a run."));
    m_record->clear();
    m_record->hide();
}

void RunToolDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace sb::ui
