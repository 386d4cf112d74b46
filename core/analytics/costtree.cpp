// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/costtree.h"

#include "core/analytics/overview.h"
#include "core/analytics/rollupquery.h"
#include "core/common/timeutil.h"
#include "core/store/measures.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace Analytics {

using namespace Rollup;

QList<TreeLevel> defaultCostLevels()
{
    return { Dimension::CostCenter, Dimension::Team, Dimension::Owner, { Dimension::ApiKey, Dimension::Project },
        Dimension::Model };
}

std::optional<double> relativeChange(qint64 current, qint64 previous)
{
    if (previous == 0)
        return std::nullopt;
    return double(current - previous) / double(previous);
}

std::optional<double> CostTree::shareOfParent(int node) const
{
    const CostNode& n = nodes.at(node);
    const qint64 base = n.parent < 0 ? total.listCostNano : nodes.at(n.parent).current.listCostNano;
    if (base == 0)
        return std::nullopt;
    return double(n.current.listCostNano) / double(base);
}

std::optional<double> CostTree::shareOfTotal(int node) const
{
    if (total.listCostNano == 0)
        return std::nullopt;
    return double(nodes.at(node).current.listCostNano) / double(total.listCostNano);
}

std::optional<double> CostTree::spendDelta(int node) const
{
    if (!previousPeriod)
        return std::nullopt;
    const CostNode& n = nodes.at(node);
    return relativeChange(n.current.listCostNano, n.previous.listCostNano);
}

Filter CostTree::nodeFilter(int node) const
{
    Filter f = period;
    for (int p = node; p >= 0; p = nodes.at(p).parent) {
        const CostNode& n = nodes.at(p);
        const TreeLevel& l = levels.at(n.level);
        if (n.keyDimension == l.dimension) {
            f.equals.insert(l.dimension, n.path.last());
        } else { // named by the level's fallback: calls without a value of the level's own dimension
            f.equals.insert(l.dimension, QString(QLatin1String("")));
            f.equals.insert(l.fallback, n.path.last());
        }
    }
    return f;
}

namespace {

    /** The group columns of every level: the dimension, and for a level with a fallback the fallback's value where
     * the dimension is empty (NULL otherwise). */
    QStringList levelColumns(const QList<TreeLevel>& levels)
    {
        QStringList cols;
        for (const TreeLevel& l : levels) {
            const QString c = dimensionColumn(l.dimension);
            cols << c;
            if (l.fallback != Dimension::None)
                cols << QStringLiteral("(CASE WHEN %1 = '' THEN %2 END)").arg(c, dimensionColumn(l.fallback));
        }
        return cols;
    }

    struct NodeKey
    {
        int parent; // -1: a root
        bool fallback; // named by the level's fallback dimension
        QString key;
        bool operator==(const NodeKey&) const = default;
    };
    size_t qHash(const NodeKey& k, size_t seed = 0)
    {
        return qHashMulti(seed, k.parent, k.fallback, k.key);
    }

    /** Accumulates grouped rows into the tree's nodes, creating nodes along each row's path. */
    class Builder
    {
    public:
        Builder(CostTree& tree)
            : m_tree(tree)
        {
            if (!tree.days.isEmpty())
                m_firstDay = tree.days.first() / TimeUtil::MsPerDay;
        }

