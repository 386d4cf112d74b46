// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/canonicalparser.h"
#include "tests/support/testmain.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using Ingest::Format;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(TESTDATA_DIR "/ingest/") + QLatin1String(name);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Parses `bytes` as if read from `path`, collecting every event. */
struct Parsed
{
    Result<Ingest::ParseReport> result = Ingest::ParseReport {};
    QList<UsageEvent> events;
    int chunks = 0;
};

Parsed parseBytes(const QByteArray& bytes, Format format, const QString& path = QStringLiteral("/data/in.jsonl"),
    int chunkSize = 4096)
{
    Parsed p;
    QByteArray copy = bytes;
    QBuffer buf(&copy);
    buf.open(QIODevice::ReadOnly);
    PlainTaskContext ctx;
    p.result = Ingest::parseCanonical(
        buf, path, format,
        [&p](QList<UsageEvent>& chunk) -> Result<void> {
            ++p.chunks;
            p.events += chunk;
            return {};
        },
        ctx, chunkSize);
    return p;
}

Parsed parseFile(const QString& path, Format format)
{
    return parseBytes(readAll(path), format, path);
}

// 2026-03-01T00:00:00Z = 1'772'323'200'000 ms (see tst_timeutil)
constexpr qint64 Mar1 = 1'772'323'200'000;
constexpr qint64 Mar2 = Mar1 + 86'400'000;
constexpr qint64 Hour = 3'600'000;

/** The six events of good.jsonl / good.csv, written out by hand. */
QList<UsageEvent> expectedGoodEvents()
{
    QList<UsageEvent> out;
    UsageEvent e1;
    e1.timeMs = Mar1 + 10 * Hour; // 2026-03-01T10:00:00Z
    e1.provider = QStringLiteral("openai"); // "OpenAI", lower-cased
    e1.model = QStringLiteral("gpt-4o-2024-08-06");
    e1.costCenter = QStringLiteral("Engineering");
    e1.team = QStringLiteral("Platform");
    e1.owner = QStringLiteral("Doe, Jane");
    e1.apiKey = QStringLiteral("key_1");
    e1.project = QStringLiteral("copilot");
    e1.taskId = QStringLiteral("T-1");
    e1.attempt = 1;
    e1.callId = QStringLiteral("c1");
    e1.operation = QStringLiteral("chat");
    e1.outcome = Outcome::Rework;
    e1.tokens = { 1000, 0, 0, 0, 500, 0 };
    e1.reportedCostNano = 7'500'000; // "0.0075"
    out << e1;

    UsageEvent e2;
    e2.timeMs = Mar1 + 10 * Hour; // 11:00 at +01:00
    e2.provider = QStringLiteral("anthropic");
    e2.model = QStringLiteral("claude-sonnet-4-5-20250929");
    e2.costCenter = QStringLiteral("Engineering");
    e2.team = QStringLiteral("Platform");
    e2.owner = QStringLiteral("Doe, Jane");
    e2.apiKey = QStringLiteral("key_2");
    e2.project = QStringLiteral("copilot");
    e2.taskId = QStringLiteral("T-1");
    e2.attempt = 2;
    e2.agentId = QStringLiteral("agent-7");
    e2.callId = QStringLiteral("c2");
    e2.parentCallId = QStringLiteral("c1");
    e2.operation = QStringLiteral("chat");
    e2.latencyMs = 1234;
    e2.outcome = Outcome::Accepted;
    e2.tokens = { 2000, 10000, 1000, 0, 300, 0 }; // "300.0" is a whole number
    out << e2;

    UsageEvent e3;
    e3.timeMs = Mar1 + 11 * Hour; // epoch 1'772'362'800 s = 1'772'323'200 + 39'600
    e3.model = QStringLiteral("gpt-4o-mini");
    e3.costCenter = QStringLiteral("Support");
    e3.team = QStringLiteral("Bots");
    e3.calls = 10; // "10.0"
    e3.error = true;
    e3.batch = true;
    e3.tokens = { 50000, 0, 0, 0, 5000, 0 };
    out << e3;

    UsageEvent e4;
    e4.timeMs = Mar2; // bare date
    e4.provider = QStringLiteral("self");
    e4.model = QStringLiteral("my-finetune");
    e4.tokens = { 100, 0, 0, 0, 10, 0 };
    e4.reportedCostNano = 895'874'000; // 0.8958740000000000
    out << e4;

    UsageEvent e5;
    e5.timeMs = Mar2 + 8 * Hour + 30 * 60'000 + 250; // 2026-03-02T08:30:00.250Z
    e5.provider = QStringLiteral("openai");
    e5.model = QStringLiteral("o3");
    e5.costCenter = QStringLiteral("Research");
    e5.team = QStringLiteral("R&D, Agents");
    e5.taskId = QStringLiteral("T-2");
    e5.operation = QStringLiteral("plan\nexecute");
    e5.latencyMs = 45000;
    e5.outcome = Outcome::Rejected;
    e5.tokens = { 1000, 0, 0, 0, 200, 800 };
    out << e5;

    UsageEvent e6;
    e6.timeMs = Mar2 + 9 * Hour;
    e6.provider = QStringLiteral("google");
    e6.model = QStringLiteral("gemini-2.5-flash");
    e6.costCenter = QStringLiteral("Sales");
    e6.apiKey = QStringLiteral("key \"quoted\"");
    e6.operation = QStringLiteral("generate_content");
    e6.tokens = { 1000, 4000, 0, 0, 100, 0 };
    out << e6;
    return out;
}

