// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The Vulkan engine against the CPU reference on the shared stories260K models (f32, Q8_0, Q4_0): logits at every
// position, batched (prefill) and token by token (decode); greedy text from BOS; bit-identical results from run to
// run and with lavapipe's default threading vs LP_NUM_THREADS=1; the no-device path.
//
// Relative error of a position: max_i |vulkan_i - cpu_i| / max_i |cpu_i| over its vocabulary logits (the error
// measured against the logits' own scale, so that logits near zero do not inflate it).
#include "core/gguf/gguffile.h"
#include "core/inference/cpubackend.h"
#include "core/inference/model.h"
#include "core/inference/perplexity.h"
#include "core/inference/vulkan/vulkanbackend.h"
#include "tests/support/testmain.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Inference;

namespace {

QString modelPath(const char* type)
{
    return QDir(QStringLiteral(SHARED_DIR))
        .filePath(QStringLiteral("models/stories260K-%1.gguf").arg(QLatin1String(type)));
}

double relErr(const float* a, const float* b, int n)
{
    double diff = 0, scale = 0;
    for (int i = 0; i < n; ++i) {
        diff = std::max(diff, double(std::fabs(a[i] - b[i])));
        scale = std::max(scale, double(std::fabs(b[i])));
    }
    return diff / scale;
}

int argmax(const float* v, int n)
{
    return int(std::max_element(v, v + n) - v);
}

/** Greedy tokens from BOS, one eval per token. */
std::vector<int32_t> greedy(Backend& b, int bos, int count)
{
    const int vocab = b.model().config().vocabSize;
    std::vector<float> logits(static_cast<size_t>(vocab));
    std::vector<int32_t> out { bos };
    for (int i = 0; i < count; ++i) {
        const int32_t t = out.back();
        auto r = b.eval({ &t, 1 }, i, logits, false);
        if (!r)
            qFatal("eval: %s", qPrintable(r.error().toString()));
        out.push_back(argmax(logits.data(), vocab));
    }
    return out;
}

/** SentencePiece pieces to text: "▁" is a space, <0xNN> a byte. */
QString detokenize(const Model& m, const std::vector<int32_t>& ids)
{
    auto pieces = m.file().strings("tokenizer.ggml.tokens");
    if (!pieces)
        return {};
    QByteArray text;
    for (size_t i = 1; i < ids.size(); ++i) {
        QByteArray p = pieces.value()[size_t(ids[i])];
        if (p.size() == 6 && p.startsWith("<0x") && p.endsWith('>'))
            text += char(p.mid(3, 2).toInt(nullptr, 16));
        else
            text += p.replace("\xe2\x96\x81", " ");
    }
    return QString::fromUtf8(text);
}

} // namespace

class TestVkBackend : public QObject
{
    Q_OBJECT

private:
    bool m_haveDevice = false;
    QString m_noDevice; // why not

    std::shared_ptr<const Model> load(const char* type)
    {
        auto m = Model::load(modelPath(type));
        if (!m)
            qFatal("%s", qPrintable(m.error().toString()));
        return m.value();
    }

    /** The CPU reference (float) with the context the Vulkan backends get. */
    static CpuBackend reference(std::shared_ptr<const Model> m, KvType kv = KvType::F32)
    {
        CpuBackend::Options co;
        co.contextSize = 128;
        co.kv = kv;
        return CpuBackend(std::move(m), co);
    }

    std::unique_ptr<Backend> vulkan(std::shared_ptr<const Model> m, int ctx = 128, KvType kv = KvType::F32)
    {
        VulkanOptions o;
        o.contextSize = ctx;
        o.kv = kv;
        auto b = createVulkanBackend(std::move(m), o);
        if (!b)
            qFatal("%s", qPrintable(b.error().toString()));
        return std::move(b.value());
    }

/** In the test functions that run the model on the GPU: skips when the shared models or a Vulkan device are absent
 * (only: any other error of VulkanContext::create fails initTestCase). */
#define REQUIRE_MODELS_AND_DEVICE()                                                                                    \
    do {                                                                                                               \
        if (!QFileInfo::exists(modelPath("f32")))                                                                      \
            INFEROMETER_SKIP("the shared models (../shared/models/stories260K-*.gguf) are absent");                    \
        if (!m_haveDevice)                                                                                             \
            INFEROMETER_SKIP(qPrintable(QStringLiteral("no Vulkan device: ") + m_noDevice));                           \
    } while (false)

private slots:
    void initTestCase()
    {
        auto ctx = VulkanContext::create();
        if (!ctx) {
            QCOMPARE(ctx.error().code, Error::Code::Unavailable);
            m_noDevice = ctx.error().message;
            return;
        }
        m_haveDevice = true;
        qInfo("device: %s", qPrintable(ctx.value()->info().name));
    }

