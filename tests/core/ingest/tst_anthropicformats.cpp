// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/anthropicformats.h"
#include "core/ingest/jsondocuments.h"

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
    return QStringLiteral(TESTDATA_DIR "/ingest/anthropic/") + name;
}

/** The attributes of the event from `line`, as a JSON object. */
QJsonObject attributesAt(Workspace& ws, qint64 line)
{
    return QJsonDocument::fromJson(
        scalarText(ws, QStringLiteral("SELECT attributes FROM events WHERE source_line = %1").arg(line)).toUtf8())
        .object();
}

/** Everything an event holds, one line per event in key order: equal lists are the same events. */
QStringList eventIdentities(Workspace& ws)
{
    QStringList out;
    QSqlQuery q(ws.db());
    q.exec(QStringLiteral(
        "SELECT event_key, time_ms, provider, model, project, api_key, calls, batch, operation, uncached_input_tokens, "
        "cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, "
        "reported_cost_nusd, list_cost_nusd, attributes FROM events ORDER BY event_key"));
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

/** A digest of every row of every table: equal digests mean an unchanged workspace. */
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

// Prices (resources/pricing/catalog.json, $ per 1M = 1000 nano-dollars per token), as of December 2025:
//   claude-sonnet-4-5: input 3, 5m write 3.75, 1h write 6, read 0.30, output 15; above 200k input per call
//                      6 / 7.50 / 12 / 0.60 / 22.50; batch half
//   claude-haiku-4-5:  1 / 1.25 / 2 / 0.10 / 5
//   claude-opus-4-1:   15 / 18.75 / 30 / 1.50 / 75
// usage_page.json, one event per result row (source line of the row):
//  7 sonnet, 0-200k: 1000 × 3000 + 2000 × 3750 + 500 × 6000 + 10'000 × 300 + 300 × 15'000
//                    = 3'000'000 + 7'500'000 + 3'000'000 + 3'000'000 + 4'500'000 = 21'000'000
// 19 sonnet, batch: (40'000 × 3000 + 8000 × 15'000) / 2 = (120'000'000 + 120'000'000) / 2 = 120'000'000
// 31 sonnet, 200k-1M, 300'000 input in 1 call (> 200k): long-context prices
//                    250'000 × 6000 + 50'000 × 600 + 2000 × 22'500 = 1'500'000'000 + 30'000'000 + 45'000'000
//                    = 1'575'000'000
// 43 sonnet, 0-200k, 900'000 input: at least ceil(900'000 / 200'000) = 5 requests of ≤ 200k, so standard prices
//                    500'000 × 3000 + 400'000 × 300 + 20'000 × 15'000 = 1'500'000'000 + 120'000'000 + 300'000'000
//                    = 1'920'000'000 (as one 900k call it would be 3'690'000'000)
// 55 haiku, priority: 2000 × 1000 + 4096 × 1250 + 8192 × 100 + 500 × 5000
//                    = 2'000'000 + 5'120'000 + 819'200 + 2'500'000 = 10'439'200
// 73 opus-4-1: 100 × 15'000 + 1000 × 30'000 + 50 × 75'000 = 1'500'000 + 30'000'000 + 3'750'000 = 35'250'000
// 85 no model: unpriced
constexpr qint64 Row7 = 21'000'000, Row19 = 120'000'000, Row31 = 1'575'000'000, Row43 = 1'920'000'000,
                 Row55 = 10'439'200, Row73 = 35'250'000;
constexpr qint64 UsageTotal = Row7 + Row19 + Row31 + Row43 + Row55 + Row73; // 3'681'689'200

// cost_report.json, amounts in cents (1 cent = 10'000'000 nano-dollars):
//   day 1, sonnet, wrkspc_01A, standard: "123.45" + "45.6789" + "0.0000001"
//        = 1'234'500'000 + 456'789'000 + 1 = 1'691'289'001 (one event: the key cannot tell the token types apart)
//   day 1, sonnet web search, no workspace: "250" = 2'500'000'000
//   day 1, sonnet batch output: "10.5" = 105'000'000
//   day 2, haiku 1h writes, wrkspc_01B: "1" = 10'000'000
//   day 2, code execution, no model: "3.333" = 33'330'000
constexpr qint64 CostTotal = 1'691'289'001 + 2'500'000'000 + 105'000'000 + 10'000'000 + 33'330'000; // 4'339'619'001

const QStringList& ourFormats()
{
    static const QStringList ids { QStringLiteral("anthropic-usage"), QStringLiteral("anthropic-cost") };
    return ids;
}

} // namespace

