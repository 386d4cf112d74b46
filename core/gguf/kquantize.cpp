// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The reference encoders of the super-block types, as llama-quantize applies them without an importance matrix:
// per sub-block, a weighted least-squares search for the scale (and min) over a few candidate inverse scales, then
// the scales themselves quantized to 6 or 8 bits under one fp16 super-block scale, and the values re-quantized
// against the stored scales. The float operations and their order follow the reference so that files come out
// byte-identical (tests/core/inference/tst_quantizer compares with the shared files made by llama-quantize).
#include "core/gguf/kquants.h"

#include "core/gguf/fp16.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Gguf {

namespace {

    constexpr float GroupMaxEps = 1e-15f;

    /** The value of largest magnitude (the first of equals), with that magnitude in `amax`. */
    float largest(const float* x, int n, float& amax)
    {
        float max = 0;
        amax = 0;
        for (int i = 0; i < n; ++i) {
            const float ax = std::fabs(x[i]);
            if (ax > amax) {
                amax = ax;
                max = x[i];
            }
        }
        return max;
    }

    /** Round to nearest, ties to even, through the float adder (valid for |v| < 2^22), as the reference does. */
    int nearestInt(float v)
    {
        const float shifted = v + 12582912.f;
        int32_t bits;
        std::memcpy(&bits, &shifted, 4);
        return (bits & 0x007fffff) - 0x00400000;
    }

    /**
     * Scale and min of `n` values on 0..nmax with weights: the plain min-max grid first, then `nstep` + 1 candidate
     * inverse scales (rmin + rdelta × step + nmax) / (max - min), each fitted by weighted least squares; keeps the
     * candidate with the smallest weighted squared (or, with `absoluteError`, absolute) error. Returns the scale; `minOut` receives -min (>= 0).
     */
    float fitScaleMin(int n, int nmax, const float* x, const float* w, uint8_t* L, float& minOut, uint8_t* aux,
        float rmin, float rdelta, int nstep, bool absoluteError = false)
    {
        float min = x[0], max = x[0];
        float sumW = w[0];
        float sumX = sumW * x[0];
        for (int i = 1; i < n; ++i) {
            min = std::min(min, x[i]);
            max = std::max(max, x[i]);
            sumW += w[i];
            sumX += w[i] * x[i];
        }
        if (min > 0)
            min = 0;
        if (max == min) {
            std::fill(L, L + n, uint8_t(0));
            minOut = -min;
            return 0.f;
        }
        float iscale = float(nmax) / (max - min);
        float scale = 1 / iscale;
        float bestErr = 0;
        for (int i = 0; i < n; ++i) {
            const int l = nearestInt(iscale * (x[i] - min));
            L[i] = uint8_t(std::max(0, std::min(nmax, l)));
            const float diff = scale * float(L[i]) + min - x[i];
            bestErr += w[i] * (absoluteError ? std::fabs(diff) : diff * diff);
        }
        for (int step = 0; step <= nstep; ++step) {
            iscale = (rmin + rdelta * float(step) + float(nmax)) / (max - min);
            float sumL = 0, sumL2 = 0, sumXL = 0;
            for (int i = 0; i < n; ++i) {
                int l = nearestInt(iscale * (x[i] - min));
                l = std::max(0, std::min(nmax, l));
                aux[i] = uint8_t(l);
                sumL += w[i] * float(l);
                sumL2 += w[i] * float(l) * float(l);
                sumXL += w[i] * float(l) * x[i];
            }
            const float det = sumW * sumL2 - sumL * sumL;
            if (det > 0) {
                float thisScale = (sumW * sumXL - sumX * sumL) / det;
                float thisMin = (sumL2 * sumX - sumL * sumXL) / det;
                if (thisMin > 0) {
                    thisMin = 0;
                    thisScale = sumXL / sumL2;
                }
                float err = 0;
                for (int i = 0; i < n; ++i) {
                    const float diff = thisScale * float(aux[i]) + thisMin - x[i];
                    err += w[i] * (absoluteError ? std::fabs(diff) : diff * diff);
                }
                if (err < bestErr) {
                    std::copy(aux, aux + n, L);
                    bestErr = err;
                    scale = thisScale;
                    min = thisMin;
                }
            }
        }
        minOut = -min;
        return scale;
    }

