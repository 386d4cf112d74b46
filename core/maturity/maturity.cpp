// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/maturity/maturity.h"

#include "core/common/logging.h"
#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "core/maturity/evidence.h"

#include <QLocale>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace Maturity {

namespace {

    /** This file's messages, in the translation context "Maturity" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Maturity)
    };

    std::optional<double> ratio(qint64 num, qint64 den)
    {
        if (den <= 0)
            return std::nullopt;
        return double(num) / double(den);
    }

    QString pct(double v)
    {
        return QLocale().toString(v * 100.0, 'f', 1) + QLatin1Char('%');
    }

    Criterion make(const char* id, int level, const QString& name, const QString& definition,
        std::optional<double> measured, double threshold, Comparison cmp = Comparison::AtLeast, Unit unit = Unit::Share)
    {
        Criterion c;
        c.id = QString::fromLatin1(id);
        c.level = level;
        c.name = name;
        c.definition = definition;
        c.measured = measured;
        c.threshold = threshold;
        c.comparison = cmp;
        c.unit = unit;
        return c;
    }

    bool evaluate(const Criterion& c)
    {
        if (!c.measured)
            return false;
        const double m = *c.measured;
        switch (c.comparison) {
        case Comparison::AtLeast:
            return m >= c.threshold;
        case Comparison::AtMost:
            return m <= c.threshold;
        case Comparison::AtMostOrFalling:
            return m <= c.threshold || (c.previous && m < *c.previous);
        case Comparison::Falling:
            return false; // decided by the caller, which sees the three windows
        }
        return false;
    }

    /** Three windows strictly falling: measured = relative change from the oldest to the latest. */
    Criterion fallingCriterion(const char* id, const QString& name, const QString& definition,
        const std::array<std::optional<double>, 3>& v, const QString& label)
    {
        std::optional<double> change;
        if (v[0] && v[2] && *v[0] > 0)
            change = *v[2] / *v[0] - 1.0;
        Criterion c = make(id, 5, name, definition, change, 0.0, Comparison::Falling, Unit::Change);
        c.met = v[0] && v[1] && v[2] && *v[1] < *v[0] && *v[2] < *v[1];
        QStringList parts;
        for (const auto& x : v)
            parts << (x ? label.arg(QLocale().toString(*x, 'f', 4)) : Tr::tr("no data"));
        c.evidence << Tr::tr("Oldest to latest window: %1").arg(parts.join(QStringLiteral(" → ")));
        return c;
    }

