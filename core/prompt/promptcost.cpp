// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/promptcost.h"

#include "core/common/money.h"

namespace Prompt {

Cost callCost(const Pricing::PriceEntry& price, const CallTokens& t, qint64 callsPerMonth)
{
    const bool isLong = price.longContextThreshold && t.input > *price.longContextThreshold;
    const Pricing::Rates& r = isLong ? price.longRates : price.rates;
    const qint64 cached = qBound<qint64>(0, t.cachedInput, t.input);
    // tokens × µ$ per 1M tokens = pico-dollars
    const __int128 pico
        = __int128(t.input - cached) * r.input + __int128(cached) * r.cacheRead + __int128(t.output) * r.output;
    return { Money::divRound(pico, 1000), Money::divRound(pico * qMax<qint64>(0, callsPerMonth), 1000) };
}

CacheEstimate cacheEstimate(const Pricing::PriceEntry& price, qint64 promptTokens, qint64 prefixTokens,
    qint64 outputTokens, qint64 callsPerMonth)
{
    CacheEstimate e;
    e.prefixTokens = qBound<qint64>(0, prefixTokens, promptTokens);
    e.minTokens = price.minCacheableTokens;
    const Pricing::Rates& r = price.rates;
    const bool discounted = r.input > 0 && r.cacheRead < r.input;
    if (r.input > 0)
        e.discount = 1.0 - double(r.cacheRead) / double(r.input);
    const qint64 min = price.minCacheableTokens.value_or(1024);
    e.eligible = discounted && price.minCacheableTokens && e.prefixTokens >= min;
    if (e.eligible) {
        e.cachedTokens = e.prefixTokens;
        if (price.provider == QLatin1String("openai")) // cache hits count in 128-token increments past 1,024
            e.cachedTokens = min + (e.prefixTokens - min) / 128 * 128;
    }
    e.withoutCache = callCost(price, { promptTokens, 0, outputTokens }, callsPerMonth);
    e.withCache = callCost(price, { promptTokens, e.cachedTokens, outputTokens }, callsPerMonth);
    return e;
}

} // namespace Prompt
