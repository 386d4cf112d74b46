// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/anomalies/detectors.h"
#include "core/store/derived.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

namespace Anomalies::Detail {

namespace {

    struct Window
    {
        qint64 index = 0; // time_ms / window length
        qint64 calls = 0;
        qint64 cost = 0;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
    };

    /** A task (task_id set) or an agent without task ids, within one project. */
    struct Unit
    {
        QString project, task, agent;
        QList<Window> windows;
        qint64 calls = 0;
        qint64 cost = 0;
        qint64 peak = 0;
    };

    /** Longest parent_call_id chain among the unit's calls. */
    Result<qint64> chainDepth(Store::Workspace& ws, const Unit& u)
    {
        QSqlQuery q(ws.db());
        const QString sql = u.task.isEmpty()
            ? QStringLiteral("SELECT call_id, parent_call_id FROM events WHERE task_id = '' AND agent_id <> '' "
                             "AND project = ? AND agent_id = ? AND call_id <> ''")
            : QStringLiteral(
                "SELECT call_id, parent_call_id FROM events WHERE task_id <> '' AND task_id = ? AND project = ? "
                "AND agent_id = ? AND call_id <> ''");
        const QVariantList binds
            = u.task.isEmpty() ? QVariantList { u.project, u.agent } : QVariantList { u.task, u.project, u.agent };
        if (auto r = exec(ws, q, sql, binds); !r)
            return r.error();
        QHash<QString, QString> parent;
        while (q.next())
            parent.insert(q.value(0).toString(), q.value(1).toString());
        QHash<QString, qint64> depth;
        qint64 best = 0;
        for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
            // walk up to a call whose depth is known (or the root), then fill the path back down
            QList<QString> path;
            QString c = it.key();
            qint64 base = 0;
            while (true) {
                if (auto d = depth.constFind(c); d != depth.cend()) {
                    base = *d;
                    break;
                }
                path << c;
                const auto p = parent.constFind(c);
                if (p == parent.cend() || p->isEmpty() || !parent.contains(*p) || path.size() > parent.size())
                    break;
                c = *p;
            }
            for (qsizetype i = path.size() - 1; i >= 0; --i)
                depth.insert(path[i], ++base);
            best = qMax(best, base);
        }
        return best;
    }