    /**
     * A symmetric scale for `n` values on -nmax..nmax-1, weighted by x² (the reference's rmse_type 1): the grid at
     * -nmax / max, then 18 nearby inverse scales, keeping the one that maximises (Σ w x l)² / Σ w l².
     */
    float fitScaleSymmetric(int n, int nmax, const float* x, int8_t* L)
    {
        float amax = 0;
        const float max = largest(x, n, amax);
        if (amax < GroupMaxEps) {
            std::fill(L, L + n, int8_t(0));
            return 0.f;
        }
        float iscale = -float(nmax) / max;
        float sumLX = 0, sumL2 = 0;
        for (int i = 0; i < n; ++i) {
            int l = nearestInt(iscale * x[i]);
            l = std::max(-nmax, std::min(nmax - 1, l));
            L[i] = int8_t(l + nmax);
            const float w = x[i] * x[i];
            sumLX += w * x[i] * float(l);
            sumL2 += w * float(l) * float(l);
        }
        float scale = sumL2 != 0 ? sumLX / sumL2 : 0.0f;
        float best = scale * sumLX;
        for (int step = -9; step <= 9; ++step) {
            if (step == 0)
                continue;
            iscale = -(float(nmax) + 0.1f * float(step)) / max;
            sumLX = sumL2 = 0;
            for (int i = 0; i < n; ++i) {
                int l = nearestInt(iscale * x[i]);
                l = std::max(-nmax, std::min(nmax - 1, l));
                const float w = x[i] * x[i];
                sumLX += w * x[i] * float(l);
                sumL2 += w * float(l) * float(l);
            }
            if (sumL2 > 0 && sumLX * sumLX > best * sumL2) {
                for (int i = 0; i < n; ++i) {
                    const int l = nearestInt(iscale * x[i]);
                    L[i] = int8_t(nmax + std::max(-nmax, std::min(nmax - 1, l)));
                }
                scale = sumLX / sumL2;
                best = scale * sumLX;
            }
        }
        return scale;
    }

    /**
     * A symmetric scale for `n` values on -nmax..nmax-1 weighted by x²: the grid at -nmax / max, then up to five
     * passes that move single values to the level that most improves (Σ w x l)² / Σ w l². L gets l + nmax.
     */
    float fitScaleQ3(int n, int nmax, const float* x, int8_t* L)
    {
        float amax = 0;
        const float max = largest(x, n, amax);
        if (amax < GroupMaxEps) {
            std::fill(L, L + n, int8_t(0));
            return 0.f;
        }
        const float iscale = -float(nmax) / max;
        float sumLX = 0, sumL2 = 0;
        for (int i = 0; i < n; ++i) {
            int l = nearestInt(iscale * x[i]);
            l = std::max(-nmax, std::min(nmax - 1, l));
            L[i] = int8_t(l);
            const float w = x[i] * x[i];
            sumLX += w * x[i] * float(l);
            sumL2 += w * float(l) * float(l);
        }
        for (int pass = 0; pass < 5; ++pass) {
            int changed = 0;
            for (int i = 0; i < n; ++i) {
                const float w = x[i] * x[i];
                float slx = sumLX - w * x[i] * float(L[i]);
                if (slx > 0) {
                    float sl2 = sumL2 - w * float(L[i]) * float(L[i]);
                    int l = nearestInt(x[i] * sl2 / slx);
                    l = std::max(-nmax, std::min(nmax - 1, l));
                    if (l != L[i]) {
                        slx += w * x[i] * float(l);
                        sl2 += w * float(l) * float(l);
                        if (sl2 > 0 && slx * slx * sumL2 > sumLX * sumLX * sl2) {
                            L[i] = int8_t(l);
                            sumLX = slx;
                            sumL2 = sl2;
                            ++changed;
                        }
                    }
                }
            }
            if (!changed)
                break;
        }
        for (int i = 0; i < n; ++i)
            L[i] = int8_t(L[i] + nmax);
        return sumLX / sumL2;
    }

