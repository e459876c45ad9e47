#include "sandbox/ConsentPage.h"

#include "sandbox/DemoData.h"

#include <QHash>

namespace sb::sandbox::consent {

namespace {

struct Style
{
    QString brand;
    QString css;
};

Style styleFor(const QString& provider)
{
    if (provider == QLatin1String("google"))
        return {QStringLiteral("Google"),
                QStringLiteral("body{font-family:Roboto,Arial,sans-serif;background:#fff;color:#202124}"
                               ".card{max-width:450px;margin:48px auto;border:1px solid #dadce0;border-radius:8px;padding:36px}"
                               ".brand{color:#4285f4;font-size:24px}#allow{background:#1a73e8;color:#fff;border:0;"
                               "border-radius:4px;padding:8px 24px}#deny{background:none;color:#1a73e8;border:0}")};
    if (provider == QLatin1String("microsoft"))
        return {QStringLiteral("Microsoft"),
                QStringLiteral("body{font-family:'Segoe UI',sans-serif;background:#f2f2f2;color:#1b1b1b}"
                               ".card{max-width:440px;margin:48px auto;background:#fff;padding:44px;box-shadow:0 2px 6px "
                               "rgba(0,0,0,.2)}.brand{font-weight:600}#allow{background:#0067b8;color:#fff;border:0;"
                               "padding:6px 24px}#deny{background:#ccc;border:0;padding:6px 24px}")};
    if (provider == QLatin1String("slack"))
        return {QStringLiteral("Slack"),
                QStringLiteral("body{font-family:Lato,'Helvetica Neue',sans-serif;background:#f8f8f8;color:#1d1c1d}"
                               ".card{max-width:600px;margin:48px auto;background:#fff;border-radius:8px;padding:32px}"
                               ".brand{color:#4a154b;font-weight:900}#allow{background:#007a5a;color:#fff;border:0;"
                               "border-radius:4px;padding:8px 24px}#deny{background:#fff;border:1px solid #ccc;"
                               "border-radius:4px;padding:8px 24px}")};
    return {QStringLiteral("Sandbox OpenID Provider"),
            QStringLiteral("body{font-family:sans-serif}.card{max-width:480px;margin:32px auto}")};
}

QString page(const QString& provider, const QString& title, const QString& body)
{
    const Style style = styleFor(provider);
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>%2</style></head><body data-provider=\"%3\"><div class=\"card\">"
                          "<div class=\"brand\">%4 <small>(Switchboard sandbox)</small></div>%5</div></body></html>\n")
        .arg(title.toHtmlEscaped(), style.css, provider.toHtmlEscaped(), style.brand.toHtmlEscaped(), body);
}

// Strip the resource prefixes Google and Microsoft scopes carry.
QString shortScope(const QString& scope)
{
    for (const QLatin1String prefix : {QLatin1String("https://www.googleapis.com/auth/"),
                                       QLatin1String("https://graph.microsoft.com/"), QLatin1String("https://mail.google.com/")}) {
        if (scope.startsWith(prefix))
            return scope.mid(prefix.size());
    }
    return scope;
}

} // namespace

