// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/otlpformat.h"

#include "core/analytics/report.h"
#include "core/import/fileimporter.h"
#include "core/store/workspace.h"
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

Q_DECLARE_METATYPE(TokenBuckets)

/** For QCOMPARE's failure message. */
char* toString(const TokenBuckets& t)
{
    return QTest::toString(QStringLiteral("{uncached %1, read %2, write5m %3, write1h %4, output %5, reasoning %6}")
                               .arg(t.uncachedInput)
                               .arg(t.cacheRead)
                               .arg(t.cacheWrite5m)
                               .arg(t.cacheWrite1h)
                               .arg(t.output)
                               .arg(t.reasoning));
}

using namespace Testing;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(TESTDATA_DIR "/ingest/otlp/") + name;
}

/** Every column of `sql`'s rows joined with '|', one string per row. */
QStringList rows(Workspace& ws, const QString& sql)
{
    QStringList out;
    QSqlQuery q(ws.db());
    if (!q.exec(sql))
        return { QStringLiteral("query failed: ") + sql };
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

QByteArray digest(Workspace& ws)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& table : { QStringLiteral("events"), QStringLiteral("trace_spans"),
             QStringLiteral("daily_rollup"), QStringLiteral("imports") })
        for (const QString& row : rows(ws, QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
            h.addData(row.toUtf8());
    return h.result().toHex();
}

Analytics::Kpis totals(Workspace& ws)
{
    auto r = Analytics::report(ws, Analytics::Filter {});
    return r.ok() ? r.value().totals : Analytics::Kpis {};
}

QJsonObject attributes(Workspace& ws, const QString& callId)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT attributes FROM events WHERE call_id = ?"));
    q.addBindValue(callId);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QString why(const Result<Import::ImportSummary>& r)
{
    if (!r.ok())
        return r.error().toString();
    return r.value().rejected.isEmpty() ? QString() : r.value().rejected.first().toString();
}

/** Parses `bytes` with the otlp format straight away, collecting the events. */
QList<UsageEvent> parseEvents(const QByteArray& bytes, QString* error = nullptr)
{
    QByteArray copy = bytes;
    QBuffer buf(&copy);
    buf.open(QIODevice::ReadOnly);
    QList<UsageEvent> events;
    Ingest::Sinks sinks;
    sinks.events = [&events](QList<UsageEvent>& chunk) -> Result<void> {
        events += chunk;
        return {};
    };
    PlainTaskContext ctx;
    auto r = Ingest::otlpFormat().parse(buf, QStringLiteral("/in/x.jsonl"), sinks, ctx);
    if (error)
        *error = !r.ok()                   ? r.error().toString()
            : r.value().rejected.isEmpty() ? QString()
                                           : r.value().rejected.first().toString();
    return events;
}

/** One OTLP request line with one span carrying `attributes` (a JSON array body). */
QByteArray spanLine(const QByteArray& attributes)
{
    return R"({"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"11111111111111111111111111111111",)"
           R"("spanId":"2222222222222222","name":"x","startTimeUnixNano":"1772359200000000000","attributes":[)"
        + attributes + "]}]}]}]}\n";
}

