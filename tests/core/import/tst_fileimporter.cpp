// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/import/fileimporter.h"
#include "core/ingest/usageformat.h"

#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using Ingest::Format;
using Store::Workspace;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(TESTDATA_DIR "/ingest/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** A digest of every row of every table: equal digests mean an unchanged workspace. */
QByteArray workspaceDigest(Workspace& ws)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char* table : { "events", "daily_rollup", "imports", "prices", "meta" }) {
        QSqlQuery q(ws.db());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
            return "query failed";
        h.addData(table);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                h.addData(v.isNull() ? QByteArray("\x01NULL") : v.toString().toUtf8());
                h.addData("\x1f");
            }
            h.addData("\x1e");
        }
    }
    return h.result().toHex();
}

qint64 scalarInt(Workspace& ws, const QString& sql)
{
    QSqlQuery q(ws.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/** list_cost_nusd by source line (-1 for NULL = unpriced). */
QMap<qint64, qint64> costsByLine(Workspace& ws)
{
    QMap<qint64, qint64> out;
    QSqlQuery q(ws.db());
    q.exec(QStringLiteral("SELECT source_line, list_cost_nusd FROM events"));
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).isNull() ? -1 : q.value(1).toLongLong());
    return out;
}

/** (event_key, list cost, provider) of every event, for comparing two workspaces. */
QStringList eventIdentities(Workspace& ws)
{
    QStringList out;
    QSqlQuery q(ws.db());
    q.exec(QStringLiteral("SELECT event_key, list_cost_nusd, provider, operation FROM events ORDER BY event_key"));
    while (q.next())
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    return out;
}

std::unique_ptr<Workspace> openWs(const QTemporaryDir& dir, const char* name = "w.inferometer")
{
    auto ws = Workspace::open(dir.filePath(QLatin1String(name)));
    return ws.ok() ? std::move(ws).value() : nullptr;
}

Result<Import::ImportSummary> import(Workspace& ws, const QString& path, Format format = Format::Auto)
{
    PlainTaskContext ctx;
    return Import::importFile(ws, path, format, ctx);
}

// List costs of good.jsonl / good.csv with the built-in prices of 2026-03 (1 $/1M = 1000 nano per token):
// line 1 gpt-4o: 1000 × 2.50 + 500 × 10 = 2'500'000 + 5'000'000 = 7'500'000
// line 2 claude-sonnet-4-5: 2000 × 3 + 10'000 × 0.30 + 1000 × 3.75 + 300 × 15
//        = 6'000'000 + 3'000'000 + 3'750'000 + 4'500'000 = 17'250'000
// line 3 gpt-4o-mini, batch: (50'000 × 0.15 + 5000 × 0.60) / 2 = (7'500'000 + 3'000'000) / 2 = 5'250'000
// line 4 my-finetune: unpriced
// line 5 o3: 1000 × 2 + (200 + 800 reasoning) × 8 = 2'000'000 + 8'000'000 = 10'000'000
// line 6 gemini-2.5-flash: 1000 × 0.30 + 4000 × 0.03 + 100 × 2.50 = 300'000 + 120'000 + 250'000 = 670'000
constexpr qint64 GoodTotal = 7'500'000 + 17'250'000 + 5'250'000 + 10'000'000 + 670'000; // 40'670'000

} // namespace

class TestFileImporter : public QObject
{
    Q_OBJECT

private slots:
    void formatFamilies();
    void importJsonl();
    void importCsv();
    void sameEventsFromCsvAreDuplicates();
    void reimportAddsNothing();
    void overlappingFileAddsOnlyNewRows();
    void bomAndCrlf_data();
    void bomAndCrlf();
    void badInputLeavesWorkspaceUnchanged_data();
    void badInputLeavesWorkspaceUnchanged();
    void unreadableFile();
};

