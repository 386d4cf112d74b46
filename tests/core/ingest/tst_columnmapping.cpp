// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/columnmapping.h"

#include "app/cli/clicommands.h"
#include "core/analytics/report.h"
#include "core/import/fileimporter.h"
#include "tests/support/testmain.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Store::Workspace;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(TESTDATA_DIR "/ingest/mapped/") + name;
}

QString canonicalFixture(const QString& name)
{
    return QStringLiteral(TESTDATA_DIR "/ingest/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run
{
    int status = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonObject file(int i = 0) const { return json().value(QLatin1String("files")).toArray().at(i).toObject(); }
};

Run cli(const QStringList& args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.status = Cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

/** The --map options of the test files: ts, llm, tokens_in, tokens_out, team. */
QStringList teamMap()
{
    QStringList args;
    for (const char* spec :
        { "time=ts", "model=llm", "uncached_input_tokens=tokens_in", "output_tokens=tokens_out", "team=team" })
        args << QStringLiteral("--map") << QLatin1String(spec);
    return args;
}

std::unique_ptr<Workspace> openWs(const QTemporaryDir& dir, const char* name = "w.inferometer")
{
    auto ws = Workspace::open(dir.filePath(QLatin1String(name)));
    return ws.ok() ? std::move(ws).value() : nullptr;
}

Analytics::Kpis totals(Workspace& ws)
{
    auto r = Analytics::report(ws, {});
    return r.ok() ? r.value().totals : Analytics::Kpis {};
}

/** (event key, list cost, provider, source line) of every event. */
QStringList eventIdentities(Workspace& ws)
{
    QStringList out;
    QSqlQuery q(ws.db());
    q.exec(QStringLiteral("SELECT event_key, list_cost_nusd, provider, source_line FROM events ORDER BY event_key"));
    while (q.next())
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    return out;
}

Ingest::ColumnMapping mappingOf(const QStringList& specs)
{
    auto m = Ingest::parseMapping(specs);
    return m.ok() ? m.value() : Ingest::ColumnMapping {};
}

// 2025-10-01T00:00:00Z
constexpr qint64 Oct1 = 1'759'276'800'000;
constexpr qint64 Hour = 3'600'000;

// team_usage.csv / .jsonl with the catalog prices of 2025-10 ($1 per 1M tokens = 1000 nano-dollars per token):
// line 2 gpt-4o, search: 1'000 × 2'500 + 500 × 10'000 = 2'500'000 + 5'000'000                = 7'500'000
// line 3 claude-sonnet-4-5, data: 2'000 × 3'000 + 1'000 × 15'000 = 6'000'000 + 15'000'000     = 21'000'000
// line 4 gpt-4o-mini, search: 100'000 × 150 + 20'000 × 600 = 15'000'000 + 12'000'000         = 27'000'000
constexpr qint64 TeamTotal = 7'500'000 + 21'000'000 + 27'000'000; // 55'500'000
constexpr qint64 SearchTotal = 7'500'000 + 27'000'000; // 34'500'000

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseMapping_data();
    void parseMapping();
    void cliImportWithMap();
    void cliBadRowsNameSourceColumns();
    void cliMissingColumn();
    void cliBadMapping();
    void jsonLinesWithNestedPaths();
    void timeFormat();
    void notDetected();
    void validatesLikeCanonical_data();
    void validatesLikeCanonical();
    void previewCsv();
    void previewJsonLines();
    void previewErrors();

private:
    QTemporaryDir m_dir;
};

void TestColumnMapping::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestColumnMapping::parseMapping_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("field"); // of the error
    QTest::addColumn<QString>("message");
    QTest::addRow("good") << QStringList { QStringLiteral("time=ts"), QStringLiteral(" Model = llm "),
        QStringLiteral("uncached_input_tokens=usage.in") }
                          << true << QString() << QString();
    QTest::addRow("unknown field") << QStringList { QStringLiteral("time=ts"), QStringLiteral("model=llm"),
        QStringLiteral("tokens=tokens_in") }
                                   << false << QStringLiteral("tokens") << QStringLiteral("Unknown field \"tokens\"");
    QTest::addRow("no equals sign") << QStringList { QStringLiteral("time") } << false << QStringLiteral("time")
                                    << QStringLiteral("FIELD=COLUMN");
    QTest::addRow("empty column") << QStringList { QStringLiteral("time=") } << false << QStringLiteral("time")
                                  << QStringLiteral("FIELD=COLUMN");
    QTest::addRow("twice") << QStringList { QStringLiteral("time=ts"), QStringLiteral("time=when") } << false
                           << QStringLiteral("time") << QStringLiteral("mapped twice");
    QTest::addRow("no model") << QStringList { QStringLiteral("time=ts") } << false << QStringLiteral("model")
                              << QStringLiteral("model=COLUMN");
}

void TestColumnMapping::parseMapping()
{
    QFETCH(QStringList, specs);
    QFETCH(bool, ok);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto m = Ingest::parseMapping(specs);
    QCOMPARE(m.ok(), ok);
    if (ok) {
        QCOMPARE(m.value().fields.value(QStringLiteral("model")), QStringLiteral("llm"));
        QCOMPARE(m.value().fields.value(QStringLiteral("uncached_input_tokens")), QStringLiteral("usage.in"));
        QCOMPARE(m.value().describe(QStringLiteral("time")), QStringLiteral("ts (time)"));
        return;
    }
    QCOMPARE(m.error().field, field);
    QVERIFY2(m.error().message.contains(message), qPrintable(m.error().message));
}

void TestColumnMapping::cliImportWithMap()
{
    const QString ws = m_dir.filePath(QStringLiteral("team.inferometer"));
    const QString file = fixture(QStringLiteral("team_usage.csv"));
    const Run imp = cli(
        QStringList { QStringLiteral("import"), QStringLiteral("--workspace"), ws, file, QStringLiteral("--json") }
        + teamMap());
    QVERIFY2(imp.status == 0, qPrintable(imp.err));
    QCOMPARE(imp.file().value(QLatin1String("format")).toString(), QStringLiteral("mapped"));
    QCOMPARE(imp.file().value(QLatin1String("imported")).toInteger(), qint64(3));
    QCOMPARE(imp.file().value(QLatin1String("unpriced")).toInteger(), qint64(0));

    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), ws, QStringLiteral("--by"),
        QStringLiteral("team"), QStringLiteral("--json") });
    QCOMPARE(r.status, 0);
    const QJsonObject t = r.json().value(QLatin1String("totals")).toObject();
    QCOMPARE(t.value(QLatin1String("list_cost_nusd")).toInteger(), TeamTotal);
    QCOMPARE(t.value(QLatin1String("uncached_input_tokens")).toInteger(), qint64(103'000));
    QCOMPARE(t.value(QLatin1String("output_tokens")).toInteger(), qint64(21'500));
    const QJsonArray g = r.json().value(QLatin1String("groups")).toArray();
    QCOMPARE(g.size(), 2);
    QCOMPARE(g[0].toObject().value(QLatin1String("key")).toString(), QStringLiteral("search"));
    QCOMPARE(g[0].toObject().value(QLatin1String("list_cost_nusd")).toInteger(), SearchTotal);
    QCOMPARE(g[1].toObject().value(QLatin1String("key")).toString(), QStringLiteral("data"));
    QCOMPARE(g[1].toObject().value(QLatin1String("list_cost_nusd")).toInteger(), qint64(21'000'000));

    // re-import adds nothing; --format is ignored when --map is given
    const Run again = cli(QStringList { QStringLiteral("import"), QStringLiteral("--workspace"), ws, file,
                              QStringLiteral("--format"), QStringLiteral("jsonl") }
        + teamMap());
    QCOMPARE(again.status, 0);
    QVERIFY2(again.out.contains(QLatin1String("0 imported, 3 duplicates")), qPrintable(again.out));
}

void TestColumnMapping::cliBadRowsNameSourceColumns()
{
    const QString ws = m_dir.filePath(QStringLiteral("bad.inferometer"));
    QCOMPARE(cli(QStringList { QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                     fixture(QStringLiteral("team_usage.csv")) }
                 + teamMap())
                 .status,
        0);
    const QString bad = fixture(QStringLiteral("team_usage_bad.csv"));
    const Run r
        = cli(QStringList { QStringLiteral("import"), QStringLiteral("--workspace"), ws, bad, QStringLiteral("--json") }
            + teamMap());
    QCOMPARE(r.status, 1);
    QCOMPARE(r.file().value(QLatin1String("committed")).toBool(), false);
    QCOMPARE(r.file().value(QLatin1String("rows")).toInteger(), qint64(6));
    const QJsonArray rows = r.file().value(QLatin1String("rejected_rows")).toArray();
    const QList<std::pair<qint64, QString>> expected { { 3, QStringLiteral("tokens_in (uncached_input_tokens)") },
        { 4, QStringLiteral("ts (time)") }, { 5, QStringLiteral("llm (model)") },
        { 6, QStringLiteral("tokens_out (output_tokens)") }, { 7, QString() } };
    QCOMPARE(rows.size(), expected.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].toObject().value(QLatin1String("line")).toInteger(), expected[i].first);
        QCOMPARE(rows[i].toObject().value(QLatin1String("field")).toString(), expected[i].second);
    }
    QVERIFY2(
        r.err.contains(bad + QStringLiteral(":3: field \"tokens_in (uncached_input_tokens)\"")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("must be at least 0, found -3")), qPrintable(r.err));

    // nothing of the bad file was written
    const Run rep = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), ws, QStringLiteral("--json") });
    const QJsonObject t = rep.json().value(QLatin1String("totals")).toObject();
    QCOMPARE(t.value(QLatin1String("events")).toInteger(), qint64(3));
    QCOMPARE(t.value(QLatin1String("list_cost_nusd")).toInteger(), TeamTotal);
}