class TestAnthropicFormats : public QObject
{
    Q_OBJECT

private slots:
    void detection_data();
    void detection();
    void noOtherFixtureIsClaimed();
    void usageReport();
    void longContextTier();
    void pagesArrayAndJsonLinesAreTheSameEvents();
    void reimportAddsNothing();
    void batchTierIsHalfPrice();
    void costReport();
    void centsToNano_data();
    void centsToNano();
    void lineIndex();
    void bomAndCrlf_data();
    void bomAndCrlf();
    void badInput_data();
    void badInput();
};

void TestAnthropicFormats::detection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addRow("one page") << QStringLiteral("usage_page.json") << QStringLiteral("anthropic-usage");
    QTest::addRow("array of pages") << QStringLiteral("usage_pages.json") << QStringLiteral("anthropic-usage");
    QTest::addRow("JSON Lines of pages") << QStringLiteral("usage_pages.jsonl") << QStringLiteral("anthropic-usage");
    QTest::addRow("cost report") << QStringLiteral("cost_report.json") << QStringLiteral("anthropic-cost");
    QTest::addRow("bad cost rows") << QStringLiteral("cost_bad_rows.json") << QStringLiteral("anthropic-cost");
    QTest::addRow("bad usage rows") << QStringLiteral("bad_several.json") << QStringLiteral("anthropic-usage");
}

void TestAnthropicFormats::detection()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const QString path = fixture(file);
    auto r = Ingest::recognise(readAll(path).left(Ingest::DetectBytes), path);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r.value()->id(), format);
}

