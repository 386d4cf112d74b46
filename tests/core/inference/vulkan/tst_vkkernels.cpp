// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Every kernel against a plain double-precision CPU computation on random inputs of awkward sizes: row counts that are
// no multiple of the workgroup's rows, rows of 3 and 6 blocks and of 172 elements (F32 padding), token counts that
// leave a partial tile, GQA with 3 query heads per KV head, several workgroup shapes and all three matmul families
// (one SIMD step; split-K with several subgroups; lanes over K; cooperative rows with one or several subgroups).
// Tolerances are float rounding bounds: a sum of n products in float differs from the exact sum by at most about n *
// 2^-24 * sum |products| (Higham's gamma_n); transcendental functions add a few ulp.
#include "core/inference/vulkan/buffer.h"
#include "core/inference/vulkan/descriptorallocator.h"
#include "core/inference/vulkan/kernels.h"
#include "core/inference/vulkan/pipelinecache.h"
#include "core/inference/vulkan/vulkancontext.h"
#include "core/inference/vulkan/weightpacker.h"
#include "core/gguf/fp16.h"
#include "core/gguf/quants.h"
#include "core/gguf/subblocks.h"
#include "tests/support/testmain.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace Inference;
using Gguf::TensorType;

namespace {

constexpr double ulp = 1.0 / (1 << 23); // 2^-23: one ulp at 1.0 in float, twice the unit roundoff

struct Harness
{
    std::shared_ptr<VulkanContext> ctx;
    std::unique_ptr<PipelineCache> pipelines;
    std::unique_ptr<DescriptorAllocator> sets;
    std::vector<std::unique_ptr<Buffer>> keep;

    Buffer* buffer(const void* data, size_t bytes)
    {
        auto b = Buffer::create(*ctx, std::max<size_t>(bytes, 16), MemoryKind::Device);
        if (!b)
            qFatal("buffer: %s", qPrintable(b.error().toString()));
        if (data && bytes)
            (void)b.value()->upload(data, bytes);
        keep.push_back(std::move(b.value()));
        return keep.back().get();
    }
    template <class T>
    Buffer* buffer(const std::vector<T>& v)
    {
        return buffer(v.data(), v.size() * sizeof(T));
    }
    std::vector<float> read(Buffer* b, size_t n)
    {
        std::vector<float> out(n);
        (void)b->download(out.data(), n * 4);
        return out;
    }
    void run(const PipelineDesc& desc, const std::vector<Buffer*>& bufs, const void* push, uint32_t gx, uint32_t gy,
        uint32_t gz)
    {
        auto p = pipelines->get(desc);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
        std::vector<BufferRange> ranges;
        for (size_t i = 0; i < bufs.size(); ++i) {
            const bool uniform = desc.bindings[i] == VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER;
            ranges.push_back(
                { bufs[i]->handle(), 0, uniform ? std::min<VkDeviceSize>(bufs[i]->size(), 65536) : VK_WHOLE_SIZE });
        }
        auto set = sets->allocate(*p.value(), ranges);
        QVERIFY(set.ok());
        auto r
            = ctx->oneShot([&](VkCommandBuffer cb) { recordDispatch(cb, *p.value(), set.value(), push, gx, gy, gz); });
        QVERIFY(r.ok());
    }
};

uint16_t halfBits(float f)
{
    return Gguf::fp32ToFp16(f);
}

/** Random GGUF bytes for `rows` rows of `k` elements of `type`: random blocks for Q8_0 and Q4_0, the reference
 * encoder's output for random floats (offset, so that the types with a min use it) for the other types. */
std::vector<std::byte> randomRows(TensorType type, uint64_t rows, uint64_t k, std::mt19937& rng)
{
    std::uniform_real_distribution<float> val(-1.0f, 1.0f), scale(0.002f, 0.05f);
    std::uniform_int_distribution<int> byte(0, 255);
    std::vector<std::byte> out(rows * rawRowBytes(type, k));
    std::byte* p = out.data();
    if (type != TensorType::F32 && type != TensorType::Q8_0 && type != TensorType::Q4_0) {
        std::vector<float> x(k);
        for (uint64_t r = 0; r < rows; ++r) {
            for (float& f : x)
                f = 0.3f * val(rng) + 0.05f;
            Gguf::quantizeRow(type, x.data(), p + r * rawRowBytes(type, k), int64_t(k));
        }
        return out;
    }
    for (uint64_t r = 0; r < rows; ++r) {
        if (type == TensorType::F32) {
            for (uint64_t i = 0; i < k; ++i, p += 4) {
                const float f = val(rng);
                std::memcpy(p, &f, 4);
            }
        } else {
            const int bytesPerBlock = type == TensorType::Q8_0 ? 34 : 18;
            for (uint64_t b = 0; b < k / 32; ++b, p += bytesPerBlock) {
                const uint16_t h = halfBits(scale(rng));
                std::memcpy(p, &h, 2);
                for (int j = 2; j < bytesPerBlock; ++j)
                    p[j] = std::byte(byte(rng));
            }
        }
    }
    return out;
}

std::vector<float> randomFloats(size_t n, std::mt19937& rng, float lo = -1.0f, float hi = 1.0f)
{
    std::uniform_real_distribution<float> d(lo, hi);
    std::vector<float> v(n);
    for (auto& f : v)
        f = d(rng);
    return v;
}

WeightType kernelType(TensorType t)
{
    return commonType({ RawMatrix { t, nullptr, 1, 256 } });
}

} // namespace

