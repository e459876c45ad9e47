#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace sb {

// A change to a connected account, emitted by the connections service and recorded in the audit trail
// (never with a secret in it).
struct ConnectionEvent
{
    enum class Kind { Connected, Reconnected, Refreshed, RefreshFailed, NeedsReconnect, Disconnected, CredentialsEdited };

    Kind kind = Kind::Connected;
    qint64 connectionId = 0;
    QString provider;
    QString account;
    QString actor;  // who did it: "console:<user>", "cli:<user>", "agent" (automatic refresh)
    QString detail; // words, e.g. the provider's error for RefreshFailed
    QDateTime at;

    [[nodiscard]] static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Connected: return QStringLiteral("connected");
        case Kind::Reconnected: return QStringLiteral("reconnected");
        case Kind::Refreshed: return QStringLiteral("refreshed");
        case Kind::RefreshFailed: return QStringLiteral("refresh_failed");
        case Kind::NeedsReconnect: return QStringLiteral("needs_reconnect");
        case Kind::Disconnected: return QStringLiteral("disconnected");
        case Kind::CredentialsEdited: return QStringLiteral("credentials_edited");
        }
        return {};
    }
};

} // namespace sb

Q_DECLARE_METATYPE(sb::ConnectionEvent)
