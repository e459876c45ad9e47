// Audit trail benchmark: sealed ingest through the one AuditWriter, then the reads the console and the API make,
// each timed over repeated runs on a read-only connection. Prints a Markdown table for docs/benchmarks.md.
//
//   build/bench/bench_audit [--records N] [--repeat R]
#include "AuditBenchData.h"
#include "audit/AuditQuery.h"
#include "audit/AuditWriter.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sb;
using sb::bench::measure;
using sb::bench::Timing;

namespace {

const QStringList kCallers{QStringLiteral("vapi:front-desk"), QStringLiteral("vapi:after-hours"),
                           QStringLiteral("n8n:billing"), QStringLiteral("console:alice")};
const QStringList kTools{QStringLiteral("send_sms"), QStringLiteral("create_event"), QStringLiteral("send_email"),
                         QStringLiteral("create_payment"), QStringLiteral("check_availability")};

AuditRecord pending(int i)
{
    AuditRecord r;
    r.caller = kCallers.at(i % kCallers.size());
    r.tool = kTools.at((i / 7) % kTools.size());
    r.provider = QStringLiteral("twilio");
    r.input = QJsonObject{{QStringLiteral("to"), QStringLiteral("+1555%1").arg(i % 10000000, 7, 10, QLatin1Char('0'))},
                          {QStringLiteral("body"), i % 100000 == 42 ? QStringLiteral("zebracorn appointment moved")
                                                                    : QStringLiteral("Your appointment is confirmed")}};
    return r;
}

AuditCompletion completion(int i)
{
    AuditCompletion c;
    c.status = i % 20 == 0 ? audit_status::Failed : audit_status::Success;
    c.executionMs = 40 + (i * 37) % 900;
    c.output = QJsonObject{{QStringLiteral("sid"), QStringLiteral("SM%1").arg(i)}};
    if (c.status == audit_status::Failed) {
        c.errorCode = QStringLiteral("provider_rejected");
        c.errorMessage = QStringLiteral("'To' is not a valid phone number");
    }
    return c;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"), QStringLiteral("Executions to ingest (default 200000)."),
                      QStringLiteral("n"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per query (default 30)."), QStringLiteral("n"),
                      QStringLiteral("30")});
    parser.process(app);
    const int records = parser.value(QStringLiteral("records")).toInt();
    const int repeat = parser.value(QStringLiteral("repeat")).toInt();
    QTextStream out(stdout);

    QTemporaryDir dir;
    auto database = Database::openSqlite(dir.filePath(QStringLiteral("bench.db")));
    if (!database) {
        out << database.error().message << Qt::endl;
        return 1;
    }
    AuditWriter writer(**database);
    if (!writer.open()) {
        out << "cannot open the audit writer" << Qt::endl;
        return 1;
    }

    QElapsedTimer ingest;
    ingest.start();
    for (int i = 0; i < records; ++i) {
        const qint64 id = writer.begin(pending(i), {});
        writer.complete(id, completion(i));
    }
    if (!writer.flush()) {
        out << "flush failed" << Qt::endl;
        return 1;
    }
    const double seconds = double(ingest.nsecsElapsed()) / 1e9;
    out << "| measure | p50 | p95 |\n|---|---|---|\n";
    out << QStringLiteral("| ingest %1 executions (pending + sealed completion, FTS, rollups) | %2 /s | %3 s total |\n")
               .arg(records)
               .arg(qRound(records / seconds))
               .arg(seconds, 0, 'f', 1);

    QSqlDatabase db = (*database)->writer().value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<std::pair<QString, AuditFilter>> queries{
        {QStringLiteral("latest 50"), AuditFilter{}},
        {QStringLiteral("one caller"), AuditFilter{.caller = kCallers.at(1)}},
        {QStringLiteral("tool + status + 7-day range"),
         AuditFilter{.tool = QStringLiteral("send_sms"), .status = audit_status::Failed, .since = now.addDays(-7)}},
        {QStringLiteral("full-text, rare term"), AuditFilter{.search = QStringLiteral("zebracorn")}},
        {QStringLiteral("full-text, common term"), AuditFilter{.search = QStringLiteral("confirmed")}},
    };
    for (const auto& [name, filter] : queries) {
        const Timing t = measure(repeat, [&] { (void)AuditQuery::list(db, filter); });
        out << QStringLiteral("| %1 | %2 ms | %3 ms |\n").arg(name).arg(t.p50, 0, 'f', 2).arg(t.p95, 0, 'f', 2);
    }
    for (const QString& caller : {QString(), kCallers.at(2)}) {
        const Timing t = measure(repeat, [&] { (void)AuditQuery::stats(db, caller); });
        out << QStringLiteral("| stats, %1 | %2 ms | %3 ms |\n")
                   .arg(caller.isEmpty() ? QStringLiteral("all callers") : QStringLiteral("one caller"))
                   .arg(t.p50, 0, 'f', 2)
                   .arg(t.p95, 0, 'f', 2);
    }
    return 0;
}
