#pragma once

#include "core/Result.h"
#include "tools/ProviderHttp.h"

#include <QStringList>

namespace sb::google {

// Google's wire details for the tools: RFC 2822 messages for Gmail's {"raw": base64url}, and the
// {"error":{"code","message","status"}} envelope in words.
struct MailMessage
{
    QStringList to, cc, bcc;
    QString subject;
    QString body;
    bool html = false;
};

[[nodiscard]] QByteArray rfc2822(const MailMessage& message);
[[nodiscard]] QString base64Url(const QByteArray& data);
[[nodiscard]] Error describeError(const ProviderResponse& response);

} // namespace sb::google
