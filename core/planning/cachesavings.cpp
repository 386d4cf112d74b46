// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/planning/cachesavings.h"

#include <algorithm>

namespace Planning {

qint64 CacheRules::cachedTokens(qint64 staticTokens) const
{
    if (staticTokens < std::max<qint64>(minTokens, 1))
        return 0;
    const qint64 step = std::max<qint64>(increment, 1);
    return minTokens + (staticTokens - minTokens) / step * step;
}

double geminiStoragePerHour(const QString& model)
{
    return model.contains(QLatin1String("pro"), Qt::CaseInsensitive) ? 4.50 : 1.00;
}

std::optional<CacheModel> cacheModelFor(
    const Pricing::PriceEntry& entry, std::optional<Ttl> ttl, std::optional<double> inputPrice, CacheMode mode)
{
    const Pricing::Rates& r = entry.rates;
    if (r.input <= 0)
        return std::nullopt;
    // the catalog's multipliers on the input price, applied to an overriding one
    const double base = double(r.input) / 1e6;
    const double input = inputPrice.value_or(base);
    const double scale = input / base;
    CacheModel m;
    m.prices.input = input;
    m.prices.cacheRead = double(r.cacheRead) / 1e6 * scale;
    m.prices.output = double(r.output) / 1e6;
    const QString p = entry.provider.toLower();
    if (p == QLatin1String("anthropic")) {
        const bool hour = ttl == Ttl::OneHour;
        m.rules.kind = CacheKind::Explicit;
        m.rules.minTokens = entry.minCacheableTokens.value_or(1024);
        m.rules.ttlSeconds = hour ? 3600 : 300;
        m.rules.refreshOnHit = true;
        m.prices.cacheWrite = double(hour ? r.cacheWrite1h : r.cacheWrite5m) / 1e6 * scale;
        return m;
    }
    const bool gemini = p == QLatin1String("google") || p == QLatin1String("gemini");
    if (mode == CacheMode::GeminiExplicit) {
        if (!gemini)
            return std::nullopt;
        // created (billed as input) for a TTL the caller sets, 1 hour by default; hits do not extend it
        m.rules.kind = CacheKind::Stored;
        m.rules.minTokens = entry.minCacheableTokens.value_or(1024);
        m.rules.ttlSeconds = ttl == Ttl::FiveMinutes ? 300 : 3600;
        m.rules.refreshOnHit = false;
        m.prices.cacheWrite = input;
        m.prices.storagePerHour = geminiStoragePerHour(entry.model);
        return m;
    }
    if (p == QLatin1String("openai") || p == QLatin1String("google") || p == QLatin1String("gemini")
        || p == QLatin1String("deepseek")) {
        m.rules.kind = CacheKind::Automatic;
        m.rules.minTokens = entry.minCacheableTokens.value_or(1024);
        m.rules.increment = p == QLatin1String("openai") ? 128 : 1;
        // documented retention: evicted after 5-10 minutes idle, always within an hour; the lower bound is assumed
        m.rules.ttlSeconds = 300;
        m.rules.refreshOnHit = true;
        m.rules.maxAgeSeconds = 3600;
        m.prices.cacheWrite = input; // writes are free: the prefix is billed as plain input
        return m;
    }
    return std::nullopt;
}

CacheOutcome simulate(const CacheModel& model, const RequestShape& shape, std::span<const double> arrivals)
{
    const CacheRules& rules = model.rules;
    const CachePrices& price = model.prices;
    const qint64 cached = rules.cachedTokens(shape.staticTokens);
    const qint64 input = shape.staticTokens + shape.variableTokens;
    CacheOutcome o;
    bool alive = false;
    double expires = 0, writtenAt = 0;
    for (const double t : arrivals) {
        ++o.requests;
        o.outputTokens += shape.outputTokens;
        if (cached == 0) {
            o.uncachedInputTokens += input;
            continue;
        }
        o.uncachedInputTokens += input - cached;
        const bool hit = alive && t < expires && (rules.maxAgeSeconds <= 0 || t < writtenAt + rules.maxAgeSeconds);
        if (hit) {
            ++o.hits;
            o.cacheReadTokens += cached;
            if (rules.refreshOnHit)
                expires = t + rules.ttlSeconds;
        } else {
            ++o.writes;
            o.cacheWriteTokens += cached;
            alive = true;
            writtenAt = t;
            expires = t + rules.ttlSeconds;
        }
    }
    const double out = double(o.outputTokens) * price.output;
    o.storageUsd = double(o.cacheWriteTokens) * price.storagePerHour * (rules.ttlSeconds / 3600) / 1e6;
    o.withoutUsd = (double(qint64(o.requests) * input) * price.input + out) / 1e6;
    o.withUsd = (double(o.uncachedInputTokens) * price.input + double(o.cacheReadTokens) * price.cacheRead
                    + double(o.cacheWriteTokens) * price.cacheWrite + out)
            / 1e6
        + o.storageUsd;
    return o;
}

std::vector<double> arrivalsFor(Arrivals pattern, int perDay)
{
    std::vector<double> t;
    if (perDay <= 0)
        return t;
    t.reserve(size_t(perDay));
    switch (pattern) {
    case Arrivals::Uniform:
        for (int i = 0; i < perDay; ++i)
            t.push_back((i + 0.5) * 86400.0 / perDay);
        break;
    case Arrivals::Business: // 9:00 to 17:00
        for (int i = 0; i < perDay; ++i)
            t.push_back(9 * 3600.0 + (i + 0.5) * 8 * 3600.0 / perDay);
        break;
    case Arrivals::Bursty: {
        const int bursts = (perDay + 9) / 10;
        for (int i = 0; i < perDay; ++i)
            t.push_back((i / 10 + 0.5) * 86400.0 / bursts + (i % 10));
        break;
    }
    }
    return t;
}

std::optional<int> breakEvenRequestsPerDay(
    const CacheModel& model, const RequestShape& shape, Arrivals pattern, int upTo)
{
    auto saves = [&](int n) {
        const std::vector<double> t = arrivalsFor(pattern, n);
        const CacheOutcome o = simulate(model, shape, t);
        return o.withUsd < o.withoutUsd;
    };
    if (upTo < 1 || !saves(upTo))
        return std::nullopt;
    // savings grow with the rate (closer arrivals hit more): the first rate that saves, by bisection
    int lo = 0, hi = upTo; // saves(hi), !saves(lo) (no requests save nothing)
    while (hi - lo > 1) {
        const int mid = lo + (hi - lo) / 2;
        (saves(mid) ? hi : lo) = mid;
    }
    return hi;
}

} // namespace Planning
