// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/tokenizer.h"
#include "tests/support/testmain.h"
#include "textgenerator.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <random>

using namespace Tokenize;

namespace {

QByteArray escaped(const std::string& s)
{
    QByteArray out;
    for (unsigned char c : s) {
        if (c >= 0x20 && c < 0x7F && c != '\\')
            out += char(c);
        else
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
    }
    return out;
}

} // namespace

/** Differential test: our encodings against OpenAI's tiktoken (npm `tiktoken` 1.0.22, the WASM build of the Rust
 * core) on hand-picked and thousands of generated inputs, ids compared one by one. */
class TestTokenizeOracle : public QObject
{
    Q_OBJECT

private:
    QString m_node;
    QString m_modules;

    /** Runs the oracle over the inputs; returns one id list per input (or an empty optional for an oracle error). */
    std::vector<std::optional<std::vector<uint32_t>>> oracle(
        const QString& encoding, const std::vector<std::string>& inputs)
    {
        QByteArray request;
        for (const std::string& s : inputs)
            request += encoding.toUtf8() + '\t' + QByteArray::fromStdString(s).toBase64() + '\n';
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), m_modules);
        node.setProcessEnvironment(env);
        node.start(m_node, { QStringLiteral(ORACLE_SCRIPT) });
        if (!node.waitForStarted(10000))
            return {};
        node.write(request);
        node.closeWriteChannel();
        if (!node.waitForFinished(300000))
            return {};
        const QList<QByteArray> lines = node.readAllStandardOutput().split('\n');
        std::vector<std::optional<std::vector<uint32_t>>> out;
        for (qsizetype i = 0; i < qsizetype(inputs.size()) && i < lines.size(); ++i) {
            if (lines[i].startsWith("ERROR")) {
                out.emplace_back();
                continue;
            }
            std::vector<uint32_t> ids;
            for (const QByteArray& n : lines[i].split(',')) {
                if (!n.isEmpty())
                    ids.push_back(n.toUInt());
            }
            out.emplace_back(std::move(ids));
        }
        return out;
    }

    void compare(const QString& encoding, const std::vector<std::string>& inputs)
    {
        auto tok = loadTokenizer(encoding);
        QVERIFY2(tok.ok(), qPrintable(tok.ok() ? QString() : tok.error().toString()));
        const auto expected = oracle(encoding, inputs);
        QCOMPARE(expected.size(), inputs.size());
        int mismatches = 0;
        int oracleErrors = 0;
        size_t tokens = 0;
        for (size_t i = 0; i < inputs.size(); ++i) {
            if (!expected[i]) {
                ++oracleErrors;
                continue;
            }
            const std::vector<uint32_t> ids = tok.value()->encode(inputs[i]);
            tokens += ids.size();
            if (ids != *expected[i] || tok.value()->count(inputs[i]) != ids.size()) {
                if (++mismatches <= 10) {
                    QByteArray a, b;
                    for (auto id : ids)
                        a += QByteArray::number(id) + ' ';
                    for (auto id : *expected[i])
                        b += QByteArray::number(id) + ' ';
                    qWarning("%s input %zu \"%s\"\n  ours:     %s\n  tiktoken: %s", qPrintable(encoding), i,
                        escaped(inputs[i]).constData(), a.constData(), b.constData());
                }
            }
        }
        qInfo("%s: %zu inputs, %zu tokens compared, %d mismatches, %d inputs tiktoken failed on", qPrintable(encoding),
            inputs.size(), tokens, mismatches, oracleErrors);
        QCOMPARE(mismatches, 0);
        QCOMPARE(oracleErrors, 0);
    }

    static std::vector<std::string> handPicked()
    {
        std::vector<std::string> v = {
            "",
            "Hello, world",
            "The quick brown fox jumps over the lazy dog.",
            "<|endoftext|>",
            "<|endoftext|><|fim_prefix|>",
            "a\xC2\x85"
            "b",
            "x\xEF\xBB\xBFy",
            "a \xE1\xA0\x8E b",
            " \xC2\x85 \xC2\x85\n",
            "\xEF\xBB\xBF\xEF\xBB\xBF",
            "\xE1\xA0\x8E\xE1\xA0\x8E  x",
            "  \xE1\xA0\x8E  y", // PCRE2's own \s (which matches U+180E) splits this one differently
            "\r\n",
            "a\r\n\r\nb",
            "line1\r\nline2\r\n",
            "                                                                                 x",
            "\n\n\n\n\n\n\n\n",
            "\t\t\t\tcode",
            " \t \n \t \n",
            "       \n       ",
            "1",
            "12",
            "123",
            "1234",
            "1234567890123456789",
            "٣٤٥ ١٢",
            "3.14 2,000,000",
            "https://github.com/openai/tiktoken/blob/main/src/lib.rs#L42",
            "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}",
            "<?xml version=\"1.0\"?><root><a x=\"1\"/></root>",
            "def f(x):\n    return x ** 2  # square\n",
            "你好，世界！今天天气很好。",
            "日本語のテキストです。",
            "Привет, мир! Как дела?",
            "ПРИВЕТ мир",
            "Ελληνικά κείμενα",
            "مرحبا بالعالم",
            "नमस्ते दुनिया",
            "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7\xE2\x80\x8D\xF0\x9F\x91\xA6",
            "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xF0\x9F\x87\xA9\xF0\x9F\x87\xAA \xF0\x9F\x99\x82\xF0\x9F\x99\x82",
            "I'm you're he's we'll they've I'd can't",
            "I'M YOU'RE HE'S",
            "it'\xC5\xBF",
            "'s'S's",
            "''''",
            "\xFF\xFE",
            "abc\x80"
            "def",
            "\xC0\xAF",
            "\xED\xA0\x80\xED\xB0\x80",
            "\xF0\x9F\x98",
            "caf\xC3",
            "MixedCASEWordsAndHTTPServer",
            "ǅungla ǈ ǋ",
            "ﬁnancial ﬀ",
            "x\xCC\x81\xCC\x82 y\xCC\xA3",
            "  leading",
            "trailing  ",
            " ",
            "  ",
            "\xE3\x80\x80\xE3\x80\x80text",
            "tab\there",
            "a/b/c\n/d",
            "!!!\n\n",
            "?.\r\n\r\n",
            "$$$ 100% &&& |||",
            "\xE2\x80\xA8\xE2\x80\xA9",
            "\xC2\xA0\xC2\xA0x",
        };
        // characters added in Unicode 15, 15.1 and 16 (CJK extensions H and I, Kawi, Nag Mundari, Kannada, Lao,
        // Cyrillic, Latin, Garay, Kirat Rai, ...), where PCRE2's and Rust's Unicode tables could differ
        for (const char32_t c : { 0x31350, 0x323AF, 0x2EBF0, 0x11F04, 0x1E4D0, 0x0CF3, 0x0ECE, 0x1C89, 0xA7CB, 0xA7DC,
                 0x10D50, 0x16D40, 0x1E5D0, 0x11380, 0x1B132, 0x1F6DC, 0x2FFC, 0x31EF }) {
            std::string s = "a";
            TestText::appendUtf8(s, c);
            s += "b ";
            TestText::appendUtf8(s, c);
            TestText::appendUtf8(s, c);
            s += "x 1";
            TestText::appendUtf8(s, c);
            v.push_back(s);
        }
        std::string longSpaces(5000, ' ');
        v.push_back(longSpaces + "x");
        v.push_back(std::string(3000, 'a'));
        v.push_back(std::string(2000, '1'));
        std::string longWord;
        for (int i = 0; i < 300; ++i)
            longWord += "ab";
        v.push_back(longWord);
        v.push_back(std::string(20000, 'x'));
        return v;
    }