void TestAnthropicFormats::noOtherFixtureIsClaimed()
{
    // every other format's fixtures (whatever exists when this runs) must not look like an Anthropic report, and
    // ours must not look like theirs
    int others = 0;
    QDirIterator it(QStringLiteral(TESTDATA_DIR "/ingest"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QByteArray head = readAll(path).left(Ingest::DetectBytes);
        auto r = Ingest::recognise(head, path);
        const bool ours = path.contains(QLatin1String("/ingest/anthropic/"));
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
    QVERIFY(others >= 10); // the canonical fixtures at least
}

void TestAnthropicFormats::usageReport()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("usage_page.json")));
    QVERIFY2(r.ok() && r.value().committed, qPrintable(describe(r)));
    const Import::ImportSummary& s = r.value();
    QCOMPARE(s.format, QStringLiteral("anthropic-usage"));
    QCOMPARE(s.rows, qint64(7));
    QCOMPARE(s.imported, qint64(7));
    QCOMPARE(s.unpriced, qint64(1)); // the row without a model

    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.events, qint64(7));
    QCOMPARE(k.calls, qint64(1 + 1 + 1 + 5 + 1 + 1 + 1));
    // tokens by bucket, summed by hand over the seven rows
    QCOMPARE(k.tokens.uncachedInput, qint64(1000 + 40'000 + 250'000 + 500'000 + 2000 + 100 + 10));
    QCOMPARE(k.tokens.cacheRead, qint64(10'000 + 50'000 + 400'000 + 8192));
    QCOMPARE(k.tokens.cacheWrite5m, qint64(2000 + 4096));
    QCOMPARE(k.tokens.cacheWrite1h, qint64(500 + 1000));
    QCOMPARE(k.tokens.output, qint64(300 + 8000 + 2000 + 20'000 + 500 + 50 + 5));
    QCOMPARE(k.tokens.reasoning, qint64(0));
    QCOMPARE(k.listCostNano, UsageTotal);
    QCOMPARE(k.listCostNano, qint64(3'681'689'200));
    QCOMPARE(k.reportedCostNano, qint64(0));

    auto cost = [&](int line) {
        return scalarInt(*ws, QStringLiteral("SELECT list_cost_nusd FROM events WHERE source_line = %1").arg(line));
    };
    QCOMPARE(cost(7), Row7);
    QCOMPARE(cost(19), Row19);
    QCOMPARE(cost(31), Row31);
    QCOMPARE(cost(43), Row43);
    QCOMPARE(cost(55), Row55);
    QCOMPARE(cost(73), Row73);
    QCOMPARE(cost(85), qint64(-2)); // NULL: unpriced, not $0

    // Anthropic input excludes cache reads and writes: 1000 uncached stays 1000 beside 10'000 read and 2500 written
    // (an "input includes cached" reading would have rejected the row or left 1000 - 12'500 < 0)
    QCOMPARE(
        scalarInt(*ws, QStringLiteral("SELECT uncached_input_tokens FROM events WHERE source_line = 7")), qint64(1000));
    QCOMPARE(
        scalarInt(*ws, QStringLiteral("SELECT cache_read_tokens FROM events WHERE source_line = 7")), qint64(10'000));
    QCOMPARE(
        scalarInt(*ws, QStringLiteral("SELECT cache_write_5m_tokens FROM events WHERE source_line = 7")), qint64(2000));
    QCOMPARE(
        scalarInt(*ws, QStringLiteral("SELECT cache_write_1h_tokens FROM events WHERE source_line = 7")), qint64(500));

    // time = bucket start, UTC; 2025-12-01T00:00:00Z = 1'764'547'200 s
    QCOMPARE(
        scalarInt(*ws, QStringLiteral("SELECT time_ms FROM events WHERE source_line = 7")), qint64(1'764'547'200'000));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT time_ms FROM events WHERE source_line = 73")),
        qint64(1'764'547'200'000 + 86'400'000));

    // attribution: workspace → project, api key id → api_key, both also as attributes; no call id for buckets
    QCOMPARE(scalarText(*ws, QStringLiteral("SELECT project FROM events WHERE source_line = 7")),
        QStringLiteral("wrkspc_01A"));
    QCOMPARE(scalarText(*ws, QStringLiteral("SELECT api_key FROM events WHERE source_line = 7")),
        QStringLiteral("apikey_01X"));
    QCOMPARE(scalarText(*ws, QStringLiteral("SELECT provider FROM events WHERE source_line = 7")),
        QStringLiteral("anthropic"));
    QCOMPARE(scalarText(*ws, QStringLiteral("SELECT model FROM events WHERE source_line = 7")),
        QStringLiteral("claude-sonnet-4-5-20250929"));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events WHERE call_id <> ''")), qint64(0));
    const QJsonObject a7 = attributesAt(*ws, 7);
    QCOMPARE(a7.value(QStringLiteral("workspace_id")).toString(), QStringLiteral("wrkspc_01A"));
    QCOMPARE(a7.value(QStringLiteral("api_key_id")).toString(), QStringLiteral("apikey_01X"));
    QCOMPARE(a7.value(QStringLiteral("service_tier")).toString(), QStringLiteral("standard"));
    QCOMPARE(a7.value(QStringLiteral("context_window")).toString(), QStringLiteral("0-200k"));
    QVERIFY(!a7.contains(QStringLiteral("web_search_requests"))); // 0 searches
    const QJsonObject a55 = attributesAt(*ws, 55);
    QCOMPARE(a55.value(QStringLiteral("service_tier")).toString(), QStringLiteral("priority"));
    QCOMPARE(a55.value(QStringLiteral("web_search_requests")).toString(), QStringLiteral("3"));
    QVERIFY(!a55.contains(QStringLiteral("workspace_id")));
    QCOMPARE(scalarText(*ws, QStringLiteral("SELECT project FROM events WHERE source_line = 55")), QString());
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT batch FROM events WHERE source_line = 19")), qint64(1));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events WHERE batch = 1")), qint64(1));
    QCOMPARE(scalarText(*ws, QStringLiteral("SELECT model FROM events WHERE source_line = 85")), QString());
}

void TestAnthropicFormats::longContextTier()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    QVERIFY(import(*ws, fixture(QStringLiteral("usage_page.json"))).ok());
    // 200k-1M: one call of 300k input, above the 200k threshold → long-context prices (1'575'000'000, not the
    // standard 250'000 × 3000 + 50'000 × 300 + 2000 × 15'000 = 795'000'000)
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT calls FROM events WHERE source_line = 31")), qint64(1));
    QCOMPARE(attributesAt(*ws, 31).value(QStringLiteral("context_window")).toString(), QStringLiteral("200k-1M"));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT list_cost_nusd FROM events WHERE source_line = 31")), Row31);
    // 0-200k with 900k input is at least five requests: standard prices, not 3'690'000'000
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT calls FROM events WHERE source_line = 43")), qint64(5));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT list_cost_nusd FROM events WHERE source_line = 43")), Row43);

    // a stated request count wins over the tier's bound
    const QByteArray withCount = R"({"data":[{"starting_at":"2025-12-05T00:00:00Z","results":[
        {"uncached_input_tokens":900000,"output_tokens":0,"request_count":9,"model":"claude-sonnet-4-5",
         "context_window":"0-200k"}]}]})";
    const QString path = dir.filePath(QStringLiteral("count.json"));
    QVERIFY(writeFile(path, withCount));
    auto r = import(*ws, path, QStringLiteral("anthropic-usage"));
    QVERIFY2(r.ok() && r.value().committed, qPrintable(describe(r)));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT calls FROM events WHERE source = 'count.json'")), qint64(9));
    // 900'000 × 3000 = 2'700'000'000 (100k per call)
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT list_cost_nusd FROM events WHERE source = 'count.json'")),
        qint64(2'700'000'000));
}

