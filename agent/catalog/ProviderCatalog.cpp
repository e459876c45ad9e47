#include "catalog/ProviderCatalog.h"

#include "core/Logging.h"

#include <QObject>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace sb {

namespace {

const QString kInvalid = QStringLiteral("catalog_invalid");

// The endpoint keys a file may use, in the order the messages list them.
const QStringList& endpointKeys()
{
    static const QStringList keys{QStringLiteral("authorize"), QStringLiteral("token"), QStringLiteral("revoke"),
                                  QStringLiteral("userinfo"), QStringLiteral("discovery")};
    return keys;
}

QUrl* endpointSlot(ProviderInfo& info, const QString& key)
{
    if (key == QLatin1String("authorize"))
        return &info.authorizeUrl;
    if (key == QLatin1String("token"))
        return &info.tokenUrl;
    if (key == QLatin1String("revoke"))
        return &info.revokeUrl;
    if (key == QLatin1String("userinfo"))
        return &info.userinfoUrl;
    if (key == QLatin1String("discovery"))
        return &info.discoveryUrl;
    return nullptr;
}

bool isAbsoluteHttpUrl(const QUrl& url)
{
    return url.isValid() && !url.isRelative() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

bool isLoopbackHost(const QString& host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

// "https://sso.example.com/realms/acme/" → "https://sso.example.com/realms/acme": the prefix endpoints hang off.
QString issuerPrefix(const QUrl& issuer)
{
    QString text = issuer.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

QUrl withBase(QUrl url, const QUrl& base)
{
    url.setScheme(base.scheme());
    url.setHost(base.host());
    url.setPort(base.port()); // -1 when the base has none: the scheme's default port
    return url;
}

// Reads one provider file; every failure names the file and the field (as a dotted path) that is wrong.
class FileParser
{
public:
    explicit FileParser(QString fileName)
        : m_file(std::move(fileName))
    {
    }

    Result<ProviderInfo> parse(const QByteArray& json)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(kInvalid, QObject::tr("%1: not valid JSON at offset %2: %3")
                                      .arg(m_file)
                                      .arg(parseError.offset)
                                      .arg(parseError.errorString()));
        if (!doc.isObject())
            return fail(kInvalid, QObject::tr("%1: the document must be a JSON object").arg(m_file));
        const QJsonObject root = doc.object();

        static const QStringList known{QStringLiteral("id"),
                                       QStringLiteral("displayName"),
                                       QStringLiteral("icon"),
                                       QStringLiteral("authKind"),
                                       QStringLiteral("embeddedBrowserAllowed"),
                                       QStringLiteral("pkce"),
                                       QStringLiteral("issuer"),
                                       QStringLiteral("needsIssuer"),
                                       QStringLiteral("endpoints"),
                                       QStringLiteral("apiBases"),
                                       QStringLiteral("scopes"),
                                       QStringLiteral("authorizeParams"),
                                       QStringLiteral("tools"),
                                       QStringLiteral("$comment")};
        for (const QString& key : root.keys()) {
            // Unknown keys are tolerated so older agents can read newer files, but a typo should be visible.
            if (!known.contains(key))
                qCWarning(lcCatalog).noquote() << m_file << "ignores unknown field" << key;
        }

        // Order matters: endpoints hang off the issuer, and what is required depends on the auth kind.
        using Step = Status (FileParser::*)(const QJsonObject&, ProviderInfo&) const;
        ProviderInfo info;
        for (Step step : {&FileParser::readIdentity, &FileParser::readAuthKind, &FileParser::readPkce,
                          &FileParser::readIssuer, &FileParser::readEndpoints, &FileParser::readApiBases,
                          &FileParser::readScopes, &FileParser::readAuthorizeParams, &FileParser::readTools}) {
            if (Status ok = (this->*step)(root, info); !ok)
                return std::unexpected(ok.error());
        }
        return info;
    }

private:
    [[nodiscard]] std::unexpected<Error> invalid(const QString& field, const QString& problem) const
    {
        return fail(kInvalid, QObject::tr("%1: field \"%2\" %3").arg(m_file, field, problem));
    }

    [[nodiscard]] static QString typeName(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::Null: return QObject::tr("null");
        case QJsonValue::Bool: return QObject::tr("a boolean");
        case QJsonValue::Double: return QObject::tr("a number");
        case QJsonValue::String: return QObject::tr("a string");
        case QJsonValue::Array: return QObject::tr("an array");
        case QJsonValue::Object: return QObject::tr("an object");
        case QJsonValue::Undefined: break;
        }
        return QObject::tr("missing");
    }

    [[nodiscard]] std::unexpected<Error> wrongType(const QString& field, const QString& expected,
                                                   const QJsonValue& value) const
    {
        return invalid(field, QObject::tr("must be %1, not %2").arg(expected, typeName(value)));
    }

    Status requiredString(const QJsonObject& object, const QString& key, QString& out, const QString& path = {}) const
    {
        const QString field = path.isEmpty() ? key : path;
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return invalid(field, QObject::tr("is missing"));
        if (!value.isString())
            return wrongType(field, QObject::tr("a string"), value);
        out = value.toString().trimmed();
        if (out.isEmpty())
            return invalid(field, QObject::tr("must not be empty"));
        return {};
    }

    Status optionalBool(const QJsonObject& object, const QString& key, bool& out, const QString& path = {}) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isBool())
            return wrongType(path.isEmpty() ? key : path, QObject::tr("true or false"), value);
        out = value.toBool();
        return {};
    }

