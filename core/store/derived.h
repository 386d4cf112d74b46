// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Store {

/**
 * SQL that recomputes the per-task columns of events (task_final, task_first_time, task_first_call) for the tasks
 * matched by `scope`, an extra condition on events aliased `e` (empty: every task).
 */
QStringList taskRefreshStatements(const QString& scope);

/** Length of the windows in which unit_stats.peak counts calls (schema version 6). */
constexpr qint64 UnitWindowMs = 600'000;

/**
 * SQL that recomputes unit_stats (per project, task_id, agent_id with a task or an agent: calls, most calls in one
 * UnitWindowMs window) for every unit that has an event with id > afterId, or for all units when afterId < 0. A unit
 * is recomputed from all its events (found through events_task or events_agent), not only the new ones, because new
 * calls may fall into an old window.
 */
QStringList unitStatsStatements(qint64 afterId);

/**
 * Rebuilds the daily_rollup rows of UTC days [firstDay, lastDay] (days since the epoch), or of every day when
 * firstDay > lastDay, from the events of those days. SQLite computes each event's measures (Measures' expressions);
 * the grouping happens in a hash table here, in one pass, so the work and memory do not include a sort of all the
 * events (a GROUP BY would sort them, in memory with temp_store = MEMORY). Call inside a transaction. `path` names
 * the workspace in errors.
 */
Result<void> rebuildRollup(
    QSqlDatabase& db, const QString& path, qint64 firstDay, qint64 lastDay, bool checkTotals = true);

/**
 * The most any measure may add up to over the whole rollup, counted in absolute values: 2^62 (in nano-dollars
 * $4,611,686,018.43; in tokens 4.6·10^18). Every report sums a subset of rollup rows, so none can overflow, and two
 * such sums (list and reported cost) still add up within 64 bits. Both rollup writers refuse a change that passes
 * it (and any sum that would overflow on the way), so the caller's transaction rolls back and nothing stored can
 * break a report. Schema migrations rebuild without the check, so a workspace written before it still opens.
 */
inline constexpr qint64 MaxExactTotal = qint64(1) << 62;

/**
 * Adds the events with id > afterId (just inserted: ids grow) to their daily_rollup rows. Exact when no older event
 * changed, i.e. when the new events touch no task (a task's first call and final outcome may move to older calls):
 * then it reads only the new rows, in id order, instead of every event of the days they touch. Checks MaxExactTotal.
 */
Result<void> addToRollup(QSqlDatabase& db, const QString& path, qint64 afterId);

} // namespace Store
