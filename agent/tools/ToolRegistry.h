#pragma once

#include "tools/ToolDefinition.h"

#include <QJsonArray>
#include <QMetaType>
#include <QList>

namespace sb {

// A tool as the console lists it (no implementation): what the run form is built from.
struct ToolSummary
{
    QString name, provider, title, description;
    bool writes = false;
    QJsonObject inputSchema;
};

// The tools every connector declared. Names are unique; a provider's variant of a common tool carries the provider
// as prefix (microsoft_send_email next to Google's send_email), and resolve() maps the common name to the variant of
// the connection's provider.
class ToolRegistry
{
public:
    void add(ToolDefinition tool);

    [[nodiscard]] const ToolDefinition* find(const QString& name) const;
    // `name` for a connection of `provider` (may be empty): send_email + microsoft → microsoft_send_email.
    [[nodiscard]] const ToolDefinition* resolve(const QString& name, const QString& provider) const;
    [[nodiscard]] const QList<ToolDefinition>& tools() const { return m_tools; }

    // GET /tools: [{name, provider, title, description, writes, inputSchema}].
    [[nodiscard]] QJsonArray toJson() const;
    [[nodiscard]] QList<ToolSummary> summaries() const;
    // ?format=vapi: Vapi function tools [{type:"function", function:{name, description, parameters}}].
    [[nodiscard]] QJsonArray toVapi() const;
    // The schema without Switchboard's own hints (patternHint, anyOfRequired), for assistants.
    [[nodiscard]] static QJsonObject publicSchema(const QJsonObject& schema);

private:
    QList<ToolDefinition> m_tools;
};

// Registers every built-in connector's tools (connectors/<provider>/).
void registerBuiltInTools(ToolRegistry& registry);

} // namespace sb

Q_DECLARE_METATYPE(sb::ToolSummary)
