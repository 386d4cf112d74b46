// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Ab {

/** Mean, sample standard deviation (n - 1, as llama-bench), median, minimum and maximum of some measurements. */
struct Stats
{
    int n = 0;
    double mean = 0, sd = 0, median = 0, min = 0, max = 0;
};
Stats stats(std::vector<double> values);

/** What an A/B run measures, as the user set it. */
struct Settings
{
    QString engine = QStringLiteral("auto"); // "auto", "cpu", "vulkan" (the default device) or "vulkan:N"
    int ctx = 128; // tokens per perplexity chunk (llama-perplexity's -c)
    int runs = 5; // timed runs after one warm-up (llama-bench's -r)
    int promptTokens = 64; // prefill length: llama-bench's pp test
    int decodeTokens = 64; // tokens generated one at a time: llama-bench's tg test
    QStringList prompts; // side-by-side generations
    int generateTokens = 48; // tokens generated per prompt
    double temperature = 0; // 0: greedy
    quint64 seed = 1;
    QString kv = QStringLiteral("f16"); // the KV cache: "f16" (llama.cpp's default) or "f32"
};

/** One model's measurements. */
struct Side
{
    QString file; // as given
    QString sha256; // of the whole file, hex
    QString type; // what most weights are in: "q8_0", "q4_0", "f32"
    qint64 fileBytes = 0;
    qint64 weightsBytes = 0; // what the engine holds for weights
    qint64 kvBytes = 0; // the KV cache for the largest sequence the run evaluates
    qint64 parameters = 0;
    std::vector<double> prefill; // tokens/s per timed run (pp)
    std::vector<double> decode; // tokens/s per timed run (tg)
    std::vector<double> ttftMs; // time to first token per timed run
    double perplexity = 0;
    double perplexityError = 0; // llama-perplexity's "+/-"
};

/** B against A on one prompt: both generations and where they part. */
struct Generation
{
    QString prompt;
    QString a, b; // generated text, prompt excluded
    int firstDivergence = -1; // UTF-16 index where the texts first differ (one may end there); -1 when identical
};

/** A per-token KL divergence histogram: counts[i] positions with edges[i] <= KLD < edges[i + 1] (the last bin is
 * open on the right). */
struct Histogram
{
    std::vector<double> edges;
    std::vector<int> counts;
};

/** Turns hourly machine prices into $ per 1M generated tokens. */
struct Cost
{
    double gpuUsdPerHour = 0;
    QString gpuLabel; // where the price came from ("NVIDIA L4, Google Cloud on-demand (2026-11-01)"), or empty
    double utilization = 1; // share of paid hours spent generating (0 < u <= 1)
    QString apiModel; // a catalog model to compare with
    double apiUsdPerMillionOutput = 0;
};

/** $ per 1M generated tokens at `tokensPerSecond` (single stream): price / (tokens/s x utilization x 3600) x 1e6. */
double usdPerMillionTokens(double gpuUsdPerHour, double tokensPerSecond, double utilization);

/** One A/B run: what was compared, where, how, and what came out. The JSON of `ab --json` and of saved runs. */
struct Record
{
    QString date; // ISO 8601 UTC, when the run finished
    QString engine; // "vulkan" or "cpu"
    QString device; // as the driver names it
    QString deviceType; // "discrete GPU", "CPU", ...
    QString driver;
    bool cpuEmulation = false; // a CPU implementation of Vulkan (lavapipe, SwiftShader): speed says nothing about GPUs
    QString text; // the evaluation text: "bundled" or a file path
    QString textSha256;
    int textTokens = 0;
    int chunks = 0; // perplexity chunks of settings.ctx tokens
    int scored = 0; // predictions scored per model
    Settings settings;
    Side a, b;
    double kldMean = 0, kldP99 = 0, kldMax = 0;
    double top1Agreement = 0;
    Histogram kld;
    std::vector<Generation> generations;
    bool tooSmallToTime = false; // per-token work below what the device's dispatch overhead lets one time
    std::optional<Cost> cost;

    int promptTokens() const; // the prefill length used: settings.promptTokens, at most the text's tokens
    double decodeSpeedup() const; // B's median decode tokens/s over A's
    double perplexityChange() const; // B's perplexity over A's, minus 1
};

/** The one-line verdict: "q4_0 vs q8_0: 1.42x decode, +0.9% perplexity, 89% same top token". */
QString verdict(const Record& r);

QJsonObject toJson(const Record& r);
/** Reads what toJson() wrote; Error::Schema naming the field for anything else. */
Result<Record> fromJson(const QJsonObject& j, const QString& source);

/** `values` counted into bins whose edges grow by powers of ten from 1e-6 to 10 (two bins per decade). */
Histogram kldHistogram(const std::vector<double>& values);

} // namespace Ab
