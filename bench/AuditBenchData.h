// Shared by the audit benchmarks (bench_audit, bench_audit_console): percentiles of timings, and a realistic,
// deterministic audit trail to ingest.
#pragma once

#include "audit/AuditTypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

namespace sb::bench {

// p50/p95/p99/max of a sample (milliseconds or whatever unit the caller used).
struct Timing
{
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
    size_t count = 0;
};

inline Timing percentiles(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    auto at = [&values](double q) {
        return values[std::min(values.size() - 1, size_t(double(values.size()) * q))];
    };
    return {values[values.size() / 2], at(0.95), at(0.99), values.back(), values.size()};
}

// Runs `work` `repeat` times; the timings of each run in milliseconds.
inline Timing measure(int repeat, const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentiles(std::move(ms));
}

// A console-like audit trail of N records spread evenly (with jitter) over the 90 days before `end`, created in id
// order: 12 callers, 10 tools over 5 providers and 6 connections, outcomes ≈ 93.5 % success, 6 % failed (with an
// error), 0.3 % interrupted, plus ≈ 0.2 % connection and admin events. kRareTerm occurs in 10 records' inputs,
// kCommonTerm in ≈ 85 % of them. Everything is a pure function of the record's index.
class ConsoleTrail
{
public:
    static constexpr const char* kRareTerm = "zebracorn";
    static constexpr const char* kCommonTerm = "appointment";
    static constexpr qint64 kSpanMs = 90LL * 24 * 3600 * 1000;

    struct Tool
    {
        const char* name;
        const char* provider;
        int weight;
    };
    struct Connection
    {
        qint64 id;
        const char* provider;
        const char* account;
    };

    static constexpr std::array<std::pair<const char*, int>, 12> kCallers{{{"vapi:front-desk", 22},
                                                                          {"vapi:after-hours", 12},
                                                                          {"vapi:sales", 10},
                                                                          {"n8n:billing", 9},
                                                                          {"n8n:crm-sync", 8},
                                                                          {"n8n:reminders", 8},
                                                                          {"zapier:leads", 7},
                                                                          {"make:invoices", 6},
                                                                          {"vapi:support", 6},
                                                                          {"cli:ops", 5},
                                                                          {"console:alice", 4},
                                                                          {"console:bob", 3}}};
    static constexpr std::array<Tool, 10> kTools{{{"send_sms", "twilio", 20},
                                                  {"send_email", "google", 18},
                                                  {"create_event", "google", 14},
                                                  {"check_availability", "google", 14},
                                                  {"post_message", "slack", 8},
                                                  {"create_payment", "stripe", 7},
                                                  {"microsoft_send_email", "microsoft", 6},
                                                  {"append_sheet_row", "google", 5},
                                                  {"initiate_call", "twilio", 4},
                                                  {"create_customer", "stripe", 4}}};
    static constexpr std::array<Connection, 6> kConnections{{{1, "google", "office@acme.example"},
                                                             {2, "google", "sales@acme.example"},
                                                             {3, "microsoft", "support@acme-corp.example"},
                                                             {4, "twilio", "Acme Twilio (+1 555 0100)"},
                                                             {5, "stripe", "Acme Ltd (Stripe)"},
                                                             {6, "slack", "acme.slack.com"}}};

    // One step of the trail: a tool execution (record + completion) or an event (record only, kind set).
    struct Step
    {
        bool event = false;
        AuditRecord record;
        AuditCompletion completion;
    };

    ConsoleTrail(qint64 records, QDateTime end)
        : m_records(std::max<qint64>(records, 1))
        , m_endMs(end.toMSecsSinceEpoch())
    {
    }

    [[nodiscard]] qint64 startMs() const { return m_endMs - kSpanMs; }
    [[nodiscard]] QDateTime createdAt(qint64 i) const
    {
        const double step = double(kSpanMs) / double(m_records);
        const qint64 jitter = qint64(double(hash(i, 1) % 1000) / 1000.0 * step * 0.5);
        return QDateTime::fromMSecsSinceEpoch(startMs() + qint64(double(i) * step) + jitter, Qt::UTC);
    }
    [[nodiscard]] bool isRare(qint64 i) const
    {
        const qint64 every = std::max<qint64>(m_records / 10, 1);
        return i % every == every / 2;
    }

