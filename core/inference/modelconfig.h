// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QString>

namespace Gguf {
class File;
}

namespace Inference {

/** How RoPE positions are scaled (llama.cpp's rope.scaling.type). */
enum class RopeScaling { None, Linear, Yarn, Llama3 };

/**
 * Hyper-parameters of a llama-architecture model, read from the GGUF `llama.*` metadata with llama.cpp's defaults.
 * Shapes of the tensors are checked against these by Model::load().
 */
struct ModelConfig
{
    QString architecture; // general.architecture, "llama"
    QString name; // general.name, may be empty
    int nEmbd = 0; // llama.embedding_length
    int nLayer = 0; // llama.block_count
    int nHead = 0; // llama.attention.head_count
    int nHeadKv = 0; // llama.attention.head_count_kv (GQA; = nHead when absent)
    int nFf = 0; // llama.feed_forward_length
    int headDim = 0; // llama.attention.key_length, else nEmbd / nHead
    int nRot = 0; // llama.rope.dimension_count, else headDim
    int contextLength = 0; // llama.context_length (what the model was trained for)
    int vocabSize = 0; // rows of token_embd (llama.vocab_size / tokenizer.ggml.tokens must agree when present)
    float ropeFreqBase = 10000.0f; // llama.rope.freq_base
    RopeScaling ropeScaling = RopeScaling::None; // llama.rope.scaling.type (or linear from rope.scale_linear)
    float ropeScaleFactor = 1.0f; // llama.rope.scaling.factor; positions are multiplied by 1/factor (linear)
    int ropeOrigContext = 0; // llama.rope.scaling.original_context_length
    float rmsEps = 1e-5f; // llama.attention.layer_norm_rms_epsilon
    bool tiedOutput = false; // no output.weight: the logits use token_embd
    int bosId = -1; // tokenizer.ggml.bos_token_id
    int eosId = -1; // tokenizer.ggml.eos_token_id
    bool addBos = true; // tokenizer.ggml.add_bos_token (default true for SentencePiece vocabularies)
    bool ropeNeox = false; // RoPE rotates pairs (i, i + nRot/2) of each head (qwen2, phi3) instead of (2i, 2i+1)
    float ropeAttnFactor = 1.0f; // rope.scaling.attn_factor: cos and sin are scaled by it (phi3's long-context RoPE)
    int slidingWindow
        = 0; // phi3, gemma2: a query attends to the last slidingWindow positions (attention.sliding_window)
    bool slidingEveryOther = false; // gemma2: only the even layers use the window
    // gemma2 (all off for the others): embeddings times sqrt(n_embd); GELU (tanh form) instead of SiLU in the gated
    // FFN; RMS norms after attention and after the FFN (post_attention_norm, post_ffw_norm); attention scores and
    // logits soft-capped as cap * tanh(x / cap) (0: none)
    float embedScale = 1.0f;
    bool gelu = false;
    bool postNorms = false;
    float attnSoftcap = 0.0f; // attn_logit_softcapping
    float finalSoftcap = 0.0f; // final_logit_softcapping
    float queryScale = 0.0f; // the factor of q.k: 1/sqrt(headDim), or gemma2 27B's 1/sqrt(n_embd / n_head)

    /** llama.cpp's freq_scale: 1 / ropeScaleFactor (1 when no scaling). */
    float ropeFreqScale() const { return ropeScaleFactor > 0 ? 1.0f / ropeScaleFactor : 1.0f; }
    int kvDim() const { return nHeadKv * headDim; }
    /** The sliding window of layer `l` (0: it sees every position). */
    int windowOf(int l) const { return slidingWindow > 0 && (!slidingEveryOther || l % 2 == 0) ? slidingWindow : 0; }
    int qDim() const { return nHead * headDim; }

    /** Reads and checks the metadata (Error::Schema naming the file and key); tensor shapes are not checked here. */
    static Result<ModelConfig> fromGguf(const Gguf::File& file);
};

} // namespace Inference