class TestVkKernels : public QObject
{
    Q_OBJECT

private:
    Harness h;
    std::vector<KernelShape> shapes;
    QString m_noDevice; // why there is no Vulkan device (the kernels skip; commonTypes and packQ4AsQ8IsExact run)

/** In the test functions that run kernels: skips without a Vulkan device (only: any other error of
 * VulkanContext::create fails initTestCase). */
#define REQUIRE_DEVICE()                                                                                               \
    do {                                                                                                               \
        if (!h.ctx)                                                                                                    \
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
        h.ctx = ctx.value();
        h.pipelines = std::make_unique<PipelineCache>(*h.ctx);
        h.sets = std::make_unique<DescriptorAllocator>(*h.ctx);
        qInfo("device: %s", qPrintable(h.ctx->info().name));
        KernelShape split; // several subgroups per workgroup: exercises split-K and the shared-memory reductions
        split.rows = 16;
        split.splits = 4;
        split.tile = 3;
        split.attentionThreads = 64;
        shapes.push_back(split);
        KernelShape lanes; // the CPU-device kernel (matmulk, texel-buffer weights): lanes split rows, 6 per workgroup
        lanes.lanesOverK = true;
        lanes.lanes = h.ctx->info().subgroupSize;
        lanes.rowsPerWorkgroup = 6;
        lanes.tile = 8;
        lanes.attentionThreads = 8;
        shapes.push_back(lanes);
        KernelShape rowsShape; // the GPU kernel (matmul) with one SIMD step of rows
        rowsShape.rows = 8;
        rowsShape.splits = 1;
        rowsShape.tile = 8;
        shapes.push_back(rowsShape);
        KernelShape coop; // the GPU kernel (matmulv): 64 lanes (several subgroups: shared-memory reduction) on 4 rows
        coop.cooperative = true;
        coop.coopThreads = std::max<uint32_t>(64, h.ctx->info().subgroupSize);
        coop.coopRows = 4;
        coop.tile = 3;
        coop.attentionThreads = 256; // the GPU default: several parts of the positions per head dimension
        shapes.push_back(coop);
        KernelShape coopOne = coop; // one subgroup on 2 rows (subgroupAdd only), tiles of 4 tokens
        coopOne.coopThreads = h.ctx->info().subgroupSize;
        coopOne.coopRows = 2;
        coopOne.tile = 8;
        coopOne.attentionThreads = 1024; // the most attention_f32 allows
        shapes.push_back(coopOne);
    }

    void matmul_data()
    {
        QTest::addColumn<int>("rowType");
        QTest::addColumn<int>("vType"); // the type of MODE_QKV's V part (Q4_K_M mixes Q4_K Q/K with Q6_K V)
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("norm");
        QTest::addColumn<int>("k");
        QTest::addColumn<float>("softcap"); // Store: y = cap * tanh(y / cap) (gemma2's logits)
        for (TensorType t : { TensorType::F32, TensorType::Q8_0, TensorType::Q4_0, TensorType::Q4_K, TensorType::Q6_K,
                 TensorType::Q5_K, TensorType::Q3_K, TensorType::Q2_K, TensorType::IQ4_NL, TensorType::Q5_1, TensorType::Q5_0 }) {
            const QByteArray tn = Gguf::typeName(t).toLatin1();
            const bool super = Gguf::traits(t)->blockSize == 256;
            const int k = t == TensorType::F32 ? 172 : super ? 256 : 96;
            const int kn = super ? 512 : 192;
            const int ti = int(t);
            QTest::addRow("%s store", tn.data()) << ti << ti << int(MatmulMode::Store) << false << k << 0.0f;
            QTest::addRow("%s add", tn.data()) << ti << ti << int(MatmulMode::Add) << false << k << 0.0f;
            QTest::addRow("%s norm store", tn.data()) << ti << ti << int(MatmulMode::Store) << true << kn << 0.0f;
            QTest::addRow("%s norm qkv rope", tn.data()) << ti << ti << int(MatmulMode::Qkv) << true << kn << 0.0f;
            QTest::addRow("%s norm swiglu", tn.data()) << ti << ti << int(MatmulMode::Swiglu) << true << k << 0.0f;
        }
        QTest::addRow("f32 norm geglu") << int(TensorType::F32) << int(TensorType::F32) << int(MatmulMode::Geglu)
                                        << true << 172 << 0.0f;
        QTest::addRow("q4_K norm geglu") << int(TensorType::Q4_K) << int(TensorType::Q4_K) << int(MatmulMode::Geglu)
                                         << true << 256 << 0.0f;
        QTest::addRow("f32 norm store softcap") << int(TensorType::F32) << int(TensorType::F32)
                                                << int(MatmulMode::Store) << true << 172 << 0.25f;
        QTest::addRow("q6_K norm store softcap") << int(TensorType::Q6_K) << int(TensorType::Q6_K)
                                                 << int(MatmulMode::Store) << true << 256 << 0.25f;
        QTest::addRow("q4_K with q6_K v, norm qkv rope") << int(TensorType::Q4_K) << int(TensorType::Q6_K)
                                                       << int(MatmulMode::Qkv) << true << 256 << 0.0f;
        QTest::addRow("q6_K with q3_K v, norm qkv rope") << int(TensorType::Q6_K) << int(TensorType::Q3_K)
                                                       << int(MatmulMode::Qkv) << true << 256 << 0.0f;
        QTest::addRow("q4_0 with q4_K v, norm qkv rope") << int(TensorType::Q4_0) << int(TensorType::Q4_K)
                                                       << int(MatmulMode::Qkv) << true << 256 << 0.0f;
    }

