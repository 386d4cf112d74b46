// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/period.h"
#include "core/analytics/report.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace Analytics {

/**
 * One level of a cost tree: its dimension, and optionally a dimension that names the node where the first is empty.
 * The default tree's "API key / project" level is {ApiKey, Project}: calls made with a key group by key, calls
 * without one by their project (a node whose key is empty and whose `keyDimension` is Project).
 */
struct TreeLevel
{
    TreeLevel(Dimension d = Dimension::None, Dimension fallbackIfEmpty = Dimension::None)
        : dimension(d)
        , fallback(fallbackIfEmpty)
    { }
    Dimension dimension;
    Dimension fallback;
    bool operator==(const TreeLevel&) const = default;
};

/** Cost center → team → owner → API key (project where there is no key) → model. */
QList<TreeLevel> defaultCostLevels();

/** One node: the calls whose first `level + 1` dimensions equal its path. */
struct CostNode
{
    QStringList path; // one key per level from the root; "" is unattributed
    Dimension keyDimension = Dimension::None; // what the last key names (a level's fallback for calls without one)
    int level = 0;
    int parent = -1; // index into CostTree::nodes; -1 for a top-level node
    QList<int> children; // by spend in the period, descending; then by key
    Kpis current; // in the period
    Kpis previous; // in the previous period of equal length (empty without one)
    QList<qint64> daily; // list cost (nano) per day of CostTree::days
};

/**
 * Cost per node of a tree of dimensions over a period, beside the previous period of equal length. A node that spent
 * only in the previous period is kept (its current Kpis are zero). Kpis carry no unpriced model names.
 */
struct CostTree
{
    QList<TreeLevel> levels;
    Filter period; // as applied; both bounds set when the workspace has events
    TimeSpan span; // the whole workspace's first and last event (costTreeAt only)
    std::optional<Filter> previousPeriod; // [from − length, from), when the period is bounded
    QList<qint64> days; // UTC day starts of the period (the sparkline's x axis)
    Kpis total;
    Kpis previousTotal;
    QList<qint64> totalDaily;
    QList<CostNode> nodes; // parents before children
    QList<int> roots; // top-level nodes, sorted like children

    /** Node spend / its parent's spend (the total's for a top-level node); nullopt when the parent spent nothing. */
    std::optional<double> shareOfParent(int node) const;
    /** Node spend / total spend. */
    std::optional<double> shareOfTotal(int node) const;
    /** (current − previous) / previous list cost; nullopt without a previous period or previous spend. */
    std::optional<double> spendDelta(int node) const;
    /** The period's filter narrowed to the node's calls (for calls()). */
    Filter nodeFilter(int node) const;
};

/** Relative change of list cost; nullopt when `previous` spent nothing. */
std::optional<double> relativeChange(qint64 current, qint64 previous);

/**
 * Builds the tree over `period` (an open bound takes the workspace's first or last event; whole days are read from
 * daily_rollup, partial days from events) with one grouped query for the period and one for the previous period,
 * whatever the number of nodes. Runs on the thread that owns `ws`. Errors: SQL failures, naming the workspace.
 */
Result<CostTree> costTree(
    Store::Workspace& ws, const Filter& period, const QList<TreeLevel>& levels, bool comparePrevious = true);

/** Opens `path` on the calling thread (its own connection) and builds the tree over the period `choice` names. */
Result<CostTree> costTreeAt(
    const QString& path, const PeriodChoice& choice, const QList<TreeLevel>& levels, bool comparePrevious);

/** One event behind a node, for the drill-down table. */
struct CallRow
{
    qint64 id = 0; // events row id
    qint64 timeMs = 0;
    QString provider;
    QString model;
    QString costCenter;
    QString team;
    QString owner;
    QString apiKey;
    QString project;
    QString taskId;
    int attempt = 1;
    QString callId;
    qint64 calls = 1;
    TokenBuckets tokens;
    std::optional<qint64> listCostNano; // nullopt: unpriced
    std::optional<qint64> reportedCostNano;
    QString status; // ok / error
    QString outcome; // this call's own outcome
    QString taskFinal; // its task's final outcome ("" without a task)
};

/**
 * The events matching `filter` (time range and equalities), newest first (then by row id), `limit` rows after
 * skipping `offset`. Answered from the events table through its time or cost-center index.
 */
Result<QList<CallRow>> calls(Store::Workspace& ws, const Filter& filter, int limit, qint64 offset = 0);
/** calls() on a connection of its own to `path`, for a worker thread. */
Result<QList<CallRow>> callsAt(const QString& path, const Filter& filter, int limit, qint64 offset = 0);

} // namespace Analytics

Q_DECLARE_METATYPE(Analytics::CostTree)
Q_DECLARE_METATYPE(Analytics::CallRow)
