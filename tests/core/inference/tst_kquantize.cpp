// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// llama-quantize's K-quant mixes: every shared stories260K-wide file reproduced byte for byte from the wide f32; the
// mixes' rules worked by hand for a 12-layer model; and, against the oracle (llama.cpp's llama-quantize, built by
// packaging/build-oracle.sh), whole files byte for byte on shapes the shared files do not have: stories260K's 64- and
// 172-wide rows (the fallbacks to IQ4_NL, Q5_0, Q5_1, Q8_0 and F16) and a 12-layer model with 4 heads per KV head.
#include "core/common/task.h"
#include "core/inference/model.h"
#include "core/inference/quantizer.h"
#include "core/inference/synthmodel.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Inference;
using T = Gguf::TensorType;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char* const AllMixes[] = { "Q8_0", "Q4_0", "Q2_K", "Q3_K_M", "Q4_K_S", "Q4_K_M", "Q5_K_S", "Q5_K_M", "Q6_K" };

} // namespace

class TestKQuantize : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_oracle = QStringLiteral(INFEROMETER_DATA_CACHE "/oracle/build/bin/llama-quantize");
    QString m_synthetic;

private slots:
    void namesAsLlamaQuantize()
    {
        QCOMPARE(parseMix(QStringLiteral("q4_k_m")), std::optional<Mix>(Mix::Q4_K_M));
        QCOMPARE(parseMix(QStringLiteral("Q6_K")), std::optional<Mix>(Mix::Q6_K));
        QVERIFY(!parseMix(QStringLiteral("Q4_K")).has_value()); // llama-quantize wants _S or _M
        QCOMPARE(mixTraits(Mix::Q4_K_M).fileType, 15u);
        QCOMPARE(mixNames(), QStringLiteral("Q8_0, Q4_0, Q2_K, Q3_K_M, Q4_K_S, Q4_K_M, Q5_K_S, Q5_K_M, Q6_K"));
    }

    void rulesForTwelveLayers()
    {
        MixModel m;
        m.nLayer = 12;
        m.nGqa = 4;
        auto type = [&](const char* name, Mix mix, uint64_t cols = 256) {
            return typeForTensor(QByteArray(name), { cols, 256 }, T::F32, mix, m);
        };
        // _M: more bits where layer < 12/8 = 1, layer >= 7·12/8 = 10, or (layer - 1) % 3 == 2: 0, 3, 6, 9, 10, 11
        QList<int> more;
        for (int i = 0; i < 12; ++i)
            if (typeForTensor(QByteArrayLiteral("blk.") + QByteArray::number(i) + ".attn_v.weight", { 256, 256 },
                    T::F32, Mix::Q4_K_M, m)
                == T::Q6_K)
                more << i;
        QCOMPARE(more, (QList<int> { 0, 3, 6, 9, 10, 11 }));
        QCOMPARE(type("blk.3.ffn_down.weight", Mix::Q5_K_M), T::Q6_K);
        QCOMPARE(type("blk.4.ffn_down.weight", Mix::Q5_K_M), T::Q5_K);
        QCOMPARE(type("blk.0.ffn_down.weight", Mix::Q4_K_S), T::Q5_K); // layer < 12/8
        QCOMPARE(type("blk.1.ffn_down.weight", Mix::Q4_K_S), T::Q4_K);
        QCOMPARE(type("blk.3.attn_v.weight", Mix::Q4_K_S), T::Q5_K); // the first four
        QCOMPARE(type("blk.4.attn_v.weight", Mix::Q4_K_S), T::Q4_K);
        QCOMPARE(type("blk.5.attn_v.weight", Mix::Q2_K), T::Q4_K); // 4 heads per KV head
        QCOMPARE(type("blk.5.attn_output.weight", Mix::Q2_K), T::Q3_K);
        QCOMPARE(type("blk.1.attn_v.weight", Mix::Q3_K_M), T::Q5_K);
        QCOMPARE(type("blk.2.attn_v.weight", Mix::Q3_K_M), T::Q4_K);
        QCOMPARE(type("blk.0.ffn_down.weight", Mix::Q3_K_M), T::Q4_K); // layer < 12/16 is none
        QCOMPARE(type("output.weight", Mix::Q4_0), T::Q6_K);
        QCOMPARE(type("output.weight", Mix::Q8_0), T::Q8_0);
        QCOMPARE(type("output.weight", Mix::Q4_K_M, 64), T::Q8_0);
        // rows not a multiple of 256
        QCOMPARE(type("blk.0.ffn_gate.weight", Mix::Q2_K, 64), T::IQ4_NL);
        QCOMPARE(type("blk.0.ffn_gate.weight", Mix::Q4_K_M, 64), T::Q5_0);
        QCOMPARE(type("blk.0.ffn_gate.weight", Mix::Q5_K_S, 64), T::Q5_1);
        QCOMPARE(type("blk.0.ffn_gate.weight", Mix::Q6_K, 64), T::Q8_0);
        QCOMPARE(type("blk.0.ffn_down.weight", Mix::Q6_K, 172), T::F16);
        QCOMPARE(typeForTensor("blk.0.attn_norm.weight", { 256 }, T::F32, Mix::Q6_K, m), T::F32); // 1-D stays
        QCOMPARE(typeForTensor("blk.0.attn_q.weight", { 256, 256 }, T::Q8_0, Mix::Q6_K, m), T::Q8_0); // not F32/F16
    }

    void sharedWideFiles_data()
    {
        QTest::addColumn<QString>("mix");
        for (const char* m : { "Q8_0", "Q4_0", "Q2_K", "Q3_K_M", "Q4_K_S", "Q4_K_M", "Q5_K_M", "Q6_K" })
            QTest::newRow(m) << QString::fromLatin1(m);
    }

    void sharedWideFiles()
    {
        QFETCH(QString, mix);
        const QString in = QStringLiteral(SHARED_DIR "/models/stories260K-wide-f32.gguf");
        const QString ref = QStringLiteral(SHARED_DIR "/models/stories260K-wide-%1.gguf").arg(mix);
        if (!QFileInfo::exists(in) || !QFileInfo::exists(ref))
            INFEROMETER_SKIP("the shared models are not available (INFEROMETER_SHARED_DIR)");
        const QString out = m_dir.filePath(mix + QStringLiteral(".gguf"));
        PlainTaskContext task;
        auto s = quantize(in, out, *parseMix(mix), task);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        QVERIFY(readAll(out) == readAll(ref));
        // the label the A/B page and `ab` show: llama-quantize's name for a mix, ggml's type name otherwise
        auto model = Inference::Model::load(ref);
        QVERIFY(model.ok());
        const QString label = model.value()->typeLabel();
        if (mix.endsWith(QLatin1String("_M")) || mix.endsWith(QLatin1String("_S")) || mix == QLatin1String("Q2_K"))
            QCOMPARE(label, mix);
        else
            QCOMPARE(label, mix == QLatin1String("Q6_K") ? QStringLiteral("q6_K") : mix.toLower());
    }

    void againstTheOracle_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("mix");
        for (const char* m : AllMixes) {
            if (qstrcmp(m, "Q8_0") && qstrcmp(m, "Q4_0")) // llama.cpp refuses Q8_0/Q4_0 for 172-wide rows
                QTest::addRow("stories260K %s", m) << QStringLiteral("stories260K") << QString::fromLatin1(m);
            QTest::addRow("12 layers %s", m) << QStringLiteral("synthetic") << QString::fromLatin1(m);
        }
    }

    void againstTheOracle()
    {
        QFETCH(QString, model);
        QFETCH(QString, mix);
        if (!QFileInfo::exists(QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf")))
            INFEROMETER_SKIP("the shared models are not available (INFEROMETER_SHARED_DIR)");
        if (!QFileInfo::exists(m_oracle))
            INFEROMETER_SKIP("the llama.cpp oracle is not built: run packaging/build-oracle.sh");
        QString in = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
        if (model == QLatin1String("synthetic")) {
            if (m_synthetic.isEmpty()) {
                // 12 layers, 8 heads on 2 KV heads, rows of 256 and 512: other layers get more bits, attn_v Q4_K in Q2_K
                SynthOptions o;
                o.shape = SynthShape { QStringLiteral("test"), 256, 12, 8, 2, 512, 256 };
                o.vocabFrom = in;
                o.seed = 7;
                m_synthetic = m_dir.filePath(QStringLiteral("synthetic-f32.gguf"));
                PlainTaskContext t;
                QVERIFY(synthesizeModel(o, m_synthetic, t).ok());
            }
            in = m_synthetic;
        }
        const QString ours = m_dir.filePath(QStringLiteral("ours.gguf"));
        const QString theirs = m_dir.filePath(QStringLiteral("theirs.gguf"));
        PlainTaskContext task;
        auto s = quantize(in, ours, *parseMix(mix), task);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        QProcess p;
        p.start(m_oracle, { in, theirs, mix });
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(readAll(ours) == readAll(theirs));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestKQuantize)
#include "tst_kquantize.moc"
