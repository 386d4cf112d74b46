// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/live/serieswindow.h"
#include "core/pricing/priceentry.h"

namespace Live {

/** What kind of server a feed is, recognised from the metric names it exposes (formats.md, "Prometheus feeds"). */
enum class FeedKind { Generic, Vllm, Tgi, LiteLlm, OpenCost };
QString feedKindName(FeedKind k);
FeedKind recogniseFeed(const SeriesWindow& w);

/**
 * The numbers the Live page and `inferometer-cli scrape` derive from a feed's recent scrapes, over the last `spanMs`
 * (rates and latency quantiles from counter and bucket increases, gauges from the latest scrape). Unset when the feed
 * does not expose what they need.
 */
struct LiveMetrics
{
    FeedKind kind = FeedKind::Generic;
    std::optional<double> promptTokensPerS;
    std::optional<double> generationTokensPerS;
    std::optional<double> requestsPerS;
    std::optional<double> requestsRunning;
    std::optional<double> requestsWaiting;
    std::optional<double> kvCacheUsage; // 0..1
    std::optional<double> prefixCacheHitRate; // 0..1
    std::optional<double> ttftP50, ttftP95; // seconds
    std::optional<double> interTokenP50, interTokenP95; // seconds
    std::optional<double> spendUsdPerHour; // a gateway's spend rate
    std::optional<double> remainingBudgetUsd; // LiteLLM: sum over teams/keys of the remaining budget
    std::optional<double> gpuUsdPerHour; // OpenCost: node_gpu_hourly_cost summed

    std::optional<double> tokensPerS() const;
};
LiveMetrics deriveMetrics(const SeriesWindow& w, qint64 spanMs);

/**
 * Self-hosted cost now: the deployment's $/hour over the tokens it serves per hour at the measured rate gives $ per
 * 1M tokens at the current utilisation; beside it the API price of `apiModel` for the same input/output mix
 * (blended by the measured prompt : generation ratio).
 */
struct LiveCost
{
    std::optional<double> usdPerMTokens;
    std::optional<double> apiUsdPerMTokens;
    std::optional<double> inputShare; // prompt tokens / all tokens
};
LiveCost liveCost(const LiveMetrics& m, std::optional<double> deploymentUsdPerHour,
    const std::optional<Pricing::PriceEntry>& apiModel);

/**
 * A gateway's spend by month end: spend so far this month plus the measured spend rate over the hours left.
 * `nowMs` and the month are UTC.
 */
std::optional<double> projectedMonthEndUsd(double monthToDateUsd, const LiveMetrics& m, qint64 nowMs);

} // namespace Live