void compareEvents(
    const QList<UsageEvent>& got, const QList<UsageEvent>& want, const QList<qint64>& lines, const QString& source)
{
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < want.size(); ++i) {
        const UsageEvent& g = got[i];
        const UsageEvent& w = want[i];
        QCOMPARE(g.timeMs, w.timeMs);
        QCOMPARE(g.provider, w.provider);
        QCOMPARE(g.model, w.model);
        QCOMPARE(g.costCenter, w.costCenter);
        QCOMPARE(g.team, w.team);
        QCOMPARE(g.owner, w.owner);
        QCOMPARE(g.apiKey, w.apiKey);
        QCOMPARE(g.project, w.project);
        QCOMPARE(g.taskId, w.taskId);
        QCOMPARE(g.attempt, w.attempt);
        QCOMPARE(g.agentId, w.agentId);
        QCOMPARE(g.callId, w.callId);
        QCOMPARE(g.parentCallId, w.parentCallId);
        QCOMPARE(g.operation, w.operation);
        QCOMPARE(g.calls, w.calls);
        QCOMPARE(g.latencyMs, w.latencyMs);
        QCOMPARE(g.error, w.error);
        QCOMPARE(g.outcome, w.outcome);
        QCOMPARE(g.batch, w.batch);
        QVERIFY(g.tokens == w.tokens);
        QCOMPARE(g.reportedCostNano, w.reportedCostNano);
        QCOMPARE(g.listCostNano, std::optional<qint64>()); // list_cost_usd in a file is ignored; pricing is ours
        QCOMPARE(g.source, source);
        QCOMPARE(g.sourceLine, lines[i]);
        QCOMPARE(g.eventKey(), w.eventKey());
    }
}

/** A byte literal that may hold NUL bytes. */
template <size_t N>
QByteArray bytesOf(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}

QByteArray withBomAndCrlf(QByteArray bytes)
{
    bytes.replace("\n", "\r\n");
    return "\xEF\xBB\xBF" + bytes;
}

} // namespace

class TestCanonicalParser : public QObject
{
    Q_OBJECT

private slots:
    void goodJsonl();
    void goodCsv();
    void bomAndCrlf_data();
    void bomAndCrlf();
    void autoDetect_data();
    void autoDetect();
    void acceptedValues_data();
    void acceptedValues();
    void badJsonlRows_data();
    void badJsonlRows();
    void badCsv_data();
    void badCsv();
    void fileErrors_data();
    void fileErrors();
    void everyRejectedRowIsListed();
    void chunksAndSinkErrors();
    void cancel();
};