    void matmul()
    {
        REQUIRE_DEVICE();
        QFETCH(int, rowType);
        QFETCH(int, vType);
        QFETCH(int, mode);
        QFETCH(bool, norm);
        QFETCH(int, k);
        QFETCH(float, softcap);
        const TensorType type = TensorType(rowType);
        const bool glu = MatmulMode(mode) == MatmulMode::Swiglu || MatmulMode(mode) == MatmulMode::Geglu;
        const MatmulMode m = MatmulMode(mode);
        std::mt19937 rng(1234 + rowType * 10 + mode);
        // qkv: 6 query heads of 12, 2 KV heads (GQA); otherwise 37 or 2 x 19 rows (not a multiple of any group)
        const uint32_t headDim = 12, nq = 6 * headDim, nkv = 2 * headDim;
        const int ctxLen = 16;
        const uint32_t pos0 = 5;
        for (const KernelShape& shape : shapes) {
            for (uint32_t tileMax : { 1u, shape.tile }) {
                const uint32_t nTok = tileMax == 1 ? 1 : 5; // 5 tokens: one full and one partial tile of 3, or one of 8
                std::vector<RawMatrix> parts;
                std::vector<std::vector<std::byte>> storage;
                auto addPart = [&](uint64_t rows, TensorType t) {
                    storage.push_back(randomRows(t, rows, k, rng));
                    parts.push_back({ t, storage.back().data(), rows, uint64_t(k) });
                };
                if (m == MatmulMode::Qkv) {
                    addPart(nq, type);
                    addPart(nkv, type);
                    addPart(nkv, TensorType(vType));
                } else if (glu) {
                    addPart(19, type);
                    addPart(19, type);
                } else {
                    addPart(37, type);
                }
                auto packed = packWeights(
                    parts, glu ? Combine::Interleave : Combine::Stack, shape.layoutGroup());
                QVERIFY(packed.ok());
                const PackedWeights& pw = packed.value();
                QCOMPARE(pw.type, commonType(parts));
                if (type == TensorType(vType))
                    QCOMPARE(pw.type, kernelType(type));
                const uint32_t kp = pw.nb * 32;
                const uint32_t rows = pw.rows;
                // inputs: token rows padded with zeros to kp (as the engine keeps its activations)
                const uint32_t xTok0 = 1; // the dispatch starts at the second token of the batch
                std::vector<float> x(size_t(kp) * (nTok + xTok0), 0.0f);
                std::vector<float> xr = randomFloats(size_t(k) * (nTok + xTok0), rng, -2.0f, 2.0f);
                for (uint32_t t = 0; t < nTok + xTok0; ++t)
                    std::copy_n(xr.begin() + t * k, k, x.begin() + t * kp);
                std::vector<float> g(kp, 0.0f);
                auto gr = randomFloats(k, rng, 0.5f, 1.5f);
                std::copy(gr.begin(), gr.end(), g.begin());
                const uint32_t outRows = glu ? rows / 2 : m == MatmulMode::Qkv ? nq : rows;
                const uint32_t outStride = outRows + 3, outTok0 = 2;
                std::vector<float> out0 = randomFloats(size_t(outStride) * (nTok + outTok0), rng);
                std::vector<float> kc(size_t(ctxLen) * nkv, 0.0f), vc(kc.size(), 0.0f);
                // RoPE table: (cos, sin) per position and pair
                std::vector<float> rope(size_t(ctxLen) * headDim);
                for (int p = 0; p < ctxLen; ++p)
                    for (uint32_t i = 0; i < headDim / 2; ++i) {
                        const double th = p * std::pow(10000.0, -2.0 * i / headDim);
                        rope[(p * headDim / 2 + i) * 2] = float(std::cos(th));
                        rope[(p * headDim / 2 + i) * 2 + 1] = float(std::sin(th));
                    }
                std::vector<uint32_t> params(8, 0);
                params[0] = pos0;
                params[1] = nTok + xTok0;
                params[3] = 1; // Q/K/V biases on (only MODE_QKV reads them)
                const std::vector<float> bias = randomFloats(rows, rng);

                Buffer* bq = h.buffer(pw.quants);
                Buffer* bs = h.buffer(pw.scales.empty() ? std::vector<uint32_t>(4, 0) : pw.scales);
                Buffer* bx = h.buffer(x);
                Buffer* bg = h.buffer(g);
                Buffer* bo = h.buffer(out0);
                Buffer* bk = h.buffer(kc);
                Buffer* bv = h.buffer(vc);
                Buffer* br = h.buffer(rope);
                Buffer* bp = h.buffer(params);
                Buffer* bb = h.buffer(bias);
                MatmulPush pc;
                pc.rows = rows;
                pc.nb = pw.nb;
                pc.kReal = k;
                pc.xStride = kp / 4;
                pc.xTok0 = xTok0;
                pc.outStride = outStride;
                pc.outTok0 = outTok0;
                pc.nTok = nTok;
                pc.eps = 1e-5f;
                pc.nq = nq;
                pc.nkv = nkv;
                pc.headDim = headDim;
                pc.softcap = softcap;
                const uint32_t tile = shape.tileFor(pw.nb, nTok);
                h.run(matmulDesc(pw.type, m, norm, tile, shape, pw.nb, rows), { bq, bs, bx, bg, bo, bk, bv, br, bp, bb },
                    &pc, shape.groupsFor(rows), 1, (nTok + tile - 1) / tile);
                const auto gotOut = h.read(bo, out0.size());
                const auto gotK = h.read(bk, kc.size());
                const auto gotV = h.read(bv, vc.size());

                // expected, in double, with a rounding bound per value
                // wRows: dequantized weights; sRows: per element, the magnitude a kernel may sum in its place:
                // |w|, or for the quantized types |d n| + |m'| with the packed form's n = q - lo and m' = m - lo d
                // (matmulk sums d n x and m' x separately; lo is at least -32, Sub6's): at most |w| + 2 |m| + 64 |d|
                std::vector<std::vector<float>> wRows, sRows;
                for (const auto& p : parts)
                    for (uint64_t r = 0; r < p.rows; ++r) {
                        wRows.push_back(dequantizeRow(p, r));
                        std::vector<float> mag(wRows.back().size());
                        std::vector<Gguf::SubBlock> sb(size_t(p.k / 32));
                        const bool sub = Gguf::toSubBlocks(
                            p.type, p.data + r * rawRowBytes(p.type, p.k), sb.data(), int64_t(p.k));
                        for (size_t i = 0; i < mag.size(); ++i) {
                            mag[i] = std::fabs(wRows.back()[i]);
                            if (sub) {
                                const Gguf::SubBlock& b = sb[i / 32];
                                const int hh = int(i % 32) / 16;
                                mag[i] += 2 * std::fabs(b.m[hh]) + 64 * std::fabs(b.d[hh]);
                            }
                        }
                        sRows.push_back(std::move(mag));
                    }
                // combined row order
                std::vector<const std::vector<float>*> order, magOrder;
                if (glu)
                    for (uint32_t i = 0; i < 19; ++i) {
                        order.push_back(&wRows[i]);
                        order.push_back(&wRows[19 + i]);
                        magOrder.push_back(&sRows[i]);
                        magOrder.push_back(&sRows[19 + i]);
                    }
                else
                    for (size_t r = 0; r < wRows.size(); ++r) {
                        order.push_back(&wRows[r]);
                        magOrder.push_back(&sRows[r]);
                    }
                std::vector<double> expOut(out0.begin(), out0.end()), tolOut(out0.size(), 0.0);
                std::vector<double> expK(kc.size(), 0.0), expV(vc.size(), 0.0), tolK(kc.size()), tolV(vc.size());
                for (uint32_t t = 0; t < nTok; ++t) {
                    const float* xt = xr.data() + size_t(xTok0 + t) * k;
                    double inv = 1.0;
                    if (norm) {
                        double ss = 0;
                        for (int i = 0; i < k; ++i)
                            ss += double(xt[i]) * xt[i];
                        inv = 1.0 / std::sqrt(ss / k + 1e-5);
                    }
                    std::vector<double> y(rows), tol(rows);
                    for (uint32_t r = 0; r < rows; ++r) {
                        double s = 0, a = 0;
                        for (int i = 0; i < k; ++i) {
                            const double term = double((*order[r])[i]) * (norm ? double(g[i]) : 1.0) * xt[i];
                            s += term;
                            a += double((*magOrder[r])[i]) * std::fabs((norm ? double(g[i]) : 1.0) * xt[i]);
                        }
                        y[r] = s * inv;
                        // products w*g and the k-term float sum, then the norm scale (inversesqrt: a few ulp)
                        tol[r] = ((k + 8) * ulp * a + 1e-30) * inv + 4 * ulp * std::fabs(y[r]);
                        if (m == MatmulMode::Qkv) { // the bias, added before RoPE
                            y[r] += bias[r];
                            tol[r] += 2 * ulp * (std::fabs(y[r]) + std::fabs(bias[r]));
                        }
                    }
                    const size_t o = size_t(outTok0 + t) * outStride;
                    const uint32_t pos = pos0 + xTok0 + t;
                    if (m == MatmulMode::Store || m == MatmulMode::Add) {
                        for (uint32_t r = 0; r < rows; ++r) {
                            expOut[o + r] = (m == MatmulMode::Add ? double(out0[o + r]) : 0.0) + y[r];
                            if (softcap > 0) // tanh's slope is at most 1: the tolerance carries over
                                expOut[o + r] = softcap * std::tanh(y[r] / softcap);
                            tolOut[o + r] = tol[r] + 4 * ulp * (std::fabs(expOut[o + r]) + softcap);
                        }
                    } else if (glu) {
                        for (uint32_t i = 0; i < rows / 2; ++i) {
                            const double gt = y[2 * i], up = y[2 * i + 1];
                            // silu, or ggml's tanh GELU (its slope stays within 1.2 as well)
                            const double silu = m == MatmulMode::Geglu
                                ? 0.5 * gt * (1 + std::tanh(0.7978845608028654 * gt * (1 + 0.044715 * gt * gt)))
                                : gt / (1 + std::exp(-gt));
                            expOut[o + i] = silu * up;
                            tolOut[o + i] = 1.2 * tol[2 * i] * (std::fabs(up) + tol[2 * i + 1])
                                + (std::fabs(silu) + tol[2 * i]) * tol[2 * i + 1] + 8 * ulp * std::fabs(expOut[o + i]);
                        }
                    } else {
                        for (uint32_t r = 0; r < rows; ++r) {
                            double v = y[r], tv = tol[r];
                            if (r < nq + nkv) {
                                const uint32_t j = r < nq ? r : r - nq;
                                const uint32_t i = (j % headDim) / 2;
                                const double c = rope[(pos * headDim / 2 + i) * 2],
                                             sn = rope[(pos * headDim / 2 + i) * 2 + 1];
                                const uint32_t even = r & ~1u;
                                v = (r & 1) ? y[even] * sn + y[even + 1] * c : y[even] * c - y[even + 1] * sn;
                                tv = tol[even] + tol[even + 1]
                                    + 4 * ulp * (std::fabs(y[even]) + std::fabs(y[even + 1]));
                            }
                            if (r < nq) {
                                expOut[o + r] = v;
                                tolOut[o + r] = tv;
                            } else if (r < nq + nkv) {
                                expK[pos * nkv + r - nq] = v;
                                tolK[pos * nkv + r - nq] = tv;
                            } else {
                                expV[pos * nkv + r - nq - nkv] = v;
                                tolV[pos * nkv + r - nq - nkv] = tv;
                            }
                        }
                    }
                }
                auto check = [&](const std::vector<float>& got, const std::vector<double>& want,
                                 const std::vector<double>& tol, const char* what) {
                    for (size_t i = 0; i < got.size(); ++i)
                        if (!(std::fabs(got[i] - want[i]) <= tol[i]))
                            QFAIL(qPrintable(QStringLiteral(
                                "%1[%2]: got %3, want %4 (tolerance %5), shape G=%6 S=%7 tile=%8 family=%9")
                                                 .arg(QLatin1String(what))
                                                 .arg(i)
                                                 .arg(double(got[i]), 0, 'g', 9)
                                                 .arg(want[i], 0, 'g', 9)
                                                 .arg(tol[i], 0, 'g', 3)
                                                 .arg(shape.rows)
                                                 .arg(shape.splits)
                                                 .arg(tile)
                                                 .arg(shape.cooperative     ? QStringLiteral("matmulv")
                                                         : shape.lanesOverK ? QStringLiteral("matmulk")
                                                                            : QStringLiteral("matmul"))));
                };
                check(gotOut, expOut, tolOut, "out");
                if (m == MatmulMode::Qkv) {
                    check(gotK, expK, tolK, "kcache");
                    check(gotV, expV, tolV, "vcache");
                }
            }
        }
    }

