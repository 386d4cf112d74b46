// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/langfuseformats.h"

#include "core/analytics/report.h"
#include "core/import/fileimporter.h"
#include "core/ingest/usageformat.h"
#include "tests/support/testmain.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/formattesting.h"

using Store::Workspace;

using namespace Testing;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(TESTDATA_DIR "/ingest/langfuse/") + name;
}

/** A column of the event with this observation id (call_id). */
qint64 intOf(Workspace& ws, const char* column, const char* id)
{
    return scalarInt(
        ws, QStringLiteral("SELECT %1 FROM events WHERE call_id = '%2'").arg(QLatin1String(column), QLatin1String(id)));
}

QString textOf(Workspace& ws, const char* column, const char* id)
{
    return scalarText(
        ws, QStringLiteral("SELECT %1 FROM events WHERE call_id = '%2'").arg(QLatin1String(column), QLatin1String(id)));
}

QJsonObject attributesOf(Workspace& ws, const char* id)
{
    return QJsonDocument::fromJson(textOf(ws, "attributes", id).toUtf8()).object();
}

/** Everything an event holds, one line per event in key order: equal lists are the same events. */
QStringList eventIdentities(Workspace& ws)
{
    QStringList out;
    QSqlQuery q(ws.db());
    q.exec(QStringLiteral(
        "SELECT event_key, time_ms, provider, model, call_id, parent_call_id, operation, calls, latency_ms, status, "
        "uncached_input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, "
        "reasoning_tokens, reported_cost_nusd, list_cost_nusd, attributes FROM events ORDER BY event_key"));
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

QStringList spans(Workspace& ws)
{
    QStringList out;
    QSqlQuery q(ws.db());
    q.exec(QStringLiteral("SELECT trace_id, span_id, parent_span_id, name, operation, start_ms, end_ms, error "
                          "FROM trace_spans ORDER BY span_id"));
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << q.value(i).toString();
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

QByteArray workspaceDigest(Workspace& ws)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char* table : { "events", "daily_rollup", "imports", "prices", "trace_spans" }) {
        QSqlQuery q(ws.db());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
            return "query failed";
        h.addData(table);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                h.addData(q.value(i).isNull() ? QByteArray("\x01NULL") : q.value(i).toString().toUtf8());
                h.addData("\x1f");
            }
        }
    }
    return h.result().toHex();
}

Analytics::Kpis totals(Workspace& ws)
{
    auto r = Analytics::report(ws, Analytics::Filter {});
    return r.ok() ? r.value().totals : Analytics::Kpis {};
}

// observations.json (and the same observations in observations.jsonl / observations.csv); prices from
// resources/pricing/catalog.json, $ per 1M = 1000 nano-dollars per token. usageDetails are separate buckets.
//  gen-1 claude-sonnet-4-5: input 1000, cache read 10'000, cache creation 2000 (5m), output 300
//        1000 × 3000 + 10'000 × 300 + 2000 × 3750 + 300 × 15'000 = 3'000'000 + 3'000'000 + 7'500'000 + 4'500'000
//        = 18'000'000; totalPrice 0.0198 → 19'800'000
//  gen-2 gpt-4o (2.50 / 1.25 / 10): input 800 + cached 1200 (more cached than uncached: separate buckets)
//        800 × 2500 + 1200 × 1250 + 150 × 10'000 = 2'000'000 + 1'500'000 + 1'500'000 = 5'000'000;
//        totalPrice "0.00345" → 3'450'000
//  gen-3 o3 (2 / 0.50 / 8, reasoning at the output price): 2000 × 2000 + 500 × 8000 + 1500 × 8000
//        = 4'000'000 + 4'000'000 + 12'000'000 = 20'000'000; no totalPrice, costDetails.total 0.02 → 20'000'000
//  emb-1 text-embedding-3-small: not in the catalog → unpriced
//  gen-4 gemini-2.5-flash (0.30 / 0.03 / 2.50): 1000 × 300 + 4000 × 30 + 100 × 2500 = 300'000 + 120'000 + 250'000
//        = 670'000
//  gen-5 my-custom-model: unpriced
//  span-1 (SPAN) and ev-1 (EVENT): trace spans, not events
constexpr qint64 ListTotal = 18'000'000 + 5'000'000 + 20'000'000 + 670'000; // 43'670'000
constexpr qint64 ReportedTotal = 19'800'000 + 3'450'000 + 20'000'000; // 43'250'000
constexpr qint64 Dec1 = 1'764'547'200'000; // 2025-12-01T00:00:00Z
constexpr qint64 Hour = 3'600'000;

