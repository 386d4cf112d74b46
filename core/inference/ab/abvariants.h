// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QString>

class TaskContext;

namespace Ab {

/** Two model files made for a comparison: A (Q8_0) and B (Q4_0). */
struct Pair
{
    QString a, b;
    bool reused = false; // both were in the cache already
};

/** Where made models are kept: the user's cache folder, "models" inside it. */
QString defaultCacheDir();

/**
 * The Q8_0 and Q4_0 variants of an F32 or F16 model, made as llama-quantize makes them (Inference::quantize) into
 * `cacheDir` under names that carry the source's SHA-256, so the same source reuses them. Each file is written to a
 * temporary file and renamed when complete: a cancel or an error leaves nothing half-written. Error::Schema naming
 * the file when the model is already quantized.
 */
Result<Pair> quantizedPair(const QString& source, const QString& cacheDir, TaskContext& task);

/**
 * A stories110M-shaped pair (Q8_0, Q4_0) with seeded random weights and `vocabFrom`'s vocabulary, for timing models
 * too small to time; made once into `cacheDir` and reused. The same care as quantizedPair() with cancel.
 */
Result<Pair> synthPair(const QString& vocabFrom, const QString& cacheDir, TaskContext& task);

} // namespace Ab
