// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/subblocks.h"

#include "core/gguf/fp16.h"
#include "core/gguf/kquants.h"

#include <cstring>

namespace Gguf {

namespace {

    void setScale(SubBlock& s, int half, float d, float m)
    {
        s.d[half] = d;
        s.m[half] = m;
    }

    // Each function mirrors the element order of its decoder in quants.cpp / kquants.cpp.
    void fromQ4_0(const std::byte* src, SubBlock* out, int64_t n)
    {
        for (int64_t i = 0; i < n / 32; ++i) {
            const auto b = loadBlock<BlockQ4_0>(src + i * int64_t(sizeof(BlockQ4_0)));
            SubBlock& s = out[i];
            for (int j = 0; j < 16; ++j) {
                s.q[j] = int8_t((b.qs[j] & 0xF) - 8);
                s.q[j + 16] = int8_t((b.qs[j] >> 4) - 8);
            }
            const float d = fp16ToFp32(b.d);
            setScale(s, 0, d, 0.0f);
            setScale(s, 1, d, 0.0f);
        }
    }

    void fromQ4_1(const std::byte* src, SubBlock* out, int64_t n)
    {
        for (int64_t i = 0; i < n / 32; ++i) {
            const auto b = loadBlock<BlockQ4_1>(src + i * int64_t(sizeof(BlockQ4_1)));
            SubBlock& s = out[i];
            for (int j = 0; j < 16; ++j) {
                s.q[j] = int8_t(b.qs[j] & 0xF);
                s.q[j + 16] = int8_t(b.qs[j] >> 4);
            }
            const float d = fp16ToFp32(b.d), m = -fp16ToFp32(b.m);
            setScale(s, 0, d, m);
            setScale(s, 1, d, m);
        }
    }

    template <class Block>
    void fromQ5(const std::byte* src, SubBlock* out, int64_t n, bool withMin)
    {
        for (int64_t i = 0; i < n / 32; ++i) {
            const auto b = loadBlock<Block>(src + i * int64_t(sizeof(Block)));
            uint32_t qh;
            std::memcpy(&qh, b.qh, 4);
            SubBlock& s = out[i];
            const int offset = withMin ? 0 : 16;
            for (int j = 0; j < 16; ++j) {
                s.q[j] = int8_t(((b.qs[j] & 0xF) | (((qh >> j) << 4) & 0x10)) - offset);
                s.q[j + 16] = int8_t(((b.qs[j] >> 4) | ((qh >> (j + 12)) & 0x10)) - offset);
            }
            const float d = fp16ToFp32(b.d);
            float m = 0.0f;
            if constexpr (requires { b.m; })
                m = -fp16ToFp32(b.m);
            setScale(s, 0, d, m);
            setScale(s, 1, d, m);
        }
    }

    void fromQ8_0(const std::byte* src, SubBlock* out, int64_t n)
    {
        for (int64_t i = 0; i < n / 32; ++i) {
            const auto b = loadBlock<BlockQ8_0>(src + i * int64_t(sizeof(BlockQ8_0)));
            std::memcpy(out[i].q, b.qs, 32);
            const float d = fp16ToFp32(b.d);
            setScale(out[i], 0, d, 0.0f);
            setScale(out[i], 1, d, 0.0f);
        }
    }

    void fromIQ4_NL(const std::byte* src, SubBlock* out, int64_t n)
    {
        for (int64_t i = 0; i < n / 32; ++i) {
            const auto b = loadBlock<BlockIQ4_NL>(src + i * int64_t(sizeof(BlockIQ4_NL)));
            SubBlock& s = out[i];
            for (int j = 0; j < 16; ++j) {
                s.q[j] = IQ4_NLValues[b.qs[j] & 0xF];
                s.q[j + 16] = IQ4_NLValues[b.qs[j] >> 4];
            }
            const float d = fp16ToFp32(b.d);
            setScale(s, 0, d, 0.0f);
            setScale(s, 1, d, 0.0f);
        }
    }

    // K-quants: a super-block of 256 is 8 sub-blocks of 32 (element e goes to out[e / 32], position e % 32)
    void put(SubBlock* sb, int e, int q)
    {
        sb[e / 32].q[e % 32] = int8_t(q);
    }
    void putScale16(SubBlock* sb, int run16, float d, float m)
    {
        setScale(sb[run16 / 2], run16 % 2, d, m);
    }
    void putScale32(SubBlock* sb, int run32, float d, float m)
    {
        setScale(sb[run32], 0, d, m);
        setScale(sb[run32], 1, d, m);
    }

    void fromQ2_K(const std::byte* src, SubBlock* out, int64_t n)
    {
        for (int64_t i = 0; i < n / QK_K; ++i) {
            const auto b = loadBlock<BlockQ2_K>(src + i * int64_t(sizeof(BlockQ2_K)));
            SubBlock* sb = out + i * 8;
            const float d = fp16ToFp32(b.d), dmin = fp16ToFp32(b.dmin);
            int e = 0, is = 0;
            for (int half = 0; half < 2; ++half) {
                const uint8_t* q = b.qs + 32 * half;
                for (int shift = 0; shift < 8; shift += 2) {
                    for (int part = 0; part < 2; ++part) {
                        const uint8_t sc = b.scales[is];
                        putScale16(sb, is++, d * float(sc & 0xF), dmin * float(sc >> 4));
                        for (int l = 0; l < 16; ++l)
                            put(sb, e++, (q[l + 16 * part] >> shift) & 3);
                    }
                }
            }
        }
    }

