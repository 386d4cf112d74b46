// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/kquants.h"

#include "core/gguf/fp16.h"
#include "core/gguf/tensortype.h"

#include <cstring>

namespace Gguf {

const int8_t IQ4_NLValues[16] = { -127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113 };

void scaleMinK4(int j, const uint8_t* q, uint8_t& scale, uint8_t& min)
{
    if (j < 4) {
        scale = q[j] & 63;
        min = q[j + 4] & 63;
    } else {
        scale = uint8_t((q[j + 4] & 0xF) | ((q[j - 4] >> 6) << 4));
        min = uint8_t((q[j + 4] >> 4) | ((q[j] >> 6) << 4));
    }
}

void dequantizeQ2_K(const std::byte* src, float* y, int64_t n)
{
    for (int64_t i = 0; i < n / QK_K; ++i) {
        const auto b = loadBlock<BlockQ2_K>(src + i * int64_t(sizeof(BlockQ2_K)));
        const float d = fp16ToFp32(b.d);
        const float dmin = fp16ToFp32(b.dmin);
        const uint8_t* q = b.qs;
        int is = 0;
        for (int half = 0; half < QK_K; half += 128) {
            for (int shift = 0; shift < 8; shift += 2) {
                for (int part = 0; part < 2; ++part) { // two runs of 16 elements, each with its scale and min
                    const uint8_t sc = b.scales[is++];
                    const float dl = d * float(sc & 0xF);
                    const float ml = dmin * float(sc >> 4);
                    for (int l = 0; l < 16; ++l)
                        *y++ = dl * float(int8_t((q[l + 16 * part] >> shift) & 3)) - ml;
                }
            }
            q += 32;
        }
    }
}

void unpackScalesQ3_K(const uint8_t* packed, int8_t* scales)
{
    // 16 scales of 6 bits: low 4 bits in bytes 0..7 (two per byte), high 2 bits in bytes 8..11
    constexpr uint32_t kmask1 = 0x03030303, kmask2 = 0x0f0f0f0f;
    uint32_t aux[4];
    std::memcpy(aux, packed, 12);
    const uint32_t tmp = aux[2];
    aux[2] = ((aux[0] >> 4) & kmask2) | (((tmp >> 4) & kmask1) << 4);
    aux[3] = ((aux[1] >> 4) & kmask2) | (((tmp >> 6) & kmask1) << 4);
    aux[0] = (aux[0] & kmask2) | (((tmp >> 0) & kmask1) << 4);
    aux[1] = (aux[1] & kmask2) | (((tmp >> 2) & kmask1) << 4);
    std::memcpy(scales, aux, 16);
}

void dequantizeQ3_K(const std::byte* src, float* y, int64_t n)
{
    for (int64_t i = 0; i < n / QK_K; ++i) {
        const auto b = loadBlock<BlockQ3_K>(src + i * int64_t(sizeof(BlockQ3_K)));
        const float dAll = fp16ToFp32(b.d);
        int8_t scales[16];
        unpackScalesQ3_K(b.scales, scales);
        const uint8_t* q = b.qs;
        uint8_t m = 1;
        int is = 0;
        for (int half = 0; half < QK_K; half += 128) {
            for (int shift = 0; shift < 8; shift += 2) {
                for (int part = 0; part < 2; ++part) {
                    const float dl = dAll * float(scales[is++] - 32);
                    for (int l = 16 * part; l < 16 * part + 16; ++l)
                        *y++ = dl * float(int8_t(((q[l] >> shift) & 3) - ((b.hmask[l + 0] & m) ? 0 : 4)));
                }
                m = uint8_t(m << 1);
            }
            q += 32;
        }
    }
}

void dequantizeQ4_K(const std::byte* src, float* y, int64_t n)
{
    for (int64_t i = 0; i < n / QK_K; ++i) {
        const auto b = loadBlock<BlockQ4_K>(src + i * int64_t(sizeof(BlockQ4_K)));
        const float d = fp16ToFp32(b.d);
        const float dmin = fp16ToFp32(b.dmin);
        const uint8_t* q = b.qs;
        int is = 0;
        for (int j = 0; j < QK_K; j += 64) {
            uint8_t sc, m;
            scaleMinK4(is + 0, b.scales, sc, m);
            const float d1 = d * sc, m1 = dmin * m;
            scaleMinK4(is + 1, b.scales, sc, m);
            const float d2 = d * sc, m2 = dmin * m;
            for (int l = 0; l < 32; ++l)
                *y++ = d1 * float(q[l] & 0xF) - m1;
            for (int l = 0; l < 32; ++l)
                *y++ = d2 * float(q[l] >> 4) - m2;
            q += 32;
            is += 2;
        }
    }
}

void dequantizeQ5_K(const std::byte* src, float* y, int64_t n)
{
    for (int64_t i = 0; i < n / QK_K; ++i) {
        const auto b = loadBlock<BlockQ5_K>(src + i * int64_t(sizeof(BlockQ5_K)));
        const float d = fp16ToFp32(b.d);
        const float dmin = fp16ToFp32(b.dmin);
        const uint8_t* ql = b.qs;
        int is = 0;
        uint8_t u1 = 1, u2 = 2;
        for (int j = 0; j < QK_K; j += 64) {
            uint8_t sc, m;
            scaleMinK4(is + 0, b.scales, sc, m);
            const float d1 = d * sc, m1 = dmin * m;
            scaleMinK4(is + 1, b.scales, sc, m);
            const float d2 = d * sc, m2 = dmin * m;
            for (int l = 0; l < 32; ++l)
                *y++ = d1 * float((ql[l] & 0xF) + ((b.qh[l] & u1) ? 16 : 0)) - m1;
            for (int l = 0; l < 32; ++l)
                *y++ = d2 * float((ql[l] >> 4) + ((b.qh[l] & u2) ? 16 : 0)) - m2;
            ql += 32;
            is += 2;
            u1 = uint8_t(u1 << 2);
            u2 = uint8_t(u2 << 2);
        }
    }
}

void dequantizeQ6_K(const std::byte* src, float* y, int64_t n)
{
    for (int64_t i = 0; i < n / QK_K; ++i) {
        const auto b = loadBlock<BlockQ6_K>(src + i * int64_t(sizeof(BlockQ6_K)));
        const float d = fp16ToFp32(b.d);
        const uint8_t* ql = b.ql;
        const uint8_t* qh = b.qh;
        const int8_t* sc = b.scales;
        for (int half = 0; half < QK_K; half += 128) {
            for (int l = 0; l < 32; ++l) {
                const int is = l / 16;
                const int8_t q1 = int8_t(((ql[l + 0] & 0xF) | (((qh[l] >> 0) & 3) << 4)) - 32);
                const int8_t q2 = int8_t(((ql[l + 32] & 0xF) | (((qh[l] >> 2) & 3) << 4)) - 32);
                const int8_t q3 = int8_t(((ql[l + 0] >> 4) | (((qh[l] >> 4) & 3) << 4)) - 32);
                const int8_t q4 = int8_t(((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) - 32);
                y[l + 0] = d * float(sc[is + 0]) * float(q1);
                y[l + 32] = d * float(sc[is + 2]) * float(q2);
                y[l + 64] = d * float(sc[is + 4]) * float(q3);
                y[l + 96] = d * float(sc[is + 6]) * float(q4);
            }
            y += 128;
            ql += 64;
            qh += 32;
            sc += 8;
        }
    }
}

void dequantizeIQ4_NL(const std::byte* src, float* y, int64_t n)
{
    for (int64_t i = 0; i < n / QK4_NL; ++i) {
        const auto b = loadBlock<BlockIQ4_NL>(src + i * int64_t(sizeof(BlockIQ4_NL)));
        const float d = fp16ToFp32(b.d);
        for (int j = 0; j < QK4_NL / 2; ++j) {
            y[j] = d * float(IQ4_NLValues[b.qs[j] & 0xF]);
            y[j + QK4_NL / 2] = d * float(IQ4_NLValues[b.qs[j] >> 4]);
        }
        y += QK4_NL;
    }
}

} // namespace Gguf
