// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/inference/modelconfig.h"
#include "core/inference/weightview.h"

#include <QString>

#include <memory>
#include <vector>

namespace Gguf {
class File;
}

namespace Inference {

/**
 * A llama-architecture model: the mapped GGUF file, its configuration and views of every weight, each checked for
 * shape and for a type the engines can compute with (F32, F16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0). Immutable after load;
 * share it between threads and backends as shared_ptr<const Model>.
 */
class Model
{
public:
    /** Maps and validates `path`. Errors name the file and the key or tensor at fault. */
    static Result<std::shared_ptr<const Model>> load(const QString& path);
    static Result<std::shared_ptr<const Model>> fromFile(std::shared_ptr<const Gguf::File> file);

    QString path() const;
    const ModelConfig& config() const { return m_config; }
    const Gguf::File& file() const { return *m_file; }
    std::shared_ptr<const Gguf::File> fileHandle() const { return m_file; }

    const WeightView& tokenEmbedding() const { return m_tokenEmbd; } // token_embd.weight [nEmbd x vocab rows]
    const WeightView& outputNorm() const { return m_outputNorm; } // output_norm.weight [nEmbd]
    /** output.weight [nEmbd -> vocab]; the token embedding itself when the file has none (tied). */
    const WeightView& output() const { return m_tiedOutput ? m_tokenEmbd : m_output; }
    /** rope_freqs.weight [headDim/2] (Llama 3 frequency factors) or an invalid view. */
    const WeightView& ropeFreqs() const { return m_ropeFreqs; }
    /** RoPE's per-pair angular speeds for a context of nCtx, in float as ggml computes them: freq_base^(-2i/n_rot),
     * divided by the file's frequency factors (rope_freqs; phi3's long factors beyond the original context, else its
     * short ones); the engines multiply by ropeFreqScale(). */
    std::vector<float> ropeInvFreq(int nCtx) const;
    const std::vector<LayerWeights>& layers() const { return m_layers; }

    /** Bytes of all weight tensors (what an engine must hold). */
    uint64_t weightsBytes() const;
    /** The type most weights (elements) of the blocks' 2-D matrices are in, as ggml names it ("q4_0"): what the file
     * "is"; a llama-quantize mix (general.file_type) that gives some tensors more bits by llama-quantize's name
     * ("Q4_K_M"). */
    QString typeLabel() const;

private:
    Model() = default;
    std::shared_ptr<const Gguf::File> m_file;
    ModelConfig m_config;
    WeightView m_tokenEmbd;
    WeightView m_outputNorm;
    WeightView m_output;
    WeightView m_ropeFreqs;
    WeightView m_ropeShort; // phi3: rope_factors_short.weight
    WeightView m_ropeLong; // phi3: rope_factors_long.weight
    bool m_tiedOutput = false;
    std::vector<LayerWeights> m_layers;
};

} // namespace Inference
