// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/inference/ab/abrecord.h"

#include <QString>

#include "core/inference/backend.h"

#include <optional>

#include <cstdint>
#include <memory>
#include <vector>

class TaskContext;

namespace Inference {
class Backend;
class Model;
struct ModelConfig;
} // namespace Inference
namespace Tokenize {
class Tokenizer;
}

namespace Ab {

/** Somewhere a model can run: a Vulkan device or the CPU reference backend. */
struct Engine
{
    QString id; // "vulkan:N" (N: the loader's index) or "cpu"
    QString name; // the device as its driver names it; "CPU reference (float)"
    QString typeName; // "discrete GPU", "integrated GPU", "CPU", ...
    QString driver;
    bool cpuEmulation = false; // a Vulkan device that is a CPU implementation (lavapipe, SwiftShader)
    qint64 memoryBytes = 0; // largest device-local heap; 0 when not known (the CPU reference)
    QString problem; // why the device cannot run the engine; empty when usable
};

/** The engines on this machine: each Vulkan device in loader order, then the CPU reference. `vulkanNote` says why
 * there is no Vulkan device, when there is none. */
struct EngineList
{
    std::vector<Engine> engines;
    QString vulkanNote;
};
EngineList engines();

/**
 * The engine `id` names ("cpu", "vulkan" for the default device, "vulkan:N", or "auto": the default Vulkan device,
 * else the CPU reference). Error::Schema for another name, Error::Unavailable for a Vulkan device that is missing or
 * cannot run the engine.
 */
Result<Engine> resolveEngine(const QString& id, const EngineList& list);

/** A backend for `model` on `engine` with a KV cache of `ctx` tokens holding `kv` values; refused (checkFits) before
 * anything is allocated when the weights and that cache do not fit the engine's memory (the machine's, for the CPU). */
Result<std::unique_ptr<Inference::Backend>> createBackend(
    std::shared_ptr<const Inference::Model> model, const Engine& engine, int ctx, Inference::KvType kv);
/** "f16" or "f32" (any case); nullopt for anything else. */
std::optional<Inference::KvType> parseKvType(const QString& name);

/** Bytes of the KV cache `engine` will hold for `ctx` tokens of `model` (keys and values, every layer), to check that
 * it fits before the engine is made: 2 a value for an F16 cache on a Vulkan device (stored as F16 where it can read
 * RGBA16F texels, as lavapipe and GPUs can), 4 otherwise. A run records Backend::kvCacheBytes(), what it holds. */
qint64 kvCacheBytes(const Inference::Model& model, int ctx, Inference::KvType kv, const Engine& engine);
/** Error::Unavailable naming `file` when weights and KV cache do not fit the engine's device memory. */
Result<void> checkFits(const QString& file, qint64 weightsBytes, qint64 kvBytes, const Engine& engine);

/** Below this many parameters a token's work is smaller than a GPU's fixed cost per dispatch: speeds compare the
 * dispatch overhead of the device, not the weight formats. */
constexpr qint64 TimeableParameters = 20'000'000;

/** The English text bundled for perplexity and KL divergence (written for this project, in the style of the
 * TinyStories data the small test models learnt from). */
QByteArray bundledText();

struct Request
{
    QString fileA, fileB;
    QString text; // a UTF-8 text file; empty: the bundled text
    Settings settings;
    qint64 memoryLimit = 0; // bytes of device memory the run may use at most; 0: the device's own
};

/**
 * Runs an A/B comparison on one thread (backends are created, used and destroyed inside): loads both models (the
 * same vocabulary required), checks that they fit the device, times prefill and decode (a warm-up, then
 * settings.runs timed runs each, as llama-bench), computes perplexity and B's KL divergence from A over the text
 * (as llama-perplexity), and generates from each prompt with both. Progress and status through `task`; a cancel ends
 * it with Error::Canceled between steps. Errors name the file at fault.
 */
Result<Record> run(const Request& request, TaskContext& task);

/** The SHA-256 of a file, hex; checks `task` between blocks. */
Result<QString> fileSha256(const QString& path, TaskContext& task);

/** `utf8` as the model's ids, with BOS first when the model adds one (as llama.cpp tokenizes). */
std::vector<int32_t> encodeText(
    const Tokenize::Tokenizer& tokenizer, const Inference::ModelConfig& config, const QByteArray& utf8);
/** Ids back to text. */
QString decodeIds(const Tokenize::Tokenizer& tokenizer, const std::vector<int32_t>& ids);
/** encodeText() with the model's own tokenizer (its GGUF vocabulary). */
Result<std::vector<int32_t>> textIds(const Inference::Model& model, const QByteArray& utf8);

} // namespace Ab