void TestAnthropicFormats::pagesArrayAndJsonLinesAreTheSameEvents()
{
    QTemporaryDir dir;
    auto one = openWs(dir, "one.inferometer");
    auto array = openWs(dir, "array.inferometer");
    auto lines = openWs(dir, "lines.inferometer");
    QVERIFY(one && array && lines);
    QVERIFY(import(*one, fixture(QStringLiteral("usage_page.json"))).ok());
    auto a = import(*array, fixture(QStringLiteral("usage_pages.json")));
    QVERIFY2(a.ok() && a.value().committed, qPrintable(describe(a)));
    auto l = import(*lines, fixture(QStringLiteral("usage_pages.jsonl")));
    QVERIFY2(l.ok() && l.value().committed, qPrintable(describe(l)));
    QCOMPARE(a.value().imported, qint64(7));
    QCOMPARE(l.value().imported, qint64(7));
    QCOMPARE(eventIdentities(*array), eventIdentities(*one));
    QCOMPARE(eventIdentities(*lines), eventIdentities(*one));
    QCOMPARE(totals(*lines).listCostNano, UsageTotal);
    // JSON Lines: each row's line is the line of its page
    QCOMPARE(scalarInt(*lines, QStringLiteral("SELECT count(*) FROM events WHERE source_line = 1")), qint64(5));
    QCOMPARE(scalarInt(*lines, QStringLiteral("SELECT count(*) FROM events WHERE source_line = 2")), qint64(2));
    // an overlapping export of the same buckets adds nothing
    auto again = import(*one, fixture(QStringLiteral("usage_pages.jsonl")));
    QVERIFY(again.ok() && again.value().committed);
    QCOMPARE(again.value().imported, qint64(0));
    QCOMPARE(again.value().duplicates, qint64(7));
}

void TestAnthropicFormats::reimportAddsNothing()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    for (const char* file : { "usage_page.json", "cost_report.json" }) {
        const QString path = fixture(QLatin1String(file));
        auto first = import(*ws, path);
        QVERIFY2(first.ok() && first.value().committed, qPrintable(describe(first)));
        const qint64 events = scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events"));
        const Analytics::Kpis before = totals(*ws);
        auto again = import(*ws, path);
        QVERIFY(again.ok() && again.value().committed);
        QCOMPARE(again.value().imported, qint64(0));
        QCOMPARE(again.value().duplicates, first.value().imported);
        QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), events);
        QCOMPARE(totals(*ws).listCostNano, before.listCostNano);
        QCOMPARE(totals(*ws).reportedCostNano, before.reportedCostNano);
    }
    QCOMPARE(totals(*ws).listCostNano, UsageTotal);
    QCOMPARE(totals(*ws).reportedCostNano, CostTotal);
}

void TestAnthropicFormats::batchTierIsHalfPrice()
{
    // the same row in the standard and the batch tier: 40'000 × 3000 + 8000 × 15'000 = 240'000'000, batch half
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    const QByteArray row = R"({"data":[{"starting_at":"2025-12-07T00:00:00Z","results":[
        {"uncached_input_tokens":40000,"cache_read_input_tokens":0,"output_tokens":8000,
         "model":"claude-sonnet-4-5-20250929","service_tier":"TIER","context_window":"0-200k"}]}]})";
    for (const char* tier : { "standard", "batch" }) {
        const QString path = dir.filePath(QLatin1String(tier) + QStringLiteral(".json"));
        QVERIFY(writeFile(path, QByteArray(row).replace("TIER", tier)));
        auto r = import(*ws, path);
        QVERIFY2(r.ok() && r.value().committed, qPrintable(describe(r)));
        QCOMPARE(r.value().format, QStringLiteral("anthropic-usage"));
    }
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT list_cost_nusd FROM events WHERE source = 'standard.json'")),
        qint64(240'000'000));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT list_cost_nusd FROM events WHERE source = 'batch.json'")),
        qint64(120'000'000));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT batch FROM events WHERE source = 'batch.json'")), qint64(1));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT batch FROM events WHERE source = 'standard.json'")), qint64(0));
}

