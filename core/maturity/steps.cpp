// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The concrete steps towards each unmet criterion, with the savings per month that the workspace's data estimates.
#include "core/common/money.h"
#include "core/maturity/evidence.h"
#include "core/pricing/costengine.h"

#include <QLocale>
#include <QCoreApplication>

#include <algorithm>
#include <tuple>
#include <cmath>

namespace Maturity {

namespace {

    /** This file's messages, in the translation context "Maturity" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Maturity)
    };

    QString ccName(const QString& cc)
    {
        return cc.isEmpty() ? Tr::tr("(unattributed)") : cc;
    }

    qint64 perMonth(double nanoInWindow, const Facts& f)
    {
        return f.days > 0 ? qint64(std::llround(nanoInWindow * 30.0 / f.days)) : 0;
    }

    Step step(const Criterion& c, const QString& text, std::optional<qint64> savings = std::nullopt)
    {
        return Step { c.level, c.id, text, savings };
    }

    template <typename T>
    QList<std::pair<qint64, QString>> topBy(const QMap<QString, T>& map, qint64 (*value)(const T&), int n)
    {
        QList<std::pair<qint64, QString>> out;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            if (const qint64 v = value(it.value()); v > 0)
                out.append({ v, it.key() });
        std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
        if (out.size() > n)
            out.resize(n);
        return out;
    }

    QStringList names(const QList<std::pair<qint64, QString>>& list)
    {
        QStringList out;
        for (const auto& p : list)
            out << ccName(p.second);
        return out;
    }

    qint64 sum(const QList<std::pair<qint64, QString>>& list)
    {
        qint64 s = 0;
        for (const auto& p : list)
            s += p.first;
        return s;
    }

    /** Per cost center below the target hit rate: the cacheable input that would become cache reads, at each model's
     * input − cache-read price difference. */
    QList<Step> cachingSteps(const Criterion& c, const Facts& f)
    {
        QList<Step> out;
        for (auto it = f.cacheByCostCenter.cbegin(); it != f.cacheByCostCenter.cend(); ++it) {
            qint64 in = 0, read = 0;
            for (const ModelUse& m : it.value()) {
                in += m.cacheableInput;
                read += m.cacheableRead;
            }
            if (in <= 0 || double(read) / double(in) >= CacheHitTarget)
                continue;
            const double more = CacheHitTarget - double(read) / double(in);
            double savedNano = 0;
            QMap<QString, qint64> byModel;
            for (auto m = it.value().cbegin(); m != it.value().cend(); ++m) {
                // tokens × µ$/1M = pico-dollars; / 1000 = nano-dollars
                savedNano += more * double(m->cacheableInput)
                    * double(m->price->rates.input - m->price->rates.cacheRead) / 1000.0;
                byModel.insert(m.key(), m->cacheableInput);
            }
            const auto top = topBy<qint64>(
                byModel, [](const qint64& v) { return v; }, 3);
            QString models = names(top).join(QStringLiteral(", "));
            if (byModel.size() > top.size())
                models += Tr::tr(" and %n more", nullptr, int(byModel.size() - top.size()));
            const qint64 saved = perMonth(savedNano, f);
            const QString what = read > 0 ? Tr::tr("Raise prompt caching in %1 from a %2% hit rate to %3%")
                                                .arg(ccName(it.key()))
                                                .arg(QLocale().toString(double(read) * 100.0 / double(in), 'f', 1))
                                                .arg(int(CacheHitTarget * 100))
                                          : Tr::tr("Turn on prompt caching for %1 (a %2% hit rate)")
                                                .arg(ccName(it.key()))
                                                .arg(int(CacheHitTarget * 100));
            out << step(c,
                Tr::tr(
                    "%1: %2 input tokens a month in prompts long enough to cache (%3), the extra cache reads billed at "
                    "the cache-read rate (cache writes not counted).")
                    .arg(what, compactCount(perMonth(double(in), f)), models),
                saved);
        }
        return out;
    }

