// Audit console benchmark (issue 7): the audit page's reads measured through the console's own model, at a million
// records and more, and the GUI thread's stalls while the real writer ingests at full speed.
//
//   build-bench/bench/bench_audit_console [--records N] [--repeat R] [--db PATH] [--keep] [--in-flight K]
//
// 1. Ingest (skipped when --db names a file that already holds N records): a worker thread runs the one AuditWriter
//    (pending insert, then the sealed completion with its FTS row and hourly/daily/all-time rollups) over a
//    ConsoleTrail (bench/AuditBenchData.h). Meanwhile the GUI thread is live like the console: an AuditLogModel
//    (empty filter, live updates on the writer's commits) shown in a QTableView, and a stats request every 500 ms.
//    The GUI thread is watched two ways: a 2 ms precise timer (how late each tick came) and the duration of every
//    event the GUI thread dispatches (QApplication::notify), split into the database answers delivered to the model,
//    the stats consumer and the reader, and everything else.
// 2. Queries on the finished file, through the model: setFilter() until firstPageLoaded (thread hop, SQL, rows
//    inserted), fetchMore() until pageLoaded, and AuditReader::stats() until its answer was applied.
// 3. A Markdown table with p50/p95, the target and pass/fail, plus the machine facts and the command.
#include "AuditBenchData.h"
#include "audit/AuditReader.h"
#include "audit/AuditWriter.h"
#include "models/AuditLogModel.h"
#include "models/StatsTableModel.h"
#include "pages/StatsPage.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QSet>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTime>
#include <QTimer>

#include <ctime>
#include <deque>
#include <memory>
#include <optional>

using namespace sb;
using sb::bench::ConsoleTrail;
using sb::bench::percentiles;
using sb::bench::Timing;

namespace {

// CPU time of the calling thread: what the writer cost, whatever else the machine ran.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString readFirstLine(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

QString loadAverage()
{
    return readFirstLine(QStringLiteral("/proc/loadavg")).section(QLatin1Char(' '), 0, 2);
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo")); // size 0: read it whole, atEnd() is true at once
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line).section(QLatin1Char(':'), 1).trimmed();
        }
    }
    return QStringLiteral("?");
}

QString memoryTotal()
{
    const QString line = readFirstLine(QStringLiteral("/proc/meminfo")); // MemTotal: 24631564 kB
    const qint64 kb = line.section(QLatin1Char(' '), 1, 1, QString::SectionSkipEmpty).toLongLong();
    return QStringLiteral("%1 GiB").arg(double(kb) / 1024.0 / 1024.0, 0, 'f', 1);
}

// Every event the GUI thread dispatches passes through notify(): its duration is how long the GUI thread was busy
// with it. Nested dispatches (sendEvent inside a handler) count as part of the outer one.
class BenchApp : public QApplication
{
public:
    using QApplication::QApplication;
    std::function<void(QObject* receiver, const char* className, QEvent::Type type, double ms, double cpuMs)> sink;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!sink || QThread::currentThread() != thread() || m_depth > 0) {
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        const char* className = receiver->metaObject()->className();
        const QEvent::Type type = event->type();
        const double cpuAtStart = threadCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = msSince(timer);
        // receiver may be gone now: compared, never dereferenced
        sink(receiver, className, type, ms, (threadCpuSeconds() - cpuAtStart) * 1000.0);
        return result;
    }

private:
    int m_depth = 0;
};

// What the GUI thread did while it was watched.
struct GuiProbe
{
    QSet<const QObject*> databaseConsumers; // model, reader, stats consumer: where the database's answers land
    QHash<const QObject*, QString> names;   // receivers named in the list of the longest events
    std::vector<double> tickLateMs;         // how late each 2 ms tick came
    std::vector<double> consumerEventMs;    // events delivered to the database consumers
    std::vector<double> consumerEventCpuMs; // the same, CPU time of the GUI thread (without time preempted)
    std::vector<double> otherEventMs;       // everything else (painting, timers, the view)
    double lastConsumerMaxMs = 0;           // the longest consumer event since the caller reset it
    QString note;                           // what the model said during the current event (its signals)
    struct Slow
    {
        double ms;
        double cpuMs;
        QString what;
    };
    std::vector<Slow> slowest; // the longest events, for the reading of the figures
    bool ticking = false;
    QTimer ticker;
    QElapsedTimer clock;
    qint64 lastTickNs = 0;
    static constexpr int kTickMs = 2;

