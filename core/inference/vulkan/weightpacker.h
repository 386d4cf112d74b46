// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/gguf/tensortype.h"
#include "core/inference/vulkan/kernels.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace Inference {

/** A row-major matrix in GGUF bytes: `rows` rows of `k` elements (ggml ne0 = k) of any type Gguf::dequantizeRow
 * reads. */
struct RawMatrix
{
    Gguf::TensorType type = Gguf::TensorType::F32;
    const std::byte* data = nullptr;
    uint64_t rows = 0;
    uint64_t k = 0;
};

/** Weights in the matmul kernels' layout (shaders/types.glsl): row-interleaved 32-blocks, rows in groups of `group`. */
struct PackedWeights
{
    WeightType type = WeightType::F32;
    uint32_t rows = 0; // real rows
    uint32_t k = 0; // real row length
    uint32_t nb = 0; // 32-blocks per row (k padded)
    uint32_t group = 0; // rows per group (G)
    std::vector<uint32_t> quants; // 4 (Q4_0, Sub4), 8 (Q8_0, Sub8, Sub6: its scales inside) or 32 (F32) words per block
    std::vector<uint32_t> scales; // fp16 pairs (Q4_0, Q8_0), 4 floats per block (Sub4, Sub8); empty for F32, Sub6
};

/** How several matrices of equal row length are combined into one matmul: stacked (Q;K;V) or with rows alternating
 * (gate0, up0, gate1, up1, ... for the fused SwiGLU epilogue). */
enum class Combine { Stack, Interleave };

/** The narrowest kernel type that holds every part exactly: Q4_0 if all are Q4_0, Q8_0 if all are Q4_0/Q8_0 (a Q4_0
 * block is a Q8_0 block with q-8 and the same d), Sub4 if every part's quants span at most 16 values, Sub6 if they
 * are signed 6-bit values without an offset, Sub8 if every part is quantized, else F32 (F32, F16, BF16: values exact
 * in float). */
WeightType commonType(const std::vector<RawMatrix>& parts);

/** Packs `parts` into the kernel layout with rows grouped by `group`. Error when the parts disagree in row length or
 * a row length is not a multiple of its type's block. */
Result<PackedWeights> packWeights(const std::vector<RawMatrix>& parts, Combine combine, uint32_t group);

/** Row `row` of `m` as floats (ggml's decoders: the values the kernels are tested against). */
std::vector<float> dequantizeRow(const RawMatrix& m, uint64_t row);
/** Bytes of one row of `k` elements; 0 when k is not a multiple of the type's block. */
uint64_t rawRowBytes(Gguf::TensorType type, uint64_t k);
float halfToFloat(uint16_t h);

} // namespace Inference