const QStringList& ourFormats()
{
    static const QStringList ids { QStringLiteral("langfuse-json"), QStringLiteral("langfuse-csv") };
    return ids;
}

} // namespace

class TestLangfuseFormats : public QObject
{
    Q_OBJECT

private slots:
    void detection_data();
    void detection();
    void noOtherFixtureIsClaimed();
    void observationsJson();
    void jsonLinesAndCsvAreTheSameEvents_data();
    void jsonLinesAndCsvAreTheSameEvents();
    void apiPageAndSnakeCase();
    void reimportAddsNothing();
    void spansWithoutSinkAreDropped();
    void bomAndCrlf_data();
    void bomAndCrlf();
    void badInput_data();
    void badInput();
};

void TestLangfuseFormats::detection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addRow("JSON array") << QStringLiteral("observations.json") << QStringLiteral("langfuse-json");
    QTest::addRow("JSON Lines") << QStringLiteral("observations.jsonl") << QStringLiteral("langfuse-json");
    QTest::addRow("CSV") << QStringLiteral("observations.csv") << QStringLiteral("langfuse-csv");
    QTest::addRow("bad CSV rows") << QStringLiteral("bad_rows.csv") << QStringLiteral("langfuse-csv");
    QTest::addRow("CSV without startTime") << QStringLiteral("missing_column.csv") << QStringLiteral("langfuse-csv");
    QTest::addRow("bad JSON rows") << QStringLiteral("bad_rows.json") << QStringLiteral("langfuse-json");
}

void TestLangfuseFormats::detection()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const QString path = fixture(file);
    auto r = Ingest::recognise(readAll(path).left(Ingest::DetectBytes), path);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r.value()->id(), format);
}

