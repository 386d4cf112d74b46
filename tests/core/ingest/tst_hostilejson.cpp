// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Hostile JSON against every JSON reader: nesting past JsonDepth::Max is refused at its line before it is parsed, and
// the line-position scanners stay linear in their input (they used to copy the whole path at every level).
#include "core/common/jsondepth.h"
#include "core/ingest/usageformat.h"
#include "core/pricing/pricecatalog.h"
#include "core/tokenize/tokenizer.h"
#include "tests/support/testmain.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#ifdef __SANITIZE_ADDRESS__
// The asan preset: peakRssMiB() would count ASan's quarantine, which keeps every freed block resident (up to 256 MB),
// so a transient copy that a normal allocator reuses looks like growth (80 MiB for 2.4 MiB of "openai wide").
extern "C" const char* __asan_default_options()
{
    return "quarantine_size_mb=0:thread_local_quarantine_size_kb=0";
}
#endif

namespace {

struct Parsed
{
    Result<Ingest::ParseReport> result = Ingest::ParseReport {};
    qsizetype events = 0;
};

Parsed parseWith(const QString& id, QByteArray bytes)
{
    Parsed p;
    const Ingest::UsageFormat* format = Ingest::findFormat(id);
    if (!format) {
        p.result = Error { Error::Code::Parse, QStringLiteral("no format ") + id, {} };
        return p;
    }
    QBuffer buf(&bytes);
    buf.open(QIODevice::ReadOnly);
    PlainTaskContext ctx;
    Ingest::Sinks sinks;
    sinks.events = [&p](QList<UsageEvent>& chunk) -> Result<void> {
        p.events += chunk.size();
        return {};
    };
    p.result = format->parse(buf, QStringLiteral("/in/hostile.json"), sinks, ctx);
    return p;
}

/** Peak resident memory of this process so far, in MiB. */
double peakRssMiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

} // namespace

class TestHostileJson : public QObject
{
    Q_OBJECT

private slots:
    // first: the peak-memory measurement needs a process that has not yet held much
    void longKeysAndDeepDocumentsStayLinear_data();
    void longKeysAndDeepDocumentsStayLinear();
    void depthScan();
    void tooDeepDocumentIsRefusedAtItsLine_data();
    void tooDeepDocumentIsRefusedAtItsLine();
    void tooDeepJsonLineIsRejectedAlone_data();
    void tooDeepJsonLineIsRejectedAlone();
    void tooDeepPriceFilesAndTokenizerAreRefused();
};

void TestHostileJson::longKeysAndDeepDocumentsStayLinear_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    // a 2 MB key over an array of 200,000 elements: the old OpenAI scanner stored each element's whole path
    // (200,000 × 2 MB); a 2 MB key over 500 levels: every scanner copied the path at each level (500 × 2 MB)
    const QByteArray key(2 << 20, 'k');
    QByteArray wide = "{\"" + key + "\":[";
    for (int i = 0; i < 200'000; ++i)
        wide += i ? ",1" : "1";
    wide += "]}";
    const QByteArray deep = "{\"data\":[{\"" + key + "\":" + QByteArray(500, '[') + QByteArray(500, ']') + "}]}";
    const QByteArray deepArray = "[{\"" + key + "\":" + QByteArray(500, '[') + QByteArray(500, ']') + "}]";
    QTest::newRow("openai wide") << "openai-usage" << wide << "\"data\" array";
    QTest::newRow("openai deep") << "openai-usage" << deep << "data[0].start_time";
    QTest::newRow("anthropic wide") << "anthropic-usage" << wide << "no \"data\" array";
    QTest::newRow("anthropic deep") << "anthropic-usage" << deep << "data[0].starting_at";
    QTest::newRow("langfuse deep") << "langfuse-json" << deepArray << "";
}

void TestHostileJson::longKeysAndDeepDocumentsStayLinear()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const double before = peakRssMiB();
    const Parsed p = parseWith(format, text);
    const double grown = peakRssMiB() - before;
    // the text, its copy and nlohmann's tree of it: a small multiple of the input, never a multiple of input × depth
    const double inputMiB = double(text.size()) / (1 << 20);
    QVERIFY2(grown < 16 * inputMiB + 32,
        qPrintable(QStringLiteral("peak memory grew %1 MiB for %2 MiB of input").arg(grown).arg(inputMiB)));
    QCOMPARE(p.events, 0);
    const QString message = p.result.ok()
        ? (p.result.value().rejected.isEmpty() ? QString() : p.result.value().rejected.first().toString())
        : p.result.error().toString();
    if (!error.isEmpty())
        QVERIFY2(message.contains(error), qPrintable(message));
}

void TestHostileJson::depthScan()
{
    QVERIFY(!JsonDepth::find(nullptr, nullptr));
    const QByteArray ok = QByteArray(512, '[') + QByteArray(512, ']');
    QVERIFY(!JsonDepth::find(ok.begin(), ok.end()));
    // brackets inside strings (escaped quotes included) do not count
    const QByteArray inString = "[\"\\\"" + QByteArray(600, '[') + "\"]";
    QVERIFY(!JsonDepth::find(inString.begin(), inString.end()));
    const QByteArray deep = "{\"a\":\n[\n" + QByteArray(510, '{') + "\n[";
    const auto f = JsonDepth::find(deep.begin(), deep.end());
    QVERIFY(f);
    QCOMPARE(f->line, 4);
    QCOMPARE(f->offset, deep.size() - 1);
    // closing brackets bring the depth back down
    const QByteArray sideBySide = QByteArray(QByteArray(300, '[') + QByteArray(300, ']')).repeated(3);
    QVERIFY(!JsonDepth::find(sideBySide.begin(), sideBySide.end()));
}