void TestCanonicalParser::goodJsonl()
{
    const QString path = fixture("good.jsonl");
    const Parsed p = parseFile(path, Format::Jsonl);
    QVERIFY2(p.result.ok(), qPrintable(p.result.ok() ? QString() : p.result.error().toString()));
    QCOMPARE(p.result.value().rows, qint64(6));
    QCOMPARE(p.result.value().accepted, qint64(6));
    QCOMPARE(p.result.value().rejectedCount, qint64(0));
    QVERIFY(p.result.value().rejected.isEmpty());
    compareEvents(p.events, expectedGoodEvents(), { 1, 2, 3, 4, 5, 6 }, QStringLiteral("good.jsonl"));
}

void TestCanonicalParser::goodCsv()
{
    const QString path = fixture("good.csv");
    const Parsed p = parseFile(path, Format::Csv);
    QVERIFY2(p.result.ok(), qPrintable(p.result.ok() ? QString() : p.result.error().toString()));
    QCOMPARE(p.result.value().rows, qint64(6));
    QCOMPARE(p.result.value().accepted, qint64(6));
    QCOMPARE(p.result.value().rejectedCount, qint64(0));
    // physical lines: header 1; rows 2, 3, 4, 5; row 5 spans lines 6-7 ("plan\nexecute"); row 6 starts on line 8
    compareEvents(p.events, expectedGoodEvents(), { 2, 3, 4, 5, 6, 8 }, QStringLiteral("good.csv"));
}

void TestCanonicalParser::bomAndCrlf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addRow("jsonl") << QStringLiteral("good.jsonl") << int(Format::Jsonl) << QList<qint64> { 1, 2, 3, 4, 5, 6 };
    QTest::addRow("jsonl, detected") << QStringLiteral("good.jsonl") << int(Format::Auto)
                                     << QList<qint64> { 1, 2, 3, 4, 5, 6 };
    QTest::addRow("csv") << QStringLiteral("good.csv") << int(Format::Csv) << QList<qint64> { 2, 3, 4, 5, 6, 8 };
    QTest::addRow("csv, detected") << QStringLiteral("good.csv") << int(Format::Auto)
                                   << QList<qint64> { 2, 3, 4, 5, 6, 8 };
}

void TestCanonicalParser::bomAndCrlf()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(QList<qint64>, lines);
    // The same content with a UTF-8 BOM and Windows line endings (also inside the quoted CSV field) parses to the
    // same events: "plan\r\nexecute" in a quoted field becomes "plan\nexecute".
    const QByteArray bytes = withBomAndCrlf(readAll(QStringLiteral(TESTDATA_DIR "/ingest/") + file));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const Parsed p = parseBytes(bytes, Format(format), QStringLiteral("/x/windows-") + file);
    QVERIFY2(p.result.ok(), qPrintable(p.result.ok() ? QString() : p.result.error().toString()));
    QCOMPARE(p.result.value().rejectedCount, qint64(0));
    compareEvents(p.events, expectedGoodEvents(), lines, QStringLiteral("windows-") + file);
}

void TestCanonicalParser::autoDetect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("format");
    QTest::addRow("json object") << QByteArray("{\"time\":1}\n") << int(Format::Jsonl);
    QTest::addRow("json after BOM and blanks") << QByteArray("\xEF\xBB\xBF\n  {\"time\":1}") << int(Format::Jsonl);
    QTest::addRow("csv header") << QByteArray("time,model,output_tokens\n1,a,2\n") << int(Format::Csv);
    QTest::addRow("csv header, quoted, upper case") << QByteArray("\"Time\",\"MODEL\"\r\n") << int(Format::Csv);
    QTest::addRow("csv with one known column") << QByteArray("time,foo,bar\n") << int(Format::Auto);
    QTest::addRow("prose") << QByteArray("Dear team, here are the numbers") << int(Format::Auto);
    QTest::addRow("json array") << QByteArray("[{\"time\":1}]") << int(Format::Auto);
    QTest::addRow("empty") << QByteArray() << int(Format::Auto);
}

void TestCanonicalParser::autoDetect()
{
    QFETCH(QByteArray, head);
    QFETCH(int, format);
    QCOMPARE(int(Ingest::detectFormat(head)), format);
}