void TestColumnMapping::cliMissingColumn()
{
    const QString ws = m_dir.filePath(QStringLiteral("nocol.inferometer"));
    const QString file = fixture(QStringLiteral("team_usage_nocol.csv"));
    const Run r = cli(QStringList { QStringLiteral("import"), QStringLiteral("--workspace"), ws, file } + teamMap());
    QCOMPARE(r.status, 1);
    QVERIFY2(
        r.err.contains(file + QStringLiteral(":1: field \"tokens_in (uncached_input_tokens)\"")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("no column \"tokens_in\"")), qPrintable(r.err));
}

void TestColumnMapping::cliBadMapping()
{
    const QString ws = m_dir.filePath(QStringLiteral("usage.inferometer"));
    const Run r
        = cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, fixture(QStringLiteral("team_usage.csv")),
            QStringLiteral("--map"), QStringLiteral("time=ts"), QStringLiteral("--map"), QStringLiteral("model=llm"),
            QStringLiteral("--map"), QStringLiteral("tokens=tokens_in") });
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QLatin1String("Unknown field \"tokens\"")), qPrintable(r.err));
    QVERIFY(!QFile::exists(ws)); // refused before the workspace was touched
}

void TestColumnMapping::jsonLinesWithNestedPaths()
{
    // the same three calls as team_usage.csv: model and tokens nested, a flat key with dots, epoch time on line 2
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    const auto format = Ingest::mappedFormat(mappingOf({ QStringLiteral("time=when"), QStringLiteral("model=llm.name"),
        QStringLiteral("provider=llm.vendor"), QStringLiteral("uncached_input_tokens=usage.in"),
        QStringLiteral("output_tokens=usage.out"), QStringLiteral("team=gen_ai.team") }));
    PlainTaskContext ctx;
    auto r = Import::importFile(*ws, fixture(QStringLiteral("team_usage.jsonl")), *format, ctx);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY2(r.value().committed, qPrintable(r.value().rejected.value(0).toString()));
    QCOMPARE(r.value().format, QStringLiteral("mapped"));
    QCOMPARE(r.value().imported, qint64(3));
    QCOMPARE(totals(*ws).listCostNano, TeamTotal);
    // identical events to the CSV (the catalog fills the CSV's missing provider): nothing new
    const auto csv = Ingest::mappedFormat(mappingOf(
        { QStringLiteral("time=ts"), QStringLiteral("model=llm"), QStringLiteral("uncached_input_tokens=tokens_in"),
            QStringLiteral("output_tokens=tokens_out"), QStringLiteral("team=team") }));
    auto again = Import::importFile(*ws, fixture(QStringLiteral("team_usage.csv")), *csv, ctx);
    QVERIFY(again.ok());
    QCOMPARE(again.value().imported, qint64(0));
    QCOMPARE(again.value().duplicates, qint64(3));
}

