// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/inference/vulkan/kernels.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace Inference {

/** Row types as GGUF stores them (ggml block layouts) that the engine reads. */
enum class RowType { F32, F16, Q8_0, Q4_0 };

/** A row-major matrix in GGUF bytes: `rows` rows of `k` elements (ggml ne0 = k). */
struct RawMatrix
{
    RowType type = RowType::F32;
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
    std::vector<uint32_t> quants; // 4 (Q4_0), 8 (Q8_0) or 32 (F32) words per block
    std::vector<uint32_t> scales; // fp16 pairs; empty for F32
};

/** How several matrices of equal row length are combined into one matmul: stacked (Q;K;V) or with rows alternating
 * (gate0, up0, gate1, up1, ... for the fused SwiGLU epilogue). */
enum class Combine { Stack, Interleave };

/** The narrowest kernel type that holds every part exactly: Q4_0 if all are Q4_0, else Q8_0 if all are Q4_0/Q8_0
 * (a Q4_0 block is a Q8_0 block with q-8 and the same d), else F32 (dequantized values are exact in float). */
WeightType commonType(const std::vector<RawMatrix>& parts);

/** Packs `parts` into the kernel layout with rows grouped by `group`. Error when the parts disagree in row length or
 * a quantized row length is not a multiple of 32. */
Result<PackedWeights> packWeights(const std::vector<RawMatrix>& parts, Combine combine, uint32_t group);

/** Row `row` of `m` as floats (the plain CPU dequantization the kernels are tested against). */
std::vector<float> dequantizeRow(const RawMatrix& m, uint64_t row);
/** Bytes of one row of `k` elements. */
uint64_t rowBytes(RowType type, uint64_t k);
float halfToFloat(uint16_t h);

} // namespace Inference
