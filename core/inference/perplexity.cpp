// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/perplexity.h"

#include "core/common/task.h"
#include "core/inference/backend.h"
#include "core/inference/model.h"
#include "core/inference/sampler.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Inference {

namespace {
    /** This file's messages, in the translation context "Inference" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Inference)
    };

    Error schema(const Backend& b, const QString& msg)
    {
        Error e;
        e.code = Error::Code::Schema;
        e.source = b.model().path();
        e.message = msg;
        return e;
    }

    Result<void> check(const Backend& b, size_t tokens, int ctx)
    {
        if (ctx < 4)
            return schema(b, Tr::tr("a context of %1 tokens is too small (4 or more)").arg(ctx));
        if (ctx > b.contextSize())
            return schema(b, Tr::tr("a context of %1 tokens exceeds the backend's %2").arg(ctx).arg(b.contextSize()));
        if (tokens < size_t(2) * size_t(ctx))
            return schema(b,
                Tr::tr("the text has %1 tokens; a context of %2 needs at least %3").arg(tokens).arg(ctx).arg(2 * ctx));
        return {};
    }

    /** Chunk `i` of `ctx` tokens, BOS first (when the model has one), as llama-perplexity evaluates it. */
    std::vector<int32_t> chunkTokens(std::span<const int32_t> tokens, int ctx, int i, int32_t bos)
    {
        std::vector<int32_t> chunk(tokens.begin() + ptrdiff_t(i) * ctx, tokens.begin() + ptrdiff_t(i + 1) * ctx);
        if (bos >= 0)
            chunk[0] = bos;
        return chunk;
    }

    /** Evaluates chunk `i` (all logits) from an empty cache. */
    Result<void> evalChunk(
        Backend& b, std::span<const int32_t> tokens, int ctx, int i, int32_t bos, std::vector<float>& logits)
    {
        logits.resize(size_t(ctx) * size_t(b.model().config().vocabSize));
        b.reset();
        return b.eval(chunkTokens(tokens, ctx, i, bos), 0, logits, true);
    }

    QString chunkName(int i)
    {
        return QCoreApplication::translate("Inference", "chunk %1").arg(i + 1);
    }

    Error canceled()
    {
        Error e;
        e.code = Error::Code::Canceled;
        e.message = Tr::tr("canceled");
        return e;
    }

    /** Adds one chunk's scored predictions to `r`: logProb(p) is the log-probability of the token after position p. */
    template <class LogProb>
    void score(PerplexityResult& r, double& nllSum, int ctx, LogProb logProb)
    {
        const int first = ctx / 2;
        for (int p = first; p < ctx - 1; ++p) {
            const double v = -logProb(p);
            nllSum += v;
            r.nllSquares += v * v;
            ++r.scored;
        }
        r.chunkPerplexity.push_back(std::exp(nllSum / r.scored));
    }

    /** Error::Schema when the perplexity overflows a double: finite log-probabilities so low (weights far out of
     * range) that the model gives the text probability 0, which no figure can compare. */
    Result<void> checkOverflow(const Backend& b, const PerplexityResult& r)
    {
        if (std::isfinite(r.perplexity))
            return {};
        return schema(b,
            Tr::tr("The perplexity overflows (a mean negative log-likelihood of %1 nats): the model gives the text a "
                   "probability of 0, so the file is damaged or is not a trained model.")
                .arg(r.nll, 0, 'g', 3));
    }

    void finish(PerplexityResult& r, double nllSum, int ctx, int chunks)
    {
        r.ctx = ctx;
        r.chunks = chunks;
        r.tokens = chunks * ctx;
        r.nll = nllSum / r.scored;
        r.perplexity = std::exp(r.nll);
        // llama-perplexity's "+/-": the standard error of the mean NLL, times the perplexity
        const double var = r.nllSquares / r.scored - r.nll * r.nll;
        r.perplexityError = var > 0 && r.scored > 1 ? std::sqrt(var / (r.scored - 1)) * r.perplexity : 0;
    }
} // namespace

double logSoftmax(std::span<const float> logits, int32_t token)
{
    float mx = logits[0];
    for (float v : logits)
        mx = std::max(mx, v);
    double sumExp = 0;
    for (float v : logits)
        sumExp += std::exp(v - mx);
    return double(logits[size_t(token)] - mx) - std::log(sumExp);
}

double percentile(std::vector<double>& values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double pos = q * double(values.size() - 1);
    const size_t lo = size_t(pos);
    const size_t hi = std::min(lo + 1, values.size() - 1);
    const double f = pos - double(lo);
    return values[lo] * (1 - f) + values[hi] * f;
}