void TestAnthropicFormats::costReport()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("cost_report.json")));
    QVERIFY2(r.ok() && r.value().committed, qPrintable(describe(r)));
    QCOMPARE(r.value().format, QStringLiteral("anthropic-cost"));
    QCOMPARE(r.value().rows, qint64(7));
    QCOMPARE(r.value().imported, qint64(7)); // every line item is a row of its own (its token type tells it apart)
    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.events, qint64(7));
    QCOMPARE(k.calls, qint64(0));
    QCOMPARE(k.tokens, TokenBuckets {});
    QCOMPARE(k.listCostNano, qint64(0));
    QCOMPARE(k.reportedCostNano, CostTotal);
    QCOMPARE(k.reportedCostNano, qint64(4'339'619'001));
    QCOMPARE(scalarInt(*ws,
                 QStringLiteral("SELECT count(*) FROM events WHERE operation = 'cost' AND calls = 0 "
                                "AND provider = 'anthropic'")),
        qint64(7));

    // day 1, sonnet, wrkspc_01A, standard: three line items, three rows, exact to the nano-dollar
    const QString items = QStringLiteral("FROM events WHERE project = 'wrkspc_01A' AND batch = 0");
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT SUM(reported_cost_nusd) ") + items), qint64(1'691'289'001));
    QCOMPARE(scalarText(*ws, QStringLiteral("SELECT group_concat(source_line) FROM (SELECT source_line ") + items
                                 + QStringLiteral(" ORDER BY source_line)")),
        QStringLiteral("7,8,9"));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT reported_cost_nusd FROM events WHERE source_line = 9")), qint64(1));
    const QJsonObject a = attributesAt(*ws, 7);
    QCOMPARE(a.value(QStringLiteral("token_type")).toString(), QStringLiteral("uncached_input_tokens"));
    QCOMPARE(a.value(QStringLiteral("cost_type")).toString(), QStringLiteral("tokens"));
    QCOMPARE(a.value(QStringLiteral("workspace_id")).toString(), QStringLiteral("wrkspc_01A"));
    QCOMPARE(a.value(QStringLiteral("context_window")).toString(), QStringLiteral("0-200k"));
    QCOMPARE(attributesAt(*ws, 8).value(QStringLiteral("token_type")).toString(), QStringLiteral("output_tokens"));

    // the batch row stands alone, with its own token type
    QCOMPARE(
        scalarInt(*ws, QStringLiteral("SELECT reported_cost_nusd FROM events WHERE batch = 1")), qint64(105'000'000));
    QCOMPARE(attributesAt(*ws, 11).value(QStringLiteral("token_type")).toString(), QStringLiteral("output_tokens"));
    QCOMPARE(attributesAt(*ws, 11).value(QStringLiteral("service_tier")).toString(), QStringLiteral("batch"));
    // web search: no workspace, cost type kept
    QCOMPARE(attributesAt(*ws, 10).value(QStringLiteral("cost_type")).toString(), QStringLiteral("web_search"));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT reported_cost_nusd FROM events WHERE source_line = 10")),
        qint64(2'500'000'000));
    // day 2
    QCOMPARE(attributesAt(*ws, 18).value(QStringLiteral("token_type")).toString(),
        QStringLiteral("cache_creation.ephemeral_1h_input_tokens"));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT reported_cost_nusd FROM events WHERE source_line = 18")),
        qint64(10'000'000));
    QCOMPARE(scalarText(*ws, QStringLiteral("SELECT model FROM events WHERE source_line = 19")), QString());
    QCOMPARE(attributesAt(*ws, 19).value(QStringLiteral("cost_type")).toString(), QStringLiteral("code_execution"));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT reported_cost_nusd FROM events WHERE source_line = 19")),
        qint64(33'330'000));
}