        /** Row columns: [day,] one or two per level, then the measures. `day` < 0: previous period (no day). */
        void add(const RawQuery& q, bool current)
        {
            int c = current ? 1 : 0;
            const int dayIndex = current ? int(q.integer(0) - m_firstDay) : -1;
            const int measuresAt = c + m_columnsPerRow;
            const Kpis k = readKpis(q, measuresAt);
            int parent = -1;
            for (int level = 0; level < m_tree.levels.size(); ++level) {
                const TreeLevel& l = m_tree.levels.at(level);
                QString key;
                Dimension keyDim = l.dimension;
                const int keyColumn = c++;
                if (l.fallback != Dimension::None && !q.isNull(c)) {
                    key = q.text(c);
                    keyDim = l.fallback;
                } else {
                    key = q.text(keyColumn);
                }
                if (l.fallback != Dimension::None)
                    ++c;
                // a node is its parent's child named by (key, whether the fallback named it): one short key per level
                // instead of the whole path as a string (5 levels: 5 lookups of one value each, not of a growing path)
                const NodeKey nk { parent, keyDim != l.dimension, key };
                int node = m_index.value(nk, -1);
                if (node < 0) {
                    node = int(m_tree.nodes.size());
                    CostNode n;
                    n.path = parent < 0 ? QStringList() : m_tree.nodes.at(parent).path;
                    n.path << key;
                    n.keyDimension = keyDim;
                    n.level = level;
                    n.parent = parent;
                    n.daily.fill(0, m_tree.days.size());
                    m_tree.nodes.append(std::move(n));
                    (parent < 0 ? m_tree.roots : m_tree.nodes[parent].children).append(node);
                    m_index.insert(nk, node);
                }
                CostNode& n = m_tree.nodes[node];
                (current ? n.current : n.previous) += k;
                if (dayIndex >= 0 && dayIndex < n.daily.size())
                    n.daily[dayIndex] += k.listCostNano;
                parent = node;
            }
            (current ? m_tree.total : m_tree.previousTotal) += k;
            if (dayIndex >= 0 && dayIndex < m_tree.totalDaily.size())
                m_tree.totalDaily[dayIndex] += k.listCostNano;
        }

        void setColumnsPerRow(int n) { m_columnsPerRow = n; }

    private:
        CostTree& m_tree;
        QHash<NodeKey, int> m_index;
        qint64 m_firstDay = 0;
        int m_columnsPerRow = 0;
    };