    /** Four 2-bit values per byte: element j + 32 × k of each 128 in bits 2k. */
    void pack2Bits(const uint8_t* L, uint8_t* qs)
    {
        for (int j = 0; j < QK_K; j += 128)
            for (int l = 0; l < 32; ++l)
                qs[j / 4 + l]
                    = uint8_t(L[j + l] | (L[j + l + 32] << 2) | (L[j + l + 64] << 4) | (L[j + l + 96] << 6));
    }

    /** Stores scale/min pair j (6 bits each) the way scaleMinK4() reads them. */
    void packScaleMin(int j, uint8_t ls, uint8_t lm, uint8_t* q)
    {
        if (j < 4) {
            q[j] = ls;
            q[j + 4] = lm;
        } else {
            q[j + 4] = uint8_t((ls & 0xF) | ((lm & 0xF) << 4));
            q[j - 4] |= uint8_t((ls >> 4) << 6);
            q[j - 0] |= uint8_t((lm >> 4) << 6);
        }
    }

    /** Q4_K and Q5_K share everything but the quant range and the search's parameters. */
    template <class Block>
    Block encodeScaleMinBlock(const float* x, int nmax, float rmin, int nstep, uint8_t* L)
    {
        Block b {};
        uint8_t aux[32];
        float w[32];
        float mins[QK_K / 32], scales[QK_K / 32];
        float maxScale = 0, maxMin = 0;
        for (int j = 0; j < QK_K / 32; ++j) {
            float sumX2 = 0;
            for (int l = 0; l < 32; ++l)
                sumX2 += x[32 * j + l] * x[32 * j + l];
            const float avX = std::sqrt(sumX2 / 32);
            for (int l = 0; l < 32; ++l)
                w[l] = avX + std::fabs(x[32 * j + l]);
            scales[j] = fitScaleMin(32, nmax, x + 32 * j, w, L + 32 * j, mins[j], aux, rmin, 0.1f, nstep);
            maxScale = std::max(maxScale, scales[j]);
            maxMin = std::max(maxMin, mins[j]);
        }
        const float invScale = maxScale > 0 ? 63.f / maxScale : 0.f;
        const float invMin = maxMin > 0 ? 63.f / maxMin : 0.f;
        for (int j = 0; j < QK_K / 32; ++j) {
            const uint8_t ls = uint8_t(std::min(63, nearestInt(invScale * scales[j])));
            const uint8_t lm = uint8_t(std::min(63, nearestInt(invMin * mins[j])));
            packScaleMin(j, ls, lm, b.scales);
        }
        b.d = fp32ToFp16(maxScale / 63.f);
        b.dmin = fp32ToFp16(maxMin / 63.f);
        for (int j = 0; j < QK_K / 32; ++j) {
            uint8_t sc, m;
            scaleMinK4(j, b.scales, sc, m);
            const float d = fp16ToFp32(b.d) * float(sc);
            if (d == 0)
                continue;
            const float dm = fp16ToFp32(b.dmin) * float(m);
            for (int ii = 0; ii < 32; ++ii) {
                const int l = nearestInt((x[32 * j + ii] + dm) / d);
                L[32 * j + ii] = uint8_t(std::max(0, std::min(nmax, l)));
            }
        }
        return b;
    }

    /** The index of the value in the ascending table `values` (16) nearest to x (the lower one on a tie). */
    int nearestValue(const int8_t* values, float x)
    {
        if (x <= values[0])
            return 0;
        if (x >= values[15])
            return 15;
        int lo = 0, hi = 15;
        while (hi - lo > 1) {
            const int mid = (lo + hi) / 2;
            if (x < values[mid])
                hi = mid;
            else
                lo = mid;
        }
        return x - values[hi - 1] < values[hi] - x ? hi - 1 : hi;
    }

} // namespace