    // An absolute http(s) URL, or a path starting with '/' when the provider has an issuer to hang it off.
    Result<QUrl> url(const QJsonValue& value, const QString& field, const QUrl& issuer = {}) const
    {
        if (!value.isString())
            return wrongType(field, QObject::tr("a URL string"), value);
        const QString text = value.toString().trimmed();
        if (text.startsWith(QLatin1Char('/')) && !text.startsWith(QLatin1String("//"))) {
            if (issuer.isEmpty())
                return invalid(
                    field, QObject::tr("must be an absolute URL (a bare path needs \"issuer\"), got \"%1\"").arg(text));
            const QUrl joined(issuerPrefix(issuer) + text, QUrl::StrictMode);
            if (!isAbsoluteHttpUrl(joined))
                return invalid(field, QObject::tr("does not make a valid URL with the issuer (got \"%1\")").arg(text));
            return joined;
        }
        const QUrl parsed(text, QUrl::StrictMode);
        if (!isAbsoluteHttpUrl(parsed))
            return invalid(field, QObject::tr("must be an absolute URL (got \"%1\")").arg(text));
        return parsed;
    }

    Status readIdentity(const QJsonObject& root, ProviderInfo& info) const
    {
        if (Status ok = requiredString(root, QStringLiteral("id"), info.id); !ok)
            return ok;
        // The id names secrets, database rows and URLs: keep it to characters that are safe everywhere.
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
        if (!idPattern.match(info.id).hasMatch())
            return invalid(QStringLiteral("id"),
                           QObject::tr("must be lower-case letters, digits, '-' or '_' (got \"%1\")").arg(info.id));
        if (Status ok = requiredString(root, QStringLiteral("displayName"), info.displayName); !ok)
            return ok;
        if (Status ok = requiredString(root, QStringLiteral("icon"), info.iconPath); !ok)
            return ok;
        return optionalBool(root, QStringLiteral("embeddedBrowserAllowed"), info.embeddedBrowserAllowed);
    }

    Status readAuthKind(const QJsonObject& root, ProviderInfo& info) const
    {
        QString kind;
        if (Status ok = requiredString(root, QStringLiteral("authKind"), kind); !ok)
            return ok;
        if (kind == QLatin1String("oauth2"))
            info.authKind = AuthKind::OAuth2;
        else if (kind == QLatin1String("api_key"))
            info.authKind = AuthKind::ApiKey;
        else if (kind == QLatin1String("basic"))
            info.authKind = AuthKind::Basic;
        else
            return invalid(QStringLiteral("authKind"),
                           QObject::tr("must be \"oauth2\", \"api_key\" or \"basic\" (got \"%1\")").arg(kind));
        return {};
    }