    void attention()
    {
        REQUIRE_DEVICE();
        std::mt19937 rng(99);
        const uint32_t nHead = 6, nHeadKv = 2, ctxLen = 50, pos0 = 36, nTok = 4, xTok0 = 1;
        for (uint32_t headDim : { 8u, 12u, 64u }) {
            // window 7: sliding-window attention (phi3), the last 7 positions of the 38-41 each token sees; cap 0.5:
            // gemma2's soft-capped scores
            for (const auto& [window, cap] : { std::pair { 0u, 0.0f }, std::pair { 7u, 0.0f }, std::pair { 7u, 0.5f } })
            for (const KernelShape& shape : shapes) {
                const uint32_t nkv = nHeadKv * headDim, qDim = nHead * headDim;
                auto q = randomFloats(size_t(qDim) * (nTok + xTok0), rng, -2, 2);
                auto kc = randomFloats(size_t(ctxLen) * nkv, rng, -2, 2);
                auto vc = randomFloats(size_t(ctxLen) * nkv, rng);
                std::vector<float> scores(size_t(nTok + xTok0) * nHead * ctxLen, 0.0f);
                const uint32_t outStride = qDim + 4;
                std::vector<float> out(size_t(outStride) * (nTok + xTok0), -7.0f);
                std::vector<uint32_t> params { pos0, nTok + xTok0, 0, 0 };
                Buffer* bq = h.buffer(q);
                Buffer* bk = h.buffer(kc);
                Buffer* bv = h.buffer(vc);
                Buffer* bs = h.buffer(scores);
                Buffer* bo = h.buffer(out);
                Buffer* bp = h.buffer(params);
                AttentionPush pc;
                pc.nHead = nHead;
                pc.nHeadKv = nHeadKv;
                pc.headDim = headDim;
                pc.qStride = qDim / 4;
                pc.outStride = outStride;
                pc.ctxStride = ctxLen;
                pc.nkv = nkv;
                pc.xTok0 = xTok0;
                pc.scale = float(1.0 / std::sqrt(double(headDim)));
                pc.window = window;
                pc.softcap = cap;
                h.run(attentionDesc(shape, headDim), { bq, bk, bv, bs, bo, bp }, &pc, nHead, nTok, 1);
                const auto got = h.read(bo, out.size());
                for (uint32_t t = xTok0; t < xTok0 + nTok; ++t) {
                    const uint32_t n = pos0 + t + 1;
                    for (uint32_t hh = 0; hh < nHead; ++hh) {
                        const uint32_t kvh = hh / (nHead / nHeadKv);
                        std::vector<double> s(n);
                        double mx = -1e300, dmax = 0;
                        const uint32_t p0 = window != 0 && n > window ? n - window : 0;
                        for (uint32_t p = 0; p < n; ++p) {
                            if (p < p0) { // outside the window: weight exp(-inf) = 0
                                s[p] = -INFINITY;
                                continue;
                            }
                            double a = 0, ab = 0;
                            for (uint32_t d = 0; d < headDim; ++d) {
                                const double term
                                    = double(q[t * qDim + hh * headDim + d]) * kc[p * nkv + kvh * headDim + d];
                                a += term;
                                ab += std::fabs(term);
                            }
                            s[p] = a * pc.scale;
                            if (cap > 0) // tanh's slope is at most 1: the score's tolerance carries over
                                s[p] = cap * std::tanh(s[p] / cap);
                            dmax = std::max(dmax, (headDim + 2) * ulp * ab * pc.scale);
                            mx = std::max(mx, s[p]);
                        }
                        double sum = 0;
                        for (auto& v : s)
                            sum += (v = std::exp(v - mx));
                        for (uint32_t d = 0; d < headDim; ++d) {
                            double o = 0, vmax = 0;
                            for (uint32_t p = 0; p < n; ++p) {
                                o += s[p] * vc[p * nkv + kvh * headDim + d];
                                vmax = std::max(vmax, double(std::fabs(vc[p * nkv + kvh * headDim + d])));
                            }
                            o /= sum;
                            // a score error e changes the weights by a factor within exp(+-2e); exp and the sums over n
                            // positions add (n + 8) ulp of the largest |V|
                            const double tol = vmax * (2.2 * dmax + (n + 8) * ulp * 4);
                            const float g = got[t * outStride + hh * headDim + d];
                            if (!(std::fabs(g - o) <= tol))
                                QFAIL(qPrintable(
                                    QStringLiteral("hd %1 token %2 head %3 dim %4: got %5 want %6 tol %7 (G=%8)")
                                        .arg(headDim)
                                        .arg(t)
                                        .arg(hh)
                                        .arg(d)
                                        .arg(double(g), 0, 'g', 9)
                                        .arg(o, 0, 'g', 9)
                                        .arg(tol)
                                        .arg(shape.attentionThreads)));
                        }
                    }
                }
                // the row before the dispatch's first token is untouched
                QCOMPARE(got[0], -7.0f);
            }
        }
    }

