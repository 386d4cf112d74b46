// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/gguf/tensortype.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace Inference {

/** llama-quantize's file types ("mixes"): a base type and rules that give some tensors more bits. */
enum class Mix { Q8_0, Q4_0, Q2_K, Q3_K_M, Q4_K_S, Q4_K_M, Q5_K_S, Q5_K_M, Q6_K };

struct MixTraits
{
    Mix mix;
    const char* name; // llama-quantize's name: "Q4_K_M"
    Gguf::TensorType base; // what most matrices get
    uint32_t fileType; // llama_ftype, written as general.file_type
};

const MixTraits& mixTraits(Mix mix);
/** llama-quantize's names, any case ("q4_k_m", "Q8_0"); nullopt for another. */
std::optional<Mix> parseMix(const QString& name);
/** All the names, for messages and --help: "Q8_0, Q4_0, Q2_K, …". */
QString mixNames();

/** What the rules need to know of the model. */
struct MixModel
{
    int nLayer = 0; // blocks (the attn_v and ffn_down tensors counted as llama-quantize does)
    int nGqa = 1; // attention heads per KV head
    bool tiedOutput = false; // no output.weight: token_embd is the output matrix
};

/**
 * The type llama-quantize (without importance matrix) gives tensor `name` of shape `dims` stored as `source`:
 * 2-D "*weight" tensors of an F32/F16 model take the mix's base type, with its rules: the output matrix Q6_K (Q8_0
 * when its rows are not a multiple of 256, or in Q8_0 files); attn_v, ffn_down and attn_output more bits in some
 * layers in the Q2_K, Q3_K_M, Q4_K_S, Q4_K_M and Q5_K_M mixes. K-quant rows that are not a multiple of 256 fall back
 * (Q2_K/Q3_K → IQ4_NL, Q4_K → Q5_0, Q5_K → Q5_1, Q6_K → Q8_0, then F16 when even that does not divide); other
 * tensors keep their type.
 */
Gguf::TensorType typeForTensor(
    const QByteArray& name, const std::vector<uint64_t>& dims, Gguf::TensorType source, Mix mix, const MixModel& model);

} // namespace Inference
