// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The K-quant and IQ4_NL decoders: hand-worked blocks, then every tensor of the shared stories260K-wide files against
// the F32 that llama.cpp's own llama-quantize decodes them to (the oracle, built by packaging/build-oracle.sh),
// byte for byte.
#include "core/gguf/fp16.h"
#include "core/gguf/gguffile.h"
#include "core/gguf/kquants.h"
#include "core/gguf/quants.h"
#include "core/gguf/subblocks.h"
#include "tests/support/testmain.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <random>
#include <vector>

using namespace Gguf;

class TestKQuants : public QObject
{
    Q_OBJECT

    template <class Block>
    static std::vector<float> decode(TensorType type, const Block& b, int n)
    {
        std::vector<float> out(static_cast<size_t>(n));
        std::byte raw[sizeof(Block)];
        std::memcpy(raw, &b, sizeof(Block));
        if (!dequantizeRow(type, raw, out.data(), n))
            return {};
        return out;
    }

private slots:
    void q4KByHand()
    {
        BlockQ4_K b {};
        b.d = fp32ToFp16(0.5f);
        b.dmin = fp32ToFp16(0.25f);
        // scale/min 0: 6 bits each in bytes 0 and 4; pair 1 in bytes 1 and 5; pairs 4..7 split over bytes 8..11
        b.scales[0] = 3; // scale 3
        b.scales[4] = 2; // min 2
        b.scales[1] = 5;
        b.scales[5] = 1;
        b.scales[8] = 0x21; // pair 4: scale low 4 bits 1, min low 4 bits 2; high bits from bytes 0 and 4 (0)
        b.qs[0] = 0x97; // element 0: 7, element 32: 9
        b.qs[64] = 0x04; // element 128: 4 (pair 4, low nibble)
        const std::vector<float> y = decode(TensorType::Q4_K, b, 256);
        QCOMPARE(y.size(), size_t(256));
        QCOMPARE(y[0], 0.5f * 3 * 7 - 0.25f * 2); // 10
        QCOMPARE(y[1], -0.5f); // q 0: only the min
        QCOMPARE(y[32], 0.5f * 5 * 9 - 0.25f * 1); // 22.25
        QCOMPARE(y[128], 0.5f * 1 * 4 - 0.25f * 2); // 1.5
        uint8_t sc = 0, m = 0;
        scaleMinK4(4, b.scales, sc, m);
        QCOMPARE(int(sc), 1);
        QCOMPARE(int(m), 2);
    }

    void q6KByHand()
    {
        BlockQ6_K b {};
        b.d = fp32ToFp16(0.125f);
        b.scales[0] = -4;
        b.scales[2] = 8;
        b.ql[0] = 0x3F; // element 0 low 4 bits 15; element 64 low 4 bits 3
        b.qh[0] = 0x02; // element 0 high 2 bits 2 → 47 - 32 = 15; element 32 (ql[32] 0) high bits 0 → -32
        const std::vector<float> y = decode(TensorType::Q6_K, b, 256);
        QCOMPARE(y[0], 0.125f * -4 * 15);
        QCOMPARE(y[32], 0.125f * 8 * -32);
        QCOMPARE(y[64], 0.0f * 3); // scale 4 is 0
    }

    void iq4NlByHand()
    {
        BlockIQ4_NL b {};
        b.d = fp32ToFp16(2.0f);
        b.qs[0] = 0xF0; // element 0: value 0 (-127), element 16: value 15 (113)
        const std::vector<float> y = decode(TensorType::IQ4_NL, b, 32);
        QCOMPARE(y[0], -254.0f);
        QCOMPARE(y[16], 226.0f);
        QCOMPARE(y[1], -254.0f);
    }