QByteArray intAttr(const char* key, qint64 v)
{
    return QByteArray(R"({"key":")") + key + R"(","value":{"intValue":")" + QByteArray::number(v) + R"("}})";
}

QByteArray strAttr(const char* key, const char* v)
{
    return QByteArray(R"({"key":")") + key + R"(","value":{"stringValue":")" + v + R"("}})";
}

// 2026-03-01T10:00:00Z
constexpr qint64 Mar1Ten = 1'772'359'200'000;

// agent_trace.json (and the same spans in agent_trace.jsonl), list prices of the built-in catalog, $/1M → nano/token:
//   chat gpt-4o-2024-08-06: input 5000 incl. 3000 cache read → uncached 2000; output 800
//       2000 × 2.50 + 3000 × 1.25 + 800 × 10 = 5'000'000 + 3'750'000 + 8'000'000 = 16'750'000
//   chat o3: input 12000 incl. 10000 read → 2000; output 3000 incl. 2500 reasoning → 500
//       2000 × 2 + 10000 × 0.50 + (500 + 2500) × 8 = 4'000'000 + 5'000'000 + 24'000'000 = 33'000'000
//   chat claude-sonnet-4-5-20250929: input 20000 incl. 12000 read and 6000 creation → 2000; output 1000
//       2000 × 3 + 12000 × 0.30 + 6000 × 3.75 + 1000 × 15 = 6'000'000 + 3'600'000 + 22'500'000 + 15'000'000
//       = 47'100'000
//   generate_content gemini-2.5-flash: 1000 × 0.30 + 200 × 2.50 = 300'000 + 500'000 = 800'000
constexpr qint64 AgentTraceCost = 16'750'000 + 33'000'000 + 47'100'000 + 800'000; // 97'650'000
// buckets: uncached 2000 × 3 + 1000, read 3000 + 10000 + 12000, write 6000, output 800 + 500 + 1000 + 200, reasoning
const TokenBuckets AgentTraceTokens { 7000, 25000, 6000, 0, 2500, 2500 };

} // namespace

class TestOtlpFormat : public QObject
{
    Q_OBJECT

private slots:
    void detection();
    void agentTrace();
    void jsonLinesMatchTheDocument();
    void reimportAddsNothing();
    void deprecatedAttributes();
    void openInference();
    void base64Ids();
    void normaliseId();
    void tokenConventions_data();
    void tokenConventions();
    void bomAndCrlf_data();
    void bomAndCrlf();
    void badInput_data();
    void badInput();
    void manyChunks();
};

void TestOtlpFormat::detection()
{
    QCOMPARE(Ingest::findFormat(u"otlp"), &Ingest::otlpFormat());
    // every trace fixture is ours, and no other format's fixture is taken for one
    QDirIterator it(QStringLiteral(TESTDATA_DIR "/ingest"), QDir::Files, QDirIterator::Subdirectories);
    int ours = 0, others = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray head = readAll(path).left(Ingest::DetectBytes);
        auto found = Ingest::recognise(head, path);
        const bool isOtlp = found.ok() && found.value()->id() == u"otlp";
        const bool otlpFixture = path.contains(u"/otlp/");
        const bool claimable = otlpFixture && head.contains("\"resourceSpans\"");
        QVERIFY2(isOtlp == claimable, qPrintable(path));
        if (otlpFixture)
            ++ours;
        else
            ++others;
        // our detector alone: nothing outside otlp/ scores at all
        if (!otlpFixture)
            QCOMPARE(Ingest::otlpFormat().detect(head), 0);
    }
    QVERIFY(ours >= 10);
    QVERIFY(others >= 10);
    // the key in a value does not count, only as a key
    QCOMPARE(Ingest::otlpFormat().detect("{\"note\":\"\\\"resourceSpans\\\" is a key\"}"), 0);
    QCOMPARE(Ingest::otlpFormat().detect("{\n  \"resourceSpans\" :\n ["), 95);
}

