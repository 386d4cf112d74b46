// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/gguf/tensortype.h"

#include <QString>

#include <cstdint>
#include <optional>

class TaskContext;

namespace Inference {

/** The shape of a synthetic llama model. */
struct SynthShape
{
    QString preset; // "110m", "350m", "1b"
    int nEmbd = 0;
    int nLayer = 0;
    int nHead = 0;
    int nHeadKv = 0;
    int nFf = 0;
    int contextLength = 0;
    int headDim = 0; // attention.key_length; 0: nEmbd / nHead (and no key written)
};

/** 110m: llama2.c's stories110M (768, 12 layers, 12 heads, ffn 2048); 350m: 1024, 24 layers, 16 heads / 8 KV heads,
 * ffn 4096; 1b: TinyLlama 1.1B (2048, 22 layers, 32 heads / 4 KV heads, ffn 5632). nullopt for another name. */
std::optional<SynthShape> synthPreset(const QString& name);

struct SynthOptions
{
    SynthShape shape;
    Gguf::TensorType type = Gguf::TensorType::F32; // F32, Q8_0 or Q4_0 (the output matrix Q8_0, norms F32)
    QString vocabFrom; // a GGUF model whose tokenizer.* metadata (and vocabulary size) the new model takes
    uint64_t seed = 1;
    /** "llama"; "qwen2": its keys, and seeded Q/K/V biases; "phi3": fused Q/K/V and gate/up tensors, long-context
     * RoPE factors (short 1..2, long 2..3, attn_factor 1.25) and a sliding window; "gemma2": post-norms, the output
     * tied to token_embd, a sliding window on the even layers, and soft-caps of 4 (attention) and 3 (logits) small
     * enough to bite. */
    QString architecture = QStringLiteral("llama");
    int slidingWindow = 0; // phi3, gemma2: attention.sliding_window; 0 writes the context length
};

struct SynthSummary
{
    uint64_t parameters = 0;
    uint64_t bytes = 0; // file size
    int vocabSize = 0;
};

/**
 * Writes a llama-shaped GGUF to `out` with seeded random weights (uniform with the standard deviation of GPT-2's
 * initialisation, 0.02, the output projections of each block scaled by 1/sqrt(2 x layers), norms 1), so activations
 * stay finite and logits vary. Every llama.* key llama.cpp requires is written; the tokenizer comes from
 * `vocabFrom`. The same options give the same file. Weights are generated tensor by tensor (memory stays near the
 * largest tensor). Checks `ctx` between tensors.
 */
Result<SynthSummary> synthesizeModel(const SynthOptions& options, const QString& out, TaskContext& ctx);

} // namespace Inference
