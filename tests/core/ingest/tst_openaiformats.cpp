// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/openaiformats.h"

#include "core/analytics/report.h"
#include "core/import/fileimporter.h"
#include "core/ingest/usageformat.h"
#include "tests/support/testmain.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
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
    return QStringLiteral(TESTDATA_DIR "/ingest/openai/") + name;
}

qint64 eventCount(Workspace& ws)
{
    return scalarInt(ws, QStringLiteral("SELECT count(*) FROM events"));
}

/** A digest of every row of the tables an import writes: equal digests mean an unchanged workspace. */
QByteArray workspaceDigest(Workspace& ws)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char* table : { "events", "daily_rollup", "imports" }) {
        QSqlQuery q(ws.db());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
            return "query failed";
        h.addData(table);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                h.addData(q.value(i).isNull() ? QByteArray("\x01NULL") : q.value(i).toString().toUtf8());
                h.addData("\x1f");
            }
            h.addData("\x1e");
        }
    }
    return h.result().toHex();
}

Analytics::Kpis totals(Workspace& ws)
{
    auto r = Analytics::report(ws, Analytics::Filter {});
    return r.ok() ? r.value().totals : Analytics::Kpis {};
}

/** List cost per model (nano-dollars) from the report grouped by model. */
QMap<QString, qint64> costByModel(Workspace& ws)
{
    QMap<QString, qint64> out;
    auto r = Analytics::report(ws, Analytics::Filter {}, Analytics::Dimension::Model);
    if (r.ok())
        for (const Analytics::Group& g : r.value().groups)
            out.insert(g.key, g.kpis.listCostNano);
    return out;
}

/** Parses `bytes` with the format `id`, collecting every event. */
struct Parsed
{
    Result<Ingest::ParseReport> result = Ingest::ParseReport {};
    QList<UsageEvent> events;
};

Parsed parseWith(const QString& id, const QByteArray& bytes, const QString& path)
{
    Parsed p;
    const Ingest::UsageFormat* format = Ingest::findFormat(id);
    if (!format) {
        p.result = Error { Error::Code::Parse, QStringLiteral("no format ") + id, path };
        return p;
    }
    QByteArray copy = bytes;
    QBuffer buf(&copy);
    buf.open(QIODevice::ReadOnly);
    PlainTaskContext ctx;
    Ingest::Sinks sinks;
    sinks.events = [&p](QList<UsageEvent>& chunk) -> Result<void> {
        p.events += chunk;
        return {};
    };
    p.result = format->parse(buf, path, sinks, ctx);
    return p;
}

QString firstRejection(const Result<Import::ImportSummary>& r)
{
    if (!r.ok())
        return r.error().toString();
    return r.value().rejected.isEmpty() ? QString() : r.value().rejected.first().toString();
}

QString attrs(const UsageEvent& e)
{
    QStringList l;
    for (auto it = e.attributes.cbegin(); it != e.attributes.cend(); ++it)
        l << it.key() + QLatin1Char('=') + it.value();
    return l.join(QLatin1Char(';'));
}

constexpr qint64 Nov1 = 1'730'419'200'000; // 2024-11-01T00:00:00Z
constexpr qint64 Day = 86'400'000;

// List prices from resources/pricing/catalog.json, $ per 1M tokens = nano-dollars per token:
// gpt-4o (from 2024-10-01) 2.50 / cached 1.25 / output 10.00; gpt-4o-mini 0.15 / 0.075 / 0.60;
// gpt-4.1 2.00 / 0.50 / 8.00; gpt-5-mini 0.25 / 0.025 / 2.00; batch × 0.5 for all of them.
//
// usage_page.json (OpenAI input INCLUDES cached: uncached = input − cached):
//  line 9  gpt-4o-2024-08-06 2024-11-01, input 1000 (800 cached), output 500, 5 requests:
//          uncached 200 × 2500 + cached 800 × 1250 + output 500 × 10'000 = 500'000 + 1'000'000 + 5'000'000 = 6'500'000
//          (read as exclusive it would be 1000 × 2500 + 800 × 1250 + 5'000'000 = 8'500'000)
//  line 25 gpt-4o-mini-2024-07-18 batch, input 20'000, output 4000, 10 requests:
//          (20'000 × 150 + 4000 × 600) / 2 = (3'000'000 + 2'400'000) / 2 = 2'700'000
//  line 50 gpt-4o-2024-08-06 2024-11-03, service_tier batch, input 2000 (1000 cached, 100 audio), output 1000:
//          (1000 × 2500 + 1000 × 1250 + 1000 × 10'000) / 2 = 13'750'000 / 2 = 6'875'000
//  line 64 no model, input 300, output 30, 1 request: unpriced
constexpr qint64 UsagePageCost = 6'500'000 + 2'700'000 + 6'875'000; // 16'075'000
// usage_pages.jsonl line 3: gpt-4.1-2025-04-14 2025-05-01, input 10'000 (8000 cached), output 1000:
//          2000 × 2000 + 8000 × 500 + 1000 × 8000 = 4'000'000 + 4'000'000 + 8'000'000 = 16'000'000
constexpr qint64 Gpt41Cost = 16'000'000;
// activity.csv: lines 2, 5, 6 are the three priced results of usage_page.json; line 7 gpt-5-mini 2025-08-08,
//          input 100'000 (90'000 cached), output 20'000: 10'000 × 250 + 90'000 × 25 + 20'000 × 2000
//          = 2'500'000 + 2'250'000 + 40'000'000 = 44'750'000
constexpr qint64 Gpt5MiniCost = 44'750'000;
// costs_page.json reported amounts: 0.06 + "1.2345678910" + 0.8958740000000000 + "0.5"
//          = 60'000'000 + 1'234'567'891 + 895'874'000 + 500'000'000 nano
constexpr qint64 CostsPageReported = 2'690'441'891;
// cost.csv: 0.8958740000000000 + 0.0600000000000000 + 1.0000000010000000 + 12.3456789120000000
//          = 895'874'000 + 60'000'000 + 1'000'000'001 + 12'345'678'912 nano
constexpr qint64 CostCsvReported = 14'301'552'913;

} // namespace

