#include "oauth/LoopbackRedirectCatcher.h"

#include "net/LoopbackHttpServer.h"
#include "oauth/OAuthTypes.h"

namespace sb {

LoopbackRedirectCatcher::LoopbackRedirectCatcher(QString provider, QObject* parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_server(std::make_unique<net::LoopbackHttpServer>())
{
    m_server->setHandler([this](const net::HttpRequest& request, net::Responder respond) {
        if (request.method != "GET" || request.path() != QStringLiteral("/callback/") + m_provider || !m_onRedirect) {
            respond(net::HttpResponse::text("Not found", 404));
            return;
        }
        QUrl full = redirectUri();
        full.setQuery(request.url.query(QUrl::FullyEncoded), QUrl::StrictMode);
        m_onRedirect(full, std::move(respond));
    });
}

LoopbackRedirectCatcher::~LoopbackRedirectCatcher() = default;

Status LoopbackRedirectCatcher::listen()
{
    QString error;
    if (!m_server->listen(0, &error))
        return fail(oauth_errors::Listener, tr("Cannot open the sign-in listener: %1").arg(error));
    return {};
}

void LoopbackRedirectCatcher::close()
{
    m_server->close();
}

QUrl LoopbackRedirectCatcher::redirectUri() const
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/callback/") + m_provider);
    return url;
}

net::HttpResponse LoopbackRedirectCatcher::page(bool success, const QString& headline, const QString& details)
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Switchboard</title>"
        "<style>body{font-family:sans-serif;max-width:36em;margin:4em auto;color:#222}"
        "h1{font-size:1.4em;color:%1}</style></head><body><h1 id=\"result\" data-ok=\"%2\">%3</h1><p>%4</p>"
        "<p>You can close this window and return to Switchboard.</p></body></html>\n")
                             .arg(success ? QStringLiteral("#1a7f37") : QStringLiteral("#b42318"),
                                  success ? QStringLiteral("true") : QStringLiteral("false"), headline.toHtmlEscaped(),
                                  details.toHtmlEscaped());
    auto response = net::HttpResponse::html(html, success ? 200 : 400);
    response.setHeader("Cache-Control", "no-store");
    // The page must not leak the code in the URL to anything it might load.
    response.setHeader("Referrer-Policy", "no-referrer");
    return response;
}

} // namespace sb
