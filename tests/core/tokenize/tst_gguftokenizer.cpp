// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/ggufwriter.h"
#include "core/tokenize/bytelevelbpe.h"
#include "core/tokenize/spmtokenizer.h"
#include "core/tokenize/tokenizer.h"
#include "tests/support/testmain.h"
#include "textgenerator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace Tokenize;

/** Vocabularies stored in GGUF files, tokenized as llama.cpp does: the SentencePiece one of stories260K against the
 * ids llama.cpp's llama-tokenize printed (../shared/models/tokenization-reference.json, byte fallback included), and
 * a "gpt2" (byte-level BPE) vocabulary written from Llama 3's tokenizer.json, which must count as that file does. */
class TestGgufTokenizer : public QObject
{
    Q_OBJECT

    static QString model(const char* name) { return QStringLiteral(SHARED_DIR "/models/") + QLatin1String(name); }

private slots:
    void stories260kMatchesLlamaCpp_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("f32") << model("stories260K-f32.gguf");
        QTest::newRow("q8_0") << model("stories260K-Q8_0.gguf");
        QTest::newRow("q4_0") << model("stories260K-Q4_0.gguf");
    }

    void stories260kMatchesLlamaCpp()
    {
        QFETCH(QString, file);
        QFile ref(model("tokenization-reference.json"));
        if (!ref.exists() || !QFileInfo::exists(file))
            INFEROMETER_SKIP("../shared/models is absent");
        QVERIFY2(ref.open(QIODevice::ReadOnly), qPrintable(ref.fileName() + QStringLiteral(": ") + ref.errorString()));
        const QJsonObject doc = QJsonDocument::fromJson(ref.readAll()).object();
        const QByteArray text = doc.value(QStringLiteral("text")).toString().toUtf8();
        std::vector<uint32_t> expected;
        for (const QJsonValue& v : doc.value(QStringLiteral("ids")).toArray())
            expected.push_back(uint32_t(v.toInt()));
        QCOMPARE(expected.size(), size_t(175));
        QCOMPARE(expected.front(), 1u); // BOS, which llama-tokenize adds and encode() does not
        expected.erase(expected.begin());

        auto tok = loadTokenizer(QStringLiteral("gguf:") + file);
        QVERIFY2(tok.ok(), qPrintable(tok.ok() ? QString() : tok.error().toString()));
        QCOMPARE(tok.value()->kind(), Kind::GgufSentencePiece);
        QCOMPARE(tok.value()->vocabSize(), size_t(512));
        const std::string_view sv(text.constData(), size_t(text.size()));
        const std::vector<uint32_t> ids = tok.value()->encode(sv);
        QCOMPARE(ids, expected);
        QCOMPARE(tok.value()->count(sv), expected.size());
        // decoding gives the text back with SentencePiece's leading space; byte tokens rebuild 你好 and 🙂
        QCOMPARE(QByteArray::fromStdString(tok.value()->decode(ids)), QByteArray(" ") + text);
        const auto spans = tok.value()->encodeWithSpans(sv);
        QCOMPARE(spans.front().begin, 0u);
        QCOMPARE(spans.back().end, uint32_t(text.size()));
        QCOMPARE(tok.value()->tokenBytes(13), std::string("\n")); // <0x0A>
        QCOMPARE(tok.value()->tokenBytes(1), std::string()); // <s> is a control token
    }

    void stories260kHandChecked()
    {
        if (!QFileInfo::exists(model("stories260K-f32.gguf")))
            INFEROMETER_SKIP("../shared/models is absent");
        auto tok = loadTokenizer(model("stories260K-f32.gguf"));
        QVERIFY(tok.ok());
        // the vocabulary has "▁T" (274), "om" (287) and "▁and" (269) but no "▁Tom": the space prefix joins "T"
        const auto ids = tok.value()->encode(std::string_view("Tom and"));
        QCOMPARE(ids, (std::vector<uint32_t> { 274, 287, 269 }));
        QCOMPARE(tok.value()->decode(ids), std::string(" Tom and"));
        QVERIFY(tok.value()->encode(std::string_view()).empty());
        // invalid UTF-8 is read as U+FFFD, which falls back to its three bytes
        const auto bad = tok.value()->encode(std::string_view("\xFF"));
        QCOMPARE(bad, tok.value()->encode(std::string_view("\xEF\xBF\xBD")));
    }

    void longTextInChunks()
    {
        if (!QFileInfo::exists(model("stories260K-f32.gguf")))
            INFEROMETER_SKIP("../shared/models is absent");
        auto tok = loadTokenizer(model("stories260K-f32.gguf"));
        QVERIFY(tok.ok());
        const auto* spm = dynamic_cast<const SpmTokenizer*>(tok.value().get());
        QVERIFY(spm);
        // ~60 KB of prose, code, CJK, emoji and white space: cut into chunks, it must tokenize as the whole
        TestText::TextGenerator gen(5);
        std::string text;
        QFile article(QStringLiteral(SHARED_DIR "/article.txt"));
        if (article.open(QIODevice::ReadOnly))
            text = article.readAll().toStdString();
        while (text.size() < 60000)
            text += gen.next();
        const auto chunked = spm->encode(text);
        QCOMPARE(chunked, spm->encodeUnchunked(text));
        QVERIFY(chunked.size() > 10000);
        // a run with no safe cut (one character repeated) is still exact
        const std::string run(20000, 'e');
        QCOMPARE(spm->encode(run), spm->encodeUnchunked(run));
    }

    void gpt2VocabularyCountsAsTokenizerJson()
    {
        const QString jsonPath = QStringLiteral(INFEROMETER_DATA_CACHE "/testdata/llama3/tokenizer.json");
        QFile f(jsonPath);
        if (!f.exists())
            INFEROMETER_SKIP("the Llama 3 tokenizer.json is absent: run packaging/fetch-data.sh");
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(jsonPath + QStringLiteral(": ") + f.errorString()));
        const QByteArray data = f.readAll();
        const auto doc = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
        QVERIFY(!doc.is_discarded());
        std::vector<QByteArray> tokens(doc["model"]["vocab"].size());
        for (auto it = doc["model"]["vocab"].begin(); it != doc["model"]["vocab"].end(); ++it)
            tokens[it.value().get<size_t>()] = QByteArray::fromStdString(it.key());
        std::vector<QByteArray> merges;
        for (const auto& m : doc["model"]["merges"])
            merges.push_back(QByteArray::fromStdString(m.get<std::string>()));

        Gguf::Writer writer;
        writer.setString("general.architecture", QStringLiteral("llama"));
        writer.setString("tokenizer.ggml.model", QStringLiteral("gpt2"));
        writer.setString("tokenizer.ggml.pre", QStringLiteral("llama-bpe"));
        writer.set("tokenizer.ggml.tokens", Gguf::Value::stringArray(tokens));
        writer.set("tokenizer.ggml.merges", Gguf::Value::stringArray(merges));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("llama3-vocab.gguf"));
        const auto written = writer.write(path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));

        auto gguf = loadTokenizer(QStringLiteral("gguf:") + path);
        QVERIFY2(gguf.ok(), qPrintable(gguf.ok() ? QString() : gguf.error().toString()));
        QCOMPARE(gguf.value()->kind(), Kind::GgufBpe);
        auto hf = loadTokenizer(jsonPath);
        QVERIFY(hf.ok());
        QCOMPARE(gguf.value()->encode(std::string_view("Hello, world")), (std::vector<uint32_t> { 9906, 11, 1917 }));
        TestText::TextGenerator gen(99);
        int differences = 0;
        for (int i = 0; i < 1000; ++i) {
            std::string s = gen.next();
            // llama.cpp's llama-bpe regex spells the contractions '[sS] (no U+017F LONG S); tokenizer.json uses (?i:)
            for (size_t at = s.find("\xC5\xBF"); at != std::string::npos; at = s.find("\xC5\xBF"))
                s = s.substr(0, at) + "s" + s.substr(at + 2);
            if (gguf.value()->encode(s) != hf.value()->encode(s))
                ++differences;
        }
        QCOMPARE(differences, 0);
    }

    void unsupportedAndBroken()
    {
        QTemporaryDir dir;
        {
            Gguf::Writer writer;
            writer.setString("tokenizer.ggml.model", QStringLiteral("bert"));
            writer.set("tokenizer.ggml.tokens", Gguf::Value::stringArray({ "a", "b" }));
            QVERIFY(writer.write(dir.filePath(QStringLiteral("bert.gguf"))).ok());
            const auto tok = loadTokenizer(dir.filePath(QStringLiteral("bert.gguf")));
            QVERIFY(!tok.ok());
            QCOMPARE(tok.error().field, QStringLiteral("tokenizer.ggml.model"));
            QVERIFY(tok.error().toString().contains(QStringLiteral("bert.gguf")));
        }
        {
            Gguf::Writer writer;
            writer.setString("tokenizer.ggml.model", QStringLiteral("llama"));
            QVERIFY(writer.write(dir.filePath(QStringLiteral("notokens.gguf"))).ok());
            const auto tok = loadTokenizer(dir.filePath(QStringLiteral("notokens.gguf")));
            QVERIFY(!tok.ok());
            qInfo("%s", qPrintable(tok.error().toString()));
            QVERIFY(tok.error().toString().contains(QStringLiteral("tokenizer.ggml.tokens")));
        }
        {
            // a truncated file
            QFile src(model("stories260K-f32.gguf"));
            if (src.open(QIODevice::ReadOnly)) {
                QFile cut(dir.filePath(QStringLiteral("cut.gguf")));
                QVERIFY(cut.open(QIODevice::WriteOnly));
                cut.write(src.read(3000));
                cut.close();
                const auto tok = loadTokenizer(cut.fileName());
                QVERIFY(!tok.ok());
                qInfo("%s", qPrintable(tok.error().toString()));
                QVERIFY(tok.error().toString().contains(QStringLiteral("cut.gguf")));
            }
        }
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestGgufTokenizer)
#include "tst_gguftokenizer.moc"
