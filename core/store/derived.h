// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QStringList>

namespace Store {

/**
 * SQL that recomputes the per-task columns of events (task_final, task_first_time, task_first_call) for the tasks
 * matched by `scope`, an extra condition on events aliased `e` (empty: every task).
 */
QStringList taskRefreshStatements(const QString& scope);

/**
 * SQL that rebuilds daily_rollup rows for UTC days [firstDay, lastDay] (days since the epoch), or for every day when
 * firstDay > lastDay.
 */
QStringList rollupRebuildStatements(qint64 firstDay, qint64 lastDay);

} // namespace Store