void TestOtlpFormat::agentTrace()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("agent_trace.json")));
    QVERIFY2(r.ok() && r.value().committed, qPrintable(why(r)));
    const Import::ImportSummary& s = r.value();
    QCOMPARE(s.format, QStringLiteral("otlp"));
    QCOMPARE(s.rows, qint64(4));
    QCOMPARE(s.imported, qint64(4));
    QCOMPARE(s.spans, qint64(2));
    QCOMPARE(s.unpriced, qint64(0));

    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.tokens, AgentTraceTokens);
    QCOMPARE(k.listCostNano, AgentTraceCost);
    QCOMPARE(k.events, qint64(4));
    QCOMPARE(k.calls, qint64(4));

    // LLM calls: span id, parent span id, start time, latency, status, agent, project; lines of the span objects
    const QStringList events = rows(*ws,
        QStringLiteral("SELECT call_id, parent_call_id, provider, model, operation, agent_id, project, time_ms, "
                       "latency_ms, status, source_line, list_cost_nusd FROM events ORDER BY time_ms"));
    const QStringList expected {
        QStringLiteral("eee19b7ec3c1b173|eee19b7ec3c1b174|openai|gpt-4o-2024-08-06|chat|agent_123|support-bot|%1|2250|"
                       "ok|33|16750000")
            .arg(Mar1Ten + 100),
        QStringLiteral("eee19b7ec3c1b171|eee19b7ec3c1b174|openai|o3|chat||support-bot|%1|6000|error|74|33000000")
            .arg(Mar1Ten + 3000),
        QStringLiteral("b7ad6b7169203331||anthropic|claude-sonnet-4-5-20250929|chat||summariser|%1|4500|ok|103|"
                       "47100000")
            .arg(Mar1Ten + 3'600'000),
        QStringLiteral("b7ad6b7169203332|b7ad6b7169203331|google|gemini-2.5-flash|generate_content||summariser|%1|"
                       "1000|ok|120|800000")
            .arg(Mar1Ten + 3'601'000),
    };
    QCOMPARE(events, expected);
    // the cache-creation tokens are 5-minute writes
    QCOMPARE(
        scalarInt(*ws, QStringLiteral("SELECT cache_write_5m_tokens FROM events WHERE call_id = 'b7ad6b7169203331'")),
        qint64(6000));

    // tools and agents are spans, not calls
    const QStringList spans = rows(*ws,
        QStringLiteral("SELECT trace_id, span_id, parent_span_id, name, operation, service, start_ms, end_ms, error, "
                       "source FROM trace_spans ORDER BY start_ms"));
    const QStringList expectedSpans {
        QStringLiteral("5b8efff798038103d269b633813fc60c|eee19b7ec3c1b174||invoke_agent triage|invoke_agent|"
                       "support-bot|%1|%2|0|agent_trace.json")
            .arg(Mar1Ten)
            .arg(Mar1Ten + 9500),
        QStringLiteral("5b8efff798038103d269b633813fc60c|eee19b7ec3c1b172|eee19b7ec3c1b174|execute_tool lookup_order|"
                       "execute_tool|support-bot|%1|%2|1|agent_trace.json")
            .arg(Mar1Ten + 2400)
            .arg(Mar1Ten + 2900),
    };
    QCOMPARE(spans, expectedSpans);
    // the agent tree: both chat calls hang under the invoke_agent span, beside the tool
    QCOMPARE(scalarInt(*ws,
                 QStringLiteral("SELECT count(*) FROM events e JOIN trace_spans s ON e.parent_call_id = s.span_id "
                                "WHERE s.operation = 'invoke_agent'")),
        qint64(2));

    // resource attributes, the SDK's own left out; the raw provider name where it was mapped
    const QJsonObject a = attributes(*ws, QStringLiteral("eee19b7ec3c1b173"));
    QCOMPARE(a.value(u"resource.service.name").toString(), QStringLiteral("support-bot"));
    QCOMPARE(a.value(u"resource.deployment.environment").toString(), QStringLiteral("prod"));
    QCOMPARE(a.value(u"resource.service.version").toString(), QStringLiteral("1.4.2"));
    QVERIFY(!a.contains(u"resource.telemetry.sdk.language"));
    QVERIFY(!a.contains(u"gen_ai.provider.name"));
    const QJsonObject g = attributes(*ws, QStringLiteral("b7ad6b7169203332"));
    QCOMPARE(g.value(u"gen_ai.provider.name").toString(), QStringLiteral("gcp.gemini"));
    QCOMPARE(g.value(u"resource.deployment.environment").toString(), QStringLiteral("staging"));
}

void TestOtlpFormat::jsonLinesMatchTheDocument()
{
    // agent_trace.jsonl: the same two resourceSpans, one collector request per line
    QTemporaryDir dir;
    auto lines = openWs(dir, "lines.inferometer");
    QVERIFY(lines);
    auto r = import(*lines, fixture(QStringLiteral("agent_trace.jsonl")));
    QVERIFY2(r.ok() && r.value().committed, qPrintable(why(r)));
    QCOMPARE(r.value().imported, qint64(4));
    QCOMPARE(r.value().spans, qint64(2));
    QCOMPARE(totals(*lines).tokens, AgentTraceTokens);
    QCOMPARE(totals(*lines).listCostNano, AgentTraceCost);
    // each event carries the line of its request
    QCOMPARE(rows(*lines, QStringLiteral("SELECT call_id, source_line FROM events ORDER BY time_ms")),
        QStringList({ QStringLiteral("eee19b7ec3c1b173|1"), QStringLiteral("eee19b7ec3c1b171|1"),
            QStringLiteral("b7ad6b7169203331|2"), QStringLiteral("b7ad6b7169203332|2") }));

    // the same calls and spans from the document are duplicates
    auto again = import(*lines, fixture(QStringLiteral("agent_trace.json")));
    QVERIFY2(again.ok() && again.value().committed, qPrintable(why(again)));
    QCOMPARE(again.value().imported, qint64(0));
    QCOMPARE(again.value().duplicates, qint64(4));
    QCOMPARE(again.value().spans, qint64(0));
    QCOMPARE(scalarInt(*lines, QStringLiteral("SELECT count(*) FROM trace_spans")), qint64(2));
}