    /** Median of `sorted` without one occurrence of `own` (the unit's own value): the norm of the other tasks. */
    double medianOfOthers(const std::vector<double>& sorted, double own)
    {
        const qsizetype n = qsizetype(sorted.size()) - 1;
        if (n <= 0)
            return 0;
        const qsizetype skip = std::lower_bound(sorted.begin(), sorted.end(), own) - sorted.begin();
        auto at = [&](qsizetype i) { return sorted[size_t(i < skip ? i : i + 1)]; };
        return n % 2 ? at(n / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
    }

    Anomaly loopAnomaly(const Unit& u, const QList<Window>& run, double norm, qint64 windowMs, double expectedCalls)
    {
        Anomaly a;
        a.kind = Kind::AgentLoop;
        if (!u.project.isEmpty())
            a.where.insert(QStringLiteral("project"), u.project);
        if (!u.task.isEmpty())
            a.where.insert(QStringLiteral("task_id"), u.task);
        if (!u.agent.isEmpty())
            a.where.insert(QStringLiteral("agent_id"), u.agent);
        a.startMs = run.first().firstMs;
        a.endMs = run.last().lastMs + 1;
        qint64 cost = 0, peak = 0;
        for (const Window& w : run) {
            a.evidenceCalls += w.calls;
            cost += w.cost;
            peak = qMax(peak, w.calls);
        }
        a.metric = QCoreApplication::translate("Anomalies", "calls per %1 min").arg(windowMs / 60'000);
        a.observed = double(peak);
        a.baseline = norm;
        a.excessCostNano = excessOver(cost, expectedCalls, double(a.evidenceCalls));
        a.details.insert(QStringLiteral("windows"), double(run.last().index - run.first().index + 1));
        a.details.insert(QStringLiteral("expected_calls"), expectedCalls);
        a.evidence.fromMs = a.startMs;
        a.evidence.toMs = a.endMs;
        a.evidence.equals = { { QStringLiteral("project"), u.project }, { QStringLiteral("task_id"), u.task },
            { QStringLiteral("agent_id"), u.agent } };
        return a;
    }

    /** The peak window and the calls of every task (task_id set) per project, sorted: the norms of tasks. */
    struct Norms
    {
        QHash<QString, std::vector<double>> peaks, totals;
        void sort()
        {
            for (auto& v : peaks)
                std::sort(v.begin(), v.end());
            for (auto& v : totals)
                std::sort(v.begin(), v.end());
        }
    };

    /** Units with their windows, from the events that match `where` (on events, with `binds`). */
    Result<void> loadUnits(Store::Workspace& ws, qint64 windowMs, const QString& where, const QVariantList& binds,
        QList<Unit>& units, QHash<QString, qsizetype>& unitIndex)
    {
        QSqlQuery q(ws.db());
        if (auto r = exec(ws, q,
                QStringLiteral("SELECT project, task_id, agent_id, time_ms / %1, SUM(calls), "
                               "SUM(COALESCE(list_cost_nusd, 0)), MIN(time_ms), MAX(time_ms) FROM events "
                               "WHERE %2 AND calls > 0 GROUP BY project, task_id, agent_id, time_ms / %1")
                    .arg(QString::number(windowMs), where),
                binds);
            !r)
            return r;
        while (q.next()) {
            const QString project = q.value(0).toString(), task = q.value(1).toString(), agent = q.value(2).toString();
            const QString key = project + QChar(0) + task + QChar(0) + agent;
            auto it = unitIndex.constFind(key);
            if (it == unitIndex.cend()) {
                it = unitIndex.insert(key, units.size());
                units << Unit { project, task, agent, {}, 0, 0, 0 };
            }
            Unit& u = units[*it];
            const Window w { q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                q.value(6).toLongLong(), q.value(7).toLongLong() };
            u.windows << w;
            u.calls += w.calls;
            u.cost += w.cost;
            u.peak = qMax(u.peak, w.calls);
        }
        return {};
    }

    /**
     * With the default window, unit_stats (kept up to date by every import) gives each task's calls and peak window
     * without reading the events: the norms come from there, and only the candidates are read back from the events.
     * A unit can be flagged only with a window of loopMinCalls calls or more (the threshold never goes below) or with
     * loopMaxDepth calls or more (a chain that deep needs as many calls), so every other unit is left out unread.
     */
    Result<void> loadFromStats(Store::Workspace& ws, const Options& o, QList<Unit>& units, Norms& norms)
    {
        QSqlQuery q(ws.db());
        if (auto r = exec(ws, q,
                QStringLiteral("SELECT project, peak, calls, COUNT(*) FROM unit_stats WHERE task_id <> '' "
                               "GROUP BY project, peak, calls"));
            !r)
            return r;
        while (q.next()) {
            const QString project = q.value(0).toString();
            const qint64 n = q.value(3).toLongLong();
            auto& peaks = norms.peaks[project];
            auto& totals = norms.totals[project];
            peaks.insert(peaks.end(), size_t(n), q.value(1).toDouble());
            totals.insert(totals.end(), size_t(n), q.value(2).toDouble());
        }
        QSqlQuery c(ws.db());
        if (auto r = exec(ws, c, QStringLiteral("SELECT project, task_id, agent_id FROM unit_stats WHERE calls >= ?"),
                { qMax<qint64>(2, qMin<qint64>(o.loopMinCalls, o.loopMaxDepth)) });
            !r)
            return r;
        QHash<QString, qsizetype> unitIndex;
        while (c.next()) {
            const QString project = c.value(0).toString(), task = c.value(1).toString(), agent = c.value(2).toString();
            // task_id <> '' / task_id = '' and agent_id <> '' in the predicates let events_task / events_agent serve
            const auto r = task.isEmpty()
                ? loadUnits(ws, Store::UnitWindowMs,
                    QStringLiteral("task_id = '' AND agent_id <> '' AND agent_id = ? AND project = ?"),
                    { agent, project }, units, unitIndex)
                : loadUnits(ws, Store::UnitWindowMs,
                    QStringLiteral("task_id <> '' AND task_id = ? AND project = ? AND agent_id = ?"),
                    { task, project, agent }, units, unitIndex);
            if (!r)
                return r;
        }
        return {};
    }

} // namespace

Result<QList<Anomaly>> agentLoops(Store::Workspace& ws, const Options& o, TaskContext& ctx)
{
    const qint64 windowMs = qMax(1, o.loopWindowMinutes) * 60'000LL;
    QList<Unit> units;
    Norms norms;
    if (windowMs == Store::UnitWindowMs && o.loopsFromUnitStats) {
        if (auto r = loadFromStats(ws, o, units, norms); !r)
            return r.error();
    } else {
        QHash<QString, qsizetype> unitIndex;
        if (auto r = loadUnits(ws, windowMs, QStringLiteral("(task_id <> '' OR agent_id <> '')"), {}, units, unitIndex);
            !r)
            return r.error();
        for (const Unit& u : units)
            if (!u.task.isEmpty()) {
                norms.peaks[u.project].push_back(double(u.peak));
                norms.totals[u.project].push_back(double(u.calls));
            }
    }
    norms.sort();
    if (ctx.isCanceled())
        return canceled();
    // by reference: QHash::value() would copy a project's whole vector for each of its tasks (quadratic)
    static const std::vector<double> none;
    auto of = [](const QHash<QString, std::vector<double>>& h, const QString& project) -> const std::vector<double>& {
        const auto it = h.constFind(project);
        return it == h.cend() ? none : *it;
    };
    QList<Anomaly> out;
    for (Unit& u : units) {
        std::sort(
            u.windows.begin(), u.windows.end(), [](const Window& a, const Window& b) { return a.index < b.index; });
        double norm = 0;
        if (u.task.isEmpty()) {
            QList<double> counts;
            for (const Window& w : u.windows)
                counts << double(w.calls);
            norm = median(counts);
        } else {
            norm = medianOfOthers(of(norms.peaks, u.project), double(u.peak));
        }
        const double threshold = qMax(double(o.loopMinCalls), o.loopFactor * norm);
        bool flagged = false;
        QList<Window> run;
        auto close = [&] {
            if (run.isEmpty())
                return;
            const double windows = double(run.last().index - run.first().index + 1);
            Anomaly a = loopAnomaly(u, run, norm, windowMs, norm * windows);
            a.details.insert(QStringLiteral("threshold"), threshold);
            out << a;
            flagged = true;
            run.clear();
        };
        for (const Window& w : u.windows) {
            if (double(w.calls) < threshold)
                continue;
            if (!run.isEmpty() && w.index - run.last().index > 2) // one quiet window may separate a loop's bursts
                close();
            run << w;
        }
        close();
        if (u.calls < o.loopMaxDepth || u.calls < 2)
            continue;
        auto depth = chainDepth(ws, u);
        if (!depth)
            return depth.error();
        if (flagged) {
            for (qsizetype i = out.size() - 1; i >= 0 && out[i].where.value(QStringLiteral("task_id")) == u.task
                 && out[i].where.value(QStringLiteral("agent_id")) == u.agent
                 && out[i].where.value(QStringLiteral("project")) == u.project;
                 --i)
                out[i].details.insert(QStringLiteral("depth"), double(depth.value()));
        } else if (depth.value() >= o.loopMaxDepth) {
            // a slow loop: the whole unit against its project's usual calls per task
            const double expected = u.task.isEmpty() ? 0 : medianOfOthers(of(norms.totals, u.project), double(u.calls));
            Anomaly a = loopAnomaly(u, u.windows, norm, windowMs, expected);
            a.metric = QCoreApplication::translate("Anomalies", "call chain depth");
            a.observed = double(depth.value());
            a.baseline = double(o.loopMaxDepth);
            a.details.insert(QStringLiteral("depth"), double(depth.value()));
            out << a;
        }
    }
    for (Anomaly& a : out)
        a.severity = severityFor(o, a.excessCostNano, a.ratio());
    return out;
}

} // namespace Anomalies::Detail