class TestOpenAiFormats : public QObject
{
    Q_OBJECT

private slots:
    void usagePageEvents();
    void usagePageImport();
    void usageArrayAndJsonLines();
    void batchIsHalfPrice();
    void cachedTokensAreInsideInput();
    void costsPage();
    void activityCsv();
    void costCsv();
    void reimportAddsNothing_data();
    void reimportAddsNothing();
    void bomAndCrlf_data();
    void bomAndCrlf();
    void badInput_data();
    void badInput();
    void detection_data();
    void detection();
    void otherFormatsFixturesAreNotClaimed();
    void lineItemModel_data();
    void lineItemModel();
    void costLineItemsOfOneModelAreDistinct();
};

void TestOpenAiFormats::usagePageEvents()
{
    const QString path = fixture(QStringLiteral("usage_page.json"));
    const Parsed p = parseWith(QStringLiteral("openai-usage"), readAll(path), path);
    QVERIFY2(p.result.ok(), qPrintable(p.result.ok() ? QString() : p.result.error().toString()));
    QCOMPARE(p.result.value().rows, qint64(4)); // the idle bucket of 2024-11-02 produces nothing
    QCOMPARE(p.result.value().rejectedCount, qint64(0));
    QCOMPARE(p.events.size(), 4);

    const UsageEvent& a = p.events[0];
    QCOMPARE(a.timeMs, Nov1);
    QCOMPARE(a.provider, QStringLiteral("openai"));
    QCOMPARE(a.model, QStringLiteral("gpt-4o-2024-08-06"));
    QCOMPARE(a.calls, qint64(5));
    QVERIFY(a.tokens == (TokenBuckets { 200, 800, 0, 0, 500, 0 })); // 1000 input includes the 800 cached
    QCOMPARE(a.project, QStringLiteral("proj_abc"));
    QCOMPARE(a.apiKey, QStringLiteral("key_1"));
    QVERIFY(!a.batch);
    QVERIFY(a.callId.isEmpty()); // a bucket, not a call
    QVERIFY(!a.reportedCostNano);
    QCOMPARE(attrs(a),
        QStringLiteral(
            "api_key_id=key_1;api_source=responses;project_id=proj_abc;service_tier=default;user_id=user_1"));
    QCOMPARE(a.source, QStringLiteral("usage_page.json"));
    QCOMPARE(a.sourceLine, qint64(9));

    const UsageEvent& b = p.events[1];
    QCOMPARE(b.timeMs, Nov1);
    QCOMPARE(b.model, QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(b.calls, qint64(10));
    QVERIFY(b.batch);
    QVERIFY(b.tokens == (TokenBuckets { 20'000, 0, 0, 0, 4000, 0 }));
    QCOMPARE(attrs(b), QStringLiteral("api_key_id=key_2;project_id=proj_abc")); // null user_id: no attribute
    QCOMPARE(b.sourceLine, qint64(25));

    const UsageEvent& c = p.events[2];
    QCOMPARE(c.timeMs, Nov1 + 2 * Day);
    QVERIFY(c.batch); // "batch": null, but service_tier "batch"
    QVERIFY(c.tokens == (TokenBuckets { 1000, 1000, 0, 0, 1000, 0 })); // audio is inside input, not extra
    QCOMPARE(c.project, QStringLiteral("proj_def"));
    QCOMPARE(c.sourceLine, qint64(50));

    const UsageEvent& d = p.events[3];
    QVERIFY(d.model.isEmpty());
    QVERIFY(d.project.isEmpty());
    QVERIFY(d.attributes.isEmpty());
    QVERIFY(d.tokens == (TokenBuckets { 300, 0, 0, 0, 30, 0 }));
    QCOMPARE(d.sourceLine, qint64(64));
}

void TestOpenAiFormats::usagePageImport()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("usage_page.json")));
    QVERIFY2(r.ok() && r.value().committed, qPrintable(firstRejection(r)));
    QCOMPARE(r.value().format, QStringLiteral("openai-usage"));
    QCOMPARE(r.value().imported, qint64(4));
    QCOMPARE(r.value().unpriced, qint64(1));
    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.events, qint64(4));
    QCOMPARE(k.calls, qint64(5 + 10 + 2 + 1));
    QCOMPARE(k.tokens.uncachedInput, qint64(200 + 20'000 + 1000 + 300));
    QCOMPARE(k.tokens.cacheRead, qint64(800 + 1000));
    QCOMPARE(k.tokens.output, qint64(500 + 4000 + 1000 + 30));
    QCOMPARE(k.tokens.reasoning, qint64(0));
    QCOMPARE(k.listCostNano, UsagePageCost);
    QCOMPARE(k.reportedEvents, qint64(0));
    const QMap<QString, qint64> byModel = costByModel(*ws);
    QCOMPARE(byModel.value(QStringLiteral("gpt-4o-2024-08-06")), 6'500'000 + 6'875'000);
    QCOMPARE(byModel.value(QStringLiteral("gpt-4o-mini-2024-07-18")), 2'700'000);
}

void TestOpenAiFormats::usageArrayAndJsonLines()
{
    // usage_array.json: the same results as usage_page.json on two pages in a JSON array
    const QString arrayPath = fixture(QStringLiteral("usage_array.json"));
    const Parsed a = parseWith(QStringLiteral("openai-usage"), readAll(arrayPath), arrayPath);
    QVERIFY(a.result.ok());
    const QString pagePath = fixture(QStringLiteral("usage_page.json"));
    const Parsed p = parseWith(QStringLiteral("openai-usage"), readAll(pagePath), pagePath);
    QCOMPARE(a.events.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(a.events[i].eventKey(), p.events[i].eventKey());
    // lines of the result objects in the array file (indent 1)
    QCOMPARE(a.events[0].sourceLine, qint64(10));
    QCOMPARE(a.events[3].sourceLine, qint64(72));

    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    QVERIFY(import(*ws, pagePath).value().committed);
    auto r = import(*ws, arrayPath);
    QVERIFY2(r.ok() && r.value().committed, qPrintable(firstRejection(r)));
    QCOMPARE(r.value().imported, qint64(0));
    QCOMPARE(r.value().duplicates, qint64(4));

    // usage_pages.jsonl: line 1 repeats the 2024-11-03 bucket, line 3 is new (gpt-4.1)
    auto j = import(*ws, fixture(QStringLiteral("usage_pages.jsonl")));
    QVERIFY2(j.ok() && j.value().committed, qPrintable(firstRejection(j)));
    QCOMPARE(j.value().format, QStringLiteral("openai-usage"));
    QCOMPARE(j.value().rows, qint64(3));
    QCOMPARE(j.value().imported, qint64(1));
    QCOMPARE(j.value().duplicates, qint64(2));
    QCOMPARE(totals(*ws).listCostNano, UsagePageCost + Gpt41Cost);
    QCOMPARE(scalarInt(*ws,
                 QStringLiteral("SELECT source_line FROM events WHERE model = 'gpt-4.1-2025-04-14' AND source = "
                                "'usage_pages.jsonl'")),
        qint64(3));
}

void TestOpenAiFormats::batchIsHalfPrice()
{
    // one gpt-4o-mini row, once at the standard tier and once in the batch tier (a day later, so not a duplicate):
    // 20'000 × 150 + 4000 × 600 = 5'400'000 standard; 2'700'000 batch
    const QByteArray page = R"({"object":"page","data":[
{"object":"bucket","start_time":1730419200,"results":[{"object":"organization.usage.completions.result",
 "input_tokens":20000,"output_tokens":4000,"input_cached_tokens":0,"num_model_requests":10,
 "model":"gpt-4o-mini-2024-07-18","batch":false}]},
{"object":"bucket","start_time":1730505600,"results":[{"object":"organization.usage.completions.result",
 "input_tokens":20000,"output_tokens":4000,"input_cached_tokens":0,"num_model_requests":10,
 "model":"gpt-4o-mini-2024-07-18","batch":true}]}]})";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batch.json"));
    QVERIFY(writeFile(path, page));
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, path);
    QVERIFY2(r.ok() && r.value().committed, qPrintable(firstRejection(r)));
    QCOMPARE(r.value().imported, qint64(2));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT list_cost_nusd FROM events WHERE batch = 0")), qint64(5'400'000));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT list_cost_nusd FROM events WHERE batch = 1")), qint64(2'700'000));
}

