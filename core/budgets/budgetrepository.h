// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/store/workspace.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Budgets {

/** A monthly budget of one cost center, in nano-dollars of list cost. */
struct Budget
{
    QString costCenter;
    qint64 monthlyNano = 0;
    bool operator==(const Budget&) const = default;
};

/** Kinds of alert_rules rows. Budget kinds are scoped to a cost center; anomaly kinds to '' (all) or one. */
namespace Kind {
    inline constexpr char BudgetPercent[] = "budget_percent"; // threshold: fraction of the budget spent (0.8)
    inline constexpr char ForecastBreach[] = "forecast_breach"; // threshold: fraction of the budget forecast (1.0)
    inline constexpr char SpendSpike[] = "spend_spike"; // threshold: last hour's spend rate / last week's
    inline constexpr char TokenSpike[] = "token_spike"; // threshold: last hour's input token rate / last week's
} // namespace Kind

struct AlertRule
{
    qint64 id = 0;
    QString kind;
    QString scope;
    double threshold = 0;
    bool enabled = true;
};

/**
 * Budgets and alert rules of a workspace (tables budgets and alert_rules). Use on the thread that opened `ws`.
 * Errors name the workspace file.
 */
class BudgetRepository
{
public:
    explicit BudgetRepository(Store::Workspace& ws)
        : m_ws(ws)
    { }

    /** All budgets, by cost center. */
    Result<QList<Budget>> budgets();
    /**
     * Sets (or with monthlyNano <= 0 removes) one budget. A new budget gets the default rules 80 %, 90 %, 100 % and
     * forecast breach unless its cost center already has budget rules; removing a budget removes its budget rules.
     */
    Result<void> setBudget(const QString& costCenter, qint64 monthlyNano);
    /** Replaces all budgets by `budgets` (as setBudget for each: defaults for new ones, rules of removed ones go). */
    Result<void> replaceBudgets(const QList<Budget>& budgets);

    /** All alert rules, by id. */
    Result<QList<AlertRule>> alertRules();
    /** Adds a rule; returns its id. */
    Result<qint64> addAlertRule(const AlertRule& rule);
    Result<void> setRuleEnabled(qint64 id, bool enabled);

private:
    Result<void> setOne(const QString& costCenter, qint64 monthlyNano);
    Store::Workspace& m_ws;
};

/** The rules a budget gets by default: budget_percent 0.8, 0.9, 1.0 and forecast_breach 1.0. */
QList<AlertRule> defaultBudgetRules(const QString& costCenter);

} // namespace Budgets

Q_DECLARE_METATYPE(Budgets::Budget)