void TestAnthropicFormats::centsToNano_data()
{
    QTest::addColumn<QByteArray>("amount"); // as it stands in the JSON
    QTest::addColumn<qint64>("nano");
    QTest::addRow("123.45 cents") << QByteArray(R"("123.45")") << qint64(1'234'500'000); // $1.2345
    QTest::addRow("one cent") << QByteArray(R"("1")") << qint64(10'000'000);
    QTest::addRow("a hundredth of a cent") << QByteArray(R"("0.01")") << qint64(100'000);
    QTest::addRow("one nano-dollar") << QByteArray(R"("0.0000001")") << qint64(1);
    QTest::addRow("half a nano-dollar rounds away from zero") << QByteArray(R"("0.00000005")") << qint64(1);
    QTest::addRow("whole dollars") << QByteArray(R"("2500")") << qint64(25'000'000'000);
    QTest::addRow("long fraction") << QByteArray(R"("0.8958740000000000")") << qint64(8'958'740);
    QTest::addRow("credit") << QByteArray(R"("-5.5")") << qint64(-55'000'000);
    QTest::addRow("JSON number") << QByteArray("12.5") << qint64(125'000'000);
}

void TestAnthropicFormats::centsToNano()
{
    QFETCH(QByteArray, amount);
    QFETCH(qint64, nano);
    QByteArray text = R"({"data":[{"starting_at":"2025-12-01T00:00:00Z","results":[{"amount":AMOUNT,"currency":"USD",
        "cost_type":"tokens","model":"claude-sonnet-4-5"}]}]})";
    text.replace("AMOUNT", amount);
    QBuffer buf(&text);
    QVERIFY(buf.open(QIODevice::ReadOnly));
    QList<UsageEvent> events;
    Ingest::Sinks sinks;
    sinks.events = [&](QList<UsageEvent>& chunk) -> Result<void> {
        events += chunk;
        return {};
    };
    PlainTaskContext ctx;
    auto r = Ingest::anthropicCostFormat().parse(buf, QStringLiteral("/x/cost.json"), sinks, ctx);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r.value().rejectedCount, qint64(0));
    QCOMPARE(events.size(), 1);
    QVERIFY(events[0].reportedCostNano.has_value());
    QCOMPARE(*events[0].reportedCostNano, nano);
    QCOMPARE(events[0].calls, qint64(0));
    QCOMPARE(events[0].operation, QStringLiteral("cost"));
    QCOMPARE(events[0].sourceLine, qint64(1));
}

void TestAnthropicFormats::lineIndex()
{
    const QByteArray text = "[\n {\"data\": [\n  {\"results\": [{\"a\": \"[{\\\"\"},\n   7,\n   {}]}],\n"
                            "  \"x\": [{\"results\": [1]}]}\n]";
    Ingest::JsonLineIndex idx(text, 10, { QStringLiteral("[]"), QStringLiteral("[].data[].results[]") });
    QCOMPARE(idx.next(QStringLiteral("[]"), -1), qint64(11));
    QCOMPARE(idx.next(QStringLiteral("[]"), -1), qint64(-1));
    QCOMPARE(idx.next(QStringLiteral("[].data[].results[]"), -1), qint64(12)); // brackets in strings do not count
    QCOMPARE(idx.next(QStringLiteral("[].data[].results[]"), -1), qint64(13));
    QCOMPARE(idx.next(QStringLiteral("[].data[].results[]"), -1), qint64(14));
    QCOMPARE(idx.next(QStringLiteral("[].data[].results[]"), -1), qint64(-1)); // "x" holds no data path
}

void TestAnthropicFormats::bomAndCrlf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("imported");
    QTest::addRow("usage page") << QStringLiteral("usage_page.json") << qint64(7);
    QTest::addRow("usage JSON Lines") << QStringLiteral("usage_pages.jsonl") << qint64(7);
    QTest::addRow("cost report") << QStringLiteral("cost_report.json") << qint64(7);
}

void TestAnthropicFormats::bomAndCrlf()
{
    QFETCH(QString, file);
    QFETCH(qint64, imported);
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
    QCOMPARE(r.value().imported, imported);
    QCOMPARE(eventIdentities(*windows), eventIdentities(*plain));
    QCOMPARE(scalarText(*windows, QStringLiteral("SELECT group_concat(source_line) FROM events ORDER BY id")),
        scalarText(*plain, QStringLiteral("SELECT group_concat(source_line) FROM events ORDER BY id")));
}