void TestOpenAiFormats::cachedTokensAreInsideInput()
{
    // The same 1000 input tokens with 0, 800 and 1000 of them cached: the input total never changes, only its split.
    for (const auto& [cached, uncached] : { std::pair { 0, 1000 }, std::pair { 800, 200 }, std::pair { 1000, 0 } }) {
        const QByteArray page = QStringLiteral(R"({"object":"page","data":[{"object":"bucket","start_time":1730419200,
"results":[{"input_tokens":1000,"input_cached_tokens":%1,"output_tokens":5,"num_model_requests":1,"model":"gpt-4o"}]}]})")
                                    .arg(cached)
                                    .toUtf8();
        const Parsed p = parseWith(QStringLiteral("openai-usage"), page, QStringLiteral("/x/cached.json"));
        QVERIFY(p.result.ok());
        QCOMPARE(p.events.size(), 1);
        QCOMPARE(p.events[0].tokens.uncachedInput, qint64(uncached));
        QCOMPARE(p.events[0].tokens.cacheRead, qint64(cached));
        QCOMPARE(p.events[0].tokens.input(), qint64(1000));
    }
    // the CSV export says the same with input_uncached_tokens: 800 + 200 = 1000
    const QByteArray csv = "start_time,model,num_model_requests,input_tokens,output_tokens,input_cached_tokens,"
                           "input_uncached_tokens\n1730419200,gpt-4o,1,1000,5,800,200\n"
                           "1730419200,gpt-4o,1,1000,6,,300\n"; // cached left out: 1000 − 300 = 700
    const Parsed c = parseWith(QStringLiteral("openai-activity-csv"), csv, QStringLiteral("/x/cached.csv"));
    QVERIFY(c.result.ok());
    QCOMPARE(c.events.size(), 2);
    QVERIFY(c.events[0].tokens == (TokenBuckets { 200, 800, 0, 0, 5, 0 }));
    QVERIFY(c.events[1].tokens == (TokenBuckets { 300, 700, 0, 0, 6, 0 }));
}