void quantizeIQ4_NL(const float* x, std::byte* dst, int64_t n)
{
    constexpr int ntry = 7;
    const int8_t* values = IQ4_NLValues;
    uint8_t L[QK4_NL];
    for (int64_t i = 0; i < n / QK4_NL; ++i, x += QK4_NL) {
        BlockIQ4_NL b {};
        float amax = 0;
        const float max = largest(x, QK4_NL, amax);
        float d = 0;
        if (amax >= GroupMaxEps) {
            // weights x², a first scale from the largest value, then 2 × ntry + 1 nearby ones by least squares
            d = -max / float(values[0]);
            float id = 1 / d;
            float sumQX = 0, sumQ2 = 0;
            for (int j = 0; j < QK4_NL; ++j) {
                const int l = nearestValue(values, id * x[j]);
                L[j] = uint8_t(l);
                const float q = float(values[l]);
                const float w = x[j] * x[j];
                sumQX += w * q * x[j];
                sumQ2 += w * q * q;
            }
            d = sumQX / sumQ2;
            float best = d * sumQX;
            for (int step = -ntry; step <= ntry; ++step) {
                id = (float(step) + float(values[0])) / max;
                sumQX = sumQ2 = 0;
                for (int j = 0; j < QK4_NL; ++j) {
                    const int l = nearestValue(values, id * x[j]);
                    const float q = float(values[l]);
                    const float w = x[j] * x[j];
                    sumQX += w * q * x[j];
                    sumQ2 += w * q * q;
                }
                if (sumQ2 > 0 && sumQX * sumQX > best * sumQ2) {
                    d = sumQX / sumQ2;
                    best = d * sumQX;
                }
            }
        }
        b.d = fp32ToFp16(d);
        const float id = d != 0 ? 1 / d : 0;
        for (int j = 0; j < QK4_NL; ++j)
            L[j] = uint8_t(nearestValue(values, id * x[j]));
        for (int j = 0; j < QK4_NL / 2; ++j)
            b.qs[j] = uint8_t(L[j] | (L[j + QK4_NL / 2] << 4));
        std::memcpy(dst + i * int64_t(sizeof(BlockIQ4_NL)), &b, sizeof(b));
    }
}

void quantizeQ2_K(const float* x, std::byte* dst, int64_t n)
{
    constexpr float q4scale = 15.f;
    uint8_t L[QK_K], aux[16];
    float w[16], mins[QK_K / 16], scales[QK_K / 16];
    for (int64_t i = 0; i < n / QK_K; ++i, x += QK_K) {
        BlockQ2_K b {};
        float maxScale = 0, maxMin = 0;
        for (int j = 0; j < QK_K / 16; ++j) {
            for (int l = 0; l < 16; ++l)
                w[l] = std::fabs(x[16 * j + l]);
            scales[j] = fitScaleMin(16, 3, x + 16 * j, w, L + 16 * j, mins[j], aux, -0.5f, 0.1f, 15, true);
            maxScale = std::max(maxScale, scales[j]);
            maxMin = std::max(maxMin, mins[j]);
        }
        if (maxScale > 0) {
            const float iscale = q4scale / maxScale;
            for (int j = 0; j < QK_K / 16; ++j)
                b.scales[j] = uint8_t(nearestInt(iscale * scales[j]));
            b.d = fp32ToFp16(maxScale / q4scale);
        } else {
            b.d = fp32ToFp16(0.f);
        }
        if (maxMin > 0) {
            const float iscale = q4scale / maxMin;
            for (int j = 0; j < QK_K / 16; ++j)
                b.scales[j] = uint8_t(b.scales[j] | (nearestInt(iscale * mins[j]) << 4));
            b.dmin = fp32ToFp16(maxMin / q4scale);
        } else {
            b.dmin = fp32ToFp16(0.f);
        }
        for (int j = 0; j < QK_K / 16; ++j) {
            const float d = fp16ToFp32(b.d) * float(b.scales[j] & 0xF);
            if (d == 0)
                continue;
            const float dm = fp16ToFp32(b.dmin) * float(b.scales[j] >> 4);
            for (int ii = 0; ii < 16; ++ii) {
                const int l = nearestInt((x[16 * j + ii] + dm) / d);
                L[16 * j + ii] = uint8_t(std::max(0, std::min(3, l)));
            }
        }
        pack2Bits(L, b.qs);
        std::memcpy(dst + i * int64_t(sizeof(BlockQ2_K)), &b, sizeof(b));
    }
}

