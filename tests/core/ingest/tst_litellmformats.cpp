// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/litellmformats.h"

#include "core/analytics/report.h"
#include "core/import/fileimporter.h"
#include "tests/support/testmain.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using Store::Workspace;

Q_DECLARE_METATYPE(TokenBuckets)

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(TESTDATA_DIR "/ingest/litellm/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

/** Every row of the tables an import writes: equal digests mean an unchanged workspace. */
QByteArray workspaceDigest(Workspace& ws)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char* table : { "events", "daily_rollup", "imports" }) {
        QSqlQuery q(ws.db());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
            return "query failed";
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                h.addData(QByteArray(q.value(i).toString().toUtf8() + "\x1f"));
    }
    return h.result().toHex();
}

qint64 eventCount(Workspace& ws)
{
    QSqlQuery q(ws.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next() ? q.value(0).toLongLong() : -1;
}

std::unique_ptr<Workspace> openWs(const QTemporaryDir& dir)
{
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    return ws.ok() ? std::move(ws).value() : nullptr;
}

Result<Import::ImportSummary> import(Workspace& ws, const QString& path, const QString& format = QStringLiteral("auto"))
{
    PlainTaskContext ctx;
    return Import::importFile(ws, path, format, ctx);
}

Analytics::Kpis totals(Workspace& ws, std::optional<qint64> from = {}, std::optional<qint64> to = {})
{
    Analytics::Filter f;
    f.fromMs = from;
    f.toMs = to;
    auto r = Analytics::report(ws, f);
    return r.ok() ? r.value().totals : Analytics::Kpis {};
}

struct Parsed
{
    Result<Ingest::ParseReport> result = Ingest::ParseReport {};
    QList<UsageEvent> events;
};

Parsed parse(const Ingest::UsageFormat& format, const QByteArray& bytes, const QString& path)
{
    Parsed p;
    QByteArray copy = bytes;
    QBuffer buf(&copy);
    buf.open(QIODevice::ReadOnly);
    Ingest::Sinks sinks;
    sinks.events = [&p](QList<UsageEvent>& chunk) -> Result<void> {
        p.events += chunk;
        return {};
    };
    PlainTaskContext ctx;
    p.result = format.parse(buf, path, sinks, ctx);
    return p;
}

Parsed parseFile(const Ingest::UsageFormat& format, const QString& name)
{
    return parse(format, readAll(fixture(name)), fixture(name));
}

/** Everything an event says except where it came from, for comparing the same rows read from different files. */
QString describe(const UsageEvent& e)
{
    QStringList attrs;
    for (auto it = e.attributes.cbegin(); it != e.attributes.cend(); ++it)
        attrs << it.key() + QLatin1Char('=') + it.value();
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|calls %9|lat %10|err %11|%12 %13 %14 %15 %16 %17|rep %18|%19")
        .arg(e.timeMs)
        .arg(e.provider, e.model, e.apiKey, e.callId, e.operation, e.agentId, e.team)
        .arg(e.calls)
        .arg(e.latencyMs ? QString::number(*e.latencyMs) : QStringLiteral("-"))
        .arg(e.error)
        .arg(e.tokens.uncachedInput)
        .arg(e.tokens.cacheRead)
        .arg(e.tokens.cacheWrite5m)
        .arg(e.tokens.cacheWrite1h)
        .arg(e.tokens.output)
        .arg(e.tokens.reasoning)
        .arg(e.reportedCostNano ? QString::number(*e.reportedCostNano) : QStringLiteral("-"))
        .arg(attrs.join(QLatin1Char(';')));
}

using Attrs = QMap<QString, QString>;

const QString H1 = QStringLiteral("88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b");

// 2025-10-01T00:00:00Z: 1'735'689'600 s (2025-01-01) + 273 days × 86'400 s
constexpr qint64 Oct1 = 1'759'276'800'000;
constexpr qint64 Day = 86'400'000;
constexpr qint64 Hour = 3'600'000;

// List costs of spendlogs.csv / .json (catalog prices of 2025-10, $1 per 1M = 1000 nano-dollars per token):
// A gpt-4o: 1000 × 2'500 + 500 × 10'000 = 2'500'000 + 5'000'000                               = 7'500'000
// B gpt-4o-2024-08-06 (family gpt-4o): prompt 30'000 includes 20'000 cached →
//   10'000 × 2'500 + 20'000 × 1'250 + 1'000 × 10'000 = 25'000'000 + 25'000'000 + 10'000'000      = 60'000'000
// C claude-sonnet-4-5: prompt 12'100 = 100 uncached + 10'000 cached + 2'000 cache creation →
//   100 × 3'000 + 10'000 × 300 + 2'000 × 3'750 + 500 × 15'000 = 300'000 + 3'000'000 + 7'500'000 + 7'500'000
//                                                                                                 = 18'300'000
// D failure, no tokens: 0;  E LiteLLM cache hit: tokens not billed: 0
// F o4-mini: 2'000 × 1'100 + (3'000 − 2'500 reasoning) × 4'400 + 2'500 × 4'400 = 2'200'000 + 2'200'000 + 11'000'000
//                                                                                                 = 15'400'000
constexpr qint64 SpendLogsList = 7'500'000 + 60'000'000 + 18'300'000 + 15'400'000; // 101'200'000
// spend: 0.0075 + 0.06 + 0.0183 + 0 + 0 + 0.0154 = 0.1012 USD
constexpr qint64 SpendLogsReported = 101'200'000;

// daily_user.csv:
// 1 gpt-4o, prompt 50'000 ⊇ read 20'000: 30'000 × 2'500 + 20'000 × 1'250 + 5'000 × 10'000
//   = 75'000'000 + 25'000'000 + 50'000'000                                                        = 150'000'000
// 2 claude-sonnet-4-5, prompt 1'000 < read 40'000 + creation 4'000, so prompt is the uncached count:
//   1'000 × 3'000 + 40'000 × 300 + 4'000 × 3'750 + 2'000 × 15'000
//   = 3'000'000 + 12'000'000 + 15'000'000 + 30'000'000                                            = 60'000'000
// 3 claude-haiku-4-5, prompt 50'000 ⊇ read 30'000 + creation 10'000: uncached 10'000:
//   10'000 × 1'000 + 30'000 × 100 + 10'000 × 1'250 + 1'000 × 5'000
//   = 10'000'000 + 3'000'000 + 12'500'000 + 5'000'000                                             = 30'500'000
// 4 gpt-4o, 3 failed requests, no tokens: 0
constexpr qint64 DailyUserList = 150'000'000 + 60'000'000 + 30'500'000; // 240'500'000

} // namespace