void TestCanonicalParser::acceptedValues_data()
{
    // one JSONL line each; what the event must hold
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("what");
    QTest::addColumn<qint64>("expected");
    const QByteArray base = R"("time":"2026-03-01T00:00:00Z","model":"gpt-4o",)";
    auto row = [&](const char* name, const char* fields, const char* what, qint64 expected) {
        QTest::addRow("%s", name) << ("{" + base + fields + "}") << QString::fromLatin1(what) << expected;
    };
    row("calls as text 10.0", R"("calls":"10.0")", "calls", 10);
    row("calls as float 10.0", R"("calls":10.0)", "calls", 10);
    row("tokens 1e3", R"("output_tokens":"1e3")", "output", 1000);
    row("tokens with blanks", R"("output_tokens":" 42 ")", "output", 42);
    row("empty token text", R"("output_tokens":"")", "output", 0);
    row("null tokens", R"("output_tokens":null)", "output", 0);
    row("batch true", R"("batch":true)", "batch", 1);
    row("batch TRUE", R"("batch":"TRUE")", "batch", 1);
    row("batch 1", R"("batch":1)", "batch", 1);
    row("batch yes", R"("batch":"yes")", "batch", 1);
    row("batch false", R"("batch":false)", "batch", 0);
    row("batch 0", R"("batch":"0")", "batch", 0);
    row("batch empty", R"("batch":"")", "batch", 0);
    row("status ERROR", R"("status":"ERROR")", "error", 1);
    row("status empty", R"("status":"")", "error", 0);
    row("numeric call id", R"("call_id":12345)", "callId", 12345);
    // 2026-03-01T10:00:00Z = 1'772'359'200'000 ms
    row("epoch ms number", R"("time":1772359200000)", "time", 1'772'359'200'000);
    row("epoch s as float", R"("time":1772359200.0)", "time", 1'772'359'200'000);
    row("reported cost 1e-7", R"("reported_cost_usd":1e-07)", "reported", 100);
    row("reported cost zero", R"("reported_cost_usd":"0")", "reported", 0);
    row("attempt 3", R"("attempt":3)", "attempt", 3);
}

void TestCanonicalParser::acceptedValues()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, what);
    QFETCH(qint64, expected);
    const Parsed p = parseBytes(line + '\n', Format::Jsonl);
    QVERIFY(p.result.ok());
    QVERIFY2(p.result.value().rejected.isEmpty(),
        qPrintable(p.result.value().rejected.isEmpty() ? QString() : p.result.value().rejected.first().toString()));
    QCOMPARE(p.events.size(), 1);
    const UsageEvent& e = p.events.first();
    if (what == QLatin1String("calls"))
        QCOMPARE(e.calls, expected);
    else if (what == QLatin1String("output"))
        QCOMPARE(e.tokens.output, expected);
    else if (what == QLatin1String("batch"))
        QCOMPARE(qint64(e.batch), expected);
    else if (what == QLatin1String("error"))
        QCOMPARE(qint64(e.error), expected);
    else if (what == QLatin1String("callId"))
        QCOMPARE(e.callId, QString::number(expected));
    else if (what == QLatin1String("time"))
        QCOMPARE(e.timeMs, expected);
    else if (what == QLatin1String("reported"))
        QCOMPARE(e.reportedCostNano, std::optional<qint64>(expected));
    else if (what == QLatin1String("attempt"))
        QCOMPARE(qint64(e.attempt), expected);
    else
        QFAIL("unknown check");
}