    void getRows_data()
    {
        QTest::addColumn<int>("rowType");
        QTest::addRow("f32") << int(TensorType::F32);
        QTest::addRow("q8_0") << int(TensorType::Q8_0);
        QTest::addRow("q4_0") << int(TensorType::Q4_0);
        // other types' embeddings, packed as the matmuls' weights (Sub4, Sub6, Sub8)
        QTest::addRow("q4_K") << int(TensorType::Q4_K);
        QTest::addRow("q6_K") << int(TensorType::Q6_K);
        QTest::addRow("q5_K") << int(TensorType::Q5_K);
    }

    void getRows()
    {
        REQUIRE_DEVICE();
        QFETCH(int, rowType);
        const TensorType type = TensorType(rowType);
        std::mt19937 rng(7 + rowType);
        // 5 blocks: rows of 18*5 = 90 bytes, not word-aligned for Q4_0; 2 super-blocks for the K-quants
        const uint64_t vocab = 23, k = Gguf::traits(type)->blockSize == 256 ? 512 : 160;
        auto raw = randomRows(type, vocab, k, rng);
        std::vector<uint32_t> params { 0, 4, 0, 0, 22, 3, 0, 17 };
        const uint32_t outStride = k + 4;
        std::vector<float> out(outStride * 4, -1.0f);
        const RawMatrix m { type, raw.data(), vocab, k };
        const WeightType wt = kernelType(type);
        const bool packed = wt == WeightType::Sub4 || wt == WeightType::Sub6 || wt == WeightType::Sub8;
        Buffer* bo = h.buffer(out);
        Buffer* bp = h.buffer(params);
        GetRowsPush pc { uint32_t(rawRowBytes(type, k)), uint32_t(k), outStride, 1, 1.0f };
        if (packed) {
            auto pw = packWeights({ m }, Combine::Stack, 1);
            QVERIFY(pw.ok());
            QCOMPARE(pw.value().type, wt);
            pc.rowBytes = pw.value().nb;
            Buffer* bq = h.buffer(pw.value().quants);
            Buffer* bs = h.buffer(pw.value().scales.empty() ? std::vector<uint32_t>(4, 0) : pw.value().scales);
            h.run(getRowsDesc(wt), { bq, bs, bo, bp }, &pc, uint32_t((k + getRowsThreads - 1) / getRowsThreads), 3, 1);
        } else {
            Buffer* bw = h.buffer(raw);
            h.run(getRowsDesc(wt), { bw, bo, bp }, &pc, uint32_t((k + getRowsThreads - 1) / getRowsThreads), 3, 1);
        }
        const auto got = h.read(bo, out.size());
        for (int t = 1; t < 4; ++t) {
            const auto want = dequantizeRow(m, params[4 + t]);
            float rowMax = 0;
            for (float w : want)
                rowMax = std::max(rowMax, std::fabs(w));
            for (uint64_t c = 0; c < k; ++c) {
                // dequantization is exact in float (q * d needs 19 bits); d q - m may be fused into one rounding, an
                // ulp of the row's scale at most
                const float g = got[t * outStride + c];
                QVERIFY2(std::fabs(g - want[c]) <= 2.4e-7f * rowMax,
                    qPrintable(QStringLiteral("token %1 element %2: %3, want %4").arg(t).arg(c).arg(g).arg(want[c])));
            }
            QCOMPARE(got[t * outStride + k], -1.0f);
        }
        QCOMPARE(got[5], -1.0f); // token 0 is before tok0
    }

