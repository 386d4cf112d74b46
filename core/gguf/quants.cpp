// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/quants.h"

#include "core/gguf/fp16.h"
#include "core/gguf/kquants.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace Gguf {

namespace {

    template <typename Block>
    void storeBlock(std::byte* p, const Block& b)
    {
        std::memcpy(p, &b, sizeof(Block));
    }

    // ggml-quants.c: dequantize_row_*
    void dequantQ4_0(const std::byte* src, float* y, int64_t k)
    {
        for (int64_t i = 0; i < k / QK4_0; ++i) {
            const auto b = loadBlock<BlockQ4_0>(src + i * sizeof(BlockQ4_0));
            const float d = fp16ToFp32(b.d);
            for (int j = 0; j < QK4_0 / 2; ++j) {
                const int x0 = (b.qs[j] & 0x0F) - 8;
                const int x1 = (b.qs[j] >> 4) - 8;
                y[i * QK4_0 + j] = float(x0) * d;
                y[i * QK4_0 + j + QK4_0 / 2] = float(x1) * d;
            }
        }
    }

    void dequantQ4_1(const std::byte* src, float* y, int64_t k)
    {
        for (int64_t i = 0; i < k / QK4_1; ++i) {
            const auto b = loadBlock<BlockQ4_1>(src + i * sizeof(BlockQ4_1));
            const float d = fp16ToFp32(b.d);
            const float m = fp16ToFp32(b.m);
            for (int j = 0; j < QK4_1 / 2; ++j) {
                const int x0 = b.qs[j] & 0x0F;
                const int x1 = b.qs[j] >> 4;
                y[i * QK4_1 + j] = float(x0) * d + m;
                y[i * QK4_1 + j + QK4_1 / 2] = float(x1) * d + m;
            }
        }
    }

    void dequantQ5_0(const std::byte* src, float* y, int64_t k)
    {
        for (int64_t i = 0; i < k / QK5_0; ++i) {
            const auto b = loadBlock<BlockQ5_0>(src + i * sizeof(BlockQ5_0));
            const float d = fp16ToFp32(b.d);
            uint32_t qh;
            std::memcpy(&qh, b.qh, 4);
            for (int j = 0; j < QK5_0 / 2; ++j) {
                const uint8_t xh0 = uint8_t(((qh >> (j + 0)) << 4) & 0x10);
                const uint8_t xh1 = uint8_t(((qh >> (j + 12))) & 0x10);
                const int32_t x0 = ((b.qs[j] & 0x0F) | xh0) - 16;
                const int32_t x1 = ((b.qs[j] >> 4) | xh1) - 16;
                y[i * QK5_0 + j] = float(x0) * d;
                y[i * QK5_0 + j + QK5_0 / 2] = float(x1) * d;
            }
        }
    }

    void dequantQ5_1(const std::byte* src, float* y, int64_t k)
    {
        for (int64_t i = 0; i < k / QK5_1; ++i) {
            const auto b = loadBlock<BlockQ5_1>(src + i * sizeof(BlockQ5_1));
            const float d = fp16ToFp32(b.d);
            const float m = fp16ToFp32(b.m);
            uint32_t qh;
            std::memcpy(&qh, b.qh, 4);
            for (int j = 0; j < QK5_1 / 2; ++j) {
                const uint8_t xh0 = uint8_t(((qh >> (j + 0)) << 4) & 0x10);
                const uint8_t xh1 = uint8_t(((qh >> (j + 12))) & 0x10);
                const int x0 = (b.qs[j] & 0x0F) | xh0;
                const int x1 = (b.qs[j] >> 4) | xh1;
                y[i * QK5_1 + j] = float(x0) * d + m;
                y[i * QK5_1 + j + QK5_1 / 2] = float(x1) * d + m;
            }
        }
    }