    void attach(BenchApp& app)
    {
        app.sink = [this](QObject* receiver, const char* className, QEvent::Type type, double ms, double cpuMs) {
            if (databaseConsumers.contains(receiver)) {
                consumerEventMs.push_back(ms);
                consumerEventCpuMs.push_back(cpuMs);
                lastConsumerMaxMs = std::max(lastConsumerMaxMs, ms);
            } else {
                otherEventMs.push_back(ms);
            }
            if (ms > 4 && slowest.size() < 2000)
                slowest.push_back({ms, cpuMs, QStringLiteral("%1 event %2 %3")
                                                   .arg(names.value(receiver, QLatin1String(className)))
                                                   .arg(int(type))
                                                   .arg(note)});
            note.clear();
        };
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(kTickMs);
        QObject::connect(&ticker, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            if (lastTickNs > 0)
                tickLateMs.push_back(std::max(0.0, double(now - lastTickNs) / 1e6 - kTickMs));
            lastTickNs = now;
        });
        clock.start();
    }
    void startTicks()
    {
        lastTickNs = 0;
        ticker.start();
    }
    void stopTicks() { ticker.stop(); }
    void clear()
    {
        tickLateMs.clear();
        consumerEventMs.clear();
        consumerEventCpuMs.clear();
        otherEventMs.clear();
        lastConsumerMaxMs = 0;
        slowest.clear();
    }
    // The `n` longest events as "12.3 ms AuditLogModel event 43 (live +1000 rows)".
    QStringList slowestText(size_t n) const
    {
        std::vector<Slow> sorted = slowest;
        std::sort(sorted.begin(), sorted.end(), [](const Slow& a, const Slow& b) { return a.ms > b.ms; });
        QStringList lines;
        for (size_t i = 0; i < std::min(n, sorted.size()); ++i)
            lines << QStringLiteral("%1 ms (%2 ms CPU) %3")
                         .arg(sorted[i].ms, 0, 'f', 1)
                         .arg(sorted[i].cpuMs, 0, 'f', 1)
                         .arg(sorted[i].what);
        return lines;
    }
};

// Runs the event loop until `done` is set by a handler (or the timeout). Sleeps while nothing happens: a 100 ms timer
// only guards the timeout.
bool waitUntil(const bool& done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(100);
    while (!done && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done;
}

struct Line
{
    QString measure;
    QString p50, p95, gui, target, result;
};

QString ms(double v)
{
    return v < 10 ? QStringLiteral("%1 ms").arg(v, 0, 'f', 2) : QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
}

struct IngestResult
{
    bool ran = false;
    qint64 executions = 0;
    qint64 events = 0;
    double seconds = 0;
    double generateSeconds = 0;
    double cpuSeconds = 0; // the writer thread's CPU time
    QString error;
};

} // namespace