    void logSoftmax_data()
    {
        QTest::addColumn<int>("vocab");
        QTest::addColumn<bool>("oneSubgroup");
        for (int v : { 1, 7, 1000, 32003 }) {
            QTest::addRow("vocab %d, one subgroup", v) << v << true;
            QTest::addRow("vocab %d, 256 lanes", v) << v << false; // several subgroups: the shared-memory merge
        }
    }

    void logSoftmax()
    {
        REQUIRE_DEVICE();
        QFETCH(int, vocab);
        QFETCH(bool, oneSubgroup);
        KernelShape shape;
        shape.lanesOverK = oneSubgroup;
        shape.lanes = h.ctx->info().subgroupSize;
        std::mt19937 rng { uint32_t(vocab) };
        std::uniform_real_distribution<float> val(-30.0f, 30.0f);
        const uint32_t nTok = 5, stride = uint32_t(vocab) + 3, maxBatch = 8;
        std::vector<float> logits(size_t(nTok) * stride);
        for (float& f : logits)
            f = val(rng);
        logits[size_t(stride) + 1 % uint32_t(vocab)] = 80.0f; // one dominant logit: its log-probability is near 0
        // params: header, maxBatch token ids (unused here), then the targets
        std::vector<uint32_t> params(4 + 2 * maxBatch, 0);
        std::uniform_int_distribution<int> pick(0, vocab - 1);
        for (uint32_t t = 0; t < nTok; ++t)
            params[4 + maxBatch + t] = uint32_t(pick(rng));
        params[4 + maxBatch + 1] = 1 % uint32_t(vocab);
        std::vector<float> out(nTok + 1, 99.0f);
        Buffer* bl = h.buffer(logits);
        Buffer* bo = h.buffer(out);
        Buffer* bp = h.buffer(params);
        const LogSoftmaxPush pc { uint32_t(vocab), stride, maxBatch, 0 };
        h.run(logSoftmaxDesc(shape), { bl, bo, bp }, &pc, nTok, 1, 1);
        const auto got = h.read(bo, out.size());
        for (uint32_t t = 0; t < nTok; ++t) {
            const float* row = logits.data() + size_t(t) * stride;
            double mx = row[0];
            for (int i = 0; i < vocab; ++i)
                mx = std::max(mx, double(row[i]));
            double sum = 0;
            for (int i = 0; i < vocab; ++i)
                sum += std::exp(double(row[i]) - mx);
            const double want = double(row[params[4 + maxBatch + t]]) - mx - std::log(sum);
            // float sums of up to 32k terms of at most 1: a few ulps of log(sum) and of the difference
            QVERIFY2(std::fabs(double(got[t]) - want) <= 2e-6 * (1.0 + std::fabs(want)),
                qPrintable(QStringLiteral("token %1: %2, want %3").arg(t).arg(got[t]).arg(want)));
        }
        QVERIFY(std::fabs(got[1]) < 1e-6 || vocab == 1); // the dominant logit
        QCOMPARE(got[nTok], 99.0f); // nothing past the batch
    }

