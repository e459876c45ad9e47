// AuditExporter: the filtered records as CSV (RFC 4180 quoting) and as a JSON array of the API's records, written
// page by page; a cancelled or failed export leaves the target file as it was.

#include "audit/AuditExporter.h"
#include "audit/AuditWriter.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestAuditExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void csvQuotesAndCountsTheFilteredRecords();
    void jsonIsTheApiFormNewestFirst();
    void cancelledExportLeavesTheFileAsItWas();
    void unwritablePathIsAClearError();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QSqlDatabase db() const { return m_database->writer().value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    static constexpr int kRecords = AuditExporter::kPageSize + 150; // more than one page
};

void TestAuditExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto database = Database::openSqlite(path(QStringLiteral("audit.db")));
    QVERIFY(database);
    m_database = std::move(*database);
    AuditWriter writer(*m_database);
    QVERIFY(writer.open());
    for (int i = 0; i < kRecords; ++i) {
        AuditRecord record;
        record.caller = i % 2 ? QStringLiteral("vapi:front-desk") : QStringLiteral("n8n:billing");
        record.tool = QStringLiteral("send_sms");
        record.provider = QStringLiteral("twilio");
        // A comma, a quote and a line break: the CSV must quote them.
        record.input = QJsonObject{{QStringLiteral("body"), QStringLiteral("Hi, \"Sam\"\nsee you at %1").arg(i)}};
        const qint64 id = writer.begin(record, {});
        AuditCompletion done;
        done.status = i % 5 ? audit_status::Success : audit_status::Failed;
        done.errorMessage = done.status == audit_status::Failed ? QStringLiteral("Unreachable, try later") : QString();
        done.output = QJsonObject{{QStringLiteral("n"), i}};
        writer.complete(id, done);
    }
    QVERIFY(writer.flush());
}

void TestAuditExport::cleanupTestCase()
{
    m_database.reset();
}

void TestAuditExport::csvQuotesAndCountsTheFilteredRecords()
{
    AuditFilter filter;
    filter.caller = QStringLiteral("vapi:front-desk");
    AuditExportControl control;
    QSqlDatabase connection = db();
    const Result<qint64> written
        = AuditExporter::write(connection, filter, path(QStringLiteral("out.csv")), AuditExportFormat::Csv, control);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(*written, qint64(kRecords / 2));
    QCOMPARE(control.written.load(), qint64(kRecords / 2));
    QCOMPARE(control.total.load(), qint64(kRecords / 2));

    QFile file(path(QStringLiteral("out.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(AuditExporter::csvHeader().join(QLatin1Char(',')) + QStringLiteral("\r\n")));
    // Records end with \r\n (JSON text keeps its line breaks escaped).
    const QStringList rows = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), kRecords / 2 + 1);
    // Newest first: the last record written (odd index kRecords - 1) heads the list.
    QVERIFY2(rows.at(1).contains(QStringLiteral("\"{\"\"body\"\":\"\"Hi, \\\"\"Sam\\\"\"\\nsee you at %1\"\"}\"")
                                     .arg(kRecords - 1)),
             qPrintable(rows.at(1)));
    QVERIFY(rows.at(1).contains(QStringLiteral(",vapi:front-desk,send_sms,twilio,")));
}

void TestAuditExport::jsonIsTheApiFormNewestFirst()
{
    AuditFilter filter;
    filter.status = audit_status::Failed;
    AuditExportControl control;
    QSqlDatabase connection = db();
    const Result<qint64> written
        = AuditExporter::write(connection, filter, path(QStringLiteral("out.json")), AuditExportFormat::Json, control);
    QVERIFY(written);
    QFile file(path(QStringLiteral("out.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonArray records = QJsonDocument::fromJson(file.readAll(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(records.size(), (kRecords + 4) / 5);
    QCOMPARE(qint64(records.size()), *written);
    for (const QJsonValue& record : records) {
        QCOMPARE(record[QStringLiteral("status")].toString(), audit_status::Failed);
        QCOMPARE(record[QStringLiteral("errorMessage")].toString(), QStringLiteral("Unreachable, try later"));
        QVERIFY(!record[QStringLiteral("seal")].toString().isEmpty());
    }
    QVERIFY(records.first()[QStringLiteral("id")].toString().toLongLong()
            > records.last()[QStringLiteral("id")].toString().toLongLong());
}

void TestAuditExport::cancelledExportLeavesTheFileAsItWas()
{
    const QString target = path(QStringLiteral("kept.csv"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an earlier export\n");
    }
    AuditExportControl control;
    control.cancelled = true;
    QSqlDatabase connection = db();
    const Result<qint64> written = AuditExporter::write(connection, {}, target, AuditExportFormat::Csv, control);
    QVERIFY(!written);
    QCOMPARE(written.error().code, QStringLiteral("cancelled"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("an earlier export\n"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.csv*")}, QDir::Files), QStringList{QStringLiteral("kept.csv")});
}

void TestAuditExport::unwritablePathIsAClearError()
{
    AuditExportControl control;
    QSqlDatabase connection = db();
    const QString target = path(QStringLiteral("no-such-folder/out.csv"));
    const Result<qint64> written = AuditExporter::write(connection, {}, target, AuditExportFormat::Csv, control);
    QVERIFY(!written);
    QCOMPARE(written.error().code, QStringLiteral("export_failed"));
    QVERIFY2(written.error().message.contains(target), qPrintable(written.error().message));
    // It also says what to do.
    QVERIFY2(written.error().message.contains(QStringLiteral("choose another folder")), qPrintable(written.error().message));
}

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_audit_export.moc"