void TestCanonicalParser::badJsonlRows_data()
{
    // line 1 is good; line 2 is bad in one field
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("field");
    const QByteArray t = R"("time":"2026-03-01T00:00:00Z",)";
    const QByteArray m = R"("model":"gpt-4o",)";
    auto row = [](const char* name, const QByteArray& json, const char* field) {
        QTest::addRow("%s", name) << json << QString::fromLatin1(field);
    };
    row("output_tokens lots", "{" + t + m + R"("output_tokens":"lots"})", "output_tokens");
    row("output_tokens negative", "{" + t + m + R"("output_tokens":-1})", "output_tokens");
    row("output_tokens fractional", "{" + t + m + R"("output_tokens":10.5})", "output_tokens");
    row("output_tokens slightly fractional", "{" + t + m + R"("output_tokens":"10.0004"})", "output_tokens");
    row("output_tokens boolean", "{" + t + m + R"("output_tokens":true})", "output_tokens");
    row("output_tokens array", "{" + t + m + R"("output_tokens":[1]})", "output_tokens");
    row("uncached_input_tokens overflow", "{" + t + m + R"("uncached_input_tokens":1e20})", "uncached_input_tokens");
    row("cache_write_1h_tokens text", "{" + t + m + R"("cache_write_1h_tokens":"x"})", "cache_write_1h_tokens");
    row("reasoning_tokens negative", "{" + t + m + R"("reasoning_tokens":"-3"})", "reasoning_tokens");
    row("calls zero", "{" + t + m + R"("calls":0})", "calls");
    // beyond what one event can hold: 1.5e16 output tokens once stored a negative list cost, INT64_MAX calls broke
    // every report
    row("output_tokens beyond 1e12", "{" + t + m + R"("output_tokens":15000000000000000})", "output_tokens");
    row("cache_read_tokens beyond 1e12", "{" + t + m + R"("cache_read_tokens":1000000000001})", "cache_read_tokens");
    row("calls INT64_MAX", "{" + t + m + R"("calls":9223372036854775807})", "calls");
    row("reported cost beyond $1e9", "{" + t + m + R"("reported_cost_usd":2000000000})", "reported_cost_usd");
    row("attempt zero", "{" + t + m + R"("attempt":0})", "attempt");
    row("attempt text", "{" + t + m + R"("attempt":"second"})", "attempt");
    row("latency negative", "{" + t + m + R"("latency_ms":-5})", "latency_ms");
    row("time junk", "{" + m + R"("time":"soon"})", "time");
    row("time missing", "{" + m + R"("output_tokens":1})", "time");
    row("time null", "{" + m + R"("time":null})", "time");
    row("time boolean", "{" + m + R"("time":true})", "time");
    row("time empty", "{" + m + R"("time":" "})", "time");
    row("model missing", "{" + t + R"("provider":"openai"})", "model");
    row("model empty", "{" + t + R"("model":""})", "model");
    row("model object", "{" + t + R"("model":{"id":"gpt-4o"}})", "model");
    row("status unknown word", "{" + t + m + R"("status":"failed"})", "status");
    row("outcome unknown word", "{" + t + m + R"("outcome":"great"})", "outcome");
    row("batch maybe", "{" + t + m + R"("batch":"maybe"})", "batch");
    row("batch object", "{" + t + m + R"("batch":{}})", "batch");
    row("reported cost with $", "{" + t + m + R"("reported_cost_usd":"$5"})", "reported_cost_usd");
    row("reported cost boolean", "{" + t + m + R"("reported_cost_usd":true})", "reported_cost_usd");
    row("cost_center boolean", "{" + t + m + R"("cost_center":true})", "cost_center");
    row("task_id array", "{" + t + m + R"("task_id":["a"]})", "task_id");
    row("not an object", "[1, 2]", "");
    row("not JSON", "time=2026-03-01 model=gpt-4o", "");
    row("two objects on a line", "{" + t + m + R"("output_tokens":1}{"time":1})", "");
}

void TestCanonicalParser::badJsonlRows()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, field);
    const QByteArray good = R"({"time":"2026-03-01T00:00:00Z","model":"gpt-4o","output_tokens":1})";
    const QString path = QStringLiteral("/data/usage.jsonl");
    const Parsed p = parseBytes(good + "\n" + bad + "\n" + good + "\n", Format::Jsonl, path);
    QVERIFY(p.result.ok());
    const Ingest::ParseReport& r = p.result.value();
    QCOMPARE(r.rows, qint64(3));
    QCOMPARE(r.accepted, qint64(2));
    QCOMPARE(r.rejectedCount, qint64(1));
    QCOMPARE(r.rejected.size(), 1);
    const Error& e = r.rejected.first();
    QCOMPARE(e.source, path);
    QCOMPARE(e.line, qint64(2));
    QCOMPARE(e.field, field);
    QVERIFY(!e.message.isEmpty());
    QVERIFY2(e.toString().startsWith(path + QStringLiteral(":2: ")), qPrintable(e.toString()));
    if (!field.isEmpty())
        QVERIFY2(e.toString().contains(field), qPrintable(e.toString()));
    QCOMPARE(p.events.size(), 2);
}