void TestOtlpFormat::reimportAddsNothing()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    const QString path = fixture(QStringLiteral("agent_trace.json"));
    QVERIFY(import(*ws, path).ok());
    const QStringList eventsBefore = rows(*ws, QStringLiteral("SELECT * FROM events ORDER BY id"));
    const QStringList spansBefore = rows(*ws, QStringLiteral("SELECT * FROM trace_spans ORDER BY id"));
    auto r = import(*ws, path);
    QVERIFY2(r.ok() && r.value().committed, qPrintable(why(r)));
    QCOMPARE(r.value().imported, qint64(0));
    QCOMPARE(r.value().duplicates, qint64(4));
    QCOMPARE(r.value().spans, qint64(0));
    QCOMPARE(rows(*ws, QStringLiteral("SELECT * FROM events ORDER BY id")), eventsBefore);
    QCOMPARE(rows(*ws, QStringLiteral("SELECT * FROM trace_spans ORDER BY id")), spansBefore);
    QCOMPARE(totals(*ws).listCostNano, AgentTraceCost);
}

void TestOtlpFormat::deprecatedAttributes()
{
    // deprecated.jsonl: gen_ai.system and gen_ai.usage.prompt_tokens / completion_tokens; a blank line 2
    //   gpt-4.1-mini: 4000 × 0.40 + 1000 × 1.60 = 1'600'000 + 1'600'000 = 3'200'000
    //   claude-haiku-4-5 (completion as doubleValue 500.0): 2000 × 1 + 500 × 5 = 2'000'000 + 2'500'000 = 4'500'000
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("deprecated.jsonl")));
    QVERIFY2(r.ok() && r.value().committed, qPrintable(why(r)));
    QCOMPARE(r.value().imported, qint64(2));
    QCOMPARE(totals(*ws).tokens, TokenBuckets({ 6000, 0, 0, 0, 1500, 0 }));
    QCOMPARE(totals(*ws).listCostNano, qint64(7'700'000));
    QCOMPARE(rows(*ws,
                 QStringLiteral("SELECT call_id, provider, model, project, source_line, latency_ms, list_cost_nusd "
                                "FROM events ORDER BY time_ms")),
        QStringList({ QStringLiteral("53995c3f42cd8ad8|openai|gpt-4.1-mini|legacy-app|1|1200|3200000"),
            QStringLiteral("53995c3f42cd8ad9|anthropic|claude-haiku-4-5|legacy-app|3|3000|4500000") }));
    QCOMPARE(attributes(*ws, QStringLiteral("53995c3f42cd8ad9")).value(u"gen_ai.provider.name").toString(),
        QStringLiteral("Anthropic"));
}

