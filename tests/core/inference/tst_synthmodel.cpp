// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/task.h"
#include "core/gguf/gguffile.h"
#include "core/inference/cpubackend.h"
#include "core/inference/model.h"
#include "core/inference/synthmodel.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Inference;

namespace {
QByteArray sha(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestSynthModel : public QObject
{
    Q_OBJECT
private slots:
    void presets()
    {
        const auto p = synthPreset(QStringLiteral("110m")).value();
        QCOMPARE(p.nEmbd, 768);
        QCOMPARE(p.nLayer, 12);
        QCOMPARE(p.nFf, 2048);
        const auto b = synthPreset(QStringLiteral("1b")).value();
        QCOMPARE(b.nHead, 32);
        QCOMPARE(b.nHeadKv, 4);
        QVERIFY(synthPreset(QStringLiteral("350m")));
        QVERIFY(!synthPreset(QStringLiteral("7b")));
    }

    void smallModelRuns_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("f32") << QStringLiteral("f32");
        QTest::newRow("q8_0") << QStringLiteral("q8_0");
        QTest::newRow("q4_0") << QStringLiteral("q4_0");
    }
    void smallModelRuns()
    {
        QFETCH(QString, type);
        const QString vocab = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
        if (!QFile::exists(vocab))
            QSKIP("the shared models are not available");
        QTemporaryDir dir;
        SynthOptions o;
        o.shape = { QStringLiteral("test"), 128, 3, 4, 2, 256, 512 };
        o.type = *Gguf::parseTypeName(type);
        o.vocabFrom = vocab;
        o.seed = 99;
        PlainTaskContext ctx;
        const QString a = dir.filePath(QStringLiteral("a.gguf"));
        auto r = synthesizeModel(o, a, ctx);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().vocabSize, 512);
        // 512x128 x2 (embedding, output) + 3 x (4 x 128x128/.. q,k,v,o + 3 x 128x256 + 2 norms) + output norm
        const uint64_t perLayer = 128 * 128 + 2 * (128 * 64) + 128 * 128 + 3 * (128 * 256) + 2 * 128;
        QCOMPARE(r.value().parameters, uint64_t(2 * 512 * 128 + 128 + 3 * perLayer));

        auto m = Model::load(a);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        QCOMPARE(m.value()->config().nHeadKv, 2);
        QCOMPARE(m.value()->config().headDim, 32);
        QCOMPARE(m.value()->typeLabel(), type);
        QCOMPARE(m.value()->file().string("tokenizer.ggml.model").value(), QStringLiteral("llama"));
        QCOMPARE(m.value()->file().strings("tokenizer.ggml.tokens").value().size(), size_t(512));
        QCOMPARE(m.value()->file().uint("llama.context_length").value(), 512u);
        if (type == QLatin1String("q4_0"))
            QCOMPARE(m.value()->output().type, Gguf::TensorType::Q8_0);

        CpuBackend cpu(m.value(), { 16, CpuBackend::Precision::Float });
        std::vector<int32_t> toks { 1, 100, 200, 300, 400, 7 };
        std::vector<float> logits(static_cast<size_t>(6 * 512));
        QVERIFY(cpu.eval(toks, 0, logits, true).ok());
        double sumSq = 0;
        for (float l : logits) {
            QVERIFY(std::isfinite(l));
            sumSq += double(l) * l;
        }
        const double rms = std::sqrt(sumSq / double(logits.size()));
        QVERIFY2(rms > 0.05 && rms < 5, qPrintable(QString::number(rms))); // varied, not exploding

        // the same options give the same bytes; another seed other bytes
        const QString b = dir.filePath(QStringLiteral("b.gguf"));
        QVERIFY(synthesizeModel(o, b, ctx).ok());
        QCOMPARE(sha(a), sha(b));
        o.seed = 100;
        QVERIFY(synthesizeModel(o, b, ctx).ok());
        QVERIFY(sha(a) != sha(b));
    }

    void refusals()
    {
        QTemporaryDir dir;
        SynthOptions o;
        o.shape = synthPreset(QStringLiteral("110m")).value();
        o.vocabFrom = dir.filePath(QStringLiteral("missing.gguf"));
        PlainTaskContext ctx;
        auto r = synthesizeModel(o, dir.filePath(QStringLiteral("x.gguf")), ctx);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().source, o.vocabFrom);
        o.type = Gguf::TensorType::Q5_1;
        r = synthesizeModel(o, dir.filePath(QStringLiteral("x.gguf")), ctx);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("q5_1")));
    }
};

QTEST_GUILESS_MAIN(TestSynthModel)
#include "tst_synthmodel.moc"
