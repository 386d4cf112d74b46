// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/usageevent.h"

#include <QMetaType>
#include <QStringList>

#include <optional>

namespace Analytics {

/** The dimensions a report can be grouped or filtered by; each is an events column. */
enum class Dimension { None, CostCenter, Team, Owner, Model, Provider, ApiKey, Project };
QString dimensionName(Dimension d); // "cost_center"
std::optional<Dimension> parseDimension(QStringView name);
QString dimensionColumn(Dimension d);

/**
 * Sums over a set of events, from which every KPI of DESIGN.md follows. Money in nano-dollars. A task's outcome is its
 * final outcome over all its calls (the last attempt that states one), whatever time range is shown.
 */
struct Kpis
{
    qint64 listCostNano = 0; // priced events only
    qint64 reportedCostNano = 0;
    qint64 reportedEvents = 0;
    qint64 calls = 0;
    qint64 events = 0;
    TokenBuckets tokens;
    qint64 tasks = 0; // distinct task ids
    qint64 acceptedTasks = 0; // tasks whose final outcome is accepted
    qint64 taskCostNano = 0; // cost of calls that belong to a task
    qint64 reworkCostNano = 0; // cost of attempts after the first, in tasks not finally rejected
    qint64 taskTokens = 0; // all tokens of calls that belong to a task
    qint64 firstTimeTokens = 0; // tokens of tasks accepted on their first attempt
    qint64 unpricedCalls = 0;
    qint64 reportedListCostNano = 0; // list cost of the calls that state their cost
    qint64 costRowReportedNano = 0; // costs stated by cost-only rows (no calls)
    QStringList unpricedModels; // sorted

    /** Only costs that providers reported (cost exports), no token-level calls: spend is the reported cost. */
    bool costOnly() const { return calls == 0 && costRowReportedNano != 0; }

    /** Adds the sums of `o`; unpriced models are merged by the caller. */
    Kpis& operator+=(const Kpis& o);

    /** Cost per task: cost of all calls of all tasks / tasks. nullopt without task ids. */
    std::optional<double> costPerTaskUsd() const;
    /** CPSO: total list cost / tasks accepted. nullopt when no task is accepted. */
    std::optional<double> cpsoUsd() const;
    /** Rework rate: cost of attempts after the first (tasks not rejected) / cost of task calls. */
    std::optional<double> reworkRate() const;
    /** Token efficiency: tokens of tasks accepted at the first attempt / tokens of task calls. */
    std::optional<double> tokenEfficiency() const;
    /** Cache hit rate: cache reads / all input tokens (uncached + read + writes). */
    std::optional<double> cacheHitRate() const;
};

} // namespace Analytics

Q_DECLARE_METATYPE(Analytics::Kpis)