private slots:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        m_modules = QStringLiteral(INFEROMETER_DATA_CACHE "/node/node_modules");
        if (m_node.isEmpty())
            INFEROMETER_SKIP("node is not installed (packaging/install-deps.sh installs it): the oracle cannot run");
        if (!QFileInfo::exists(m_modules + QStringLiteral("/tiktoken/package.json")))
            INFEROMETER_SKIP(
                "the tiktoken oracle is not in " INFEROMETER_DATA_CACHE "/node: run packaging/fetch-data.sh");
        if (builtinTokenizerDir().isEmpty())
            INFEROMETER_SKIP(
                "the built-in encodings are not in the build tree: run packaging/fetch-data.sh, then cmake");
    }

    void handPickedO200k() { compare(QStringLiteral("o200k_base"), handPicked()); }
    void handPickedCl100k() { compare(QStringLiteral("cl100k_base"), handPicked()); }

    void generatedO200k()
    {
        TestText::TextGenerator gen(20261128);
        std::vector<std::string> inputs;
        for (int i = 0; i < 4000; ++i)
            inputs.push_back(gen.next());
        compare(QStringLiteral("o200k_base"), inputs);
    }

    void generatedCl100k()
    {
        TestText::TextGenerator gen(1128);
        std::vector<std::string> inputs;
        for (int i = 0; i < 4000; ++i)
            inputs.push_back(gen.next());
        compare(QStringLiteral("cl100k_base"), inputs);
    }

    void articleBothEncodings()
    {
        QFile f(QStringLiteral(SHARED_DIR "/article.txt"));
        if (!f.exists())
            INFEROMETER_SKIP("../shared/article.txt is absent");
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName() + QStringLiteral(": ") + f.errorString()));
        const std::string text = f.readAll().toStdString();
        compare(QStringLiteral("o200k_base"), { text });
        compare(QStringLiteral("cl100k_base"), { text });
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestTokenizeOracle)
#include "tst_tokenizeoracle.moc"
