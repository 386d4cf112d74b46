// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// The workspace's own traffic as the planner needs it (issue 16, parts 2 to 4): per workflow and model the calls'
// arrival times and token buckets (cache replay, realized and potential cache savings), per task class the monthly
// load (routing), and the monthly token volume with its API charge (break-even). One pass over the window's events.
#include "core/analytics/period.h"
#include "core/common/result.h"
#include "core/common/task.h"
#include "core/planning/routing.h"
#include "core/pricing/pricecatalog.h"

#include <QMap>
#include <QString>

#include <vector>

namespace Store {
class Workspace;
}

namespace Planning {

/** The days the planner reads: the latest `days` whole UTC days up to the workspace's last event, cut to its first. */
struct Window
{
    qint64 fromMs = 0, toMs = 0; // [from, to)
    double days() const { return double(toMs - fromMs) / 86'400'000.0; }
    /** `amount` over the window, per average month. */
    double perMonth(double amount) const;
};
/** nullopt for a workspace without events. */
Result<std::optional<Window>> latestWindow(Store::Workspace& ws, int days = 30);
/** The period the window shows (the analysis pages' one period), cut to the days that hold data. */
Result<std::optional<Window>> windowFor(Store::Workspace& ws, const Analytics::PeriodChoice& period);

/** One workflow's calls to one model: the workflow is the project, else the cost center, else "(untagged)". */
struct WorkflowTraffic
{
    QString workflow, provider, model;
    qint64 calls = 0;
    std::vector<double> arrivals; // seconds from the window's start, ascending, one per call
    qint64 minInputPerCall = 0; // the smallest prompt: no prefix shared by every call is longer
    qint64 medianInputPerCall = 0;
    qint64 medianCachedPerCall = 0; // of the calls that read or wrote the cache, the median of their cached tokens
    qint64 uncachedInputTokens = 0, cacheReadTokens = 0, cacheWrite5mTokens = 0, cacheWrite1hTokens = 0;
    double medianGapSeconds = 0; // between consecutive calls
    double shareGapsUnder5m = 0; // of consecutive calls' gaps, those under 5 minutes
};

/** Per-task-class load and the workspace's volume, monthly. */
struct ClassTraffic
{
    ClassLoad load; // monthly
    QString topModel; // the model with the most spend in the class
    QStringList workflows; // whose calls count in the class (a call tagged with another class counts there)
};

struct Traffic
{
    Window window;
    std::vector<WorkflowTraffic> workflows; // by spend, largest first
    std::map<TaskClass, ClassTraffic> classes;
    QMap<QString, TaskClass> workflowClass; // each workflow's class: the user's choice, else most of its calls
    std::map<QString, std::vector<double>> costCenterArrivals; // every call's time by cost center, for replay
    double tokensPerMonth = 0; // input + output + reasoning of priced calls
    double apiUsdPerMonth = 0; // their list cost
};

/** Reads `window`. A workflow whose class the user chose (`classOverrides`, workflow → class) counts there whole;
 * elsewhere a call tagged task_class counts in that class, and the others in the class most of their workflow's calls
 * get by name and tokens (classify()). */
Result<Traffic> readTraffic(
    Store::Workspace& ws, const Window& window, const QMap<QString, TaskClass>& classOverrides, TaskContext& ctx);

/** The cache calculator's view of one workflow (part 2). */
struct CacheOpportunity
{
    QString workflow, provider, model;
    qint64 calls = 0;
    qint64 prefixTokens = 0; // the prefix assumed cacheable
    bool prefixSeen = false; // true: the median prefix the cache held (at most the smallest prompt); false: the
                             // smallest prompt (an upper bound)
    double realizedUsdPerMonth = 0; // from the cache reads and writes actually billed
    std::optional<double> potentialUsdPerMonth; // the prefix cached, simulated on the calls' own arrival times
    double simulatedHitRate = 0;
    double medianGapSeconds = 0, shareGapsUnder5m = 0;
    QString note; // why there is no potential (too few calls, no cache, unpriced)
    double unrealizedUsdPerMonth() const
    {
        return potentialUsdPerMonth ? *potentialUsdPerMonth - realizedUsdPerMonth : 0;
    }
};
/** Fewest calls a workflow needs before its arrivals are replayed. */
constexpr qint64 MinReplayCalls = 50;
/** Every workflow's realized and potential savings, the largest unrealized first. */
std::vector<CacheOpportunity> cacheOpportunities(
    const Traffic& traffic, const Pricing::PriceCatalog& catalog, qint64 minCalls = MinReplayCalls);

} // namespace Planning