    Status readPkce(const QJsonObject& root, ProviderInfo& info) const
    {
        const QJsonValue value = root.value(QStringLiteral("pkce"));
        if (value.isUndefined()) {
            // An OAuth provider must say; guessing "none" would silently weaken the flow.
            if (info.authKind == AuthKind::OAuth2)
                return invalid(
                    QStringLiteral("pkce"),
                    QObject::tr("is missing (an oauth2 provider must say \"required\", \"supported\" or \"none\")"));
            return {};
        }
        if (!value.isString())
            return wrongType(QStringLiteral("pkce"), QObject::tr("a string"), value);
        const QString mode = value.toString();
        if (mode == QLatin1String("none"))
            info.pkce = PkceMode::None;
        else if (mode == QLatin1String("supported"))
            info.pkce = PkceMode::Supported;
        else if (mode == QLatin1String("required"))
            info.pkce = PkceMode::Required;
        else
            return invalid(QStringLiteral("pkce"),
                           QObject::tr("must be \"required\", \"supported\" or \"none\" (got \"%1\")").arg(mode));
        return {};
    }

    Status readIssuer(const QJsonObject& root, ProviderInfo& info) const
    {
        if (Status ok = optionalBool(root, QStringLiteral("needsIssuer"), info.needsIssuer); !ok)
            return ok;
        const QJsonValue value = root.value(QStringLiteral("issuer"));
        if (value.isUndefined()) {
            if (info.needsIssuer)
                return invalid(QStringLiteral("issuer"),
                               QObject::tr("is missing (\"needsIssuer\" needs a placeholder issuer)"));
            return {};
        }
        Result<QUrl> issuer = url(value, QStringLiteral("issuer"));
        if (!issuer)
            return std::unexpected(issuer.error());
        info.issuer = *issuer;
        return {};
    }

    Status readEndpoints(const QJsonObject& root, ProviderInfo& info) const
    {
        const QJsonValue value = root.value(QStringLiteral("endpoints"));
        const bool oauth = info.authKind == AuthKind::OAuth2;
        if (value.isUndefined()) {
            if (oauth)
                return invalid(QStringLiteral("endpoints"), QObject::tr("is missing"));
            return {};
        }
        if (!value.isObject())
            return wrongType(QStringLiteral("endpoints"), QObject::tr("an object"), value);
        const QJsonObject endpoints = value.toObject();
        for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
            const QString field = QStringLiteral("endpoints.") + it.key();
            QUrl* slot = endpointSlot(info, it.key());
            if (!slot)
                return invalid(
                    field, QObject::tr("is not a known endpoint (%1)").arg(endpointKeys().join(QStringLiteral(", "))));
            Result<QUrl> parsed = url(it.value(), field, info.issuer);
            if (!parsed)
                return std::unexpected(parsed.error());
            *slot = *parsed;
        }
        if (oauth) {
            for (const char* key : {"authorize", "token"}) {
                if (!endpoints.contains(QLatin1String(key)))
                    return invalid(QStringLiteral("endpoints.") + QLatin1String(key),
                                   QObject::tr("is missing (an oauth2 provider needs it)"));
            }
        }
        return {};
    }

    Status readApiBases(const QJsonObject& root, ProviderInfo& info) const
    {
        const QJsonValue value = root.value(QStringLiteral("apiBases"));
        if (value.isUndefined())
            return invalid(QStringLiteral("apiBases"), QObject::tr("is missing"));
        if (!value.isObject())
            return wrongType(QStringLiteral("apiBases"), QObject::tr("an object"), value);
        const QJsonObject bases = value.toObject();
        for (auto it = bases.begin(); it != bases.end(); ++it) {
            Result<QUrl> parsed = url(it.value(), QStringLiteral("apiBases.") + it.key(), info.issuer);
            if (!parsed)
                return std::unexpected(parsed.error());
            info.apiBases.insert(it.key(), *parsed);
        }
        return {};
    }

    Status readScopes(const QJsonObject& root, ProviderInfo& info) const
    {
        const QJsonValue value = root.value(QStringLiteral("scopes"));
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            return wrongType(QStringLiteral("scopes"), QObject::tr("an array"), value);
        const QJsonArray scopes = value.toArray();
        for (qsizetype i = 0; i < scopes.size(); ++i) {
            const QString path = QStringLiteral("scopes[%1]").arg(i);
            if (!scopes.at(i).isObject())
                return wrongType(path, QObject::tr("an object"), scopes.at(i));
            const QJsonObject object = scopes.at(i).toObject();
            ScopeInfo scope;
            Status ok = requiredString(object, QStringLiteral("scope"), scope.scope, path + QStringLiteral(".scope"));
            if (ok)
                ok = requiredString(object, QStringLiteral("description"), scope.description,
                                    path + QStringLiteral(".description"));
            if (ok)
                ok =
                    optionalBool(object, QStringLiteral("default"), scope.isDefault, path + QStringLiteral(".default"));
            if (!ok)
                return ok;
            for (const ScopeInfo& earlier : std::as_const(info.scopes)) {
                if (earlier.scope == scope.scope)
                    return invalid(path + QStringLiteral(".scope"), QObject::tr("repeats \"%1\"").arg(scope.scope));
            }
            info.scopes.append(scope);
        }
        return {};
    }

    Status readAuthorizeParams(const QJsonObject& root, ProviderInfo& info) const
    {
        const QJsonValue value = root.value(QStringLiteral("authorizeParams"));
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            return wrongType(QStringLiteral("authorizeParams"), QObject::tr("an object"), value);
        const QJsonObject params = value.toObject();
        for (auto it = params.begin(); it != params.end(); ++it) {
            if (!it.value().isString())
                return wrongType(QStringLiteral("authorizeParams.") + it.key(), QObject::tr("a string"), it.value());
            info.extraAuthorizeParams.insert(it.key(), it.value().toString());
        }
        return {};
    }

    Status readTools(const QJsonObject& root, ProviderInfo& info) const
    {
        const QJsonValue value = root.value(QStringLiteral("tools"));
        if (value.isUndefined())
            return invalid(QStringLiteral("tools"), QObject::tr("is missing"));
        if (!value.isArray())
            return wrongType(QStringLiteral("tools"), QObject::tr("an array"), value);
        const QJsonArray tools = value.toArray();
        for (qsizetype i = 0; i < tools.size(); ++i) {
            const QString path = QStringLiteral("tools[%1]").arg(i);
            if (!tools.at(i).isString())
                return wrongType(path, QObject::tr("a tool name"), tools.at(i));
            if (tools.at(i).toString().isEmpty())
                return invalid(path, QObject::tr("must not be empty"));
            info.tools.append(tools.at(i).toString());
        }
        return {};
    }

    QString m_file;
};