    void normAdd()
    {
        REQUIRE_DEVICE();
        // gemma2's post-norm: x += RMSNorm(y) * w, 37 real elements in rows of 40, 3 tokens
        std::mt19937 rng(31);
        const uint32_t n = 37, stride = 40, nTok = 3;
        auto y = randomFloats(stride * nTok, rng, -3, 3), w = randomFloats(stride, rng, 0.5f, 1.5f),
             x = randomFloats(stride * nTok, rng);
        KernelShape shape;
        shape.lanes = h.ctx->info().subgroupSize;
        for (const bool lanes : { true, false }) { // one subgroup (CPU devices), 64 lanes (several subgroups)
            shape.lanesOverK = lanes;
            Buffer* by = h.buffer(y);
            Buffer* bw = h.buffer(w);
            Buffer* bx = h.buffer(x);
            const NormAddPush pc { n, stride, 1e-6f, 0 };
            h.run(normAddDesc(shape), { by, bw, bx }, &pc, nTok, 1, 1);
            const auto got = h.read(bx, x.size());
            for (uint32_t t = 0; t < nTok; ++t) {
                double ss = 0;
                for (uint32_t i = 0; i < n; ++i)
                    ss += double(y[t * stride + i]) * y[t * stride + i];
                const double scale = 1 / std::sqrt(ss / n + 1e-6);
                for (uint32_t i = 0; i < stride; ++i) {
                    const double want = x[t * stride + i] + (i < n ? y[t * stride + i] * scale * w[i] : 0.0);
                    QVERIFY2(std::fabs(got[t * stride + i] - want) <= 1e-5 * (1 + std::fabs(want)),
                        qPrintable(QStringLiteral("token %1 element %2: %3, want %4").arg(t).arg(i).arg(got[t * stride + i]).arg(want)));
                }
            }
        }
    }