void TestLangfuseFormats::noOtherFixtureIsClaimed()
{
    int others = 0;
    QDirIterator it(QStringLiteral(TESTDATA_DIR "/ingest"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        auto r = Ingest::recognise(readAll(path).left(Ingest::DetectBytes), path);
        const bool ours = path.contains(QLatin1String("/ingest/langfuse/"));
        if (!ours) {
            ++others;
            if (r.ok())
                QVERIFY2(!ourFormats().contains(r.value()->id()),
                    qPrintable(path + QStringLiteral(" taken for ") + r.value()->id()));
        } else if (r.ok()) {
            QVERIFY2(ourFormats().contains(r.value()->id()),
                qPrintable(path + QStringLiteral(" taken for ") + r.value()->id()));
        }
    }
    QVERIFY(others >= 10);
}

void TestLangfuseFormats::observationsJson()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("observations.json")));
    QVERIFY2(r.ok() && r.value().committed, qPrintable(describe(r)));
    const Import::ImportSummary& s = r.value();
    QCOMPARE(s.format, QStringLiteral("langfuse-json"));
    QCOMPARE(s.rows, qint64(6)); // the LLM calls; spans are counted apart
    QCOMPARE(s.imported, qint64(6));
    QCOMPARE(s.spans, qint64(2));
    QCOMPARE(s.unpriced, qint64(2));

    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.events, qint64(6));
    QCOMPARE(k.calls, qint64(6));
    QCOMPARE(k.tokens.uncachedInput, qint64(1000 + 800 + 2000 + 5000 + 1000 + 10));
    QCOMPARE(k.tokens.cacheRead, qint64(10'000 + 1200 + 4000));
    QCOMPARE(k.tokens.cacheWrite5m, qint64(2000));
    QCOMPARE(k.tokens.cacheWrite1h, qint64(0));
    QCOMPARE(k.tokens.output, qint64(300 + 150 + 500 + 100 + 5));
    QCOMPARE(k.tokens.reasoning, qint64(1500));
    QCOMPARE(k.listCostNano, ListTotal);
    QCOMPARE(k.listCostNano, qint64(43'670'000));
    QCOMPARE(k.reportedCostNano, ReportedTotal);
    QCOMPARE(k.reportedEvents, qint64(3));

    QCOMPARE(intOf(*ws, "list_cost_nusd", "gen-1"), qint64(18'000'000));
    QCOMPARE(intOf(*ws, "list_cost_nusd", "gen-2"), qint64(5'000'000));
    QCOMPARE(intOf(*ws, "list_cost_nusd", "gen-3"), qint64(20'000'000));
    QCOMPARE(intOf(*ws, "list_cost_nusd", "gen-4"), qint64(670'000));
    QCOMPARE(intOf(*ws, "list_cost_nusd", "emb-1"), qint64(-2)); // unpriced, not $0
    QCOMPARE(intOf(*ws, "list_cost_nusd", "gen-5"), qint64(-2));
    QCOMPARE(intOf(*ws, "reported_cost_nusd", "gen-1"), qint64(19'800'000));
    QCOMPARE(intOf(*ws, "reported_cost_nusd", "gen-2"), qint64(3'450'000));
    QCOMPARE(intOf(*ws, "reported_cost_nusd", "gen-3"), qint64(20'000'000)); // from costDetails.total
    QCOMPARE(intOf(*ws, "reported_cost_nusd", "gen-4"), qint64(-2));

    // usageDetails are separate buckets: gen-2's 800 input stay uncached beside 1200 cached ones (an OpenAI-style
    // "input includes cached" reading would reject it), gen-3's 1500 reasoning tokens are not taken out of 500 output
    QCOMPARE(intOf(*ws, "uncached_input_tokens", "gen-2"), qint64(800));
    QCOMPARE(intOf(*ws, "cache_read_tokens", "gen-2"), qint64(1200));
    QCOMPARE(intOf(*ws, "output_tokens", "gen-3"), qint64(500));
    QCOMPARE(intOf(*ws, "reasoning_tokens", "gen-3"), qint64(1500));
    QCOMPARE(intOf(*ws, "cache_write_5m_tokens", "gen-1"), qint64(2000));

    // providers: from the model name where obvious, else from the price catalog, else none
    QCOMPARE(textOf(*ws, "provider", "gen-1"), QStringLiteral("anthropic"));
    QCOMPARE(textOf(*ws, "provider", "gen-2"), QStringLiteral("openai"));
    QCOMPARE(textOf(*ws, "provider", "gen-3"), QStringLiteral("openai"));
    QCOMPARE(textOf(*ws, "provider", "gen-4"), QStringLiteral("google"));
    QCOMPARE(textOf(*ws, "provider", "emb-1"), QString());
    QCOMPARE(textOf(*ws, "provider", "gen-5"), QString());
    QCOMPARE(textOf(*ws, "model", "gen-1"), QStringLiteral("claude-sonnet-4-5-20250929"));

    // times in UTC (gen-2 starts at 11:00+01:00), latency from the field in seconds or from the end time
    QCOMPARE(intOf(*ws, "time_ms", "gen-1"), Dec1 + 10 * Hour);
    QCOMPARE(intOf(*ws, "time_ms", "gen-2"), Dec1 + 10 * Hour);
    QCOMPARE(intOf(*ws, "latency_ms", "gen-1"), qint64(2500));
    QCOMPARE(intOf(*ws, "latency_ms", "gen-2"), qint64(1234)); // "1.234"
    QCOMPARE(intOf(*ws, "latency_ms", "gen-3"), qint64(45'000)); // endTime − startTime
    QCOMPARE(intOf(*ws, "latency_ms", "gen-5"), qint64(-2)); // neither
    QCOMPARE(textOf(*ws, "status", "gen-4"), QStringLiteral("error")); // level ERROR
    QCOMPARE(textOf(*ws, "status", "gen-1"), QStringLiteral("ok"));
    QCOMPARE(textOf(*ws, "operation", "gen-1"), QStringLiteral("generation"));
    QCOMPARE(textOf(*ws, "operation", "emb-1"), QStringLiteral("embedding"));
    QCOMPARE(textOf(*ws, "parent_call_id", "gen-1"), QStringLiteral("span-1"));
    QCOMPARE(textOf(*ws, "parent_call_id", "gen-3"), QString());

    const QJsonObject a = attributesOf(*ws, "gen-1");
    QCOMPARE(a.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
    QCOMPARE(a.value(QStringLiteral("metadata.team")).toString(), QStringLiteral("search"));
    QCOMPARE(a.value(QStringLiteral("metadata.user_tier")).toString(), QStringLiteral("pro"));
    QCOMPARE(a.value(QStringLiteral("metadata.attempt")).toString(), QStringLiteral("2"));
    QCOMPARE(a.value(QStringLiteral("prompt_name")).toString(), QStringLiteral("answer"));
    QCOMPARE(a.value(QStringLiteral("prompt_version")).toString(), QStringLiteral("3"));
    QCOMPARE(a.value(QStringLiteral("trace_id")).toString(), QStringLiteral("trace-1"));
    QCOMPARE(a.value(QStringLiteral("time_to_first_token_ms")).toString(), QStringLiteral("800"));
    QCOMPARE(
        attributesOf(*ws, "gen-3").value(QStringLiteral("metadata.feature")).toString(), QStringLiteral("planner"));
    QVERIFY(!attributesOf(*ws, "gen-2").contains(QStringLiteral("prompt_name")));

    // the SPAN and the EVENT are kept as trace spans for agent trees
    const QStringList sp = spans(*ws);
    QCOMPARE(sp.size(), 2);
    QCOMPARE(sp[0], QStringLiteral("trace-1|ev-1|span-1|user-feedback|event|%1|%1|0").arg(Dec1 + 10 * Hour + 6000));
    QCOMPARE(sp[1],
        QStringLiteral("trace-1|span-1||agent-loop|span|%1|%2|0")
            .arg(Dec1 + 10 * Hour - 1000)
            .arg(Dec1 + 10 * Hour + 5000));
}

void TestLangfuseFormats::jsonLinesAndCsvAreTheSameEvents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addRow("JSON Lines") << QStringLiteral("observations.jsonl") << QStringLiteral("langfuse-json");
    QTest::addRow("CSV") << QStringLiteral("observations.csv") << QStringLiteral("langfuse-csv");
}

void TestLangfuseFormats::jsonLinesAndCsvAreTheSameEvents()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QTemporaryDir dir;
    auto json = openWs(dir, "json.inferometer");
    auto other = openWs(dir, "other.inferometer");
    QVERIFY(json && other);
    QVERIFY(import(*json, fixture(QStringLiteral("observations.json"))).ok());
    auto r = import(*other, fixture(file));
    QVERIFY2(r.ok() && r.value().committed, qPrintable(describe(r)));
    QCOMPARE(r.value().format, format);
    QCOMPARE(r.value().imported, qint64(6));
    QCOMPARE(r.value().spans, qint64(2));
    QCOMPARE(eventIdentities(*other), eventIdentities(*json));
    QCOMPARE(spans(*other), spans(*json));
    QCOMPARE(totals(*other).listCostNano, ListTotal);
    QCOMPARE(totals(*other).reportedCostNano, ReportedTotal);
    // the same observations from another export format are duplicates
    auto again = import(*json, fixture(file));
    QVERIFY(again.ok() && again.value().committed);
    QCOMPARE(again.value().imported, qint64(0));
    QCOMPARE(again.value().duplicates, qint64(6));
    QCOMPARE(again.value().spans, qint64(0));
}

void TestLangfuseFormats::apiPageAndSnakeCase()
{
    // the public API's page shape, with snake_case names as some exporters write them
    const QByteArray page = R"({"data": [
  {"id": "p-1", "trace_id": "t-9", "type": "GENERATION", "start_time": "2025-12-03T08:00:00Z",
   "model": "claude-haiku-4-5-20251001",
   "usage_details": {"input": 100, "output": 20, "input_cache_read": 1000, "input_cache_creation_1h": 50},
   "total_price": "0.00031", "parent_observation_id": "root", "prompt_name": "triage", "metadata": "{\"k\": 1}"},
  {"id": "p-2", "trace_id": "t-9", "type": "TOOL", "start_time": "2025-12-03T08:00:01Z", "name": "search"}
], "meta": {"page": 1, "limit": 50, "totalItems": 2, "totalPages": 1}})";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.json"));
    QVERIFY(writeFile(path, page));
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, path);
    QVERIFY2(r.ok() && r.value().committed, qPrintable(describe(r)));
    QCOMPARE(r.value().format, QStringLiteral("langfuse-json"));
    QCOMPARE(r.value().imported, qint64(1));
    QCOMPARE(r.value().spans, qint64(1));
    // haiku-4-5: 100 × 1000 + 1000 × 100 + 50 × 2000 + 20 × 5000 = 100'000 + 100'000 + 100'000 + 100'000
    QCOMPARE(intOf(*ws, "list_cost_nusd", "p-1"), qint64(400'000));
    QCOMPARE(intOf(*ws, "cache_write_1h_tokens", "p-1"), qint64(50));
    QCOMPARE(intOf(*ws, "reported_cost_nusd", "p-1"), qint64(310'000));
    QCOMPARE(intOf(*ws, "source_line", "p-1"), qint64(2));
    QCOMPARE(textOf(*ws, "parent_call_id", "p-1"), QStringLiteral("root"));
    QCOMPARE(attributesOf(*ws, "p-1").value(QStringLiteral("prompt_name")).toString(), QStringLiteral("triage"));
    QCOMPARE(attributesOf(*ws, "p-1").value(QStringLiteral("metadata.k")).toString(), QStringLiteral("1"));
    QCOMPARE(spans(*ws),
        QStringList { QStringLiteral("t-9|p-2||search|tool|%1|%1|0").arg(Dec1 + 2 * 86'400'000 + 8 * Hour + 1000) });
}

void TestLangfuseFormats::reimportAddsNothing()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    const QString path = fixture(QStringLiteral("observations.json"));
    QVERIFY(import(*ws, path).ok());
    const QStringList before = eventIdentities(*ws);
    auto again = import(*ws, path);
    QVERIFY(again.ok() && again.value().committed);
    QCOMPARE(again.value().rows, qint64(6));
    QCOMPARE(again.value().imported, qint64(0));
    QCOMPARE(again.value().duplicates, qint64(6));
    QCOMPARE(again.value().spans, qint64(0));
    QCOMPARE(eventIdentities(*ws), before);
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM trace_spans")), qint64(2));
    QCOMPARE(totals(*ws).listCostNano, ListTotal);
}

void TestLangfuseFormats::spansWithoutSinkAreDropped()
{
    QByteArray bytes = readAll(fixture(QStringLiteral("observations.json")));
    QBuffer buf(&bytes);
    QVERIFY(buf.open(QIODevice::ReadOnly));
    QList<UsageEvent> events;
    Ingest::Sinks sinks;
    sinks.events = [&](QList<UsageEvent>& chunk) -> Result<void> {
        events += chunk;
        return {};
    };
    PlainTaskContext ctx;
    auto r = Ingest::langfuseJsonFormat().parse(buf, QStringLiteral("/x/o.json"), sinks, ctx);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r.value().rejectedCount, qint64(0));
    QCOMPARE(events.size(), 6);
    QStringList ids;
    for (const UsageEvent& e : events)
        ids << e.callId;
    QCOMPARE(ids,
        QStringList({ QStringLiteral("gen-1"), QStringLiteral("gen-2"), QStringLiteral("gen-3"),
            QStringLiteral("emb-1"), QStringLiteral("gen-4"), QStringLiteral("gen-5") }));
    // each event's line is where its observation starts
    QCOMPARE(events[0].sourceLine, qint64(2));
    QCOMPARE(events[1].sourceLine, qint64(23));
    QCOMPARE(events[5].sourceLine, qint64(94));
    QCOMPARE(events[0].source, QStringLiteral("o.json"));
}

void TestLangfuseFormats::bomAndCrlf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("JSON") << QStringLiteral("observations.json");
    QTest::addRow("JSON Lines") << QStringLiteral("observations.jsonl");
    QTest::addRow("CSV") << QStringLiteral("observations.csv");
}