void TestFileImporter::importJsonl()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    const QString path = fixture(QStringLiteral("good.jsonl"));
    auto r = import(*ws, path);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    const Import::ImportSummary& s = r.value();
    QVERIFY(s.committed);
    QCOMPARE(s.file, path);
    QCOMPARE(s.format, QStringLiteral("jsonl"));
    QCOMPARE(s.rows, qint64(6));
    QCOMPARE(s.imported, qint64(6));
    QCOMPARE(s.duplicates, qint64(0));
    QCOMPARE(s.rejectedCount, qint64(0));
    QCOMPARE(s.unpriced, qint64(1));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), qint64(6));
    const QMap<qint64, qint64> costs = costsByLine(*ws);
    const QMap<qint64, qint64> expected { { 1, 7'500'000 }, { 2, 17'250'000 }, { 3, 5'250'000 }, { 4, -1 },
        { 5, 10'000'000 }, { 6, 670'000 } };
    QCOMPARE(costs, expected);
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT SUM(list_cost_nusd) FROM daily_rollup")), GoodTotal);
    // a row without a provider gets the catalog's
    QCOMPARE(
        scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events WHERE source_line = 3 AND provider = 'openai'")),
        qint64(1));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events WHERE source = 'good.jsonl'")), qint64(6));
    // T-1 (lines 1, 2) ends accepted at attempt 2
    QCOMPARE(
        scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events WHERE task_id = 'T-1' AND task_final = 'accepted'")),
        qint64(2));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT imported FROM imports WHERE file = 'good.jsonl'")), qint64(6));
}

void TestFileImporter::importCsv()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("good.csv")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY(r.value().committed);
    QCOMPARE(r.value().format, QStringLiteral("csv"));
    QCOMPARE(r.value().imported, qint64(6));
    QCOMPARE(r.value().unpriced, qint64(1));
    // rows start on lines 2, 3, 4, 5, 6 and 8 (row 5 holds a line break in quotes)
    const QMap<qint64, qint64> expected { { 2, 7'500'000 }, { 3, 17'250'000 }, { 4, 5'250'000 }, { 5, -1 },
        { 6, 10'000'000 }, { 8, 670'000 } };
    QCOMPARE(costsByLine(*ws), expected);
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT SUM(list_cost_nusd) FROM daily_rollup")), GoodTotal);
}

void TestFileImporter::sameEventsFromCsvAreDuplicates()
{
    // good.csv holds the same six calls as good.jsonl: event keys do not depend on the file or its format
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    QVERIFY(import(*ws, fixture(QStringLiteral("good.jsonl"))).ok());
    auto r = import(*ws, fixture(QStringLiteral("good.csv")));
    QVERIFY(r.ok());
    QVERIFY(r.value().committed);
    QCOMPARE(r.value().imported, qint64(0));
    QCOMPARE(r.value().duplicates, qint64(6));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), qint64(6));
}

void TestFileImporter::reimportAddsNothing()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    const QString path = fixture(QStringLiteral("good.jsonl"));
    QVERIFY(import(*ws, path).ok());
    const qint64 rollupCost = scalarInt(*ws, QStringLiteral("SELECT SUM(list_cost_nusd) FROM daily_rollup"));
    auto r = import(*ws, path);
    QVERIFY(r.ok());
    QVERIFY(r.value().committed);
    QCOMPARE(r.value().rows, qint64(6));
    QCOMPARE(r.value().imported, qint64(0));
    QCOMPARE(r.value().duplicates, qint64(6));
    QCOMPARE(r.value().unpriced, qint64(0)); // nothing new, nothing newly unpriced
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), qint64(6));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT SUM(list_cost_nusd) FROM daily_rollup")), rollupCost);
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT duplicates FROM imports ORDER BY id DESC LIMIT 1")), qint64(6));
}

void TestFileImporter::overlappingFileAddsOnlyNewRows()
{
    // overlap.jsonl: lines 4-6 of good.jsonl again, then three new gpt-4o-mini calls
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    QVERIFY(import(*ws, fixture(QStringLiteral("good.jsonl"))).ok());
    auto r = import(*ws, fixture(QStringLiteral("overlap.jsonl")));
    QVERIFY(r.ok());
    QVERIFY(r.value().committed);
    QCOMPARE(r.value().rows, qint64(6));
    QCOMPARE(r.value().imported, qint64(3));
    QCOMPARE(r.value().duplicates, qint64(3));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), qint64(9));
    // new: 2000 × 0.15 + 100 × 0.60 = 300'000 + 60'000 = 360'000; 4000 × 0.15 + 200 × 0.60 = 600'000 + 120'000
    // = 720'000; 1000 × 0.15 + 1000 × 0.60 = 150'000 + 600'000 = 750'000 → 1'830'000
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT SUM(list_cost_nusd) FROM daily_rollup")), GoodTotal + 1'830'000);
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events WHERE source = 'overlap.jsonl'")), qint64(3));
}