void quantizeQ3_K(const float* x, std::byte* dst, int64_t n)
{
    int8_t L[QK_K];
    float scales[QK_K / 16];
    for (int64_t i = 0; i < n / QK_K; ++i, x += QK_K) {
        BlockQ3_K b {};
        float maxScale = 0, amax = 0;
        for (int j = 0; j < QK_K / 16; ++j) {
            scales[j] = fitScaleQ3(16, 4, x + 16 * j, L + 16 * j);
            if (std::fabs(scales[j]) > amax) {
                amax = std::fabs(scales[j]);
                maxScale = scales[j];
            }
        }
        if (maxScale != 0) {
            const float iscale = -32.f / maxScale;
            for (int j = 0; j < QK_K / 16; ++j) {
                int l = std::max(-32, std::min(31, nearestInt(iscale * scales[j]))) + 32;
                if (j < 8)
                    b.scales[j] = uint8_t(l & 0xF);
                else
                    b.scales[j - 8] = uint8_t(b.scales[j - 8] | ((l & 0xF) << 4));
                l >>= 4;
                b.scales[j % 4 + 8] = uint8_t(b.scales[j % 4 + 8] | (l << (2 * (j / 4))));
            }
            b.d = fp32ToFp16(1 / iscale);
        } else {
            b.d = fp32ToFp16(0.f);
        }
        for (int j = 0; j < QK_K / 16; ++j) {
            int sc = j < 8 ? b.scales[j] & 0xF : b.scales[j - 8] >> 4;
            sc = (sc | (((b.scales[8 + j % 4] >> (2 * (j / 4))) & 3) << 4)) - 32;
            const float d = fp16ToFp32(b.d) * float(sc);
            if (d == 0)
                continue;
            for (int ii = 0; ii < 16; ++ii) {
                const int l = nearestInt(x[16 * j + ii] / d);
                L[16 * j + ii] = int8_t(std::max(-4, std::min(3, l)) + 4);
            }
        }
        // the high bit of each value: values 0..31 in bit 0 of hmask[0..31], 32..63 in bit 1, ...
        uint8_t low[QK_K];
        int m = 0;
        uint8_t hm = 1;
        for (int j = 0; j < QK_K; ++j) {
            int v = L[j];
            if (v > 3) {
                b.hmask[m] |= hm;
                v -= 4;
            }
            low[j] = uint8_t(v);
            if (++m == QK_K / 8) {
                m = 0;
                hm = uint8_t(hm << 1);
            }
        }
        pack2Bits(low, b.qs);
        std::memcpy(dst + i * int64_t(sizeof(BlockQ3_K)), &b, sizeof(b));
    }
}

void quantizeQ4_K(const float* x, std::byte* dst, int64_t n)
{
    uint8_t L[QK_K];
    for (int64_t i = 0; i < n / QK_K; ++i, x += QK_K) {
        BlockQ4_K b = encodeScaleMinBlock<BlockQ4_K>(x, 15, -1.f, 20, L);
        uint8_t* q = b.qs;
        for (int j = 0; j < QK_K; j += 64, q += 32)
            for (int l = 0; l < 32; ++l)
                q[l] = uint8_t(L[j + l] | (L[j + l + 32] << 4));
        std::memcpy(dst + i * int64_t(sizeof(BlockQ4_K)), &b, sizeof(b));
    }
}