    [[nodiscard]] Step step(qint64 i) const
    {
        Step s;
        AuditRecord& r = s.record;
        r.createdAt = createdAt(i);
        const quint64 h = hash(i, 2);
        if (h % 1000 < 2 && !isRare(i)) { // ≈ 0.2 %: connection (3/4) and admin (1/4) events
            s.event = true;
            r.status = audit_status::Success;
            if (hash(i, 3) % 4 != 0) {
                static constexpr std::array<const char*, 4> kEvents{"connection.token_refreshed", "connection.connected",
                                                                    "connection.needs_reconnect",
                                                                    "connection.disconnected"};
                const Connection& c = kConnections[hash(i, 4) % kConnections.size()];
                r.kind = AuditRecord::Kind::Connection;
                r.tool = QLatin1String(kEvents[hash(i, 5) % kEvents.size()]);
                r.caller = QStringLiteral("agent");
                r.provider = QLatin1String(c.provider);
                r.connectionId = c.id;
                r.connectionAccount = QString::fromUtf8(c.account);
                r.input = QJsonObject{{QStringLiteral("provider"), r.provider},
                                      {QStringLiteral("account"), r.connectionAccount}};
            } else {
                static constexpr std::array<const char*, 3> kEvents{"admin.retention_changed",
                                                                    "admin.api_token_regenerated",
                                                                    "admin.settings_changed"};
                r.kind = AuditRecord::Kind::Admin;
                r.tool = QLatin1String(kEvents[hash(i, 5) % kEvents.size()]);
                r.caller = hash(i, 6) % 2 ? QStringLiteral("console:alice") : QStringLiteral("console:bob");
                r.input = QJsonObject{{QStringLiteral("setting"), r.tool.mid(6)},
                                      {QStringLiteral("by"), r.caller}};
            }
            return s;
        }

        r.caller = QLatin1String(pick(kCallers, hash(i, 7), [](const auto& c) { return c.second; }).first);
        const Tool& tool = pick(kTools, hash(i, 8), [](const Tool& t) { return t.weight; });
        r.tool = QLatin1String(tool.name);
        r.provider = QLatin1String(tool.provider);
        const Connection* connection = nullptr;
        for (const Connection& c : kConnections) {
            if (r.provider == QLatin1String(c.provider)) {
                connection = &c;
                if (c.id == 1 && hash(i, 9) % 10 >= 7)
                    continue; // 30 % of Google calls use the second account
                break;
            }
        }
        r.connectionId = connection->id;
        r.connectionAccount = QString::fromUtf8(connection->account);
        if (r.caller.startsWith(QLatin1String("console:")))
            r.userId = r.caller.mid(8) + QStringLiteral("@acme.example");
        r.input = input(i, tool);

        AuditCompletion& c = s.completion;
        const quint64 outcome = hash(i, 10) % 10000;
        const qint64 base = r.provider == QLatin1String("stripe")      ? 600
                            : r.provider == QLatin1String("microsoft") ? 450
                            : r.provider == QLatin1String("google")    ? 350
                            : r.provider == QLatin1String("twilio")    ? 180
                                                                       : 120;
        // Log-normal-ish latency around the provider's base.
        const double z = (double(hash(i, 11) % 1000) + double(hash(i, 12) % 1000) + double(hash(i, 13) % 1000)) / 1000.0 - 1.5;
        c.executionMs = std::max<qint64>(5, qint64(double(base) * std::exp(z * 0.9)));
        if (outcome < 30) {
            c.status = audit_status::Interrupted;
            c.errorCode = QStringLiteral("interrupted");
            c.errorMessage = QStringLiteral("The agent stopped before the provider answered; whether the action "
                                            "happened is unknown.");
        } else if (outcome < 630) {
            c.status = audit_status::Failed;
            failure(i, r, c);
        } else {
            c.status = audit_status::Success;
            c.output = output(i, tool);
        }
        return s;
    }

private:
    static quint64 hash(qint64 i, quint64 salt)
    {
        quint64 z = quint64(i) * 0x9E3779B97F4A7C15ULL + salt * 0xD1B54A32D192ED03ULL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    template <typename Array, typename Weight>
    static const typename Array::value_type& pick(const Array& items, quint64 h, Weight weight)
    {
        int total = 0;
        for (const auto& item : items)
            total += weight(item);
        int x = int(h % quint64(total));
        for (const auto& item : items) {
            x -= weight(item);
            if (x < 0)
                return item;
        }
        return items.back();
    }

    static QString word(const char* const* words, size_t count, quint64 h) { return QString::fromUtf8(words[h % count]); }

    QJsonObject input(qint64 i, const Tool& tool) const
    {
        static constexpr const char* kNames[] = {"Maria", "James", "Aisha", "Chen", "Olivia", "Noah", "Fatima",
                                                 "Lukas", "Sofia", "Mateo", "Emma", "Yuki", "Priya", "Liam",
                                                 "Hannah", "Omar", "Elena", "Jonas", "Grace", "Diego"};
        static constexpr const char* kSurnames[] = {"Garcia", "Smith", "Khan", "Wang", "Müller", "Rossi", "Okafor",
                                                    "Novak", "Silva", "Dubois", "Tanaka", "Patel", "Cohen", "Berg"};
        static constexpr const char* kServices[] = {"haircut", "dental cleaning", "consultation", "massage",
                                                    "oil change", "tax review", "physiotherapy", "eye exam",
                                                    "piano lesson", "tattoo session", "grooming", "check-up"};
        static constexpr const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
        const QString name = word(kNames, std::size(kNames), hash(i, 20));
        const QString surname = word(kSurnames, std::size(kSurnames), hash(i, 21));
        const QString service = word(kServices, std::size(kServices), hash(i, 22));
        const QString day = word(kDays, std::size(kDays), hash(i, 23));
        const QString time = QStringLiteral("%1:%2").arg(8 + hash(i, 24) % 10).arg((hash(i, 25) % 4) * 15, 2, 10,
                                                                                   QLatin1Char('0'));
        const bool common = hash(i, 26) % 100 < 85;
        QString sentence = common ? QStringLiteral("Hi %1, your %2 appointment on %3 at %4 is confirmed.")
                                        .arg(name, service, day, time)
                                  : QStringLiteral("Hi %1, thanks for your %2 order; reply STOP to opt out.")
                                        .arg(name, service);
        if (isRare(i))
            sentence += QStringLiteral(" Ask for the zebracorn discount.");
        const QString phone = QStringLiteral("+1555%1").arg(hash(i, 27) % 10000000, 7, 10, QLatin1Char('0'));
        const QString email = QStringLiteral("%1.%2@example.com").arg(name.toLower(), QString::number(hash(i, 28) % 5000));
        const QString name2 = QStringLiteral("%1 %2").arg(name, surname);
        const QLatin1String t(tool.name);
        if (t == QLatin1String("send_sms"))
            return {{QStringLiteral("to"), phone}, {QStringLiteral("body"), sentence}};
        if (t == QLatin1String("initiate_call"))
            return {{QStringLiteral("to"), phone},
                    {QStringLiteral("twiml"), QStringLiteral("<Response><Say>%1</Say></Response>").arg(sentence)}};
        if (t == QLatin1String("send_email") || t == QLatin1String("microsoft_send_email"))
            return {{QStringLiteral("to"), email},
                    {QStringLiteral("subject"), QStringLiteral("Your %1 on %2").arg(service, day)},
                    {QStringLiteral("body"), sentence + QStringLiteral("\n\nBest regards,\nAcme front desk")}};
        if (t == QLatin1String("create_event"))
            return {{QStringLiteral("summary"), QStringLiteral("%1 – %2").arg(service, name2)},
                    {QStringLiteral("start"), QStringLiteral("%1 %2").arg(day, time)},
                    {QStringLiteral("durationMinutes"), 30 + int(hash(i, 29) % 4) * 15},
                    {QStringLiteral("attendees"), QJsonArray{email}},
                    {QStringLiteral("description"), sentence}};
        if (t == QLatin1String("check_availability"))
            return {{QStringLiteral("calendarId"), QStringLiteral("primary")},
                    {QStringLiteral("day"), day},
                    {QStringLiteral("purpose"), service},
                    {QStringLiteral("note"), sentence}};
        if (t == QLatin1String("append_sheet_row"))
            return {{QStringLiteral("spreadsheetId"), QStringLiteral("1BookingsLog")},
                    {QStringLiteral("values"), QJsonArray{name2, service, day, time, sentence}}};
        if (t == QLatin1String("post_message"))
            return {{QStringLiteral("channel"), QStringLiteral("#front-desk")}, {QStringLiteral("text"), sentence}};
        if (t == QLatin1String("create_payment"))
            return {{QStringLiteral("amount"), double(20 + hash(i, 30) % 480) + 0.99},
                    {QStringLiteral("currency"), QStringLiteral("usd")},
                    {QStringLiteral("customer"), name2},
                    {QStringLiteral("description"), sentence}};
        return {{QStringLiteral("name"), name2}, {QStringLiteral("email"), email}, {QStringLiteral("note"), sentence}};
    }

    static QJsonObject output(qint64 i, const Tool& tool)
    {
        const QString id = QString::number(hash(i, 40), 36);
        const QLatin1String p(tool.provider);
        if (p == QLatin1String("twilio"))
            return {{QStringLiteral("sid"), QStringLiteral("SM") + id}, {QStringLiteral("status"), QStringLiteral("queued")}};
        if (p == QLatin1String("stripe"))
            return {{QStringLiteral("id"), QStringLiteral("pi_") + id}, {QStringLiteral("status"), QStringLiteral("succeeded")}};
        if (p == QLatin1String("slack"))
            return {{QStringLiteral("ok"), true}, {QStringLiteral("ts"), QString::number(1700000000 + i)}};
        return {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("ok")}};
    }

