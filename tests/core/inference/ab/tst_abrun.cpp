// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Ab::run on the shared stories260K models: quality equal to the perplexity module's own comparison over the same
// ids, the record's provenance (sha256 from PROVENANCE.md), every bad input named, cancel, and the Q8_0/Q4_0 cache
// whose files are byte for byte llama-quantize's.
#include "core/common/task.h"
#include "core/inference/ab/abrun.h"
#include "core/inference/ab/abvariants.h"
#include "core/inference/cpubackend.h"
#include "core/inference/model.h"
#include "core/inference/perplexity.h"

#include "../../../support/ggufpatch.h"
#include "tests/support/testmain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Ab;

namespace {

QString model(const char* name)
{
    return QStringLiteral(SHARED_DIR "/models/stories260K-%1.gguf").arg(QLatin1String(name));
}

// PROVENANCE.md: made by llama-quantize from stories260K-f32.gguf
const QString Q8Sha = QStringLiteral("965d20776151fb925b3fe69cf13b683b4d0747fc3825ee752cfeda423a57f38f");
const QString Q4Sha = QStringLiteral("430ba6ba3e53db0c70cabe233bc055d27f1b36e1650b813355a2d3ee53eaf2be");

Request cpuRequest(const QString& a, const QString& b)
{
    Request r;
    r.fileA = a;
    r.fileB = b;
    r.settings.engine = QStringLiteral("cpu");
    r.settings.ctx = 128;
    r.settings.runs = 2;
    r.settings.promptTokens = 16;
    r.settings.decodeTokens = 8;
    r.settings.generateTokens = 24;
    r.settings.prompts = { QStringLiteral("Once upon a time"), QStringLiteral("The little dog") };
    return r;
}

/** Cancels once progress passes `at` of `total`. */
class CancelAt : public TaskContext
{
public:
    explicit CancelAt(double share)
        : m_share(share)
    { }
    bool isCanceled() const override { return m_canceled; }
    void setProgress(qint64 done, qint64 total) override
    {
        if (total > 0 && double(done) / double(total) >= m_share)
            m_canceled = true;
    }
    bool m_canceled = false;

private:
    double m_share;
};

} // namespace

class TestAbRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(model("Q8_0")))
            INFEROMETER_SKIP("the shared models are not available (INFEROMETER_SHARED_DIR)");
    }

    void qualityAsThePerplexityModule()
    {
        PlainTaskContext task;
        auto r = run(cpuRequest(model("Q8_0"), model("Q4_0")), task);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const Record& rec = r.value();
        QCOMPARE(task.done(), task.total());
        QCOMPARE(rec.engine, QStringLiteral("cpu"));
        QCOMPARE(rec.a.sha256, Q8Sha);
        QCOMPARE(rec.b.sha256, Q4Sha);
        QCOMPARE(rec.a.type, QStringLiteral("q8_0"));
        QCOMPARE(rec.b.fileBytes, qint64(387104));
        // stories260K: 5 layers × 4 KV heads × head dim 8 = 32 floats per token and layer, keys and values, for
        // max(ctx 128, 16 + 8, prompt + 24) = 128 tokens
        QCOMPARE(rec.a.kvBytes, qint64(2 * 5 * 128 * 32 * 4)); // the CPU reference keeps F16 values in floats
        // a Vulkan device stores an F16 cache as F16, an F32 one as F32
        Engine vk;
        vk.id = QStringLiteral("vulkan:0");
        auto q8 = Inference::Model::load(QStringLiteral(SHARED_DIR "/models/stories260K-Q8_0.gguf"));
        QVERIFY(q8.ok());
        QCOMPARE(kvCacheBytes(*q8.value(), 128, Inference::KvType::F16, vk), qint64(2 * 5 * 128 * 32 * 2));
        QCOMPARE(kvCacheBytes(*q8.value(), 128, Inference::KvType::F32, vk), qint64(2 * 5 * 128 * 32 * 4));
        QCOMPARE(int(rec.a.prefill.size()), 2);
        QCOMPARE(int(rec.b.decode.size()), 2);
        QVERIFY(rec.tooSmallToTime);
        QVERIFY(!rec.date.isEmpty());

        // the same numbers the perplexity module computes over the bundled text's ids
        auto a = Inference::Model::load(model("Q8_0"));
        auto b = Inference::Model::load(model("Q4_0"));
        QVERIFY(a.ok() && b.ok());
        auto ids = textIds(*a.value(), bundledText());
        QVERIFY(ids.ok());
        QCOMPARE(rec.textTokens, int(ids.value().size()));
        // the run's KV cache is F16 by default, as llama.cpp's
        QCOMPARE(rec.settings.kv, QStringLiteral("f16"));
        Inference::CpuBackend ca(a.value(), { 128, Inference::CpuBackend::Precision::Float, Inference::KvType::F16 });
        Inference::CpuBackend cb(b.value(), { 128, Inference::CpuBackend::Precision::Float, Inference::KvType::F16 });
        PlainTaskContext t2;
        auto c = Inference::compare(ca, cb, ids.value(), 128, a.value()->config().bosId, t2);
        QVERIFY(c.ok());
        QCOMPARE(rec.a.perplexity, c.value().a.perplexity);
        QCOMPARE(rec.b.perplexity, c.value().b.perplexity);
        QCOMPARE(rec.kldMean, c.value().kldMean);
        QCOMPARE(rec.kldP99, c.value().kldP99);
        QCOMPARE(rec.kldMax, c.value().kldMax);
        QCOMPARE(rec.top1Agreement, c.value().top1Agreement);
        QCOMPARE(rec.chunks, int(ids.value().size()) / 128);
        int counted = 0;
        for (int n : rec.kld.counts)
            counted += n;
        QCOMPARE(counted, rec.scored);
        QCOMPARE(rec.scored, rec.chunks * (128 - 64 - 1));

        // generations: greedy, so the f32-trained story; the first divergence is where the texts part
        QCOMPARE(int(rec.generations.size()), 2);
        QVERIFY(rec.generations[0].a.startsWith(QStringLiteral(", there was a little girl named Lily.")));
        for (const Generation& g : rec.generations) {
            if (g.firstDivergence < 0) {
                QCOMPARE(g.a, g.b);
                continue;
            }
            QCOMPARE(g.a.left(g.firstDivergence), g.b.left(g.firstDivergence));
            QVERIFY(g.a.mid(g.firstDivergence, 1) != g.b.mid(g.firstDivergence, 1));
        }
        // the same request gives the same quality and texts
        PlainTaskContext t3;
        auto again = run(cpuRequest(model("Q8_0"), model("Q4_0")), t3);
        QVERIFY(again.ok());
        QCOMPARE(again.value().kldMean, rec.kldMean);
        QCOMPARE(again.value().generations[1].b, rec.generations[1].b);
    }

    void badInputsNameTheFile_data()
    {
        QTest::addColumn<QString>("fileB");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/model.gguf") << QStringLiteral("cannot open");
        QTest::newRow("not gguf") << QStringLiteral(TESTDATA_DIR "/inference/story.txt")
                                  << QStringLiteral("not a GGUF file");
        QTest::newRow("architecture") << QStringLiteral("gemma")
                                      << QStringLiteral("architecture \"gemma\" is not supported (llama, qwen2, phi3, gemma2)");
        QTest::newRow("tensor type") << QStringLiteral("i32") << QStringLiteral("tensor type i32 is not supported");
    }

    void badInputsNameTheFile()
    {
        QFETCH(QString, fileB);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        if (fileB == QLatin1String("i32")) { // an F32 matrix that claims to be I32 (same bytes per element)
            fileB = dir.filePath(QStringLiteral("i32.gguf"));
            QVERIFY(GgufPatch::setTensorType(model("Q8_0"), fileB, "blk.0.ffn_down.weight", 26));
        } else if (fileB == QLatin1String("gemma")) { // general.architecture "llama" → "gemma" (Gemma 1)
            fileB = dir.filePath(QStringLiteral("gemma.gguf"));
            QVERIFY(GgufPatch::replaceBytes(model("Q8_0"), fileB, "general.architecture", "llama", "gemma"));
        }
        PlainTaskContext task;
        auto r = run(cpuRequest(model("Q8_0"), fileB), task);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().source, fileB);
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().toString()));
    }

    void truncatedVocabularyAndMemory()
    {
        QTemporaryDir dir;
        QFile in(model("Q8_0"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        // truncated after the header
        const QString cut = dir.filePath(QStringLiteral("cut.gguf"));
        QFile c(cut);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(bytes.left(1000));
        c.close();
        PlainTaskContext task;
        auto r = run(cpuRequest(model("Q8_0"), cut), task);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().source, cut);
        QVERIFY2(r.error().message.contains(QLatin1String("more than the file can hold")), qPrintable(r.error().toString()));
        // another vocabulary: one token's text changed
        QByteArray other = bytes;
        other[other.indexOf("<unk>") + 1] = 'U';
        const QString vocab = dir.filePath(QStringLiteral("vocab.gguf"));
        QFile v(vocab);
        QVERIFY(v.open(QIODevice::WriteOnly));
        v.write(other);
        v.close();
        r = run(cpuRequest(model("Q8_0"), vocab), task);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().source, vocab);
        QCOMPARE(r.error().field, QStringLiteral("tokenizer.ggml.tokens"));
        QVERIFY(r.error().message.contains(QLatin1String("stories260K-Q8_0.gguf's")));
        // larger than the device's memory
        Request big = cpuRequest(model("Q8_0"), model("Q4_0"));
        big.memoryLimit = 400 * 1024;
        r = run(big, task);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().source, model("Q8_0"));
        auto q8 = Inference::Model::load(model("Q8_0"));
        QVERIFY(q8.ok());
        // weights as the file's tensors hold them; the KV cache of 128 tokens: 2 × 5 × 128 × 32 × 4 bytes = 160 KiB
        const QString expected = QStringLiteral("the model needs %1 KiB for weights and 160 KiB for its KV cache, more "
                                                "than the 400 KiB of memory CPU reference (float) has")
                                     .arg(qRound(double(q8.value()->weightsBytes()) / 1024.0));
        QCOMPARE(r.error().message, expected);
        // a text too short for the context
        Request longCtx = cpuRequest(model("Q8_0"), model("Q4_0"));
        longCtx.settings.ctx = 4096;
        r = run(longCtx, task);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("ctx"));
        QVERIFY2(r.error().message.contains(QLatin1String("needs at least 8192")), qPrintable(r.error().message));
        // an unknown engine
        Request tpu = cpuRequest(model("Q8_0"), model("Q4_0"));
        tpu.settings.engine = QStringLiteral("tpu");
        r = run(tpu, task);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("unknown backend \"tpu\"")));
    }

    void cancelInEveryPhase_data()
    {
        QTest::addColumn<double>("share");
        QTest::newRow("loading") << 0.01;
        QTest::newRow("timing") << 0.2;
        QTest::newRow("quality") << 0.75;
        QTest::newRow("generating") << 0.95;
    }

    void cancelInEveryPhase()
    {
        QFETCH(double, share);
        CancelAt task(share);
        auto r = run(cpuRequest(model("Q8_0"), model("Q4_0")), task);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Canceled);
    }

    void variantsAreLlamaQuantizesBytes()
    {
        QTemporaryDir cache;
        PlainTaskContext task;
        auto p = quantizedPair(model("f32"), cache.path(), task);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QVERIFY(!p.value().reused);
        QVERIFY(p.value().a.endsWith(QLatin1String("-Q8_0.gguf")));
        PlainTaskContext hashing;
        QCOMPARE(fileSha256(p.value().a, hashing).value(), Q8Sha);
        QCOMPARE(fileSha256(p.value().b, hashing).value(), Q4Sha);
        const QDateTime made = QFileInfo(p.value().a).lastModified();
        auto again = quantizedPair(model("f32"), cache.path(), task);
        QVERIFY(again.ok());
        QVERIFY(again.value().reused);
        QCOMPARE(again.value().a, p.value().a);
        QCOMPARE(QFileInfo(p.value().a).lastModified(), made);
        QCOMPARE(QDir(cache.path()).entryList(QDir::Files).size(), 2);
        // an already quantized model is refused, by name
        auto q = quantizedPair(model("Q8_0"), cache.path(), task);
        QVERIFY(!q.ok());
        QCOMPARE(q.error().source, model("Q8_0"));
        QVERIFY(q.error().message.contains(QLatin1String("already quantized (Q8_0)")));
    }

    void canceledVariantsLeaveNothing_data()
    {
        QTest::addColumn<double>("share");
        QTest::newRow("first file") << 0.2;
        QTest::newRow("second file") << 0.7;
    }

    void canceledVariantsLeaveNothing()
    {
        QFETCH(double, share);
        QTemporaryDir cache;
        CancelAt task(share);
        auto p = quantizedPair(model("f32"), cache.path(), task);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, Error::Code::Canceled);
        // only complete files: none, or the Q8_0 alone when the cancel came during the Q4_0
        const QStringList left = QDir(cache.path()).entryList(QDir::Files | QDir::Hidden);
        if (share < 0.5) {
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        } else {
            QCOMPARE(left.size(), 1);
            QVERIFY(left.first().endsWith(QLatin1String("-Q8_0.gguf")));
            PlainTaskContext hashing;
            QCOMPARE(fileSha256(QDir(cache.path()).filePath(left.first()), hashing).value(), Q8Sha);
        }
    }

    void synthPairMadeOnce()
    {
        QTemporaryDir cache;
        PlainTaskContext task;
        auto p = synthPair(model("Q8_0"), cache.path(), task);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        auto a = Inference::Model::load(p.value().a);
        auto b = Inference::Model::load(p.value().b);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value()->config().nLayer, 12);
        QCOMPARE(a.value()->typeLabel(), QStringLiteral("q8_0"));
        QCOMPARE(b.value()->typeLabel(), QStringLiteral("q4_0"));
        QCOMPARE(a.value()->config().vocabSize, 512);
        auto again = synthPair(model("Q8_0"), cache.path(), task);
        QVERIFY(again.ok() && again.value().reused);
        CancelAt cancel(0.1);
        QTemporaryDir other;
        QVERIFY(!synthPair(model("Q8_0"), other.path(), cancel).ok());
        QVERIFY(QDir(other.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestAbRun)
#include "tst_abrun.moc"
