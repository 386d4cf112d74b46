// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// The super-block types (QK_K = 256 elements) of GGUF files and IQ4_NL: their block layouts and decoders. Layouts are
// those of the GGUF format (ggml-common.h); the decoders compute each value with the same float operations, in the
// same order, as ggml's dequantize_row_* so that the weights the engines see are the reference's exactly.
#include <cstddef>
#include <cstdint>

namespace Gguf {

constexpr int QK_K = 256;
constexpr int K_SCALE_SIZE = 12;
constexpr int QK4_NL = 32;

struct BlockQ2_K
{
    uint8_t scales[QK_K / 16]; // per 16 elements: scale in the low nibble, min in the high nibble
    uint8_t qs[QK_K / 4]; // 2-bit quants
    uint16_t d; // super-block scale of the scales (fp16)
    uint16_t dmin; // super-block scale of the mins (fp16)
};
static_assert(sizeof(BlockQ2_K) == 84);

struct BlockQ3_K
{
    uint8_t hmask[QK_K / 8]; // the high bit of each quant
    uint8_t qs[QK_K / 4]; // the low 2 bits
    uint8_t scales[12]; // 16 6-bit scales
    uint16_t d;
};
static_assert(sizeof(BlockQ3_K) == 110);

struct BlockQ4_K
{
    uint16_t d;
    uint16_t dmin;
    uint8_t scales[K_SCALE_SIZE]; // 8 6-bit scales and 8 6-bit mins
    uint8_t qs[QK_K / 2];
};
static_assert(sizeof(BlockQ4_K) == 144);

struct BlockQ5_K
{
    uint16_t d;
    uint16_t dmin;
    uint8_t scales[K_SCALE_SIZE];
    uint8_t qh[QK_K / 8]; // the fifth bit
    uint8_t qs[QK_K / 2]; // the low 4 bits
};
static_assert(sizeof(BlockQ5_K) == 176);

struct BlockQ6_K
{
    uint8_t ql[QK_K / 2]; // the low 4 bits
    uint8_t qh[QK_K / 4]; // the high 2 bits
    int8_t scales[QK_K / 16];
    uint16_t d;
};
static_assert(sizeof(BlockQ6_K) == 210);

struct BlockIQ4_NL
{
    uint16_t d;
    uint8_t qs[QK4_NL / 2]; // indices into the non-linear value table: element j low nibble, j+16 high nibble
};
static_assert(sizeof(BlockIQ4_NL) == 18);

/** The 16 values IQ4_NL's indices select (times d). */
extern const int8_t IQ4_NLValues[16];

/** The 16 scales (6 bits each, before the -32) of a Q3_K block's 12 packed bytes. */
void unpackScalesQ3_K(const uint8_t* packed, int8_t* scales);
/** Scale and min `j` (0..7) of a Q4_K/Q5_K block's 12 packed bytes: 6 bits each. */
void scaleMinK4(int j, const uint8_t* q, uint8_t& scale, uint8_t& min);

/** Decoders of `n` elements (a multiple of the block size) from unaligned `src`. */
void dequantizeQ2_K(const std::byte* src, float* dst, int64_t n);
void dequantizeQ3_K(const std::byte* src, float* dst, int64_t n);
void dequantizeQ4_K(const std::byte* src, float* dst, int64_t n);
void dequantizeQ5_K(const std::byte* src, float* dst, int64_t n);
void dequantizeQ6_K(const std::byte* src, float* dst, int64_t n);
void dequantizeIQ4_NL(const std::byte* src, float* dst, int64_t n);

/** Reference encoders (llama-quantize without an importance matrix) of `n` floats (a multiple of 256). */
void quantizeQ2_K(const float* src, std::byte* dst, int64_t n);
void quantizeQ3_K(const float* src, std::byte* dst, int64_t n);
void quantizeQ4_K(const float* src, std::byte* dst, int64_t n);
void quantizeQ5_K(const float* src, std::byte* dst, int64_t n);
void quantizeQ6_K(const float* src, std::byte* dst, int64_t n);
void quantizeIQ4_NL(const float* src, std::byte* dst, int64_t n);

} // namespace Gguf