    /** Cost centers with ≥ the spend of those covered by `covered`, as a share of all spend. */
    template <typename Covered>
    std::optional<double> coveredShare(const Facts& f, Covered covered, QStringList& evidence)
    {
        qint64 in = 0;
        QList<std::pair<qint64, QString>> missing;
        for (auto it = f.spendByCostCenter.cbegin(); it != f.spendByCostCenter.cend(); ++it) {
            if (covered(it.key()))
                in += it.value();
            else if (it.value() > 0)
                missing.append({ it.value(), it.key() });
        }
        std::sort(missing.begin(), missing.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (int i = 0; i < qMin(5, int(missing.size())); ++i)
            evidence << Tr::tr("Not covered: %1, %2 in the window")
                            .arg(missing[i].second.isEmpty() ? Tr::tr("(unattributed)") : missing[i].second,
                                Money::displayUsd(missing[i].first));
        return ratio(in, f.spendNano);
    }

    bool alertCovers(const AlertRule& r, const QString& costCenter)
    {
        if (!r.enabled)
            return false;
        QString scope = r.scope.trimmed();
        if (scope.isEmpty() || scope == QLatin1String("*") || scope == QLatin1String("workspace")
            || scope == QLatin1String("all"))
            return true;
        for (const char* prefix : { "cost_center:", "cost_center=" })
            if (scope.startsWith(QLatin1String(prefix)))
                scope = scope.mid(int(qstrlen(prefix)));
        return !costCenter.isEmpty() && scope == costCenter;
    }

    QList<Criterion> criteria(const Facts& f, const Options& o)
    {
        QList<Criterion> out;
        const QString window = Tr::tr("over the last %n day(s) of data", nullptr, f.days);

        // ---- Level 2: Visibility — every dollar has a cost center and an owner, every key a budget owner
        Criterion attributed = make("attributed_spend", 2, Tr::tr("Spend attributed to a cost center"),
            Tr::tr("Share of list cost whose calls name a cost center (from the source or an attribution rule), %1.")
                .arg(window),
            ratio(f.attributedNano, f.spendNano), 0.9);
        {
            QList<std::pair<qint64, QString>> keys;
            for (auto it = f.keys.cbegin(); it != f.keys.cend(); ++it)
                if (it->unattributed)
                    keys.append({ it->spendNano, it.key() });
            std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
            for (int i = 0; i < qMin(5, int(keys.size())); ++i)
                attributed.evidence
                    << Tr::tr("Unattributed key %1: %2").arg(keys[i].second, Money::displayUsd(keys[i].first));
        }
        out << attributed;
        out << make("owned_spend", 2, Tr::tr("Spend with an owner"),
            Tr::tr("Share of list cost whose calls name a budget owner, %1.").arg(window),
            ratio(f.ownedNano, f.spendNano), 0.9);
        qint64 ownedKeys = 0;
        QStringList unownedKeys;
        for (auto it = f.keys.cbegin(); it != f.keys.cend(); ++it) {
            if (!it->unowned)
                ++ownedKeys;
            else
                unownedKeys << it.key();
        }
        Criterion keys = make("owned_keys", 2, Tr::tr("API keys with an owner"),
            Tr::tr("Share of the API keys used %1 whose every call names an owner.").arg(window),
            ratio(ownedKeys, f.keys.size()), 0.8);
        if (!unownedKeys.isEmpty())
            keys.evidence << Tr::tr("Without an owner: %1").arg(unownedKeys.join(QStringLiteral(", ")));
        out << keys;
        Criterion priced = make("priced_calls", 2, Tr::tr("Calls with a known price"),
            Tr::tr("Share of calls whose model has a price in the catalog (unpriced calls are invisible spend), %1.")
                .arg(window),
            ratio(f.pricedCalls, f.calls), 0.95);
        out << priced;

        // ---- Level 3: Optimization — unit costs measurable, caching and small models in use, rework under control
        out << make("task_coverage", 3, Tr::tr("Calls with a task id"),
            Tr::tr("Share of calls that carry a task id, so that cost per task can be computed, %1.").arg(window),
            ratio(f.taskCalls, f.calls), 0.8);
        out << make("outcome_coverage", 3, Tr::tr("Tasks with an outcome"),
            Tr::tr("Share of tasks whose calls state an outcome (accepted, rework or rejected), so that CPSO can be "
                   "computed, %1.")
                .arg(window),
            ratio(f.tasksWithOutcome, f.tasks.size()), 0.8);
        Criterion cache = make("cache_hit_rate", 3, Tr::tr("Cache hit rate on cacheable prompts"),
            Tr::tr(
                "Cache reads / input tokens of calls whose prompt reaches the model's minimum cacheable size (price "
                "catalog; 1,024 tokens where it states none) on models whose cache reads are cheaper than input, %1.")
                .arg(window),
            ratio(f.cacheableRead, f.cacheableInput), CacheHitTarget);
        for (auto it = f.cacheByCostCenter.cbegin(); it != f.cacheByCostCenter.cend(); ++it) {
            qint64 in = 0, read = 0;
            for (const ModelUse& m : it.value()) {
                in += m.cacheableInput;
                read += m.cacheableRead;
            }
            cache.evidence << Tr::tr("%1: %2 of %3 cacheable input tokens")
                                  .arg(it.key().isEmpty() ? Tr::tr("(unattributed)") : it.key(),
                                      pct(ratio(read, in).value_or(0)), compactCount(in));
        }
        out << cache;
        qint64 routineCalls = 0, routineSmall = 0;
        QStringList routine;
        for (auto it = f.workflows.cbegin(); it != f.workflows.cend(); ++it) {
            const WorkflowUse& w = it.value();
            if (w.calls <= 0 || double(w.generatedTokens) / double(w.calls) > o.routineMaxOutputTokens)
                continue;
            routineCalls += w.calls;
            routineSmall += w.smallCalls;
            routine << Tr::tr("%1: %2 of %3 calls on small models").arg(it.key()).arg(w.smallCalls).arg(w.calls);
        }
        Criterion small = make("routine_on_small", 3, Tr::tr("Routine work on small models"),
            Tr::tr("Share of the calls of routine workflows (projects, or keys without one, averaging ≤ %1 output + "
                   "reasoning tokens per call) that go to small models (input list price ≤ %2 per 1M tokens), %3.")
                .arg(o.routineMaxOutputTokens)
                .arg(Money::displayUsd(o.smallInputMicroPer1M * 1000))
                .arg(window),
            ratio(routineSmall, routineCalls), 0.5);
        small.evidence = routine;
        out << small;
        Criterion rework = make("rework_trend", 3, Tr::tr("Rework rate low or falling"),
            Tr::tr("Rework rate (cost of attempts after the first / cost of task calls) in the last %n day(s), at most "
                   "10% or lower than in the window before.",
                nullptr, f.trendDays),
            f.windows[2].reworkRate, 0.10, Comparison::AtMostOrFalling);
        rework.previous = f.windows[1].reworkRate;
        if (rework.previous)
            rework.evidence << Tr::tr("Window before: %1").arg(pct(*rework.previous));
        out << rework;

        // ---- Level 4: Automation — budgets and alerts, cascades, circuit breakers
        Criterion budgets = make("budget_coverage", 4, Tr::tr("Spend under a budget"),
            Tr::tr("Share of list cost, %1, in cost centers that have a monthly budget.").arg(window), std::nullopt,
            0.8);
        budgets.measured = coveredShare(
            f, [&](const QString& cc) { return f.budgets.contains(cc); }, budgets.evidence);
        if (!f.hasBudgetTable)
            budgets.evidence.prepend(Tr::tr("This workspace has no budgets."));
        out << budgets;
        Criterion alerts = make("alert_coverage", 4, Tr::tr("Spend under an alert rule"),
            Tr::tr(
                "Share of list cost, %1, in cost centers covered by an enabled alert rule (workspace-wide or scoped to "
                "the cost center).")
                .arg(window),
            std::nullopt, 0.8);
        alerts.measured = coveredShare(
            f,
            [&](const QString& cc) {
                return std::any_of(
                    f.alertRules.cbegin(), f.alertRules.cend(), [&](const AlertRule& r) { return alertCovers(r, cc); });
            },
            alerts.evidence);
        if (!f.hasAlertTable)
            alerts.evidence.prepend(Tr::tr("This workspace has no alert rules."));
        out << alerts;
        qint64 cascades = 0, maxCalls = 0, maxCost = 0;
        QString maxTask;
        for (const TaskUse& t : f.tasks) {
            cascades += t.cascade ? 1 : 0;
            if (t.calls > maxCalls || (t.calls == maxCalls && t.id < maxTask)) {
                maxCalls = t.calls;
                maxTask = t.id;
                maxCost = t.costNano;
            }
        }
        out << make("cascades", 4, Tr::tr("Cascades visible in the calls"),
            Tr::tr("Share of tasks, %1, in which a call on a small model is followed by a call on a pricier model (a "
                   "cascade escalating from a small model).")
                .arg(window),
            ratio(cascades, f.tasks.size()), 0.05);
        Criterion breaker = make("circuit_breaker", 4, Tr::tr("No runaway tasks"),
            Tr::tr("Most calls made by one task %1; a circuit breaker keeps every task at or below %2 calls.")
                .arg(window)
                .arg(MaxTaskCalls),
            f.tasks.isEmpty() ? std::nullopt : std::optional<double>(double(maxCalls)), double(MaxTaskCalls),
            Comparison::AtMost, Unit::Count);
        if (!maxTask.isEmpty())
            breaker.evidence
                << Tr::tr("Largest task: %1, %2 calls, %3").arg(maxTask).arg(maxCalls).arg(Money::displayUsd(maxCost));
        out << breaker;

        // ---- Level 5: Autonomous governance — budgets held, rework and CPSO falling month over month
        qint64 within = 0;
        Criterion held = make("within_budget", 5, Tr::tr("Budgets held"),
            Tr::tr(
                "Share of budgeted cost centers whose spend, per month (%1 × 30 / days), stayed within their monthly "
                "budget.")
                .arg(window),
            std::nullopt, 1.0);
        for (auto it = f.budgets.cbegin(); it != f.budgets.cend(); ++it) {
            const qint64 monthly = f.days > 0 ? qint64(double(f.spendByCostCenter.value(it.key())) * 30.0 / f.days) : 0;
            if (monthly <= it.value())
                ++within;
            else
                held.evidence << Tr::tr("%1: %2/month against a budget of %3")
                                     .arg(it.key(), Money::displayUsd(monthly), Money::displayUsd(it.value()));
        }
        held.measured = ratio(within, f.budgets.size());
        out << held;
        out << fallingCriterion("rework_falling", Tr::tr("Rework falling for three months"),
            Tr::tr(
                "Rework rate lower in each of the last three %n-day windows than in the one before; measured: change "
                "from the oldest to the latest.",
                nullptr, f.trendDays),
            { f.windows[0].reworkRate, f.windows[1].reworkRate, f.windows[2].reworkRate }, Tr::tr("%1"));
        out << fallingCriterion("cpso_falling", Tr::tr("CPSO falling for three months"),
            Tr::tr("Cost per successful outcome lower in each of the last three %n-day windows than in the one before; "
                   "measured: change from the oldest to the latest.",
                nullptr, f.trendDays),
            { f.windows[0].cpsoUsd, f.windows[1].cpsoUsd, f.windows[2].cpsoUsd }, Tr::tr("$%1"));

        for (Criterion& c : out)
            if (c.comparison != Comparison::Falling)
                c.met = evaluate(c);
        return out;
    }

    nlohmann::json optional(const std::optional<double>& v)
    {
        return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
    }

    nlohmann::json stepJson(const Step& s)
    {
        return { { "text", s.text.toStdString() },
            { "savings_usd_per_month", s.savingsNanoPerMonth ? Money::nanoToUsd(*s.savingsNanoPerMonth) : 0.0 },
            { "has_savings_estimate", s.savingsNanoPerMonth.has_value() }, { "level", s.level },
            { "criterion", s.criterion.toStdString() } };
    }

} // namespace

QString levelName(int level)
{
    switch (level) {
    case 1:
        return Tr::tr("Chaos");
    case 2:
        return Tr::tr("Visibility");
    case 3:
        return Tr::tr("Optimization");
    case 4:
        return Tr::tr("Automation");
    case 5:
        return Tr::tr("Autonomous governance");
    }
    return QString();
}

QString levelSummary(int level)
{
    switch (level) {
    case 1:
        return Tr::tr("Separate keys per department, no visibility into spend: shadow AI spend is the norm.");
    case 2:
        return Tr::tr("Spend is monitored and attributed, but anomalies are handled by hand and waste is only seen.");
    case 3:
        return Tr::tr("Context caching is active, small models handle routine work, rework is declining.");
    case 4:
        return Tr::tr(
            "Budgets, alerts, cascades and circuit breakers distribute and guard the workload automatically.");
    case 5:
        return Tr::tr("The system keeps its own budgets and drives rework and cost per successful outcome down.");
    }
    return QString();
}

QString comparisonSymbol(Comparison c)
{
    switch (c) {
    case Comparison::AtLeast:
        return QStringLiteral("≥");
    case Comparison::AtMost:
        return QStringLiteral("≤");
    case Comparison::AtMostOrFalling:
        return Tr::tr("≤ or falling");
    case Comparison::Falling:
        return Tr::tr("falling");
    }
    return QString();
}

QList<Step> Diagnosis::nextSteps() const
{
    QList<Step> out;
    for (const Step& s : steps)
        if (s.level == level + 1)
            out << s;
    return out;
}

Result<Diagnosis> diagnose(Store::Workspace& ws, const Options& options, TaskContext& ctx)
{
    QElapsedTimer timer;
    timer.start();
    auto facts = gatherFacts(ws, options, ctx);
    if (!facts)
        return facts.error();
    qCDebug(lcAnalytics) << "maturity facts" << timer.restart() << "ms";
    const Facts& f = facts.value();
    Diagnosis d;
    d.span = f.span;
    d.fromMs = f.fromMs;
    d.toMs = f.toMs;
    d.days = f.days;
    d.spendNano = f.spendNano;
    d.calls = f.calls;
    d.criteria = criteria(f, options);
    d.level = MinLevel;
    for (int level = MinLevel + 1; level <= MaxLevel; ++level) {
        const bool all = std::all_of(
            d.criteria.cbegin(), d.criteria.cend(), [&](const Criterion& c) { return c.level != level || c.met; });
        if (!all)
            break;
        d.level = level;
    }
    for (int level = MinLevel + 1; level <= MaxLevel; ++level) {
        QList<Step> steps;
        for (const Criterion& c : std::as_const(d.criteria))
            if (c.level == level && !c.met)
                steps << stepsFor(c, f, options);
        std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
            return a.savingsNanoPerMonth.value_or(-1) > b.savingsNanoPerMonth.value_or(-1);
        });
        d.steps << steps;
    }
    return d;
}