class TestLiteLlmFormats : public QObject
{
    Q_OBJECT

private slots:
    void spendLogsEvents();
    void spendLogsImport();
    void sameRowsInEveryContainer_data();
    void sameRowsInEveryContainer();
    void spendLogsJsonLines();
    void cachedTokensAreInsidePromptTokens();
    void dailyEvents();
    void dailyImport();
    void dailyPromptConvention_data();
    void dailyPromptConvention();
    void dailyJsonAndTags();
    void badRows_data();
    void badRows();
    void wholeFileErrors_data();
    void wholeFileErrors();
    void bomAndCrlf_data();
    void bomAndCrlf();
    void detection();
};

void TestLiteLlmFormats::spendLogsEvents()
{
    const Parsed p = parseFile(Ingest::liteLlmSpendLogsFormat(), QStringLiteral("spendlogs.csv"));
    QVERIFY2(p.result.ok(), qPrintable(p.result.ok() ? QString() : p.result.error().toString()));
    QCOMPARE(p.result.value().rejectedCount, qint64(0));
    QCOMPARE(p.events.size(), 6);

    const UsageEvent& a = p.events[0];
    QCOMPARE(a.timeMs, Oct1 + 12 * Hour + 123); // "2025-10-01 12:00:00.123+00"
    QCOMPARE(a.callId, QStringLiteral("chatcmpl-a1"));
    QCOMPARE(a.provider, QStringLiteral("openai"));
    QCOMPARE(a.model, QStringLiteral("gpt-4o"));
    QCOMPARE(a.apiKey, H1);
    QCOMPARE(a.operation, QStringLiteral("acompletion"));
    QCOMPARE(a.calls, qint64(1));
    QCOMPARE(a.tokens, (TokenBuckets { 1000, 0, 0, 0, 500, 0 }));
    QCOMPARE(a.reportedCostNano, std::optional<qint64>(7'500'000));
    QCOMPARE(a.latencyMs, std::optional<qint64>(1500)); // no request_duration_ms: endTime − startTime
    QCOMPARE(a.sourceLine, qint64(2));
    QCOMPARE(a.source, QStringLiteral("spendlogs.csv"));
    // top-level metadata wins over spend_logs_metadata (user_api_key_alias); nested objects are not attributes
    const Attrs attrsA { { QStringLiteral("end_user"), QStringLiteral("cust-42") },
        { QStringLiteral("metadata.project"), QStringLiteral("alpha") },
        { QStringLiteral("metadata.requester_ip_address"), QStringLiteral("10.0.0.1") },
        { QStringLiteral("metadata.user_api_key_alias"), QStringLiteral("prod-key") },
        { QStringLiteral("metadata.user_api_key_team_alias"), QStringLiteral("search") },
        { QStringLiteral("organization_id"), QStringLiteral("org-1") },
        { QStringLiteral("session_id"), QStringLiteral("sess-1") }, { QStringLiteral("tag:prod"), QStringLiteral("1") },
        { QStringLiteral("tag:search"), QStringLiteral("1") },
        { QStringLiteral("team_id"), QStringLiteral("team-search") },
        { QStringLiteral("user_id"), QStringLiteral("u-alice") } };
    QCOMPARE(a.attributes, attrsA);

    const UsageEvent& b = p.events[1];
    QCOMPARE(b.timeMs, Oct1 + 13 * Hour);
    QCOMPARE(b.model, QStringLiteral("gpt-4o-2024-08-06"));
    QCOMPARE(b.tokens, (TokenBuckets { 10'000, 20'000, 0, 0, 1000, 0 })); // 30'000 prompt includes 20'000 cached
    QCOMPARE(b.latencyMs, std::optional<qint64>(4500)); // request_duration_ms wins over end − start (5000)
    const Attrs attrsB { { QStringLiteral("model_group"), QStringLiteral("gpt-4o") },
        { QStringLiteral("organization_id"), QStringLiteral("org-1") },
        { QStringLiteral("team_id"), QStringLiteral("team-search") } };
    QCOMPARE(b.attributes, attrsB);

    const UsageEvent& c = p.events[2];
    QCOMPARE(c.provider, QStringLiteral("anthropic"));
    QCOMPARE(c.tokens, (TokenBuckets { 100, 10'000, 2000, 0, 500, 0 }));
    QCOMPARE(c.reportedCostNano, std::optional<qint64>(18'300'000));
    QCOMPARE(c.attributes.value(QStringLiteral("tag:batch-job")), QStringLiteral("1"));
    QCOMPARE(c.attributes.value(QStringLiteral("model_group")), QStringLiteral("claude-sonnet"));
    QCOMPARE(c.attributes.value(QStringLiteral("user_id")), QStringLiteral("u-bob"));

    const UsageEvent& d = p.events[3];
    QVERIFY(d.error);
    QCOMPARE(d.tokens, TokenBuckets {});
    QCOMPARE(d.latencyMs, std::optional<qint64>(250));
    QCOMPARE(d.attributes.value(QStringLiteral("metadata.status")), QStringLiteral("failure"));
    QVERIFY(!p.events[0].error);

    const UsageEvent& e = p.events[4];
    QCOMPARE(e.tokens, TokenBuckets {}); // LiteLLM answered from its cache: the provider billed nothing
    QCOMPARE(e.attributes.value(QStringLiteral("cache_hit")), QStringLiteral("1"));
    QCOMPARE(e.calls, qint64(1));

    const UsageEvent& f = p.events[5];
    QCOMPARE(f.tokens, (TokenBuckets { 2000, 0, 0, 0, 500, 2500 })); // reasoning taken out of completion_tokens
    QCOMPARE(f.agentId, QStringLiteral("agent-7"));
    QCOMPARE(f.attributes.value(QStringLiteral("tag:agents")), QStringLiteral("1"));
    QCOMPARE(f.sourceLine, qint64(7));
}

void TestLiteLlmFormats::spendLogsImport()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("spendlogs.csv")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY(r.value().committed);
    QCOMPARE(r.value().format, QStringLiteral("litellm-spendlogs"));
    QCOMPARE(r.value().imported, qint64(6));
    QCOMPARE(r.value().unpriced, qint64(0));
    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.listCostNano, SpendLogsList);
    QCOMPARE(k.reportedCostNano, SpendLogsReported);
    QCOMPARE(k.calls, qint64(6));
    QCOMPARE(k.events, qint64(6));
    // uncached 1'000 + 10'000 + 100 + 2'000; read 20'000 + 10'000; write 2'000; output 500 + 1'000 + 500 + 500
    QCOMPARE(k.tokens, (TokenBuckets { 13'100, 30'000, 2'000, 0, 2'500, 2'500 }));

    // re-import, and the same rows exported as JSON or from the admin UI: nothing new (call_id = request_id)
    for (const char* again : { "spendlogs.csv", "spendlogs.json", "spendlogs_ui.json" }) {
        auto re = import(*ws, fixture(QLatin1String(again)));
        QVERIFY(re.ok());
        QVERIFY(re.value().committed);
        QCOMPARE(re.value().imported, qint64(0));
        QVERIFY(re.value().duplicates > 0);
    }
    QCOMPARE(eventCount(*ws), qint64(6));
    QCOMPARE(totals(*ws).listCostNano, SpendLogsList);
}

void TestLiteLlmFormats::sameRowsInEveryContainer_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addRow("JSON array") << QStringLiteral("spendlogs.json") << QList<qint64> { 2, 51, 93, 137, 173, 203 };
    QTest::addRow("admin UI page") << QStringLiteral("spendlogs_ui.json") << QList<qint64> { 3 };
}

void TestLiteLlmFormats::sameRowsInEveryContainer()
{
    QFETCH(QString, file);
    QFETCH(QList<qint64>, lines);
    const Parsed csv = parseFile(Ingest::liteLlmSpendLogsFormat(), QStringLiteral("spendlogs.csv"));
    const Parsed json = parseFile(Ingest::liteLlmSpendLogsFormat(), file);
    QVERIFY2(json.result.ok(), qPrintable(json.result.ok() ? QString() : json.result.error().toString()));
    QCOMPARE(json.events.size(), lines.size());
    for (int i = 0; i < json.events.size(); ++i) {
        QCOMPARE(describe(json.events[i]), describe(csv.events[i]));
        QCOMPARE(json.events[i].sourceLine, lines[i]); // the line where the row's object starts
    }
}

void TestLiteLlmFormats::spendLogsJsonLines()
{
    // req-g7 text-embedding-3-small: not in the catalog (unpriced); spend "0.00002" = 20'000 nano
    // req-h8 gpt-4o-mini: 3'000 × 150 + 1'000 × 600 = 450'000 + 600'000 = 1'050'000; spend 0.00105 = 1'050'000
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("spendlogs.jsonl")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r.value().format, QStringLiteral("litellm-spendlogs"));
    QCOMPARE(r.value().imported, qint64(2));
    QCOMPARE(r.value().unpriced, qint64(1));
    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.listCostNano, qint64(1'050'000));
    QCOMPARE(k.reportedCostNano, qint64(20'000 + 1'050'000));
    QCOMPARE(k.unpricedCalls, qint64(1));

    const Parsed p = parseFile(Ingest::liteLlmSpendLogsFormat(), QStringLiteral("spendlogs.jsonl"));
    QCOMPARE(p.events.size(), 2);
    // metadata and request_tags given as JSON text inside JSON
    QCOMPARE(p.events[0].attributes.value(QStringLiteral("tag:rag")), QStringLiteral("1"));
    QCOMPARE(p.events[0].tokens, (TokenBuckets { 1000, 0, 0, 0, 0, 0 }));
    QCOMPARE(p.events[0].latencyMs, std::optional<qint64>(200));
    QCOMPARE(p.events[1].timeMs, Oct1 + Day + 9 * Hour); // epoch seconds 1'759'395'600
    QCOMPARE(p.events[1].provider, QStringLiteral("openai")); // "OpenAI", lower-cased
    QCOMPARE(p.events[1].latencyMs, std::optional<qint64>());
    QCOMPARE(p.events[1].sourceLine, qint64(2));
}

void TestLiteLlmFormats::cachedTokensAreInsidePromptTokens()
{
    // OpenAI convention: prompt_tokens 1'000 includes 800 cached → 200 uncached + 800 read, never 1'000 + 800.
    const QByteArray header = "request_id,spend,call_type,startTime,model,custom_llm_provider,prompt_tokens,"
                              "completion_tokens,metadata\n";
    const Parsed with = parse(Ingest::liteLlmSpendLogsFormat(),
        header
            + "r1,0.0015,acompletion,2025-10-01T00:00:00Z,gpt-4o,openai,1000,0,"
              "\"{\"\"usage_object\"\": {\"\"prompt_tokens_details\"\": {\"\"cached_tokens\"\": 800}}}\"\n",
        QStringLiteral("c.csv"));
    QVERIFY(with.result.ok());
    QCOMPARE(with.events.size(), 1);
    QCOMPARE(with.events[0].tokens, (TokenBuckets { 200, 800, 0, 0, 0, 0 }));
    // without usage details everything is uncached input
    const Parsed without = parse(Ingest::liteLlmSpendLogsFormat(),
        header + "r1,0.0025,acompletion,2025-10-01T00:00:00Z,gpt-4o,openai,1000,0,{}\n", QStringLiteral("c.csv"));
    QCOMPARE(without.events.size(), 1);
    QCOMPARE(without.events[0].tokens, (TokenBuckets { 1000, 0, 0, 0, 0, 0 }));
    // Anthropic usage whose prompt_tokens (500) does not hold read 300 + creation 400: creation stays apart
    const Parsed apart = parse(Ingest::liteLlmSpendLogsFormat(),
        header
            + "r1,0,acompletion,2025-10-01T00:00:00Z,claude-haiku-4-5,anthropic,500,0,"
              "\"{\"\"usage_object\"\": {\"\"cache_read_input_tokens\"\": 300, "
              "\"\"cache_creation_input_tokens\"\": 400}}\"\n",
        QStringLiteral("c.csv"));
    QCOMPARE(apart.events.size(), 1);
    QCOMPARE(apart.events[0].tokens, (TokenBuckets { 200, 300, 400, 0, 0, 0 }));
}

void TestLiteLlmFormats::dailyEvents()
{
    const Parsed p = parseFile(Ingest::liteLlmDailyFormat(), QStringLiteral("daily_user.csv"));
    QVERIFY2(p.result.ok(), qPrintable(p.result.ok() ? QString() : p.result.error().toString()));
    QCOMPARE(p.events.size(), 4);
    const UsageEvent& one = p.events[0];
    QCOMPARE(one.timeMs, Oct1);
    QCOMPARE(one.calls, qint64(20));
    QVERIFY(one.callId.isEmpty()); // aggregated: identity from the content
    QCOMPARE(one.apiKey, H1);
    QCOMPARE(one.tokens, (TokenBuckets { 30'000, 20'000, 0, 0, 5'000, 0 }));
    QCOMPARE(one.reportedCostNano, std::optional<qint64>(150'000'000));
    QCOMPARE(one.attributes, (Attrs { { QStringLiteral("user_id"), QStringLiteral("u-alice") } }));
    const UsageEvent& two = p.events[1];
    QCOMPARE(two.tokens, (TokenBuckets { 1'000, 40'000, 4'000, 0, 2'000, 0 }));
    QVERIFY(!two.error); // 1 of 10 failed
    QCOMPARE(two.attributes,
        (Attrs { { QStringLiteral("failed_requests"), QStringLiteral("1") },
            { QStringLiteral("model_group"), QStringLiteral("claude-sonnet") },
            { QStringLiteral("user_id"), QStringLiteral("u-bob") } }));
    QCOMPARE(p.events[2].timeMs, Oct1 + Day);
    QCOMPARE(p.events[2].tokens, (TokenBuckets { 10'000, 30'000, 10'000, 0, 1'000, 0 }));
    QVERIFY(p.events[3].error); // 3 of 3 failed
    QCOMPARE(p.events[3].calls, qint64(3));
}

void TestLiteLlmFormats::dailyImport()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto r = import(*ws, fixture(QStringLiteral("daily_user.csv")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY(r.value().committed);
    QCOMPARE(r.value().format, QStringLiteral("litellm-daily"));
    QCOMPARE(r.value().imported, qint64(4));
    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.listCostNano, DailyUserList);
    QCOMPARE(k.reportedCostNano, qint64(240'500'000)); // 0.15 + 0.06 + 0.0305 + 0.0
    QCOMPARE(k.calls, qint64(38)); // 20 + 10 + 5 + 3 api_requests
    QCOMPARE(k.events, qint64(4));
    QCOMPARE(k.tokens, (TokenBuckets { 41'000, 90'000, 14'000, 0, 8'000, 0 }));
    // buckets sit at 00:00 UTC of their date
    const Analytics::Kpis first = totals(*ws, Oct1, Oct1 + Day);
    QCOMPARE(first.calls, qint64(30));
    QCOMPARE(first.listCostNano, qint64(210'000'000));
    QCOMPARE(totals(*ws, Oct1 + Day, Oct1 + 2 * Day).listCostNano, qint64(30'500'000));

    auto again = import(*ws, fixture(QStringLiteral("daily_user.csv")));
    QVERIFY(again.ok());
    QCOMPARE(again.value().imported, qint64(0));
    QCOMPARE(again.value().duplicates, qint64(4));
    QCOMPARE(totals(*ws).listCostNano, DailyUserList);
}

void TestLiteLlmFormats::dailyPromptConvention_data()
{
    QTest::addColumn<int>("prompt");
    QTest::addColumn<int>("read");
    QTest::addColumn<int>("creation");
    QTest::addColumn<TokenBuckets>("buckets");
    QTest::addRow("includes read and creation") << 1000 << 600 << 300 << TokenBuckets { 100, 600, 300, 0, 0, 0 };
    QTest::addRow("exactly read and creation") << 900 << 600 << 300 << TokenBuckets { 0, 600, 300, 0, 0, 0 };
    QTest::addRow("excludes them (sum too big)") << 1000 << 600 << 500 << TokenBuckets { 1000, 600, 500, 0, 0, 0 };
    QTest::addRow("no cache") << 700 << 0 << 0 << TokenBuckets { 700, 0, 0, 0, 0, 0 };
}

void TestLiteLlmFormats::dailyPromptConvention()
{
    QFETCH(int, prompt);
    QFETCH(int, read);
    QFETCH(int, creation);
    QFETCH(TokenBuckets, buckets);
    const QByteArray csv = "date,tag,model,prompt_tokens,completion_tokens,cache_read_input_tokens,"
                           "cache_creation_input_tokens,spend,api_requests\n2025-10-01,prod,claude-haiku-4-5,"
        + QByteArray::number(prompt) + ",0," + QByteArray::number(read) + ',' + QByteArray::number(creation)
        + ",0.01,1\n";
    const Parsed p = parse(Ingest::liteLlmDailyFormat(), csv, QStringLiteral("d.csv"));
    QVERIFY(p.result.ok());
    QCOMPARE(p.events.size(), 1);
    QCOMPARE(p.events[0].tokens, buckets);
    QCOMPARE(p.events[0].attributes.value(QStringLiteral("tag:prod")), QStringLiteral("1"));
}

void TestLiteLlmFormats::dailyJsonAndTags()
{
    // daily_team.json: gpt-4o-mini 100'000 × 150 + 10'000 × 600 = 15'000'000 + 6'000'000 = 21'000'000, 50 calls;
    //                  a cost-only row: spend 0.5, no requests, no tokens.
    // daily_tag.jsonl: gpt-4o-mini 10'000 × 150 + 1'000 × 600 = 1'500'000 + 600'000 = 2'100'000, 2 calls
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    auto team = import(*ws, fixture(QStringLiteral("daily_team.json")));
    QVERIFY2(team.ok(), qPrintable(team.ok() ? QString() : team.error().toString()));
    QCOMPARE(team.value().format, QStringLiteral("litellm-daily"));
    QCOMPARE(team.value().imported, qint64(2));
    auto tag = import(*ws, fixture(QStringLiteral("daily_tag.jsonl")));
    QVERIFY2(tag.ok(), qPrintable(tag.ok() ? QString() : tag.error().toString()));
    QCOMPARE(tag.value().format, QStringLiteral("litellm-daily"));
    const Analytics::Kpis k = totals(*ws);
    QCOMPARE(k.listCostNano, qint64(21'000'000 + 2'100'000));
    QCOMPARE(k.reportedCostNano, qint64(21'000'000 + 500'000'000 + 2'100'000));
    QCOMPARE(k.calls, qint64(52));
    QCOMPARE(k.events, qint64(3));

    const Parsed p = parseFile(Ingest::liteLlmDailyFormat(), QStringLiteral("daily_team.json"));
    QCOMPARE(p.events.size(), 2);
    QCOMPARE(p.events[0].attributes,
        (Attrs { { QStringLiteral("model_group"), QStringLiteral("mini") },
            { QStringLiteral("team_id"), QStringLiteral("team-search") } }));
    QCOMPARE(p.events[0].timeMs, Oct1 + 2 * Day);
    QCOMPARE(p.events[0].sourceLine, qint64(2));
    const UsageEvent& cost = p.events[1];
    QCOMPARE(cost.calls, qint64(0));
    QCOMPARE(cost.operation, QStringLiteral("cost"));
    QCOMPARE(cost.tokens, TokenBuckets {});
    QVERIFY(cost.model.isEmpty());
    QCOMPARE(cost.reportedCostNano, std::optional<qint64>(500'000'000));
    QCOMPARE(cost.sourceLine, qint64(19));
    const Parsed t = parseFile(Ingest::liteLlmDailyFormat(), QStringLiteral("daily_tag.jsonl"));
    QCOMPARE(t.events.size(), 1);
    QCOMPARE(t.events[0].attributes.value(QStringLiteral("tag:prod")), QStringLiteral("1"));
    QCOMPARE(t.events[0].timeMs, Oct1 + 3 * Day);
}

void TestLiteLlmFormats::badRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message"); // of the first rejected row

    QTest::addRow("spend logs CSV") << QStringLiteral("bad_rows.csv") << QList<qint64> { 3, 4, 5, 6, 7, 8, 9 }
                                    << QStringList { QStringLiteral("prompt_tokens"),
                                           QStringLiteral("metadata.usage_object.prompt_tokens_details.cached_tokens"),
                                           QStringLiteral("startTime"), QStringLiteral("metadata"),
                                           QStringLiteral("status"), QStringLiteral("request_id"), QString() }
                                    << QStringLiteral("whole number");
    QTest::addRow("spend logs JSON array")
        << QStringLiteral("bad_rows.json") << QList<qint64> { 4, 6, 8, 9, 12 }
        << QStringList { QStringLiteral("[1].spend"), QStringLiteral("[2].request_tags"), QStringLiteral("[3]"),
               QStringLiteral("[4].metadata.usage_object.completion_tokens_details.reasoning_tokens"),
               QStringLiteral("[5].prompt_tokens") }
        << QStringLiteral("amount in USD");
    QTest::addRow("spend logs JSON Lines")
        << QStringLiteral("bad_lines.jsonl") << QList<qint64> { 2, 3, 4, 6 }
        << QStringList { QString(), QStringLiteral("completion_tokens"), QString(), QStringLiteral("startTime") }
        << QStringLiteral("JSON");
    QTest::addRow("daily CSV") << QStringLiteral("daily_bad.csv") << QList<qint64> { 3, 4, 5, 6, 7 }
                               << QStringList { QStringLiteral("api_requests"), QStringLiteral("date"),
                                      QStringLiteral("cache_read_input_tokens"), QStringLiteral("spend"), QString() }
                               << QStringLiteral("whole number");
}

void TestLiteLlmFormats::badRows()
{
    QFETCH(QString, file);
    QFETCH(QList<qint64>, lines);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    QVERIFY(import(*ws, fixture(QStringLiteral("spendlogs.csv"))).ok());
    const QByteArray before = workspaceDigest(*ws);
    const qint64 eventsBefore = eventCount(*ws);
    QCOMPARE(eventsBefore, qint64(6));

    const QString path = fixture(file);
    auto r = import(*ws, path);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    const Import::ImportSummary& s = r.value();
    QVERIFY(!s.committed);
    QCOMPARE(s.imported, qint64(0));
    QCOMPARE(s.rejectedCount, qint64(lines.size()));
    QCOMPARE(s.rows, qint64(lines.size() + 1)); // one good row in each file
    for (int i = 0; i < lines.size(); ++i) {
        const Error& e = s.rejected[i];
        QCOMPARE(e.source, path);
        QCOMPARE(e.line, lines[i]);
        QCOMPARE(e.field, fields[i]);
        QVERIFY2(e.toString().startsWith(path + QLatin1Char(':') + QString::number(lines[i]) + QLatin1Char(':')),
            qPrintable(e.toString()));
    }
    QVERIFY2(s.rejected.first().message.contains(message, Qt::CaseInsensitive), qPrintable(s.rejected.first().message));
    QCOMPARE(eventCount(*ws), eventsBefore);
    QCOMPARE(workspaceDigest(*ws), before);
}

void TestLiteLlmFormats::wholeFileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes"); // written to a temporary file; empty with `file` set: that fixture
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString spend = QStringLiteral("litellm-spendlogs"), daily = QStringLiteral("litellm-daily");
    const QString data = QStringLiteral(TESTDATA_DIR "/ingest/");
    QTest::addRow("0 bytes") << QByteArray() << QString() << spend << qint64(1) << QString() << QStringLiteral("empty");
    QTest::addRow("blank lines") << QByteArray("\n \r\n\n") << QString() << daily << qint64(1) << QString()
                                 << QStringLiteral("empty");
    QTest::addRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QString() << spend << qint64(1) << QString()
                              << QStringLiteral("empty");
    QTest::addRow("binary") << QByteArray() << data + QStringLiteral("junk.bin") << spend << qint64(1) << QString()
                            << QStringLiteral("binary");
    QTest::addRow("truncated JSON array")
        << QByteArray() << fixture(QStringLiteral("truncated.json")) << QStringLiteral("auto") << qint64(22)
        << QString() << QStringLiteral("truncated");
    QTest::addRow("header without startTime")
        << QByteArray() << fixture(QStringLiteral("missing_column.csv")) << QStringLiteral("auto") << qint64(1)
        << QStringLiteral("startTime") << QStringLiteral("startTime");
    QTest::addRow("header only") << QByteArray("date,api_requests,spend\n") << QString() << daily << qint64(2)
                                 << QString() << QStringLiteral("no rows");
    QTest::addRow("empty JSON array") << QByteArray("[]\n") << QString() << spend << qint64(1) << QString()
                                      << QStringLiteral("no rows");
    QTest::addRow("JSON of another shape") << QByteArray("{\"object\": \"page\"}") << QString() << spend << qint64(1)
                                           << QString() << QStringLiteral("not a LiteLLM SpendLogs export");
    QTest::addRow("canonical CSV read as spend logs")
        << QByteArray() << data + QStringLiteral("good.csv") << spend << qint64(1) << QStringLiteral("request_id")
        << QStringLiteral("request_id");
    QTest::addRow("canonical JSONL read as spend logs")
        << QByteArray() << data + QStringLiteral("good.jsonl") << spend << qint64(1) << QStringLiteral("request_id")
        << QStringLiteral("not a LiteLLM SpendLogs export");
    QTest::addRow("spend logs read as daily") << QByteArray() << fixture(QStringLiteral("spendlogs.csv")) << daily
                                              << qint64(1) << QStringLiteral("date") << QStringLiteral("date");
}

void TestLiteLlmFormats::wholeFileErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(qint64, line);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    QVERIFY(import(*ws, fixture(QStringLiteral("daily_user.csv"))).ok());
    const QByteArray before = workspaceDigest(*ws);
    const QString path = file.isEmpty() ? writeFile(dir, QStringLiteral("in.csv"), bytes) : file;
    QVERIFY(!path.isEmpty());
    auto r = import(*ws, path, format);
    if (r.ok()) { // rows rejected instead of the file: still nothing imported, but this case expects a file error
        QVERIFY(!r.value().committed);
        QVERIFY2(false, qPrintable(r.value().rejected.value(0).toString()));
    }
    const Error& e = r.error();
    QCOMPARE(e.source, path);
    QCOMPARE(e.line, line);
    QCOMPARE(e.field, field);
    QVERIFY2(e.message.contains(message, Qt::CaseInsensitive), qPrintable(e.message));
    QCOMPARE(workspaceDigest(*ws), before);
    QCOMPARE(eventCount(*ws), qint64(4));
}

void TestLiteLlmFormats::bomAndCrlf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("list");
    QTest::addRow("spend logs CSV") << QStringLiteral("spendlogs.csv") << SpendLogsList;
    QTest::addRow("spend logs JSON") << QStringLiteral("spendlogs.json") << SpendLogsList;
    QTest::addRow("spend logs JSONL") << QStringLiteral("spendlogs.jsonl") << qint64(1'050'000);
    QTest::addRow("daily CSV") << QStringLiteral("daily_user.csv") << DailyUserList;
}

void TestLiteLlmFormats::bomAndCrlf()
{
    QFETCH(QString, file);
    QFETCH(qint64, list);
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    QByteArray bytes = readAll(fixture(file));
    QVERIFY(!bytes.isEmpty());
    bytes.replace("\n", "\r\n");
    bytes.prepend("\xEF\xBB\xBF");
    const QString path = writeFile(dir, file, bytes);
    auto r = import(*ws, path);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY2(r.value().committed, qPrintable(r.value().rejected.value(0).toString()));
    QCOMPARE(totals(*ws).listCostNano, list);
    // the same rows as the plain file: importing that adds nothing
    auto plain = import(*ws, fixture(file));
    QVERIFY(plain.ok());
    QCOMPARE(plain.value().imported, qint64(0));
}

void TestLiteLlmFormats::detection()
{
    const QMap<QString, QString> mine { { QStringLiteral("spendlogs.csv"), QStringLiteral("litellm-spendlogs") },
        { QStringLiteral("spendlogs.json"), QStringLiteral("litellm-spendlogs") },
        { QStringLiteral("spendlogs.jsonl"), QStringLiteral("litellm-spendlogs") },
        { QStringLiteral("spendlogs_ui.json"), QStringLiteral("litellm-spendlogs") },
        { QStringLiteral("bad_rows.csv"), QStringLiteral("litellm-spendlogs") },
        { QStringLiteral("bad_rows.json"), QStringLiteral("litellm-spendlogs") },
        { QStringLiteral("daily_user.csv"), QStringLiteral("litellm-daily") },
        { QStringLiteral("daily_team.json"), QStringLiteral("litellm-daily") },
        { QStringLiteral("daily_tag.jsonl"), QStringLiteral("litellm-daily") },
        { QStringLiteral("daily_bad.csv"), QStringLiteral("litellm-daily") } };
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        auto f = Ingest::recognise(readAll(fixture(it.key())).left(Ingest::DetectBytes), it.key());
        QVERIFY2(f.ok(), qPrintable(it.key()));
        QCOMPARE(f.value()->id(), it.value());
    }
    QVERIFY(Ingest::findFormat(u"litellm-spendlogs") == &Ingest::liteLlmSpendLogsFormat());
    QVERIFY(Ingest::findFormat(u"litellm-daily") == &Ingest::liteLlmDailyFormat());

    // nobody else's fixture is taken for a LiteLLM table
    int others = 0;
    QDirIterator files(QStringLiteral(TESTDATA_DIR "/ingest"), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.contains(QLatin1String("/litellm/")))
            continue;
        ++others;
        const QByteArray head = readAll(path).left(Ingest::DetectBytes);
        QVERIFY2(Ingest::liteLlmSpendLogsFormat().detect(head) == 0, qPrintable(path));
        QVERIFY2(Ingest::liteLlmDailyFormat().detect(head) == 0, qPrintable(path));
    }
    QVERIFY(others >= 15); // the canonical fixtures at least
}

INFEROMETER_TEST_GUILESS_MAIN(TestLiteLlmFormats)
#include "tst_litellmformats.moc"
