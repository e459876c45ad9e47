#include "sandbox/providers/SlackApi.h"

#include "sandbox/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb::sandbox {

namespace {

QJsonObject failure(const QString& error)
{
    return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

// The method's arguments from the query, a form body or a JSON body (Slack accepts all three).
QJsonObject arguments(const net::HttpRequest& request, bool* missingCharset)
{
    QJsonObject args;
    for (const auto& [name, value] : request.query().queryItems(QUrl::FullyDecoded))
        args.insert(name, value);
    const QByteArray contentType = request.header("content-type").toLower();
    *missingCharset = false;
    if (contentType.startsWith("application/json")) {
        *missingCharset = !contentType.contains("charset");
        if (const auto body = jsonBody(request)) {
            for (auto it = body->begin(); it != body->end(); ++it)
                args.insert(it.key(), it.value());
        }
    } else if (!request.body.isEmpty()) {
        for (const auto& [name, value] : request.formItems())
            args.insert(name, value);
    }
    return args;
}

// Objects and arrays travel as JSON strings inside form fields (blocks=[…]) or as JSON in JSON bodies.
std::optional<QJsonValue> structured(const QJsonValue& value)
{
    if (!value.isString())
        return value;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString text(const QJsonValue& value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

} // namespace

SlackApi::SlackApi(const TokenIntrospector& tokens, quint32 seed)
    : m_tokens(tokens)
    , m_seed(seed)
    , m_ids(seed ^ 0x51acu)
{
    reset();
}

QString SlackApi::userId(const QString& account) const
{
    const auto accounts = demo::accounts();
    for (const auto& demoAccount : accounts) {
        if (demoAccount.email == account)
            return QStringLiteral("U0") + demoAccount.subject.rightJustified(8, u'0');
    }
    return QStringLiteral("U0SANDBOX0");
}

QString SlackApi::nextTs()
{
    // Message timestamps are unique per channel and increasing; microseconds keep them so even within a second.
    m_lastTsMicros = std::max(m_lastTsMicros + 1, QDateTime::currentMSecsSinceEpoch() * 1000);
    return QStringLiteral("%1.%2").arg(m_lastTsMicros / 1000000).arg(m_lastTsMicros % 1000000, 6, 10, QLatin1Char('0'));
}

void SlackApi::reset()
{
    m_ids.reseed(m_seed ^ 0x51acu);
    m_teamId = QStringLiteral("T0") + m_ids.from(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8);
    m_channels.clear();
    m_lastTsMicros = 0;
    const QString alice = userId(demo::accounts().first().email);
    const QString bob = userId(demo::accounts().last().email);
    const qint64 created = anchorDay().addDays(-200).toSecsSinceEpoch();

    struct Seed { const char* name; const char* purpose; bool isPrivate; bool archived; QStringList members; };
    const QList<Seed> seeds{
        {"general", "Company-wide announcements and work-based matters", false, false, {alice, bob}},
        {"random", "Non-work banter and water cooler conversation", false, false, {alice, bob}},
        {"engineering", "Builds, deploys and incidents", false, false, {alice, bob}},
        {"sales", "Deals and leads", false, false, {bob}},
        {"support", "Customer questions", false, false, {alice}},
        {"design", "Mockups and reviews", false, false, {alice, bob}},
        {"old-projects", "Archived work", false, true, {alice}},
        {"leadership", "Private: planning", true, false, {alice}},
    };
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        const Seed& seed = seeds[i];
        const QString name = QString::fromLatin1(seed.name);
        QJsonArray members;
        for (const QString& member : seed.members)
            members.append(member);
        const QJsonObject topic{{QStringLiteral("value"), QString()},
                                {QStringLiteral("creator"), QString()},
                                {QStringLiteral("last_set"), 0}};
        Channel channel;
        channel.json = QJsonObject{
            {QStringLiteral("id"), (seed.isPrivate ? QStringLiteral("G0") : QStringLiteral("C0"))
                                       + m_ids.from(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8)},
            {QStringLiteral("name"), name},
            {QStringLiteral("name_normalized"), name},
            {QStringLiteral("is_channel"), !seed.isPrivate},
            {QStringLiteral("is_group"), seed.isPrivate},
            {QStringLiteral("is_im"), false},
            {QStringLiteral("is_mpim"), false},
            {QStringLiteral("is_private"), seed.isPrivate},
            {QStringLiteral("is_archived"), seed.archived},
            {QStringLiteral("is_general"), i == 0},
            {QStringLiteral("is_shared"), false},
            {QStringLiteral("is_ext_shared"), false},
            {QStringLiteral("is_org_shared"), false},
            {QStringLiteral("is_pending_ext_shared"), false},
            {QStringLiteral("pending_shared"), QJsonArray()},
            {QStringLiteral("context_team_id"), m_teamId},
            {QStringLiteral("shared_team_ids"), QJsonArray{m_teamId}},
            {QStringLiteral("created"), created + i * 86400},
            {QStringLiteral("updated"), (created + i * 86400) * 1000},
            {QStringLiteral("creator"), alice},
            {QStringLiteral("unlinked"), 0},
            {QStringLiteral("previous_names"), QJsonArray()},
            {QStringLiteral("topic"), topic},
            {QStringLiteral("purpose"), QJsonObject{{QStringLiteral("value"), QString::fromLatin1(seed.purpose)},
                                                    {QStringLiteral("creator"), alice},
                                                    {QStringLiteral("last_set"), created}}},
            {QStringLiteral("num_members"), members.size()},
            {QStringLiteral("members"), members}}; // internal: stripped before it is served
        m_channels.append(channel);
    }
    // A little history in #general and #engineering.
    const QList<std::pair<int, QString>> history{{0, QStringLiteral("Welcome to the sandbox workspace!")},
                                                 {2, QStringLiteral("Deploy of v2.3 finished, all green.")},
                                                 {2, QStringLiteral("Postmortem notes are in the wiki.")}};
    qint64 ts = anchorDay().addDays(-2).toSecsSinceEpoch();
    for (const auto& [index, message] : history) {
        ts += 3600;
        const QString stamp = QStringLiteral("%1.%2").arg(ts).arg(qint64(m_ids.bounded(1000000)), 6, 10, QLatin1Char('0'));
        m_channels[index].messages.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                                      {QStringLiteral("user"), index == 0 ? alice : bob},
                                                      {QStringLiteral("text"), message},
                                                      {QStringLiteral("ts"), stamp},
                                                      {QStringLiteral("team"), m_teamId}});
    }
}