void TestOpenAiFormats::costsPage()
{
    const QString path = fixture(QStringLiteral("costs_page.json"));
    const Parsed p = parseWith(QStringLiteral("openai-costs"), readAll(path), path);
    QVERIFY(p.result.ok());
    QCOMPARE(p.events.size(), 4);
    const QList<qint64> amounts { 60'000'000, 1'234'567'891, 895'874'000, 500'000'000 };
    const QStringList models { QString(), QStringLiteral("gpt-4o-2024-08-06"), QStringLiteral("gpt-4o-2024-08-06"),
        QString() };
    const QList<qint64> lines { 9, 15, 22, 35 };
    for (int i = 0; i < 4; ++i) {
        const UsageEvent& e = p.events[i];
        QCOMPARE(e.calls, qint64(0));
        QVERIFY(e.tokens == TokenBuckets {});
        QCOMPARE(e.operation, QStringLiteral("cost"));
        QCOMPARE(e.provider, QStringLiteral("openai"));
        QCOMPARE(e.reportedCostNano, std::optional<qint64>(amounts[i]));
        QCOMPARE(e.model, models[i]);
        QCOMPARE(e.sourceLine, lines[i]);
        QVERIFY(e.callId.isEmpty());
    }
    QCOMPARE(p.events[0].timeMs, Nov1);
    QVERIFY(p.events[0].attributes.isEmpty()); // line_item and project_id null
    QCOMPARE(attrs(p.events[1]),
        QStringLiteral("line_item=gpt-4o-2024-08-06, input;organization_id=org-123;project_id=proj_abc"));
    QCOMPARE(p.events[1].project, QStringLiteral("proj_abc"));
    QCOMPARE(p.events[3].timeMs, Nov1 + Day);
    QCOMPARE(p.events[3].attributes.value(QStringLiteral("line_item")), QStringLiteral("file search tool storage"));

    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, path);
    QVERIFY2(r.ok() && r.value().committed, qPrintable(firstRejection(r)));
    QCOMPARE(r.value().format, QStringLiteral("openai-costs"));
    QCOMPARE(r.value().imported, qint64(4));
    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.reportedCostNano, CostsPageReported);
    QCOMPARE(k.reportedEvents, qint64(4));
    QCOMPARE(k.calls, qint64(0));
    QCOMPARE(k.tokens.total(), qint64(0));
    QCOMPARE(k.listCostNano, qint64(0)); // no tokens: nothing to price
}