void TestLangfuseFormats::bomAndCrlf()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QByteArray bytes = readAll(fixture(file));
    QVERIFY(!bytes.isEmpty());
    bytes.replace("\n", "\r\n");
    bytes.prepend("\xEF\xBB\xBF");
    const QString windowsPath = dir.filePath(QStringLiteral("windows-") + file);
    QVERIFY(writeFile(windowsPath, bytes));
    auto plain = openWs(dir, "plain.inferometer");
    auto windows = openWs(dir, "windows.inferometer");
    QVERIFY(plain && windows);
    QVERIFY(import(*plain, fixture(file)).ok());
    auto r = import(*windows, windowsPath);
    QVERIFY2(r.ok() && r.value().committed, qPrintable(describe(r)));
    QCOMPARE(r.value().imported, qint64(6));
    QCOMPARE(eventIdentities(*windows), eventIdentities(*plain));
    QCOMPARE(spans(*windows), spans(*plain));
    QCOMPARE(scalarText(*windows, QStringLiteral("SELECT group_concat(source_line) FROM events")),
        scalarText(*plain, QStringLiteral("SELECT group_concat(source_line) FROM events")));
}

void TestLangfuseFormats::badInput_data()
{
    QTest::addColumn<QString>("file"); // in the langfuse fixtures, or generated ("@name")
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("wholeFile");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message"); // a fragment of the first message

    auto row = [](const char* name, const char* file, const char* format, bool whole, QList<qint64> lines,
                   QStringList fields, const char* message) {
        QTest::addRow("%s", name) << QString::fromLatin1(file) << QString::fromLatin1(format) << whole << lines
                                  << fields << QString::fromLatin1(message);
    };
    row("JSON: missing id, wrong types, bad time, not an object", "bad_rows.json", "auto", false,
        { 3, 4, 12, 13, 14, 15, 16 },
        { QStringLiteral("[1].id"), QStringLiteral("[2].usageDetails.input"), QStringLiteral("[3].startTime"),
            QStringLiteral("[4]"), QStringLiteral("[5].latency"), QStringLiteral("[6].usageDetails"),
            QStringLiteral("[7].totalPrice") },
        "required");
    row("JSON truncated", "bad_truncated.json", "auto", true, { 41 }, { QString() }, "truncated");
    row("JSON Lines: negative count, truncated last line", "bad_lines.jsonl", "auto", false, { 2, 3 },
        { QStringLiteral("usageDetails.output"), QString() }, "non-negative");
    row("CSV: bad JSON cell, bad time, field count, bad price", "bad_rows.csv", "auto", false, { 3, 4, 5, 6 },
        { QStringLiteral("usageDetails"), QStringLiteral("startTime"), QString(), QStringLiteral("totalPrice") },
        "JSON");
    row("CSV without startTime column", "missing_column.csv", "auto", true, { 1 }, { QStringLiteral("startTime") },
        "startTime");
    row("CSV header only", "@header", "langfuse-csv", true, { 2 }, { QString() }, "no observation");
    row("JSON read as CSV", "observations.json", "langfuse-csv", true, { 1 }, { QStringLiteral("id") }, "id");
    row("CSV read as JSON", "observations.csv", "langfuse-json", true, { 1 }, { QString() }, "JSON");
    row("binary junk", "@junk", "auto", true, { 1 }, { QString() }, "not recognised");
    row("binary junk as JSON", "@junk", "langfuse-json", true, { 1 }, { QString() }, "binary");
    row("binary junk as CSV", "@junk", "langfuse-csv", true, { 1 }, { QString() }, "UTF-8");
    row("empty file", "@empty", "langfuse-json", true, { 1 }, { QString() }, "empty");
    row("empty CSV", "@empty", "langfuse-csv", true, { 1 }, { QString() }, "empty");
    row("blank lines", "@blank", "langfuse-json", true, { 1 }, { QString() }, "empty");
    row("another JSON document", "@other", "langfuse-json", true, { 1 }, { QString() }, "Langfuse");
}