    Result<void> sumInto(Store::Workspace& ws, const Filter& filter, const QStringList& cols, bool current, Builder& b)
    {
        RawQuery q;
        for (const Slice& s : slicesFor(filter)) {
            QStringList select;
            if (current)
                select << (s.rollup ? QStringLiteral("day") : eventsDayExpr());
            select << cols;
            QStringList groupBy;
            for (int i = 1; i <= select.size(); ++i)
                groupBy << QString::number(i);
            const Where w = whereFor(s, filter);
            // Rollup rows are already nearly one per node path and day (only the provider, and a project beside a
            // key, fold together), so they go to the Builder's hash as they are: a GROUP BY would sort ~50k rows of
            // 27 columns (10M events, 90 days) for almost nothing. Raw events of partial days are grouped first.
            QStringList names;
            for (const Store::Measure& m : Store::Measures)
                names << QString::fromLatin1(m.name);
            const QString sql = s.rollup
                ? QStringLiteral("SELECT %1, %2 FROM daily_rollup%3")
                      .arg(select.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")), w.sql)
                : QStringLiteral("SELECT %1, %2 FROM events%3 GROUP BY %4")
                      .arg(select.join(QStringLiteral(", ")), Store::measureSums(true), w.sql,
                          groupBy.join(QStringLiteral(", ")));
            if (auto r = q.exec(ws, sql, w.binds); !r)
                return r;
            while (q.next())
                b.add(q, current);
            if (q.error())
                return *q.error();
        }
        return {};
    }

    void sortChildren(CostTree& t, QList<int>& ids)
    {
        std::sort(ids.begin(), ids.end(), [&](int a, int b) {
            const CostNode& x = t.nodes.at(a);
            const CostNode& y = t.nodes.at(b);
            if (x.current.listCostNano != y.current.listCostNano)
                return x.current.listCostNano > y.current.listCostNano;
            if (x.previous.listCostNano != y.previous.listCostNano)
                return x.previous.listCostNano > y.previous.listCostNano;
            return x.path.last() < y.path.last();
        });
    }

} // namespace

Result<CostTree> costTree(
    Store::Workspace& ws, const Filter& period, const QList<TreeLevel>& levels, bool comparePrevious)
{
    CostTree t;
    t.levels = levels;
    t.period = period;
    if (!period.fromMs || !period.toMs) {
        auto span = timeSpan(ws);
        if (!span)
            return span.error();
        if (!span.value())
            return t; // empty workspace
        if (!t.period.fromMs)
            t.period.fromMs = TimeUtil::dayStart(span.value()->first);
        if (!t.period.toMs)
            t.period.toMs = TimeUtil::dayStart(span.value()->second) + TimeUtil::MsPerDay;
    }
    const qint64 from = *t.period.fromMs, to = *t.period.toMs;
    if (from >= to)
        return t;
    for (qint64 d = floorDay(from); d <= floorDay(to - 1); ++d)
        t.days.append(d * TimeUtil::MsPerDay);
    t.totalDaily.fill(0, t.days.size());
    if (comparePrevious) {
        Filter prev = t.period;
        prev.fromMs = from - (to - from);
        prev.toMs = from;
        t.previousPeriod = prev;
    }
    if (levels.isEmpty())
        return t;

    const QStringList cols = levelColumns(levels);
    Builder b(t);
    b.setColumnsPerRow(int(cols.size()));
    if (auto r = sumInto(ws, t.period, cols, true, b); !r)
        return r.error();
    if (t.previousPeriod)
        if (auto r = sumInto(ws, *t.previousPeriod, cols, false, b); !r)
            return r.error();
    sortChildren(t, t.roots);
    for (CostNode& n : t.nodes)
        sortChildren(t, n.children);
    return t;
}

Result<QList<CallRow>> calls(Store::Workspace& ws, const Filter& filter, int limit, qint64 offset)
{
    constexpr qint64 Open = std::numeric_limits<qint64>::max() / 4;
    const Where w = whereFor(Slice { false, filter.fromMs.value_or(-Open), filter.toMs.value_or(Open) }, filter);
    QVariantList binds = w.binds;
    binds << limit << offset;
    QSqlQuery q(ws.db());
    if (auto r = exec(ws, q,
            QStringLiteral(
                "SELECT id, time_ms, provider, model, cost_center, team, owner, api_key, project, task_id, attempt, "
                "call_id, calls, uncached_input_tokens, cache_read_tokens, cache_write_5m_tokens, "
                "cache_write_1h_tokens, output_tokens, reasoning_tokens, list_cost_nusd, reported_cost_nusd, status, "
                "outcome, task_final FROM events%1 ORDER BY time_ms DESC, id DESC LIMIT ? OFFSET ?")
                .arg(w.sql),
            binds);
        !r)
        return r.error();
    QList<CallRow> out;
    while (q.next()) {
        CallRow c;
        int i = 0;
        c.id = q.value(i++).toLongLong();
        c.timeMs = q.value(i++).toLongLong();
        for (QString* s : { &c.provider, &c.model, &c.costCenter, &c.team, &c.owner, &c.apiKey, &c.project, &c.taskId })
            *s = q.value(i++).toString();
        c.attempt = q.value(i++).toInt();
        c.callId = q.value(i++).toString();
        c.calls = q.value(i++).toLongLong();
        for (qint64* t : { &c.tokens.uncachedInput, &c.tokens.cacheRead, &c.tokens.cacheWrite5m, &c.tokens.cacheWrite1h,
                 &c.tokens.output, &c.tokens.reasoning })
            *t = q.value(i++).toLongLong();
        for (std::optional<qint64>* m : { &c.listCostNano, &c.reportedCostNano }) {
            const QVariant v = q.value(i++);
            if (!v.isNull())
                *m = v.toLongLong();
        }
        c.status = q.value(i++).toString();
        c.outcome = q.value(i++).toString();
        c.taskFinal = q.value(i++).toString();
        out.append(std::move(c));
    }
    return out;
}

Result<CostTree> costTreeAt(
    const QString& path, const PeriodChoice& choice, const QList<TreeLevel>& levels, bool comparePrevious)
{
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    auto span = timeSpan(*ws.value());
    if (!span)
        return span.error();
    auto tree = costTree(*ws.value(), resolvePeriod(choice, span.value()), levels, comparePrevious);
    if (tree)
        tree.value().span = span.value();
    return tree;
}

Result<QList<CallRow>> callsAt(const QString& path, const Filter& filter, int limit, qint64 offset)
{
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    return calls(*ws.value(), filter, limit, offset);
}

} // namespace Analytics
