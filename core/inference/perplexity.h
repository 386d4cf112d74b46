// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <span>
#include <vector>

class TaskContext;

namespace Inference {

class Backend;

/** Perplexity as llama.cpp's llama-perplexity reports it. */
struct PerplexityResult
{
    int ctx = 0;
    int chunks = 0;
    int tokens = 0; // tokens evaluated: chunks x ctx
    int scored = 0; // predictions scored: chunks x (ctx - ctx/2 - 1)
    double nll = 0; // mean negative log-likelihood of the scored predictions (nats)
    double perplexity = 0; // exp(nll)
    double perplexityError = 0; // llama-perplexity's "+/-": perplexity x standard error of the mean NLL
    double nllSquares = 0; // sum of the squared per-prediction NLLs
    std::vector<double> chunkPerplexity; // running value after each chunk, as llama-perplexity prints [1]x,[2]y,...
};

/** B's predictions against A's on the same chunks: llama-perplexity's --kl-divergence statistics. */
struct Comparison
{
    PerplexityResult a;
    PerplexityResult b;
    double kldMean = 0; // mean over scored positions of KL(P_A || P_B) = sum_v P_A(v) (log P_A(v) - log P_B(v))
    double kldP99 = 0; // 99th percentile of the per-position KLD (linear interpolation between order statistics)
    double kldMax = 0;
    double top1Agreement = 0; // share of scored positions where both give the same most likely token
    std::vector<double> kld; // the per-position KLD of every scored position, ascending
};

/** log softmax(logits)[token] as llama-perplexity computes it (max subtracted, sum of exp in double). */
double logSoftmax(std::span<const float> logits, int32_t token);

/**
 * Perplexity of `tokens` (the tokenized text, BOS first when the model adds one) exactly as llama-perplexity:
 * non-overlapping chunks of `ctx` tokens (the rest dropped), the first token of each chunk replaced by BOS (when
 * `bos` >= 0), each chunk evaluated from an empty KV cache, and the predictions of positions ctx/2 .. ctx-2 (of the
 * token that follows each) scored. Needs at least 2 x ctx tokens and ctx <= backend.contextSize(); Error::Schema
 * otherwise. Checks `ctx` (the TaskContext) between chunks: Error::Canceled.
 */
Result<PerplexityResult> perplexity(
    Backend& backend, std::span<const int32_t> tokens, int ctx, int32_t bos, TaskContext& task);

/** Runs both backends over the same chunks (as perplexity()) and compares B with A position by position. */
Result<Comparison> compare(
    Backend& a, Backend& b, std::span<const int32_t> tokens, int ctx, int32_t bos, TaskContext& task);

/** The q-quantile (0..1) of `values` by linear interpolation between order statistics; sorts `values`. */
double percentile(std::vector<double>& values, double q);

} // namespace Inference
