// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Prefill and decode speed of the Vulkan engine (issue 7). Prints a table: model, type, device, weights, prefill and
// decode tokens/s as median [min-max] over --runs runs after one warm-up run, the effective weight bandwidth of
// decode, with --bandwidth the share of the device's memory bandwidth that is (weights bytes x decode tokens/s /
// bandwidth: 100% is the bound of a decode that reads every weight once per token), and the largest relative logits
// error against the CPU reference (max|a-b|/max|b| over the vocabulary, at the last prefill position and after a few
// decode steps).
//
// usage: bench_inference [--device INDEX|NAME] [--runs N] [--prefill N] [--decode N] [--synth 110m,1b|none]
//                        [--synth-types f32,q8_0,q4_0,q4_k_m,...] [--bandwidth GBPS] [--profile] [--no-check]
//                        [MODEL.gguf ...]
// --profile: device time per kernel kind and decode token, from timestamps (the last run)
// Without model paths: the shared stories260K f32/Q8_0/Q4_0. --synth adds llama-shaped models with seeded random
// weights and stories260K's 512-token vocabulary, written to a temporary directory as `inferometer-cli synth-model`
// writes them (core/inference/synthmodel.h): 110m (n_embd 768, 12 layers, 12 heads, n_ff 2048), 350m, 1b
// (TinyLlama's shape: n_embd 2048, 22 layers, 32 heads, 4 KV heads, n_ff 5632). --synth-types names f32 or any
// llama-quantize type (q8_0, q4_0, q4_k_m, q6_k, ...): the synthetic F32 model quantized as `inferometer-cli quantize`
// does (llama-quantize's mix: the output matrix Q6_K, attn_v/ffn_down of the _M mixes Q6_K in some layers).
#include "core/common/task.h"
#include "core/gguf/tensortype.h"
#include "core/inference/cpubackend.h"
#include "core/inference/model.h"
#include "core/inference/quantizer.h"
#include "core/inference/synthmodel.h"
#include "core/inference/vulkan/vulkanbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace Inference;

