// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/fp16.h"
#include "core/gguf/quants.h"
#include "tests/support/testmain.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace Gguf;

class TestQuants : public QObject
{
    Q_OBJECT
private slots:
    void fp16RoundTripsEveryValue()
    {
        for (uint32_t h = 0; h < 65536; ++h) {
            const bool nan = (h & 0x7C00) == 0x7C00 && (h & 0x03FF) != 0;
            const float f = fp16ToFp32(uint16_t(h));
            if (nan) {
                QVERIFY(std::isnan(f));
                continue;
            }
            QCOMPARE(fp32ToFp16(f), uint16_t(h));
        }
    }

    void fp16RoundsToNearestEven()
    {
        QCOMPARE(fp32ToFp16(1.0f), uint16_t(0x3C00));
        QCOMPARE(fp32ToFp16(1.0f + 0x1p-11f), uint16_t(0x3C00)); // tie -> even mantissa 0
        QCOMPARE(fp32ToFp16(1.0f + 3 * 0x1p-11f), uint16_t(0x3C02)); // tie -> even mantissa 2
        QCOMPARE(fp32ToFp16(1.0f + 0x1p-11f + 0x1p-20f), uint16_t(0x3C01)); // above the tie
        QCOMPARE(fp32ToFp16(-2.0f), uint16_t(0xC000));
        QCOMPARE(fp32ToFp16(65504.0f), uint16_t(0x7BFF));
        QCOMPARE(fp32ToFp16(65519.0f), uint16_t(0x7BFF));
        QCOMPARE(fp32ToFp16(65520.0f), uint16_t(0x7C00)); // rounds up to infinity
        QCOMPARE(fp32ToFp16(0x1p-24f), uint16_t(0x0001)); // smallest subnormal
        QCOMPARE(fp32ToFp16(0x1p-25f), uint16_t(0x0000)); // tie -> 0
        QCOMPARE(fp32ToFp16(1.5f * 0x1p-25f), uint16_t(0x0001));
        QCOMPARE(fp32ToFp16(3 * 0x1p-25f), uint16_t(0x0002)); // tie 1.5 ulp -> 2
        QCOMPARE(fp32ToFp16(-0.0f), uint16_t(0x8000));
        QCOMPARE(fp32ToFp16(INFINITY), uint16_t(0x7C00));
        QCOMPARE(fp32ToFp16(NAN) & 0x7E00, 0x7E00);
        QCOMPARE(fp16ToFp32(0x3555), 0.333251953125f);
    }

    void q8_0HandWorked()
    {
        float x[32];
        for (int j = 0; j < 32; ++j)
            x[j] = float(j) * 0.25f - 4.0f; // -4 .. 3.75: amax 4, d = 4/127
        BlockQ8_0 b;
        QVERIFY(quantizeRow(TensorType::Q8_0, x, reinterpret_cast<std::byte*>(&b), 32));
        QCOMPARE(b.d, fp32ToFp16(4.0f / 127));
        QCOMPARE(b.d, uint16_t(0x2808)); // 0.031494140625
        QCOMPARE(int(b.qs[0]), -127);
        QCOMPARE(int(b.qs[2]), -111); // -3.5 * 31.75 = -111.125
        QCOMPARE(int(b.qs[16]), 0);
        QCOMPARE(int(b.qs[18]), 16); // 0.5 * 31.75 = 15.875
        QCOMPARE(int(b.qs[31]), 119); // 3.75 * 31.75 = 119.0625
        float y[32];
        QVERIFY(dequantizeRow(TensorType::Q8_0, reinterpret_cast<const std::byte*>(&b), y, 32));
        QCOMPARE(y[0], -127 * 0.031494140625f);
        QCOMPARE(y[31], 119 * 0.031494140625f);
    }

