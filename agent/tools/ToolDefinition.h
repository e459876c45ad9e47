#pragma once

#include "core/Result.h"
#include "tools/ProviderHttp.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace sb {

// What a tool implementation gets for one execution.
struct ToolContext
{
    QJsonObject input;             // validated against the tool's schema
    ProviderSession* session = nullptr;
    QMap<QString, QUrl> apiBases;  // the provider's API bases from the catalog (sandbox-overridden in tests)
    QString idempotencyKey;        // one per execution, reused by every retry of it

    [[nodiscard]] QUrl api(const QString& base, const QString& path) const
    {
        QUrl url = apiBases.value(base);
        url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
        return url;
    }
};

// Output (a JSON object) or an Error in words.
using ToolDone = std::function<void(Result<QJsonObject>)>;
using ToolRun = std::function<void(std::shared_ptr<ToolContext>, ToolDone)>;

// A tool as its connector declares it. One schema serves the API, the console's run form and assistant exports.
struct ToolDefinition
{
    QString name;      // unique: "send_email", "microsoft_send_email"
    QString provider;  // catalog id
    QString title;     // a few words for the console ("Send an e-mail")
    QString description;
    QJsonObject inputSchema;
    bool writes = false; // changes something at the provider
    ToolRun run;
};

} // namespace sb