    void commonTypes()
    {
        auto common = [](std::initializer_list<TensorType> types) {
            std::vector<RawMatrix> parts;
            for (TensorType t : types)
                parts.push_back({ t, nullptr, 1, 256 });
            return commonType(parts);
        };
        QCOMPARE(common({ TensorType::Q4_0 }), WeightType::Q4_0);
        QCOMPARE(common({ TensorType::Q4_0, TensorType::Q8_0 }), WeightType::Q8_0);
        QCOMPARE(common({ TensorType::Q4_K, TensorType::Q2_K, TensorType::Q3_K, TensorType::Q4_1 }), WeightType::Sub4);
        QCOMPARE(common({ TensorType::Q4_0, TensorType::Q4_K }), WeightType::Sub4);
        QCOMPARE(common({ TensorType::Q4_K, TensorType::Q6_K }), WeightType::Sub8); // Q4_K_M's Q/K with its V
        QCOMPARE(common({ TensorType::IQ4_NL }), WeightType::Sub8); // 16 values spread over -127..113
        QCOMPARE(common({ TensorType::Q6_K }), WeightType::Sub6);
        QCOMPARE(common({ TensorType::Q5_0 }), WeightType::Sub6);
        QCOMPARE(common({ TensorType::Q6_K, TensorType::Q3_K, TensorType::Q4_0 }), WeightType::Sub6);
        QCOMPARE(common({ TensorType::Q6_K, TensorType::Q8_0 }), WeightType::Sub8);
        QCOMPARE(common({ TensorType::Q5_K }), WeightType::Sub8);
        QCOMPARE(common({ TensorType::Q4_K, TensorType::F16 }), WeightType::F32);
        QCOMPARE(common({ TensorType::BF16 }), WeightType::F32);
    }

    void packQ4AsQ8IsExact()
    {
        std::mt19937 rng(5);
        auto q4 = randomRows(TensorType::Q4_0, 3, 64, rng);
        auto q8 = randomRows(TensorType::Q8_0, 2, 64, rng);
        std::vector<RawMatrix> parts { { TensorType::Q4_0, q4.data(), 3, 64 }, { TensorType::Q8_0, q8.data(), 2, 64 } };
        QCOMPARE(commonType(parts), WeightType::Q8_0);
        auto packed = packWeights(parts, Combine::Stack, 8);
        QVERIFY(packed.ok());
        // row 1 (Q4_0), block 1 -> element e = (0 * nb + 1) * 8 + 1 = 9: int8 values q-8, same d
        const auto& pw = packed.value();
        const auto want = dequantizeRow(parts[0], 1);
        const uint32_t e = 9;
        const float d = halfToFloat(uint16_t(pw.scales[e >> 1] >> (16 * (e & 1))));
        const auto* bytes = reinterpret_cast<const int8_t*>(pw.quants.data() + 8 * e);
        for (int j = 0; j < 32; ++j)
            QCOMPARE(float(bytes[j]) * d, want[32 + j]);
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestVkKernels)
#include "tst_vkkernels.moc"
