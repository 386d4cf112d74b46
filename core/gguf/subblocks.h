// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// Every quantized GGUF type seen as one shape: runs of 32 elements with an integer per element and, per half of 16,
// a float scale and offset: value = d[h] * q - m[h]. This is how ggml's decoders compute the values of every type
// (Q4_1/Q5_1's "+ m" is "- (-m)"; types without an offset have m = 0), so d * q - m is each value bit for bit. The
// Vulkan engine packs weights of any quantized type from this form into two kernel layouts (4-bit and 8-bit quants,
// shaders/types.glsl).
#include "core/gguf/tensortype.h"

#include <cstddef>
#include <cstdint>

namespace Gguf {

struct SubBlock
{
    int8_t q[32];
    float d[2]; // scale of elements 0..15 and 16..31
    float m[2]; // offset of elements 0..15 and 16..31
};

/** The smallest and largest q a type produces (Q4_0: -8..7, Q4_K: 0..15, Q6_K: -32..31, IQ4_NL: -127..113), and
 * whether its m can be other than 0 (Q4_1, Q5_1, Q2_K, Q4_K, Q5_K). */
struct QuantRange
{
    int lo = 0;
    int hi = 0;
    bool hasMin = false;
};

/** Whether toSubBlocks() handles `type`: Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, IQ4_NL. */
bool hasSubBlocks(TensorType type);
/** The range of q for a type hasSubBlocks() accepts. */
QuantRange quantRange(TensorType type);

/** Decomposes `n` elements (a multiple of the type's block size) at unaligned `src` into n / 32 sub-blocks. Returns
 * false for a type hasSubBlocks() refuses. */
bool toSubBlocks(TensorType type, const std::byte* src, SubBlock* out, int64_t n);

} // namespace Gguf
