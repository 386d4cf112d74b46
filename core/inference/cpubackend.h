// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/inference/backend.h"

#include <memory>
#include <vector>

namespace Inference {

/**
 * The CPU reference forward pass: plain, clear C++ (not fast). Each weight row is dequantized to f32 and dotted in
 * the chosen precision; RMSNorm, RoPE (llama.cpp's normal mode: adjacent pairs), attention with GQA over the KV cache,
 * SiLU-gated FFN, tied or separate output. `Precision::Double` does all arithmetic in double (an independent check of
 * the float path). Used from one thread (see Backend).
 */
class CpuBackend : public Backend
{
public:
    enum class Precision { Float, Double };
    struct Options
    {
        int contextSize = 0; // 0: the model's context length, at most 4096
        Precision precision = Precision::Float;
        KvType kv = KvType::F32; // F16: keys and values rounded to half precision as they are stored
    };

    explicit CpuBackend(std::shared_ptr<const Model> model);
    CpuBackend(std::shared_ptr<const Model> model, Options options);
    ~CpuBackend() override;

    QString name() const override;
    QString device() const override;
    const Model& model() const override;
    int contextSize() const override;
    void reset() override;
    Result<void> eval(std::span<const int32_t> tokens, int pos, std::span<float> logits, bool allLogits) override;
    int64_t weightsBytes() const override;
    int64_t kvCacheBytes() const override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Inference