namespace {

double relErr(const float* a, const float* b, size_t n)
{
    double diff = 0, scale = 0;
    for (size_t i = 0; i < n; ++i) {
        diff = std::max(diff, double(std::fabs(a[i] - b[i])));
        scale = std::max(scale, double(std::fabs(b[i])));
    }
    return diff / scale;
}

struct Stats
{
    double median = 0, lo = 0, hi = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    Stats s;
    if (v.empty())
        return s;
    s.median = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    s.lo = v.front();
    s.hi = v.back();
    return s;
}

/** CPU seconds of the whole process (all threads: lavapipe's workers too). On a shared machine this is steadier
 * than wall time: decode tokens/s on an idle machine with c cores is at most c / (CPU seconds per token). */
double processCpuSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

/** Device time per kernel between two kernelTimes() snapshots. */
std::vector<KernelTime> kernelDelta(const std::vector<KernelTime>& before, const std::vector<KernelTime>& after)
{
    std::vector<KernelTime> out;
    for (KernelTime k : after) {
        for (const KernelTime& b : before)
            if (b.kernel == k.kernel) {
                k.ms -= b.ms;
                k.dispatches -= b.dispatches;
            }
        out.push_back(k);
    }
    std::sort(out.begin(), out.end(), [](const KernelTime& a, const KernelTime& b) { return a.ms > b.ms; });
    return out;
}

/** With --profile: one indented line per kernel, device time per decode token and its share. */
void printKernels(const std::vector<KernelTime>& kernels, int tokens)
{
    double total = 0;
    for (const KernelTime& k : kernels)
        total += k.ms;
    if (total <= 0 || tokens <= 0)
        return;
    for (const KernelTime& k : kernels)
        std::printf("    %-12s %9.3f ms/tok %5.1f%%  %6.1f dispatches/tok\n", qPrintable(k.kernel), k.ms / tokens,
            100.0 * k.ms / total, double(k.dispatches) / tokens);
}

int argmax(const std::vector<float>& v)
{
    return int(std::max_element(v.begin(), v.end()) - v.begin());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    VulkanOptions options;
    int runs = 5, prefillTokens = 64, decodeTokens = 128;
    QString synth = QStringLiteral("110m");
    QStringList synthTypes { QStringLiteral("f32"), QStringLiteral("q8_0"), QStringLiteral("q4_0") };
    bool check = true;
    double bandwidth = 0; // GB/s
    QStringList models;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        auto next = [&]() { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--device")) {
            const QString d = next();
            bool num = false;
            const int idx = d.toInt(&num);
            if (num)
                options.device.index = idx;
            else
                options.device.name = d;
        } else if (a == QLatin1String("--runs"))
            runs = std::max(1, next().toInt());
        else if (a == QLatin1String("--prefill"))
            prefillTokens = std::max(1, next().toInt());
        else if (a == QLatin1String("--decode"))
            decodeTokens = std::max(1, next().toInt());
        else if (a == QLatin1String("--synth"))
            synth = next();
        else if (a == QLatin1String("--synth-types"))
            synthTypes = next().split(QLatin1Char(','));
        else if (a == QLatin1String("--bandwidth"))
            bandwidth = next().toDouble();
        else if (a == QLatin1String("--profile"))
            options.profile = true;
        else if (a == QLatin1String("--no-check"))
            check = false;
        else if (a.startsWith(QLatin1String("--"))) {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(a));
            return 2;
        } else
            models << a;
    }
    const QString shared = QStringLiteral(INFEROMETER_SHARED_DIR);
    const QString stories = QDir(shared).filePath(QStringLiteral("models/stories260K-%1.gguf"));
    if (models.isEmpty())
        for (const char* t : { "f32", "Q8_0", "Q4_0" })
            models << stories.arg(QLatin1String(t));
    QTemporaryDir tmp;
    for (const QString& shapeName : synth.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (shapeName == QLatin1String("none"))
            continue;
        const auto shape = synthPreset(shapeName);
        if (!shape) {
            std::fprintf(stderr, "unknown --synth preset %s (110m, 350m, 1b, none)\n", qPrintable(shapeName));
            return 2;
        }
        // the F32 model of the shape, then each type quantized from it
        const QString f32Path = QDir(tmp.path()).filePath(QStringLiteral("synthetic-%1-f32.gguf").arg(shapeName));
        {
            QElapsedTimer wt;
            wt.start();
            SynthOptions so; // what inferometer-cli synth-model writes
            so.shape = *shape;
            so.vocabFrom = stories.arg(QStringLiteral("f32"));
            PlainTaskContext task;
            if (auto r = synthesizeModel(so, f32Path, task); !r) {
                std::fprintf(stderr, "synthetic model: %s\n", qPrintable(r.error().toString()));
                return 1;
            }
            std::fprintf(stderr, "wrote %s in %.1f s\n", qPrintable(f32Path), double(wt.elapsed()) / 1e3);
        }
        for (const QString& entry : synthTypes) {
            const QString t = entry.trimmed().toLower();
            if (t == QLatin1String("f32")) {
                models << f32Path;
                continue;
            }
            const auto mix = parseMix(t);
            if (!mix) {
                std::fprintf(
                    stderr, "unknown --synth-types entry %s (f32, %s)\n", qPrintable(t), qPrintable(mixNames()));
                return 2;
            }
            QElapsedTimer wt;
            wt.start();
            const QString path = QDir(tmp.path()).filePath(QStringLiteral("synthetic-%1-%2.gguf").arg(shapeName, t));
            PlainTaskContext task;
            if (auto r = quantize(f32Path, path, *mix, task); !r) {
                std::fprintf(stderr, "quantize: %s\n", qPrintable(r.error().toString()));
                return 1;
            }
            models << path;
            std::fprintf(stderr, "wrote %s in %.1f s\n", qPrintable(path), double(wt.elapsed()) / 1e3);
        }
    }

    std::printf("%-28s %-7s %-34s %9s %26s %26s %9s %6s %11s %9s\n", "model", "type", "device", "weights",
        "prefill tok/s", "decode tok/s", "GB/s", "%bw", "CPU ms/tok", "max err");
    for (const QString& path : models) {
        QElapsedTimer lt;
        lt.start();
        auto model = Model::load(path);
        if (!model) {
            std::fprintf(stderr, "%s\n", qPrintable(model.error().toString()));
            return 1;
        }
        const auto& cfg = model.value()->config();
        const int vocab = cfg.vocabSize;
        options.contextSize = prefillTokens + decodeTokens + 8;
        auto backendR = createVulkanBackend(model.value(), options);
        if (!backendR) {
            std::fprintf(stderr, "%s\n", qPrintable(backendR.error().toString()));
            return 1;
        }
        Backend& gpu = *backendR.value();
        std::fprintf(stderr, "loaded %s in %.1f s\n", qPrintable(path), double(lt.elapsed()) / 1e3);
        // a prompt: the tokens 1, 2, ... wrapped into the vocabulary after BOS
        std::vector<int32_t> prompt { cfg.bosId >= 0 ? cfg.bosId : 1 };
        for (int i = 1; i < prefillTokens; ++i)
            prompt.push_back(int32_t((i * 37) % vocab));
        std::vector<float> logits(static_cast<size_t>(vocab));
        std::vector<double> prefill, decode, decodeCpu;
        std::vector<int32_t> generated;
        std::vector<KernelTime> decodeKernels;
        for (int run = 0; run <= runs; ++run) { // run 0 warms up (pipelines, caches)
            gpu.reset();
            QElapsedTimer t;
            t.start();
            if (auto r = gpu.eval(prompt, 0, logits, false); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                return 1;
            }
            const double pf = double(t.nsecsElapsed()) * 1e-9;
            std::vector<int32_t> gen;
            t.restart();
            const double cpu0 = processCpuSeconds();
            const auto times0 = gpu.kernelTimes();
            int32_t tok = argmax(logits);
            for (int i = 0; i < decodeTokens; ++i) {
                gen.push_back(tok);
                if (auto r = gpu.eval({ &tok, 1 }, prefillTokens + i, logits, false); !r) {
                    std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                    return 1;
                }
                tok = argmax(logits);
            }
            const double dc = double(t.nsecsElapsed()) * 1e-9;
            const double dcCpu = processCpuSeconds() - cpu0;
            if (run == runs)
                decodeKernels = kernelDelta(times0, gpu.kernelTimes());
            if (run > 0) {
                decodeCpu.push_back(dcCpu * 1e3 / decodeTokens);
                prefill.push_back(prefillTokens / pf);
                decode.push_back(decodeTokens / dc);
                if (gen != generated) {
                    std::fprintf(stderr, "%s: run %d generated other tokens than run 1\n", qPrintable(path), run);
                    return 1;
                }
            }
            generated = gen;
        }
        // exactness against the CPU reference: last prefill position and four decode steps
        double err = -1;
        if (check) {
            CpuBackend::Options co;
            co.contextSize = prefillTokens + 8;
            CpuBackend cpu(model.value(), co);
            std::vector<float> want(static_cast<size_t>(vocab));
            gpu.reset();
            (void)gpu.eval(prompt, 0, logits, false);
            (void)cpu.eval(prompt, 0, want, false);
            err = relErr(logits.data(), want.data(), logits.size());
            for (int i = 0; i < 4; ++i) {
                const int32_t tok = generated[size_t(i)];
                (void)gpu.eval({ &tok, 1 }, prefillTokens + i, logits, false);
                (void)cpu.eval({ &tok, 1 }, prefillTokens + i, want, false);
                err = std::max(err, relErr(logits.data(), want.data(), logits.size()));
            }
        }
        const Stats p = stats(prefill), d = stats(decode);
        const double mb = double(gpu.weightsBytes()) / 1e6;
        char pcol[64], dcol[64];
        std::snprintf(pcol, sizeof pcol, "%.1f [%.1f-%.1f]", p.median, p.lo, p.hi);
        std::snprintf(dcol, sizeof dcol, "%.1f [%.1f-%.1f]", d.median, d.lo, d.hi);
        const double gbps = mb * d.median / 1e3;
        char bw[16] = "-";
        if (bandwidth > 0)
            std::snprintf(bw, sizeof bw, "%.1f", 100.0 * gbps / bandwidth);
        std::printf("%-28s %-7s %-34s %7.1fMB %26s %26s %9.2f %6s %11.2f %9.2g\n",
            qPrintable(QFileInfo(path).completeBaseName().left(28)), qPrintable(model.value()->typeLabel()),
            qPrintable(gpu.device().left(34)), mb, pcol, dcol, gbps, bw, stats(decodeCpu).median, err);
        printKernels(decodeKernels, decodeTokens);
        std::fflush(stdout);
    }
    std::printf("prefill: %d tokens from BOS; decode: %d greedy tokens after it; %d runs after a warm-up run; GB/s: "
                "weights bytes x decode tokens/s; %%bw: GB/s / --bandwidth; CPU ms/tok: process CPU time per decode "
                "token (host and, on a CPU "
                "device, the device)\n",
        prefillTokens, decodeTokens, runs);
    return 0;
}