void TestColumnMapping::timeFormat()
{
    // odd_time.csv: ';'-separated, "dd.MM.yyyy HH:mm" without a zone (UTC); gpt-4o 7'500'000 + 15'000'000
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    Ingest::ColumnMapping m = mappingOf({ QStringLiteral("time=Datum"), QStringLiteral("model=Modell"),
        QStringLiteral("uncached_input_tokens=Eingabe"), QStringLiteral("output_tokens=Ausgabe") });
    m.timeFormat = QStringLiteral("dd.MM.yyyy HH:mm");
    m.delimiter = QLatin1Char(';');
    const auto format = Ingest::mappedFormat(m);
    PlainTaskContext ctx;
    auto r = Import::importFile(*ws, fixture(QStringLiteral("odd_time.csv")), *format, ctx);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY2(r.value().committed, qPrintable(r.value().rejected.value(0).toString()));
    QCOMPARE(totals(*ws).listCostNano, qint64(22'500'000));
    Analytics::Filter nine;
    nine.fromMs = Oct1 + 9 * Hour;
    nine.toMs = Oct1 + 9 * Hour + 1;
    QCOMPARE(Analytics::report(*ws, nine).value().totals.listCostNano, qint64(7'500'000)); // 09:00 UTC exactly

    // a time in another shape is rejected, naming the source column
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Datum;Modell;Eingabe;Ausgabe\n01.10.2025 09:00;gpt-4o;1;1\n2025-10-01 11:00;gpt-4o;1;1\n");
    f.close();
    auto b = Import::importFile(*ws, bad, *format, ctx);
    QVERIFY(b.ok());
    QVERIFY(!b.value().committed);
    QCOMPARE(b.value().rejectedCount, qint64(1));
    QCOMPARE(b.value().rejected[0].line, qint64(3));
    QCOMPARE(b.value().rejected[0].field, QStringLiteral("Datum (time)"));
    QVERIFY(b.value().rejected[0].message.contains(QLatin1String("dd.MM.yyyy HH:mm")));
    QCOMPARE(totals(*ws).events, qint64(2));
}

