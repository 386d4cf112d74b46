// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/gguf/tensortype.h"
#include "core/inference/quantmix.h"

#include <QByteArray>
#include <QString>

class TaskContext;

namespace Gguf {
class File;
class Writer;
} // namespace Gguf

namespace Inference {

/** What quantize() did. */
struct QuantizeSummary
{
    int quantized = 0; // tensors converted to the target type (or Q8_0 for the output)
    int kept = 0; // tensors copied unchanged (1-D, rows not a multiple of 32)
    uint64_t bytesIn = 0;
    uint64_t bytesOut = 0;
};

/**
 * The type llama-quantize (without importance matrix) gives tensor `name` of shape `dims` stored as `source` when
 * the file is quantized to `target` (Q8_0 or Q4_0): 2-D "*weight" tensors whose rows are a multiple of 32 take the
 * target type, except the output matrix (output.weight, or token_embd.weight when the output is tied), which takes
 * Q6_K in llama.cpp and falls back to Q8_0 here and there when rows are not a multiple of 256 (we always use Q8_0 for
 * it with Q4_0); everything else keeps its type.
 */
Gguf::TensorType quantizedTypeFor(const QByteArray& name, const std::vector<uint64_t>& dims, Gguf::TensorType source,
    Gguf::TensorType target, bool tiedOutput);

/** The llama_ftype number llama.cpp writes as general.file_type for a target type (7 = Q8_0, 2 = Q4_0, 0 = F32). */
uint32_t fileTypeFor(Gguf::TensorType target);

/**
 * Quantizes the GGUF model `in` (tensors F32 or F16) to `type` (Q8_0 or Q4_0) into `out`, with ggml's reference
 * quantizers, bit-identical to llama-quantize: same tensor types, same blocks, same tensor order and metadata
 * (general.quantization_version = 2, general.file_type). Already quantized inputs are refused. Errors name the file
 * and tensor. Checks `ctx` between tensors.
 */
Result<QuantizeSummary> quantize(const QString& in, const QString& out, Gguf::TensorType type, TaskContext& ctx);

/** Adds `file`'s tensors to `writer` converted as quantize() would (for tests and the synthetic-model generator). */
Result<QuantizeSummary> addQuantizedTensors(const Gguf::File& file, Gguf::Writer& writer, Mix mix);
/** The same for Q8_0 or Q4_0 named by their tensor type. */
Result<QuantizeSummary> addQuantizedTensors(const Gguf::File& file, Gguf::Writer& writer, Gguf::TensorType type);

/** Quantizes as llama-quantize does for `mix` (Q8_0, Q4_0 and the K-quant mixes): every tensor's type by
 * typeForTensor(), its blocks by the reference encoders, byte-identical to llama-quantize without an importance matrix.
 * Errors name the file and tensor; checks `ctx` between tensors. */
Result<QuantizeSummary> quantize(const QString& in, const QString& out, Mix mix, TaskContext& ctx);

/** The rules' view of a model: layers, GQA ratio, tied output (from its metadata). */
MixModel mixModelOf(const Gguf::File& file);

/** Converts one tensor's data (`rows` rows of `cols` elements stored as `from`) to `to`. */
Result<QByteArray> convertTensor(
    const std::byte* data, Gguf::TensorType from, uint64_t cols, uint64_t rows, Gguf::TensorType to);

} // namespace Inference
