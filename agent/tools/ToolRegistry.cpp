#include "tools/ToolRegistry.h"

#include "connectors/google/GoogleTools.h"
#include "connectors/microsoft/MicrosoftTools.h"
#include "connectors/slack/SlackTools.h"
#include "connectors/stripe/StripeTools.h"
#include "connectors/twilio/TwilioTools.h"

namespace sb {

void ToolRegistry::add(ToolDefinition tool)
{
    Q_ASSERT(!find(tool.name));
    m_tools.append(std::move(tool));
}

const ToolDefinition* ToolRegistry::find(const QString& name) const
{
    for (const ToolDefinition& tool : m_tools) {
        if (tool.name == name)
            return &tool;
    }
    return nullptr;
}

const ToolDefinition* ToolRegistry::resolve(const QString& name, const QString& provider) const
{
    // "microsoft.send_email" is accepted as well as "microsoft_send_email".
    QString plain = name;
    QString wanted = provider;
    if (name.contains(QLatin1Char('.'))) {
        plain = name.section(QLatin1Char('.'), 1);
        if (wanted.isEmpty())
            wanted = name.section(QLatin1Char('.'), 0, 0);
    }
    if (wanted.isEmpty())
        return find(name);
    if (const ToolDefinition* variant = find(wanted + QLatin1Char('_') + plain); variant && variant->provider == wanted)
        return variant;
    if (const ToolDefinition* tool = find(plain); tool && tool->provider == wanted)
        return tool;
    return nullptr;
}

QJsonObject ToolRegistry::publicSchema(const QJsonObject& schema)
{
    QJsonObject out;
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        if (it.key() == QLatin1String("patternHint") || it.key() == QLatin1String("anyOfRequired"))
            continue;
        if (it.value().isObject() && it.key() == QLatin1String("properties")) {
            QJsonObject properties;
            const QJsonObject in = it.value().toObject();
            for (auto p = in.constBegin(); p != in.constEnd(); ++p)
                properties.insert(p.key(), publicSchema(p.value().toObject()));
            out.insert(it.key(), properties);
        } else if (it.value().isObject() && it.key() == QLatin1String("items")) {
            out.insert(it.key(), publicSchema(it.value().toObject()));
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

QJsonArray ToolRegistry::toJson() const
{
    QJsonArray array;
    for (const ToolDefinition& tool : m_tools) {
        array.append(QJsonObject{{QStringLiteral("name"), tool.name},
                                 {QStringLiteral("provider"), tool.provider},
                                 {QStringLiteral("title"), tool.title},
                                 {QStringLiteral("description"), tool.description},
                                 {QStringLiteral("writes"), tool.writes},
                                 {QStringLiteral("inputSchema"), tool.inputSchema}});
    }
    return array;
}

QList<ToolSummary> ToolRegistry::summaries() const
{
    QList<ToolSummary> list;
    for (const ToolDefinition& tool : m_tools)
        list.append({tool.name, tool.provider, tool.title, tool.description, tool.writes, tool.inputSchema});
    return list;
}

QJsonArray ToolRegistry::toVapi() const
{
    QJsonArray array;
    for (const ToolDefinition& tool : m_tools) {
        array.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), tool.name},
                                                     {QStringLiteral("description"), tool.description},
                                                     {QStringLiteral("parameters"), publicSchema(tool.inputSchema)}}}});
    }
    return array;
}

void registerBuiltInTools(ToolRegistry& registry)
{
    registerGoogleTools(registry);
    registerMicrosoftTools(registry);
    registerTwilioTools(registry);
    registerStripeTools(registry);
    registerSlackTools(registry);
}

} // namespace sb