SlackApi::Channel* SlackApi::findChannel(const QString& idOrName, const QString& account)
{
    QString wanted = idOrName;
    if (wanted.startsWith(u'#'))
        wanted.remove(0, 1);
    for (Channel& channel : m_channels) {
        if (channel.json.value(QStringLiteral("id")).toString() != wanted
            && channel.json.value(QStringLiteral("name")).toString() != wanted)
            continue;
        // Private channels exist only for their members.
        if (channel.json.value(QStringLiteral("is_private")).toBool()
            && !channel.json.value(QStringLiteral("members")).toArray().contains(userId(account)))
            return nullptr;
        return &channel;
    }
    return nullptr;
}

std::optional<net::HttpResponse> SlackApi::handle(const net::HttpRequest& request)
{
    const QStringList path = pathSegments(request);
    if (path.size() != 2 || path.first() != QLatin1String("api"))
        return std::nullopt;
    const QString method = path[1];

    bool missingCharset = false;
    const QJsonObject args = arguments(request, &missingCharset);
    QJsonObject result;
    // auth.test and oauth.v2.access belong to the sandbox's Slack OAuth routes, which see requests first.
    static const QStringList known{QStringLiteral("api.test"), QStringLiteral("chat.postMessage"), QStringLiteral("conversations.list"),
                                   QStringLiteral("conversations.history")};
    if (!known.contains(method)) {
        result = failure(QStringLiteral("unknown_method"));
    } else if (method == QLatin1String("api.test")) {
        result = QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("args"), args}};
    } else {
        // The token travels in the Authorization header; form bodies may still carry `token` (older clients).
        QByteArray token = request.bearerToken();
        if (token.isEmpty())
            token = args.value(QStringLiteral("token")).toString().toUtf8();
        const std::optional<QString> account =
            token.isEmpty() ? std::nullopt : m_tokens.accountForAccessToken(QStringLiteral("slack"), token);
        if (token.isEmpty())
            result = failure(QStringLiteral("not_authed"));
        else if (!account)
            result = failure(QStringLiteral("invalid_auth"));
        else if (method == QLatin1String("chat.postMessage"))
            result = postMessage(args, *account);
        else if (method == QLatin1String("conversations.list"))
            result = listConversations(args, *account);
        else
            result = history(args, *account);
    }
    if (missingCharset) {
        // Slack points out a JSON body sent without a charset, and carries on.
        result.insert(QStringLiteral("warning"), QStringLiteral("missing_charset"));
        QJsonObject metadata = result.value(QStringLiteral("response_metadata")).toObject();
        metadata.insert(QStringLiteral("warnings"), QJsonArray{QStringLiteral("missing_charset")});
        result.insert(QStringLiteral("response_metadata"), metadata);
    }
    net::HttpResponse response = net::HttpResponse::json(result);
    response.setHeader("X-Slack-Req-Id", m_ids.hex(32).toUtf8());
    return response;
}