    void logitsMatchCpu_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("f16Kv");
        QTest::addRow("f32") << QStringLiteral("f32") << false;
        QTest::addRow("q8_0") << QStringLiteral("Q8_0") << false;
        QTest::addRow("q4_0") << QStringLiteral("Q4_0") << false;
        // llama.cpp's default cache: F16 storage on the device (F16 texel views or packed pairs), rounded on the CPU
        QTest::addRow("q4_0, f16 kv") << QStringLiteral("Q4_0") << true;
    }

    void logitsMatchCpu()
    {
        REQUIRE_MODELS_AND_DEVICE();
        QFETCH(QString, type);
        QFETCH(bool, f16Kv);
        auto model = load(type.toLatin1().constData());
        const int vocab = model->config().vocabSize;
        const KvType kv = f16Kv ? KvType::F16 : KvType::F32;
        CpuBackend cpu = reference(model, kv);
        auto gpu = vulkan(model, 128, kv);
        // the cache each holds: F16 stored as F16 on the device (lavapipe reads it through RGBA16F texels), floats on
        // the CPU reference
        const int64_t values = 2 * int64_t(model->config().nLayer) * 128 * model->config().kvDim();
        QCOMPARE(gpu->kvCacheBytes(), values * (f16Kv ? 2 : 4));
        QCOMPARE(cpu.kvCacheBytes(), values * 4);
        QCOMPARE(gpu->name(), QStringLiteral("vulkan"));
        // a sequence the model itself writes (greedy on the CPU), 100 tokens: several prefill tiles and decode steps
        const auto seq = greedy(cpu, model->config().bosId, 99);
        const int n = int(seq.size());
        std::vector<float> want(size_t(n) * vocab), batched(want.size()), decoded(want.size());
        cpu.reset();
        QVERIFY(cpu.eval(seq, 0, want, true).ok());
        gpu->reset();
        QVERIFY(gpu->eval(seq, 0, batched, true).ok());
        gpu->reset();
        for (int i = 0; i < n; ++i)
            QVERIFY(gpu->eval({ &seq[size_t(i)], 1 }, i, { decoded.data() + size_t(i) * vocab, size_t(vocab) }, false)
                        .ok());
        double worstBatched = 0, worstDecoded = 0;
        for (int i = 0; i < n; ++i) {
            const float* w = want.data() + size_t(i) * vocab;
            worstBatched = std::max(worstBatched, relErr(batched.data() + size_t(i) * vocab, w, vocab));
            worstDecoded = std::max(worstDecoded, relErr(decoded.data() + size_t(i) * vocab, w, vocab));
        }
        qInfo("%s: max relative error over %d positions: batched %.3g, decode %.3g", qPrintable(type), n, worstBatched,
            worstDecoded);
        // an F16 cache: a key or value whose float results differ in the last bits can round to the neighbouring
        // half (2^-11 relative apart) on one engine and not on the other, so the bound is that step, not float's
        const double bound = f16Kv ? 2e-3 : 1e-4;
        QVERIFY2(worstBatched <= bound, qPrintable(QString::number(worstBatched)));
        QVERIFY2(worstDecoded <= bound, qPrintable(QString::number(worstDecoded)));

        // a prefill of 60 and then decode from position 60, with only the last logits
        std::vector<float> last(static_cast<size_t>(vocab));
        gpu->reset();
        QVERIFY(gpu->eval({ seq.data(), 60 }, 0, last, false).ok());
        QVERIFY(relErr(last.data(), want.data() + size_t(59) * vocab, vocab) <= bound);
        QVERIFY(gpu->eval({ seq.data() + 60, 1 }, 60, last, false).ok());
        QVERIFY(relErr(last.data(), want.data() + size_t(60) * vocab, vocab) <= bound);
    }

    void logProbsMatchCpu()
    {
        REQUIRE_MODELS_AND_DEVICE();
        // the device log-softmax (one value per position read back) against the same device's logits softmaxed in
        // double on the host (the kernel alone), and against the CPU reference's (the whole pass); 100 positions,
        // targets are the sequence shifted by one
        auto model = load("Q8_0");
        CpuBackend cpu = reference(model);
        auto gpu = vulkan(model);
        const auto seq = greedy(cpu, model->config().bosId, 99);
        std::vector<int32_t> targets(seq.begin() + 1, seq.end());
        targets.push_back(7);
        std::vector<double> want(seq.size()), got(seq.size());
        cpu.reset();
        QVERIFY(cpu.evalLogProbs(seq, 0, targets, want).ok()); // Backend's host default
        gpu->reset();
        auto r = gpu->evalLogProbs(seq, 0, targets, got);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const int vocab = model->config().vocabSize;
        std::vector<float> logits(seq.size() * size_t(vocab));
        gpu->reset();
        QVERIFY(gpu->eval(seq, 0, logits, true).ok());
        double worst = 0, worstKernel = 0, sum = 0;
        for (size_t i = 0; i < seq.size(); ++i) {
            QVERIFY(want[i] <= 0.0);
            const double host = logSoftmax({ logits.data() + i * size_t(vocab), size_t(vocab) }, targets[i]);
            worstKernel = std::max(worstKernel, std::fabs(got[i] - host) / (1.0 + std::fabs(host)));
            worst = std::max(worst, std::fabs(got[i] - want[i]));
            sum += want[i];
        }
        qInfo("log-probabilities of %zu positions: max |kernel - host double| %.3g, max |vulkan - cpu| %.3g "
              "(mean %.4f)",
            seq.size(), worstKernel, worst, sum / double(seq.size()));
        QVERIFY2(worstKernel <= 2e-6, qPrintable(QString::number(worstKernel)));
        QVERIFY2(worst <= 1e-4, qPrintable(QString::number(worst)));
        // greedy tokens are the model's favourites: most log-probabilities are well above log(1/vocab)
        QVERIFY(sum / double(seq.size()) > -1.0);

        // arguments: a target per token, inside the vocabulary
        std::vector<int32_t> shortTargets(targets.begin(), targets.begin() + 5);
        r = gpu->evalLogProbs(seq, 0, shortTargets, got);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Schema);
        targets[3] = model->config().vocabSize;
        r = gpu->evalLogProbs(seq, 0, targets, got);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QString::number(model->config().vocabSize)));
    }

    void greedyText()
    {
        REQUIRE_MODELS_AND_DEVICE();
        auto model = load("f32");
        CpuBackend cpu = reference(model);
        auto gpu = vulkan(model);
        const auto a = greedy(cpu, model->config().bosId, 100);
        const auto b = greedy(*gpu, model->config().bosId, 100);
        QCOMPARE(b, a);
        const QString text = detokenize(*model, b);
        qInfo("greedy: %s", qPrintable(text.left(160)));
        QVERIFY2(text.trimmed().startsWith(QStringLiteral(
                     "Once upon a time, there was a little girl named Lily. She loved to play outside in the park.")),
            qPrintable(text));
    }

    void deterministic()
    {
        REQUIRE_MODELS_AND_DEVICE();
        auto model = load("Q4_0");
        const int vocab = model->config().vocabSize;
        CpuBackend cpu = reference(model);
        const auto seq = greedy(cpu, model->config().bosId, 79);
        auto run = [&](Backend& b) {
            std::vector<float> all(seq.size() * size_t(vocab));
            b.reset();
            if (!b.eval(seq, 0, all, true))
                qFatal("eval failed");
            return all;
        };
        auto gpu = vulkan(model);
        const auto first = run(*gpu);
        for (int i = 0; i < 5; ++i)
            QVERIFY(run(*gpu) == first); // bit for bit
        // a second backend with lavapipe's threads limited to one (read when the device is created)
        const QByteArray old = qgetenv("LP_NUM_THREADS");
        qputenv("LP_NUM_THREADS", "1");
        auto single = vulkan(model);
        if (old.isNull())
            qunsetenv("LP_NUM_THREADS");
        else
            qputenv("LP_NUM_THREADS", old);
        QVERIFY(run(*single) == first);
    }

    void badArguments()
    {
        REQUIRE_MODELS_AND_DEVICE();
        auto model = load("f32");
        auto gpu = vulkan(model, 16);
        QCOMPARE(gpu->contextSize(), 16);
        std::vector<float> logits(size_t(model->config().vocabSize));
        const int32_t tok = 1, badTok = 100000;
        auto r = gpu->eval({ &tok, 1 }, 16, logits, false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Schema);
        r = gpu->eval({ &badTok, 1 }, 0, logits, false);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("100000")));
        std::vector<float> tiny(3);
        QVERIFY(!gpu->eval({ &tok, 1 }, 0, tiny, false).ok());
    }

    void noDevice()
    {
        // no driver at all: the loader finds no ICD
        qputenv("VK_ICD_FILENAMES", "/nonexistent/icd.json");
        qputenv("VK_DRIVER_FILES", "/nonexistent/icd.json");
        auto none = VulkanContext::create();
        qunsetenv("VK_ICD_FILENAMES");
        qunsetenv("VK_DRIVER_FILES");
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, Error::Code::Unavailable);
        qInfo("without a driver: %s", qPrintable(none.error().message));
        // and the CPU backend still works
        if (!QFileInfo::exists(modelPath("f32")))
            INFEROMETER_SKIP("the shared models (../shared/models/stories260K-*.gguf) are absent");
        auto model = load("f32");
        CpuBackend cpu(model);
        std::vector<float> logits(size_t(model->config().vocabSize));
        const int32_t bos = model->config().bosId;
        QVERIFY(cpu.eval({ &bos, 1 }, 0, logits, false).ok());
        // a device index that does not exist where there are devices: Unavailable, listing what there is
        if (!m_haveDevice)
            INFEROMETER_SKIP(qPrintable(QStringLiteral("no Vulkan device to list: ") + m_noDevice));
        DeviceChoice choice;
        choice.index = 99;
        auto ctx = VulkanContext::create(choice);
        QVERIFY(!ctx.ok());
        QCOMPARE(ctx.error().code, Error::Code::Unavailable);
        QVERIFY(ctx.error().message.contains(QStringLiteral("99")));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestVkBackend)
#include "tst_vkbackend.moc"
