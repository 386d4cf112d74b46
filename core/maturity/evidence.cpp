// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/maturity/evidence.h"

#include "core/analytics/report.h"
#include "core/common/logging.h"
#include "core/common/timeutil.h"
#include "core/store/usagerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Maturity {

namespace {

    Error canceled()
    {
        return Error { Error::Code::Canceled, QCoreApplication::translate("Maturity", "Canceled.") };
    }

    Result<bool> hasTable(Store::Workspace& ws, const QString& name)
    {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            return Store::sqlError(ws.path(), QStringLiteral("Maturity"), q.lastError().text());
        return q.value(0).toInt() > 0;
    }

    Result<void> readGovernance(Store::Workspace& ws, Facts& f)
    {
        auto budgets = hasTable(ws, QStringLiteral("budgets"));
        if (!budgets)
            return budgets.error();
        f.hasBudgetTable = budgets.value();
        if (f.hasBudgetTable) {
            QSqlQuery q(ws.db());
            if (!q.exec(QStringLiteral("SELECT cost_center, monthly_nusd FROM budgets")))
                return Store::sqlError(ws.path(), QStringLiteral("Maturity: budgets"), q.lastError().text());
            while (q.next())
                if (q.value(1).toLongLong() > 0)
                    f.budgets.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
        auto alerts = hasTable(ws, QStringLiteral("alert_rules"));
        if (!alerts)
            return alerts.error();
        f.hasAlertTable = alerts.value();
        if (f.hasAlertTable) {
            QSqlQuery q(ws.db());
            if (!q.exec(QStringLiteral("SELECT kind, scope, threshold, enabled FROM alert_rules")))
                return Store::sqlError(ws.path(), QStringLiteral("Maturity: alert rules"), q.lastError().text());
            while (q.next())
                f.alertRules.append(
                    { q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toBool() });
        }
        return {};
    }

    Result<void> readTrends(Store::Workspace& ws, Facts& f)
    {
        const qint64 w = qint64(f.trendDays) * TimeUtil::MsPerDay;
        for (int i = 0; i < 3; ++i) {
            Analytics::Filter filter;
            filter.fromMs = f.toMs - (3 - i) * w;
            filter.toMs = f.toMs - (2 - i) * w;
            auto r = Analytics::report(ws, filter);
            if (!r)
                return r.error();
            f.windows[size_t(i)] = { r.value().totals.reworkRate(), r.value().totals.cpsoUsd() };
        }
        Analytics::Filter last;
        last.fromMs = f.fromMs;
        last.toMs = f.toMs;
        auto byCc = Analytics::report(ws, last, Analytics::Dimension::CostCenter);
        if (!byCc)
            return byCc.error();
        for (const Analytics::Group& g : byCc.value().groups)
            f.reworkByCostCenter.insert(g.key, { g.kpis.reworkCostNano, g.kpis.taskCostNano });
        return {};
    }

    /**
     * Strings of one column as small integers: the event pass keys its sums by these, not by QStrings. Open addressing
     * over one byte arena: 83k task ids cost two vectors, not 83k hash nodes and strings to allocate and free.
     */
    class Interner
    {
    public:
        Interner() { m_slots.assign(1024, -1); }

        int id(const unsigned char* text, int bytes)
        {
            const std::string_view v(text ? reinterpret_cast<const char*>(text) : "", size_t(bytes));
            const size_t h = std::hash<std::string_view> {}(v);
            for (size_t i = h & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
                const int at = m_slots[i];
                if (at < 0) {
                    const int id = int(m_spans.size());
                    m_spans.push_back({ m_arena.size(), v.size(), h });
                    m_arena.append(v);
                    m_slots[i] = id;
                    if (m_spans.size() * 2 > m_slots.size())
                        grow();
                    return id;
                }
                const Span& sp = m_spans[size_t(at)];
                if (sp.hash == h && view(sp) == v)
                    return at;
            }
        }

        /** The string of `id` as a QString, converted once (tasks name the same cost centers thousands of times). */
        const QString& text(int id)
        {
            while (m_texts.size() <= id) {
                const std::string_view v = view(m_spans[size_t(m_texts.size())]);
                m_texts.append(QString::fromUtf8(v.data(), qsizetype(v.size())));
            }
            return m_texts[id];
        }

    private:
        struct Span
        {
            size_t offset, size, hash;
        };
        std::string_view view(const Span& s) const { return std::string_view(m_arena).substr(s.offset, s.size); }
        void grow()
        {
            m_slots.assign(m_slots.size() * 2, -1);
            for (size_t id = 0; id < m_spans.size(); ++id) {
                size_t i = m_spans[id].hash & (m_slots.size() - 1);
                while (m_slots[i] >= 0)
                    i = (i + 1) & (m_slots.size() - 1);
                m_slots[i] = int(id);
            }
        }

        std::string m_arena;
        std::vector<Span> m_spans; // by id
        std::vector<int> m_slots; // -1: empty; a power of two, at most half full
        QList<QString> m_texts;
    };

    /** The calls of one combination of model, cost center, owner, key, project and cacheability. */
    struct Combo
    {
        int model, costCenter, key, project;
        bool owned, cacheable;
        bool operator==(const Combo&) const = default;
    };
    struct ComboHash
    {
        size_t operator()(const Combo& c) const
        {
            size_t h = size_t(c.model);
            for (int v : { c.costCenter, c.key, c.project, int(c.owned) * 2 + int(c.cacheable) })
                h = h * 1000003u ^ size_t(v);
            return h;
        }
    };
    struct ComboSums
    {
        qint64 firstRow = 0; // order of its first call in time, for a workflow's first attributed cost center
        qint64 calls = 0, pricedCalls = 0, taskCalls = 0, tasks = 0, tasksWithOutcome = 0, costNano = 0;
        TokenBuckets tokens;
    };
    struct TaskSums
    {
        int costCenter = 0, project = 0;
        TaskUse use;
    };

    /**
     * One pass over the window's events in time order, read through SQLite directly: per event only integers and
     * interned strings are touched (QSqlQuery's QVariants and QString keys cost ~8 µs an event; the demo's 30 days
     * have 125k). Sums go to combinations of the grouping columns, then into Facts.
     */
    Result<void> scanEvents(Store::Workspace& ws, const Options& o, Facts& f, TaskContext& ctx)
    {
        sqlite3* h = Store::sqliteHandle(ws.db());
        if (!h)
            return Store::sqlError(ws.path(), QStringLiteral("Maturity: events"), QStringLiteral("no SQLite handle"));
        sqlite3_stmt* st = nullptr;
        const char* sql = "SELECT time_ms, model, cost_center, owner, api_key, project, task_id, calls, "
                          "uncached_input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, "
                          "output_tokens, reasoning_tokens, list_cost_nusd, task_final FROM events "
                          "WHERE time_ms >= ?1 AND time_ms < ?2 ORDER BY time_ms, id";
        if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
            return Store::sqlError(ws.path(), QStringLiteral("Maturity: events"), QString::fromUtf8(sqlite3_errmsg(h)));
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(st, sqlite3_finalize);
        sqlite3_bind_int64(st, 1, f.fromMs);
        sqlite3_bind_int64(st, 2, f.toMs);

        Interner models, centers, keys, projects, tasks;
        std::vector<const Pricing::PriceEntry*> priceOf; // by model id
        std::unordered_map<Combo, ComboSums, ComboHash> combos;
        std::vector<TaskSums> taskSums; // by task id
        auto column
            = [st](Interner& in, int i) { return in.id(sqlite3_column_text(st, i), sqlite3_column_bytes(st, i)); };
        const int noTask = tasks.id(nullptr, 0);
        taskSums.emplace_back();
        qint64 row = 0;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (++row % 8192 == 0) {
                if (ctx.isCanceled())
                    return canceled();
                ctx.setProgress(sqlite3_column_int64(st, 0) - f.fromMs, f.toMs - f.fromMs);
            }
            const int model = column(models, 1);
            if (model >= int(priceOf.size()))
                priceOf.push_back(f.catalog->find(models.text(model), f.toMs - 1));
            const Pricing::PriceEntry* price = priceOf[size_t(model)];
            const qint64 calls = sqlite3_column_int64(st, 7);
            const TokenBuckets t { sqlite3_column_int64(st, 8), sqlite3_column_int64(st, 9),
                sqlite3_column_int64(st, 10), sqlite3_column_int64(st, 11), sqlite3_column_int64(st, 12),
                sqlite3_column_int64(st, 13) };
            const bool priced = sqlite3_column_type(st, 14) != SQLITE_NULL;
            const qint64 cost = priced ? sqlite3_column_int64(st, 14) : 0;
            // caching: calls whose prompt reaches the model's minimum cacheable size, where a cache read is cheaper
            const auto minTokens = minCacheable(price);
            const Combo c { model, column(centers, 2), column(keys, 4), column(projects, 5),
                sqlite3_column_bytes(st, 3) > 0, minTokens && t.input() >= *minTokens * qMax<qint64>(1, calls) };
            auto [it, fresh] = combos.try_emplace(c);
            ComboSums& sums = it->second;
            if (fresh)
                sums.firstRow = row;
            sums.calls += calls;
            sums.pricedCalls += priced ? calls : 0;
            sums.costNano += cost;
            sums.tokens.uncachedInput += t.uncachedInput;
            sums.tokens.cacheRead += t.cacheRead;
            sums.tokens.cacheWrite5m += t.cacheWrite5m;
            sums.tokens.cacheWrite1h += t.cacheWrite1h;
            sums.tokens.output += t.output;
            sums.tokens.reasoning += t.reasoning;

            const int task = column(tasks, 6);
            if (task == noTask)
                continue;
            sums.taskCalls += calls;
            if (task
                >= int(taskSums.size())) { // a task counts once, with the cost center and project of its first call
                taskSums.push_back({ c.costCenter, c.project, {} });
                ++sums.tasks;
                const std::string_view final(
                    reinterpret_cast<const char*>(sqlite3_column_text(st, 15)), size_t(sqlite3_column_bytes(st, 15)));
                if (final == "accepted" || final == "rework" || final == "rejected")
                    ++sums.tasksWithOutcome;
            }
            TaskUse& use = taskSums[size_t(task)].use;
            use.calls += calls;
            use.costNano += cost;
            if (price) {
                // a cascade: a later call goes to a pricier model than a small one the task already tried
                if (use.minSmallPrice >= 0 && price->rates.input > use.minSmallPrice)
                    use.cascade = true;
                if (isSmall(price, o) && (use.minSmallPrice < 0 || price->rates.input < use.minSmallPrice))
                    use.minSmallPrice = price->rates.input;
            }
        }
        if (rc != SQLITE_DONE)
            return Store::sqlError(ws.path(), QStringLiteral("Maturity: events"), QString::fromUtf8(sqlite3_errmsg(h)));

        // combinations in the order of their first call, so that a workflow's cost center is its first attributed one
        std::vector<std::pair<const Combo*, const ComboSums*>> ordered;
        ordered.reserve(combos.size());
        for (const auto& [c, sums] : combos)
            ordered.emplace_back(&c, &sums);
        std::sort(ordered.begin(), ordered.end(),
            [](const auto& a, const auto& b) { return a.second->firstRow < b.second->firstRow; });
        for (const auto& [c, sums] : ordered) {
            const QString model = models.text(c->model), costCenter = centers.text(c->costCenter),
                          key = keys.text(c->key), project = projects.text(c->project);
            const bool owned = c->owned;
            const Pricing::PriceEntry* price = priceOf[size_t(c->model)];
            const qint64 cost = sums->costNano;
            f.spendNano += cost;
            if (!costCenter.isEmpty())
                f.attributedNano += cost;
            if (owned)
                f.ownedNano += cost;
            f.spendByCostCenter[costCenter] += cost;
            f.calls += sums->calls;
            f.pricedCalls += sums->pricedCalls;
            f.taskCalls += sums->taskCalls;
            f.tasksWithOutcome += sums->tasksWithOutcome;
            if (!key.isEmpty()) {
                KeyUse& k = f.keys[key];
                k.spendNano += cost;
                k.calls += sums->calls;
                k.unowned = k.unowned || !owned;
                k.unattributed = k.unattributed || costCenter.isEmpty();
            }
            if (c->cacheable) {
                ModelUse& m = f.cacheByCostCenter[costCenter][model];
                m.price = price;
                m.calls += sums->calls;
                m.cacheableInput += sums->tokens.input();
                m.cacheableRead += sums->tokens.cacheRead;
                f.cacheableInput += sums->tokens.input();
                f.cacheableRead += sums->tokens.cacheRead;
            }
            // workflows, for routine work on small models
            WorkflowUse& w = f.workflows[project.isEmpty() ? QStringLiteral("key:") + key : project];
            w.calls += sums->calls;
            w.generatedTokens += sums->tokens.output + sums->tokens.reasoning;
            if (isSmall(price, o))
                w.smallCalls += sums->calls;
            w.taskCalls += sums->taskCalls;
            w.tasks += sums->tasks;
            w.tasksWithOutcome += sums->tasksWithOutcome;
            ModelUse& m = w.models[model];
            m.price = price;
            m.calls += sums->calls;
            m.tokens.uncachedInput += sums->tokens.uncachedInput;
            m.tokens.cacheRead += sums->tokens.cacheRead;
            m.tokens.cacheWrite5m += sums->tokens.cacheWrite5m;
            m.tokens.cacheWrite1h += sums->tokens.cacheWrite1h;
            m.tokens.output += sums->tokens.output;
            m.tokens.reasoning += sums->tokens.reasoning;
            m.costNano += cost;
            if (w.costCenter.isEmpty())
                w.costCenter = costCenter;
        }
        f.tasks.reserve(qsizetype(taskSums.size()));
        for (size_t i = 1; i < taskSums.size(); ++i) {
            TaskUse& use = f.tasks.emplace_back(taskSums[i].use);
            use.id = tasks.text(int(i));
            use.costCenter = centers.text(taskSums[i].costCenter);
            use.project = projects.text(taskSums[i].project);
        }
        return {};
    }

} // namespace

