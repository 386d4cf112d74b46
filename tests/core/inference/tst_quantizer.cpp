// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/task.h"
#include "core/gguf/gguffile.h"
#include "core/gguf/ggufwriter.h"
#include "core/gguf/quants.h"
#include "core/inference/quantizer.h"
#include "tests/support/testmain.h"

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
            INFEROMETER_SKIP("the shared models are not available");
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

    // an f16 model (2-D weights f16, norms f32, as convert_hf_to_gguf writes them) quantizes from its f16 values;
    // rows that cannot be blocked stay f16
    void fromF16()
    {
        const QString in = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
        if (!QFile::exists(in))
            INFEROMETER_SKIP("the shared models are not available");
        auto f = Gguf::File::open(in);
        QVERIFY(f.ok());
        Gguf::Writer w;
        for (const Gguf::MetadataEntry& e : f.value()->metadata())
            w.set(e.key, e.value);
        w.setUInt32("general.file_type", 1);
        for (const Gguf::TensorInfo& t : f.value()->tensors()) {
            const Gguf::TensorType to = t.dims.size() == 2 ? Gguf::TensorType::F16 : Gguf::TensorType::F32;
            auto data = convertTensor(f.value()->data(t).data(), t.type, t.dims[0], t.rows(), to);
            QVERIFY(data.ok());
            w.addTensor(t.name, to, t.dims, data.value());
        }
        QTemporaryDir dir;
        const QString f16 = dir.filePath(QStringLiteral("f16.gguf"));
        const QString out = dir.filePath(QStringLiteral("q8.gguf"));
        QVERIFY(w.write(f16).ok());
        PlainTaskContext ctx;
        auto s = quantize(f16, out, Gguf::TensorType::Q8_0, ctx);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        auto a = Gguf::File::open(f16);
        auto b = Gguf::File::open(out);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b.value()->uint("general.file_type").value(), 7u);
        QCOMPARE(b.value()->tensor("blk.2.ffn_down.weight")->type, Gguf::TensorType::F16);
        QCOMPARE(b.value()->tensor("blk.2.ffn_norm.weight")->type, Gguf::TensorType::F32);
        int checked = 0;
        for (const Gguf::TensorInfo& t : b.value()->tensors()) {
            if (t.type != Gguf::TensorType::Q8_0)
                continue;
            const Gguf::TensorInfo* src = a.value()->tensor(t.name);
            QCOMPARE(src->type, Gguf::TensorType::F16);
            // the blocks of the f16 values, quantized row by row here
            std::vector<float> row(static_cast<size_t>(t.dims[0]));
            QByteArray expected;
            for (uint64_t r = 0; r < t.rows(); ++r) {
                Gguf::dequantizeRow(Gguf::TensorType::F16, a.value()->data(*src).data() + r * t.dims[0] * 2, row.data(),
                    int64_t(t.dims[0]));
                QByteArray q(int(t.dims[0] / 32 * 34), Qt::Uninitialized);
                Gguf::quantizeRow(
                    Gguf::TensorType::Q8_0, row.data(), reinterpret_cast<std::byte*>(q.data()), int64_t(t.dims[0]));
                expected += q;
            }
            QVERIFY(std::memcmp(b.value()->data(t).data(), expected.constData(), size_t(expected.size())) == 0);
            ++checked;
        }
        QCOMPARE(checked, 32);
    }

    void refusesQuantizedInput()
    {
        const QString in = QStringLiteral(SHARED_DIR "/models/stories260K-Q8_0.gguf");
        if (!QFile::exists(in))
            INFEROMETER_SKIP("the shared models are not available");
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

INFEROMETER_TEST_GUILESS_MAIN(TestQuantizer)
#include "tst_quantizer.moc"
