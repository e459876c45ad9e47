#include "connectors/slack/SlackTools.h"

#include "connectors/slack/SlackClient.h"
#include "tools/ToolRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb {

namespace {

using namespace connector;
using Context = std::shared_ptr<ToolContext>;

QString tr(const char* text)
{
    return QCoreApplication::translate("SlackTools", text);
}

void postMessage(Context c, ToolDone done)
{
    Form form{{QStringLiteral("channel"), c->input.value(QStringLiteral("channel")).toString()},
              {QStringLiteral("text"), c->input.value(QStringLiteral("text")).toString()}};
    if (c->input.contains(QStringLiteral("threadTs")))
        form.append({QStringLiteral("thread_ts"), c->input.value(QStringLiteral("threadTs")).toString()});
    // chat.postMessage has no idempotency key: a retry could post twice.
    slack::callMethod(c, QStringLiteral("chat.postMessage"), form, false, done, [done](const QJsonObject& body) {
        done(QJsonObject{{QStringLiteral("channel"), body.value(QStringLiteral("channel"))},
                         {QStringLiteral("ts"), body.value(QStringLiteral("ts"))},
                         {QStringLiteral("text"), body.value(QStringLiteral("message")).toObject().value(QStringLiteral("text"))}});
    });
}

void listChannels(Context c, ToolDone done)
{
    Form form{{QStringLiteral("limit"), QString::number(c->input.value(QStringLiteral("limit")).toInt(100))},
              {QStringLiteral("exclude_archived"), QStringLiteral("true")},
              {QStringLiteral("types"), c->input.value(QStringLiteral("types")).toString(QStringLiteral("public_channel"))}};
    slack::callMethod(c, QStringLiteral("conversations.list"), form, true, done, [done](const QJsonObject& body) {
        QJsonArray channels;
        for (const QJsonValue& value : body.value(QStringLiteral("channels")).toArray()) {
            const QJsonObject ch = value.toObject();
            channels.append(QJsonObject{{QStringLiteral("id"), ch.value(QStringLiteral("id"))},
                                        {QStringLiteral("name"), ch.value(QStringLiteral("name"))},
                                        {QStringLiteral("isPrivate"), ch.value(QStringLiteral("is_private"))},
                                        {QStringLiteral("isMember"), ch.value(QStringLiteral("is_member"))},
                                        {QStringLiteral("numMembers"), ch.value(QStringLiteral("num_members"))}});
        }
        done(QJsonObject{{QStringLiteral("channels"), channels}, {QStringLiteral("count"), channels.size()}});
    });
}

} // namespace

void registerSlackTools(ToolRegistry& registry)
{
    const QString provider = QStringLiteral("slack");
    registry.add({QStringLiteral("post_message"), provider, tr("Post a Slack message"),
                  tr("Post a message to a Slack channel of the connected workspace."),
                  object({{QStringLiteral("channel"), string(tr("Channel id (C…) or name (#general)"), {{QStringLiteral("minLength"), 1}})},
                          {QStringLiteral("text"), string(tr("Message text (Slack mrkdwn)"), {{QStringLiteral("minLength"), 1}})},
                          {QStringLiteral("threadTs"), string(tr("Reply in this thread (the parent's ts)"))}},
                         {QStringLiteral("channel"), QStringLiteral("text")}),
                  true, postMessage});
    registry.add({QStringLiteral("list_channels"), provider, tr("List Slack channels"),
                  tr("List the channels of the connected Slack workspace."),
                  object({{QStringLiteral("limit"), integer(tr("How many (1–1000, default 100)"),
                                                            {{QStringLiteral("minimum"), 1}, {QStringLiteral("maximum"), 1000}})},
                          {QStringLiteral("types"), string(tr("public_channel, private_channel (comma-separated)"))}}),
                  false, listChannels});
}

} // namespace sb