Result<PerplexityResult> perplexity(
    Backend& backend, std::span<const int32_t> tokens, int ctx, int32_t bos, TaskContext& task)
{
    if (auto r = check(backend, tokens.size(), ctx); !r)
        return r.error();
    const int chunks = int(tokens.size() / size_t(ctx));
    PerplexityResult r;
    double nllSum = 0;
    std::vector<double> logProbs(static_cast<size_t>(ctx));
    for (int i = 0; i < chunks; ++i) {
        if (task.isCanceled())
            return canceled();
        // each position's log-probability of the token after it, computed by the backend (on the device for
        // Vulkan: one value per position comes back instead of a vocabulary of logits)
        const std::vector<int32_t> chunk = chunkTokens(tokens, ctx, i, bos);
        std::vector<int32_t> targets(size_t(ctx), 0);
        for (int p = 0; p + 1 < ctx; ++p)
            targets[size_t(p)] = tokens[size_t(i) * size_t(ctx) + size_t(p) + 1];
        backend.reset();
        if (auto e = backend.evalLogProbs(chunk, 0, targets, logProbs); !e)
            return e.error();
        if (auto e = checkFinite(backend, std::span<const double>(logProbs).first(size_t(ctx - 1)), chunkName(i)); !e)
            return e.error();
        score(r, nllSum, ctx, [&](int p) { return logProbs[size_t(p)]; });
        task.setProgress(i + 1, chunks);
    }
    finish(r, nllSum, ctx, chunks);
    if (auto e = checkOverflow(backend, r); !e)
        return e.error();
    return r;
}

Result<Comparison> compare(
    Backend& a, Backend& b, std::span<const int32_t> tokens, int ctx, int32_t bos, TaskContext& task)
{
    if (auto r = check(a, tokens.size(), ctx); !r)
        return r.error();
    if (auto r = check(b, tokens.size(), ctx); !r)
        return r.error();
    const int vocab = a.model().config().vocabSize;
    if (b.model().config().vocabSize != vocab)
        return schema(
            b, Tr::tr("the vocabularies differ (%1 and %2 tokens)").arg(vocab).arg(b.model().config().vocabSize));
    const int chunks = int(tokens.size() / size_t(ctx));
    Comparison c;
    double nllA = 0, nllB = 0;
    std::vector<float> la, lb;
    std::vector<double> kld;
    int agree = 0;
    std::vector<double> lpa(static_cast<size_t>(vocab)), lpb(static_cast<size_t>(vocab));
    for (int i = 0; i < chunks; ++i) {
        if (task.isCanceled())
            return canceled();
        if (auto e = evalChunk(a, tokens, ctx, i, bos, la); !e)
            return e.error();
        if (auto e = evalChunk(b, tokens, ctx, i, bos, lb); !e)
            return e.error();
        if (auto e = checkFinite(a, std::span<const float>(la), chunkName(i)); !e)
            return e.error();
        if (auto e = checkFinite(b, std::span<const float>(lb), chunkName(i)); !e)
            return e.error();
        auto logProbIn = [&](const std::vector<float>& l) {
            return [&](int p) {
                const int32_t next = tokens[size_t(i) * size_t(ctx) + size_t(p) + 1];
                return logSoftmax(std::span(l.data() + size_t(p) * size_t(vocab), size_t(vocab)), next);
            };
        };
        score(c.a, nllA, ctx, logProbIn(la));
        score(c.b, nllB, ctx, logProbIn(lb));
        for (int p = ctx / 2; p < ctx - 1; ++p) {
            const std::span<const float> ra(la.data() + size_t(p) * size_t(vocab), size_t(vocab));
            const std::span<const float> rb(lb.data() + size_t(p) * size_t(vocab), size_t(vocab));
            // log-softmax of each in double
            auto logProbs = [](std::span<const float> l, std::vector<double>& out) {
                double mx = l[0];
                for (float v : l)
                    mx = std::max(mx, double(v));
                double s = 0;
                for (float v : l)
                    s += std::exp(double(v) - mx);
                const double ls = std::log(s);
                for (size_t v = 0; v < l.size(); ++v)
                    out[v] = double(l[v]) - mx - ls;
            };
            logProbs(ra, lpa);
            logProbs(rb, lpb);
            double k = 0;
            for (int v = 0; v < vocab; ++v)
                k += std::exp(lpa[size_t(v)]) * (lpa[size_t(v)] - lpb[size_t(v)]);
            kld.push_back(std::max(0.0, k));
            if (Sampler::argmax(ra) == Sampler::argmax(rb))
                ++agree;
        }
        task.setProgress(i + 1, chunks);
    }
    finish(c.a, nllA, ctx, chunks);
    finish(c.b, nllB, ctx, chunks);
    if (auto e = checkOverflow(a, c.a); !e)
        return e.error();
    if (auto e = checkOverflow(b, c.b); !e)
        return e.error();
    double sum = 0;
    for (double k : kld)
        sum += k;
    c.kldMean = sum / double(kld.size());
    c.top1Agreement = double(agree) / double(kld.size());
    c.kldP99 = percentile(kld, 0.99);
    c.kldMax = kld.back();
    if (!std::isfinite(c.kldMean))
        return schema(b,
            Tr::tr("The KL divergence overflows: this model gives tokens the other finds likely a probability of 0, so "
                   "the file is damaged or is not a trained model."));
    c.kld = std::move(kld);
    return c;
}

} // namespace Inference
