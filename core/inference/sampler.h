// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <utility>
#include <vector>

namespace Inference {

/** How the next token is chosen from the logits. */
struct SamplerOptions
{
    float temperature = 0.8f; // <= 0: greedy (the largest logit, the lowest id on ties)
    int topK = 40; // keep the k largest; <= 0 keeps all
    float topP
        = 0.95f; // keep the smallest set of most probable tokens whose probabilities sum to >= topP; >= 1 keeps all
    uint64_t seed = 0; // the same seed and logits give the same tokens, on every platform
};

/**
 * Temperature, top-k, then top-p over the softmax, then a draw from what is left (renormalized). The random numbers
 * come from a seeded std::mt19937_64 turned into doubles by hand, so a run is reproducible across compilers. Not
 * thread-safe (it holds the generator state).
 */
class Sampler
{
public:
    explicit Sampler(SamplerOptions options = {});

    /** The next token id. */
    int32_t sample(std::span<const float> logits);
    /** The tokens that may be drawn with their probabilities (summing to 1), most probable first; for greedy, the
     * single best token with probability 1. */
    std::vector<std::pair<int32_t, double>> candidates(std::span<const float> logits) const;
    static int32_t argmax(std::span<const float> logits);

    const SamplerOptions& options() const { return m_options; }

private:
    SamplerOptions m_options;
    std::mt19937_64 m_rng;
};

} // namespace Inference