qsizetype displayRank(const QString& id)
{
    const qsizetype rank = ProviderCatalog::builtInIds().indexOf(id);
    return rank < 0 ? ProviderCatalog::builtInIds().size() : rank;
}

} // namespace

// ---- ProviderInfo ------------------------------------------------------------------------------------------------

QString ProviderInfo::authKindName() const
{
    switch (authKind) {
    case AuthKind::OAuth2: return QStringLiteral("oauth2");
    case AuthKind::ApiKey: return QStringLiteral("api_key");
    case AuthKind::Basic: return QStringLiteral("basic");
    }
    return QStringLiteral("oauth2");
}

QString ProviderInfo::pkceName() const
{
    switch (pkce) {
    case PkceMode::None: return QStringLiteral("none");
    case PkceMode::Supported: return QStringLiteral("supported");
    case PkceMode::Required: return QStringLiteral("required");
    }
    return QStringLiteral("none");
}

QString ProviderInfo::describeScope(const QString& scope) const
{
    for (const ScopeInfo& info : scopes) {
        if (info.scope == scope)
            return info.description;
    }
    return scope;
}

QStringList ProviderInfo::defaultScopes() const
{
    QStringList result;
    for (const ScopeInfo& info : scopes) {
        if (info.isDefault)
            result.append(info.scope);
    }
    return result;
}

QList<QUrl> ProviderInfo::allUrls() const
{
    QList<QUrl> urls;
    for (const QUrl& url : {authorizeUrl, tokenUrl, revokeUrl, userinfoUrl, discoveryUrl, issuer}) {
        if (!url.isEmpty())
            urls.append(url);
    }
    for (const QUrl& url : apiBases)
        urls.append(url);
    return urls;
}

// ---- ProviderCatalog ---------------------------------------------------------------------------------------------

QStringList ProviderCatalog::builtInIds()
{
    return {QStringLiteral("google"), QStringLiteral("microsoft"), QStringLiteral("slack"),
            QStringLiteral("twilio"), QStringLiteral("stripe"),    QStringLiteral("generic")};
}