void TestHostileJson::tooDeepDocumentIsRefusedAtItsLine_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("line");
    // 100,000 levels in 200 KB: the scanners' memory grew with the square of the depth (std::bad_alloc)
    const QByteArray bomb = QByteArray(100'000, '[') + QByteArray(100'000, ']');
    const QByteArray page = "{\"object\": \"page\",\n \"data\": [\n  " + bomb + "\n]}\n";
    QTest::newRow("openai-usage") << "openai-usage" << page << qint64(3);
    QTest::newRow("openai-costs") << "openai-costs" << page << qint64(3);
    QTest::newRow("anthropic-usage") << "anthropic-usage" << page << qint64(3);
    QTest::newRow("anthropic-cost") << "anthropic-cost" << page << qint64(3);
    QTest::newRow("langfuse-json") << "langfuse-json" << QByteArray("[\n" + bomb + "]") << qint64(2);
    QTest::newRow("litellm-spendlogs") << "litellm-spendlogs" << QByteArray("[\n\n" + bomb + "]") << qint64(3);
    QTest::newRow("litellm-daily") << "litellm-daily" << page << qint64(3);
}

void TestHostileJson::tooDeepDocumentIsRefusedAtItsLine()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, text);
    QFETCH(qint64, line);
    const Parsed p = parseWith(format, text);
    QVERIFY2(!p.result.ok(), "a document nested 100,000 deep was read");
    const Error& e = p.result.error();
    QCOMPARE(e.source, QStringLiteral("/in/hostile.json"));
    QCOMPARE(e.line, line);
    QCOMPARE(e.message,
        QStringLiteral("The JSON nests more than 512 levels deep here; no usage export does, so it is not read."));
}

void TestHostileJson::tooDeepJsonLineIsRejectedAlone_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("good");
    QTest::addColumn<qsizetype>("events"); // from the two good lines around the refused one
    const QByteArray canonical = R"({"time":"2026-03-01T10:00:00Z","provider":"openai","model":"gpt-4o",)"
                                 R"("input_tokens":100,"output_tokens":20,"request_id":"r1"})";
    const QByteArray openai = R"({"object":"page","data":[{"object":"bucket","start_time":1740787200,)"
                              R"("end_time":1740873600,"results":[{"object":"organization.usage.completions.result",)"
                              R"("input_tokens":100,"output_tokens":20,"num_model_requests":1,"model":"gpt-4o"}]}]})";
    const QByteArray anthropic
        = R"({"data":[{"starting_at":"2026-03-01T00:00:00Z","ending_at":"2026-03-02T00:00:00Z",)"
          R"("results":[{"uncached_input_tokens":100,"output_tokens":20,"model":"claude-sonnet-4-5"}]}]})";
    QTest::newRow("jsonl") << "jsonl" << canonical << qsizetype(2);
    QTest::newRow("openai-usage") << "openai-usage" << openai << qsizetype(2);
    // the Anthropic reader sums rows of one event key into one event (anthropicformats.h)
    QTest::newRow("anthropic-usage") << "anthropic-usage" << anthropic << qsizetype(1);
}

void TestHostileJson::tooDeepJsonLineIsRejectedAlone()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, good);
    QFETCH(qsizetype, events);
    // the good line, a line 100,000 deep, the good line again (a second page of the same data merges or repeats)
    const QByteArray text = good + "\n" + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "\n" + good + "\n";
    const Parsed p = parseWith(format, text);
    QVERIFY2(p.result.ok(), qPrintable(p.result.ok() ? QString() : p.result.error().toString()));
    QCOMPARE(p.result.value().rejected.size(), 1);
    const auto& r = p.result.value().rejected.first();
    QCOMPARE(r.line, 2);
    QCOMPARE(r.message,
        QStringLiteral("This line nests more than 512 levels deep; no usage export does, so it is not read."));
    QCOMPARE(p.events, events);
}

void TestHostileJson::tooDeepPriceFilesAndTokenizerAreRefused()
{
    const QByteArray bomb = "{\n\"models\": [\n" + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "]}";
    const QString priceMessage
        = QStringLiteral("The JSON nests more than 512 levels deep here; no price file does, so it is not read.");
    auto catalog = Pricing::parseCatalogJson(bomb, QStringLiteral("/in/catalog.json"));
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error().line, 3);
    QCOMPARE(catalog.error().message, priceMessage);
    auto litellm = Pricing::parseLiteLlmJson(bomb, QStringLiteral("/in/litellm.json"), 0);
    QVERIFY(!litellm.ok());
    QCOMPARE(litellm.error().source, QStringLiteral("/in/litellm.json"));
    QCOMPARE(litellm.error().line, 3);
    QCOMPARE(litellm.error().message, priceMessage);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokenizer.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bomb);
    f.close();
    auto tok = Tokenize::loadHuggingFaceTokenizer(path);
    QVERIFY(!tok.ok());
    QCOMPARE(tok.error().source, path);
    QCOMPARE(tok.error().line, 3);
    QCOMPARE(tok.error().message,
        QStringLiteral("the JSON nests more than 512 levels deep here; no tokenizer does, so it is not read"));
}

INFEROMETER_TEST_GUILESS_MAIN(TestHostileJson)
#include "tst_hostilejson.moc"
