// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/tokenizer.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <random>

using namespace Tokenize;

namespace {

/** Appends one code point as UTF-8. */
void appendUtf8(std::string& s, char32_t c)
{
    if (c < 0x80) {
        s += char(c);
    } else if (c < 0x800) {
        s += char(0xC0 | (c >> 6));
        s += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += char(0xE0 | (c >> 12));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    } else {
        s += char(0xF0 | (c >> 18));
        s += char(0x80 | ((c >> 12) & 0x3F));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    }
}

/** Seeded generator of text mixing the classes where tokenizers disagree: words of several scripts, digits, white
 * space of every kind (U+0085, U+00A0, U+3000, U+2028, U+FEFF and U+180E among them), CRLF, punctuation,
 * contractions, emoji with ZWJ and modifiers, special-token text, URLs, JSON, XML, and invalid UTF-8 bytes. */
class TextGenerator
{
public:
    explicit TextGenerator(uint32_t seed)
        : m_rng(seed)
    { }

    std::string next()
    {
        std::string s;
        const int parts = 1 + int(m_rng() % 24);
        for (int i = 0; i < parts; ++i)
            appendPart(s);
        return s;
    }

private:
    uint32_t pick(uint32_t n) { return m_rng() % n; }
    void appendRange(std::string& s, char32_t lo, char32_t hi, int count)
    {
        for (int i = 0; i < count; ++i)
            appendUtf8(s, lo + pick(uint32_t(hi - lo + 1)));
    }

    void appendPart(std::string& s)
    {
        static const char* const words[] = { "the", "The", "HELLO", "world", "tokenizer", "don't", "I'm", "we'll",
            "it'S", "they'VE", "o'clock", "naïve", "café", "straße", "ǅemal", "McDonald", "iPhone", "XMLHttpRequest",
            "snake_case", "camelCase" };
        static const char* const snippets[] = {
            "<|endoftext|>",
            "<|endofprompt|>",
            "<|fim_prefix|>",
            "https://example.com/path?q=1&r=2#frag",
            "{\"key\": [1, 2.5, true, null], \"nested\": {\"a\": \"b\"}}",
            "<tag attr=\"v\">text</tag>",
            "int main() { return 0; }\n",
            "    if (x) {\n        y();\n    }\n",
            "a\r\nb\r\n\r\n",
            "'s",
            "'ll",
            "'\xC5\xBF", // 's' with U+017F LONG S: case-insensitive match
            "...",
            "!!!",
            "?!",
            "--",
            "/* c */",
            "// comment",
            "1,234,567.89",
            "3.14159",
            "2026-11-28T18:00:00Z",
            "$100",
            "100%",
            "#hashtag",
            "@user",
            "\\n",
            "\t\t",
            "     ",
            "\n\n\n",
            " \n ",
            "\xC2\xA0",
        };
        switch (pick(18)) {
        case 0:
        case 1:
        case 2:
            s += words[pick(std::size(words))];
            break;
        case 3:
            s += snippets[pick(std::size(snippets))];
            break;
        case 4: { // white space of every kind
            static const char32_t ws[] = { ' ', ' ', '\t', '\n', '\r', 0x0B, 0x0C, 0x85, 0xA0, 0x1680, 0x2000, 0x2007,
                0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x180E, 0x200B, 0x200D };
            const int n = 1 + int(pick(6));
            for (int i = 0; i < n; ++i)
                appendUtf8(s, ws[pick(std::size(ws))]);
            break;
        }
        case 5: // digits, also long runs
            appendRange(s, '0', '9', 1 + int(pick(pick(4) == 0 ? 40 : 6)));
            break;
        case 6: // CJK ideographs, kana, hangul
            appendRange(s, 0x4E00, 0x9FFF, 1 + int(pick(5)));
            if (pick(2))
                appendRange(s, 0x3040, 0x30FF, 1 + int(pick(4)));
            if (pick(3) == 0)
                appendRange(s, 0xAC00, 0xD7A3, 1 + int(pick(3)));
            break;
        case 7: // Cyrillic, Greek, upper and lower
            appendRange(s, 0x0410, 0x044F, 1 + int(pick(8)));
            if (pick(2))
                appendRange(s, 0x0391, 0x03C9, 1 + int(pick(5)));
            break;
        case 8: { // emoji: single, with skin tone, ZWJ families, flags, keycaps
            static const char* const emoji[] = { "\xF0\x9F\x99\x82", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",
                "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7\xE2\x80\x8D\xF0\x9F\x91\xA6",
                "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA", "1\xEF\xB8\x8F\xE2\x83\xA3", "\xE2\x9D\xA4\xEF\xB8\x8F",
                "\xF0\x9F\x8F\xB3\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x8C\x88" };
            s += emoji[pick(std::size(emoji))];
            break;
        }
        case 9: // Arabic, Hebrew, Devanagari and Thai (combining marks)
            appendRange(s, 0x0621, 0x064A, 1 + int(pick(5)));
            if (pick(2))
                appendRange(s, 0x0905, 0x094D, 1 + int(pick(5)));
            if (pick(2))
                appendRange(s, 0x0E01, 0x0E3A, 1 + int(pick(4)));
            break;
        case 10: // punctuation and symbols
            appendRange(s, 0x21, 0x2F, 1 + int(pick(4)));
            if (pick(2))
                appendRange(s, 0x2010, 0x2027, 1 + int(pick(2)));
            break;
        case 11: { // invalid UTF-8: stray bytes, cut sequences, surrogates, overlongs
            static const char* const bad[] = { "\xFF", "\xC0\xAF", "\x80", "\xE2\x82", "\xF0\x9F\x98", "\xED\xA0\x80",
                "\xF4\x90\x80\x80", "\xFE\xFE", "\xC3" };
            s += bad[pick(std::size(bad))];
            break;
        }
        case 12: // combining marks after letters
            s += words[pick(std::size(words))];
            appendRange(s, 0x0300, 0x036F, 1 + int(pick(3)));
            break;
        case 13: // any BMP character (no surrogates, no private use)
            for (int i = 0, n = 1 + int(pick(4)); i < n; ++i) {
                char32_t c = 0x20 + pick(0xD800 - 0x20);
                appendUtf8(s, c);
            }
            break;
        case 14: // Latin-1 and Latin Extended letters, title case
            appendRange(s, 0xC0, 0x24F, 1 + int(pick(6)));
            break;
        case 15:
            s += ' ';
            s += words[pick(std::size(words))];
            break;
        case 16: // ASCII noise
            appendRange(s, 0x20, 0x7E, 1 + int(pick(12)));
            break;
        default: // supplementary planes: math letters, historic scripts, CJK extension B
            appendRange(s, pick(2) ? 0x1D400 : 0x20000, pick(2) ? 0x1D4FF : 0x2A6DF, 1 + int(pick(3)));
            break;
        }
    }