bool isSmall(const Pricing::PriceEntry* price, const Options& o)
{
    return price && price->rates.input <= o.smallInputMicroPer1M;
}

std::optional<qint64> minCacheable(const Pricing::PriceEntry* price)
{
    if (!price || price->rates.cacheRead >= price->rates.input)
        return std::nullopt;
    return price->minCacheableTokens.value_or(1024);
}

Result<Facts> gatherFacts(Store::Workspace& ws, const Options& o, TaskContext& ctx)
{
    Facts f;
    QElapsedTimer timer;
    timer.start();
    auto span = Analytics::timeSpan(ws);
    if (!span)
        return span.error();
    if (!span.value())
        return f; // empty workspace: nothing measured
    f.span = span.value();
    const auto [firstMs, lastMs] = *span.value();
    const qint64 dataFrom = TimeUtil::dayStart(firstMs);
    const qint64 dataTo = TimeUtil::dayStart(lastMs) + TimeUtil::MsPerDay;
    if (o.period) { // the window's period, within the days that hold data
        const Analytics::Filter period = Analytics::resolvePeriod(*o.period, f.span);
        f.fromMs = qMax(TimeUtil::dayStart(period.fromMs.value_or(dataFrom)), dataFrom);
        f.toMs = qMin(period.toMs.value_or(dataTo), dataTo);
        if (f.toMs <= f.fromMs) { // no data in the period: nothing measured
            f.fromMs = period.fromMs.value_or(dataFrom);
            f.toMs = period.toMs.value_or(dataTo);
            return f;
        }
    } else {
        f.toMs = dataTo;
        f.fromMs = qMax(f.toMs - qint64(o.windowDays) * TimeUtil::MsPerDay, dataFrom);
    }
    f.days = int((f.toMs - f.fromMs + TimeUtil::MsPerDay - 1) / TimeUtil::MsPerDay);
    f.trendDays = o.period ? f.days : o.windowDays;

    Store::UsageRepository repo(ws);
    auto catalog = repo.catalog();
    if (!catalog)
        return catalog.error();
    f.catalog = std::make_shared<const Pricing::PriceCatalog>(std::move(catalog).value());
    qCDebug(lcAnalytics) << "maturity span and catalog" << timer.restart() << "ms";
    if (auto r = scanEvents(ws, o, f, ctx); !r)
        return r.error();
    if (ctx.isCanceled())
        return canceled();

    qCDebug(lcAnalytics) << "maturity events" << timer.restart() << "ms";
    if (auto r = readTrends(ws, f); !r)
        return r.error();
    qCDebug(lcAnalytics) << "maturity trends" << timer.restart() << "ms";
    if (auto r = readGovernance(ws, f); !r)
        return r.error();
    return f;
}

} // namespace Maturity
