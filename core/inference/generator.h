// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/inference/sampler.h"

#include <cstdint>
#include <functional>
#include <vector>

class TaskContext;

namespace Inference {

class Backend;

struct GenerateOptions
{
    int maxTokens = 64; // tokens to generate after the prompt
    SamplerOptions sampler;
    bool stopAtEos = true;
};

/** What generate() produced, with its timings (wall clock, ms). */
struct Generation
{
    std::vector<int32_t> tokens; // generated ids (without the prompt)
    bool canceled = false; // stopped by the TaskContext between tokens
    bool hitEos = false;
    int promptTokens = 0;
    double prefillMs = 0; // evaluating the prompt
    double timeToFirstTokenMs = 0; // prompt evaluated and the first token sampled
    double decodeMs = 0; // all later tokens
    double prefillTokensPerSecond() const { return prefillMs > 0 ? promptTokens * 1000.0 / prefillMs : 0; }
    /** Generated tokens after the first per second. */
    double decodeTokensPerSecond() const
    {
        return decodeMs > 0 && tokens.size() > 1 ? double(tokens.size() - 1) * 1000.0 / decodeMs : 0;
    }
};

/**
 * Generates from `prompt` (ids, BOS included when the model wants one; at least one token) on a fresh sequence
 * (the backend is reset first). The prompt is evaluated in one batch, then one token at a time. `ctx.isCanceled()` is
 * checked between tokens: a canceled run returns what it has with canceled = true. `onToken` (optional) sees each id
 * as it is sampled, on the calling thread. Stops at maxTokens, at EOS (when asked) or when the context is full.
 */
Result<Generation> generate(Backend& backend, const std::vector<int32_t>& prompt, const GenerateOptions& options,
    TaskContext& ctx, const std::function<void(int32_t)>& onToken = {});

} // namespace Inference