void TestOtlpFormat::openInference()
{
    // openinference.jsonl (Phoenix / OpenInference names), one request:
    //   gpt-5-mini: prompt 6000 incl. 4000 cache read → 2000; completion 1500 incl. 1000 reasoning → 500
    //       2000 × 0.25 + 4000 × 0.025 + (500 + 1000) × 2 = 500'000 + 100'000 + 3'000'000 = 3'600'000
    //       llm.cost.total 0.00145 → reported 1'450'000
    //   claude-haiku-4-5: no prompt count: total 3000 − completion 400 = 2600 incl. 1000 cache write → 1600
    //       1600 × 1 + 1000 × 1.25 + 400 × 5 = 1'600'000 + 1'250'000 + 2'000'000 = 4'850'000
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("openinference.jsonl")));
    QVERIFY2(r.ok() && r.value().committed, qPrintable(why(r)));
    QCOMPARE(r.value().imported, qint64(2));
    QCOMPARE(r.value().spans, qint64(3));
    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.tokens, TokenBuckets({ 3600, 4000, 1000, 0, 900, 1000 }));
    QCOMPARE(k.listCostNano, qint64(3'600'000 + 4'850'000));
    QCOMPARE(k.reportedCostNano, qint64(1'450'000));
    QCOMPARE(rows(*ws,
                 QStringLiteral("SELECT call_id, parent_call_id, provider, model, operation, project, "
                                "reported_cost_nusd, list_cost_nusd FROM events ORDER BY time_ms")),
        QStringList(
            { QStringLiteral("1000000000000003|1000000000000001|openai|gpt-5-mini|chat|rag-app|1450000|3600000"),
                QStringLiteral(
                    "1000000000000005|1000000000000001|anthropic|claude-haiku-4-5|chat|rag-app|NULL|4850000") }));
    QCOMPARE(rows(*ws, QStringLiteral("SELECT span_id, operation, service FROM trace_spans ORDER BY start_ms")),
        QStringList({ QStringLiteral("1000000000000001|chain|rag-service"),
            QStringLiteral("1000000000000002|retrieval|rag-service"),
            QStringLiteral("1000000000000004|execute_tool|rag-service") }));
    const QJsonObject a = attributes(*ws, QStringLiteral("1000000000000003"));
    QCOMPARE(a.value(u"user_id").toString(), QStringLiteral("u-42"));
    QCOMPARE(a.value(u"metadata.session_id").toString(), QStringLiteral("s-9"));
    QCOMPARE(a.value(u"metadata.user_tier").toString(), QStringLiteral("pro"));
    QCOMPARE(a.value(u"metadata.experiment").toString(), QStringLiteral("7"));
    QCOMPARE(a.value(u"tag:rag").toString(), QStringLiteral("1"));
    QCOMPARE(a.value(u"tag:beta").toString(), QStringLiteral("1"));
    QCOMPARE(a.value(u"resource.openinference.project.name").toString(), QStringLiteral("rag-app"));
}

void TestOtlpFormat::base64Ids()
{
    // base64_ids.jsonl: ids as protobuf bytes in base64 (standard and URL alphabets, padded or not), upper-case hex,
    // an all-zero parent, and times as JSON numbers
    //   gpt-4o-mini: 10000 × 0.15 + 2000 × 0.60 = 1'500'000 + 1'200'000 = 2'700'000
    //   gpt-4.1-nano: 6000 × 0.10 + 2000 × 0.025 + 1000 × 0.40 = 600'000 + 50'000 + 400'000 = 1'050'000
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("base64_ids.jsonl")));
    QVERIFY2(r.ok() && r.value().committed, qPrintable(why(r)));
    QCOMPARE(totals(*ws).listCostNano, qint64(3'750'000));
    // 2026-03-02T09:00:00Z = 1'772'442'000 s
    QCOMPARE(rows(*ws,
                 QStringLiteral(
                     "SELECT call_id, parent_call_id, project, time_ms, latency_ms FROM events ORDER BY time_ms")),
        QStringList({ QStringLiteral("fbefbe012345678a|fbefbe0123456789|ids-demo|1772442001000|1500"),
            QStringLiteral("00f067aa0ba902b8|||1772442060000|750") }));
    QCOMPARE(rows(*ws, QStringLiteral("SELECT trace_id, span_id, parent_span_id FROM trace_spans ORDER BY start_ms")),
        QStringList({ QStringLiteral("fbff3e7c9a0c4b1d8e2f60718293a4b5|fbefbe0123456789|"),
            QStringLiteral("fbff3e7c9a0c4b1d8e2f60718293a4b5|00f067aa0ba902b7|fbefbe0123456789") }));
}

