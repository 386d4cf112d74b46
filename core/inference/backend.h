// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace Inference {

class Model;

/** What the KV cache holds: F16 values (llama.cpp's default; the engines store them rounded to half precision) or
 * F32. */
enum class KvType { F16, F32 };
QString kvTypeName(KvType t); // "f16", "f32"

/** Device time spent in one kind of kernel since profiling started (Backend::kernelTimes). */
struct KernelTime
{
    QString kernel; // "qkv", "attention", "wo", "gate_up", "down", "output", "embedding"
    double ms = 0.0;
    int64_t dispatches = 0;
};

/**
 * An engine that runs a Model's forward pass with a KV cache (CPU reference, Vulkan).
 *
 * Thread affinity: a backend is created, used and destroyed on one thread (for Vulkan, the thread that owns the
 * device and queue); it is not thread-safe. Different backends may run on different threads at once; they share the
 * immutable Model.
 *
 * Errors are returned, never thrown: Error::Schema for bad arguments (token id outside the vocabulary, positions
 * past contextSize(), a logits span too small), Error::Vulkan / Error::Unavailable for device failures. After an error
 * the KV cache content past `pos` is unspecified; call reset() before the next sequence.
 */
class Backend
{
public:
    virtual ~Backend() = default;

    /** Short engine name: "cpu", "vulkan". */
    virtual QString name() const = 0;
    /** The device it runs on, as its driver names it ("llvmpipe (LLVM 15.0.6, 256 bits)", "CPU"). */
    virtual QString device() const = 0;
    /** The model it runs (kept alive by the backend). */
    virtual const Model& model() const = 0;
    /** Tokens the KV cache holds at most: eval() needs pos + tokens.size() <= contextSize(). */
    virtual int contextSize() const = 0;
    /** Forgets the KV cache: the next eval() starts a new sequence at pos 0. */
    virtual void reset() = 0;

    /**
     * Evaluates `tokens` at positions pos .. pos+n-1; the KV cache must already hold positions 0 .. pos-1 of this
     * sequence (it then holds 0 .. pos+n-1). Writes n x vocabSize logits (row i for tokens[i]) into `logits` when
     * `allLogits`, else only the vocabSize logits of the last token. `logits` must hold at least that many floats.
     */
    virtual Result<void> eval(std::span<const int32_t> tokens, int pos, std::span<float> logits, bool allLogits) = 0;

    /**
     * Evaluates `tokens` as eval() does and writes, for each token i, log softmax(logits of token i)[targets[i]] into
     * out[i]: the log-probability a model gives the token that follows, what perplexity scores. `targets` and `out`
     * hold tokens.size() entries. The default computes it on the host from all logits (max subtracted, sum of exp in
     * double); the Vulkan backend runs a log-softmax kernel and reads back one float per token.
     */
    virtual Result<void> evalLogProbs(
        std::span<const int32_t> tokens, int pos, std::span<const int32_t> targets, std::span<double> out);

    /** Bytes the backend holds for weights (device memory for a GPU backend); -1 when unknown. */
    virtual int64_t weightsBytes() const { return -1; }
    /** Bytes the backend holds for its KV cache (keys and values, every layer); -1 when unknown. */
    virtual int64_t kvCacheBytes() const { return -1; }

    /** Per kernel kind, device time measured with timestamps since creation, when the backend was created with
     * profiling on (VulkanOptions::profile); empty otherwise. Profiling adds a timestamp per dispatch. */
    virtual std::vector<KernelTime> kernelTimes() const { return {}; }
};

/** Error::Schema unless `targets` has one vocabulary id per token and `out` room for as many values (the arguments
 * of Backend::evalLogProbs). */
Result<void> checkTargets(
    const Backend& b, std::span<const int32_t> tokens, std::span<const int32_t> targets, std::span<double> out);

/**
 * Error::Schema naming the model and `where` ("chunk 2, position 40", "token 7") when `values` (logits or
 * log-probabilities the backend computed) hold a NaN or an infinity: weights that are finite but far out of range, as
 * in a damaged file, overflow the arithmetic, and a perplexity or a sample drawn from them would mean nothing.
 */
template <class T>
Result<void> checkFinite(const Backend& b, std::span<const T> values, const QString& where);

} // namespace Inference
