// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Perplexity of the shared K-quant files on both engines against llama.cpp's llama-perplexity (the oracle, built by
// packaging/build-oracle.sh) over the bundled text at ctx 128:
// - against the oracle run on the file llama-quantize decodes to F32: the same weights in float, as our engines
//   compute; they agree to 0.02% (llama.cpp keeps its KV cache in F16, we in F32);
// - against the oracle run on the K-quant file itself: its CPU backend quantizes activations to Q8_K for K-quant
//   mat-muls (its Vulkan backend does not), which moves perplexity by up to ~0.5% on these tiny models.
#include "core/common/task.h"
#include "core/inference/ab/abrun.h"
#include "core/inference/cpubackend.h"
#include "core/inference/model.h"
#include "core/inference/perplexity.h"
#include "core/inference/synthmodel.h"
#include "core/inference/vulkan/vulkanbackend.h"
#include "tests/support/testmain.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>

#include <cmath>
#include <memory>
#include <optional>

class TestKQuantPerplexity : public QObject
{
    Q_OBJECT

    QString m_bin = QStringLiteral(INFEROMETER_DATA_CACHE "/oracle/build/bin");
    QTemporaryDir m_dir;

    /** llama-perplexity's output for `model` over the bundled text at `ctx` (128 unless said), with `extra`
     * arguments. */
    QString runOracle(const QString& model, const QStringList& extra = {}, int ctx = 128)
    {
        const QString text = m_dir.filePath(QStringLiteral("text.txt"));
        if (!QFileInfo::exists(text)) {
            QFile f(text);
            if (!f.open(QIODevice::WriteOnly))
                return {};
            f.write(Ab::bundledText());
        }
        QProcess p;
        p.start(m_bin + QStringLiteral("/llama-perplexity"),
            QStringList { QStringLiteral("-m"), model, QStringLiteral("-f"), text, QStringLiteral("-c"),
                QString::number(ctx), QStringLiteral("-b"), QString::number(ctx), QStringLiteral("-t"),
                QStringLiteral("2") }
                + extra);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

    /** A number the oracle printed after `label` ("Mean    KLD:"); -1 when absent. */
    static double figure(const QString& out, const QString& label)
    {
        const auto m = QRegularExpression(QRegularExpression::escape(label) + QStringLiteral("\\s*([0-9.]+)")).match(out);
        return m.hasMatch() ? m.captured(1).toDouble() : -1;
    }

    double oraclePerplexity(const QString& model, int ctx = 128)
    {
        return figure(runOracle(model, {}, ctx), QStringLiteral("Final estimate: PPL ="));
    }

    /** llama-quantize's F32 decode of `file`. */
    QString decoded(const QString& file, const QString& name)
    {
        const QString out = m_dir.filePath(name + QStringLiteral("-f32.gguf"));
        QProcess q;
        q.start(m_bin + QStringLiteral("/llama-quantize"), { QStringLiteral("--allow-requantize"), file, out, QStringLiteral("F32") });
        return q.waitForFinished(60000) && q.exitCode() == 0 ? out : QString();
    }

    /** Perplexity over `ids` at `ctx` on the CPU reference or the default Vulkan device with a `kv` cache; nullopt
     * when there is no Vulkan device, NaN when the evaluation fails (every comparison with it fails). */
    static std::optional<double> enginePerplexity(bool vulkan, const std::shared_ptr<const Inference::Model>& model,
        const std::vector<int32_t>& ids, Inference::KvType kv = Inference::KvType::F32, int ctx = 128)
    {
        std::unique_ptr<Inference::Backend> backend;
        if (vulkan) {
            Inference::VulkanOptions o;
            o.contextSize = ctx;
            o.kv = kv;
            auto vk = Inference::createVulkanBackend(model, o);
            if (!vk)
                return std::nullopt;
            backend = std::move(vk).value();
        } else {
            backend = std::make_unique<Inference::CpuBackend>(
                model, Inference::CpuBackend::Options { ctx, Inference::CpuBackend::Precision::Float, kv });
        }
        PlainTaskContext task;
        auto p = Inference::perplexity(*backend, ids, ctx, model->config().bosId, task);
        return p ? p.value().perplexity : std::nan("");
    }

    /** The logits themselves against the oracle's: llama-perplexity --kl-divergence-base saves, for every scored
     * position of every chunk, the log-probabilities within 16 of the top one in 16-bit steps of `scale` (its file: an
     * 8-byte tag, n_ctx, n_vocab, n_chunk, the tokens, then per position scale and the lowest log-probability as
     * floats and n_vocab uint16, padded to an even count). Evaluates the same chunks (BOS first) on the CPU reference
     * and returns the largest difference of a log-probability in steps; -1 when the oracle or the file fails. */
    double logProbsAgainstOracle(const QString& file, const std::shared_ptr<const Inference::Model>& model)
    {
        const QString base = m_dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".kld"));
        if (runOracle(file, { QStringLiteral("--kl-divergence-base"), base }).isEmpty())
            return -1;
        QFile f(base);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray b = f.readAll();
        auto i32 = [&](qsizetype at) {
            int32_t v = 0;
            std::memcpy(&v, b.constData() + at, 4);
            return v;
        };
        if (b.size() < 20 || !b.startsWith("_logits_"))
            return -1;
        const int nCtx = i32(8), nVocab = i32(12), nChunk = i32(16), first = nCtx / 2;
        const qsizetype nv = 2 * ((nVocab + 1) / 2) + 4;
        qsizetype at = 20 + qsizetype(4) * nChunk * nCtx;
        if (nVocab != model->config().vocabSize || b.size() != at + qsizetype(nChunk) * (nCtx - 1 - first) * nv * 2)
            return -1;
        // an F16 cache, as llama-perplexity's default
        Inference::CpuBackend cpu(model,
            Inference::CpuBackend::Options { nCtx, Inference::CpuBackend::Precision::Float, Inference::KvType::F16 });
        double worst = 0;
        std::vector<float> logits(size_t(nCtx) * size_t(nVocab));
        for (int c = 0; c < nChunk; ++c) {
            std::vector<int32_t> ids(static_cast<size_t>(nCtx));
            for (int i = 0; i < nCtx; ++i)
                ids[size_t(i)] = i32(20 + 4 * (qsizetype(c) * nCtx + i));
            if (model->config().addBos && model->config().bosId >= 0)
                ids[0] = model->config().bosId;
            cpu.reset();
            if (!cpu.eval(ids, 0, logits, true).ok())
                return -1;
            for (int i = first; i < nCtx - 1; ++i, at += nv * 2) {
                float scale = 0, minLogProb = 0;
                std::memcpy(&scale, b.constData() + at, 4);
                std::memcpy(&minLogProb, b.constData() + at + 4, 4);
                const float* row = logits.data() + size_t(i) * size_t(nVocab);
                const double mx = *std::max_element(row, row + nVocab);
                double sum = 0;
                for (int v = 0; v < nVocab; ++v)
                    sum += std::exp(double(row[v]) - mx);
                const double lse = std::log(sum);
                for (int v = 0; v < nVocab; ++v) {
                    uint16_t q = 0;
                    std::memcpy(&q, b.constData() + at + 8 + 2 * v, 2);
                    if (q == 0 || scale == 0) // at or below the saved range
                        continue;
                    const double oracle = double(minLogProb) + double(scale) * q;
                    worst = std::max(worst, std::fabs(double(row[v]) - mx - lse - oracle) / double(scale));
                }
            }
        }
        return worst;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral(SHARED_DIR "/models/stories260K-wide-f32.gguf")))
            INFEROMETER_SKIP("the shared models are not available (INFEROMETER_SHARED_DIR)");
        if (!QFileInfo::exists(m_bin + QStringLiteral("/llama-perplexity")))
            INFEROMETER_SKIP("the llama.cpp oracle is not built: run packaging/build-oracle.sh");
    }

    void asLlamaPerplexity_data()
    {
        QTest::addColumn<QString>("type");
        for (const char* t : { "f32", "Q2_K", "Q3_K_M", "Q4_K_S", "Q4_K_M", "Q5_K_M", "Q6_K" })
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void asLlamaPerplexity()
    {
        QFETCH(QString, type);
        const QString file = QStringLiteral(SHARED_DIR "/models/stories260K-wide-%1.gguf").arg(type);
        auto model = Inference::Model::load(file);
        QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error().toString()));
        auto ids = Ab::textIds(*model.value(), Ab::bundledText());
        QVERIFY(ids.ok());
        const double p = *enginePerplexity(false, model.value(), ids.value());
        // the Vulkan engine (lavapipe here) gives the same figure to 1e-4
        if (const auto v = enginePerplexity(true, model.value(), ids.value()))
            QVERIFY2(std::fabs(*v / p - 1) < 1e-4, qPrintable(QStringLiteral("cpu %1, vulkan %2").arg(p).arg(*v)));
        // an F16 KV cache (llama.cpp's default) on both engines: the values rounded to half precision as stored
        const double p16 = *enginePerplexity(false, model.value(), ids.value(), Inference::KvType::F16);
        QVERIFY(p16 != p);
        QVERIFY(std::fabs(p16 / p - 1) < 1e-3);
        if (const auto v = enginePerplexity(true, model.value(), ids.value(), Inference::KvType::F16))
            QVERIFY2(std::fabs(*v / p16 - 1) < 1e-4,
                qPrintable(QStringLiteral("F16 KV: cpu %1, vulkan %2").arg(p16).arg(*v)));
        // the same weights decoded by llama-quantize, in float
        const QString asF32 = decoded(file, type);
        QVERIFY(!asF32.isEmpty());
        const double asFloat = oraclePerplexity(asF32);
        const double asFile = oraclePerplexity(file);
        QVERIFY(asFloat > 0 && asFile > 0);
        qInfo("%s: ours %.4f, llama-perplexity on the decoded F32 %.4f (%+.3f%%), on the file %.4f (%+.3f%%)",
            qPrintable(type), p, asFloat, (p / asFloat - 1) * 100, asFile, (p / asFile - 1) * 100);
        // llama-perplexity prints 4 decimals
        QVERIFY(std::fabs(p / asFloat - 1) < 2e-4);
        QVERIFY(std::fabs(p / asFile - 1) < 6e-3);
    }

    /** The same at ctx 512 (6 chunks of the bundled text): both engines with llama.cpp's F16 cache, against
     * llama-perplexity on the decoded weights and on the file. */
    void asLlamaPerplexityAt512_data()
    {
        QTest::addColumn<QString>("type");
        for (const char* t : { "Q8_0", "Q4_K_M", "Q6_K", "Q2_K" })
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void asLlamaPerplexityAt512()
    {
        QFETCH(QString, type);
        const QString file = QStringLiteral(SHARED_DIR "/models/stories260K-wide-%1.gguf").arg(type);
        auto model = Inference::Model::load(file);
        QVERIFY(model.ok());
        auto ids = Ab::textIds(*model.value(), Ab::bundledText());
        QVERIFY(ids.ok());
        const auto f16 = Inference::KvType::F16;
        const double p = *enginePerplexity(false, model.value(), ids.value(), f16, 512);
        const double asFloat = oraclePerplexity(decoded(file, type + QStringLiteral("-512")), 512);
        const double asFile = oraclePerplexity(file, 512);
        qInfo("%s at ctx 512: ours %.4f, llama-perplexity on the decoded F32 %.4f (%+.3f%%), on the file %.4f (%+.3f%%)",
            qPrintable(type), p, asFloat, (p / asFloat - 1) * 100, asFile, (p / asFile - 1) * 100);
        QVERIFY(asFloat > 0 && asFile > 0);
        QVERIFY(std::fabs(p / asFloat - 1) < 2e-4);
        QVERIFY(std::fabs(p / asFile - 1) < 6e-3);
        if (const auto v = enginePerplexity(true, model.value(), ids.value(), f16, 512))
            QVERIFY2(std::fabs(*v / p - 1) < 1e-4, qPrintable(QStringLiteral("cpu %1, vulkan %2").arg(p).arg(*v)));
    }

    /** The shared qwen2 files (Q/K/V biases, NEOX RoPE) hold the same function as the llama ones: same perplexity, as
     * llama-perplexity also says, on both engines. */
    void qwen2AsLlama_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("f32") << QStringLiteral("f32");
        QTest::newRow("Q4_K_M") << QStringLiteral("Q4_K_M");
    }

    void qwen2AsLlama()
    {
        QFETCH(QString, type);
        auto llama = Inference::Model::load(QStringLiteral(SHARED_DIR "/models/stories260K-wide-%1.gguf").arg(type));
        const QString qwenFile = QStringLiteral(SHARED_DIR "/models/stories260K-wide-qwen2-%1.gguf").arg(type);
        auto qwen = Inference::Model::load(qwenFile);
        QVERIFY2(qwen.ok(), qPrintable(qwen.ok() ? QString() : qwen.error().toString()));
        QVERIFY(llama.ok());
        QCOMPARE(qwen.value()->config().architecture, QStringLiteral("qwen2"));
        QVERIFY(qwen.value()->config().ropeNeox);
        QVERIFY(qwen.value()->layers().front().bq.valid());
        auto ids = Ab::textIds(*llama.value(), Ab::bundledText());
        QVERIFY(ids.ok());
        const double pa = *enginePerplexity(false, llama.value(), ids.value());
        const double pb = *enginePerplexity(false, qwen.value(), ids.value());
        qInfo("%s: llama %.6f, qwen2 %.6f", qPrintable(type), pa, pb);
        QVERIFY(std::fabs(pb / pa - 1) < 2e-5);
        if (type == QLatin1String("f32")) {
            const double oracle = oraclePerplexity(qwenFile);
            QVERIFY(oracle > 0);
            QVERIFY(std::fabs(pb / oracle - 1) < 2e-4);
        }
        // the Vulkan engine: biases in the QKV epilogue, NEOX pairs made adjacent by permuting Q and K rows
        const auto vq = enginePerplexity(true, qwen.value(), ids.value());
        const auto vl = enginePerplexity(true, llama.value(), ids.value());
        if (!vq || !vl)
            return; // no Vulkan device
        QVERIFY2(std::fabs(*vq / *vl - 1) < 2e-5, qPrintable(QStringLiteral("vulkan: llama %1, qwen2 %2").arg(*vl).arg(*vq)));
        QVERIFY(std::fabs(*vq / pb - 1) < 1e-4);
    }

    /** A synthetic qwen2 model with seeded biases (12 layers would be slow here: 2, of stories110M's width), on both
     * engines against llama-perplexity: the logits' log-probabilities agree through their perplexity. */
    void syntheticQwen2AsLlamaPerplexity()
    {
        Inference::SynthOptions so;
        so.shape = Inference::SynthShape { QStringLiteral("test"), 256, 2, 8, 2, 512, 256 };
        so.vocabFrom = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
        so.architecture = QStringLiteral("qwen2");
        so.seed = 11;
        const QString file = m_dir.filePath(QStringLiteral("synthetic-qwen2.gguf"));
        PlainTaskContext task;
        QVERIFY(Inference::synthesizeModel(so, file, task).ok());
        auto model = Inference::Model::load(file);
        QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error().toString()));
        QVERIFY(model.value()->layers().front().bk.valid());
        auto ids = Ab::textIds(*model.value(), Ab::bundledText());
        QVERIFY(ids.ok());
        const double ours = *enginePerplexity(false, model.value(), ids.value());
        const double oracle = oraclePerplexity(file);
        const double steps = logProbsAgainstOracle(file, model.value());
        qInfo("synthetic qwen2: ours %.4f, llama-perplexity %.4f; log-probabilities within %.2f of the oracle's 16-bit "
              "steps",
            ours, oracle, steps);
        QVERIFY(oracle > 0);
        QVERIFY(std::fabs(ours / oracle - 1) < 5e-4);
        QVERIFY(steps >= 0 && steps <= 1.0); // rounding to the step (0.5) and float noise
        if (const auto v = enginePerplexity(true, model.value(), ids.value()))
            QVERIFY(std::fabs(*v / ours - 1) < 1e-5);
    }

    /** A synthetic phi3 model (fused Q/K/V and gate/up, NEOX RoPE with the short factors and attn_factor 1.25)
     * against llama-perplexity, with a sliding window wider than the context and one of 40 positions (both engines
     * mask as llama.cpp does: a query sees the positions less than the window behind it). */
    void syntheticPhi3AsLlamaPerplexity_data()
    {
        QTest::addColumn<int>("window");
        QTest::newRow("window 256") << 256;
        QTest::newRow("window 40") << 40;
    }

    void syntheticPhi3AsLlamaPerplexity()
    {
        QFETCH(int, window);
        Inference::SynthOptions so;
        so.shape = Inference::SynthShape { QStringLiteral("test"), 256, 2, 8, 2, 512, 256 };
        so.vocabFrom = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
        so.architecture = QStringLiteral("phi3");
        so.slidingWindow = window;
        so.seed = 12;
        const QString file = m_dir.filePath(QStringLiteral("synthetic-phi3-%1.gguf").arg(window));
        PlainTaskContext task;
        QVERIFY(Inference::synthesizeModel(so, file, task).ok());
        auto model = Inference::Model::load(file);
        QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error().toString()));
        QCOMPARE(model.value()->config().slidingWindow, window);
        QCOMPARE(model.value()->config().ropeAttnFactor, 1.25f);
        auto ids = Ab::textIds(*model.value(), Ab::bundledText());
        QVERIFY(ids.ok());
        const double ours = *enginePerplexity(false, model.value(), ids.value());
        const double oracle = oraclePerplexity(file);
        const double steps = logProbsAgainstOracle(file, model.value());
        qInfo("synthetic phi3, window %d: ours %.4f, llama-perplexity %.4f; log-probabilities within %.2f steps", window,
            ours, oracle, steps);
        QVERIFY(oracle > 0);
        QVERIFY(std::fabs(ours / oracle - 1) < 5e-4);
        QVERIFY(steps >= 0 && steps <= 1.0);
        // the long factors (a context beyond the original 256) change the figure: the choice is not idle
        QVERIFY(model.value()->ropeInvFreq(512) != model.value()->ropeInvFreq(256));
        const auto v = enginePerplexity(true, model.value(), ids.value());
        if (!v)
            return; // no Vulkan device
        QVERIFY2(std::fabs(*v / ours - 1) < 1e-5, qPrintable(QStringLiteral("cpu %1, vulkan %2").arg(ours).arg(*v)));
    }

    /** Synthetic gemma2 models against llama-perplexity: embeddings times sqrt(n_embd), GELU, post-norms, soft-capped
     * scores and logits, a window of 40 on the even layers; 26 layers (queries scaled by 1/sqrt(key_length)) and 46
     * (the 27B's rule, 1/sqrt(n_embd / n_head), with a key_length of 64 against n_embd / n_head = 32). llama-perplexity
     * on the CPU computes GELU through a table of F16 inputs (ggml's GGML_GELU_FP16); we compute it in float as its
     * Vulkan backend does, which moves perplexity by a small fraction of a percent. */
    void syntheticGemma2AsLlamaPerplexity_data()
    {
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("headDim");
        QTest::newRow("26 layers") << 26 << 0;
        QTest::newRow("46 layers, key length 64") << 46 << 64;
    }

    void syntheticGemma2AsLlamaPerplexity()
    {
        QFETCH(int, layers);
        QFETCH(int, headDim);
        Inference::SynthOptions so;
        so.shape = Inference::SynthShape { QStringLiteral("test"), 128, layers, 4, 2, 256, 256, headDim };
        so.vocabFrom = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
        so.architecture = QStringLiteral("gemma2");
        so.slidingWindow = 40;
        so.seed = 13;
        const QString file = m_dir.filePath(QStringLiteral("synthetic-gemma2-%1.gguf").arg(layers));
        PlainTaskContext task;
        QVERIFY(Inference::synthesizeModel(so, file, task).ok());
        auto model = Inference::Model::load(file);
        QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error().toString()));
        const Inference::ModelConfig& c = model.value()->config();
        QCOMPARE(c.windowOf(0), 40);
        QCOMPARE(c.windowOf(1), 0);
        QCOMPARE(c.queryScale, layers == 46 ? 1.0f / std::sqrt(32.0f) : 1.0f / std::sqrt(32.0f * (headDim ? 2 : 1)));
        auto ids = Ab::textIds(*model.value(), Ab::bundledText());
        QVERIFY(ids.ok());
        const double ours = *enginePerplexity(false, model.value(), ids.value());
        const double oracle = oraclePerplexity(file);
        const double steps = logProbsAgainstOracle(file, model.value());
        qInfo("synthetic gemma2, %d layers: ours %.4f, llama-perplexity %.4f (%+.4f%%); log-probabilities within %.2f "
              "steps",
            layers, ours, oracle, 100 * (ours / oracle - 1), steps);
        QVERIFY(oracle > 0);
        QVERIFY(std::fabs(ours / oracle - 1) < 2e-3);
        // llama.cpp's CPU backend rounds Q and the attention weights to F16 for its F16 cache and takes GELU from a
        // table of F16 inputs; gemma2's post-norms scale such noise in small block outputs up to unit size, and 26-46
        // layers add it up: measured 30 and 42 steps of 9e-5 (a few 1e-3 in log-probability) against under one
        // step for qwen2 and phi3
        QVERIFY(steps >= 0 && steps <= 64.0);
        if (const auto v = enginePerplexity(true, model.value(), ids.value()))
            QVERIFY2(std::fabs(*v / ours - 1) < 1e-5, qPrintable(QStringLiteral("cpu %1, vulkan %2").arg(ours).arg(*v)));
    }

    /** A BF16 model, as llama-quantize writes one from the wide f32: both engines, against llama-perplexity on its F32
     * decode. */
    void bf16AsLlamaPerplexity()
    {
        const QString bf16 = m_dir.filePath(QStringLiteral("wide-bf16.gguf"));
        QProcess q;
        q.start(m_bin + QStringLiteral("/llama-quantize"),
            { QStringLiteral(SHARED_DIR "/models/stories260K-wide-f32.gguf"), bf16, QStringLiteral("BF16") });
        QVERIFY(q.waitForFinished(60000) && q.exitCode() == 0);
        auto model = Inference::Model::load(bf16);
        QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error().toString()));
        QCOMPARE(model.value()->typeLabel(), QStringLiteral("bf16"));
        auto ids = Ab::textIds(*model.value(), Ab::bundledText());
        QVERIFY(ids.ok());
        const double ours = *enginePerplexity(false, model.value(), ids.value());
        const double oracle = oraclePerplexity(decoded(bf16, QStringLiteral("bf16")));
        qInfo("bf16: ours %.4f, llama-perplexity on its F32 decode %.4f", ours, oracle);
        QVERIFY(oracle > 0);
        QVERIFY(std::fabs(ours / oracle - 1) < 2e-4);
        if (const auto v = enginePerplexity(true, model.value(), ids.value()))
            QVERIFY(std::fabs(*v / ours - 1) < 1e-5);
    }

    /** `ab wide-Q8_0 wide-Q4_K_M`'s KL divergence against llama-perplexity --kl-divergence on the same weights. */
    void klDivergenceAsLlamaPerplexity_data()
    {
        QTest::addColumn<int>("ctx");
        QTest::newRow("ctx 128") << 128;
        QTest::newRow("ctx 512") << 512;
    }

    void klDivergenceAsLlamaPerplexity()
    {
        QFETCH(int, ctx);
        const QString a = QStringLiteral(SHARED_DIR "/models/stories260K-wide-Q8_0.gguf");
        const QString b = QStringLiteral(SHARED_DIR "/models/stories260K-wide-Q4_K_M.gguf");
        Ab::Request r;
        r.fileA = a;
        r.fileB = b;
        r.settings.engine = QStringLiteral("cpu");
        r.settings.runs = 1;
        r.settings.promptTokens = 8;
        r.settings.decodeTokens = 4;
        r.settings.ctx = ctx;
        PlainTaskContext task;
        auto ours = Ab::run(r, task);
        QVERIFY2(ours.ok(), qPrintable(ours.ok() ? QString() : ours.error().toString()));
        const QString base = m_dir.filePath(QStringLiteral("base-%1.kld").arg(ctx));
        QVERIFY(!runOracle(decoded(a, QStringLiteral("a")), { QStringLiteral("--kl-divergence-base"), base }, ctx)
                     .isEmpty());
        const QString out = runOracle(decoded(b, QStringLiteral("b")),
            { QStringLiteral("--kl-divergence-base"), base, QStringLiteral("--kl-divergence") }, ctx);
        const double mean = figure(out, QStringLiteral("Mean    KLD:"));
        const double p99 = figure(out, QStringLiteral("99.0%   KLD:"));
        const double max = figure(out, QStringLiteral("Maximum KLD:"));
        const double top = figure(out, QStringLiteral("Same top p:")) / 100;
        const Ab::Record& rec = ours.value();
        qInfo("ctx %d: KLD mean %.6f (oracle %.6f), p99 %.6f (%.6f), max %.6f (%.6f), same top %.4f (%.4f); perplexity "
              "A %.4f, B %.4f",
            ctx, rec.kldMean, mean, rec.kldP99, p99, rec.kldMax, max, rec.top1Agreement, top, rec.a.perplexity,
            rec.b.perplexity);
        QVERIFY(mean > 0 && p99 > 0 && max > 0 && top > 0);
        QVERIFY(std::fabs(rec.kldMean / mean - 1) < 2e-3);
        QVERIFY(std::fabs(rec.kldP99 / p99 - 1) < 1e-2); // llama.cpp takes the order statistic, we interpolate
        QVERIFY(std::fabs(rec.kldMax / max - 1) < 1e-2);
        QVERIFY(std::fabs(rec.top1Agreement - top) < 2e-3);
        // and the two perplexities the A/B record states: llama-perplexity's Mean PPL(Q) and PPL(base)
        const double pplB = figure(out, QStringLiteral("Mean PPL(Q)                   :"));
        const double pplA = figure(out, QStringLiteral("Mean PPL(base)                :"));
        QVERIFY(pplA > 0 && pplB > 0);
        QVERIFY2(std::fabs(rec.a.perplexity / pplA - 1) < 2e-4 && std::fabs(rec.b.perplexity / pplB - 1) < 2e-4,
            qPrintable(QStringLiteral("A %1 (oracle %2), B %3 (oracle %4)")
                           .arg(rec.a.perplexity)
                           .arg(pplA)
                           .arg(rec.b.perplexity)
                           .arg(pplB)));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestKQuantPerplexity)
#include "tst_kquantperplexity.moc"