void TestLangfuseFormats::badInput()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(bool, wholeFile);
    QFETCH(QList<qint64>, lines);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QString path = fixture(file);
    if (file.startsWith(QLatin1Char('@'))) {
        const QHash<QString, QByteArray> generated {
            { QStringLiteral("@junk"), QByteArray("\x00\x01\x02\xff\xfe{\"traceId\"\n", 13) },
            { QStringLiteral("@empty"), QByteArray() },
            { QStringLiteral("@blank"), QByteArray("\n \r\n\t\n") },
            { QStringLiteral("@other"), QByteArray(R"({"object":"list","items":[1,2,3]})") },
            { QStringLiteral("@header"), QByteArray("id,traceId,type,startTime,usageDetails,totalPrice\n") },
        };
        path = dir.filePath(file.mid(1) + QStringLiteral(".txt"));
        QVERIFY(writeFile(path, generated.value(file)));
    }
    auto ws = openWs(dir);
    QVERIFY(ws);
    QVERIFY(import(*ws, fixture(QStringLiteral("observations.json"))).ok());
    const QByteArray before = workspaceDigest(*ws);
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), qint64(6));

    auto res = import(*ws, path, format);
    if (wholeFile) {
        QVERIFY2(!res.ok(), qPrintable(describe(res)));
        const Error& e = res.error();
        QCOMPARE(e.source, path);
        QCOMPARE(e.line, lines.first());
        QCOMPARE(e.field, fields.first());
        QVERIFY2(e.message.contains(message, Qt::CaseInsensitive), qPrintable(e.message));
        QVERIFY2(e.toString().startsWith(path + QLatin1Char(':') + QString::number(e.line)), qPrintable(e.toString()));
    } else {
        QVERIFY2(res.ok(), qPrintable(describe(res)));
        const Import::ImportSummary& s = res.value();
        QVERIFY(!s.committed);
        QCOMPARE(s.imported, qint64(0));
        QCOMPARE(s.spans, qint64(0));
        QCOMPARE(s.rejectedCount, qint64(lines.size()));
        for (int i = 0; i < lines.size(); ++i) {
            const Error& e = s.rejected[i];
            QCOMPARE(e.source, path);
            QCOMPARE(e.line, lines[i]);
            QCOMPARE(e.field, fields[i]);
            QVERIFY2(e.toString().startsWith(path + QLatin1Char(':') + QString::number(lines[i]) + QLatin1Char(':')),
                qPrintable(e.toString()));
        }
        QVERIFY2(
            s.rejected.first().message.contains(message, Qt::CaseInsensitive), qPrintable(s.rejected.first().message));
    }
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), qint64(6));
    QCOMPARE(workspaceDigest(*ws), before);
}

INFEROMETER_TEST_GUILESS_MAIN(TestLangfuseFormats)
#include "tst_langfuseformats.moc"
