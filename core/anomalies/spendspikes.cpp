// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/anomalies/detectors.h"

#include "core/common/timeutil.h"
#include "core/store/measures.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <map>

namespace Anomalies::Detail {

namespace {

    struct Day
    {
        qint64 cost = 0;
        qint64 calls = 0;
    };

    /** One series: spend per day (days since the epoch) of one dimension value. */
    using Series = std::map<qint64, Day>;

    void spikesOf(const Options& o, const QString& dim, const QString& value, const Series& s, qint64 firstDay,
        qint64 lastDay, QList<Anomaly>& out)
    {
        auto at = [&](qint64 d) {
            auto it = s.find(d);
            return it == s.end() ? Day {} : it->second;
        };
        std::optional<Anomaly> run;
        qint64 runExcess = 0;
        double runMedian = 0, runActual = 0, runThreshold = 0, runPeakRatio = 0;
        auto close = [&] {
            if (!run)
                return;
            run->excessCostNano = runExcess;
            run->observed = runActual;
            run->baseline = runMedian;
            run->details.insert(QStringLiteral("threshold_usd"), runThreshold);
            run->details.insert(QStringLiteral("peak_ratio"), runPeakRatio);
            run->details.insert(QStringLiteral("days"), double((run->endMs - run->startMs) / TimeUtil::MsPerDay));
            out << *run;
            run.reset();
        };
        const qint64 from = qMax(firstDay, s.begin()->first);
        for (qint64 d = from; d <= lastDay; ++d) {
            QList<double> hist;
            int spent = 0;
            for (int k = 1; k <= o.spikeWeeks; ++k) {
                const qint64 dd = d - 7 * k;
                if (dd < firstDay)
                    break;
                const qint64 c = at(dd).cost;
                hist << double(c);
                spent += c > 0;
            }
            const Day today = at(d);
            bool spike = false;
            double med = 0, threshold = 0;
            if (spent >= o.spikeMinWeeks) {
                med = median(hist);
                const double margin = qMax(
                    qMax(o.spikeMadK * 1.4826 * mad(hist, med), o.spikeMinRelative * med), o.spikeMinExcessUsd * 1e9);
                threshold = med + margin;
                spike = double(today.cost) > threshold;
            }
            if (!spike) {
                close();
                continue;
            }
            if (!run) {
                run = Anomaly {};
                run->kind = Kind::SpendSpike;
                run->startMs = d * TimeUtil::MsPerDay;
                run->where.insert(dim, value);
                run->metric = QCoreApplication::translate("Anomalies", "list spend (USD)");
                run->evidence.equals.insert(dim, value);
                runExcess = 0;
                runMedian = runActual = runThreshold = runPeakRatio = 0;
            }
            run->endMs = (d + 1) * TimeUtil::MsPerDay;
            run->evidence.fromMs = run->startMs;
            run->evidence.toMs = run->endMs;
            run->evidenceCalls += today.calls;
            runExcess += today.cost - qint64(std::llround(med));
            runActual += usd(today.cost);
            runMedian += med / 1e9;
            runThreshold += threshold / 1e9;
            runPeakRatio = qMax(runPeakRatio, med > 0 ? double(today.cost) / med : 0.0);
        }
        close();
    }

} // namespace

Result<QList<Anomaly>> spendSpikes(Store::Workspace& ws, const Options& o, TaskContext& ctx)
{
    QList<Anomaly> out;
    QSqlQuery range(ws.db());
    if (auto r = exec(ws, range, QStringLiteral("SELECT MIN(day), MAX(day) FROM daily_rollup")); !r)
        return r.error();
    if (!range.next() || range.value(0).isNull())
        return out;
    const qint64 firstDay = range.value(0).toLongLong(), lastDay = range.value(1).toLongLong();
    for (const QString& dim : o.spikeDimensions) {
        if (!Store::rollupDimensions().contains(dim)) // never put an unknown name into SQL
            continue;
        if (ctx.isCanceled())
            return canceled();
        QSqlQuery q(ws.db());
        if (auto r = exec(ws, q,
                QStringLiteral("SELECT %1, day, SUM(list_cost_nusd), SUM(calls) FROM daily_rollup GROUP BY %1, day")
                    .arg(dim));
            !r)
            return r.error();
        QHash<QString, Series> series;
        while (q.next())
            series[q.value(0).toString()][q.value(1).toLongLong()]
                = Day { q.value(2).toLongLong(), q.value(3).toLongLong() };
        for (auto it = series.cbegin(); it != series.cend(); ++it)
            spikesOf(o, dim, it.key(), it.value(), firstDay, lastDay, out);
    }
    for (Anomaly& a : out)
        a.severity = severityFor(o, a.excessCostNano, a.ratio());
    return out;
}

} // namespace Anomalies::Detail