    void sameAsLlamaQuantize_data()
    {
        QTest::addColumn<QString>("type");
        for (const char* t : { "Q2_K", "Q3_K_M", "Q4_K_S", "Q4_K_M", "Q5_K_M", "Q6_K" })
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    // The sub-block form the Vulkan engine packs from (subblocks.h): d * q - m is every type's decoded value bit for
    // bit, and q stays in the type's range. Rows of every type come from the reference encoders on seeded floats.
    void subBlocksDecodeAsDequantize()
    {
        const TensorType types[] = { TensorType::Q4_0, TensorType::Q4_1, TensorType::Q5_0, TensorType::Q5_1,
            TensorType::Q8_0, TensorType::Q2_K, TensorType::Q3_K, TensorType::Q4_K, TensorType::Q5_K, TensorType::Q6_K,
            TensorType::IQ4_NL };
        constexpr int n = 1024;
        std::mt19937 rng(7);
        std::normal_distribution<float> normal(0.0f, 1.0f);
        std::vector<float> x(n);
        for (float& v : x)
            v = normal(rng) * 0.1f + 0.02f; // an offset, so the types with a min use it
        for (const TensorType type : types) {
            const QString name = typeName(type);
            QVERIFY2(hasSubBlocks(type), qPrintable(name));
            std::vector<std::byte> raw(*Gguf::rowBytes(type, n));
            QVERIFY(quantizeRow(type, x.data(), raw.data(), n));
            std::vector<float> decoded(n);
            QVERIFY(dequantizeRow(type, raw.data(), decoded.data(), n));
            std::vector<SubBlock> sb(n / 32);
            QVERIFY(toSubBlocks(type, raw.data(), sb.data(), n));
            const QuantRange range = quantRange(type);
            int lo = 127, hi = -128;
            for (int i = 0; i < n; ++i) {
                const SubBlock& s = sb[i / 32];
                const int q = s.q[i % 32], h = (i % 32) / 16;
                lo = std::min(lo, q);
                hi = std::max(hi, q);
                const float v = s.d[h] * float(q) - s.m[h];
                if (std::memcmp(&v, &decoded[i], 4) != 0)
                    QFAIL(qPrintable(QStringLiteral("%1 element %2: %3 from sub-blocks, %4 decoded")
                                         .arg(name)
                                         .arg(i)
                                         .arg(double(v))
                                         .arg(double(decoded[i]))));
            }
            QVERIFY2(lo >= range.lo && hi <= range.hi,
                qPrintable(QStringLiteral("%1: q in %2..%3").arg(name).arg(lo).arg(hi)));
            QVERIFY2(hi - lo >= (range.hi - range.lo) / 2, qPrintable(name)); // the data spans the range
        }
        QVERIFY(!hasSubBlocks(TensorType::F16));
    }

    void sameAsLlamaQuantize()
    {
        QFETCH(QString, type);
        const QString model = QStringLiteral(SHARED_DIR "/models/stories260K-wide-%1.gguf").arg(type);
        const QString oracle = QStringLiteral(INFEROMETER_DATA_CACHE "/oracle/build/bin/llama-quantize");
        if (!QFileInfo::exists(model))
            INFEROMETER_SKIP("the shared models are not available (INFEROMETER_SHARED_DIR)");
        if (!QFileInfo::exists(oracle))
            INFEROMETER_SKIP("the llama.cpp oracle is not built: run packaging/build-oracle.sh");
        QTemporaryDir dir;
        const QString f32 = dir.filePath(QStringLiteral("f32.gguf"));
        QProcess p;
        p.start(oracle, { QStringLiteral("--allow-requantize"), model, f32, QStringLiteral("F32") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        auto q = File::open(model);
        auto ref = File::open(f32);
        QVERIFY(q.ok() && ref.ok());
        int kquant = 0;
        for (const TensorInfo& t : q.value()->tensors()) {
            const TensorInfo* r = ref.value()->tensor(t.name);
            QVERIFY(r);
            QCOMPARE(r->type, TensorType::F32);
            std::vector<float> ours(static_cast<size_t>(t.elements()));
            QVERIFY2(dequantizeRow(t.type, q.value()->data(t).data(), ours.data(), int64_t(t.elements())),
                t.name.constData());
            QVERIFY2(std::memcmp(ours.data(), ref.value()->data(*r).data(), ours.size() * 4) == 0,
                qPrintable(QStringLiteral("%1 (%2)").arg(QString::fromUtf8(t.name), typeName(t.type))));
            kquant += t.type == TensorType::Q2_K || t.type == TensorType::Q3_K || t.type == TensorType::Q4_K
                || t.type == TensorType::Q5_K || t.type == TensorType::Q6_K;
        }
        QVERIFY(kquant > 0);
    }

    /** Every tensor of the shared llama-quantize files whose type we encode, re-encoded from the wide f32. */
    void encodersAsLlamaQuantize_data()
    {
        QTest::addColumn<QString>("type");
        for (const char* t : { "Q4_K_S", "Q4_K_M", "Q5_K_M", "Q6_K", "Q3_K_M", "Q2_K" })
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void encodersAsLlamaQuantize()
    {
        QFETCH(QString, type);
        const QString srcPath = QStringLiteral(SHARED_DIR "/models/stories260K-wide-f32.gguf");
        const QString refPath = QStringLiteral(SHARED_DIR "/models/stories260K-wide-%1.gguf").arg(type);
        if (!QFileInfo::exists(srcPath) || !QFileInfo::exists(refPath))
            INFEROMETER_SKIP("the shared models are not available (INFEROMETER_SHARED_DIR)");
        // there but unreadable is a failure, not a skip
        auto src = File::open(srcPath);
        QVERIFY2(src.ok(), qPrintable(src.ok() ? QString() : src.error().toString()));
        auto ref = File::open(refPath);
        QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().toString()));
        int checked = 0;
        for (const TensorInfo& t : ref.value()->tensors()) {
            if (t.type != TensorType::Q2_K && t.type != TensorType::Q3_K && t.type != TensorType::Q4_K
                && t.type != TensorType::Q5_K && t.type != TensorType::Q6_K)
                continue;
            const TensorInfo* f = src.value()->tensor(t.name);
            QVERIFY(f && f->type == TensorType::F32);
            std::vector<std::byte> out(size_t(t.bytes));
            QVERIFY(quantizeRow(t.type, reinterpret_cast<const float*>(src.value()->data(*f).data()), out.data(),
                int64_t(t.elements())));
            QVERIFY2(std::memcmp(out.data(), ref.value()->data(t).data(), out.size()) == 0,
                qPrintable(QStringLiteral("%1 (%2)").arg(QString::fromUtf8(t.name), typeName(t.type))));
            ++checked;
        }
        QVERIFY(checked > 0);
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestKQuants)
#include "tst_kquants.moc"