void TestFileImporter::bomAndCrlf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("jsonl") << QStringLiteral("good.jsonl");
    QTest::addRow("csv") << QStringLiteral("good.csv");
}

void TestFileImporter::bomAndCrlf()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    // the fixture as a Windows tool would write it: UTF-8 BOM, CRLF line ends (also inside quoted fields)
    QByteArray bytes = readAll(fixture(file));
    QVERIFY(!bytes.isEmpty());
    bytes.replace("\n", "\r\n");
    bytes.prepend("\xEF\xBB\xBF");
    const QString windowsPath = dir.filePath(QStringLiteral("windows-") + file);
    {
        QFile f(windowsPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto plain = openWs(dir, "plain.inferometer");
    auto windows = openWs(dir, "windows.inferometer");
    QVERIFY(plain && windows);
    QVERIFY(import(*plain, fixture(file)).ok());
    auto r = import(*windows, windowsPath);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY2(r.value().committed,
        qPrintable(r.value().rejected.isEmpty() ? QString() : r.value().rejected.first().toString()));
    QCOMPARE(r.value().imported, qint64(6));
    QCOMPARE(eventIdentities(*windows), eventIdentities(*plain));
    QCOMPARE(scalarInt(*windows, QStringLiteral("SELECT SUM(list_cost_nusd) FROM daily_rollup")), GoodTotal);
    // and the two are the same events
    QCOMPARE(import(*windows, fixture(file)).value().duplicates, qint64(6));
}

void TestFileImporter::badInputLeavesWorkspaceUnchanged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("wholeFile"); // the file as a whole is refused (an Error), not row by row
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message"); // a fragment of the first message, "" for any

    auto row = [](const char* name, const char* file, Format format, bool whole, QList<qint64> lines,
                   QStringList fields, const char* message) {
        QTest::addRow("%s", name) << QString::fromLatin1(file) << int(format) << whole << lines << fields
                                  << QString::fromLatin1(message);
    };
    row("truncated last line", "truncated.jsonl", Format::Auto, false, { 3 }, { QString() }, "truncated");
    row("binary junk", "junk.bin", Format::Auto, true, { 1 }, { QString() }, "not recognised");
    row("binary junk read as JSONL", "junk.bin", Format::Jsonl, false, {}, {}, "");
    row("wrong type", "wrong_type.jsonl", Format::Auto, false, { 3 }, { QStringLiteral("output_tokens") }, "lots");
    row("missing model", "missing_model.jsonl", Format::Auto, false, { 2 }, { QStringLiteral("model") }, "required");
    row("several bad rows", "several_bad_rows.jsonl", Format::Auto, false, { 2, 4, 6 },
        { QStringLiteral("cache_read_tokens"), QStringLiteral("outcome"), QStringLiteral("attempt") }, "");
    row("empty file", "empty.jsonl", Format::Auto, true, { 1 }, { QString() }, "empty");
    row("empty file as JSONL", "empty.jsonl", Format::Jsonl, true, { 1 }, { QString() }, "empty");
    row("csv wrong field count", "wrong_field_count.csv", Format::Auto, false, { 3 }, { QString() }, "fields");
    row("csv unclosed quote", "unclosed_quote.csv", Format::Auto, false, { 3 }, { QString() }, "never closed");
    row("csv bad time", "bad_time.csv", Format::Auto, false, { 2 }, { QStringLiteral("time") }, "yesterday");
    row("csv not UTF-8", "not_utf8.csv", Format::Auto, false, { 3 }, { QString() }, "UTF-8");
    row("csv header only", "header_only.csv", Format::Auto, true, { 2 }, { QString() }, "");
    row("csv without model column", "no_model_column.csv", Format::Csv, true, { 1 }, { QStringLiteral("model") },
        "model");
    row("JSONL read as CSV", "good.jsonl", Format::Csv, true, { 1 }, { QStringLiteral("time") }, "");
}

