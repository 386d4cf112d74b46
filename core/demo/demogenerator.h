// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/store/workspace.h"

#include "core/common/result.h"
#include "core/common/task.h"
#include "core/common/usageevent.h"

#include <functional>

namespace Demo {

/**
 * "Northwind Analytics", a mid-size company over 90 days (2026-08-03 to 2026-10-31, UTC): six departments as cost
 * centers with teams and owners; Marketing calls through untagged "shadow" API keys; 18 models from OpenAI,
 * Anthropic, Google and Mistral (one of them missing from the price catalog) plus a self-hosted Llama on vLLM; tasks
 * with several attempts and outcomes; prompt caching in Engineering and Legal, none elsewhere; one night (2026-10-03)
 * when a research agent loops through thousands of recursive calls; one week (2026-09-12..18) when the support RAG
 * workflow's input tokens per call triple. The same seed gives the same events, byte for byte.
 */
struct Options
{
    quint64 seed = 20260803;
    int days = 90;
    double volume = 1.0; // scales calls per day; tests use a fraction
};

constexpr qint64 StartMs = 1785715200000; // 2026-08-03T00:00:00Z

/** Generates the events in time order per workflow, handing them to `sink` in chunks. Prices are left unset. */
Result<qint64> generate(
    const Options& opt, const std::function<Result<void>(QList<UsageEvent>&)>& sink, TaskContext& ctx);

/**
 * Gives the demo's departments monthly budgets from their last 30 days of list spend (fewer days scaled to 30):
 * Engineering × 1.05, Legal × 0.95, Customer Support × 1.3, Sales × 1.5, Finance × 2, rounded up to whole $50, with
 * the default alert rules.
 */
Result<void> addBudgets(Store::Workspace& ws);

/** Creates the demo workspace at `path` (which must not exist yet): events, prices, self-hosted model price, budgets. */
Result<qint64> createWorkspace(const QString& path, const Options& opt, TaskContext& ctx);

} // namespace Demo
