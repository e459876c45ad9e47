#include "ProviderPresentation.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

namespace sb::ui {

namespace {

QColor brandColor(const QString& id)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("google"), QColor(0x42, 0x85, 0xf4)},   {QStringLiteral("microsoft"), QColor(0x00, 0x78, 0xd4)},
        {QStringLiteral("slack"), QColor(0x4a, 0x15, 0x4b)},    {QStringLiteral("twilio"), QColor(0xf2, 0x2f, 0x46)},
        {QStringLiteral("stripe"), QColor(0x63, 0x5b, 0xff)},   {QStringLiteral("generic"), QColor(0x5f, 0x6b, 0x7a)}};
    return colors.value(id, QColor::fromHsv(int(qHash(id) % 360), 150, 180));
}

QPixmap badgePixmap(const QString& id, const QString& text, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.22, size * 0.22);
    painter.fillPath(path, brandColor(id));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.55));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, text.left(1).toUpper());
    return pixmap;
}

bool readable(const QString& path)
{
    if (path.isEmpty() || !QFile::exists(path))
        return false;
    const QByteArray suffix = QFileInfo(path).suffix().toLower().toLatin1();
    return QImageReader::supportedImageFormats().contains(suffix);
}

} // namespace

QIcon ProviderPresentation::icon(const ProviderSummary& provider)
{
    if (readable(provider.iconPath))
        return QIcon(provider.iconPath);
    return badge(provider.id, provider.displayName.isEmpty() ? provider.id : provider.displayName);
}

QIcon ProviderPresentation::badge(const QString& id, const QString& displayName)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(badgePixmap(id, displayName, size));
    return icon;
}

QString ProviderPresentation::authKindText(const QString& authKind)
{
    if (authKind == QLatin1String("oauth2"))
        return tr("Sign in with OAuth");
    if (authKind == QLatin1String("api_key"))
        return tr("API key");
    if (authKind == QLatin1String("basic"))
        return tr("Account ID and secret");
    return authKind;
}

QString ProviderPresentation::displayName(const QString& id)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("google"), QStringLiteral("Google")},   {QStringLiteral("microsoft"), QStringLiteral("Microsoft 365")},
        {QStringLiteral("slack"), QStringLiteral("Slack")},     {QStringLiteral("twilio"), QStringLiteral("Twilio")},
        {QStringLiteral("stripe"), QStringLiteral("Stripe")},   {QStringLiteral("generic"), tr("Generic OAuth")}};
    return names.value(id, id);
}

} // namespace sb::ui
