// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/pricing/priceentry.h"

#include <optional>

namespace Prompt {

/** Days in the month that monthly figures use (requests per day × 30). */
constexpr int DaysPerMonth = 30;

/** Tokens of one call as the prompt editor sees it. */
struct CallTokens
{
    qint64 input = 0; // the prompt, all of it
    qint64 cachedInput = 0; // of which read from the provider's cache (0 without caching)
    qint64 output = 0;
};

/** Cost of one call and of a month of calls, in nano-dollars, both exact (the monthly sum is rounded once). */
struct Cost
{
    qint64 perCallNano = 0;
    qint64 perMonthNano = 0;
};

/**
 * List cost at `price`'s rates: uncached input at the input rate, cached input at the cache-read rate, output at the
 * output rate; the long-context rates when the input exceeds the entry's threshold. Cache writes are not counted
 * (a warm cache, one write per TTL, is negligible at volume). perMonth = callsPerMonth × the exact per-call amount.
 */
Cost callCost(const Pricing::PriceEntry& price, const CallTokens& tokens, qint64 callsPerMonth);

/** What caching the static prefix would earn at one model. */
struct CacheEstimate
{
    qint64 prefixTokens = 0; // tokens of the text before the first {{variable}}
    std::optional<qint64> minTokens; // the model's minimum cacheable prompt (catalog); unknown: nullopt
    bool eligible = false; // prefixTokens ≥ minTokens and the model has a cache-read rate below its input rate
    qint64 cachedTokens = 0; // tokens billed at the cache-read rate per call (OpenAI: whole 128-token steps)
    double discount = 0; // 1 − cache-read rate / input rate (0.9 = 90 % off)
    Cost withoutCache;
    Cost withCache;
    qint64 savedPerMonthNano() const { return withoutCache.perMonthNano - withCache.perMonthNano; }
};

/**
 * Caching the prefix of a prompt of `promptTokens` tokens (prefix `prefixTokens` of them) with `outputTokens` out per
 * call. OpenAI caches prefixes of 1,024 tokens or more in 128-token steps; the other providers cache the whole
 * prefix up to a cache breakpoint once it reaches their minimum. Every call is assumed to hit a warm cache.
 */
CacheEstimate cacheEstimate(const Pricing::PriceEntry& price, qint64 promptTokens, qint64 prefixTokens,
    qint64 outputTokens, qint64 callsPerMonth);

/**
 * True when a count by `encoding` only estimates what `provider` bills: OpenAI's encodings (o200k_base, cl100k_base)
 * are exact for OpenAI's models only; Anthropic, Google and the others bill with tokenizers of their own. A model's own
 * tokenizer file (anything else) counts exactly.
 */
bool countIsEstimate(const QString& encoding, const QString& provider);
/** "Anthropic" for "anthropic": a provider id as people write it. */
QString providerName(const QString& provider);

} // namespace Prompt
