// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/live/livealerts.h"

#include "core/budgets/prometheusrules.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Live {

namespace {

    constexpr qint64 MsPerHour = 3'600'000;
    constexpr double NanoPerUsd = 1e9;

    bool isBudgetKind(const QString& k)
    {
        return k == QLatin1String(Budgets::Kind::BudgetPercent) || k == QLatin1String(Budgets::Kind::ForecastBreach);
    }

} // namespace

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

Result<SpendContext> spendContext(Store::Workspace& ws, const QString& costCenter, qint64 nowMs)
{
    SpendContext c;
    c.costCenter = costCenter;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    const QDate first(today.year(), today.month(), 1);
    c.monthStartMs = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    c.monthEndMs = QDateTime(first.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

    Budgets::BudgetRepository repo(ws);
    auto budgets = repo.budgets();
    if (!budgets)
        return budgets.error();
    for (const Budgets::Budget& b : budgets.value())
        if (b.costCenter == costCenter)
            c.budgetNano = b.monthlyNano;
    auto rules = repo.alertRules();
    if (!rules)
        return rules.error();
    for (const Budgets::AlertRule& r : rules.value()) {
        if (!r.enabled)
            continue;
        if (isBudgetKind(r.kind) ? r.scope == costCenter : (r.scope.isEmpty() || r.scope == costCenter))
            c.rules << r;
    }
    // the anomaly rules for all cost centers default as in the exported Prometheus rules: 3 × unless the workspace
    // has its own (a disabled one drops the alert)
    const Budgets::AnomalyThresholds defaults = Budgets::AnomalyThresholds {}.withRules(rules.value());
    for (const auto& [kind, ratio] : { std::pair { Budgets::Kind::SpendSpike, defaults.spendSpikeRatio },
             std::pair { Budgets::Kind::TokenSpike, defaults.tokenSpikeRatio } }) {
        bool own = false;
        for (const Budgets::AlertRule& r : rules.value())
            own = own || (r.kind == QLatin1String(kind) && r.scope.isEmpty());
        if (!own && ratio)
            c.rules << Budgets::AlertRule { 0, QString::fromLatin1(kind), QString(), *ratio, true };
    }

    QSqlQuery q(ws.db());
    // calls up to now inclusive: a call logged at this very millisecond is spent
    if (auto r = Store::runQuery(ws, q,
            QStringLiteral("SELECT COALESCE(SUM(list_cost_nusd), 0), MAX(time_ms) FROM events "
                           "WHERE cost_center = ? AND time_ms >= ? AND time_ms <= ?"),
            { costCenter, c.monthStartMs, nowMs });
        !r)
        return r.error();
    c.logsEndMs = c.monthStartMs;
    if (q.next()) {
        c.mtdNano = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            c.logsEndMs = q.value(1).toLongLong();
    }
    // the baseline window: 30 days before the last call logged up to now
    if (auto r = Store::runQuery(ws, q,
            QStringLiteral("SELECT MAX(time_ms) FROM events WHERE cost_center = ? AND time_ms <= ?"),
            { costCenter, nowMs });
        !r)
        return r.error();
    if (!q.next() || q.value(0).isNull())
        return c;
    const qint64 endHour = q.value(0).toLongLong() / MsPerHour + 1; // the hour of the last call counts
    const qint64 startHour = endHour - 30 * 24;
    if (auto r = Store::runQuery(ws, q,
            QStringLiteral("SELECT time_ms / 3600000 AS h, SUM(COALESCE(list_cost_nusd, 0)), "
                           "SUM(uncached_input_tokens + cache_read_tokens + cache_write_5m_tokens "
                           "+ cache_write_1h_tokens) FROM events "
                           "WHERE cost_center = ? AND time_ms >= ? AND time_ms < ? GROUP BY h"),
            { costCenter, startHour * MsPerHour, endHour * MsPerHour });
        !r)
        return r.error();
    QList<double> usd, tokens;
    while (q.next()) {
        usd << double(q.value(1).toLongLong()) / NanoPerUsd;
        tokens << double(q.value(2).toLongLong());
    }
    c.baselineHours = int(usd.size());
    if (const auto m = median(usd); m && *m > 0)
        c.baselineUsdPerHour = m;
    if (const auto m = median(tokens); m && *m > 0)
        c.baselineInputTokensPerHour = m;
    return c;
}

LiveSpendEstimate estimateSpend(const SpendContext& ctx, const LiveMetrics& m, qint64 nowMs)
{
    LiveSpendEstimate e;
    if (m.spendUsdPerHour) {
        const double rate = *m.spendUsdPerHour;
        const qint64 gapMs = std::max<qint64>(0, nowMs - std::max(ctx.logsEndMs, ctx.monthStartMs));
        const qint64 leftMs = std::max<qint64>(0, ctx.monthEndMs - nowMs);
        e.spentNowUsd = double(ctx.mtdNano) / NanoPerUsd + rate * double(gapMs) / double(MsPerHour);
        e.projectedUsd = *e.spentNowUsd + rate * double(leftMs) / double(MsPerHour);
        if (ctx.baselineUsdPerHour)
            e.spendRatio = rate / *ctx.baselineUsdPerHour;
    }
    if (m.promptTokensPerS && ctx.baselineInputTokensPerHour)
        e.tokenRatio = *m.promptTokensPerS * 3600.0 / *ctx.baselineInputTokensPerHour;
    return e;
}

QList<LiveAlert> evaluateLiveAlerts(const SpendContext& ctx, const LiveMetrics& m, qint64 nowMs)
{
    const LiveSpendEstimate e = estimateSpend(ctx, m, nowMs);
    const std::optional<double> budget = ctx.budgetNano && *ctx.budgetNano > 0
        ? std::optional<double>(double(*ctx.budgetNano) / NanoPerUsd)
        : std::nullopt;
    QList<LiveAlert> out;
    for (const Budgets::AlertRule& r : ctx.rules) {
        LiveAlert a { r.id, r.kind, r.scope, r.threshold, 0, 0, nowMs };
        bool fires = false;
        if (r.kind == QLatin1String(Budgets::Kind::BudgetPercent) && budget && e.spentNowUsd) {
            a.measured = *e.spentNowUsd;
            a.limit = r.threshold * *budget;
            fires = a.measured >= a.limit;
        } else if (r.kind == QLatin1String(Budgets::Kind::ForecastBreach) && budget && e.projectedUsd) {
            a.measured = *e.projectedUsd;
            a.limit = r.threshold * *budget;
            fires = a.measured > a.limit;
        } else if (r.kind == QLatin1String(Budgets::Kind::SpendSpike) && e.spendRatio
            && *m.spendUsdPerHour >= Budgets::AnomalyThresholds {}.minSpendUsdPerHour) {
            a.measured = *e.spendRatio;
            a.limit = r.threshold;
            fires = a.measured >= a.limit;
        } else if (r.kind == QLatin1String(Budgets::Kind::TokenSpike) && e.tokenRatio) {
            a.measured = *e.tokenRatio;
            a.limit = r.threshold;
            fires = a.measured >= a.limit;
        }
        if (fires)
            out << a;
    }
    return out;
}

QList<LiveAlert> carryFiredTimes(const QList<LiveAlert>& previous, QList<LiveAlert> current)
{
    for (LiveAlert& a : current)
        for (const LiveAlert& p : previous)
            if (p.ruleId == a.ruleId && p.kind == a.kind && p.scope == a.scope && p.threshold == a.threshold)
                a.firedAtMs = p.firedAtMs;
    return current;
}

} // namespace Live
