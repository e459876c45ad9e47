#pragma once

#include "net/HttpMessage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

// Small pieces every provider emulation needs: path matching, seeded ids, opaque page tokens, time formats.
namespace sb::sandbox {

// The request path split into percent-decoded segments ("/v1/customers/cus_1" -> {"v1","customers","cus_1"}).
// Decoding per segment keeps an encoded '/' inside a segment (a Sheets range, a calendar id) in its segment.
[[nodiscard]] QStringList pathSegments(const net::HttpRequest& request);
// The same, still percent-encoded (a Sheets range carries a literal ":append" after its encoded part).
[[nodiscard]] QStringList rawPathSegments(const net::HttpRequest& request);

// Matches segments against a pattern where "*" captures one segment: match(s, {"v1", "customers", "*"}, &caps).
[[nodiscard]] bool matchPath(const QStringList& segments, const QStringList& pattern, QStringList* captures = nullptr);

// Deterministic ids: the same seed and the same sequence of calls give the same ids (tests and demos repeat).
class SeededIds
{
public:
    explicit SeededIds(quint32 seed) : m_rng(seed) {}
    void reseed(quint32 seed) { m_rng.seed(seed); }

    [[nodiscard]] QString from(QStringView alphabet, int length);
    [[nodiscard]] QString alnum(int length); // [A-Za-z0-9]
    [[nodiscard]] QString hex(int length);   // lowercase
    [[nodiscard]] QString digits(int length);
    [[nodiscard]] quint32 bounded(quint32 highest) { return m_rng.bounded(highest); }

private:
    QRandomGenerator m_rng;
};

// Offset pagination behind opaque tokens. The scope ties a token to the listing that issued it, so a token from one
// listing is rejected by another (the real services reject foreign page tokens too).
class Pager
{
public:
    enum class Encoding { Base64Url, Base64 };
    struct Slice
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        std::optional<qsizetype> next; // offset of the next page, if any
    };

    [[nodiscard]] static Slice slice(qsizetype total, qsizetype offset, qsizetype pageSize);
    [[nodiscard]] static QString token(const QString& scope, qsizetype offset, Encoding encoding = Encoding::Base64Url);
    // The offset a token stands for; nullopt when it is not one of ours for this scope. An empty token is offset 0.
    [[nodiscard]] static std::optional<qsizetype> offset(const QString& scope, const QString& token,
                                                         Encoding encoding = Encoding::Base64Url);
};

// Midnight UTC today: seeded calendars and mailboxes are laid out around it so the demo always has "upcoming" data.
[[nodiscard]] QDateTime anchorDay();
// RFC 3339 in UTC ("2024-05-01T10:00:00Z", or with milliseconds "…00.000Z").
[[nodiscard]] QString rfc3339(const QDateTime& time, bool withMillis = false);
// RFC 3339 with any offset; nullopt when malformed or when the offset is missing (Google rejects those too).
[[nodiscard]] std::optional<QDateTime> parseRfc3339(const QString& text);
// RFC 2822 date ("Thu, 24 Aug 2023 05:01:45 +0000"), English names whatever the locale.
[[nodiscard]] QString rfc2822(const QDateTime& time);

// The body as a JSON object; nullopt when it is not one.
[[nodiscard]] std::optional<QJsonObject> jsonBody(const net::HttpRequest& request);

// "+15551234567": a plus, a non-zero digit, at most 15 digits in all.
[[nodiscard]] bool isE164(const QString& number);
// "a@b.example": one '@', no spaces or angle brackets.
[[nodiscard]] bool isEmailAddress(const QString& address);

} // namespace sb::sandbox