    void q4_0HandWorked()
    {
        float x[32];
        for (int j = 0; j < 32; ++j)
            x[j] = float(j - 16); // max magnitude is -16: d = -16 / -8 = 2
        BlockQ4_0 b;
        QVERIFY(quantizeRow(TensorType::Q4_0, x, reinterpret_cast<std::byte*>(&b), 32));
        QCOMPARE(b.d, uint16_t(0x4000)); // 2.0
        // q = min(15, (int8)(x / 2 + 8.5)); low nibble element j, high nibble element j + 16
        QCOMPARE(int(b.qs[0]), 0x80); // x0 = -16 -> 0, x16 = 0 -> 8
        QCOMPARE(int(b.qs[1]), 0x91); // x1 = -15 -> (int)(-7.5 + 8.5) = 1; x17 = 1 -> (int)(0.5 + 8.5) = 9
        QCOMPARE(int(b.qs[15]), 0xF8); // x15 = -1 -> 8, x31 = 15 -> 16 clamped to 15
        float y[32];
        QVERIFY(dequantizeRow(TensorType::Q4_0, reinterpret_cast<const std::byte*>(&b), y, 32));
        QCOMPARE(y[0], -16.0f);
        QCOMPARE(y[1], -14.0f);
        QCOMPARE(y[31], 14.0f);
    }

    void roundTripErrorBounded_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("stepsPerRange"); // the quantization step is range / this
        QTest::newRow("q8_0") << int(TensorType::Q8_0) << 254.0;
        QTest::newRow("q4_0") << int(TensorType::Q4_0) << 16.0;
        QTest::newRow("q4_1") << int(TensorType::Q4_1) << 15.0;
        QTest::newRow("q5_0") << int(TensorType::Q5_0) << 32.0;
        QTest::newRow("q5_1") << int(TensorType::Q5_1) << 31.0;
        QTest::newRow("f16") << int(TensorType::F16) << 2048.0;
    }
    void roundTripErrorBounded()
    {
        QFETCH(int, type);
        QFETCH(double, stepsPerRange);
        const TensorType t = TensorType(type);
        std::mt19937 rng(7);
        std::normal_distribution<float> dist(0.3f, 1.0f);
        std::vector<float> x(256), y(256);
        for (float& v : x)
            v = dist(rng);
        std::vector<std::byte> q(size_t(*rowBytes(t, 256)));
        QVERIFY(quantizeRow(t, x.data(), q.data(), 256));
        QVERIFY(dequantizeRow(t, q.data(), y.data(), 256));
        for (int blk = 0; blk < 8; ++blk) {
            float lo = x[size_t(blk) * 32], hi = lo, amax = 0;
            for (int j = 0; j < 32; ++j) {
                const float v = x[size_t(blk * 32 + j)];
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                amax = std::max(amax, std::fabs(v));
            }
            const bool symmetric = t == TensorType::Q8_0 || t == TensorType::Q4_0 || t == TensorType::Q5_0;
            const double range = t == TensorType::F16 ? amax : symmetric ? 2 * amax : hi - lo;
            // half a step, a whole step at the clamped end of the symmetric types, plus fp16 rounding of the scale
            const double tol = range / stepsPerRange * (symmetric ? 1.0 : 0.5) * 1.01 + 1e-3 * amax;
            for (int j = 0; j < 32; ++j) {
                const size_t i = size_t(blk * 32 + j);
                QVERIFY2(std::fabs(x[i] - y[i]) <= tol,
                    qPrintable(QStringLiteral("%1: %2 -> %3 (tol %4)").arg(i).arg(x[i]).arg(y[i]).arg(tol)));
            }
        }
    }

    void unsupported()
    {
        float x[256] = {};
        std::byte buf[512];
        QVERIFY(!quantizeRow(TensorType::Q8_K, x, buf, 256)); // an intermediate type, never stored in models
        QVERIFY(!dequantizeRow(TensorType::Q8_K, buf, x, 256));
        QVERIFY(canDequantize(TensorType::BF16));
        QVERIFY(!canQuantize(TensorType::BF16));
        QCOMPARE(rowBytes(TensorType::Q4_0, 64).value(), 36u);
        QVERIFY(!rowBytes(TensorType::Q4_0, 65));
        QCOMPARE(traits(TensorType::Q6_K)->blockBytes, 210);
        QCOMPARE(parseTypeName(QStringLiteral("Q8_0")).value(), TensorType::Q8_0);
    }
};

INFEROMETER_TEST_APPLESS_MAIN(TestQuants)
#include "tst_quants.moc"
