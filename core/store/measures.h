// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QString>
#include <QStringList>

#include <array>

namespace Store {

/**
 * Every KPI of DESIGN.md is a ratio of sums of per-event quantities, so each can be pre-aggregated per day and group
 * (the daily_rollup table) and summed again over any range. A task counts once: on its first call (task_first_call),
 * in that call's day and groups. `expr` computes the quantity from an events row.
 */
struct Measure
{
    const char* name; // daily_rollup column
    const char* expr; // over events
};

inline constexpr std::array<Measure, 20> Measures { {
    { "list_cost_nusd", "COALESCE(list_cost_nusd, 0)" },
    { "reported_cost_nusd", "COALESCE(reported_cost_nusd, 0)" },
    { "reported_events", "(reported_cost_nusd IS NOT NULL)" },
    { "calls", "calls" },
    { "events", "1" },
    { "uncached_input_tokens", "uncached_input_tokens" },
    { "cache_read_tokens", "cache_read_tokens" },
    { "cache_write_5m_tokens", "cache_write_5m_tokens" },
    { "cache_write_1h_tokens", "cache_write_1h_tokens" },
    { "output_tokens", "output_tokens" },
    { "reasoning_tokens", "reasoning_tokens" },
    { "tasks", "task_first_call" },
    { "accepted_tasks", "(task_first_call AND task_final = 'accepted')" },
    { "task_cost_nusd", "(CASE WHEN task_id <> '' THEN COALESCE(list_cost_nusd, 0) ELSE 0 END)" },
    { "rework_cost_nusd",
        "(CASE WHEN task_id <> '' AND attempt > 1 AND task_final <> 'rejected' THEN COALESCE(list_cost_nusd, 0) ELSE 0 "
        "END)" },
    { "task_tokens",
        "(CASE WHEN task_id <> '' THEN uncached_input_tokens + cache_read_tokens + cache_write_5m_tokens "
        "+ cache_write_1h_tokens + output_tokens + reasoning_tokens ELSE 0 END)" },
    { "first_time_tokens",
        "(CASE WHEN task_first_time THEN uncached_input_tokens + cache_read_tokens "
        "+ cache_write_5m_tokens + cache_write_1h_tokens + output_tokens + reasoning_tokens ELSE 0 END)" },
    { "unpriced_calls", "(CASE WHEN list_cost_nusd IS NULL THEN calls ELSE 0 END)" },
    // for the billing check: list cost of the calls that state their cost, and costs stated by cost-only rows
    { "reported_list_cost_nusd",
        "(CASE WHEN reported_cost_nusd IS NOT NULL THEN COALESCE(list_cost_nusd, 0) ELSE 0 END)" },
    { "cost_row_reported_nusd", "(CASE WHEN calls = 0 THEN COALESCE(reported_cost_nusd, 0) ELSE 0 END)" },
} };

/** The grouping columns kept in daily_rollup; every report dimension is one of them. */
inline const QStringList& rollupDimensions()
{
    static const QStringList d { QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("cost_center"),
        QStringLiteral("team"), QStringLiteral("owner"), QStringLiteral("api_key"), QStringLiteral("project") };
    return d;
}

/** "SUM(expr), SUM(expr), …" over events, or "SUM(name), …" over daily_rollup, in Measures order. */
inline QString measureSums(bool overEvents)
{
    QStringList parts;
    for (const Measure& m : Measures)
        parts << QStringLiteral("SUM(%1)").arg(QString::fromLatin1(overEvents ? m.expr : m.name));
    return parts.join(QStringLiteral(", "));
}

} // namespace Store