    void dequantQ8_0(const std::byte* src, float* y, int64_t k)
    {
        for (int64_t i = 0; i < k / QK8_0; ++i) {
            const auto b = loadBlock<BlockQ8_0>(src + i * sizeof(BlockQ8_0));
            const float d = fp16ToFp32(b.d);
            for (int j = 0; j < QK8_0; ++j)
                y[i * QK8_0 + j] = float(b.qs[j]) * d;
        }
    }

    // ggml-quants.c: quantize_row_*_ref
    void quantQ4_0(const float* x, std::byte* dst, int64_t k)
    {
        constexpr int qk = QK4_0;
        for (int64_t i = 0; i < k / qk; ++i) {
            float amax = 0.0f; // absolute max
            float max = 0.0f;
            for (int j = 0; j < qk; ++j) {
                const float v = x[i * qk + j];
                if (amax < std::fabs(v)) {
                    amax = std::fabs(v);
                    max = v;
                }
            }
            const float d = max / -8;
            const float id = d ? 1.0f / d : 0.0f;
            BlockQ4_0 b;
            b.d = fp32ToFp16(d);
            for (int j = 0; j < qk / 2; ++j) {
                const float x0 = x[i * qk + 0 + j] * id;
                const float x1 = x[i * qk + qk / 2 + j] * id;
                const uint8_t xi0 = uint8_t(std::min<int>(15, int8_t(x0 + 8.5f)));
                const uint8_t xi1 = uint8_t(std::min<int>(15, int8_t(x1 + 8.5f)));
                b.qs[j] = uint8_t(xi0 | (xi1 << 4));
            }
            storeBlock(dst + i * sizeof(BlockQ4_0), b);
        }
    }

    void quantQ4_1(const float* x, std::byte* dst, int64_t k)
    {
        constexpr int qk = QK4_1;
        for (int64_t i = 0; i < k / qk; ++i) {
            float min = INFINITY;
            float max = -INFINITY;
            for (int j = 0; j < qk; ++j) {
                const float v = x[i * qk + j];
                if (v < min)
                    min = v;
                if (v > max)
                    max = v;
            }
            const float d = (max - min) / ((1 << 4) - 1);
            const float id = d ? 1.0f / d : 0.0f;
            BlockQ4_1 b;
            b.d = fp32ToFp16(d);
            b.m = fp32ToFp16(min);
            for (int j = 0; j < qk / 2; ++j) {
                const float x0 = (x[i * qk + 0 + j] - min) * id;
                const float x1 = (x[i * qk + qk / 2 + j] - min) * id;
                const uint8_t xi0 = uint8_t(std::min<int>(15, int8_t(x0 + 0.5f)));
                const uint8_t xi1 = uint8_t(std::min<int>(15, int8_t(x1 + 0.5f)));
                b.qs[j] = uint8_t(xi0 | (xi1 << 4));
            }
            storeBlock(dst + i * sizeof(BlockQ4_1), b);
        }
    }

    void quantQ5_0(const float* x, std::byte* dst, int64_t k)
    {
        constexpr int qk = QK5_0;
        for (int64_t i = 0; i < k / qk; ++i) {
            float amax = 0.0f;
            float max = 0.0f;
            for (int j = 0; j < qk; ++j) {
                const float v = x[i * qk + j];
                if (amax < std::fabs(v)) {
                    amax = std::fabs(v);
                    max = v;
                }
            }
            const float d = max / -16;
            const float id = d ? 1.0f / d : 0.0f;
            BlockQ5_0 b;
            b.d = fp32ToFp16(d);
            uint32_t qh = 0;
            for (int j = 0; j < qk / 2; ++j) {
                const float x0 = x[i * qk + 0 + j] * id;
                const float x1 = x[i * qk + qk / 2 + j] * id;
                const uint8_t xi0 = uint8_t(std::min<int>(31, int8_t(x0 + 16.5f)));
                const uint8_t xi1 = uint8_t(std::min<int>(31, int8_t(x1 + 16.5f)));
                b.qs[j] = uint8_t((xi0 & 0x0F) | ((xi1 & 0x0F) << 4));
                qh |= ((xi0 & 0x10u) >> 4) << (j + 0);
                qh |= ((xi1 & 0x10u) >> 4) << (j + qk / 2);
            }
            std::memcpy(b.qh, &qh, sizeof(qh));
            storeBlock(dst + i * sizeof(BlockQ5_0), b);
        }
    }