    std::mt19937 m_rng;
};

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
            QSKIP("node is not installed (packaging/install-deps.sh installs it): the oracle cannot run");
        if (!QFileInfo::exists(m_modules + QStringLiteral("/tiktoken/package.json")))
            QSKIP("the tiktoken oracle is not in " INFEROMETER_DATA_CACHE "/node: run packaging/fetch-data.sh");
        if (builtinTokenizerDir().isEmpty())
            QSKIP("the built-in encodings are not in the build tree: run packaging/fetch-data.sh, then cmake");
    }

    void handPickedO200k() { compare(QStringLiteral("o200k_base"), handPicked()); }
    void handPickedCl100k() { compare(QStringLiteral("cl100k_base"), handPicked()); }

    void generatedO200k()
    {
        TextGenerator gen(20261128);
        std::vector<std::string> inputs;
        for (int i = 0; i < 4000; ++i)
            inputs.push_back(gen.next());
        compare(QStringLiteral("o200k_base"), inputs);
    }

    void generatedCl100k()
    {
        TextGenerator gen(1128);
        std::vector<std::string> inputs;
        for (int i = 0; i < 4000; ++i)
            inputs.push_back(gen.next());
        compare(QStringLiteral("cl100k_base"), inputs);
    }

    void articleBothEncodings()
    {
        QFile f(QStringLiteral(SHARED_DIR "/article.txt"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("../shared/article.txt is absent");
        const std::string text = f.readAll().toStdString();
        compare(QStringLiteral("o200k_base"), { text });
        compare(QStringLiteral("cl100k_base"), { text });
    }
};

QTEST_GUILESS_MAIN(TestTokenizeOracle)
#include "tst_tokenizeoracle.moc"
