// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/store/derived.h"

#include "core/common/money.h"
#include "core/store/measures.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <string>
#include <unordered_map>

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

QStringList unitStatsStatements(qint64 afterId)
{
    const QString aggregate = QStringLiteral(
        "SELECT project, task_id, agent_id, SUM(c), MAX(c) FROM "
        "(SELECT e.project, e.task_id, e.agent_id, SUM(e.calls) AS c FROM events e WHERE e.calls > 0 AND %1 "
        " GROUP BY e.project, e.task_id, e.agent_id, e.time_ms / %2) %3 GROUP BY project, task_id, agent_id")
                                  .arg(QStringLiteral("%1"), QString::number(UnitWindowMs), QStringLiteral("%2"));
    if (afterId < 0)
        return { QStringLiteral("DELETE FROM unit_stats"),
            QStringLiteral("INSERT INTO unit_stats ")
                + aggregate.arg(QStringLiteral("(e.task_id <> '' OR e.agent_id <> '')"), QString()) };
    // the units' events: a task's through events_task (task_id), an agent's without a task through events_agent
    const QString units = QStringLiteral(
        "((e.task_id <> '' AND e.task_id IN (SELECT task_id FROM touched_units WHERE task_id <> '')) OR "
        "(e.task_id = '' AND e.agent_id <> '' AND e.agent_id IN (SELECT agent_id FROM touched_units WHERE task_id = "
        "'')))");
    // a task id may recur in other projects or agents that were not touched: keep only the touched units
    const QString touched = QStringLiteral(
        "WHERE (project, task_id, agent_id) IN (SELECT project, task_id, agent_id FROM touched_units)");
    return { QStringLiteral("DROP TABLE IF EXISTS temp.touched_units"),
        QStringLiteral("CREATE TEMP TABLE touched_units (project TEXT, task_id TEXT, agent_id TEXT, "
                       "PRIMARY KEY (project, task_id, agent_id)) WITHOUT ROWID"),
        QStringLiteral("INSERT OR IGNORE INTO touched_units SELECT project, task_id, agent_id FROM events "
                       "WHERE id > %1 AND (task_id <> '' OR agent_id <> '') AND calls > 0")
            .arg(afterId),
        QStringLiteral("DELETE FROM unit_stats WHERE (project, task_id, agent_id) IN "
                       "(SELECT project, task_id, agent_id FROM touched_units)"),
        QStringLiteral("INSERT INTO unit_stats ") + aggregate.arg(units, touched),
        QStringLiteral("DROP TABLE temp.touched_units") };
}

class DerivedText
{
    Q_DECLARE_TR_FUNCTIONS(Store::Derived)

public:
    /** The refusal when a measure passes MaxExactTotal (or a sum overflows on the way, `total` unknown). */
    static Error tooLarge(const QString& path, const char* measure, std::optional<double> total)
    {
        const QString name = QString::fromLatin1(measure);
        const bool money = name.endsWith(QLatin1String("_nusd"));
        auto shown = [money](double v) -> QString {
            return money ? QStringLiteral("$") + QLocale::c().toString(v / 1e9, 'f', 2)
                         : QLocale::c().toString(v, 'g', 3);
        };
        const QString limit = shown(double(MaxExactTotal));
        const QString message = total
            ? tr("This change would take the workspace's %1 to %2, past the %3 that Inferometer adds up exactly; "
                 "it is refused and the workspace is as it was.")
                  .arg(name, shown(*total), limit)
            : tr("This change would take the workspace's %1 past the %2 that Inferometer adds up exactly; it is "
                 "refused and the workspace is as it was.")
                  .arg(name, limit);
        return Error { Error::Code::Schema, message, path, -1, name };
    }
};

namespace {