void TestAnthropicFormats::badInput_data()
{
    QTest::addColumn<QString>("file"); // in the anthropic fixtures, or generated ("@name")
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("wholeFile"); // the file as a whole is refused (an Error), not row by row
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message"); // a fragment of the first message, "" for any

    auto row = [](const char* name, const char* file, const char* format, bool whole, QList<qint64> lines,
                   QStringList fields, const char* message) {
        QTest::addRow("%s", name) << QString::fromLatin1(file) << QString::fromLatin1(format) << whole << lines
                                  << fields << QString::fromLatin1(message);
    };
    const QString r = QStringLiteral("data[0].results[%1].");
    row("wrong type", "bad_wrong_type.json", "auto", false, { 19 }, { r.arg(1) + QStringLiteral("output_tokens") },
        "lots");
    row("missing field, negative count, bad bucket time", "bad_several.json", "auto", false, { 7, 42, 68 },
        { r.arg(0) + QStringLiteral("uncached_input_tokens"), r.arg(3) + QStringLiteral("cache_read_input_tokens"),
            QStringLiteral("data[1].starting_at") },
        "required");
    row("truncated", "bad_truncated.json", "auto", true, { 49 }, { QString() }, "truncated");
    row("JSON Lines: wrong type, truncated last line", "bad_lines.jsonl", "auto", false, { 2, 3 },
        { QStringLiteral("data[0].results[0].cache_creation"), QString() }, "object");
    row("cost: amount not a number, other currency, missing amount", "cost_bad_rows.json", "auto", false, { 8, 9, 10 },
        { r.arg(1) + QStringLiteral("amount"), r.arg(2) + QStringLiteral("currency"),
            r.arg(3) + QStringLiteral("amount") },
        "cents");
    row("usage read as cost", "usage_page.json", "anthropic-cost", false, { 7, 19, 31, 43, 55, 73, 85 },
        { r.arg(0) + QStringLiteral("amount"), r.arg(1) + QStringLiteral("amount"), r.arg(2) + QStringLiteral("amount"),
            r.arg(3) + QStringLiteral("amount"), r.arg(4) + QStringLiteral("amount"),
            QStringLiteral("data[1].results[0].amount"), QStringLiteral("data[1].results[1].amount") },
        "required");
    row("binary junk", "@junk", "auto", true, { 1 }, { QString() }, "not recognised");
    row("binary junk as usage", "@junk", "anthropic-usage", true, { 2 }, { QString() }, "binary");
    row("empty file", "@empty", "anthropic-usage", true, { 1 }, { QString() }, "empty");
    row("blank lines", "@blank", "anthropic-cost", true, { 1 }, { QString() }, "empty");
    row("another JSON document", "@other", "anthropic-usage", true, { 1 }, { QStringLiteral("data") },
        "not an Anthropic usage report");
    row("a page that is not an object", "@array", "anthropic-usage", false, { 1 }, { QStringLiteral("[0]") }, "page");
    row("a bucket that is not an object", "@bucket", "anthropic-cost", false, { 1 }, { QStringLiteral("data[0]") },
        "bucket");
    row("results not an array", "@results", "anthropic-usage", false, { 1 }, { QStringLiteral("data[0].results") },
        "array");
}

void TestAnthropicFormats::badInput()
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
            { QStringLiteral("@junk"),
                QByteArray("\x7f"
                           "ELF\x02\x01\n\x00\x00\x01{\"data\"",
                    16) },
            { QStringLiteral("@empty"), QByteArray() },
            { QStringLiteral("@blank"), QByteArray("\n  \r\n\n") },
            { QStringLiteral("@other"), QByteArray(R"({"object":"list","items":[1,2,3]})") },
            { QStringLiteral("@array"), QByteArray(R"([3])") },
            { QStringLiteral("@bucket"), QByteArray(R"({"data":["2025-12-01"]})") },
            { QStringLiteral("@results"), QByteArray(R"({"data":[{"starting_at":"2025-12-01","results":{}}]})") },
        };
        path = dir.filePath(file.mid(1) + QStringLiteral(".json"));
        QVERIFY(writeFile(path, generated.value(file)));
    }
    auto ws = openWs(dir);
    QVERIFY(ws);
    QVERIFY(import(*ws, fixture(QStringLiteral("usage_page.json"))).ok());
    const QByteArray before = workspaceDigest(*ws);
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), qint64(7));

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
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), qint64(7));
    QCOMPARE(workspaceDigest(*ws), before);
}

INFEROMETER_TEST_GUILESS_MAIN(TestAnthropicFormats)
#include "tst_anthropicformats.moc"