void TestColumnMapping::notDetected()
{
    QVERIFY(Ingest::findFormat(u"mapped") == nullptr);
    for (const Ingest::UsageFormat* f : Ingest::formats())
        QVERIFY(f->id() != QLatin1String("mapped"));
    const auto format = Ingest::mappedFormat(mappingOf({ QStringLiteral("time=time"), QStringLiteral("model=model") }));
    QCOMPARE(format->detect(readAll(canonicalFixture(QStringLiteral("good.csv")))), 0);
}

void TestColumnMapping::validatesLikeCanonical_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    for (const char* f : { "good.csv", "bad_time.csv", "wrong_field_count.csv", "unclosed_quote.csv", "not_utf8.csv",
             "header_only.csv" })
        QTest::addRow("%s", f) << QString::fromLatin1(f) << QStringLiteral("csv");
    for (const char* f : { "good.jsonl", "overlap.jsonl", "wrong_type.jsonl", "several_bad_rows.jsonl",
             "missing_model.jsonl", "truncated.jsonl", "empty.jsonl" })
        QTest::addRow("%s", f) << QString::fromLatin1(f) << QStringLiteral("jsonl");
}

void TestColumnMapping::validatesLikeCanonical()
{
    // every canonical field mapped to itself: the same events, rejects and errors as the canonical parser, with
    // fields named "column (field)"
    QFETCH(QString, file);
    QFETCH(QString, format);
    const QString path = canonicalFixture(file);
    QStringList specs;
    if (format == QLatin1String("csv")) {
        const QByteArray head = readAll(path);
        const QString header = QString::fromUtf8(head.left(head.indexOf('\n'))).trimmed();
        for (const QString& col : header.split(QLatin1Char(',')))
            if (Ingest::canonicalFields().contains(col))
                specs << col + QLatin1Char('=') + col;
    } else {
        for (const QString& f : Ingest::canonicalFields())
            specs << f + QLatin1Char('=') + f;
    }
    const auto mapped = Ingest::mappedFormat(mappingOf(specs));
    QTemporaryDir dir;
    auto wsCanonical = openWs(dir, "a.inferometer");
    auto wsMapped = openWs(dir, "b.inferometer");
    QVERIFY(wsCanonical && wsMapped);
    PlainTaskContext ctx;
    auto a = Import::importFile(*wsCanonical, path, format, ctx);
    auto b = Import::importFile(*wsMapped, path, *mapped, ctx);
    QCOMPARE(b.ok(), a.ok());
    if (!a.ok()) {
        QCOMPARE(b.error().line, a.error().line);
        QCOMPARE(b.error().message, a.error().message);
        return;
    }
    QCOMPARE(b.value().committed, a.value().committed);
    QCOMPARE(b.value().rows, a.value().rows);
    QCOMPARE(b.value().imported, a.value().imported);
    QCOMPARE(b.value().rejectedCount, a.value().rejectedCount);
    for (int i = 0; i < a.value().rejected.size(); ++i) {
        const Error& x = a.value().rejected[i];
        const Error& y = b.value().rejected[i];
        QCOMPARE(y.line, x.line);
        QCOMPARE(y.field, x.field.isEmpty() ? QString() : x.field + QStringLiteral(" (") + x.field + QLatin1Char(')'));
        QCOMPARE(y.message, x.message);
        QCOMPARE(y.source, path);
    }
    QCOMPARE(eventIdentities(*wsMapped), eventIdentities(*wsCanonical));
    if (file.startsWith(QLatin1String("good")))
        QCOMPARE(eventIdentities(*wsMapped).size(), 6);
}