    /** Refuses a rollup whose absolute sums pass MaxExactTotal (TOTAL adds in floating point: it cannot overflow). */
    Result<void> checkTotals(sqlite3* h, const QString& path)
    {
        QStringList parts;
        for (const Measure& m : Measures)
            parts << QStringLiteral("TOTAL(ABS(%1))").arg(QLatin1String(m.name));
        const QByteArray sql
            = (QStringLiteral("SELECT ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" FROM daily_rollup"))
                  .toUtf8();
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(h, sql.constData(), -1, &st, nullptr) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
            const QString detail = QString::fromUtf8(sqlite3_errmsg(h));
            sqlite3_finalize(st);
            return sqlError(path, QStringLiteral("Rollup check"), detail);
        }
        for (int m = 0; m < int(Measures.size()); ++m) {
            const double total = sqlite3_column_double(st, m);
            if (total > double(MaxExactTotal)) {
                sqlite3_finalize(st);
                return DerivedText::tooLarge(path, Measures[size_t(m)].name, total);
            }
        }
        sqlite3_finalize(st);
        return {};
    }

    enum class RollupMode { Days, All, AddNew };

    /**
     * Days: replaces the rollup rows of days [a, b] with the sums of their events. All: of every day. AddNew: adds
     * the events with id > a to the rollup rows they belong to.
     */
    Result<void> aggregate(QSqlDatabase& db, const QString& path, RollupMode mode, qint64 a, qint64 b, bool check)
    {
        sqlite3* h = sqliteHandle(db);
        if (!h)
            return sqlError(path, QStringLiteral("Rollup refresh"), QStringLiteral("no SQLite handle"));
        const QStringList& dims = rollupDimensions();
        constexpr int NDims = 7;
        constexpr int NMeasures = int(Measures.size());
        Q_ASSERT(dims.size() == NDims);
        QStringList exprs, names;
        for (const Measure& m : Measures) {
            exprs << QString::fromLatin1(m.expr);
            names << QString::fromLatin1(m.name);
        }
        const QString range = mode == RollupMode::Days ? QStringLiteral(" WHERE time_ms >= ?1 AND time_ms < ?2")
            : mode == RollupMode::AddNew               ? QStringLiteral(" WHERE id > ?1")
                                                       : QString();
        // AddNew deletes nothing (WHERE 0)
        const QByteArray del = (QStringLiteral("DELETE FROM daily_rollup")
            + (mode == RollupMode::Days          ? QStringLiteral(" WHERE day BETWEEN ?1 AND ?2")
                    : mode == RollupMode::AddNew ? QStringLiteral(" WHERE 0")
                                                 : QString()))
                                   .toUtf8();
        const QByteArray select = QStringLiteral("SELECT time_ms / 86400000, %1, %2 FROM events%3")
                                      .arg(dims.join(QStringLiteral(", ")), exprs.join(QStringLiteral(", ")), range)
                                      .toUtf8();
        QString params = QStringLiteral("?");
        for (int i = 1; i < 1 + NDims + NMeasures; ++i)
            params += QStringLiteral(",?");
        QString upsert;
        if (mode == RollupMode::AddNew) {
            QStringList sets;
            for (const QString& n : names)
                sets << QStringLiteral("%1 = %1 + excluded.%1").arg(n);
            upsert = QStringLiteral(" ON CONFLICT (day, %1) DO UPDATE SET %2")
                         .arg(dims.join(QStringLiteral(", ")), sets.join(QStringLiteral(", ")));
        }
        const QByteArray insert
            = QStringLiteral("INSERT INTO daily_rollup (day, %1, %2) VALUES (%3)%4")
                  .arg(dims.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")), params, upsert)
                  .toUtf8();

        struct Stmt
        {
            sqlite3_stmt* st = nullptr;
            ~Stmt() { sqlite3_finalize(st); }
        } d, s, ins;
        auto fail
            = [&] { return sqlError(path, QStringLiteral("Rollup refresh"), QString::fromUtf8(sqlite3_errmsg(h))); };
        if (sqlite3_prepare_v2(h, del.constData(), -1, &d.st, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(h, select.constData(), -1, &s.st, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(h, insert.constData(), -1, &ins.st, nullptr) != SQLITE_OK)
            return fail();
        if (mode == RollupMode::Days) {
            sqlite3_bind_int64(d.st, 1, a);
            sqlite3_bind_int64(d.st, 2, b);
            sqlite3_bind_int64(s.st, 1, a * 86'400'000);
            sqlite3_bind_int64(s.st, 2, (b + 1) * 86'400'000);
        } else if (mode == RollupMode::AddNew) {
            sqlite3_bind_int64(s.st, 1, a);
        }
        if (sqlite3_step(d.st) != SQLITE_DONE)
            return fail();

        // group key: the day and the dimension values, each preceded by its length
        std::unordered_map<std::string, std::array<qint64, NMeasures>> groups;
        std::string key;
        int rc;
        while ((rc = sqlite3_step(s.st)) == SQLITE_ROW) {
            key.clear();
            const qint64 day = sqlite3_column_int64(s.st, 0);
            key.append(reinterpret_cast<const char*>(&day), sizeof day);
            for (int c = 1; c <= NDims; ++c) {
                const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s.st, c));
                const int n = sqlite3_column_bytes(s.st, c);
                key.append(reinterpret_cast<const char*>(&n), sizeof n);
                key.append(t ? t : "", size_t(n));
            }
            auto& sums = groups.try_emplace(key).first->second;
            for (int m = 0; m < NMeasures; ++m)
                if (__builtin_add_overflow(
                        sums[size_t(m)], sqlite3_column_int64(s.st, 1 + NDims + m), &sums[size_t(m)]))
                    return DerivedText::tooLarge(path, Measures[size_t(m)].name, std::nullopt);
        }
        if (rc != SQLITE_DONE)
            return fail();
        for (const auto& [groupKey, sums] : groups) {
            const char* p = groupKey.data();
            qint64 day;
            std::memcpy(&day, p, sizeof day);
            p += sizeof day;
            sqlite3_bind_int64(ins.st, 1, day);
            for (int c = 0; c < NDims; ++c) {
                int n;
                std::memcpy(&n, p, sizeof n);
                p += sizeof n;
                sqlite3_bind_text(ins.st, 2 + c, p, n, SQLITE_STATIC);
                p += n;
            }
            for (int m = 0; m < NMeasures; ++m)
                sqlite3_bind_int64(ins.st, 2 + NDims + m, sums[size_t(m)]);
            rc = sqlite3_step(ins.st);
            sqlite3_reset(ins.st);
            if (rc != SQLITE_DONE)
                return fail();
        }
        return check ? checkTotals(h, path) : Result<void> {};
    }

} // namespace

Result<void> rebuildRollup(QSqlDatabase& db, const QString& path, qint64 firstDay, qint64 lastDay, bool checkTotals)
{
    return firstDay > lastDay ? aggregate(db, path, RollupMode::All, 0, 0, checkTotals)
                              : aggregate(db, path, RollupMode::Days, firstDay, lastDay, checkTotals);
}

Result<void> addToRollup(QSqlDatabase& db, const QString& path, qint64 afterId)
{
    return aggregate(db, path, RollupMode::AddNew, afterId, 0, true);
}

} // namespace Store