void TestOpenAiFormats::activityCsv()
{
    const QString path = fixture(QStringLiteral("activity.csv"));
    const Parsed p = parseWith(QStringLiteral("openai-activity-csv"), readAll(path), path);
    QVERIFY(p.result.ok());
    // lines 3 and 4 are idle days (blank, and zeros without a model): skipped, not rejected
    QCOMPARE(p.result.value().rows, qint64(4));
    QCOMPARE(p.result.value().rejectedCount, qint64(0));
    QCOMPARE(p.events.size(), 4);
    QCOMPARE(p.events[0].sourceLine, qint64(2));
    QCOMPARE(p.events[1].sourceLine, qint64(5));
    QCOMPARE(p.events[2].sourceLine, qint64(6));
    QCOMPARE(p.events[3].sourceLine, qint64(7));
    QCOMPARE(p.events[0].calls, qint64(5)); // "5.0"
    QVERIFY(p.events[1].batch); // TRUE
    QVERIFY(p.events[1].tokens == (TokenBuckets { 20'000, 0, 0, 0, 4000, 0 })); // "20000.000000000000"
    QVERIFY(p.events[2].batch); // FALSE, but service_tier batch
    const UsageEvent& f = p.events[3];
    QCOMPARE(f.timeMs, qint64(1'754'611'200'000)); // start_time empty: start_time_iso 2025-08-08T00:00:00+00:00
    QCOMPARE(f.model, QStringLiteral("gpt-5-mini-2025-08-07"));
    QVERIFY(!f.batch);
    QVERIFY(f.tokens == (TokenBuckets { 10'000, 90'000, 0, 0, 20'000, 0 }));
    QCOMPARE(attrs(f), QStringLiteral("api_key_id=key_4;project_id=proj_ghi;service_tier=flex;user_id=user, external"));

    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, path);
    QVERIFY2(r.ok() && r.value().committed, qPrintable(firstRejection(r)));
    QCOMPARE(r.value().format, QStringLiteral("openai-activity-csv"));
    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.calls, qint64(5 + 10 + 2 + 7));
    QCOMPARE(k.tokens.uncachedInput, qint64(200 + 20'000 + 1000 + 10'000));
    QCOMPARE(k.tokens.cacheRead, qint64(800 + 0 + 1000 + 90'000));
    QCOMPARE(k.tokens.output, qint64(500 + 4000 + 1000 + 20'000));
    QCOMPARE(k.listCostNano, UsagePageCost + Gpt5MiniCost);

    // the same usage read from the Usage API is the same events: only the null-model result is new
    auto u = import(*ws, fixture(QStringLiteral("usage_page.json")));
    QVERIFY(u.ok() && u.value().committed);
    QCOMPARE(u.value().imported, qint64(1));
    QCOMPARE(u.value().duplicates, qint64(3));
}

void TestOpenAiFormats::costCsv()
{
    const QString path = fixture(QStringLiteral("cost.csv"));
    const Parsed p = parseWith(QStringLiteral("openai-cost-csv"), readAll(path), path);
    QVERIFY(p.result.ok());
    QCOMPARE(p.result.value().rejectedCount, qint64(0));
    QCOMPARE(p.events.size(), 4); // line 3 is an idle day
    const QList<qint64> amounts { 895'874'000, 60'000'000, 1'000'000'001, 12'345'678'912 };
    const QStringList models { QStringLiteral("gpt-4o-2024-08-06"), QStringLiteral("gpt-4o-mini-2024-07-18"), QString(),
        QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme::abc123") };
    const QList<qint64> lines { 2, 4, 5, 6 };
    for (int i = 0; i < 4; ++i) {
        const UsageEvent& e = p.events[i];
        QCOMPARE(e.reportedCostNano, std::optional<qint64>(amounts[i]));
        QCOMPARE(e.model, models[i]);
        QCOMPARE(e.sourceLine, lines[i]);
        QCOMPARE(e.calls, qint64(0));
        QCOMPARE(e.operation, QStringLiteral("cost"));
        QVERIFY(e.tokens == TokenBuckets {});
    }
    QCOMPARE(attrs(p.events[0]),
        QStringLiteral("line_item=gpt-4o-2024-08-06, input;organization_id=org-123;project_id=proj_abc"));
    QCOMPARE(p.events[3].timeMs, Nov1 + 3 * Day); // from start_time_iso

    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, path);
    QVERIFY2(r.ok() && r.value().committed, qPrintable(firstRejection(r)));
    QCOMPARE(r.value().format, QStringLiteral("openai-cost-csv"));
    QCOMPARE(totals(*ws).reportedCostNano, CostCsvReported);
    QCOMPARE(totals(*ws).events, qint64(4));
}

void TestOpenAiFormats::reimportAddsNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("events");
    QTest::addRow("usage page") << QStringLiteral("usage_page.json") << qint64(4);
    QTest::addRow("usage array") << QStringLiteral("usage_array.json") << qint64(4);
    QTest::addRow("usage JSON Lines") << QStringLiteral("usage_pages.jsonl") << qint64(3);
    QTest::addRow("costs page") << QStringLiteral("costs_page.json") << qint64(4);
    QTest::addRow("activity csv") << QStringLiteral("activity.csv") << qint64(4);
    QTest::addRow("cost csv") << QStringLiteral("cost.csv") << qint64(4);
}

void TestOpenAiFormats::reimportAddsNothing()
{
    QFETCH(QString, file);
    QFETCH(qint64, events);
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto first = import(*ws, fixture(file));
    QVERIFY2(first.ok() && first.value().committed, qPrintable(firstRejection(first)));
    QCOMPARE(first.value().imported, events);
    const Analytics::Kpis before = totals(*ws);
    auto again = import(*ws, fixture(file));
    QVERIFY(again.ok() && again.value().committed);
    QCOMPARE(again.value().imported, qint64(0));
    QCOMPARE(again.value().duplicates, events);
    QCOMPARE(eventCount(*ws), events);
    QCOMPARE(totals(*ws).listCostNano, before.listCostNano);
    QCOMPARE(totals(*ws).reportedCostNano, before.reportedCostNano);
}

void TestOpenAiFormats::bomAndCrlf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addRow("usage page") << QStringLiteral("usage_page.json") << QStringLiteral("openai-usage");
    QTest::addRow("usage array") << QStringLiteral("usage_array.json") << QStringLiteral("openai-usage");
    QTest::addRow("usage JSON Lines") << QStringLiteral("usage_pages.jsonl") << QStringLiteral("openai-usage");
    QTest::addRow("costs page") << QStringLiteral("costs_page.json") << QStringLiteral("openai-costs");
    QTest::addRow("activity csv") << QStringLiteral("activity.csv") << QStringLiteral("openai-activity-csv");
    QTest::addRow("cost csv") << QStringLiteral("cost.csv") << QStringLiteral("openai-cost-csv");
}

void TestOpenAiFormats::bomAndCrlf()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    // as a Windows tool writes it: UTF-8 BOM and CRLF; detected the same, the same events on the same lines
    QByteArray bytes = readAll(fixture(file));
    QVERIFY(!bytes.isEmpty());
    bytes.replace("\n", "\r\n");
    bytes.prepend("\xEF\xBB\xBF");
    QTemporaryDir dir;
    const QString windowsPath = dir.filePath(file);
    QVERIFY(writeFile(windowsPath, bytes));
    const Parsed plain = parseWith(format, readAll(fixture(file)), fixture(file));
    const Parsed windows = parseWith(format, bytes, windowsPath);
    QVERIFY2(windows.result.ok(), qPrintable(windows.result.ok() ? QString() : windows.result.error().toString()));
    QCOMPARE(windows.result.value().rejectedCount, qint64(0));
    QCOMPARE(windows.events.size(), plain.events.size());
    for (int i = 0; i < plain.events.size(); ++i) {
        QCOMPARE(windows.events[i].eventKey(), plain.events[i].eventKey());
        QCOMPARE(windows.events[i].sourceLine, plain.events[i].sourceLine);
        QCOMPARE(windows.events[i].reportedCostNano, plain.events[i].reportedCostNano);
        QCOMPARE(windows.events[i].attributes, plain.events[i].attributes);
    }
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, windowsPath);
    QVERIFY2(r.ok() && r.value().committed, qPrintable(firstRejection(r)));
    QCOMPARE(r.value().format, format);
    QCOMPARE(r.value().imported, qint64(plain.events.size()));
}

void TestOpenAiFormats::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format"); // "auto" or a format id
    QTest::addColumn<bool>("wholeFile"); // refused as a whole (an Error), not row by row
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // a fragment, "" for any

    const QByteArray usage = readAll(fixture(QStringLiteral("usage_page.json")));
    const QByteArray costs = readAll(fixture(QStringLiteral("costs_page.json")));
    const QByteArray activity = readAll(fixture(QStringLiteral("activity.csv")));
    const QByteArray cost = readAll(fixture(QStringLiteral("cost.csv")));
    const QString autoId = QStringLiteral("auto");
    const QString usageId = QStringLiteral("openai-usage");
    const QString costsId = QStringLiteral("openai-costs");
    const QString activityId = QStringLiteral("openai-activity-csv");
    const QString costId = QStringLiteral("openai-cost-csv");
    auto row = [](const char* name, const QByteArray& bytes, const QString& format, bool whole, qint64 line,
                   const char* field, const char* message) {
        QTest::addRow("%s", name) << bytes << format << whole << line << QString::fromLatin1(field)
                                  << QString::fromLatin1(message);
    };
    auto replaced = [](QByteArray b, const QByteArray& from, const QByteArray& to) {
        return b.contains(from) ? b.replace(from, to) : QByteArray("fixture changed");
    };
    // one result's line of usage_page.json changed (line 11 of the file: "input_tokens": 1000 of the first result)
    auto firstResult = [&usage](const char* from, const char* to) {
        QByteArray b = usage;
        const qsizetype at = b.indexOf(from);
        return at < 0 ? QByteArray("fixture changed") : b.replace(at, qstrlen(from), to);
    };

    // Usage API, one pretty-printed page: errors name the JSON path and the line of the result
    row("usage truncated", usage.left(usage.indexOf("\"model\": null")), autoId, true, 73, "", "truncated");
    row("usage input_tokens text", firstResult("\"input_tokens\": 1000", "\"input_tokens\": \"lots\""), autoId, false,
        9, "data[0].results[0].input_tokens", "lots");
    row("usage cached more than input", firstResult("\"input_cached_tokens\": 800", "\"input_cached_tokens\": 1200"),
        autoId, false, 9, "data[0].results[0].input_cached_tokens", "1200");
    row("usage negative output", firstResult("\"output_tokens\": 500", "\"output_tokens\": -500"), autoId, false, 9,
        "data[0].results[0].output_tokens", "");
    row("usage fractional requests", firstResult("\"num_model_requests\": 5", "\"num_model_requests\": 5.5"), autoId,
        false, 9, "data[0].results[0].num_model_requests", "");
    row("usage missing num_model_requests", firstResult("\"num_model_requests\": 5,", ""), autoId, false, 9,
        "data[0].results[0].num_model_requests", "required");
    row("usage audio more than input", firstResult("\"input_audio_tokens\": 0", "\"input_audio_tokens\": 1001"), autoId,
        false, 9, "data[0].results[0].input_audio_tokens", "");
    row("usage batch word", firstResult("\"batch\": false", "\"batch\": \"maybe\""), autoId, false, 9,
        "data[0].results[0].batch", "");
    row("usage model object", firstResult("\"model\": \"gpt-4o-2024-08-06\"", "\"model\": {\"id\": 1}"), autoId, false,
        9, "data[0].results[0].model", "");
    row("usage other result type",
        firstResult("\"organization.usage.completions.result\"", "\"organization.usage.embeddings.result\""), autoId,
        false, 9, "data[0].results[0].object", "embeddings");
    row("usage bucket without start_time", replaced(usage, "\"start_time\": 1730592000,", ""), autoId, false, 45,
        "data[2].start_time", "required");
    row("usage bucket time junk", replaced(usage, "\"start_time\": 1730592000", "\"start_time\": \"soon\""), autoId,
        false, 45, "data[2].start_time", "soon");
    row("usage results not a list", replaced(usage, "\"results\": []", "\"results\": 7"), autoId, false, 39,
        "data[1].results", "");
    row("usage result not an object", replaced(usage, "\"results\": []", "\"results\": [42]"), autoId, false, 43,
        "data[1].results[0]", "");
    row("usage not a page", QByteArray("{\"object\": \"list\",\n \"items\": []}\n"), usageId, true, 1, "data", "page");
    row("usage JSON Lines truncated last line", readAll(fixture(QStringLiteral("usage_pages.jsonl"))).chopped(40),
        autoId, false, 3, "", "truncated");
    row("usage JSON Lines bad value on line 3",
        replaced(readAll(fixture(QStringLiteral("usage_pages.jsonl"))),
            "\"output_tokens\": 1000, \"input_cached_tokens\": 8000",
            "\"output_tokens\": true, \"input_cached_tokens\": 8000"),
        autoId, false, 3, "data[0].results[0].output_tokens", "boolean");
    row("usage array, second page",
        replaced(
            readAll(fixture(QStringLiteral("usage_array.json"))), "\"input_tokens\": 300", "\"input_tokens\": [300]"),
        autoId, false, 72, "[1].data[1].results[1].input_tokens", "");
    row("usage array of numbers", QByteArray("[1, 2]"), usageId, true, 1, "[0].data", "");
    row("usage empty array", QByteArray("[]\n"), usageId, true, 1, "", "empty");
    row("usage binary junk", QByteArray("{\"object\"\0\x01\x02", 13), usageId, true, 1, "", "binary");
    row("usage plain text", QByteArray("\n\nhello"), usageId, true, 3, "", "not JSON");
    row("usage 0-byte", QByteArray(), usageId, true, 1, "", "empty");
    row("usage whitespace and BOM only", QByteArray("\xEF\xBB\xBF \r\n\n"), usageId, true, 1, "", "empty");
    row("0-byte, auto", QByteArray(), autoId, true, 1, "", "empty");
    row("binary junk, auto",
        QByteArray("\x7f"
                   "ELF\x02\x01\x01\x00\x00",
            9),
        autoId, true, 1, "", "not recognised");

    // Costs API
    row("costs amount text", replaced(costs, "\"0.5\"", "\"half\""), autoId, false, 35,
        "data[1].results[0].amount.value", "half");
    row("costs currency EUR", replaced(costs, "\"USD\"", "\"EUR\""), autoId, false, 22,
        "data[0].results[2].amount.currency", "EUR");
    row("costs amount missing", replaced(costs, "\"amount\": {\"value\": 0.06, \"currency\": \"usd\"},", ""), autoId,
        false, 9, "data[0].results[0].amount", "required");
    row("costs amount without value",
        replaced(costs, "{\"value\": 0.06, \"currency\": \"usd\"}", "{\"currency\": \"usd\"}"), autoId, false, 9,
        "data[0].results[0].amount.value", "required");
    row("costs amount a number", replaced(costs, "{\"value\": 0.06, \"currency\": \"usd\"}", "0.06"), autoId, false, 9,
        "data[0].results[0].amount", "");
    row("costs usage result in it",
        replaced(costs, "\"organization.costs.result\",\n          \"amount\": {\"value\": \"0.5\"",
            "\"organization.usage.completions.result\",\n          \"amount\": {\"value\": \"0.5\""),
        costsId, false, 35, "data[1].results[0].object", "");

    // activity CSV: the line of the record and the column
    row("activity fractional requests", replaced(activity, ",10.0,", ",10.5,"), autoId, false, 5, "num_model_requests",
        "10.5");
    row("activity uncached does not add up", replaced(activity, "800.0,200.0,", "800.0,300.0,"), autoId, false, 2,
        "input_uncached_tokens", "");
    row("activity cached more than input", replaced(activity, "2000.0,1000.0,1000.0,1000.0,", "2000.0,1000.0,2500.0,,"),
        autoId, false, 6, "input_cached_tokens", "2500");
    row("activity batch word", replaced(activity, ",TRUE,", ",SOMETIMES,"), autoId, false, 5, "batch", "SOMETIMES");
    row("activity negative tokens", replaced(activity, ",1000.0,500.0,", ",1000.0,-500.0,"), autoId, false, 2,
        "output_tokens", "");
    row("activity time junk", replaced(activity, "1730592000,1730678400,2024-11-03", "yesterday,1730678400,2024-11-03"),
        autoId, false, 6, "start_time", "yesterday");
    row("activity model but no time", replaced(activity, ",,2025-08-08T00:00:00+00:00,", ",,,"), autoId, false, 7,
        "start_time", "required");
    row("activity extra field",
        replaced(activity, "key_1,gpt-4o-2024-08-06,FALSE,batch,", "key_1,gpt-4o-2024-08-06,FALSE,batch,extra,"),
        autoId, false, 6, "", "fields");
    row("activity unclosed quote", replaced(activity, "\"user, external\"", "\"user, external"), autoId, false, 7, "",
        "never closed");
    row("activity NUL byte", replaced(activity, "proj_ghi", QByteArray("proj\0ghi", 8)), autoId, false, 7, "", "");
    row("activity without input_tokens column", replaced(activity, ",input_tokens,", ",input_tokenz,"), activityId,
        true, 1, "input_tokens", "input_tokens");
    row("activity header only", activity.left(activity.indexOf('\n') + 1), autoId, true, 2, "", "");

    // cost CSV
    row("cost EUR", replaced(cost, "0.0600000000000000,usd", "0.0600000000000000,EUR"), autoId, false, 4,
        "amount_currency", "EUR");
    row("cost amount with comma", replaced(cost, "1.0000000010000000", "\"1,00\""), autoId, false, 5, "amount_value",
        "1,00");
    row("cost amount missing", replaced(cost, "0.0600000000000000,usd", ",usd"), autoId, false, 4, "amount_value",
        "required");
    row("cost without amount_value column", replaced(cost, "amount_value", "amount"), costId, true, 1, "amount_value",
        "");
}

void TestOpenAiFormats::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(bool, wholeFile);
    QFETCH(qint64, line);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QVERIFY(!bytes.startsWith("fixture changed"));

    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    QVERIFY(import(*ws, fixture(QStringLiteral("usage_page.json"))).value().committed);
    const QByteArray before = workspaceDigest(*ws);
    QCOMPARE(eventCount(*ws), qint64(4));

    const QString path = dir.filePath(QStringLiteral("bad.input"));
    QVERIFY(writeFile(path, bytes));
    auto r = import(*ws, path, format);
    if (wholeFile) {
        QVERIFY2(!r.ok(), qPrintable(firstRejection(r)));
        const Error& e = r.error();
        QCOMPARE(e.source, path);
        QCOMPARE(e.line, line);
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.contains(message, Qt::CaseInsensitive), qPrintable(e.toString()));
        QVERIFY2(e.toString().startsWith(path + QLatin1Char(':') + QString::number(line) + QLatin1Char(':')),
            qPrintable(e.toString()));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const Import::ImportSummary& s = r.value();
        QVERIFY(!s.committed);
        QCOMPARE(s.imported, qint64(0));
        QCOMPARE(s.rejectedCount, qint64(1));
        const Error& e = s.rejected.first();
        QCOMPARE(e.source, path);
        QCOMPARE(e.line, line);
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.contains(message, Qt::CaseInsensitive), qPrintable(e.toString()));
        QVERIFY2(e.toString().startsWith(path + QLatin1Char(':') + QString::number(line) + QLatin1Char(':')),
            qPrintable(e.toString()));
    }
    QCOMPARE(eventCount(*ws), qint64(4));
    QCOMPARE(workspaceDigest(*ws), before);
}

