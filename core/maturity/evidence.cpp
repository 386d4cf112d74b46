// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/maturity/evidence.h"

#include "core/analytics/report.h"
#include "core/common/timeutil.h"
#include "core/store/usagerepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

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

    Result<void> readTrends(Store::Workspace& ws, const Options& o, Facts& f)
    {
        const qint64 w = qint64(o.windowDays) * TimeUtil::MsPerDay;
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
    auto span = Analytics::timeSpan(ws);
    if (!span)
        return span.error();
    if (!span.value())
        return f; // empty workspace: nothing measured
    const auto [firstMs, lastMs] = *span.value();
    f.toMs = TimeUtil::dayStart(lastMs) + TimeUtil::MsPerDay;
    f.fromMs = qMax(f.toMs - qint64(o.windowDays) * TimeUtil::MsPerDay, TimeUtil::dayStart(firstMs));
    f.days = int((f.toMs - f.fromMs) / TimeUtil::MsPerDay);

    Store::UsageRepository repo(ws);
    auto catalog = repo.catalog();
    if (!catalog)
        return catalog.error();
    f.catalog = std::make_shared<const Pricing::PriceCatalog>(std::move(catalog).value());
    QHash<QString, const Pricing::PriceEntry*> prices;
    auto priceOf = [&](const QString& model) {
        auto it = prices.find(model);
        if (it == prices.end())
            it = prices.insert(model, f.catalog->find(model, f.toMs - 1));
        return it.value();
    };

    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT time_ms, model, cost_center, owner, api_key, project, task_id, calls, uncached_input_tokens, "
        "cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, "
        "list_cost_nusd, task_final FROM events WHERE time_ms >= ? AND time_ms < ? ORDER BY time_ms, id"));
    q.addBindValue(f.fromMs);
    q.addBindValue(f.toMs);
    if (!q.exec())
        return Store::sqlError(ws.path(), QStringLiteral("Maturity: events"), q.lastError().text());
    qint64 row = 0;
    while (q.next()) {
        if (++row % 8192 == 0) {
            if (ctx.isCanceled())
                return canceled();
            ctx.setProgress(q.value(0).toLongLong() - f.fromMs, f.toMs - f.fromMs);
        }
        const QString model = q.value(1).toString();
        const QString costCenter = q.value(2).toString();
        const QString owner = q.value(3).toString();
        const QString key = q.value(4).toString();
        const QString project = q.value(5).toString();
        const QString taskId = q.value(6).toString();
        const qint64 calls = q.value(7).toLongLong();
        TokenBuckets t { q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toLongLong(),
            q.value(11).toLongLong(), q.value(12).toLongLong(), q.value(13).toLongLong() };
        const bool priced = !q.value(14).isNull();
        const qint64 cost = priced ? q.value(14).toLongLong() : 0;
        const Pricing::PriceEntry* price = priceOf(model);

        f.spendNano += cost;
        if (!costCenter.isEmpty())
            f.attributedNano += cost;
        if (!owner.isEmpty())
            f.ownedNano += cost;
        f.spendByCostCenter[costCenter] += cost;
        f.calls += calls;
        if (priced)
            f.pricedCalls += calls;
        if (!key.isEmpty()) {
            KeyUse& k = f.keys[key];
            k.spendNano += cost;
            k.calls += calls;
            k.unowned = k.unowned || owner.isEmpty();
            k.unattributed = k.unattributed || costCenter.isEmpty();
        }

        // caching: calls whose prompt reaches the model's minimum cacheable size, where a cache read is cheaper
        if (const auto minTokens = minCacheable(price); minTokens && t.input() >= *minTokens * qMax<qint64>(1, calls)) {
            ModelUse& m = f.cacheByCostCenter[costCenter][model];
            m.price = price;
            m.calls += calls;
            m.cacheableInput += t.input();
            m.cacheableRead += t.cacheRead;
            f.cacheableInput += t.input();
            f.cacheableRead += t.cacheRead;
        }

        // workflows, for routine work on small models
        WorkflowUse& w = f.workflows[project.isEmpty() ? QStringLiteral("key:") + key : project];
        w.calls += calls;
        w.generatedTokens += t.output + t.reasoning;
        const bool small = isSmall(price, o);
        if (small)
            w.smallCalls += calls;
        ModelUse& m = w.models[model];
        m.price = price;
        m.calls += calls;
        m.tokens.uncachedInput += t.uncachedInput;
        m.tokens.cacheRead += t.cacheRead;
        m.tokens.cacheWrite5m += t.cacheWrite5m;
        m.tokens.cacheWrite1h += t.cacheWrite1h;
        m.tokens.output += t.output;
        m.tokens.reasoning += t.reasoning;
        m.costNano += cost;
        if (w.costCenter.isEmpty())
            w.costCenter = costCenter;

        if (!taskId.isEmpty()) {
            f.taskCalls += calls;
            w.taskCalls += calls;
            auto it = f.tasks.find(taskId);
            if (it == f.tasks.end()) {
                it = f.tasks.insert(taskId, TaskUse {});
                it->costCenter = costCenter;
                it->project = project;
                ++w.tasks;
                const QString final = q.value(15).toString();
                if (final == QLatin1String("accepted") || final == QLatin1String("rework")
                    || final == QLatin1String("rejected")) {
                    ++f.tasksWithOutcome;
                    ++w.tasksWithOutcome;
                }
            }
            TaskUse& task = it.value();
            task.calls += calls;
            task.costNano += cost;
            if (price) {
                // a cascade: a later call goes to a pricier model than a small one the task already tried
                if (task.minSmallPrice >= 0 && price->rates.input > task.minSmallPrice)
                    task.cascade = true;
                if (small && (task.minSmallPrice < 0 || price->rates.input < task.minSmallPrice))
                    task.minSmallPrice = price->rates.input;
            }
        }
    }
    if (q.lastError().isValid())
        return Store::sqlError(ws.path(), QStringLiteral("Maturity: events"), q.lastError().text());
    if (ctx.isCanceled())
        return canceled();

    if (auto r = readTrends(ws, o, f); !r)
        return r.error();
    if (auto r = readGovernance(ws, f); !r)
        return r.error();
    return f;
}

} // namespace Maturity