    /** Routine workflows' calls on large models, priced at the rates of the small model the workflow already uses. */
    QList<Step> routingSteps(const Criterion& c, const Facts& f, const Options& o)
    {
        QList<Step> out;
        for (auto it = f.workflows.cbegin(); it != f.workflows.cend(); ++it) {
            const WorkflowUse& w = it.value();
            if (w.calls <= 0 || double(w.generatedTokens) / double(w.calls) > o.routineMaxOutputTokens)
                continue;
            QString target;
            qint64 targetCalls = 0;
            for (auto m = w.models.cbegin(); m != w.models.cend(); ++m)
                if (isSmall(m->price, o) && m->calls > targetCalls) {
                    target = m.key();
                    targetCalls = m->calls;
                }
            for (auto m = w.models.cbegin(); m != w.models.cend(); ++m) {
                if (!m->price || isSmall(m->price, o) || m->calls <= 0)
                    continue;
                if (target.isEmpty()) {
                    out << step(c,
                        Tr::tr("Try a small model for the routine calls of %1 (%2): %3 calls a month on %4, none on a "
                               "small model yet.")
                            .arg(it.key(), ccName(w.costCenter))
                            .arg(perMonth(double(m->calls), f))
                            .arg(m.key()));
                    continue;
                }
                UsageEvent e;
                e.calls = m->calls;
                e.tokens = m->tokens;
                const qint64 atTarget = Pricing::listCostNano(*w.models.value(target).price, e);
                const qint64 saved = perMonth(double(m->costNano - atTarget), f);
                if (saved <= 0)
                    continue;
                out << step(c,
                    Tr::tr(
                        "Move the routine calls of %1 (%2) from %3 to %4: %5 calls a month costing %6 would cost %7.")
                        .arg(it.key(), ccName(w.costCenter), m.key(), target)
                        .arg(perMonth(double(m->calls), f))
                        .arg(Money::displayUsd(perMonth(double(m->costNano), f)),
                            Money::displayUsd(perMonth(double(atTarget), f))),
                    saved);
            }
        }
        return out;
    }

} // namespace

QString compactCount(qint64 n)
{
    if (n >= 1'000'000)
        return QLocale().toString(double(n) / 1e6, 'f', 1) + QLatin1Char('M');
    if (n >= 10'000)
        return QLocale().toString(double(n) / 1e3, 'f', 0) + QLatin1Char('k');
    return QString::number(n);
}

QList<Step> stepsFor(const Criterion& c, const Facts& f, const Options& o)
{
    QList<Step> out;
    if (c.id == QLatin1String("attributed_spend") || c.id == QLatin1String("owned_keys")
        || c.id == QLatin1String("owned_spend")) {
        const bool attribution = c.id == QLatin1String("attributed_spend");
        QMap<QString, qint64> keys;
        for (auto it = f.keys.cbegin(); it != f.keys.cend(); ++it)
            if (attribution ? it->unattributed : it->unowned)
                keys.insert(it.key(), it->spendNano);
        const auto top = topBy<qint64>(
            keys, [](const qint64& v) { return v; }, 5);
        if (keys.isEmpty())
            return out;
        qint64 spend = 0;
        for (qint64 v : keys)
            spend += v;
        out << step(c,
            (attribution
                    ? Tr::tr("Attribute the %n unclaimed API key(s) (%1) to cost centers with attribution rules: %2 "
                             "a month of shadow spend becomes visible.",
                        nullptr, int(keys.size()))
                    : Tr::tr("Name a budget owner for the %n API key(s) without one (%1): %2 a month has no owner.",
                        nullptr, int(keys.size())))
                .arg(names(top).join(QStringLiteral(", ")), Money::displayUsd(perMonth(double(spend), f))));
        return out;
    }
    if (c.id == QLatin1String("priced_calls")) {
        QMap<QString, qint64> unpriced;
        for (const WorkflowUse& w : f.workflows)
            for (auto m = w.models.cbegin(); m != w.models.cend(); ++m)
                if (!m->price)
                    unpriced[m.key()] += m->calls;
        const auto top = topBy<qint64>(
            unpriced, [](const qint64& v) { return v; }, 5);
        out << step(c,
            Tr::tr("Add prices for %1 (Prices page or prices --import): %2 calls a month are not counted in any cost.")
                .arg(names(top).join(QStringLiteral(", ")))
                .arg(perMonth(double(sum(top)), f)));
        return out;
    }
    if (c.id == QLatin1String("task_coverage") || c.id == QLatin1String("outcome_coverage")) {
        const bool tasks = c.id == QLatin1String("task_coverage");
        QMap<QString, qint64> missing;
        for (auto it = f.workflows.cbegin(); it != f.workflows.cend(); ++it)
            missing.insert(it.key(), tasks ? it->calls - it->taskCalls : it->tasks - it->tasksWithOutcome);
        const auto top = topBy<qint64>(
            missing, [](const qint64& v) { return v; }, 4);
        if (top.isEmpty())
            return out;
        out << step(c,
            (tasks ? Tr::tr("Send a task id with the calls of %1: %2 calls a month cannot be counted per task.")
                   : Tr::tr(
                       "Record the outcome (accepted, rework, rejected) of the tasks of %1: %2 tasks a month have no "
                       "outcome, so CPSO leaves them out."))
                .arg(names(top).join(QStringLiteral(", ")))
                .arg(perMonth(double(sum(top)), f)));
        return out;
    }
    if (c.id == QLatin1String("cache_hit_rate"))
        return cachingSteps(c, f);
    if (c.id == QLatin1String("routine_on_small"))
        return routingSteps(c, f, o);
    if (c.id == QLatin1String("rework_trend")) {
        QList<std::tuple<qint64, qint64, QString>> rework; // rework cost, task cost, cost center
        for (auto it = f.reworkByCostCenter.cbegin(); it != f.reworkByCostCenter.cend(); ++it)
            if (it->first > 0)
                rework.append({ it->first, it->second, it.key() });
        std::sort(rework.begin(), rework.end(), [](const auto& a, const auto& b) { return a > b; });
        for (int i = 0; i < qMin(3, int(rework.size())); ++i) {
            const auto& [cost, taskCost, cc] = rework[i];
            out << step(c,
                Tr::tr("Cut rework in %1 (%2% of its task cost, %3 a month): halving it saves %4 a month.")
                    .arg(ccName(cc))
                    .arg(QLocale().toString(double(cost) * 100.0 / double(qMax<qint64>(1, taskCost)), 'f', 1))
                    .arg(Money::displayUsd(perMonth(double(cost), f)),
                        Money::displayUsd(perMonth(double(cost) / 2.0, f))),
                perMonth(double(cost) / 2.0, f));
        }
        return out;
    }
    if (c.id == QLatin1String("budget_coverage") || c.id == QLatin1String("alert_coverage")) {
        const bool budget = c.id == QLatin1String("budget_coverage");
        QMap<QString, qint64> open;
        for (auto it = f.spendByCostCenter.cbegin(); it != f.spendByCostCenter.cend(); ++it)
            if (!it.key().isEmpty() && (budget ? !f.budgets.contains(it.key()) : true))
                open.insert(it.key(), it.value());
        const auto top = topBy<qint64>(
            open, [](const qint64& v) { return v; }, 4);
        if (top.isEmpty())
            return out;
        out << step(c,
            (budget ? Tr::tr("Set monthly budgets for %1 (together %2 a month now).")
                    : Tr::tr("Add spend alert rules (spikes, shadow spend) for %1 (together %2 a month)."))
                .arg(names(top).join(QStringLiteral(", ")), Money::displayUsd(perMonth(double(sum(top)), f))));
        return out;
    }
    if (c.id == QLatin1String("cascades")) {
        out << step(c,
            Tr::tr(
                "Route through a cascade: start routine tasks on a small model and escalate to a larger one only when "
                "its answer is not good enough (see the routing steps for what it saves)."));
        return out;
    }
    if (c.id == QLatin1String("circuit_breaker")) {
        double excess = 0;
        QStringList runaway;
        for (const TaskUse& t : f.tasks)
            if (t.calls > MaxTaskCalls) {
                excess += double(t.costNano) * double(t.calls - MaxTaskCalls) / double(t.calls);
                runaway << QStringLiteral("%1 (%2 calls)").arg(t.id).arg(t.calls);
            }
        if (runaway.isEmpty())
            return out;
        runaway.sort();
        out << step(c,
            Tr::tr(
                "Add a circuit breaker that stops a task after %1 calls: %2 ran past it; the calls beyond the cap cost "
                "%3 a month.")
                .arg(MaxTaskCalls)
                .arg(runaway.mid(0, 3).join(QStringLiteral(", ")), Money::displayUsd(perMonth(excess, f))),
            perMonth(excess, f));
        return out;
    }
    if (c.id == QLatin1String("within_budget")) {
        out << step(c,
            f.budgets.isEmpty() ? Tr::tr("Set budgets first, then keep each cost center within its budget.")
                                : Tr::tr("Bring the cost centers over budget back within it: %1")
                                      .arg(c.evidence.join(QStringLiteral("; "))));
        return out;
    }
    if (c.id == QLatin1String("rework_falling") || c.id == QLatin1String("cpso_falling")) {
        out << step(c,
            c.id == QLatin1String("rework_falling")
                ? Tr::tr(
                    "Review rework every month (prompts, retrieval, model choice) until it falls three months in a "
                    "row.")
                : Tr::tr(
                    "Review cost per successful outcome every month and move tasks to the cheapest model that keeps "
                    "them accepted."));
        return out;
    }
    return out;
}

} // namespace Maturity