void TestColumnMapping::previewCsv()
{
    QFile f(fixture(QStringLiteral("team_usage.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto p = Ingest::previewRows(f, 2);
    QVERIFY(p.ok());
    const QList<QStringList> expected { { QStringLiteral("ts"), QStringLiteral("llm"), QStringLiteral("tokens_in"),
                                            QStringLiteral("tokens_out"), QStringLiteral("team"),
                                            QStringLiteral("note") },
        { QStringLiteral("2025-10-01T09:00:00Z"), QStringLiteral("gpt-4o"), QStringLiteral("1000"),
            QStringLiteral("500"), QStringLiteral("search"), QStringLiteral("first") },
        { QStringLiteral("2025-10-01T10:00:00Z"), QStringLiteral("claude-sonnet-4-5"), QStringLiteral("2000"),
            QStringLiteral("1000"), QStringLiteral("data"), QString() } };
    QCOMPARE(p.value(), expected);
    QFile all(fixture(QStringLiteral("team_usage.csv")));
    QVERIFY(all.open(QIODevice::ReadOnly));
    auto more = Ingest::previewRows(all, 10);
    QVERIFY(more.ok());
    QCOMPARE(more.value().size(), 4); // header + the 3 rows there are
    QCOMPARE(more.value()[3][5], QStringLiteral("a note, with a comma"));
    QFile odd(fixture(QStringLiteral("odd_time.csv")));
    QVERIFY(odd.open(QIODevice::ReadOnly));
    auto semicolons = Ingest::previewRows(odd, 1, QLatin1Char(';'));
    QVERIFY(semicolons.ok());
    QCOMPARE(semicolons.value().size(), 2);
    QCOMPARE(semicolons.value()[1],
        (QStringList { QStringLiteral("01.10.2025 09:00"), QStringLiteral("gpt-4o"), QStringLiteral("1000"),
            QStringLiteral("500") }));
}

void TestColumnMapping::previewJsonLines()
{
    QFile f(fixture(QStringLiteral("team_usage.jsonl")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto p = Ingest::previewRows(f, 3);
    QVERIFY(p.ok());
    // keys in order of first appearance, nested objects as dotted paths; arrays as JSON text
    const QStringList header { QStringLiteral("when"), QStringLiteral("llm.name"), QStringLiteral("llm.vendor"),
        QStringLiteral("usage.in"), QStringLiteral("usage.out"), QStringLiteral("gen_ai.team"),
        QStringLiteral("usage.cached"), QStringLiteral("tags") };
    QCOMPARE(p.value().size(), 4);
    QCOMPARE(p.value()[0], header);
    QCOMPARE(p.value()[1],
        (QStringList { QStringLiteral("2025-10-01T09:00:00Z"), QStringLiteral("gpt-4o"), QStringLiteral("openai"),
            QStringLiteral("1000"), QStringLiteral("500"), QStringLiteral("search"), QString(), QString() }));
    QCOMPARE(p.value()[2][0], QStringLiteral("1759312800"));
    QCOMPARE(p.value()[3][6], QStringLiteral("0"));
    QCOMPARE(p.value()[3][7], QStringLiteral("[\"a\",\"b\"]"));
}

void TestColumnMapping::previewErrors()
{
    QByteArray empty;
    QBuffer e(&empty);
    e.open(QIODevice::ReadOnly);
    auto r = Ingest::previewRows(e, 5);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().line, qint64(1));
    QVERIFY(r.error().message.contains(QLatin1String("empty")));

    QByteArray jsonl("{\"a\": 1}\n{\"a\": \n");
    QBuffer j(&jsonl);
    j.open(QIODevice::ReadOnly);
    auto bad = Ingest::previewRows(j, 5);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().line, qint64(2));

    QFile junk(canonicalFixture(QStringLiteral("junk.bin")));
    QVERIFY(junk.open(QIODevice::ReadOnly));
    auto bin = Ingest::previewRows(junk, 5);
    QVERIFY(!bin.ok());
    QCOMPARE(bin.error().source, junk.fileName());
    QVERIFY(bin.error().message.contains(QLatin1String("binary")));
}

INFEROMETER_TEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