void TestCanonicalParser::badCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("accepted");
    const QByteArray header = "time,model,output_tokens,batch\n";
    QTest::addRow("extra field") << header
            + "2026-03-01,gpt-4o,1,\n2026-03-01,gpt-4o,2,,surplus\n2026-03-01,gpt-4o,3,\n"
                                 << qint64(3) << QString() << qint64(2);
    QTest::addRow("missing field") << header + "2026-03-01,gpt-4o,1,\n2026-03-01,gpt-4o\n"
                                   << qint64(3) << QString() << qint64(1);
    // an unclosed quote swallows the rest of the file
    QTest::addRow("unclosed quote") << header + "2026-03-01,gpt-4o,1,\n2026-03-01,\"gpt-4o,2,\n2026-03-01,gpt-4o,3,\n"
                                    << qint64(3) << QString() << qint64(1);
    QTest::addRow("bad token count") << header + "2026-03-01,gpt-4o,many,\n"
                                     << qint64(2) << QStringLiteral("output_tokens") << qint64(0);
    QTest::addRow("bad batch") << header + "2026-03-01,gpt-4o,1,sometimes\n"
                               << qint64(2) << QStringLiteral("batch") << qint64(0);
    QTest::addRow("empty model") << header + "2026-03-01,,1,\n" << qint64(2) << QStringLiteral("model") << qint64(0);
    QTest::addRow("bad time after quoted newline")
        << QByteArray("time,model,operation\n2026-03-01,gpt-4o,\"a\nb\"\nlater,gpt-4o,x\n") << qint64(4)
        << QStringLiteral("time") << qint64(1);
    QTest::addRow("not UTF-8") << header + "2026-03-01,gpt-4o,1,\n2026-03-01,caf\xe9,1,\n"
                               << qint64(3) << QString() << qint64(1);
    QTest::addRow("NUL byte") << header + bytesOf("2026-03-01,gpt-4o,1,\n2026-03-01,gpt\0-4o,1,\n") << qint64(3)
                              << QString() << qint64(1);
}

void TestCanonicalParser::badCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(qint64, line);
    QFETCH(QString, field);
    QFETCH(qint64, accepted);
    const QString path = QStringLiteral("/data/usage.csv");
    const Parsed p = parseBytes(csv, Format::Csv, path);
    QVERIFY(p.result.ok());
    const Ingest::ParseReport& r = p.result.value();
    QCOMPARE(r.rejectedCount, qint64(1));
    QCOMPARE(r.accepted, accepted);
    QCOMPARE(r.rejected.first().source, path);
    QCOMPARE(r.rejected.first().line, line);
    QCOMPARE(r.rejected.first().field, field);
    QVERIFY(!r.rejected.first().message.isEmpty());
}

void TestCanonicalParser::fileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("field");
    QTest::addRow("empty, auto") << QByteArray() << int(Format::Auto) << qint64(1) << QString();
    QTest::addRow("empty jsonl") << QByteArray() << int(Format::Jsonl) << qint64(1) << QString();
    QTest::addRow("blank lines jsonl") << QByteArray("\n  \n\r\n") << int(Format::Jsonl) << qint64(1) << QString();
    QTest::addRow("empty csv") << QByteArray() << int(Format::Csv) << qint64(1) << QString();
    QTest::addRow("header only csv") << QByteArray("time,model\n") << int(Format::Csv) << qint64(2) << QString();
    QTest::addRow("csv without model column")
        << QByteArray("time,provider\n2026-03-01,openai\n") << int(Format::Csv) << qint64(1) << QStringLiteral("model");
    QTest::addRow("csv without time column")
        << QByteArray("model,provider\ngpt-4o,openai\n") << int(Format::Csv) << qint64(1) << QStringLiteral("time");
    QTest::addRow("unrecognised format") << QByteArray("\x7f"
                                                       "ELF\x02\x01\x01\x00\x00\x00",
        10) << int(Format::Auto) << qint64(1)
                                         << QString();
}