void TestFileImporter::badInputLeavesWorkspaceUnchanged()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(bool, wholeFile);
    QFETCH(QList<qint64>, lines);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);

    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    QVERIFY(import(*ws, fixture(QStringLiteral("good.jsonl"))).ok());
    const QByteArray before = workspaceDigest(*ws);
    const qint64 eventsBefore = scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events"));
    QCOMPARE(eventsBefore, qint64(6));

    const QString path = fixture(file);
    auto r = import(*ws, path, Format(format));
    if (wholeFile) {
        QVERIFY(!r.ok());
        const Error& e = r.error();
        QCOMPARE(e.source, path);
        QCOMPARE(e.line, lines.first());
        QCOMPARE(e.field, fields.first());
        QVERIFY2(e.message.contains(message, Qt::CaseInsensitive), qPrintable(e.message));
        QVERIFY2(e.toString().startsWith(path + QLatin1Char(':') + QString::number(e.line)), qPrintable(e.toString()));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const Import::ImportSummary& s = r.value();
        QVERIFY(!s.committed);
        QCOMPARE(s.imported, qint64(0));
        QVERIFY(s.rejectedCount > 0);
        QCOMPARE(s.rejected.size(), int(s.rejectedCount));
        if (!lines.isEmpty()) {
            QCOMPARE(s.rejectedCount, qint64(lines.size()));
            for (int i = 0; i < lines.size(); ++i) {
                const Error& e = s.rejected[i];
                QCOMPARE(e.source, path);
                QCOMPARE(e.line, lines[i]);
                QCOMPARE(e.field, fields[i]);
                // "file:line: field "name": message"
                QVERIFY2(
                    e.toString().startsWith(path + QLatin1Char(':') + QString::number(lines[i]) + QLatin1Char(':')),
                    qPrintable(e.toString()));
                if (!fields[i].isEmpty())
                    QVERIFY2(e.toString().contains(fields[i]), qPrintable(e.toString()));
            }
            QVERIFY2(s.rejected.first().message.contains(message, Qt::CaseInsensitive),
                qPrintable(s.rejected.first().message));
        } else {
            for (const Error& e : s.rejected) {
                QCOMPARE(e.source, path);
                QVERIFY(e.line >= 1);
            }
        }
    }
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), eventsBefore);
    QCOMPARE(workspaceDigest(*ws), before);
    // and the workspace is still usable: importing more works
    QCOMPARE(import(*ws, fixture(QStringLiteral("overlap.jsonl"))).value().imported, qint64(3));
}

void TestFileImporter::unreadableFile()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    const QString missing = dir.filePath(QStringLiteral("nope.jsonl"));
    auto r = import(*ws, missing);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().source, missing);
    QCOMPARE(r.error().code, Error::Code::Io);
    auto d = import(*ws, dir.path());
    QVERIFY(!d.ok());
    QCOMPARE(d.error().source, dir.path());
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), qint64(0));
}

void TestFileImporter::formatFamilies()
{
    // DESIGN.md's --format names a family ("langfuse", "litellm"); the content picks the member
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws);
    const QString file = QStringLiteral(TESTDATA_DIR "/ingest/langfuse/observations.csv");
    PlainTaskContext ctx;
    QVERIFY(Ingest::isFormatOrFamily(u"langfuse"));
    QVERIFY(Ingest::isFormatOrFamily(u"litellm-daily"));
    QVERIFY(!Ingest::isFormatOrFamily(u"lang"));
    auto wrong = Import::importFile(*ws.value(), file, QStringLiteral("litellm"), ctx);
    QVERIFY(!wrong);
    QVERIFY(wrong.error().message.contains(QStringLiteral("LiteLLM")));
    QVERIFY(!wrong.error().message.contains(QStringLiteral("Langfuse")));
    QCOMPARE(wrong.error().line, 1);
    auto right = Import::importFile(*ws.value(), file, QStringLiteral("langfuse"), ctx);
    QVERIFY2(right, qPrintable(right ? QString() : right.error().toString()));
    QCOMPARE(right.value().format, QStringLiteral("langfuse-csv"));
    QVERIFY(right.value().imported > 0);
}

INFEROMETER_TEST_GUILESS_MAIN(TestFileImporter)
#include "tst_fileimporter.moc"