void TestOpenAiFormats::detection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format"); // "" when none of ours may claim it
    auto row = [](const char* name, const QByteArray& head, const char* format) {
        QTest::addRow("%s", name) << head << QString::fromLatin1(format);
    };
    for (const char* f : { "usage_page.json", "usage_array.json", "usage_pages.jsonl" })
        row(f, readAll(fixture(QString::fromLatin1(f))), "openai-usage");
    row("costs_page.json", readAll(fixture(QStringLiteral("costs_page.json"))), "openai-costs");
    row("activity.csv", readAll(fixture(QStringLiteral("activity.csv"))), "openai-activity-csv");
    row("cost.csv", readAll(fixture(QStringLiteral("cost.csv"))), "openai-cost-csv");
    row("usage, compact", R"({"object":"page","data":[{"object":"bucket","start_time":1,"results":[
{"object":"organization.usage.completions.result","input_tokens":1,"num_model_requests":1}]}]})",
        "openai-usage");
    row("usage without object types", R"({"data":[{"start_time":1,"results":[{"input_tokens":1,
"input_cached_tokens":0,"num_model_requests":1,"model":"gpt-4o"}]}]})",
        "openai-usage");
    row("costs without object types", R"({"data":[{"start_time":1,"results":[
{"amount":{"value":1,"currency":"usd"},"line_item":null}]}]})",
        "openai-costs");
    row("activity, quoted header",
        "\"start_time\",\"end_time\",\"project_id\",\"num_model_requests\",\"model\","
        "\"input_tokens\",\"output_tokens\",\"input_cached_tokens\"\r\n",
        "openai-activity-csv");
    row("cost, upper case", "START_TIME,AMOUNT_VALUE,AMOUNT_CURRENCY,LINE_ITEM\n", "openai-cost-csv");
    // not ours: the canonical formats keep theirs, and the embeddings usage endpoint is not completions
    row("canonical JSONL", R"({"time":"2026-03-01T10:00:00Z","model":"gpt-4o","output_tokens":1})", "jsonl");
    row("canonical CSV", "time,model,output_tokens,batch\n2026-03-01,gpt-4o,1,\n", "csv");
    row("activity CSV with canonical-looking header only",
        "start_time,model,input_tokens,output_tokens\n1730419200,gpt-4o,1,1\n", "");
    row("embeddings usage", R"({"object":"page","data":[{"object":"bucket","start_time":1,"results":[
{"object":"organization.usage.embeddings.result","input_tokens":16,"num_model_requests":2}]}]})",
        "");
}

