// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/task.h"
#include "core/gguf/gguffile.h"
#include "core/inference/quantizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Inference;

class TestQuantizer : public QObject
{
    Q_OBJECT
private slots:
    void reproducesLlamaQuantize_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("reference");
        QTest::newRow("q8_0") << QStringLiteral("q8_0") << QStringLiteral("stories260K-Q8_0.gguf");
        QTest::newRow("q4_0") << QStringLiteral("q4_0") << QStringLiteral("stories260K-Q4_0.gguf");
    }
    void reproducesLlamaQuantize()
    {
        QFETCH(QString, type);
        QFETCH(QString, reference);
        const QString in = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
        const QString ref = QStringLiteral(SHARED_DIR "/models/") + reference;
        if (!QFile::exists(in) || !QFile::exists(ref))
            QSKIP("the shared models are not available");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.gguf"));
        PlainTaskContext ctx;
        auto s = quantize(in, out, *Gguf::parseTypeName(type), ctx);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        QCOMPARE(s.value().quantized + s.value().kept, 48);
        QCOMPARE(s.value().kept, 1 + 5 * 3); // output_norm, and per block attn_norm, ffn_norm, ffn_down (172 columns)

        auto a = Gguf::File::open(out);
        auto b = Gguf::File::open(ref);
        QVERIFY(a.ok() && b.ok());
        const Gguf::File& fa = *a.value();
        const Gguf::File& fb = *b.value();
        QCOMPARE(fa.tensors().size(), fb.tensors().size());
        for (size_t i = 0; i < fb.tensors().size(); ++i) {
            const Gguf::TensorInfo& tb = fb.tensors()[i];
            const Gguf::TensorInfo* ta = fa.tensor(tb.name);
            QVERIFY2(ta, tb.name.constData());
            QCOMPARE(Gguf::typeName(ta->type), Gguf::typeName(tb.type));
            QCOMPARE(ta->dims, tb.dims);
            QCOMPARE(ta->bytes, tb.bytes);
            const auto da = fa.data(*ta);
            const auto db = fb.data(tb);
            QVERIFY2(std::memcmp(da.data(), db.data(), db.size()) == 0, tb.name.constData());
            QCOMPARE(fa.tensors()[i].name, tb.name); // same order as llama-quantize
        }
        QCOMPARE(fa.metadata().size(), fb.metadata().size());
        for (size_t i = 0; i < fb.metadata().size(); ++i) {
            QCOMPARE(fa.metadata()[i].key, fb.metadata()[i].key);
            QVERIFY(fa.metadata()[i].value == fb.metadata()[i].value);
        }
        // and so the whole file, byte for byte
        QFile fo(out), fr(ref);
        QVERIFY(fo.open(QIODevice::ReadOnly) && fr.open(QIODevice::ReadOnly));
        QVERIFY(fo.readAll() == fr.readAll());
    }

    void refusesQuantizedInput()
    {
        const QString in = QStringLiteral(SHARED_DIR "/models/stories260K-Q8_0.gguf");
        if (!QFile::exists(in))
            QSKIP("the shared models are not available");
        QTemporaryDir dir;
        PlainTaskContext ctx;
        auto s = quantize(in, dir.filePath(QStringLiteral("x.gguf")), Gguf::TensorType::Q4_0, ctx);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().source, in);
        QCOMPARE(s.error().field, QStringLiteral("output.weight"));
        QVERIFY(s.error().message.contains(QLatin1String("already q8_0")));
    }

    void outputTypes()
    {
        using T = Gguf::TensorType;
        QCOMPARE(quantizedTypeFor("output.weight", { 64, 512 }, T::F32, T::Q4_0, false), T::Q8_0);
        QCOMPARE(quantizedTypeFor("token_embd.weight", { 64, 512 }, T::F32, T::Q4_0, false), T::Q4_0);
        QCOMPARE(quantizedTypeFor("token_embd.weight", { 64, 512 }, T::F32, T::Q4_0, true), T::Q8_0);
        QCOMPARE(quantizedTypeFor("blk.0.ffn_down.weight", { 172, 64 }, T::F32, T::Q4_0, false), T::F32);
        QCOMPARE(quantizedTypeFor("blk.0.attn_norm.weight", { 64 }, T::F32, T::Q8_0, false), T::F32);
        QCOMPARE(quantizedTypeFor("blk.0.attn_norm.weight", { 64, 1 }, T::F32, T::Q8_0, false), T::F32);
        QCOMPARE(quantizedTypeFor("blk.0.attn_q.weight", { 64, 64 }, T::F16, T::Q8_0, false), T::Q8_0);
        QCOMPARE(quantizedTypeFor("rope_freqs", { 64, 64 }, T::F32, T::Q8_0, false), T::F32);
    }
};

QTEST_GUILESS_MAIN(TestQuantizer)
#include "tst_quantizer.moc"
