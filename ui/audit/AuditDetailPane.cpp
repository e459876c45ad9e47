#include "audit/AuditDetailPane.h"

#include "audit/AuditQuery.h"
#include "audit/JsonHighlighter.h"
#include "models/AuditLogModel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sb::ui {

AuditDetailPane::AuditDetailPane(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget;
    outer->addWidget(m_stack);

    m_message = new QLabel(tr("Select a record to see what went in and came out."));
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false);
    m_stack->addWidget(m_message);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 0, 0, 0);
    auto* titleRow = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titleRow->addWidget(m_title, 1);
    m_copy = new QPushButton(tr("Copy as JSON"));
    m_copy->setObjectName(QStringLiteral("copyJsonButton"));
    m_copy->setToolTip(tr("Copies this record as the admin API returns it (Ctrl+Shift+C)"));
    connect(m_copy, &QPushButton::clicked, this, &AuditDetailPane::copyAsJson);
    titleRow->addWidget(m_copy);
    layout->addLayout(titleRow);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_status = addField(form, tr("Outcome"), QStringLiteral("detailStatus"));
    m_time = addField(form, tr("When"), QStringLiteral("detailTime"));
    m_duration = addField(form, tr("Duration"), QStringLiteral("detailDuration"));
    m_caller = addField(form, tr("Caller"), QStringLiteral("detailCaller"));
    m_connection = addField(form, tr("Account"), QStringLiteral("detailConnection"));
    m_error = addField(form, tr("Error"), QStringLiteral("detailError"));
    m_chain = addField(form, tr("Seal"), QStringLiteral("detailSeal"));
    m_chain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Input")));
    m_input = jsonView(QStringLiteral("inputView"));
    layout->addWidget(m_input, 1);
    layout->addWidget(new QLabel(tr("Output")));
    m_output = jsonView(QStringLiteral("outputView"));
    layout->addWidget(m_output, 1);
    m_stack->addWidget(content);
}

QLabel* AuditDetailPane::addField(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(label, value);
    return value;
}

QPlainTextEdit* AuditDetailPane::jsonView(const QString& objectName)
{
    auto* view = new QPlainTextEdit;
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTabChangesFocus(true);
    new JsonHighlighter(view->document());
    return view;
}

QString AuditDetailPane::jsonText(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    // A scalar: QJsonDocument wants a container, so wrap and unwrap it.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

void AuditDetailPane::showMessage(const QString& text)
{
    m_record.reset();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void AuditDetailPane::showRecord(const AuditRecord& r)
{
    m_record = r;
    m_title->setText(tr("%1 · record #%2").arg(r.tool).arg(r.id));
    QString outcome = AuditLogModel::statusText(r.status);
    if (r.kind != AuditRecord::Kind::Tool)
        outcome = r.kind == AuditRecord::Kind::Connection ? tr("Connection event") : tr("Admin event");
    m_status->setText(outcome);
    const QString color = r.status == audit_status::Success || r.kind != AuditRecord::Kind::Tool ? QStringLiteral("#2e7d32")
                          : r.status == audit_status::Pending                                  ? QStringLiteral("#757575")
                                                                                                : QStringLiteral("#c62828");
    m_status->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color));
    const QString started = r.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    m_time->setText(r.completedAt.isValid()
                        ? tr("%1, finished %2").arg(started, r.completedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")))
                        : started);
    m_time->setToolTip(r.createdAt.toUTC().toString(Qt::ISODateWithMs));
    m_duration->setText(r.kind == AuditRecord::Kind::Tool && r.status != audit_status::Pending
                            ? AuditLogModel::durationText(r.executionMs)
                            : tr("—"));
    m_caller->setText(r.userId.isEmpty() ? r.caller : tr("%1 (user %2)").arg(r.caller, r.userId));
    if (r.connectionId)
        m_connection->setText(tr("%1 · %2 (connection #%3)").arg(r.provider, r.connectionAccount).arg(r.connectionId));
    else
        m_connection->setText(r.provider.isEmpty() ? tr("—") : tr("%1 · no account").arg(r.provider));
    m_error->setText(r.errorMessage.isEmpty() ? tr("—")
                                              : (r.errorCode.isEmpty() ? r.errorMessage
                                                                       : tr("%1 (%2)").arg(r.errorMessage, r.errorCode)));
    // The 64 hex digits in two lines: one unbreakable line would set the pane's minimum width.
    m_chain->setText(r.sequence ? tr("sequence %1\n%2").arg(r.sequence).arg(r.seal.left(32) + QLatin1Char('\n') + r.seal.mid(32))
                                : tr("not sealed yet (the call is running)"));
    m_input->setPlainText(jsonText(r.input));
    m_output->setPlainText(jsonText(r.output));
    m_stack->setCurrentIndex(1);
}

void AuditDetailPane::copyAsJson()
{
    if (!m_record)
        return;
    QGuiApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(AuditQuery::toJson(*m_record, true)).toJson(QJsonDocument::Indented)));
}

} // namespace sb::ui