Result<ProviderInfo> ProviderCatalog::parse(const QByteArray& json, const QString& fileName)
{
    return FileParser(fileName).parse(json);
}

Result<ProviderCatalog> ProviderCatalog::loadBuiltIn()
{
    // Read whatever the resource holds rather than a fixed list, so adding a provider is adding a file.
    const QDir dir(QStringLiteral(":/providers"));
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    if (paths.isEmpty())
        return fail(kInvalid, QObject::tr("No provider files are built in (:/providers is empty)."));
    return loadFiles(paths);
}

Result<ProviderCatalog> ProviderCatalog::loadFiles(const QStringList& paths)
{
    ProviderCatalog catalog;
    QMap<QString, QString> fileOf; // id → file, to name both files when an id repeats
    for (const QString& path : paths) {
        const QString fileName = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(kInvalid, QObject::tr("%1: cannot read the file: %2").arg(fileName, file.errorString()));
        Result<ProviderInfo> info = parse(file.readAll(), fileName);
        if (!info)
            return std::unexpected(info.error());
        if (fileOf.contains(info->id))
            return fail(
                kInvalid,
                QObject::tr("%1: field \"id\" repeats \"%2\" from %3").arg(fileName, info->id, fileOf.value(info->id)));
        fileOf.insert(info->id, fileName);
        catalog.m_providers.append(std::move(*info));
    }
    std::stable_sort(catalog.m_providers.begin(), catalog.m_providers.end(),
                     [](const ProviderInfo& a, const ProviderInfo& b) {
                         const qsizetype ra = displayRank(a.id), rb = displayRank(b.id);
                         return ra != rb ? ra < rb : a.id < b.id;
                     });
    qCDebug(lcCatalog) << "loaded" << catalog.m_providers.size() << "providers from" << paths.size() << "files";
    return catalog;
}

