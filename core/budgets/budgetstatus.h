// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/budgets/budgetrepository.h"
#include "core/common/task.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Budgets {

/**
 * Month-end forecast of list cost, with a weekday profile: spend on working days and on weekends differs several-fold
 * (the demo: ~$140 vs ~$15 a day), so each remaining day is carried at the mean of the days of its kind so far
 * (Monday–Friday or Saturday–Sunday, UTC); a kind not seen yet in the month takes the mean of all days so far.
 * Central = month-to-date + Σ remaining days' means. Without a first weekday every day is of one kind: central =
 * month-to-date × days in month / days elapsed. Interval = central ± 1.28 · s · √remaining, where s is the standard
 * deviation of the daily spends so far around their kind's mean (pooled, n − kinds seen degrees of freedom; every
 * calendar day, zero days included): the 10th–90th percentile of the remaining days' sum if days are independent and
 * normal. Low is never below month-to-date. Without a degree of freedom s is unknown and the interval is the central
 * value; with no remaining days all three are month-to-date.
 */
struct Forecast
{
    qint64 lowNano = 0;
    qint64 centralNano = 0;
    qint64 highNano = 0;
    double dailySigmaNano = 0;
};

/** An alert rule that fired: on which UTC day, and (budget_percent) the time of the call that crossed it. */
struct AlertCrossing
{
    QString kind; // Kind::BudgetPercent or Kind::ForecastBreach
    double threshold = 0;
    qint64 dayMs = 0; // UTC day start
    std::optional<qint64> atMs; // time of the crossing call (budget_percent)
};

/**
 * What a hard stop at 100 % of the budget would have done: the call that took cumulative list cost to the budget or
 * beyond still runs (its cost is known only afterwards); every later call of the month up to the as-of day is blocked.
 */
struct Breaker
{
    bool tripped = false;
    qint64 atMs = 0; // time of the call that reached 100 %
    qint64 blockedNano = 0; // list cost of the calls after it
    qint64 blockedCalls = 0;
};

struct BudgetStatus
{
    QString costCenter;
    qint64 budgetNano = 0;
    qint64 monthStartMs = 0;
    int daysInMonth = 0;
    int daysElapsed = 0; // month start .. as-of day, inclusive
    QList<qint64> dailyNano; // list cost per day of the month up to the as-of day
    qint64 mtdNano = 0; // month-to-date list cost (daily_rollup)
    qint64 mtdCalls = 0;
    qint64 unpricedCalls = 0; // calls without a list cost: not in mtdNano
    Forecast forecast;
    QList<AlertCrossing> alerts; // in time order (a forecast breach at the end of its day)
    Breaker breaker;

    double spentFraction() const { return budgetNano > 0 ? double(mtdNano) / double(budgetNano) : 0.0; }
    double forecastFraction() const { return budgetNano > 0 ? double(forecast.centralNano) / double(budgetNano) : 0.0; }
};

struct BudgetReport
{
    qint64 asOfDayMs = 0; // the last day counted (UTC day start)
    bool empty = true; // no events in the workspace
    QList<BudgetStatus> rows; // by cost center
    QList<std::pair<QString, qint64>> unbudgeted; // cost centers with list cost this month but no budget, by cost
};

/**
 * The forecast of a month with `daily` spends so far (hand-checkable: see the class comment). `firstWeekday`: the
 * month's first day, 1 = Monday … 7 = Sunday (QDate::dayOfWeek); none: no weekday profile.
 */
Forecast forecastMonth(const QList<qint64>& daily, int daysInMonth, std::optional<int> firstWeekday = std::nullopt);

/**
 * Evaluates every budget of `ws` for the calendar month (UTC) holding `asOfMs` (default: the last event's day), from
 * the month's first day through the as-of day inclusive: spend per day from daily_rollup, the forecast, the alert
 * rules that fired (enabled rules of the cost center), and the breaker replay over the month's calls in time order.
 * A forecast breach is judged from day `forecastFromDay` of the month on: before a week is in, the mean misses the
 * weekday/weekend mix (one busy Thursday × 31 days breaches most budgets).
 * Runs on the thread that opened `ws`; checks `ctx` for cancellation between cost centers.
 */
Result<BudgetReport> evaluate(
    Store::Workspace& ws, std::optional<qint64> asOfMs, TaskContext& ctx, int forecastFromDay = 7);

/** The report as JSON (see DESIGN.md style: USD as numbers, times as ISO text, null where not applicable). */
QByteArray reportToJson(const BudgetReport& report);

} // namespace Budgets

Q_DECLARE_METATYPE(Budgets::BudgetReport)
