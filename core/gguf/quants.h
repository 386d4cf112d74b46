// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/gguf/tensortype.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace Gguf {

/** Whether dequantizeRow() handles `type` (F32, F16, BF16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, Q2_K … Q6_K, IQ4_NL). */
bool canDequantize(TensorType type);
/** Whether quantizeRow() produces `type` (F32, F16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0). */
bool canQuantize(TensorType type);

/**
 * Decodes `n` elements stored as `type` at `src` into `dst`, exactly as ggml's dequantize_row_* (to_float) does.
 * `n` must be a multiple of the type's block size; `src` needs no alignment. Returns false for an unsupported type.
 */
bool dequantizeRow(TensorType type, const std::byte* src, float* dst, int64_t n);

/** The first of `n` elements stored as `type` at `src` that decodes to NaN or ±infinity, and which it is. */
struct NonFinite
{
    int64_t index;
    float value;
};
/**
 * Decodes the elements in pieces (a NaN or infinite block scale shows in every element of its block) and returns the
 * first that is not a finite number; nullopt when all are, or when `type` cannot be decoded. `n` as dequantizeRow.
 */
std::optional<NonFinite> findNonFinite(TensorType type, const std::byte* src, int64_t n);

/**
 * Encodes `n` floats as `type` into `dst` with ggml's reference quantizers (quantize_row_*_ref, what llama-quantize
 * uses without an importance matrix), bit for bit. `n` must be a multiple of the block size. Returns false for an
 * unsupported type.
 */
bool quantizeRow(TensorType type, const float* src, std::byte* dst, int64_t n);

} // namespace Gguf
