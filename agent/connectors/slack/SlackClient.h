#pragma once

#include "core/Result.h"
#include "tools/ConnectorSupport.h"

namespace sb::slack {

// POST /api/{method} with a form body. Slack answers 200 even for errors, so success means "ok": true: anything
// else reaches `done` as an Error naming Slack's error code in words.
void callMethod(const std::shared_ptr<ToolContext>& context, const QString& method, const connector::Form& form,
                bool retrySafe, ToolDone done, std::function<void(const QJsonObject&)> onOk);
[[nodiscard]] Error describeSlackError(const QString& code, const QJsonObject& body);

} // namespace sb::slack
