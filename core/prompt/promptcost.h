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
 * output rate; the long-context rates when the input exceeds the entry's threshold. perMonth = callsPerMonth × the
 * exact per-call amount. What a cache saves, writes included, is the Planner's calculator (core/planning).
 */
Cost callCost(const Pricing::PriceEntry& price, const CallTokens& tokens, qint64 callsPerMonth);

/**
 * True when a count by `encoding` only estimates what `provider` bills: OpenAI's encodings (o200k_base, cl100k_base)
 * are exact for OpenAI's models only; Anthropic, Google and the others bill with tokenizers of their own. A model's own
 * tokenizer file (anything else) counts exactly.
 */
bool countIsEstimate(const QString& encoding, const QString& provider);
/** "Anthropic" for "anthropic": a provider id as people write it. */
QString providerName(const QString& provider);

} // namespace Prompt