void TestOpenAiFormats::detection()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    auto found = Ingest::recognise(head, QStringLiteral("/x/file"));
    if (format.isEmpty()) {
        QVERIFY(!found.ok() || !found.value()->id().startsWith(QLatin1String("openai")));
        return;
    }
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
    QCOMPARE(found.value()->id(), format);
}

void TestOpenAiFormats::otherFormatsFixturesAreNotClaimed()
{
    // every other fixture under tests/data/ingest (canonical and the other providers' formats): none of ours claims it
    QDirIterator it(QStringLiteral(TESTDATA_DIR "/ingest"), QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/ingest/openai/")))
            continue;
        QByteArray head = readAll(path).left(Ingest::DetectBytes);
        if (head.startsWith("\xEF\xBB\xBF"))
            head.remove(0, 3);
        for (const Ingest::UsageFormat* f : Ingest::formats())
            if (f->id().startsWith(QLatin1String("openai")))
                QVERIFY2(f->detect(head) == 0, qPrintable(f->id() + QStringLiteral(" claims ") + path));
        ++checked;
    }
    QVERIFY(checked >= 10); // the canonical fixtures at least
}

void TestOpenAiFormats::lineItemModel_data()
{
    QTest::addColumn<QString>("lineItem");
    QTest::addColumn<QString>("model");
    auto row = [](const char* item, const char* model) {
        QTest::addRow("%s", item) << QString::fromUtf8(item) << QString::fromUtf8(model);
    };
    row("gpt-4o-2024-08-06, input", "gpt-4o-2024-08-06");
    row("gpt-4o-mini-2024-07-18, cached input", "gpt-4o-mini-2024-07-18");
    row("o1-2024-12-17, output", "o1-2024-12-17");
    row(" o3 , input", "o3");
    row("ft:gpt-4o-mini-2024-07-18:acme::abc123, training", "ft:gpt-4o-mini-2024-07-18:acme::abc123");
    row("text-embedding-3-small", "text-embedding-3-small");
    row("file search tool storage", "");
    row("web search tool calls | gpt-4o", "");
    row("Code Interpreter sessions", "");
    row("storage", "");
    row("", "");
}