void TestOtlpFormat::normaliseId()
{
    using Ingest::Otlp::normaliseId;
    QCOMPARE(normaliseId("EEE19B7EC3C1B174", 8), std::optional<QString>(QStringLiteral("eee19b7ec3c1b174")));
    QCOMPARE(normaliseId("++++ASNFZ4k=", 8), std::optional<QString>(QStringLiteral("fbefbe0123456789")));
    QCOMPARE(normaliseId("----ASNFZ4k", 8), std::optional<QString>(QStringLiteral("fbefbe0123456789")));
    QCOMPARE(normaliseId("+/8+fJoMSx2OL2BxgpOktQ==", 16),
        std::optional<QString>(QStringLiteral("fbff3e7c9a0c4b1d8e2f60718293a4b5")));
    QCOMPARE(normaliseId("eee19b7ec3c1b174", 16), std::nullopt); // a span id where a trace id belongs
    QCOMPARE(normaliseId("eee19b7ec3c1b17g", 8), std::nullopt);
    QCOMPARE(normaliseId("0000000000000000", 8), std::nullopt);
    QCOMPARE(normaliseId("AAAAAAAAAAA=", 8), std::nullopt); // zero bytes in base64
    QCOMPARE(normaliseId("", 8), std::nullopt);
}

void TestOtlpFormat::tokenConventions_data()
{
    QTest::addColumn<QByteArray>("attributes");
    QTest::addColumn<TokenBuckets>("buckets");
    const QByteArray model = strAttr("gen_ai.request.model", "gpt-4o") + ',';
    // GenAI input INCLUDES cache reads and writes, output INCLUDES reasoning
    QTest::addRow("genai inclusive") << model + intAttr("gen_ai.usage.input_tokens", 1000) + ','
            + intAttr("gen_ai.usage.cache_read.input_tokens", 300) + ','
            + intAttr("gen_ai.usage.cache_creation.input_tokens", 200) + ','
            + intAttr("gen_ai.usage.output_tokens", 500) + ',' + intAttr("gen_ai.usage.reasoning.output_tokens", 100)
                                     << TokenBuckets { 500, 300, 200, 0, 400, 100 };
    QTest::addRow("everything cached") << model + intAttr("gen_ai.usage.input_tokens", 300) + ','
            + intAttr("gen_ai.usage.cache_read.input_tokens", 300)
                                       << TokenBuckets { 0, 300, 0, 0, 0, 0 };
    QTest::addRow("deprecated names") << model + intAttr("gen_ai.usage.prompt_tokens", 70) + ','
            + intAttr("gen_ai.usage.completion_tokens", 30)
                                      << TokenBuckets { 70, 0, 0, 0, 30, 0 };
    QTest::addRow("new names win") << model + intAttr("gen_ai.usage.prompt_tokens", 70) + ','
            + intAttr("gen_ai.usage.input_tokens", 90)
                                   << TokenBuckets { 90, 0, 0, 0, 0, 0 };
    QTest::addRow("openinference inclusive") << strAttr("llm.model_name", "gpt-4o") + ','
            + intAttr("llm.token_count.prompt", 1000) + ',' + intAttr("llm.token_count.prompt_details.cache_read", 600)
            + ',' + intAttr("llm.token_count.prompt_details.cache_write", 100) + ','
            + intAttr("llm.token_count.completion", 50) + ','
            + intAttr("llm.token_count.completion_details.reasoning", 20)
                                             << TokenBuckets { 300, 600, 100, 0, 30, 20 };
    QTest::addRow("openinference total only")
        << strAttr("llm.model_name", "gpt-4o") + ',' + intAttr("llm.token_count.total", 1000)
        << TokenBuckets { 1000, 0, 0, 0, 0, 0 };
    QTest::addRow("string and double counts") << model
            + R"({"key":"gen_ai.usage.input_tokens","value":{"stringValue":"40"}},)"
              R"({"key":"gen_ai.usage.output_tokens","value":{"doubleValue":2e1}})"
                                              << TokenBuckets { 40, 0, 0, 0, 20, 0 };
}

void TestOtlpFormat::tokenConventions()
{
    QFETCH(QByteArray, attributes);
    QFETCH(TokenBuckets, buckets);
    QString error;
    const QList<UsageEvent> events = parseEvents(spanLine(attributes), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().tokens, buckets);
    QCOMPARE(events.first().model, QStringLiteral("gpt-4o"));
    QCOMPARE(events.first().callId, QStringLiteral("2222222222222222"));
    QCOMPARE(events.first().timeMs, Mar1Ten);
    QVERIFY(!events.first().latencyMs); // no end time
}