    void quantQ5_1(const float* x, std::byte* dst, int64_t k)
    {
        constexpr int qk = QK5_1;
        for (int64_t i = 0; i < k / qk; ++i) {
            float min = INFINITY;
            float max = -INFINITY;
            for (int j = 0; j < qk; ++j) {
                const float v = x[i * qk + j];
                if (v < min)
                    min = v;
                if (v > max)
                    max = v;
            }
            const float d = (max - min) / ((1 << 5) - 1);
            const float id = d ? 1.0f / d : 0.0f;
            BlockQ5_1 b;
            b.d = fp32ToFp16(d);
            b.m = fp32ToFp16(min);
            uint32_t qh = 0;
            for (int j = 0; j < qk / 2; ++j) {
                const float x0 = (x[i * qk + 0 + j] - min) * id;
                const float x1 = (x[i * qk + qk / 2 + j] - min) * id;
                const uint8_t xi0 = uint8_t(x0 + 0.5f);
                const uint8_t xi1 = uint8_t(x1 + 0.5f);
                b.qs[j] = uint8_t((xi0 & 0x0F) | ((xi1 & 0x0F) << 4));
                qh |= ((xi0 & 0x10u) >> 4) << (j + 0);
                qh |= ((xi1 & 0x10u) >> 4) << (j + qk / 2);
            }
            std::memcpy(b.qh, &qh, sizeof(qh));
            storeBlock(dst + i * sizeof(BlockQ5_1), b);
        }
    }

    void quantQ8_0(const float* x, std::byte* dst, int64_t k)
    {
        for (int64_t i = 0; i < k / QK8_0; ++i) {
            float amax = 0.0f;
            for (int j = 0; j < QK8_0; ++j)
                amax = std::max(amax, std::fabs(x[i * QK8_0 + j]));
            const float d = amax / ((1 << 7) - 1);
            const float id = d ? 1.0f / d : 0.0f;
            BlockQ8_0 b;
            b.d = fp32ToFp16(d);
            for (int j = 0; j < QK8_0; ++j)
                b.qs[j] = int8_t(std::roundf(x[i * QK8_0 + j] * id));
            storeBlock(dst + i * sizeof(BlockQ8_0), b);
        }
    }

} // namespace

bool canDequantize(TensorType type)
{
    switch (type) {
    case TensorType::F32:
    case TensorType::F16:
    case TensorType::BF16:
    case TensorType::Q4_0:
    case TensorType::Q4_1:
    case TensorType::Q5_0:
    case TensorType::Q5_1:
    case TensorType::Q8_0:
    case TensorType::Q2_K:
    case TensorType::Q3_K:
    case TensorType::Q4_K:
    case TensorType::Q5_K:
    case TensorType::Q6_K:
    case TensorType::IQ4_NL:
        return true;
    default:
        return false;
    }
}

bool canQuantize(TensorType type)
{
    switch (type) {
    case TensorType::F32:
    case TensorType::F16:
    case TensorType::Q4_0:
    case TensorType::Q4_1:
    case TensorType::Q5_0:
    case TensorType::Q5_1:
    case TensorType::Q8_0:
    case TensorType::Q2_K:
    case TensorType::Q3_K:
    case TensorType::Q4_K:
    case TensorType::Q5_K:
    case TensorType::Q6_K:
    case TensorType::IQ4_NL:
        return true;
    default:
        return false;
    }
}

