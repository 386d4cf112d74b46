// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/budgets/budgetrepository.h"
#include "core/live/presets.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Live {

/**
 * What the workspace's logs and budgets say about one cost center, for judging a live feed against them: the month
 * (UTC) holding `nowMs`, its budget, the list cost logged so far this month, the baseline spend rate and the enabled
 * alert rules that apply (budget kinds scoped to the cost center; anomaly kinds scoped to it or to '' = all). Without a
 * spend_spike or token_spike rule for all cost centers, the default of the exported Prometheus rules applies (3 ×,
 * Budgets::AnomalyThresholds; id 0); a disabled one leaves the alert out.
 */
struct SpendContext
{
    QString costCenter;
    std::optional<qint64> budgetNano;
    qint64 monthStartMs = 0;
    qint64 monthEndMs = 0; // start of the next month
    qint64 mtdNano = 0; // list cost of the cost center's calls logged from month start up to now
    qint64 logsEndMs = 0; // time of the last logged call of the month up to now (month start when none)
    /**
     * Median hourly list cost over the hours with at least one call among the 30 days (720 hours) before the last
     * logged call up to now (idle hours left out: otherwise a team that works 9 to 5 has a median of $0 and every
     * working hour is a spike). Unset when no hour of that window has a priced call.
     */
    std::optional<double> baselineUsdPerHour;
    std::optional<double> baselineInputTokensPerHour; // the same for input tokens (all four input buckets)
    int baselineHours = 0; // hours that entered the medians
    QList<Budgets::AlertRule> rules;
};

/** Reads the SpendContext of `costCenter` at `nowMs` from `ws` (same thread as `ws`). */
Result<SpendContext> spendContext(Store::Workspace& ws, const QString& costCenter, qint64 nowMs);

/** The median of `values` (mean of the two middle ones for an even count); nullopt when empty. */
std::optional<double> median(QList<double> values);

/** A rule that holds on the live data now. */
struct LiveAlert
{
    qint64 ruleId = 0;
    QString kind; // Budgets::Kind
    QString scope;
    double threshold = 0; // the rule's own threshold (fraction of the budget, or ratio)
    double measured = 0; // USD for budget kinds, ratio for spikes
    double limit = 0; // what `measured` is compared with: threshold × budget in USD, or the ratio itself
    qint64 firedAtMs = 0; // when it began to hold (kept while it holds)
    bool operator==(const LiveAlert&) const = default;
};

/** The numbers the alerts are judged on, for showing beside them. */
struct LiveSpendEstimate
{
    std::optional<double> spentNowUsd; // month-to-date logged + live rate × hours since the logs end
    std::optional<double> projectedUsd; // spentNow + live rate × hours left in the month
    std::optional<double> spendRatio; // live $/h ÷ baseline $/h
    std::optional<double> tokenRatio; // live input tokens/h ÷ baseline input tokens/h
};
LiveSpendEstimate estimateSpend(const SpendContext& ctx, const LiveMetrics& m, qint64 nowMs);

/**
 * Evaluates the context's rules on the live metrics at `nowMs` (pure):
 * - budget_percent t: spentNow ≥ t × budget, where spentNow = month-to-date logged list cost + the live spend rate ×
 *   the hours between the logs' end and now (the part of the month the logs do not cover yet);
 * - forecast_breach t: projected month end > t × budget, projected = spentNow + live spend rate × hours left;
 * - spend_spike r: live $/h ÷ baseline $/h ≥ r, when the live rate is at least $1/h (below is noise, as in the
 *   exported rules);  token_spike r: live prompt tokens/h ÷ baseline input tokens/h ≥ r.
 * A rule whose inputs are missing (no budget, no live spend rate, no baseline) does not fire. The result is ordered
 * as the rules; firedAtMs is `nowMs`.
 */
QList<LiveAlert> evaluateLiveAlerts(const SpendContext& ctx, const LiveMetrics& m, qint64 nowMs);

/**
 * The alerts that hold now, with the time each began to hold: an alert of `current` that was already in `previous`
 * (same rule) keeps its firedAtMs; alerts of `previous` not in `current` have cleared and are gone.
 */
QList<LiveAlert> carryFiredTimes(const QList<LiveAlert>& previous, QList<LiveAlert> current);

} // namespace Live

Q_DECLARE_METATYPE(Live::SpendContext)
