#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace sb::ui {

AboutDialog::AboutDialog(const AgentStatus& status, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Switchboard"));
    const LibraryVersions versions = libraryVersions();

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app/switchboard-256.png")).pixmap(72, 72));
    auto* name = new QLabel(tr("Switchboard %1").arg(versions.switchboard), this);
    QFont font = name->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    name->setFont(font);
    auto* blurb = new QLabel(tr("The admin console for your connected Google, Microsoft 365, Slack, Twilio and Stripe "
                                "accounts, with the agent that runs tools for your voice assistants."),
                             this);
    blurb->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->addWidget(name);
    titles->addWidget(blurb);
    top->addLayout(titles, 1);

    auto* form = new QFormLayout;
    const auto addVersion = [this, form](const QString& id, const QString& label, const QString& value) {
        auto* field = new QLabel(value.isEmpty() ? tr("unknown") : value, this);
        field->setObjectName(QStringLiteral("version_%1").arg(id));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, field);
    };
    addVersion(QStringLiteral("switchboard"), tr("Switchboard:"), versions.switchboard);
    addVersion(QStringLiteral("qt"), tr("Qt:"), tr("%1 (built with %2)").arg(versions.qt, QStringLiteral(QT_VERSION_STR)));
    addVersion(QStringLiteral("openssl"), tr("OpenSSL:"), versions.openssl);
    addVersion(QStringLiteral("sqlite"), tr("SQLite:"), status.sqliteVersion);
    addVersion(QStringLiteral("qtkeychain"), tr("QtKeychain:"), versions.qtkeychain);

    auto* license = new QLabel(tr("Copyright © the Switchboard authors. Licensed under the GNU General Public License, "
                                  "version 3 or later (GPL-3.0-or-later)."),
                               this);
    license->setObjectName(QStringLiteral("licenseLabel"));
    license->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(license);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace sb::ui
