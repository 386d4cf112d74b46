// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/common/task.h"
#include "core/common/usageevent.h"
#include "core/maturity/maturity.h"
#include "core/pricing/pricecatalog.h"
#include "core/store/workspace.h"

#include <QHash>
#include <QMap>

#include <array>
#include <memory>

namespace Maturity {

/** What one model did inside a group (a workflow or a cost center). */
struct ModelUse
{
    const Pricing::PriceEntry* price = nullptr; // nullptr: unpriced
    qint64 calls = 0;
    TokenBuckets tokens;
    qint64 costNano = 0;
    qint64 cacheableInput = 0; // input tokens of calls at or above the model's minimum cacheable prompt
    qint64 cacheableRead = 0;
};

/** A workflow: calls of one project (or, without a project, of one API key). */
struct WorkflowUse
{
    QString costCenter; // of its first attributed call
    qint64 calls = 0;
    qint64 taskCalls = 0;
    qint64 tasks = 0;
    qint64 tasksWithOutcome = 0;
    qint64 generatedTokens = 0; // output + reasoning
    qint64 smallCalls = 0;
    QMap<QString, ModelUse> models;
};

struct TaskUse
{
    QString id;
    qint64 calls = 0;
    qint64 costNano = 0;
    qint64 minSmallPrice = -1; // lowest input price of a small model called so far (µ$/1M), -1: none yet
    bool cascade = false;
    QString costCenter;
    QString project;
};

struct KeyUse
{
    qint64 spendNano = 0;
    qint64 calls = 0;
    bool unowned = false; // some call names no owner
    bool unattributed = false; // some call names no cost center
};

struct AlertRule
{
    QString kind;
    QString scope;
    double threshold = 0;
    bool enabled = true;
};

/** KPIs of one trend window (oldest first in Facts::windows). */
struct WindowKpis
{
    std::optional<double> reworkRate;
    std::optional<double> cpsoUsd;
};

/** Everything the criteria are computed from: one pass over the window's events, plus tables and rollup trends. */
struct Facts
{
    std::shared_ptr<const Pricing::PriceCatalog> catalog; // the entries ModelUse::price points into
    Analytics::TimeSpan span; // the workspace's first and last event
    qint64 fromMs = 0, toMs = 0;
    int days = 0;
    int trendDays = 30; // the length of each of the three trend windows
    qint64 spendNano = 0, attributedNano = 0, ownedNano = 0;
    qint64 calls = 0, pricedCalls = 0, taskCalls = 0;
    QMap<QString, KeyUse> keys; // "" = calls without a key are not listed
    QMap<QString, qint64> spendByCostCenter; // "" = unattributed
    QMap<QString, QMap<QString, ModelUse>> cacheByCostCenter; // cost center → model → use (cacheable calls only)
    qint64 cacheableInput = 0, cacheableRead = 0;
    QMap<QString, WorkflowUse> workflows;
    QList<TaskUse> tasks; // one per task of the window, in the order of their first calls
    qint64 tasksWithOutcome = 0;
    QMap<QString, std::pair<qint64, qint64>> reworkByCostCenter; // cost center → (rework cost, task cost), last window
    std::array<WindowKpis, 3> windows; // the three windows ending at toMs, oldest first
    bool hasBudgetTable = false, hasAlertTable = false;
    QMap<QString, qint64> budgets; // cost center → monthly budget (nano)
    QList<AlertRule> alertRules;
};

/** Input price (µ$ per 1M) at or below which a model counts as small. */
bool isSmall(const Pricing::PriceEntry* price, const Options& o);
/** Minimum cacheable prompt of a model; 1024 when the catalog states none. nullopt when caching saves nothing. */
std::optional<qint64> minCacheable(const Pricing::PriceEntry* price);

Result<Facts> gatherFacts(Store::Workspace& ws, const Options& options, TaskContext& ctx);

/** Criteria thresholds that steps refer to. */
constexpr double CacheHitTarget = 0.3;
constexpr qint64 MaxTaskCalls = 100;

/** The concrete steps towards meeting `c` (unmet), with savings estimated from `f` (steps.cpp). */
QList<Step> stepsFor(const Criterion& c, const Facts& f, const Options& o);

/** "12.3M", "4.5k", "870" */
QString compactCount(qint64 n);

} // namespace Maturity
