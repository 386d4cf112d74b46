// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/budgets/budgetrepository.h"

#include "core/store/usagerepository.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Budgets {

namespace {

    QString budgetKindsSql()
    {
        return QStringLiteral("kind IN ('%1', '%2')")
            .arg(QLatin1String(Kind::BudgetPercent), QLatin1String(Kind::ForecastBreach));
    }

} // namespace

QList<AlertRule> defaultBudgetRules(const QString& costCenter)
{
    QList<AlertRule> out;
    for (double t : { 0.8, 0.9, 1.0 })
        out << AlertRule { 0, QString::fromLatin1(Kind::BudgetPercent), costCenter, t, true };
    out << AlertRule { 0, QString::fromLatin1(Kind::ForecastBreach), costCenter, 1.0, true };
    return out;
}

Result<QList<Budget>> BudgetRepository::budgets()
{
    QSqlQuery q(m_ws.db());
    if (auto r = Store::runQuery(
            m_ws, q, QStringLiteral("SELECT cost_center, monthly_nusd FROM budgets ORDER BY cost_center"), {});
        !r)
        return r.error();
    QList<Budget> out;
    while (q.next())
        out << Budget { q.value(0).toString(), q.value(1).toLongLong() };
    return out;
}

Result<void> BudgetRepository::setOne(const QString& costCenter, qint64 monthlyNano)
{
    QSqlQuery q(m_ws.db());
    if (monthlyNano <= 0) {
        if (auto r
            = Store::runQuery(m_ws, q, QStringLiteral("DELETE FROM budgets WHERE cost_center = ?"), { costCenter });
            !r)
            return r;
        return Store::runQuery(
            m_ws, q, QStringLiteral("DELETE FROM alert_rules WHERE scope = ? AND ") + budgetKindsSql(), { costCenter });
    }
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("INSERT INTO budgets (cost_center, monthly_nusd) VALUES (?, ?) "
                           "ON CONFLICT (cost_center) DO UPDATE SET monthly_nusd = excluded.monthly_nusd"),
            { costCenter, monthlyNano });
        !r)
        return r;
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("SELECT count(*) FROM alert_rules WHERE scope = ? AND ") + budgetKindsSql(), { costCenter });
        !r)
        return r;
    if (q.next() && q.value(0).toLongLong() > 0)
        return {}; // the user's own rules stay
    for (const AlertRule& rule : defaultBudgetRules(costCenter))
        if (auto r = addAlertRule(rule); !r)
            return r.error();
    return {};
}

Result<void> BudgetRepository::setBudget(const QString& costCenter, qint64 monthlyNano)
{
    Store::Transaction tx(m_ws);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = setOne(costCenter, monthlyNano); !r)
        return r;
    return tx.commit();
}

Result<void> BudgetRepository::replaceBudgets(const QList<Budget>& wanted)
{
    auto current = budgets();
    if (!current)
        return current.error();
    Store::Transaction tx(m_ws);
    if (auto r = tx.begin(); !r)
        return r;
    QSet<QString> keep;
    for (const Budget& b : wanted) {
        if (b.monthlyNano > 0)
            keep.insert(b.costCenter);
        if (auto r = setOne(b.costCenter, b.monthlyNano); !r)
            return r;
    }
    for (const Budget& b : current.value())
        if (!keep.contains(b.costCenter))
            if (auto r = setOne(b.costCenter, 0); !r)
                return r;
    return tx.commit();
}

Result<QList<AlertRule>> BudgetRepository::alertRules()
{
    QSqlQuery q(m_ws.db());
    if (auto r = Store::runQuery(
            m_ws, q, QStringLiteral("SELECT id, kind, scope, threshold, enabled FROM alert_rules ORDER BY id"), {});
        !r)
        return r.error();
    QList<AlertRule> out;
    while (q.next())
        out << AlertRule { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
            q.value(4).toInt() != 0 };
    return out;
}

Result<qint64> BudgetRepository::addAlertRule(const AlertRule& rule)
{
    QSqlQuery q(m_ws.db());
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("INSERT INTO alert_rules (kind, scope, threshold, enabled) VALUES (?, ?, ?, ?)"),
            { rule.kind, rule.scope.isNull() ? QStringLiteral("") : rule.scope, rule.threshold, rule.enabled ? 1 : 0 });
        !r)
        return r.error();
    return q.lastInsertId().toLongLong();
}

Result<void> BudgetRepository::setRuleEnabled(qint64 id, bool enabled)
{
    QSqlQuery q(m_ws.db());
    return Store::runQuery(
        m_ws, q, QStringLiteral("UPDATE alert_rules SET enabled = ? WHERE id = ?"), { enabled ? 1 : 0, id });
}

} // namespace Budgets