    void fromQ3_K(const std::byte* src, SubBlock* out, int64_t n)
    {
        for (int64_t i = 0; i < n / QK_K; ++i) {
            const auto b = loadBlock<BlockQ3_K>(src + i * int64_t(sizeof(BlockQ3_K)));
            SubBlock* sb = out + i * 8;
            const float dAll = fp16ToFp32(b.d);
            int8_t scales[16];
            unpackScalesQ3_K(b.scales, scales);
            uint8_t mask = 1;
            int e = 0, is = 0;
            for (int half = 0; half < 2; ++half) {
                const uint8_t* q = b.qs + 32 * half;
                for (int shift = 0; shift < 8; shift += 2) {
                    for (int part = 0; part < 2; ++part) {
                        putScale16(sb, is, dAll * float(scales[is] - 32), 0.0f);
                        ++is;
                        for (int l = 16 * part; l < 16 * part + 16; ++l)
                            put(sb, e++, ((q[l] >> shift) & 3) - ((b.hmask[l] & mask) ? 0 : 4));
                    }
                    mask = uint8_t(mask << 1);
                }
            }
        }
    }

    template <class Block, bool Five>
    void fromQ45_K(const std::byte* src, SubBlock* out, int64_t n)
    {
        for (int64_t i = 0; i < n / QK_K; ++i) {
            const auto b = loadBlock<Block>(src + i * int64_t(sizeof(Block)));
            SubBlock* sb = out + i * 8;
            const float d = fp16ToFp32(b.d), dmin = fp16ToFp32(b.dmin);
            for (int j = 0; j < 4; ++j) { // 64 elements: the low nibbles of 32 bytes, then their high nibbles
                const uint8_t* ql = b.qs + 32 * j;
                for (int h = 0; h < 2; ++h) {
                    uint8_t sc, m;
                    scaleMinK4(2 * j + h, b.scales, sc, m);
                    putScale32(sb, 2 * j + h, d * sc, dmin * m);
                    for (int l = 0; l < 32; ++l) {
                        int q = h == 0 ? ql[l] & 0xF : ql[l] >> 4;
                        if constexpr (Five)
                            q += (b.qh[l] & (1u << (2 * j + h))) ? 16 : 0;
                        put(sb, 64 * j + 32 * h + l, q);
                    }
                }
            }
        }
    }

    void fromQ6_K(const std::byte* src, SubBlock* out, int64_t n)
    {
        for (int64_t i = 0; i < n / QK_K; ++i) {
            const auto b = loadBlock<BlockQ6_K>(src + i * int64_t(sizeof(BlockQ6_K)));
            SubBlock* sb = out + i * 8;
            const float d = fp16ToFp32(b.d);
            for (int half = 0; half < 2; ++half) {
                const uint8_t* ql = b.ql + 64 * half;
                const uint8_t* qh = b.qh + 32 * half;
                const int8_t* sc = b.scales + 8 * half;
                const int base = 128 * half;
                for (int r = 0; r < 8; ++r) // run r of 16 elements within the half has scale r
                    putScale16(sb, 8 * half + r, d * float(sc[r]), 0.0f);
                for (int l = 0; l < 32; ++l) {
                    put(sb, base + l, ((ql[l] & 0xF) | (((qh[l] >> 0) & 3) << 4)) - 32);
                    put(sb, base + l + 32, ((ql[l + 32] & 0xF) | (((qh[l] >> 2) & 3) << 4)) - 32);
                    put(sb, base + l + 64, ((ql[l] >> 4) | (((qh[l] >> 4) & 3) << 4)) - 32);
                    put(sb, base + l + 96, ((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) - 32);
                }
            }
        }
    }

} // namespace

bool hasSubBlocks(TensorType type)
{
    return quantRange(type).hi > 0; // every type with a range (none is all zeros)
}

QuantRange quantRange(TensorType type)
{
    switch (type) {
    case TensorType::Q4_0:
        return { -8, 7 };
    case TensorType::Q4_1:
    case TensorType::Q4_K:
        return { 0, 15, true };
    case TensorType::Q5_0:
        return { -16, 15 };
    case TensorType::Q5_1:
    case TensorType::Q5_K:
        return { 0, 31, true };
    case TensorType::Q8_0:
        return { -128, 127 };
    case TensorType::Q2_K:
        return { 0, 3, true };
    case TensorType::Q3_K:
        return { -4, 3 };
    case TensorType::Q6_K:
        return { -32, 31 };
    case TensorType::IQ4_NL:
        return { -127, 113 };
    default:
        return {};
    }
}

bool toSubBlocks(TensorType type, const std::byte* src, SubBlock* out, int64_t n)
{
    switch (type) {
    case TensorType::Q4_0:
        fromQ4_0(src, out, n);
        return true;
    case TensorType::Q4_1:
        fromQ4_1(src, out, n);
        return true;
    case TensorType::Q5_0:
        fromQ5<BlockQ5_0>(src, out, n, false);
        return true;
    case TensorType::Q5_1:
        fromQ5<BlockQ5_1>(src, out, n, true);
        return true;
    case TensorType::Q8_0:
        fromQ8_0(src, out, n);
        return true;
    case TensorType::Q2_K:
        fromQ2_K(src, out, n);
        return true;
    case TensorType::Q3_K:
        fromQ3_K(src, out, n);
        return true;
    case TensorType::Q4_K:
        fromQ45_K<BlockQ4_K, false>(src, out, n);
        return true;
    case TensorType::Q5_K:
        fromQ45_K<BlockQ5_K, true>(src, out, n);
        return true;
    case TensorType::Q6_K:
        fromQ6_K(src, out, n);
        return true;
    case TensorType::IQ4_NL:
        fromIQ4_NL(src, out, n);
        return true;
    default:
        return false;
    }
}

} // namespace Gguf