    static void failure(qint64 i, const AuditRecord& r, AuditCompletion& c)
    {
        const quint64 h = hash(i, 50) % 10;
        if (h < 2) {
            c.errorCode = QStringLiteral("timeout");
            c.errorMessage = QStringLiteral("%1 did not answer within 30 s").arg(r.provider);
            c.executionMs = 30000;
            return;
        }
        if (h < 3) {
            c.errorCode = QStringLiteral("provider_unavailable");
            c.errorMessage = QStringLiteral("%1 answered 503 Service Unavailable after 3 attempts").arg(r.provider);
            return;
        }
        c.errorCode = QStringLiteral("provider_rejected");
        const QString& p = r.provider;
        if (p == QLatin1String("twilio"))
            c.errorMessage = QStringLiteral("The 'To' number %1 is not a valid phone number (21211)")
                                 .arg(r.input.toObject().value(QStringLiteral("to")).toString());
        else if (p == QLatin1String("stripe"))
            c.errorMessage = QStringLiteral("Your card was declined (card_declined, decline code insufficient_funds)");
        else if (p == QLatin1String("slack"))
            c.errorMessage = QStringLiteral("channel_not_found: the bot is not a member of #front-desk");
        else if (r.tool.contains(QLatin1String("event")) || r.tool == QLatin1String("check_availability"))
            c.errorMessage = QStringLiteral("Calendar busy: the requested slot overlaps an existing event");
        else
            c.errorMessage = QStringLiteral("Recipient address rejected: mailbox unavailable (550 5.1.1)");
    }

    qint64 m_records;
    qint64 m_endMs;
};

} // namespace sb::bench