void TestCanonicalParser::fileErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(qint64, line);
    QFETCH(QString, field);
    const QString path = QStringLiteral("/data/usage.file");
    const Parsed p = parseBytes(bytes, Format(format), path);
    QVERIFY(!p.result.ok());
    QCOMPARE(p.result.error().source, path);
    QCOMPARE(p.result.error().line, line);
    QCOMPARE(p.result.error().field, field);
    QVERIFY(!p.result.error().message.isEmpty());
    QVERIFY(p.events.isEmpty());
}

void TestCanonicalParser::everyRejectedRowIsListed()
{
    // several_bad_rows.jsonl: line 2 cache_read_tokens -5, line 4 outcome "great", line 5 blank, line 6 attempt 1.5
    const QString path = fixture("several_bad_rows.jsonl");
    const Parsed p = parseFile(path, Format::Auto);
    QVERIFY(p.result.ok());
    const Ingest::ParseReport& r = p.result.value();
    QCOMPARE(r.rows, qint64(5));
    QCOMPARE(r.accepted, qint64(2));
    QCOMPARE(r.rejectedCount, qint64(3));
    QCOMPARE(r.rejected.size(), 3);
    QCOMPARE(r.rejected[0].line, qint64(2));
    QCOMPARE(r.rejected[0].field, QStringLiteral("cache_read_tokens"));
    QCOMPARE(r.rejected[1].line, qint64(4));
    QCOMPARE(r.rejected[1].field, QStringLiteral("outcome"));
    QCOMPARE(r.rejected[2].line, qint64(6));
    QCOMPARE(r.rejected[2].field, QStringLiteral("attempt"));
    for (const Error& e : r.rejected)
        QCOMPARE(e.source, path);

    // more bad rows than are listed: all are counted, the first MaxReported listed
    QByteArray many;
    for (int i = 0; i < Ingest::ParseReport::MaxReported + 5; ++i)
        many += "{\"model\":\"gpt-4o\"}\n";
    const Parsed q = parseBytes(many, Format::Jsonl);
    QVERIFY(q.result.ok());
    QCOMPARE(q.result.value().rejectedCount, qint64(Ingest::ParseReport::MaxReported + 5));
    QCOMPARE(q.result.value().rejected.size(), Ingest::ParseReport::MaxReported);
    QCOMPARE(q.result.value().rejected.last().line, qint64(Ingest::ParseReport::MaxReported));
}

void TestCanonicalParser::chunksAndSinkErrors()
{
    // 6 events in chunks of 2 → 3 calls
    const Parsed p = parseBytes(readAll(fixture("good.jsonl")), Format::Jsonl, QStringLiteral("good.jsonl"), 2);
    QVERIFY(p.result.ok());
    QCOMPARE(p.chunks, 3);
    QCOMPARE(p.events.size(), 6);

    // the sink's error stops the parse and is returned
    QByteArray bytes = readAll(fixture("good.jsonl"));
    QBuffer buf(&bytes);
    buf.open(QIODevice::ReadOnly);
    PlainTaskContext ctx;
    int calls = 0;
    auto r = Ingest::parseCanonical(
        buf, QStringLiteral("good.jsonl"), Format::Jsonl,
        [&calls](QList<UsageEvent>&) -> Result<void> {
            if (++calls == 2)
                return Error { Error::Code::Io, QStringLiteral("disk full"), QStringLiteral("workspace") };
            return {};
        },
        ctx, 2);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("disk full"));
    QCOMPARE(calls, 2);
}

void TestCanonicalParser::cancel()
{
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i)
        bytes += "{\"time\":\"2026-03-01\",\"model\":\"gpt-4o\",\"output_tokens\":" + QByteArray::number(i) + "}\n";
    QBuffer buf(&bytes);
    buf.open(QIODevice::ReadOnly);
    PlainTaskContext ctx;
    ctx.cancel();
    auto r = Ingest::parseCanonical(
        buf, QStringLiteral("big.jsonl"), Format::Jsonl, [](QList<UsageEvent>&) -> Result<void> { return {}; }, ctx);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Canceled);
}

INFEROMETER_TEST_GUILESS_MAIN(TestCanonicalParser)
#include "tst_canonicalparser.moc"