QString describeScope(const QString& scope)
{
    // Wording taken from the providers' consent screens and permission references.
    static const QHash<QString, QString> words{
        // Google
        {QStringLiteral("gmail.send"), QStringLiteral("Send email on your behalf")},
        {QStringLiteral("gmail.readonly"), QStringLiteral("View your email messages and settings")},
        {QStringLiteral("gmail.modify"), QStringLiteral("Read, compose, and send emails from your Gmail account")},
        {QStringLiteral("gmail.compose"), QStringLiteral("Manage drafts and send emails")},
        {QStringLiteral("calendar"),
         QStringLiteral("See, edit, share, and permanently delete all the calendars you can access using Google Calendar")},
        {QStringLiteral("calendar.events"), QStringLiteral("View and edit events on all your calendars")},
        {QStringLiteral("calendar.readonly"),
         QStringLiteral("See and download any calendar you can access using your Google Calendar")},
        {QStringLiteral("contacts.readonly"), QStringLiteral("See and download your contacts")},
        {QStringLiteral("contacts"), QStringLiteral("See, edit, download, and permanently delete your contacts")},
        {QStringLiteral("spreadsheets"), QStringLiteral("See, edit, create, and delete all your Google Sheets spreadsheets")},
        {QStringLiteral("userinfo.email"), QStringLiteral("See your primary Google Account email address")},
        {QStringLiteral("userinfo.profile"),
         QStringLiteral("See your personal info, including any personal info you've made publicly available")},
        // OpenID Connect
        {QStringLiteral("openid"), QStringLiteral("Sign you in and associate you with your personal info")},
        {QStringLiteral("email"), QStringLiteral("See your primary email address")},
        {QStringLiteral("profile"), QStringLiteral("See your basic profile (name, picture)")},
        {QStringLiteral("offline_access"), QStringLiteral("Maintain access to data you have given it access to")},
        // Microsoft Graph
        {QStringLiteral("User.Read"), QStringLiteral("Sign you in and read your profile")},
        {QStringLiteral("Mail.Send"), QStringLiteral("Send mail as you")},
        {QStringLiteral("Mail.Read"), QStringLiteral("Read your mail")},
        {QStringLiteral("Mail.ReadWrite"), QStringLiteral("Read and write access to your mail")},
        {QStringLiteral("Calendars.Read"), QStringLiteral("Read your calendars")},
        {QStringLiteral("Calendars.ReadWrite"), QStringLiteral("Have full access to your calendars")},
        {QStringLiteral("Contacts.Read"), QStringLiteral("Read your contacts")},
        // Slack
        {QStringLiteral("chat:write"), QStringLiteral("Send messages as the app")},
        {QStringLiteral("channels:read"), QStringLiteral("View basic information about public channels in a workspace")},
        {QStringLiteral("channels:history"), QStringLiteral("View messages and other content in public channels")},
        {QStringLiteral("groups:read"), QStringLiteral("View basic information about private channels")},
        {QStringLiteral("im:write"), QStringLiteral("Start direct messages with people")},
        {QStringLiteral("users:read"), QStringLiteral("View people in a workspace")},
        {QStringLiteral("users:read.email"), QStringLiteral("View email addresses of people in a workspace")},
        {QStringLiteral("files:write"), QStringLiteral("Upload, edit, and delete files")},
    };
    const QString key = shortScope(scope);
    if (scope == QLatin1String("https://mail.google.com/"))
        return QStringLiteral("Read, compose, send, and permanently delete all your email from Gmail");
    return words.value(key, scope);
}

QString render(const ConsentRequest& request)
{
    QString accounts;
    bool first = true;
    for (const demo::Account& account : demo::accounts()) {
        accounts += QStringLiteral("<label><input type=\"radio\" name=\"account\" value=\"%1\"%2> %3 &lt;%1&gt;</label><br>")
                        .arg(account.email.toHtmlEscaped(), first ? QStringLiteral(" checked") : QString(),
                             account.name.toHtmlEscaped());
        first = false;
    }
    QString scopes;
    for (const QString& scope : request.scopes) {
        scopes += QStringLiteral("<li data-scope=\"%1\">%2</li>")
                      .arg(scope.toHtmlEscaped(), describeScope(scope).toHtmlEscaped());
    }
    const QString body = QStringLiteral(
        "<h1>%1 wants to access your account</h1>"
        "<form id=\"consent\" method=\"post\" action=\"%2\">"
        "<input type=\"hidden\" name=\"request\" value=\"%3\">"
        "<fieldset id=\"accounts\"><legend>Choose an account</legend>%4</fieldset>"
        "<p>This will allow %1 to:</p><ul id=\"scopes\">%5</ul>"
        "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">Cancel</button> "
        "<button type=\"submit\" id=\"allow\" name=\"decision\" value=\"allow\">Allow</button>"
        "</form>")
        .arg(request.clientName.toHtmlEscaped(), request.action.toHtmlEscaped(), request.requestId.toHtmlEscaped(),
             accounts, scopes);
    return page(request.provider, QStringLiteral("Sign in - %1").arg(styleFor(request.provider).brand), body);
}

QString errorPage(const QString& provider, int status, const QString& code, const QString& description)
{
    const QString title = QStringLiteral("Error %1: %2").arg(status).arg(code);
    const QString body = QStringLiteral("<h1 id=\"error\">%1</h1><p id=\"error-description\">%2</p>")
                             .arg(title.toHtmlEscaped(), description.toHtmlEscaped());
    return page(provider, title, body);
}

} // namespace sb::sandbox::consent
