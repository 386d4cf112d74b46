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
#include "core/inference/vulkan/vulkanbackend.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestKQuantPerplexity : public QObject
{
    Q_OBJECT

    QString m_bin = QStringLiteral(INFEROMETER_DATA_CACHE "/oracle/build/bin");
    QTemporaryDir m_dir;

    /** llama-perplexity's final estimate for `model` over the bundled text at ctx 128. */
    double oraclePerplexity(const QString& model)
    {
        const QString text = m_dir.filePath(QStringLiteral("text.txt"));
        if (!QFileInfo::exists(text)) {
            QFile f(text);
            if (!f.open(QIODevice::WriteOnly))
                return -1;
            f.write(Ab::bundledText());
        }
        QProcess p;
        p.start(m_bin + QStringLiteral("/llama-perplexity"),
            { QStringLiteral("-m"), model, QStringLiteral("-f"), text, QStringLiteral("-c"), QStringLiteral("128"),
                QStringLiteral("-b"), QStringLiteral("128"), QStringLiteral("-t"), QStringLiteral("2") });
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return -1;
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        const auto m = QRegularExpression(QStringLiteral("Final estimate: PPL = ([0-9.]+)")).match(out);
        return m.hasMatch() ? m.captured(1).toDouble() : -1;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral(SHARED_DIR "/models/stories260K-wide-f32.gguf")))
            QSKIP("the shared models are not available (INFEROMETER_SHARED_DIR)");
        if (!QFileInfo::exists(m_bin + QStringLiteral("/llama-perplexity")))
            QSKIP("the llama.cpp oracle is not built: run packaging/build-oracle.sh");
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
        PlainTaskContext task;
        Inference::CpuBackend cpu(model.value(), { 128, Inference::CpuBackend::Precision::Float });
        auto ours = Inference::perplexity(cpu, ids.value(), 128, model.value()->config().bosId, task);
        QVERIFY(ours.ok());
        // the Vulkan engine (lavapipe here) gives the same figure to 1e-4
        Inference::VulkanOptions o;
        o.contextSize = 128;
        if (auto vk = Inference::createVulkanBackend(model.value(), o)) {
            auto v = Inference::perplexity(*vk.value(), ids.value(), 128, model.value()->config().bosId, task);
            QVERIFY(v.ok());
            QVERIFY2(std::fabs(v.value().perplexity / ours.value().perplexity - 1) < 1e-4,
                qPrintable(QStringLiteral("cpu %1, vulkan %2").arg(ours.value().perplexity).arg(v.value().perplexity)));
        }
        // the same weights decoded by llama-quantize, in float
        const QString decoded = m_dir.filePath(type + QStringLiteral("-f32.gguf"));
        QProcess q;
        q.start(m_bin + QStringLiteral("/llama-quantize"),
            { QStringLiteral("--allow-requantize"), file, decoded, QStringLiteral("F32") });
        QVERIFY(q.waitForFinished(60000) && q.exitCode() == 0);
        const double asFloat = oraclePerplexity(decoded);
        const double asFile = oraclePerplexity(file);
        QVERIFY(asFloat > 0 && asFile > 0);
        const double p = ours.value().perplexity;
        qInfo("%s: ours %.4f, llama-perplexity on the decoded F32 %.4f (%+.3f%%), on the file %.4f (%+.3f%%)",
            qPrintable(type), p, asFloat, (p / asFloat - 1) * 100, asFile, (p / asFile - 1) * 100);
        // llama-perplexity prints 4 decimals
        QVERIFY(std::fabs(p / asFloat - 1) < 2e-4);
        QVERIFY(std::fabs(p / asFile - 1) < 6e-3);
    }
};

QTEST_GUILESS_MAIN(TestKQuantPerplexity)
#include "tst_kquantperplexity.moc"