void TestOtlpFormat::bomAndCrlf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("json lines") << QStringLiteral("agent_trace.jsonl");
    QTest::addRow("document") << QStringLiteral("agent_trace.json");
}

void TestOtlpFormat::bomAndCrlf()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QByteArray bytes = readAll(fixture(file));
    QVERIFY(!bytes.isEmpty());
    bytes.replace("\n", "\r\n");
    bytes.prepend("\xEF\xBB\xBF");
    const QString path = dir.filePath(QStringLiteral("windows-") + file);
    QVERIFY(writeFile(path, bytes));
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, path);
    QVERIFY2(r.ok() && r.value().committed, qPrintable(why(r)));
    QCOMPARE(r.value().imported, qint64(4));
    QCOMPARE(r.value().spans, qint64(2));
    QCOMPARE(totals(*ws).tokens, AgentTraceTokens);
    QCOMPARE(totals(*ws).listCostNano, AgentTraceCost);
    // and they are the same calls as in the plain file
    QCOMPARE(import(*ws, fixture(file)).value().duplicates, qint64(4));
}

void TestOtlpFormat::badInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("wholeFile"); // refused as a whole (an Error) rather than row by row
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // a fragment of the message

    const QString otlp = QStringLiteral("otlp"), autoId = QStringLiteral("auto");
    const QString spans = QStringLiteral("resourceSpans[0].scopeSpans[0].spans");
    auto row = [](const char* name, const QString& path, const QString& format, bool whole, qint64 line,
                   const QString& field, const char* message) {
        QTest::addRow("%s", name) << path << format << whole << line << field << QString::fromLatin1(message);
    };
    row("wrong token type", fixture(QStringLiteral("bad_token_type.jsonl")), autoId, false, 2,
        spans + QStringLiteral("[1].attributes[gen_ai.usage.input_tokens]"), "\"many\"");
    row("missing span id", fixture(QStringLiteral("missing_span_id.jsonl")), autoId, false, 1,
        spans + QStringLiteral("[0].spanId"), "required");
    row("bad span id", fixture(QStringLiteral("bad_span_id.jsonl")), autoId, false, 1,
        spans + QStringLiteral("[0].spanId"), "xyz-not-an-id");
    row("cached above input", fixture(QStringLiteral("cached_exceeds_input.jsonl")), autoId, false, 2,
        spans + QStringLiteral("[0].attributes[gen_ai.usage.cache_read.input_tokens]"), "6000");
    row("reasoning above output, line in a document", fixture(QStringLiteral("reasoning_exceeds_output.json")), autoId,
        false, 20, spans + QStringLiteral("[1].attributes[gen_ai.usage.reasoning.output_tokens]"), "900");
    row("spans not an array", fixture(QStringLiteral("wrong_type.jsonl")), autoId, false, 3, spans,
        "expected an array");
    row("bad JSON line", fixture(QStringLiteral("bad_json_line.jsonl")), autoId, false, 2, QString(), "not valid JSON");
    row("truncated last line", fixture(QStringLiteral("truncated.jsonl")), autoId, true, 2, QString(), "truncated");
    row("truncated document", fixture(QStringLiteral("truncated.json")), autoId, true, 61, QString(), "truncated");
    row("metrics, not traces", fixture(QStringLiteral("not_traces.jsonl")), otlp, true, 1, QString(), "resourceSpans");
    // auto: no format claims OTLP metrics (canonical JSON Lines once did, and then said "time is required")
    row("metrics, auto", fixture(QStringLiteral("not_traces.jsonl")), autoId, true, 1, QString(),
        "not recognised. Tried: Usage events, JSON Lines");
    row("binary junk", QStringLiteral(TESTDATA_DIR "/ingest/junk.bin"), otlp, true, 1, QString(), "binary");
    row("binary junk, auto", QStringLiteral(TESTDATA_DIR "/ingest/junk.bin"), autoId, true, 1, QString(),
        "not recognised");
    row("blank lines only", fixture(QStringLiteral("blank.jsonl")), otlp, true, 1, QString(), "empty");
    row("canonical JSONL read as otlp", QStringLiteral(TESTDATA_DIR "/ingest/good.jsonl"), otlp, true, 1, QString(),
        "resourceSpans");
    row("0 bytes", QString(), otlp, true, 1, QString(), "empty");
    row("0 bytes, auto", QString(), autoId, true, 1, QString(), "empty");
}

