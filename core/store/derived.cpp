// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/store/derived.h"

#include "core/store/measures.h"

namespace Store {

QStringList taskRefreshStatements(const QString& scope)
{
    // task_id <> '' in every predicate lets the partial index events_task serve the lookups.
    const QString where = scope.isEmpty() ? QStringLiteral("e.task_id <> ''")
                                          : QStringLiteral("e.task_id <> '' AND (") + scope + QLatin1Char(')');
    // Final outcome: that of the last attempt that states one (the bare column beside MAX() comes from the max row,
    // which SQLite guarantees). First call: the earliest call of the task, where the task is counted.
    const QString summary = QStringLiteral(
        "CREATE TEMP TABLE task_summary AS "
        "SELECT a.task_id AS task_id, a.max_attempt AS max_attempt, c.first_id AS first_id, "
        "       COALESCE(f.outcome, 'unknown') AS final FROM "
        "  (SELECT e.task_id, MAX(e.attempt) AS max_attempt FROM events e WHERE %1 GROUP BY e.task_id) a "
        "JOIN "
        "  (SELECT e.task_id, e.id AS first_id, MIN(e.time_ms) FROM events e WHERE %1 GROUP BY e.task_id) c "
        "  ON c.task_id = a.task_id "
        "LEFT JOIN "
        "  (SELECT e.task_id, e.outcome, MAX(e.attempt * 10000000000000 + e.time_ms) FROM events e "
        "   WHERE %1 AND e.outcome <> 'unknown' GROUP BY e.task_id) f ON f.task_id = a.task_id")
                                .arg(where);
    return { QStringLiteral("DROP TABLE IF EXISTS temp.task_summary"), summary,
        QStringLiteral("CREATE UNIQUE INDEX temp.task_summary_id ON task_summary (task_id)"),
        QStringLiteral("UPDATE events SET task_final = s.final, "
                       "task_first_time = (s.final = 'accepted' AND s.max_attempt = 1), "
                       "task_first_call = (events.id = s.first_id) "
                       "FROM task_summary s WHERE events.task_id = s.task_id AND events.task_id <> ''"),
        QStringLiteral("DROP TABLE temp.task_summary") };
}

QStringList rollupRebuildStatements(qint64 firstDay, qint64 lastDay)
{
    const QString dims = rollupDimensions().join(QStringLiteral(", "));
    QStringList names;
    for (const Measure& m : Measures)
        names << QString::fromLatin1(m.name);
    QString del = QStringLiteral("DELETE FROM daily_rollup");
    QString where;
    if (firstDay <= lastDay) {
        del += QStringLiteral(" WHERE day BETWEEN %1 AND %2").arg(firstDay).arg(lastDay);
        where = QStringLiteral(" WHERE time_ms >= %1 AND time_ms < %2")
                    .arg(firstDay * 86'400'000)
                    .arg((lastDay + 1) * 86'400'000);
    }
    return { del,
        QStringLiteral("INSERT INTO daily_rollup (day, %1, %2) SELECT time_ms / 86400000, %1, %3 FROM events%4 "
                       "GROUP BY 1, %1")
            .arg(dims, names.join(QStringLiteral(", ")), measureSums(true), where) };
}

} // namespace Store
