// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/gguf/tensortype.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <span>

namespace Inference {

/**
 * A weight tensor inside a mapped GGUF file: ggml layout, row-major with `cols` (ne[0]) contiguous elements per row
 * and `rows` (ne[1]) rows; a matrix W of shape [rows x cols] computes y = W x for x of length cols. 1-D tensors
 * (norms) have rows = 1. `data` points into the mapping (not aligned for any type beyond the file's alignment) and is
 * valid while the Model lives.
 */
struct WeightView
{
    QByteArray name;
    Gguf::TensorType type = Gguf::TensorType::F32;
    const std::byte* data = nullptr;
    uint64_t bytes = 0;
    int64_t cols = 0;
    int64_t rows = 0;

    bool valid() const { return data != nullptr; }
    /** Stored bytes of one row. */
    uint64_t rowBytes() const { return rows > 0 ? bytes / uint64_t(rows) : 0; }
    const std::byte* row(int64_t r) const { return data + uint64_t(r) * rowBytes(); }
    std::span<const std::byte> span() const { return { data, size_t(bytes) }; }
    /** Rows [first, first + count) as a matrix of their own (phi3's fused Q/K/V and gate/up tensors). */
    WeightView rowRange(int64_t first, int64_t count) const
    {
        WeightView v = *this;
        v.data = row(first);
        v.rows = count;
        v.bytes = uint64_t(count) * rowBytes();
        return v;
    }
};

/** The weights of one transformer block (llama.cpp's blk.N.* names). */
struct LayerWeights
{
    WeightView attnNorm; // blk.N.attn_norm.weight [nEmbd]
    WeightView wq; // blk.N.attn_q.weight [nEmbd -> nHead*headDim]
    WeightView wk; // blk.N.attn_k.weight [nEmbd -> nHeadKv*headDim]
    WeightView wv; // blk.N.attn_v.weight [nEmbd -> nHeadKv*headDim]
    WeightView wo; // blk.N.attn_output.weight [nHead*headDim -> nEmbd]
    WeightView ffnNorm; // blk.N.ffn_norm.weight [nEmbd]
    WeightView ffnGate; // blk.N.ffn_gate.weight [nEmbd -> nFf]
    WeightView ffnUp; // blk.N.ffn_up.weight [nEmbd -> nFf]
    WeightView ffnDown; // blk.N.ffn_down.weight [nFf -> nEmbd]
    WeightView bq; // blk.N.attn_q.bias [nHead*headDim] (qwen2); invalid when the model has none
    WeightView bk; // blk.N.attn_k.bias [nHeadKv*headDim]
    WeightView bv; // blk.N.attn_v.bias [nHeadKv*headDim]
    WeightView attnPostNorm; // blk.N.post_attention_norm.weight [nEmbd] (gemma2)
    WeightView ffnPostNorm; // blk.N.post_ffw_norm.weight [nEmbd] (gemma2)
};

} // namespace Inference