QJsonObject SlackApi::postMessage(const QJsonObject& args, const QString& account)
{
    const QString channelArg = text(args.value(QStringLiteral("channel")));
    if (channelArg.isEmpty())
        return failure(QStringLiteral("channel_not_found"));
    Channel* channel = findChannel(channelArg, account);
    if (!channel)
        return failure(QStringLiteral("channel_not_found"));
    if (channel->json.value(QStringLiteral("is_archived")).toBool())
        return failure(QStringLiteral("is_archived"));

    QJsonObject message{{QStringLiteral("type"), QStringLiteral("message")},
                        {QStringLiteral("user"), userId(account)},
                        {QStringLiteral("team"), m_teamId}};
    const QString body = text(args.value(QStringLiteral("text")));
    bool hasContent = !body.trimmed().isEmpty();
    message.insert(QStringLiteral("text"), body);
    for (const QString& field : {QStringLiteral("blocks"), QStringLiteral("attachments")}) {
        if (!args.contains(field) || text(args.value(field)).isEmpty())
            continue;
        const std::optional<QJsonValue> value = structured(args.value(field));
        if (!value || !value->isArray())
            return failure(field == QLatin1String("blocks") ? QStringLiteral("invalid_blocks_format")
                                                            : QStringLiteral("invalid_attachments"));
        if (field == QLatin1String("blocks")) {
            for (const QJsonValue& block : value->toArray()) {
                if (!block.isObject() || block.toObject().value(QStringLiteral("type")).toString().isEmpty())
                    return failure(QStringLiteral("invalid_blocks"));
            }
        }
        hasContent = hasContent || !value->toArray().isEmpty();
        message.insert(field, *value);
    }
    if (!hasContent)
        return failure(QStringLiteral("no_text"));
    if (body.size() > 40000)
        return failure(QStringLiteral("msg_too_long"));
    const QString threadTs = text(args.value(QStringLiteral("thread_ts")));
    const QString ts = nextTs();
    message.insert(QStringLiteral("ts"), ts);
    if (!threadTs.isEmpty())
        message.insert(QStringLiteral("thread_ts"), threadTs);
    channel->messages.append(message);
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("channel"), channel->json.value(QStringLiteral("id"))},
                       {QStringLiteral("ts"), ts},
                       {QStringLiteral("message"), message}};
}