void TestOpenAiFormats::lineItemModel()
{
    QFETCH(QString, lineItem);
    QFETCH(QString, model);
    QCOMPARE(Ingest::openAiModelFromLineItem(lineItem), model);
}

void TestOpenAiFormats::costLineItemsOfOneModelAreDistinct()
{
    // Input and output of one model on one day in one project are two line items, two amounts: both must be kept.
    const QByteArray csv = "start_time,end_time,start_time_iso,end_time_iso,amount_value,amount_currency,line_item,"
                           "project_id,organization_id,organization_name\n"
                           "1730419200,1730505600,,,0.25,usd,\"gpt-4o-2024-08-06, input\",proj_abc,org-1,Acme\n"
                           "1730419200,1730505600,,,0.75,usd,\"gpt-4o-2024-08-06, output\",proj_abc,org-1,Acme\n";
    const Parsed p = parseWith(QStringLiteral("openai-cost-csv"), csv, QStringLiteral("/x/cost.csv"));
    QVERIFY(p.result.ok());
    QCOMPARE(p.events.size(), 2); // the parser hands on both

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cost.csv"));
    QVERIFY(writeFile(path, csv));
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, path);
    QVERIFY(r.ok() && r.value().committed);
    QCOMPARE(r.value().imported, qint64(2));
    QCOMPARE(totals(*ws).reportedCostNano, qint64(1'000'000'000));
    // the same line items from the Costs API JSON are the same two rows: nothing new
    const QByteArray costsJson = R"({"object":"page","data":[{"object":"bucket","start_time":1730419200,)"
                                 R"("end_time":1730505600,"results":[)"
                                 R"({"object":"organization.costs.result","amount":{"value":0.25,"currency":"usd"},)"
                                 R"("line_item":"gpt-4o-2024-08-06, input","project_id":"proj_abc"},)"
                                 R"({"object":"organization.costs.result","amount":{"value":0.75,"currency":"usd"},)"
                                 R"("line_item":"gpt-4o-2024-08-06, output","project_id":"proj_abc"}]}],)"
                                 R"("has_more":false,"next_page":null})";
    const QString jsonPath = dir.filePath(QStringLiteral("costs.json"));
    QVERIFY(writeFile(jsonPath, costsJson));
    auto again = import(*ws, jsonPath);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
    QCOMPARE(again.value().format, QStringLiteral("openai-costs"));
    QCOMPARE(again.value().imported, qint64(0));
    QCOMPARE(again.value().duplicates, qint64(2));
}

INFEROMETER_TEST_GUILESS_MAIN(TestOpenAiFormats)
#include "tst_openaiformats.moc"