void TestOtlpFormat::badInput()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QFETCH(bool, wholeFile);
    QFETCH(qint64, line);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QTemporaryDir dir;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("zero.jsonl"));
        QVERIFY(writeFile(path, {}));
    }
    auto ws = openWs(dir);
    QVERIFY(ws);
    QVERIFY(import(*ws, fixture(QStringLiteral("agent_trace.json"))).ok());
    const QByteArray before = digest(*ws);
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), qint64(4));

    auto r = import(*ws, path, format);
    if (wholeFile) {
        QVERIFY2(!r.ok(), qPrintable(why(r)));
        const Error& e = r.error();
        QCOMPARE(e.source, path);
        QCOMPARE(e.line, line);
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.contains(message, Qt::CaseInsensitive), qPrintable(e.toString()));
    } else {
        QVERIFY2(r.ok(), qPrintable(why(r)));
        const Import::ImportSummary& s = r.value();
        QVERIFY(!s.committed);
        QCOMPARE(s.imported, qint64(0));
        QCOMPARE(s.spans, qint64(0));
        QCOMPARE(s.rejectedCount, qint64(1));
        const Error& e = s.rejected.first();
        QCOMPARE(e.source, path);
        QCOMPARE(e.line, line);
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.contains(message, Qt::CaseInsensitive), qPrintable(e.toString()));
        QVERIFY2(e.toString().startsWith(path + QLatin1Char(':') + QString::number(line) + QLatin1Char(':')),
            qPrintable(e.toString()));
    }
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), qint64(4));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM trace_spans")), qint64(2));
    QCOMPARE(digest(*ws), before);
}

void TestOtlpFormat::manyChunks()
{
    // 600 requests × (10 chat spans + 10 tool spans): more than one chunk of events and of spans on the way to the
    // store
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.jsonl"));
    QByteArray out;
    int n = 0;
    for (int line = 0; line < 600; ++line) {
        QByteArray spans;
        for (int i = 0; i < 20; ++i, ++n) {
            const QByteArray id = QByteArray::number(0x1000000000000000LL + n, 16);
            const QByteArray attrs = i % 2 == 0
                ? strAttr("gen_ai.request.model", "gpt-4o-mini") + ',' + intAttr("gen_ai.usage.input_tokens", 100) + ','
                    + intAttr("gen_ai.usage.cache_read.input_tokens", 40) + ','
                    + intAttr("gen_ai.usage.output_tokens", 10)
                : strAttr("gen_ai.operation.name", "execute_tool");
            spans += (i ? "," : "") + QByteArray(R"({"traceId":")")
                + QByteArray::number(line + 1).rightJustified(32, '0') + R"(","spanId":")" + id
                + R"(","name":"s","startTimeUnixNano":")"
                + QByteArray::number(1'772'359'200'000'000'000LL + n * 1'000'000LL) + R"(","attributes":[)" + attrs
                + "]}";
        }
        out += R"({"resourceSpans":[{"scopeSpans":[{"spans":[)" + spans + "]}]}]}\n";
    }
    QVERIFY(writeFile(path, out));
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, path);
    QVERIFY2(r.ok() && r.value().committed, qPrintable(why(r)));
    QCOMPARE(r.value().imported, qint64(6000));
    QCOMPARE(r.value().spans, qint64(6000));
    // 6000 × (60 uncached, 40 read, 10 output)
    QCOMPARE(totals(*ws).tokens, TokenBuckets({ 360'000, 240'000, 0, 0, 60'000, 0 }));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT max(source_line) FROM events")), qint64(600));
}

INFEROMETER_TEST_GUILESS_MAIN(TestOtlpFormat)
#include "tst_otlpformat.moc"
