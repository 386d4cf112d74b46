// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/budgets/budgetrepository.h"

#include <QList>
#include <QString>

#include <optional>

namespace Budgets {

/**
 * Thresholds of the anomaly alerts exported with the budgets: a ratio of the last hour's rate to the last week's, per
 * cost center; nullopt leaves the alert out. Independent of core/anomalies on purpose: the rules run in Prometheus.
 */
struct AnomalyThresholds
{
    std::optional<double> spendSpikeRatio = 3.0;
    std::optional<double> tokenSpikeRatio = 3.0;
    double minSpendUsdPerHour = 1.0; // a spike below this hourly spend is noise

    /** These thresholds with the workspace's anomaly rules of scope '' applied: an enabled rule sets the ratio, a
     * disabled one drops the alert. */
    AnomalyThresholds withRules(const QList<AlertRule>& rules) const;
};

/**
 * What the exported rules query. The default is LiteLLM proxy's Prometheus metrics (`litellm_spend_metric_total`, USD
 * counter; `litellm_input_tokens_metric_total`), whose `team_alias` label carries the team name: a cost center maps to
 * a LiteLLM team. A feed that labels spend by cost center (e.g. Inferometer's own `inferometer_spend_usd_total`
 * with label `cost_center`) sets these three.
 */
struct RulesOptions
{
    QString spendMetric = QStringLiteral("litellm_spend_metric_total");
    QString inputTokensMetric = QStringLiteral("litellm_input_tokens_metric_total");
    QString label = QStringLiteral("team_alias");
    QString source; // named in the file's header comment (the workspace)
};

/**
 * Prometheus alerting rules (YAML, `promtool check rules` clean) for:
 * - each enabled budget_percent rule of a budget: 30-day spend `sum(increase(M{L="X"}[30d])) > t * BUDGET`
 *   (a rolling 30 days: PromQL has no calendar month), severity info below 0.9, warning below 1, else critical;
 * - each enabled forecast_breach rule: the 30-day spend extrapolated one week ahead from its last 6 hours'
 *   trend, `predict_linear(sum(increase(M{L="X"}[30d]))[6h:10m], 7 * 86400) > t * BUDGET`, severity warning;
 * - the anomaly thresholds: `sum by (L) (rate(M[1h])) > r * sum by (L) (rate(M[7d]))` for 15 minutes.
 * Deterministic (budgets in the given order).
 */
QString prometheusRules(const QList<Budget>& budgets, const QList<AlertRule>& rules, const AnomalyThresholds& anomalies,
    const RulesOptions& options = {});

/** `text` as a PromQL string literal's contents (escapes \ and "). */
QString promqlEscape(const QString& text);

} // namespace Budgets
