// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/budgets/budgetstatus.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>

namespace Budgets {

namespace {

    // z of the 90th percentile of the normal distribution: ±z·σ spans the 10th–90th percentile
    constexpr double Z90 = 1.2815515655446004;

    qint64 permille(double fraction)
    {
        return std::llround(fraction * 1000.0);
    }

    /** cum ≥ fraction × budget, exactly (fractions in permille). */
    bool reached(qint64 cumNano, double fraction, qint64 budgetNano)
    {
        return __int128(cumNano) * 1000 >= __int128(permille(fraction)) * budgetNano;
    }

    struct MonthSpan
    {
        qint64 startMs = 0;
        int days = 0;
        int elapsed = 0;
    };

    MonthSpan monthOf(qint64 asOfDayMs)
    {
        const QDate d = QDateTime::fromMSecsSinceEpoch(asOfDayMs, Qt::UTC).date();
        const QDate first(d.year(), d.month(), 1);
        MonthSpan m;
        m.startMs = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        m.days = d.daysInMonth();
        m.elapsed = d.day();
        return m;
    }

    /** Replays the month's calls of one cost center in time order: crossing times of the thresholds, the breaker. */
    Result<void> replay(Store::Workspace& ws, BudgetStatus& s, qint64 endMs, const QList<double>& thresholds,
        QList<AlertCrossing>& crossings)
    {
        QSqlQuery q(ws.db());
        if (auto r = Store::runQuery(ws, q,
                QStringLiteral("SELECT time_ms, COALESCE(list_cost_nusd, 0), calls FROM events "
                               "WHERE cost_center = ? AND time_ms >= ? AND time_ms < ? ORDER BY time_ms, id"),
                { s.costCenter, s.monthStartMs, endMs });
            !r)
            return r;
        QList<double> pending = thresholds;
        std::sort(pending.begin(), pending.end());
        qint64 cum = 0;
        while (q.next()) {
            const qint64 t = q.value(0).toLongLong();
            const qint64 cost = q.value(1).toLongLong();
            const qint64 calls = q.value(2).toLongLong();
            if (s.breaker.tripped) {
                s.breaker.blockedNano += cost;
                s.breaker.blockedCalls += calls;
                continue;
            }
            cum += cost;
            while (!pending.isEmpty() && reached(cum, pending.first(), s.budgetNano)) {
                crossings << AlertCrossing { QString::fromLatin1(Kind::BudgetPercent), pending.first(),
                    TimeUtil::dayStart(t), t };
                pending.removeFirst();
            }
            if (reached(cum, 1.0, s.budgetNano)) {
                s.breaker.tripped = true;
                s.breaker.atMs = t;
            }
        }
        return {};
    }

