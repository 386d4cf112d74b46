// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/live/presets.h"

#include <QDateTime>

namespace Live {

namespace {

    bool has(const SeriesWindow& w, const char* name)
    {
        const QLatin1StringView n(name);
        for (const auto& s : w.series())
            if (s.name == n)
                return true;
        return false;
    }

    QString n(const char* s)
    {
        return QString::fromLatin1(s);
    }

    std::optional<double> ratio(std::optional<double> a, std::optional<double> b)
    {
        if (!a || !b || *b <= 0)
            return std::nullopt;
        return *a / *b;
    }

} // namespace

QString feedKindName(FeedKind k)
{
    switch (k) {
    case FeedKind::Vllm:
        return QStringLiteral("vllm");
    case FeedKind::Tgi:
        return QStringLiteral("tgi");
    case FeedKind::LiteLlm:
        return QStringLiteral("litellm");
    case FeedKind::OpenCost:
        return QStringLiteral("opencost");
    case FeedKind::Generic:
        break;
    }
    return QStringLiteral("generic");
}

FeedKind recogniseFeed(const SeriesWindow& w)
{
    for (const auto& s : w.series()) {
        if (s.name.startsWith(u"vllm:"))
            return FeedKind::Vllm;
        if (s.name.startsWith(u"tgi_"))
            return FeedKind::Tgi;
        if (s.name.startsWith(u"litellm_"))
            return FeedKind::LiteLlm;
        if (s.name == u"node_gpu_hourly_cost" || s.name == u"node_total_hourly_cost")
            return FeedKind::OpenCost;
    }
    return FeedKind::Generic;
}

std::optional<double> LiveMetrics::tokensPerS() const
{
    if (!promptTokensPerS && !generationTokensPerS)
        return std::nullopt;
    return promptTokensPerS.value_or(0) + generationTokensPerS.value_or(0);
}

LiveMetrics deriveMetrics(const SeriesWindow& w, qint64 spanMs)
{
    LiveMetrics m;
    m.kind = recogniseFeed(w);
    switch (m.kind) {
    case FeedKind::Vllm:
        m.promptTokensPerS = w.rateSum(n("vllm:prompt_tokens_total"), spanMs);
        m.generationTokensPerS = w.rateSum(n("vllm:generation_tokens_total"), spanMs);
        m.requestsPerS = w.rateSum(n("vllm:request_success_total"), spanMs);
        m.requestsRunning = w.latestSum(n("vllm:num_requests_running"));
        m.requestsWaiting = w.latestSum(n("vllm:num_requests_waiting"));
        m.kvCacheUsage = has(w, "vllm:kv_cache_usage_perc") ? w.latestSum(n("vllm:kv_cache_usage_perc"))
                                                            : w.latestSum(n("vllm:gpu_cache_usage_perc"));
        m.prefixCacheHitRate = ratio(w.rateSum(n("vllm:prefix_cache_hits_total"), spanMs),
            w.rateSum(n("vllm:prefix_cache_queries_total"), spanMs));
        m.ttftP50 = w.quantile(n("vllm:time_to_first_token_seconds"), 0.5, spanMs);
        m.ttftP95 = w.quantile(n("vllm:time_to_first_token_seconds"), 0.95, spanMs);
        m.interTokenP50 = w.quantile(n("vllm:inter_token_latency_seconds"), 0.5, spanMs);
        m.interTokenP95 = w.quantile(n("vllm:inter_token_latency_seconds"), 0.95, spanMs);
        if (!m.interTokenP50) // older vLLM
            m.interTokenP50 = w.quantile(n("vllm:time_per_output_token_seconds"), 0.5, spanMs);
        break;
    case FeedKind::Tgi:
        // TGI counts tokens in histograms: the rate of their _sum is tokens per second
        m.promptTokensPerS = w.rateSum(n("tgi_request_input_length_sum"), spanMs);
        m.generationTokensPerS = w.rateSum(n("tgi_request_generated_tokens_sum"), spanMs);
        m.requestsPerS = w.rateSum(n("tgi_request_success"), spanMs);
        m.requestsRunning = w.latestSum(n("tgi_batch_current_size"));
        m.requestsWaiting = w.latestSum(n("tgi_queue_size"));
        break;
    case FeedKind::LiteLlm: {
        const bool total = has(w, "litellm_spend_metric_total");
        auto metric
            = [&](const char* base) -> QString { return n(base) + (total ? QStringLiteral("_total") : QString()); };
        if (auto r = w.rateSum(metric("litellm_spend_metric"), spanMs))
            m.spendUsdPerHour = *r * 3600;
        m.promptTokensPerS = w.rateSum(metric("litellm_input_tokens_metric"), spanMs);
        m.generationTokensPerS = w.rateSum(metric("litellm_output_tokens_metric"), spanMs);
        m.remainingBudgetUsd = has(w, "litellm_remaining_team_budget_metric")
            ? w.latestSum(n("litellm_remaining_team_budget_metric"))
            : w.latestSum(n("litellm_remaining_api_key_budget_metric"));
        break;
    }
    case FeedKind::OpenCost:
    case FeedKind::Generic:
        break;
    }
    m.gpuUsdPerHour = w.latestSum(n("node_gpu_hourly_cost")); // OpenCost beside any feed
    return m;
}

LiveCost liveCost(const LiveMetrics& m, std::optional<double> deploymentUsdPerHour,
    const std::optional<Pricing::PriceEntry>& apiModel)
{
    LiveCost c;
    const std::optional<double> perHour = deploymentUsdPerHour ? deploymentUsdPerHour : m.gpuUsdPerHour;
    const auto tokens = m.tokensPerS();
    if (tokens && *tokens > 0)
        c.inputShare = m.promptTokensPerS.value_or(0) / *tokens;
    if (perHour && tokens && *tokens > 0)
        c.usdPerMTokens = *perHour / (*tokens * 3600.0) * 1e6;
    if (apiModel && c.inputShare) // rates are µ$ per 1M tokens
        c.apiUsdPerMTokens
            = (*c.inputShare * double(apiModel->rates.input) + (1 - *c.inputShare) * double(apiModel->rates.output))
            / 1e6;
    return c;
}

std::optional<double> projectedMonthEndUsd(double monthToDateUsd, const LiveMetrics& m, qint64 nowMs)
{
    if (!m.spendUsdPerHour)
        return std::nullopt;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    const QDate first = QDate(now.date().year(), now.date().month(), 1);
    const qint64 endMs = QDateTime(first.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return monthToDateUsd + *m.spendUsdPerHour * double(endMs - nowMs) / 3'600'000.0;
}

} // namespace Live