const ProviderInfo* ProviderCatalog::find(const QString& id) const
{
    for (const ProviderInfo& info : m_providers) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

ProviderInfo* ProviderCatalog::findMutable(const QString& id)
{
    return const_cast<ProviderInfo*>(std::as_const(*this).find(id));
}

QList<ProviderInfo> ProviderCatalog::providers() const
{
    return m_providers;
}

Result<ProviderInfo*> ProviderCatalog::providerForChange(const QString& id)
{
    ProviderInfo* info = findMutable(id);
    if (!info)
        return fail(QStringLiteral("catalog_unknown_provider"),
                    QObject::tr("There is no provider \"%1\" in the catalog.").arg(id));
    return info;
}

Status ProviderCatalog::overrideBase(const QString& providerId, const QUrl& base)
{
    Result<ProviderInfo*> found = providerForChange(providerId);
    if (!found)
        return std::unexpected(found.error());
    if (!isAbsoluteHttpUrl(base))
        return fail(QStringLiteral("catalog_bad_override"),
                    QObject::tr("The override for %1 must be an absolute http(s) URL (got \"%2\").")
                        .arg(providerId, base.toString()));
    ProviderInfo& info = **found;
    for (QUrl* url :
         {&info.authorizeUrl, &info.tokenUrl, &info.revokeUrl, &info.userinfoUrl, &info.discoveryUrl, &info.issuer}) {
        if (!url->isEmpty())
            *url = withBase(*url, base);
    }
    for (QUrl& url : info.apiBases)
        url = withBase(url, base);
    info.overridden = true;
    // The issuer is no longer the file's placeholder: it is wherever the override sent it.
    info.needsIssuer = false;
    qCInfo(lcCatalog).noquote() << providerId << "now points at" << base.adjusted(QUrl::RemovePath).toString();
    return {};
}

Status ProviderCatalog::overrideHost(const QString& providerId, const QString& host, const QUrl& base)
{
    Result<ProviderInfo*> found = providerForChange(providerId);
    if (!found)
        return std::unexpected(found.error());
    if (!isAbsoluteHttpUrl(base))
        return fail(QStringLiteral("catalog_bad_override"),
                    QObject::tr("The override for %1 must be an absolute http(s) URL (got \"%2\").")
                        .arg(providerId, base.toString()));
    ProviderInfo& info = **found;
    const auto matches = [&host](const QUrl& url) {
        return !url.isEmpty() && url.host().compare(host, Qt::CaseInsensitive) == 0;
    };
    int changed = 0;
    for (QUrl* url :
         {&info.authorizeUrl, &info.tokenUrl, &info.revokeUrl, &info.userinfoUrl, &info.discoveryUrl, &info.issuer}) {
        if (matches(*url)) {
            *url = withBase(*url, base);
            ++changed;
        }
    }
    for (QUrl& url : info.apiBases) {
        if (matches(url)) {
            url = withBase(url, base);
            ++changed;
        }
    }
    // A host the provider never uses is almost certainly a typo: say so instead of doing nothing.
    if (changed == 0)
        return fail(QStringLiteral("catalog_bad_override"),
                    QObject::tr("%1 uses no URL on host \"%2\".").arg(info.displayName, host));
    info.overridden = true;
    qCInfo(lcCatalog).noquote() << providerId << host << "now points at" << base.adjusted(QUrl::RemovePath).toString();
    return {};
}

Status ProviderCatalog::setIssuer(const QString& providerId, const QUrl& issuer)
{
    Result<ProviderInfo*> found = providerForChange(providerId);
    if (!found)
        return std::unexpected(found.error());
    ProviderInfo& info = **found;
    if (!isAbsoluteHttpUrl(issuer) || issuer.hasQuery() || issuer.hasFragment())
        return fail(QStringLiteral("catalog_bad_issuer"),
                    QObject::tr("The issuer must be an absolute https URL without query or fragment (got \"%1\").")
                        .arg(issuer.toString()));
    // Tokens travel to the issuer: plain http only for an identity provider on this machine.
    if (issuer.scheme() != QLatin1String("https") && !isLoopbackHost(issuer.host()))
        return fail(QStringLiteral("catalog_bad_issuer"),
                    QObject::tr("The issuer must use https (got \"%1\").").arg(issuer.toString()));
    const QString oldPrefix = info.issuer.isEmpty() ? QString() : issuerPrefix(info.issuer);
    const QString newPrefix = issuerPrefix(issuer);
    const auto move = [&](QUrl& url) {
        if (oldPrefix.isEmpty() || url.isEmpty())
            return;
        const QString text = url.toString();
        if (text == oldPrefix || text.startsWith(oldPrefix + QLatin1Char('/')))
            url = QUrl(newPrefix + text.mid(oldPrefix.size()));
    };
    for (QUrl* url : {&info.authorizeUrl, &info.tokenUrl, &info.revokeUrl, &info.userinfoUrl, &info.discoveryUrl})
        move(*url);
    for (QUrl& url : info.apiBases)
        move(url);
    info.issuer = issuer;
    info.needsIssuer = false;
    return {};
}

Status ProviderCatalog::applyDiscovery(const QString& providerId, const QByteArray& discoveryJson)
{
    Result<ProviderInfo*> found = providerForChange(providerId);
    if (!found)
        return std::unexpected(found.error());
    const QString source = QObject::tr("%1 discovery document").arg(providerId);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(discoveryJson, &parseError);
    if (!doc.isObject())
        return fail(QStringLiteral("catalog_bad_discovery"),
                    QObject::tr("%1: not a JSON object (%2)").arg(source, parseError.errorString()));
    const QJsonObject object = doc.object();

    // Validate everything before changing anything, so a bad document leaves the provider as it was.
    ProviderInfo updated = **found;
    const QList<std::pair<QString, QUrl*>> fields{
        {QStringLiteral("issuer"), &updated.issuer},
        {QStringLiteral("authorization_endpoint"), &updated.authorizeUrl},
        {QStringLiteral("token_endpoint"), &updated.tokenUrl},
        {QStringLiteral("revocation_endpoint"), &updated.revokeUrl},
        {QStringLiteral("userinfo_endpoint"), &updated.userinfoUrl},
    };
    for (const auto& [key, slot] : fields) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            continue;
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!value.isString() || !isAbsoluteHttpUrl(url))
            return fail(QStringLiteral("catalog_bad_discovery"),
                        QObject::tr("%1: field \"%2\" must be an absolute URL").arg(source, key));
        *slot = url;
    }
    if (object.contains(QStringLiteral("issuer")))
        updated.needsIssuer = false;
    **found = updated;
    return {};
}

} // namespace sb