void quantizeQ5_K(const float* x, std::byte* dst, int64_t n)
{
    uint8_t L[QK_K];
    for (int64_t i = 0; i < n / QK_K; ++i, x += QK_K) {
        BlockQ5_K b = encodeScaleMinBlock<BlockQ5_K>(x, 31, -0.5f, 15, L);
        uint8_t* ql = b.qs;
        uint8_t m1 = 1, m2 = 2;
        for (int j = 0; j < QK_K; j += 64, ql += 32) {
            for (int l = 0; l < 32; ++l) {
                int l1 = L[j + l], l2 = L[j + l + 32];
                if (l1 > 15) {
                    l1 -= 16;
                    b.qh[l] |= m1;
                }
                if (l2 > 15) {
                    l2 -= 16;
                    b.qh[l] |= m2;
                }
                ql[l] = uint8_t(l1 | (l2 << 4));
            }
            m1 = uint8_t(m1 << 2);
            m2 = uint8_t(m2 << 2);
        }
        std::memcpy(dst + i * int64_t(sizeof(BlockQ5_K)), &b, sizeof(b));
    }
}

void quantizeQ6_K(const float* x, std::byte* dst, int64_t n)
{
    int8_t L[QK_K];
    float scales[QK_K / 16];
    for (int64_t i = 0; i < n / QK_K; ++i, x += QK_K) {
        BlockQ6_K b {};
        float maxScale = 0, maxAbsScale = 0;
        for (int ib = 0; ib < QK_K / 16; ++ib) {
            scales[ib] = fitScaleSymmetric(16, 32, x + 16 * ib, L + 16 * ib);
            if (std::fabs(scales[ib]) > maxAbsScale) {
                maxAbsScale = std::fabs(scales[ib]);
                maxScale = scales[ib];
            }
        }
        if (maxAbsScale < GroupMaxEps) {
            b.d = fp32ToFp16(0.f);
            std::memcpy(dst + i * int64_t(sizeof(BlockQ6_K)), &b, sizeof(b));
            continue;
        }
        const float iscale = -128.f / maxScale;
        b.d = fp32ToFp16(1 / iscale);
        for (int ib = 0; ib < QK_K / 16; ++ib)
            b.scales[ib] = int8_t(std::min(127, nearestInt(iscale * scales[ib])));
        for (int j = 0; j < QK_K / 16; ++j) {
            const float d = fp16ToFp32(b.d) * float(b.scales[j]);
            if (d == 0)
                continue;
            for (int ii = 0; ii < 16; ++ii) {
                const int l = nearestInt(x[16 * j + ii] / d);
                L[16 * j + ii] = int8_t(std::max(-32, std::min(31, l)) + 32);
            }
        }
        uint8_t* ql = b.ql;
        uint8_t* qh = b.qh;
        for (int j = 0; j < QK_K; j += 128, ql += 64, qh += 32) {
            for (int l = 0; l < 32; ++l) {
                const uint8_t q1 = uint8_t(L[j + l + 0] & 0xF), q2 = uint8_t(L[j + l + 32] & 0xF);
                const uint8_t q3 = uint8_t(L[j + l + 64] & 0xF), q4 = uint8_t(L[j + l + 96] & 0xF);
                ql[l + 0] = uint8_t(q1 | (q3 << 4));
                ql[l + 32] = uint8_t(q2 | (q4 << 4));
                qh[l] = uint8_t((L[j + l] >> 4) | ((L[j + l + 32] >> 4) << 2) | ((L[j + l + 64] >> 4) << 4)
                    | ((L[j + l + 96] >> 4) << 6));
            }
        }
        std::memcpy(dst + i * int64_t(sizeof(BlockQ6_K)), &b, sizeof(b));
    }
}

} // namespace Gguf
