// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/sampler.h"

#include <algorithm>
#include <cmath>

namespace Inference {

Sampler::Sampler(SamplerOptions options)
    : m_options(options)
    , m_rng(options.seed)
{ }

int32_t Sampler::argmax(std::span<const float> logits)
{
    int32_t best = 0;
    for (size_t i = 1; i < logits.size(); ++i)
        if (logits[i] > logits[size_t(best)])
            best = int32_t(i);
    return best;
}

std::vector<std::pair<int32_t, double>> Sampler::candidates(std::span<const float> logits) const
{
    if (m_options.temperature <= 0 || logits.size() <= 1)
        return { { argmax(logits), 1.0 } };
    std::vector<std::pair<int32_t, double>> c;
    c.reserve(logits.size());
    for (size_t i = 0; i < logits.size(); ++i)
        c.emplace_back(int32_t(i), double(logits[i]) / double(m_options.temperature));
    // most probable first; ties by id, so the order (and the draw) never depends on the sort implementation
    std::sort(c.begin(), c.end(), [](const auto& a, const auto& b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    });
    if (m_options.topK > 0 && size_t(m_options.topK) < c.size())
        c.resize(size_t(m_options.topK));
    const double mx = c.front().second;
    double sum = 0;
    for (auto& [id, v] : c) {
        v = std::exp(v - mx);
        sum += v;
    }
    for (auto& [id, v] : c)
        v /= sum;
    if (m_options.topP < 1.0f) {
        double cum = 0;
        size_t keep = 0;
        while (keep < c.size()) {
            cum += c[keep].second;
            ++keep;
            if (cum >= double(m_options.topP))
                break;
        }
        c.resize(std::max<size_t>(keep, 1));
        double s = 0;
        for (const auto& [id, p] : c)
            s += p;
        for (auto& [id, p] : c)
            p /= s;
    }
    return c;
}

int32_t Sampler::sample(std::span<const float> logits)
{
    const auto c = candidates(logits);
    if (c.size() == 1)
        return c.front().first;
    const double u = double(m_rng() >> 11) * 0x1.0p-53; // [0, 1), the same on every platform
    double cum = 0;
    for (const auto& [id, p] : c) {
        cum += p;
        if (u < cum)
            return id;
    }
    return c.back().first;
}

} // namespace Inference