QJsonObject SlackApi::listConversations(const QJsonObject& args, const QString& account)
{
    const QStringList types = text(args.value(QStringLiteral("types"))).isEmpty()
                                  ? QStringList{QStringLiteral("public_channel")}
                                  : text(args.value(QStringLiteral("types"))).split(u',', Qt::SkipEmptyParts);
    for (const QString& type : types) {
        if (!QStringList{QStringLiteral("public_channel"), QStringLiteral("private_channel"), QStringLiteral("mpim"),
                         QStringLiteral("im")}
                 .contains(type.trimmed()))
            return failure(QStringLiteral("invalid_types"));
    }
    const QString excludeArchived = text(args.value(QStringLiteral("exclude_archived")));
    const bool skipArchived = excludeArchived == QLatin1String("true") || excludeArchived == QLatin1String("1");
    bool ok = true;
    const QString limitText = text(args.value(QStringLiteral("limit")));
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return failure(QStringLiteral("invalid_limit"));
    const auto offset = Pager::offset(QStringLiteral("team:") + m_teamId, text(args.value(QStringLiteral("cursor"))),
                                      Pager::Encoding::Base64);
    if (!offset)
        return failure(QStringLiteral("invalid_cursor"));

    const QString me = userId(account);
    QList<QJsonObject> visible;
    for (const Channel& channel : m_channels) {
        QJsonObject json = channel.json;
        const bool isPrivate = json.value(QStringLiteral("is_private")).toBool();
        const bool member = json.value(QStringLiteral("members")).toArray().contains(me);
        if ((isPrivate && (!member || !types.contains(QStringLiteral("private_channel"))))
            || (!isPrivate && !types.contains(QStringLiteral("public_channel")))
            || (skipArchived && json.value(QStringLiteral("is_archived")).toBool()))
            continue;
        json.remove(QStringLiteral("members"));
        json.insert(QStringLiteral("is_member"), member);
        visible.append(json);
    }
    const Pager::Slice slice = Pager::slice(visible.size(), *offset, limit);
    QJsonArray channels;
    for (qsizetype i = slice.begin; i < slice.end; ++i)
        channels.append(visible[i]);
    return QJsonObject{
        {QStringLiteral("ok"), true},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("response_metadata"),
         QJsonObject{{QStringLiteral("next_cursor"),
                      slice.next ? Pager::token(QStringLiteral("team:") + m_teamId, *slice.next, Pager::Encoding::Base64)
                                 : QString()}}}};
}

QJsonObject SlackApi::history(const QJsonObject& args, const QString& account)
{
    Channel* channel = findChannel(text(args.value(QStringLiteral("channel"))), account);
    if (!channel)
        return failure(QStringLiteral("channel_not_found"));
    if (!channel->json.value(QStringLiteral("members")).toArray().contains(userId(account)))
        return failure(QStringLiteral("not_in_channel"));
    bool ok = true;
    const QString limitText = text(args.value(QStringLiteral("limit")));
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return failure(QStringLiteral("invalid_limit"));
    const QString scope = QStringLiteral("history:") + channel->json.value(QStringLiteral("id")).toString();
    const auto offset = Pager::offset(scope, text(args.value(QStringLiteral("cursor"))), Pager::Encoding::Base64);
    if (!offset)
        return failure(QStringLiteral("invalid_cursor"));
    const double oldest = text(args.value(QStringLiteral("oldest"))).toDouble();
    const QString latestText = text(args.value(QStringLiteral("latest")));
    const double latest = latestText.isEmpty() ? 1e18 : latestText.toDouble();
    QList<QJsonObject> messages; // newest first
    for (auto it = channel->messages.crbegin(); it != channel->messages.crend(); ++it) {
        const double ts = it->value(QStringLiteral("ts")).toString().toDouble();
        if (ts >= oldest && ts <= latest)
            messages.append(*it);
    }
    const Pager::Slice slice = Pager::slice(messages.size(), *offset, limit);
    QJsonArray page;
    for (qsizetype i = slice.begin; i < slice.end; ++i)
        page.append(messages[i]);
    return QJsonObject{
        {QStringLiteral("ok"), true},
        {QStringLiteral("messages"), page},
        {QStringLiteral("has_more"), bool(slice.next)},
        {QStringLiteral("pin_count"), 0},
        {QStringLiteral("response_metadata"),
         QJsonObject{{QStringLiteral("next_cursor"),
                      slice.next ? Pager::token(scope, *slice.next, Pager::Encoding::Base64) : QString()}}}};
}

} // namespace sb::sandbox