bool dequantizeRow(TensorType type, const std::byte* src, float* dst, int64_t n)
{
    switch (type) {
    case TensorType::F32:
        std::memcpy(dst, src, size_t(n) * 4);
        return true;
    case TensorType::F16:
        for (int64_t i = 0; i < n; ++i) {
            uint16_t h;
            std::memcpy(&h, src + 2 * i, 2);
            dst[i] = fp16ToFp32(h);
        }
        return true;
    case TensorType::BF16:
        for (int64_t i = 0; i < n; ++i) {
            uint16_t h;
            std::memcpy(&h, src + 2 * i, 2);
            dst[i] = bitsToFloat(uint32_t(h) << 16);
        }
        return true;
    case TensorType::Q4_0:
        dequantQ4_0(src, dst, n);
        return true;
    case TensorType::Q4_1:
        dequantQ4_1(src, dst, n);
        return true;
    case TensorType::Q5_0:
        dequantQ5_0(src, dst, n);
        return true;
    case TensorType::Q5_1:
        dequantQ5_1(src, dst, n);
        return true;
    case TensorType::Q8_0:
        dequantQ8_0(src, dst, n);
        return true;
    case TensorType::Q2_K:
        dequantizeQ2_K(src, dst, n);
        return true;
    case TensorType::Q3_K:
        dequantizeQ3_K(src, dst, n);
        return true;
    case TensorType::Q4_K:
        dequantizeQ4_K(src, dst, n);
        return true;
    case TensorType::Q5_K:
        dequantizeQ5_K(src, dst, n);
        return true;
    case TensorType::Q6_K:
        dequantizeQ6_K(src, dst, n);
        return true;
    case TensorType::IQ4_NL:
        dequantizeIQ4_NL(src, dst, n);
        return true;
    default:
        return false;
    }
}

bool quantizeRow(TensorType type, const float* src, std::byte* dst, int64_t n)
{
    switch (type) {
    case TensorType::F32:
        std::memcpy(dst, src, size_t(n) * 4);
        return true;
    case TensorType::F16:
        for (int64_t i = 0; i < n; ++i) {
            const uint16_t h = fp32ToFp16(src[i]);
            std::memcpy(dst + 2 * i, &h, 2);
        }
        return true;
    case TensorType::Q4_0:
        quantQ4_0(src, dst, n);
        return true;
    case TensorType::Q4_1:
        quantQ4_1(src, dst, n);
        return true;
    case TensorType::Q5_0:
        quantQ5_0(src, dst, n);
        return true;
    case TensorType::Q5_1:
        quantQ5_1(src, dst, n);
        return true;
    case TensorType::Q8_0:
        quantQ8_0(src, dst, n);
        return true;
    case TensorType::Q2_K:
        quantizeQ2_K(src, dst, n);
        return true;
    case TensorType::Q3_K:
        quantizeQ3_K(src, dst, n);
        return true;
    case TensorType::Q4_K:
        quantizeQ4_K(src, dst, n);
        return true;
    case TensorType::Q5_K:
        quantizeQ5_K(src, dst, n);
        return true;
    case TensorType::Q6_K:
        quantizeQ6_K(src, dst, n);
        return true;
    case TensorType::IQ4_NL:
        quantizeIQ4_NL(src, dst, n);
        return true;
    default:
        return false;
    }
}

std::optional<NonFinite> findNonFinite(TensorType type, const std::byte* src, int64_t n)
{
    const auto t = traits(type);
    if (!t || !canDequantize(type))
        return std::nullopt;
    // whole blocks at a time, about 16k elements, through a buffer that stays in cache
    const int64_t blocks = std::max<int64_t>(1, 16384 / t->blockSize);
    std::vector<float> buf(size_t(blocks * t->blockSize));
    for (int64_t at = 0; at < n;) {
        const int64_t count = std::min<int64_t>(n - at, blocks * t->blockSize);
        if (!dequantizeRow(type, src + at / t->blockSize * t->blockBytes, buf.data(), count))
            return std::nullopt;
        for (int64_t i = 0; i < count; ++i)
            if (!std::isfinite(buf[size_t(i)]))
                return NonFinite { at + i, buf[size_t(i)] };
        at += count;
    }
    return std::nullopt;
}

} // namespace Gguf