int main(int argc, char* argv[])
{
    // The offscreen platform warns on every window it shows; nothing else is dropped.
    static const QtMessageHandler previousHandler = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            previousHandler(type, context, message);
    });
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStringList commandLine;
    for (int i = 0; i < argc; ++i)
        commandLine << QString::fromLocal8Bit(argv[i]);
    BenchApp app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"), QStringLiteral("Records in the trail (default 1000000)."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per query (default 30)."), QStringLiteral("n"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database file; reused without ingest if it already holds the records, else "
                                     "created (and kept)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the temporary database (prints its path).")});
    parser.addOption({QStringLiteral("in-flight"),
                      QStringLiteral("Executions begun but not yet completed during ingest (default 64)."),
                      QStringLiteral("k"), QStringLiteral("64")});
    parser.addOption({QStringLiteral("quiet-console"),
                      QStringLiteral("During ingest: no live updates and no stats requests (the writer alone, for "
                                     "comparison).")});
    parser.process(app);
    const qint64 records = parser.value(QStringLiteral("records")).toLongLong();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    const int inFlightMax = std::max(0, parser.value(QStringLiteral("in-flight")).toInt());
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto progress = [&err](const QString& text) {
        err << QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) << ' ' << text << Qt::endl;
    };

    const QString loadAtStart = loadAverage();
    QTemporaryDir tempDir;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = tempDir.filePath(QStringLiteral("console-bench.db"));
        tempDir.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    }
    auto opened = Database::openSqlite(path);
    if (!opened) {
        out << "cannot open " << path << ": " << opened.error().message << Qt::endl;
        return 1;
    }
    std::shared_ptr<Database> database = std::move(*opened);
    // The main thread's own connection (opened by openSqlite) is used only outside the measured windows.
    QSqlDatabase mainDb = database->writer().value();
    auto scalar = [&mainDb](const QString& sql) {
        QSqlQuery q(mainDb);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : qint64(-1);
    };
    const qint64 existing = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_records"));
    if (existing != 0 && existing < records) {
        out << path << " holds " << existing << " records, fewer than --records " << records
            << ": use another --db" << Qt::endl;
        return 1;
    }

    AuditReader reader;
    reader.setDatabase(database);
    ui::AuditLogModel model(&reader);
    // The table as AuditPage sets it up (ui/pages/AuditPage.cpp), at the top of the trail.
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.horizontalHeader()->setStretchLastSection(true);
    view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (const auto& [column, width] : {std::pair{ui::AuditLogModel::TimeColumn, 150}, {ui::AuditLogModel::StatusColumn, 90},
                                        {ui::AuditLogModel::ToolColumn, 170}, {ui::AuditLogModel::CallerColumn, 140},
                                        {ui::AuditLogModel::ProviderColumn, 80}, {ui::AuditLogModel::AccountColumn, 150},
                                        {ui::AuditLogModel::DurationColumn, 75}})
        view.setColumnWidth(column, width);
    view.resize(1280, 720);
    view.show();
    // The stats path as the issue names it: AuditReader::stats, then the per-tool and per-caller StatsTableModels
    // (shown in views). The whole StatsPage (KPI tiles, charts) is measured separately after the ingest.
    QObject statsConsumer; // receives every stats answer
    ui::StatsTableModel toolStats(QStringLiteral("Tool")), callerStats(QStringLiteral("Caller"));
    QTableView toolStatsView, callerStatsView;
    toolStatsView.setModel(&toolStats);
    callerStatsView.setModel(&callerStats);
    toolStatsView.show();
    callerStatsView.show();
    QString* statsNote = nullptr;
    auto applyStats = [&](const StatsSnapshot& snapshot) {
        if (statsNote)
            *statsNote += QStringLiteral(" stats tables");
        toolStats.setRows(snapshot.perTool);
        callerStats.setRows(snapshot.perCaller);
    };

    GuiProbe probe;
    probe.databaseConsumers = {&model, &reader, &statsConsumer};
    probe.attach(app);
    statsNote = &probe.note;
    probe.names = {{&model, QStringLiteral("AuditLogModel")},
                   {&view, QStringLiteral("audit table view")},
                   {&toolStatsView, QStringLiteral("per-tool stats view")},
                   {&callerStatsView, QStringLiteral("per-caller stats view")}};
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&probe](const QModelIndex&, int first, int last) {
        probe.note += QStringLiteral(" +%1 rows at %2").arg(last - first + 1).arg(first);
    });
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, [&probe](const QModelIndex&, int first, int last) {
        probe.note += QStringLiteral(" -%1 rows").arg(last - first + 1);
    });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&probe] { probe.note += QStringLiteral(" row updated"); });
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&probe] { probe.note += QStringLiteral(" reset"); });
    struct DetachProbe
    {
        BenchApp& app;
        ~DetachProbe() { app.sink = nullptr; }
    } detachProbe{app};

    // ---- 1. Ingest, with the console live ------------------------------------------------------------------------
    IngestResult ingest;
    Timing tickLate, consumerEvents, consumerCpu, otherEvents, statsDuringIngest;
    QStringList ingestSlowest;
    qint64 liveRows = 0;
    double catchUpMs = -1;
    const QDateTime trailEnd = QDateTime::currentDateTimeUtc();
    if (existing == 0) {
        ingest.ran = true;
        progress(QStringLiteral("ingesting %1 records into %2").arg(records).arg(path));
        bool firstPage = false;
        auto firstPageConnection = QObject::connect(&model, &ui::AuditLogModel::firstPageLoaded,
                                                    [&firstPage] { firstPage = true; });
        model.setFilter({});
        waitUntil(firstPage);
        const bool quiet = parser.isSet(QStringLiteral("quiet-console"));
        model.setLive(!quiet);
        model.setFollowNewest(true); // as AuditPage says while the table is at the top with nothing selected
        QObject::disconnect(firstPageConnection);
        QObject::connect(&model, &ui::AuditLogModel::liveRowsInserted, [&liveRows](int n) { liveRows += n; });

        const ConsoleTrail trail(records, trailEnd);
        QThread* worker = QThread::create([&] {
            {
                AuditWriter writer(*database);
                if (Status ok = writer.open(); !ok) {
                    ingest.error = ok.error().message;
                } else {
                    QObject::connect(&writer, &AuditWriter::recordsWritten, &reader, &AuditReader::recordsWritten);
                    std::deque<std::pair<qint64, AuditCompletion>> inFlight;
                    QElapsedTimer total, generate;
                    qint64 generateNs = 0;
                    total.start();
                    const double cpuAtStart = threadCpuSeconds();
                    for (qint64 i = 0; i < records; ++i) {
                        generate.start();
                        ConsoleTrail::Step step = trail.step(i);
                        generateNs += generate.nsecsElapsed();
                        if (step.event) {
                            writer.record(std::move(step.record));
                            ++ingest.events;
                        } else {
                            const qint64 id = writer.begin(std::move(step.record), {});
                            inFlight.emplace_back(id, std::move(step.completion));
                            ++ingest.executions;
                        }
                        while (qsizetype(inFlight.size()) > inFlightMax) {
                            writer.complete(inFlight.front().first, std::move(inFlight.front().second));
                            inFlight.pop_front();
                        }
                        if (i % 500000 == 499999)
                            QMetaObject::invokeMethod(qApp, [progress, i] { progress(QStringLiteral("… %1").arg(i + 1)); });
                    }
                    for (auto& [id, completion] : inFlight)
                        writer.complete(id, std::move(completion));
                    if (Status ok = writer.flush(); !ok)
                        ingest.error = ok.error().message;
                    database->waitForCheckpoints(); // the log copied into the file belongs to the ingest too
                    ingest.seconds = double(total.nsecsElapsed()) / 1e9;
                    ingest.cpuSeconds = threadCpuSeconds() - cpuAtStart;
                    ingest.generateSeconds = double(generateNs) / 1e9;
                    QObject::disconnect(&writer, nullptr, &reader, nullptr);
                }
            }
            database->releaseThreadConnections();
        });

        // The stats page asks again every 500 ms: all time for everyone, then the last day of one caller.
        QTimer statsTimer;
        std::vector<double> statsMs;
        int statsTurn = 0;
        bool statsInFlight = false;
        QObject::connect(&statsTimer, &QTimer::timeout, [&] {
            if (statsInFlight)
                return;
            statsInFlight = true;
            StatsQuery query;
            if (statsTurn++ % 2) {
                query.caller = QStringLiteral("vapi:front-desk");
                query.since = QDateTime::currentDateTimeUtc().addDays(-1);
            }
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            reader.stats(&statsConsumer, query, [&, timer](Result<StatsSnapshot> snapshot) {
                if (snapshot)
                    applyStats(*snapshot);
                statsMs.push_back(msSince(*timer));
                statsInFlight = false;
            });
        });

        probe.clear();
        probe.startTicks();
        if (!quiet)
            statsTimer.start(500);
        QEventLoop loop;
        QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec();
        worker->wait();
        delete worker;
        statsTimer.stop();
        // The live view catches up with the last commit.
        QElapsedTimer catchUp;
        catchUp.start();
        const qint64 lastId = records;
        while (!quiet && catchUp.elapsed() < 10000) {
            const AuditRecord* top = model.recordAt(0);
            if (top && top->id >= lastId && top->status != audit_status::Pending)
                break;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents); // the 2 ms ticker still runs
        }
        catchUpMs = msSince(catchUp);
        probe.stopTicks();
        tickLate = percentiles(probe.tickLateMs);
        consumerEvents = percentiles(probe.consumerEventMs);
        consumerCpu = percentiles(probe.consumerEventCpuMs);
        otherEvents = percentiles(probe.otherEventMs);
        statsDuringIngest = percentiles(statsMs);
        ingestSlowest = probe.slowestText(10);
        if (!ingest.error.isEmpty()) {
            out << "ingest failed: " << ingest.error << Qt::endl;
            return 1;
        }
        progress(QStringLiteral("ingest done in %1 s").arg(ingest.seconds, 0, 'f', 1));
    } else {
        progress(QStringLiteral("reusing %1 (%2 records)").arg(path).arg(existing));
    }
    const QString loadAfterIngest = loadAverage();
    const qint64 total = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_records"));
    const qint64 newestMs = scalar(QStringLiteral("SELECT MAX(created_at) FROM audit_records"));
    const QDateTime anchor = QDateTime::fromMSecsSinceEpoch(newestMs + 1, Qt::UTC); // "now" for the filters

    // ---- 2. Queries through the model -----------------------------------------------------------------------------
    QList<Line> ingestLines, lines;
    auto pass = [](double p95, double target) { return p95 < target ? QStringLiteral("pass") : QStringLiteral("**FAIL**"); };
    if (ingest.ran) {
        const double rate = double(ingest.executions) / ingest.seconds;
        ingestLines << Line{QStringLiteral("%1ingest: executions/s (pending + sealed completion, FTS, 3 rollups; %2 executions "
                                     "+ %3 events in %4 s, %5 s of it generating the records)")
                          .arg(parser.isSet(QStringLiteral("quiet-console")) ? QStringLiteral("console quiet: ") : QString())
                          .arg(ingest.executions)
                          .arg(ingest.events)
                          .arg(ingest.seconds, 0, 'f', 1)
                          .arg(ingest.generateSeconds, 0, 'f', 1),
                      QStringLiteral("%1 /s").arg(qRound64(rate)), QStringLiteral("–"), QStringLiteral("–"),
                      QStringLiteral("≥ 20000 /s"), rate >= 20000 ? QStringLiteral("pass") : QStringLiteral("**FAIL**")};
        const double cpuRate = double(ingest.executions) / (ingest.cpuSeconds - ingest.generateSeconds);
        ingestLines << Line{QStringLiteral("ingest: executions per CPU second of the writer thread (%1 CPU s, record "
                                           "generation excluded; WAL checkpoints run on their own thread; the wall-clock rate above depends on "
                                           "what else runs)")
                                .arg(ingest.cpuSeconds, 0, 'f', 1),
                            QStringLiteral("%1 /s").arg(qRound64(cpuRate)), QStringLiteral("–"), QStringLiteral("–"),
                            QStringLiteral("–"), QStringLiteral("–")};
        ingestLines << Line{QStringLiteral("ingest: GUI thread, lateness of a 2 ms timer (%1 ticks)").arg(tickLate.count),
                      ms(tickLate.p50), ms(tickLate.p99), ms(tickLate.max), QStringLiteral("max ≤ 16 ms"),
                      pass(tickLate.max, 16.0001)};
        ingestLines << Line{QStringLiteral("ingest: GUI thread, one database answer handled (model, reader, stats; %1 events)")
                          .arg(consumerEvents.count),
                      ms(consumerEvents.p50), ms(consumerEvents.p99), ms(consumerEvents.max),
                      QStringLiteral("max ≤ 16 ms"), pass(consumerEvents.max, 16.0001)};
        ingestLines << Line{QStringLiteral("ingest: GUI thread, one database answer handled: CPU time only"),
                            ms(consumerCpu.p50), ms(consumerCpu.p99), ms(consumerCpu.max), QStringLiteral("–"),
                            QStringLiteral("–")};
        ingestLines << Line{QStringLiteral("ingest: GUI thread, any other event (view, paint, timers; %1 events)")
                          .arg(otherEvents.count),
                      ms(otherEvents.p50), ms(otherEvents.p99), ms(otherEvents.max), QStringLiteral("–"),
                      QStringLiteral("–")};
        ingestLines << Line{QStringLiteral("ingest: stats round trip under ingest (%1 requests)")
                          .arg(statsDuringIngest.count),
                      ms(statsDuringIngest.p50), ms(statsDuringIngest.p99), ms(statsDuringIngest.max),
                      QStringLiteral("–"), QStringLiteral("–")};
        ingestLines << Line{QStringLiteral("ingest: live rows inserted at the top; view caught up %1 ms after the last "
                                     "commit")
                          .arg(qRound64(catchUpMs)),
                      QString::number(liveRows), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"),
                      QStringLiteral("–")};
    }

    progress(QStringLiteral("queries through the model (%1 runs each)").arg(repeat));
    const QString loadBeforeQueries = loadAverage();
    probe.clear();
    struct Query
    {
        QString name;
        AuditFilter filter;
        double target;
    };
    const QList<Query> queries{
        {QStringLiteral("open the page: first rows, no filter"), AuditFilter{}, 50},
        {QStringLiteral("filter: caller (vapi:after-hours, 12 %)"), AuditFilter{.caller = QStringLiteral("vapi:after-hours")}, 20},
        {QStringLiteral("filter: caller (console:bob, 3 %)"), AuditFilter{.caller = QStringLiteral("console:bob")}, 20},
        {QStringLiteral("filter: tool (create_payment)"), AuditFilter{.tool = QStringLiteral("create_payment")}, 20},
        {QStringLiteral("filter: provider (stripe)"), AuditFilter{.provider = QStringLiteral("stripe")}, 20},
        {QStringLiteral("filter: connection (2nd Google account)"), AuditFilter{.connectionId = 2}, 20},
        {QStringLiteral("filter: status = failed"), AuditFilter{.status = audit_status::Failed}, 20},
        {QStringLiteral("filter: status = interrupted"), AuditFilter{.status = audit_status::Interrupted}, 20},
        {QStringLiteral("filter: kind = admin"), AuditFilter{.kind = QStringLiteral("admin")}, 20},
        {QStringLiteral("filter: last 24 hours"), AuditFilter{.since = anchor.addDays(-1)}, 20},
        {QStringLiteral("tool + status + 7-day range (send_sms, failed)"),
         AuditFilter{.tool = QStringLiteral("send_sms"), .status = audit_status::Failed, .since = anchor.addDays(-7)}, 20},
        {QStringLiteral("full-text, rare term (10 records)"), AuditFilter{.search = QLatin1String(ConsoleTrail::kRareTerm)}, 20},
        {QStringLiteral("full-text, common term (≈ 85 % of records)"),
         AuditFilter{.search = QLatin1String(ConsoleTrail::kCommonTerm)}, 20},
    };
    bool done = false;
    QString failure;
    QObject::connect(&model, &ui::AuditLogModel::firstPageLoaded, [&done] { done = true; });
    QObject::connect(&model, &ui::AuditLogModel::pageLoaded, [&done] { done = true; });
    QObject::connect(&model, &ui::AuditLogModel::loadFailed, [&](const Error& e) {
        failure = e.message;
        done = true;
    });
    // The page's first rows for `filter`: round trip, and the GUI thread's share (setFilter + the answer's handler).
    auto openPage = [&](const AuditFilter& filter, double* guiMs) {
        done = false;
        probe.lastConsumerMaxMs = 0;
        QElapsedTimer timer;
        timer.start();
        model.setFilter(filter);
        const double syncMs = msSince(timer);
        waitUntil(done);
        const double roundTrip = msSince(timer);
        QCoreApplication::processEvents(); // let the answer's event finish being accounted
        if (guiMs)
            *guiMs = syncMs + probe.lastConsumerMaxMs;
        return roundTrip;
    };
    // Warm-up: every read connection of the pool opened, the schema parsed.
    for (int i = 0; i < 3; ++i)
        openPage({}, nullptr);
    for (const Query& query : queries) {
        std::vector<double> roundTrips, gui;
        int rows = 0;
        for (int r = 0; r < repeat; ++r) {
            double guiMs = 0;
            roundTrips.push_back(openPage(query.filter, &guiMs));
            gui.push_back(guiMs);
            rows = model.rowCount();
        }
        if (!failure.isEmpty()) {
            out << query.name << " failed: " << failure << Qt::endl;
            return 1;
        }
        const Timing t = percentiles(roundTrips);
        const Timing g = percentiles(gui);
        lines << Line{QStringLiteral("%1 → %2 rows").arg(query.name).arg(rows), ms(t.p50), ms(t.p95), ms(g.p95),
                      QStringLiteral("< %1 ms").arg(query.target), pass(t.p95, query.target)};
    }
    // Scrolling: the next pages, one after the other.
    const QList<Query> scrolls{
        {QStringLiteral("next page (fetchMore), no filter"), AuditFilter{}, 20},
        {QStringLiteral("next page (fetchMore), caller (console:bob)"), AuditFilter{.caller = QStringLiteral("console:bob")}, 20},
        {QStringLiteral("next page (fetchMore), full-text common term"),
         AuditFilter{.search = QLatin1String(ConsoleTrail::kCommonTerm)}, 20},
    };
    for (const Query& query : scrolls) {
        openPage(query.filter, nullptr);
        std::vector<double> roundTrips, gui;
        for (int r = 0; r < repeat && model.canFetchMore({}); ++r) {
            done = false;
            probe.lastConsumerMaxMs = 0;
            QElapsedTimer timer;
            timer.start();
            model.fetchMore({});
            const double syncMs = msSince(timer);
            waitUntil(done);
            roundTrips.push_back(msSince(timer));
            QCoreApplication::processEvents();
            gui.push_back(syncMs + probe.lastConsumerMaxMs);
        }
        const Timing t = percentiles(roundTrips);
        const Timing g = percentiles(gui);
        lines << Line{QStringLiteral("%1 → %2 rows after %3 pages").arg(query.name).arg(model.rowCount()).arg(roundTrips.size()),
                      ms(t.p50), ms(t.p95), ms(g.p95), QStringLiteral("< %1 ms").arg(query.target),
                      pass(t.p95, query.target)};
    }

    // Stats: AuditReader::stats (AuditQuery::snapshot on a read connection) until the answer is applied.
    const QList<std::pair<QString, StatsQuery>> statsQueries{
        {QStringLiteral("stats: all callers, last day"), StatsQuery{.since = anchor.addDays(-1), .until = anchor}},
        {QStringLiteral("stats: all callers, last week"), StatsQuery{.since = anchor.addDays(-7), .until = anchor}},
        {QStringLiteral("stats: all callers, all time"), StatsQuery{}},
        {QStringLiteral("stats: one caller, last day"),
         StatsQuery{.caller = QStringLiteral("vapi:front-desk"), .since = anchor.addDays(-1), .until = anchor}},
        {QStringLiteral("stats: one caller, last week"),
         StatsQuery{.caller = QStringLiteral("vapi:front-desk"), .since = anchor.addDays(-7), .until = anchor}},
        {QStringLiteral("stats: one caller, all time"), StatsQuery{.caller = QStringLiteral("vapi:front-desk")}},
    };
    for (const auto& [name, query] : statsQueries) {
        std::vector<double> roundTrips, gui;
        qint64 executions = 0;
        for (int r = 0; r < repeat + 1; ++r) {
            bool answered = false;
            probe.lastConsumerMaxMs = 0;
            QElapsedTimer timer;
            timer.start();
            reader.stats(&statsConsumer, query, [&](Result<StatsSnapshot> snapshot) {
                if (!snapshot)
                    failure = snapshot.error().message;
                else {
                    applyStats(*snapshot);
                    executions = snapshot->totals.total;
                }
                answered = true;
            });
            const double syncMs = msSince(timer);
            waitUntil(answered);
            const double roundTrip = msSince(timer);
            QCoreApplication::processEvents();
            if (r == 0)
                continue; // warm-up
            roundTrips.push_back(roundTrip);
            gui.push_back(syncMs + probe.lastConsumerMaxMs);
        }
        if (!failure.isEmpty()) {
            out << name << " failed: " << failure << Qt::endl;
            return 1;
        }
        const Timing t = percentiles(roundTrips);
        const Timing g = percentiles(gui);
        lines << Line{QStringLiteral("%1 → %2 executions").arg(name).arg(executions), ms(t.p50), ms(t.p95), ms(g.p95),
                      QStringLiteral("< 20 ms"), pass(t.p95, 20)};
    }
    // The whole stats page (KPI tiles, timeline and per-tool charts, both tables, the caller menu): reload() until
    // snapshotShown. Its ranges are the page's own (StatsPage::queryFor, on the wall clock).
    {
        ui::StatsPage statsPage(&reader);
        probe.databaseConsumers.insert(&statsPage);
        bool shown = false;
        QObject::connect(&statsPage, &ui::StatsPage::snapshotShown, [&shown] { shown = true; });
        QObject::connect(&statsPage, &ui::StatsPage::loadFailed, [&](const QString& message) {
            failure = message;
            shown = true;
        });
        statsPage.resize(1280, 800);
        statsPage.show(); // reloads
        waitUntil(shown);
        auto* rangeCombo = statsPage.findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        auto* callerCombo = statsPage.findChild<QComboBox*>(QStringLiteral("callerCombo"));
        const QString oneCaller = QStringLiteral("vapi:front-desk");
        QElapsedTimer optionsTimer;
        optionsTimer.start();
        while (callerCombo && callerCombo->findData(oneCaller) < 0 && optionsTimer.elapsed() < 10000) {
            bool never = false;
            waitUntil(never, 100);
        }
        for (const QString& caller : {QString(), oneCaller}) {
            for (const auto& [rangeName, rangeIndex] :
                 {std::pair{QStringLiteral("last 24 hours"), 0}, {QStringLiteral("last 7 days"), 1},
                  {QStringLiteral("all time"), 3}}) {
                if (!rangeCombo || !callerCombo || callerCombo->findData(caller) < 0) {
                    failure = QStringLiteral("the stats page has no range or caller menu");
                    break;
                }
                callerCombo->setCurrentIndex(callerCombo->findData(caller));
                rangeCombo->setCurrentIndex(rangeIndex);
                std::vector<double> roundTrips, gui;
                for (int r = 0; r < repeat + 1; ++r) {
                    shown = false;
                    probe.lastConsumerMaxMs = 0;
                    QElapsedTimer timer;
                    timer.start();
                    statsPage.reload();
                    const double syncMs = msSince(timer);
                    waitUntil(shown);
                    const double roundTrip = msSince(timer);
                    QCoreApplication::processEvents();
                    if (r == 0)
                        continue; // warm-up (and the answers to the menu changes)
                    roundTrips.push_back(roundTrip);
                    gui.push_back(syncMs + probe.lastConsumerMaxMs);
                }
                const Timing t = percentiles(roundTrips);
                const Timing g = percentiles(gui);
                lines << Line{QStringLiteral("stats page reload (tiles, charts, tables): %1, %2 → %3 executions")
                                  .arg(caller.isEmpty() ? QStringLiteral("all callers") : QStringLiteral("one caller"),
                                       rangeName)
                                  .arg(statsPage.snapshot().totals.total),
                              ms(t.p50), ms(t.p95), ms(g.p95), QStringLiteral("< 20 ms"), pass(t.p95, 20)};
            }
        }
        probe.databaseConsumers.remove(&statsPage);
        if (!failure.isEmpty()) {
            out << "stats page failed: " << failure << Qt::endl;
            return 1;
        }
    }
    const QString loadAtEnd = loadAverage();

    // ---- 3. Report ---------------------------------------------------------------------------------------------
    const qint64 events = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_records WHERE kind IN ('connection', 'admin')"));
    QSqlQuery q(mainDb);
    q.exec(QStringLiteral("SELECT SUM(total), SUM(success), SUM(failed), SUM(interrupted) FROM audit_rollups_total"));
    q.next();
    const qint64 execs = q.value(0).toLongLong();
    auto pct = [execs](qint64 n) { return QString::number(execs ? 100.0 * double(n) / double(execs) : 0, 'f', 1); };
    const QString outcomes = QStringLiteral("%1 % success, %2 % failed, %3 % interrupted")
                                 .arg(pct(q.value(1).toLongLong()), pct(q.value(2).toLongLong()),
                                      pct(q.value(3).toLongLong()));
    q.finish();
    const qint64 rare = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_fts WHERE audit_fts MATCH '%1'")
                                   .arg(QLatin1String(ConsoleTrail::kRareTerm)));
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    out << "### bench_audit_console, " << total << " records\n\n";
    out << "Command: `" << commandLine.join(QLatin1Char(' ')) << "` (QT_QPA_PLATFORM="
        << qEnvironmentVariable("QT_QPA_PLATFORM") << ")\n\n";
    out << "Machine: " << QThread::idealThreadCount() << " cores (" << cpuModel() << "), " << memoryTotal()
        << ", SQLite " << database->sqliteVersion().value_or(QStringLiteral("?")) << " (WAL), Qt " << qVersion()
        << "; load average at start " << loadAtStart << ", after ingest " << loadAfterIngest << ", before the queries "
        << loadBeforeQueries << ", at the end " << loadAtEnd << "; " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
        << "\n\n";
    out << "Trail: " << total << " records (" << execs << " executions: " << outcomes << "; " << events
        << " connection/admin events; rare term in " << rare << " records) over the 90 days before "
        << anchor.toString(Qt::ISODate) << ", " << QString::number(double(bytes) / 1e9, 'f', 2) << " GB on disk ("
        << path << (ingest.ran ? QStringLiteral(", written by this run") : QStringLiteral(", reused")) << ")"
        << "\n\n";
    if (!ingestLines.isEmpty()) {
        out << "QEvent types: 43 = queued call (a database answer, a queued signal), 77 = UpdateRequest (painting a window), 1 = "
           "Timer.\n\n";
    out << "| during ingest | p50 | p99 | max | target | result |\n|---|---|---|---|---|---|\n";
        for (const Line& line : ingestLines)
            out << "| " << line.measure << " | " << line.p50 << " | " << line.p95 << " | " << line.gui << " | "
                << line.target << " | " << line.result << " |\n";
        out << "\n";
    }
    if (!ingestSlowest.isEmpty())
        out << "Longest GUI-thread events during ingest (receiver, QEvent type, what the model did): "
            << ingestSlowest.join(QStringLiteral("; ")) << "\n\n";
    out << "| through the model (round trip) | p50 | p95 | GUI thread p95 | target | result |\n|---|---|---|---|---|---|\n";
    for (const Line& line : lines)
        out << "| " << line.measure << " | " << line.p50 << " | " << line.p95 << " | " << line.gui << " | "
            << line.target << " | " << line.result << " |\n";
    out << Qt::endl;
    if (!parser.isSet(QStringLiteral("db")) && parser.isSet(QStringLiteral("keep")))
        err << "kept " << path << Qt::endl;
    return 0;
}
