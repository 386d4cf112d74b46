// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// The context-cache calculator (issue 16, part 1): what a request stream costs with and without a provider's prompt
// cache, the cache's hits simulated against the requests' arrival times (never assumed). Provider rules are those of
// ../shared/formats.md "Context caching": Anthropic's explicit cache (writes at 1.25x for a 5-minute TTL or 2x for an
// hour, reads at 0.1x, the TTL refreshed on each hit, a per-model minimum below which nothing is cached) and the
// automatic caches of OpenAI, Gemini (implicit) and DeepSeek (free writes; OpenAI from 1,024 tokens in 128-token
// steps; entries evicted after 5 minutes idle and always within an hour).
#include "core/pricing/priceentry.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace Planning {

/** How a provider caches. */
enum class CacheKind {
    Explicit, // the caller marks the prefix; writes cost a premium; a TTL the caller chooses (Anthropic)
    Automatic, // the provider caches prefixes by itself; writes cost the plain input price (OpenAI, Gemini, DeepSeek)
    Stored, // the caller creates a cache that lives its TTL (no refresh) and pays storage per hour (Gemini explicit)
};

/** Which of a provider's caches to model where it has two. */
enum class CacheMode {
    ProviderDefault, // Anthropic's explicit cache, the others' automatic one
    GeminiExplicit, // Gemini's explicit cache: created at the input price, stored per hour, reads 90% off
};

/** A provider's caching rules for one model. */
struct CacheRules
{
    CacheKind kind = CacheKind::Automatic;
    qint64 minTokens = 0; // a prefix shorter than this is not cached
    qint64 increment = 1; // cached prefixes grow in steps of this beyond minTokens (OpenAI: 128)
    double ttlSeconds = 300; // an entry lives this long after its write (or last hit, with refreshOnHit)
    bool refreshOnHit = true;
    double maxAgeSeconds = 0; // > 0: evicted this long after its write whatever the hits (OpenAI: within an hour)

    /** The tokens of a `staticTokens` prefix the cache holds: 0 below the minimum, else whole increments. */
    qint64 cachedTokens(qint64 staticTokens) const;
};

/** A provider's time-to-live choices for an explicit cache (Anthropic). */
enum class Ttl { FiveMinutes, OneHour };

/** Prices in USD per 1M tokens. */
struct CachePrices
{
    double input = 0;
    double cacheRead = 0;
    double cacheWrite = 0; // the write price of the chosen TTL (the input price for automatic caches)
    double output = 0;
    double storagePerHour = 0; // Stored: per 1M cached tokens per hour the entry lives
};

/** The rules and prices of `entry` (from the catalog) for `ttl` where the provider lets the caller choose one; with
 * `inputPrice` the base input price is replaced and the cache prices follow by the catalog's multipliers. nullopt
 * when the provider has no cache the calculator models. */
struct CacheModel
{
    CacheRules rules;
    CachePrices prices;
};
std::optional<CacheModel> cacheModelFor(const Pricing::PriceEntry& entry, std::optional<Ttl> ttl = std::nullopt,
    std::optional<double> inputPrice = {}, CacheMode mode = CacheMode::ProviderDefault);
/** Gemini's explicit-cache storage, USD per 1M tokens per hour (2.5 Pro $4.50; Flash and Flash-Lite $1.00). */
double geminiStoragePerHour(const QString& model);

/** One request shape. */
struct RequestShape
{
    qint64 staticTokens = 0; // the cacheable prefix (system prompt, tools, examples)
    qint64 variableTokens = 0; // the rest of the input
    qint64 outputTokens = 0;
};

/** What a request stream cost. */
struct CacheOutcome
{
    int requests = 0;
    int hits = 0; // requests that read the prefix from the cache
    int writes = 0; // requests that wrote it (misses of a cacheable prefix)
    // tokens by how they are billed with the cache (summed as integers; dollars computed once, so exact where the
    // prices are)
    qint64 uncachedInputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 outputTokens = 0;
    double storageUsd = 0; // Stored: cached tokens x hours alive x the storage price (included in withUsd)
    double withoutUsd = 0; // every request pays its whole input at the input price
    double withUsd = 0; // hits pay the cached tokens at the read price, writes at the write price
    double hitRate() const { return requests > 0 ? double(hits) / requests : 0.0; }
};

/** Simulates the cache over requests arriving at `arrivals` (seconds, ascending). */
CacheOutcome simulate(const CacheModel& model, const RequestShape& shape, std::span<const double> arrivals);

/** Arrival patterns over one day. */
enum class Arrivals {
    Uniform, // evenly spaced over 24 hours
    Business, // evenly spaced over 8 working hours
    Bursty, // bursts of 10 requests a second apart, the bursts evenly spaced over 24 hours
};
/** `perDay` arrival times (seconds from midnight) of `pattern`. */
std::vector<double> arrivalsFor(Arrivals pattern, int perDay);

/** Days in the average month (365.25 / 12), for $ per month. */
constexpr double DaysPerMonth = 30.4375;

/** The smallest number of requests a day, arriving by `pattern`, at which caching costs less than not caching;
 * nullopt when none up to `upTo` does (a prefix below the minimum, or writes that never pay back). */
std::optional<int> breakEvenRequestsPerDay(
    const CacheModel& model, const RequestShape& shape, Arrivals pattern, int upTo = 1000000);

} // namespace Planning