    QJsonValue usd(qint64 nano)
    {
        return Money::nanoToUsd(nano);
    }

} // namespace

Forecast forecastMonth(const QList<qint64>& daily, int daysInMonth, std::optional<int> firstWeekday)
{
    Forecast f;
    const qint64 n = daily.size();
    if (n == 0)
        return f;
    // kind of day i of the month (0-based): 1 on Saturday and Sunday when the weekday is known, else 0
    auto kind = [&](qint64 i) { return firstWeekday && (*firstWeekday - 1 + i) % 7 >= 5 ? 1 : 0; };
    qint64 mtd = 0;
    std::array<qint64, 2> sum {}, seen {}, rest {};
    for (qint64 i = 0; i < n; ++i) {
        mtd += daily[i];
        sum[size_t(kind(i))] += daily[i];
        ++seen[size_t(kind(i))];
    }
    for (qint64 i = n; i < daysInMonth; ++i)
        ++rest[size_t(kind(i))];
    qint64 projected = 0;
    for (size_t k = 0; k < 2; ++k) // a kind not seen yet: the mean of all days so far
        projected += seen[k] > 0 ? Money::divRound(__int128(sum[k]) * rest[k], seen[k])
                                 : Money::divRound(__int128(mtd) * rest[k], n);
    f.centralNano = mtd + projected;
    const qint64 kinds = (seen[0] > 0) + (seen[1] > 0);
    if (n - kinds >= 1) {
        double ss = 0;
        for (qint64 i = 0; i < n; ++i) {
            const size_t k = size_t(kind(i));
            const double d = double(daily[i]) - double(sum[k]) / double(seen[k]);
            ss += d * d;
        }
        f.dailySigmaNano = std::sqrt(ss / double(n - kinds));
    }
    const qint64 remaining = rest[0] + rest[1];
    const qint64 half = std::llround(Z90 * f.dailySigmaNano * std::sqrt(double(remaining)));
    f.lowNano = std::max(mtd, f.centralNano - half);
    f.highNano = f.centralNano + half;
    return f;
}

Result<BudgetReport> evaluate(Store::Workspace& ws, std::optional<qint64> asOfMs, TaskContext& ctx, int forecastFromDay)
{
    BudgetReport rep;
    QSqlQuery q(ws.db());
    if (auto r = Store::runQuery(ws, q, QStringLiteral("SELECT MAX(time_ms) FROM events"), {}); !r)
        return r.error();
    const bool hasEvents = q.next() && !q.value(0).isNull();
    rep.empty = !hasEvents;
    if (!asOfMs && !hasEvents)
        return rep;
    rep.asOfDayMs = TimeUtil::dayStart(asOfMs ? *asOfMs : q.value(0).toLongLong());

    BudgetRepository repo(ws);
    auto budgets = repo.budgets();
    if (!budgets)
        return budgets.error();
    auto rules = repo.alertRules();
    if (!rules)
        return rules.error();

    const MonthSpan month = monthOf(rep.asOfDayMs);
    const int firstWeekday = QDateTime::fromMSecsSinceEpoch(month.startMs, Qt::UTC).date().dayOfWeek();
    const qint64 endMs = rep.asOfDayMs + TimeUtil::MsPerDay;
    const qint64 firstDay = month.startMs / TimeUtil::MsPerDay;
    int done = 0;
    for (const Budget& b : budgets.value()) {
        if (ctx.isCanceled())
            return Error { Error::Code::Canceled, QCoreApplication::translate("Budgets", "Canceled."), ws.path() };
        ctx.setProgress(done++, budgets.value().size());
        BudgetStatus s;
        s.costCenter = b.costCenter;
        s.budgetNano = b.monthlyNano;
        s.monthStartMs = month.startMs;
        s.daysInMonth = month.days;
        s.daysElapsed = month.elapsed;
        s.dailyNano = QList<qint64>(month.elapsed, 0);
        if (auto r = Store::runQuery(ws, q,
                QStringLiteral("SELECT day, SUM(list_cost_nusd), SUM(calls), SUM(unpriced_calls) FROM daily_rollup "
                               "WHERE cost_center = ? AND day >= ? AND day < ? GROUP BY day"),
                { b.costCenter, firstDay, firstDay + month.elapsed });
            !r)
            return r.error();
        while (q.next()) {
            const qint64 i = q.value(0).toLongLong() - firstDay;
            s.dailyNano[i] = q.value(1).toLongLong();
            s.mtdNano += s.dailyNano[i];
            s.mtdCalls += q.value(2).toLongLong();
            s.unpricedCalls += q.value(3).toLongLong();
        }
        s.forecast = forecastMonth(s.dailyNano, month.days, firstWeekday);

        QList<double> percents;
        QList<double> forecastThresholds;
        for (const AlertRule& rule : rules.value()) {
            if (!rule.enabled || rule.scope != b.costCenter)
                continue;
            if (rule.kind == QLatin1String(Kind::BudgetPercent))
                percents << rule.threshold;
            else if (rule.kind == QLatin1String(Kind::ForecastBreach))
                forecastThresholds << rule.threshold;
        }
        QList<AlertCrossing> crossings;
        if (auto r = replay(ws, s, endMs, percents, crossings); !r)
            return r.error();
        // forecast breach: the first day whose central forecast, as it stood that evening, exceeds threshold × budget
        for (double t : forecastThresholds) {
            for (int k = 1; k <= s.dailyNano.size(); ++k) {
                if (k >= forecastFromDay
                    && __int128(forecastMonth(s.dailyNano.mid(0, k), month.days, firstWeekday).centralNano) * 1000
                        > __int128(b.monthlyNano) * permille(t)) {
                    crossings << AlertCrossing { QString::fromLatin1(Kind::ForecastBreach), t,
                        month.startMs + (k - 1) * TimeUtil::MsPerDay, std::nullopt };
                    break;
                }
            }
        }
        // a forecast is judged on a whole day: at its end, after that day's crossings
        auto when = [](const AlertCrossing& a) { return a.atMs.value_or(a.dayMs + TimeUtil::MsPerDay); };
        std::stable_sort(crossings.begin(), crossings.end(),
            [&](const AlertCrossing& a, const AlertCrossing& b) { return when(a) < when(b); });
        s.alerts = crossings;
        rep.rows << s;
    }
    if (auto r = Store::runQuery(ws, q,
            QStringLiteral("SELECT cost_center, SUM(list_cost_nusd) AS c FROM daily_rollup WHERE day >= ? AND day < ? "
                           "GROUP BY cost_center HAVING c > 0 ORDER BY c DESC, cost_center"),
            { firstDay, firstDay + month.elapsed });
        !r)
        return r.error();
    QSet<QString> budgeted;
    for (const Budget& b : budgets.value())
        budgeted.insert(b.costCenter);
    while (q.next())
        if (!budgeted.contains(q.value(0).toString()))
            rep.unbudgeted << std::pair { q.value(0).toString(), q.value(1).toLongLong() };
    ctx.setProgress(done, done);
    return rep;
}

QByteArray reportToJson(const BudgetReport& report)
{
    QJsonArray rows;
    for (const BudgetStatus& s : report.rows) {
        QJsonArray alerts;
        for (const AlertCrossing& a : s.alerts)
            alerts.append(QJsonObject { { QStringLiteral("kind"), a.kind },
                { QStringLiteral("threshold"), a.threshold }, { QStringLiteral("day"), TimeUtil::toDate(a.dayMs) },
                { QStringLiteral("at"), a.atMs ? QJsonValue(TimeUtil::toIso(*a.atMs)) : QJsonValue() } });
        QJsonValue breaker;
        if (s.breaker.tripped)
            breaker = QJsonObject { { QStringLiteral("at"), TimeUtil::toIso(s.breaker.atMs) },
                { QStringLiteral("blocked_usd"), usd(s.breaker.blockedNano) },
                { QStringLiteral("blocked_calls"), s.breaker.blockedCalls } };
        QJsonArray daily;
        for (qint64 v : s.dailyNano)
            daily.append(usd(v));
        rows.append(QJsonObject {
            { QStringLiteral("cost_center"), s.costCenter },
            { QStringLiteral("budget_usd"), usd(s.budgetNano) },
            { QStringLiteral("month"), TimeUtil::toDate(s.monthStartMs).left(7) },
            { QStringLiteral("days_elapsed"), s.daysElapsed },
            { QStringLiteral("days_in_month"), s.daysInMonth },
            { QStringLiteral("mtd_usd"), usd(s.mtdNano) },
            { QStringLiteral("mtd_calls"), s.mtdCalls },
            { QStringLiteral("unpriced_calls"), s.unpricedCalls },
            { QStringLiteral("spent_fraction"), s.spentFraction() },
            { QStringLiteral("forecast"),
                QJsonObject { { QStringLiteral("low_usd"), usd(s.forecast.lowNano) },
                    { QStringLiteral("central_usd"), usd(s.forecast.centralNano) },
                    { QStringLiteral("high_usd"), usd(s.forecast.highNano) },
                    { QStringLiteral("fraction"), s.forecastFraction() },
                    { QStringLiteral("method"),
                        QStringLiteral(
                            "mean daily spend x days in month; 10-90%: +-1.28 sd(daily) sqrt(remaining)") } } },
            { QStringLiteral("daily_usd"), daily },
            { QStringLiteral("alerts"), alerts },
            { QStringLiteral("breaker"), breaker },
        });
    }
    QJsonObject root { { QStringLiteral("as_of"),
                           report.empty && report.asOfDayMs == 0 ? QJsonValue()
                                                                 : QJsonValue(TimeUtil::toDate(report.asOfDayMs)) },
        { QStringLiteral("cost_basis"), QStringLiteral("list_cost") }, { QStringLiteral("budgets"), rows } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace Budgets