QByteArray toJson(const Diagnosis& d)
{
    nlohmann::json criteria = nlohmann::json::array();
    for (const Criterion& c : d.criteria) {
        nlohmann::json evidence = nlohmann::json::array();
        for (const QString& e : c.evidence)
            evidence.push_back(e.toStdString());
        nlohmann::json j = { { "id", c.id.toStdString() }, { "level", c.level }, { "name", c.name.toStdString() },
            { "definition", c.definition.toStdString() }, { "measured", optional(c.measured) },
            { "threshold", c.threshold }, { "comparison", comparisonSymbol(c.comparison).toStdString() },
            { "unit",
                c.unit == Unit::Share       ? "share"
                    : c.unit == Unit::Count ? "count"
                                            : "change" },
            { "met", c.met }, { "evidence", evidence } };
        if (c.comparison == Comparison::AtMostOrFalling)
            j["previous"] = optional(c.previous);
        criteria.push_back(j);
    }
    nlohmann::json next = nlohmann::json::array(), later = nlohmann::json::array();
    qint64 total = 0;
    for (const Step& s : d.steps) {
        if (s.level == d.level + 1) {
            next.push_back(stepJson(s));
            total += s.savingsNanoPerMonth.value_or(0);
        } else {
            later.push_back(stepJson(s));
        }
    }
    const nlohmann::json j = { { "level", d.level }, { "level_name", levelName(d.level).toStdString() },
        { "window",
            { { "from", TimeUtil::toIso(d.fromMs).toStdString() }, { "to", TimeUtil::toIso(d.toMs).toStdString() },
                { "days", d.days }, { "month_factor", d.monthFactor() } } },
        { "spend_usd", Money::nanoToUsd(d.spendNano) }, { "criteria", criteria }, { "next_steps", next },
        { "next_steps_savings_usd_per_month", Money::nanoToUsd(total) }, { "later_steps", later } };
    return QByteArray::fromStdString(j.dump(1));
}

} // namespace Maturity
