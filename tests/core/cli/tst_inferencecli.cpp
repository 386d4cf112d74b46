// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/cli/clicommands.h"
#include "tests/support/clitesting.h"

#include "core/common/task.h"
#include "core/inference/cpubackend.h"
#include "core/inference/model.h"
#include "core/inference/perplexity.h"
#include "core/tokenize/tokenizer.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

using CliTesting::cli;
using CliTesting::Run;

QString model(const char* type)
{
    return QStringLiteral(SHARED_DIR "/models/stories260K-%1.gguf").arg(QLatin1String(type));
}

const QString Story = QStringLiteral(TESTDATA_DIR "/inference/story.txt");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

/** The story's ids as the commands see them: BOS, then the GGUF tokenizer's encoding. */
std::vector<int32_t> storyIds()
{
    auto tok = Tokenize::loadTokenizer(model("f32"));
    if (!tok)
        return {};
    const QByteArray text = readAll(Story);
    std::vector<int32_t> ids { 1 };
    for (uint32_t id : tok.value()->encode(std::string_view(text.constData(), size_t(text.size()))))
        ids.push_back(int32_t(id));
    return ids;
}

} // namespace

class TestInferenceCli : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        if (!QFile::exists(model("f32")))
            INFEROMETER_SKIP("the shared models are not available");
    }

    // no Vulkan driver at all (the loader finds no ICD): --backend vulkan fails with a clear message, auto falls back
    // to the CPU reference and says so. No other test here touches Vulkan, so the loader sees this environment first.
    void noVulkanDevice()
    {
        qputenv("VK_ICD_FILENAMES", QByteArray("/nonexistent/icd.json"));
        Run r = cli({ QStringLiteral("generate"), model("f32"), QStringLiteral("--tokens"), QStringLiteral("3"),
            QStringLiteral("--backend"), QStringLiteral("vulkan") });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("Vulkan")), qPrintable(r.err));
        r = cli({ QStringLiteral("generate"), model("f32"), QStringLiteral("--tokens"), QStringLiteral("3"),
            QStringLiteral("--temperature"), QStringLiteral("0"), QStringLiteral("--json") });
        qunsetenv("VK_ICD_FILENAMES");
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QLatin1String("backend")).toString(), QStringLiteral("cpu"));
        QCOMPARE(r.json().value(QLatin1String("text")).toString(), QStringLiteral(" Once upon a"));
        QVERIFY2(r.err.contains(QLatin1String("using the CPU reference backend")), qPrintable(r.err));
    }

    void quantizeReproducesSharedFiles_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("q8_0") << QStringLiteral("q8_0");
        QTest::newRow("q4_0") << QStringLiteral("q4_0");
    }
    void quantizeReproducesSharedFiles()
    {
        QFETCH(QString, type);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("q.gguf"));
        const Run r = cli({ QStringLiteral("quantize"), model("f32"), out, QStringLiteral("--type"), type,
            QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QLatin1String("tensors_quantized")).toInt(), 32);
        QCOMPARE(r.json().value(QLatin1String("tensors_kept")).toInt(), 16);
        const QString ref = type == QLatin1String("q8_0") ? model("Q8_0") : model("Q4_0");
        QVERIFY(readAll(out) == readAll(ref));
    }

    void quantizeRefusals()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("q.gguf"));
        Run r
            = cli({ QStringLiteral("quantize"), model("f32"), out, QStringLiteral("--type"), QStringLiteral("q4_k") });
        QCOMPARE(r.status, 2); // llama-quantize wants Q4_K_S or Q4_K_M
        QVERIFY2(r.err.contains(QLatin1String("\"q4_k\" is not one of Q8_0, Q4_0, Q2_K, Q3_K_M, Q4_K_S, Q4_K_M, "
                                              "Q5_K_S, Q5_K_M, Q6_K")),
            qPrintable(r.err));
        r = cli({ QStringLiteral("quantize"), model("Q8_0"), out, QStringLiteral("--type"), QStringLiteral("q4_0") });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(model("Q8_0") + QStringLiteral(": field \"output.weight\": is already q8_0")),
            qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    // --json has DESIGN.md's shape; the value equals llama-perplexity's procedure run here on the double-precision
    // CPU reference over the same ids
    void perplexityJson()
    {
        const Run r = cli(
            { QStringLiteral("perplexity"), model("f32"), QStringLiteral("--text"), Story, QStringLiteral("--ctx"),
                QStringLiteral("128"), QStringLiteral("--backend"), QStringLiteral("cpu"), QStringLiteral("--kv-type"),
                QStringLiteral("f32"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QLatin1String("kv_cache")).toString(), QStringLiteral("f32"));
        for (const char* k : { "model", "backend", "device", "ctx", "chunks", "tokens", "perplexity" })
            QVERIFY2(j.contains(QLatin1String(k)), k);
        QCOMPARE(j.value(QLatin1String("model")).toString(), model("f32"));
        QCOMPARE(j.value(QLatin1String("backend")).toString(), QStringLiteral("cpu"));
        QCOMPARE(j.value(QLatin1String("ctx")).toInt(), 128);
        const auto ids = storyIds();
        QCOMPARE(j.value(QLatin1String("text_tokens")).toInt(), int(ids.size()));
        QCOMPARE(j.value(QLatin1String("chunks")).toInt(), int(ids.size() / 128));
        QCOMPARE(j.value(QLatin1String("tokens")).toInt(), int(ids.size() / 128 * 128));
        QCOMPARE(j.value(QLatin1String("scored")).toInt(), int(ids.size() / 128) * 63);

        auto m = Inference::Model::load(model("f32"));
        QVERIFY(m.ok());
        Inference::CpuBackend dbl(m.value(), { 128, Inference::CpuBackend::Precision::Double });
        PlainTaskContext task;
        auto expected = Inference::perplexity(dbl, ids, 128, 1, task);
        QVERIFY(expected.ok());
        const double got = j.value(QLatin1String("perplexity")).toDouble();
        qInfo("story.txt: %d tokens, perplexity %.6f (double precision %.6f)", int(ids.size()), got,
            expected.value().perplexity);
        QVERIFY(std::fabs(got - expected.value().perplexity) / expected.value().perplexity < 1e-5);
        QVERIFY(got > 2 && got < 8); // a TinyStories-like text: the model knows this language

        const Run text = cli({ QStringLiteral("perplexity"), model("f32"), QStringLiteral("--text"), Story,
            QStringLiteral("--ctx"), QStringLiteral("128"), QStringLiteral("--backend"), QStringLiteral("cpu"),
            QStringLiteral("--kv-type"), QStringLiteral("F32") });
        QCOMPARE(text.status, 0);
        QVERIFY(text.out.contains(QLatin1String("KV cache F32")));
        QVERIFY(text.out.contains(QStringLiteral("Final estimate: PPL = %1 +/- ").arg(got, 0, 'f', 4)));
        QVERIFY(text.out.contains(QLatin1String("[1]")));
    }

    void perplexityRefusals()
    {
        Run r = cli({ QStringLiteral("perplexity"), model("f32"), QStringLiteral("--text"), Story,
            QStringLiteral("--backend"), QStringLiteral("cpu") });
        QCOMPARE(r.status, 1); // 512 is the default context: the story is too short for two chunks
        QVERIFY2(r.err.contains(QLatin1String("a context of 512 needs at least 1024")), qPrintable(r.err));
        r = cli({ QStringLiteral("perplexity"), model("f32"), QStringLiteral("--text"), Story,
            QStringLiteral("--backend"), QStringLiteral("tpu") });
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QLatin1String("unknown backend \"tpu\"")));
        r = cli({ QStringLiteral("perplexity"), model("f32"), QStringLiteral("--text"),
            QStringLiteral("/nonexistent.txt") });
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QLatin1String("/nonexistent.txt")));
        r = cli({ QStringLiteral("perplexity"), QStringLiteral("/nonexistent.gguf"), QStringLiteral("--text"), Story });
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QLatin1String("/nonexistent.gguf")));
    }

    void generateGreedy()
    {
        const Run r = cli({ QStringLiteral("generate"), model("f32"), QStringLiteral("--temperature"),
            QStringLiteral("0"), QStringLiteral("--tokens"), QStringLiteral("34"), QStringLiteral("--backend"),
            QStringLiteral("cpu"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QLatin1String("ids")).toArray().size(), 34);
        QCOMPARE(r.json().value(QLatin1String("prompt_tokens")).toInt(), 1);
        const QString text = r.json().value(QLatin1String("text")).toString();
        QVERIFY2(text.startsWith(QLatin1String(
                     " Once upon a time, there was a little girl named Lily. She loved to play outside in the park.")),
            qPrintable(text));
    }

    void generateSeeded()
    {
        auto run = [](const char* seed) {
            return cli(
                { QStringLiteral("generate"), model("Q8_0"), QStringLiteral("--prompt"), QStringLiteral("The dog"),
                    QStringLiteral("--tokens"), QStringLiteral("24"), QStringLiteral("--seed"), QLatin1String(seed),
                    QStringLiteral("--temperature"), QStringLiteral("1.0"), QStringLiteral("--backend"),
                    QStringLiteral("cpu"), QStringLiteral("--json") })
                .json();
        };
        const QJsonObject a = run("5"), b = run("5"), c = run("6");
        QCOMPARE(a.value(QLatin1String("ids")).toArray().size(), 24);
        QCOMPARE(a.value(QLatin1String("ids")), b.value(QLatin1String("ids")));
        QVERIFY(a.value(QLatin1String("ids")) != c.value(QLatin1String("ids")));
        auto tok = Tokenize::loadTokenizer(model("Q8_0"));
        QVERIFY(tok.ok());
        QCOMPARE(a.value(QLatin1String("prompt_tokens")).toInt(),
            1 + int(tok.value()->encode(std::string_view("The dog")).size()));
    }

    void abJson()
    {
        const Run r = cli({ QStringLiteral("ab"), model("Q8_0"), model("Q4_0"), QStringLiteral("--text"), Story,
            QStringLiteral("--ctx"), QStringLiteral("128"), QStringLiteral("--runs"), QStringLiteral("2"),
            QStringLiteral("--decode-tokens"), QStringLiteral("8"), QStringLiteral("--prompt-tokens"),
            QStringLiteral("16"), QStringLiteral("--backend"), QStringLiteral("cpu"),
            QStringLiteral("--gpu-price-per-hour"), QStringLiteral("1.5"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        const QJsonObject j = r.json();
        for (const char* side : { "a", "b" }) {
            const QJsonObject s = j.value(QLatin1String(side)).toObject();
            for (const char* k :
                { "file", "type", "bytes", "prefill_tokens_per_s", "decode_tokens_per_s", "perplexity", "ttft_ms" })
                QVERIFY2(s.contains(QLatin1String(k)), k);
            QVERIFY(s.value(QLatin1String("prefill_tokens_per_s")).toDouble() > 0);
            QVERIFY(s.value(QLatin1String("decode_tokens_per_s")).toDouble() > 0);
            const double usd = 1.5 / (s.value(QLatin1String("decode_tokens_per_s")).toDouble() * 3600) * 1e6;
            QVERIFY(std::fabs(s.value(QLatin1String("usd_per_1m_output_tokens")).toDouble() - usd) < 1e-9 * usd);
        }
        QCOMPARE(
            j.value(QLatin1String("a")).toObject().value(QLatin1String("type")).toString(), QStringLiteral("q8_0"));
        QCOMPARE(
            j.value(QLatin1String("b")).toObject().value(QLatin1String("type")).toString(), QStringLiteral("q4_0"));
        QCOMPARE(j.value(QLatin1String("a")).toObject().value(QLatin1String("bytes")).toInteger(), 489248);
        QCOMPARE(j.value(QLatin1String("b")).toObject().value(QLatin1String("bytes")).toInteger(), 387104);

        // quality numbers: the same as the core comparison over the same ids
        auto a = Inference::Model::load(model("Q8_0"));
        auto b = Inference::Model::load(model("Q4_0"));
        QVERIFY(a.ok() && b.ok());
        // ab's default KV cache is F16, as llama.cpp's
        Inference::CpuBackend ca(a.value(), { 128, Inference::CpuBackend::Precision::Float, Inference::KvType::F16 });
        Inference::CpuBackend cb(b.value(), { 128, Inference::CpuBackend::Precision::Float, Inference::KvType::F16 });
        PlainTaskContext task;
        auto c = Inference::compare(ca, cb, storyIds(), 128, 1, task);
        QVERIFY(c.ok());
        const QJsonObject v = j.value(QLatin1String("b_vs_a")).toObject();
        QCOMPARE(v.value(QLatin1String("kld_mean")).toDouble(), c.value().kldMean);
        QCOMPARE(v.value(QLatin1String("kld_p99")).toDouble(), c.value().kldP99);
        QCOMPARE(v.value(QLatin1String("top1_agreement")).toDouble(), c.value().top1Agreement);
        QCOMPARE(j.value(QLatin1String("a")).toObject().value(QLatin1String("perplexity")).toDouble(),
            c.value().a.perplexity);
        QCOMPARE(j.value(QLatin1String("b")).toObject().value(QLatin1String("perplexity")).toDouble(),
            c.value().b.perplexity);
        qInfo("Q8_0 %.4f, Q4_0 %.4f, KLD mean %.6f p99 %.6f, top-1 %.4f", c.value().a.perplexity,
            c.value().b.perplexity, c.value().kldMean, c.value().kldP99, c.value().top1Agreement);
        QVERIFY(c.value().kldMean > 0 && c.value().top1Agreement < 1);
    }

    void abRefusesDifferentVocabularies()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.gguf"));
        QFile::copy(model("Q8_0"), other);
        // a model with another vocabulary: flip one token's text in a copy
        QByteArray bytes = readAll(other);
        const int at = bytes.indexOf("<unk>");
        QVERIFY(at > 0);
        bytes[at + 1] = 'U';
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const Run r = cli({ QStringLiteral("ab"), model("Q8_0"), other, QStringLiteral("--text"), Story,
            QStringLiteral("--ctx"), QStringLiteral("128"), QStringLiteral("--backend"), QStringLiteral("cpu") });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("the vocabulary differs")), qPrintable(r.err));
    }

    void synthModel()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("s.gguf"));
        const Run r = cli({ QStringLiteral("synth-model"), QStringLiteral("--preset"), QStringLiteral("110m"),
            QStringLiteral("--type"), QStringLiteral("q4_0"), QStringLiteral("--vocab-from"), model("f32"),
            QStringLiteral("--out"), out, QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        // 12 x (4 x 768^2 + 3 x 768 x 2048 + 2 x 768) + 2 x 512 x 768 + 768
        QCOMPARE(r.json().value(QLatin1String("parameters")).toInteger(), 85740288);
        QCOMPARE(r.json().value(QLatin1String("bytes")).toInteger(), QFile(out).size());
        auto m = Inference::Model::load(out);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        QCOMPARE(m.value()->config().nLayer, 12);
        QCOMPARE(m.value()->typeLabel(), QStringLiteral("q4_0"));
        const Run g = cli({ QStringLiteral("generate"), out, QStringLiteral("--tokens"), QStringLiteral("3"),
            QStringLiteral("--backend"), QStringLiteral("cpu"), QStringLiteral("--json") });
        QCOMPARE(g.status, 0);
        QCOMPARE(g.json().value(QLatin1String("ids")).toArray().size(), 3);
        const Run bad = cli({ QStringLiteral("synth-model"), QStringLiteral("--preset"), QStringLiteral("7b"),
            QStringLiteral("--vocab-from"), model("f32"), QStringLiteral("--out"), out });
        QCOMPARE(bad.status, 2);
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestInferenceCli)
#include "tst_inferencecli.moc"
