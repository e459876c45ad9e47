#pragma once

#include "sandbox/ProviderApi.h"
#include "sandbox/providers/ApiSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace sb::sandbox {

// Google's REST APIs on the google listener, for the account a bearer token belongs to:
// Gmail (/gmail/v1 and /upload/gmail/v1: send, list with q, get, history, profile), Calendar (/calendar/v3: events insert,
// list, get, delete; freeBusy), People (/v1/people:searchContacts, /v1/people/me/connections) and Sheets
// (/v4/spreadsheets: create, get, values get and append). Errors use Google's {"error":{"code","message",
// "errors","status"}} envelope. Implemented across GoogleApi*.cpp, one file per API family.
class GoogleApi : public ProviderApi
{
public:
    GoogleApi(const TokenIntrospector& tokens, quint32 seed);

    [[nodiscard]] std::optional<net::HttpResponse> handle(const net::HttpRequest& request) override;
    void reset() override;

    // Fixed, documented ids of the seeded spreadsheets (docs/sandbox.md), one per demo account.
    [[nodiscard]] static QString demoSpreadsheetId(const QString& account);

private:
    static constexpr qint64 kFirstHistoryId = 1000; // a mailbox's history starts here after seeding or reset
    struct Message
    {
        QString id;
        QString threadId;
        QStringList labelIds;
        QByteArray raw;
        qint64 internalDate = 0; // ms since the epoch
        qint64 historyId = 0;
    };
    struct Event
    {
        QJsonObject json; // the stored resource without start/end
        QDateTime start;  // UTC
        QDateTime end;
        QJsonObject startField; // as rendered: {dateTime, timeZone} or {date}
        QJsonObject endField;
    };
    struct Sheet
    {
        int sheetId = 0;
        QString title;
        int rowCount = 1000;
        int columnCount = 26;
        QList<QJsonArray> rows;
    };
    struct Spreadsheet
    {
        QString id;
        QString title;
        QList<Sheet> sheets;
    };
    struct Account
    {
        QString email;
        QString name;
        QList<Message> messages; // oldest first
        QList<Event> events;
        QList<QJsonObject> contacts;
        QList<Spreadsheet> spreadsheets;
        qint64 historyId = kFirstHistoryId;
    };
    // A1 notation resolved against a spreadsheet: 0-based, end exclusive, -1 when unbounded.
    struct GridRange
    {
        Sheet* sheet = nullptr;
        int startRow = 0, endRow = -1, startColumn = 0, endColumn = -1;
    };

    // Gmail.
    [[nodiscard]] net::HttpResponse gmail(Account& account, const net::HttpRequest& request, const QStringList& path);
    [[nodiscard]] net::HttpResponse sendMessage(Account& account, QByteArray raw, const QString& threadId);
    [[nodiscard]] net::HttpResponse uploadSend(Account& account, const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse listMessages(const Account& account, const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse history(const Account& account, const net::HttpRequest& request);
    [[nodiscard]] QJsonObject messageResource(const Message& message, const QString& format,
                                              const QStringList& metadataHeaders) const;
    // Calendar.
    [[nodiscard]] net::HttpResponse calendar(Account& account, const net::HttpRequest& request, const QStringList& path);
    [[nodiscard]] net::HttpResponse insertEvent(Account& account, const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse listEvents(const Account& account, const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse freeBusy(const net::HttpRequest& request, const Account& account);
    [[nodiscard]] QJsonObject renderEvent(const Event& event) const;
    // People.
    [[nodiscard]] net::HttpResponse people(const Account& account, const net::HttpRequest& request, const QStringList& path);
    // Sheets.
    [[nodiscard]] net::HttpResponse sheets(Account& account, const net::HttpRequest& request, const QStringList& path,
                                           const QStringList& rawPath);
    [[nodiscard]] net::HttpResponse appendValues(Spreadsheet& spreadsheet, const QString& range,
                                                 const net::HttpRequest& request);
    [[nodiscard]] net::HttpResponse getValues(Spreadsheet& spreadsheet, const QString& range,
                                              const net::HttpRequest& request);
    [[nodiscard]] static std::optional<GridRange> resolveRange(Spreadsheet& spreadsheet, const QString& a1);
    [[nodiscard]] static QJsonObject spreadsheetResource(const Spreadsheet& spreadsheet);

    void seedAccount(Account& account, int index);
    [[nodiscard]] Account* accountFor(const QString& email);
    [[nodiscard]] QString eventId();

    const TokenIntrospector& m_tokens;
    quint32 m_seed;
    SeededIds m_ids;
    QList<Account> m_accounts;
};

} // namespace sb::sandbox
