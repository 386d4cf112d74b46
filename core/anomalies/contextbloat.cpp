// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/anomalies/detectors.h"

#include "core/common/timeutil.h"

#include <QCoreApplication>

#include <cmath>

namespace Anomalies::Detail {

namespace {

    struct Day
    {
        qint64 day = 0;
        qint64 input = 0;
        qint64 calls = 0;
        qint64 cost = 0;
        bool flagged = false;
        double baseInput = 0; // baseline input tokens per call
        double baseCost = 0; // baseline nano-dollars per call
        double perCall() const { return double(input) / double(calls); }
    };

    void bloatOf(const Options& o, const QString& project, QList<Day>& days, QList<Anomaly>& out)
    {
        for (qsizetype i = 0; i < days.size(); ++i) {
            Day& d = days[i];
            QList<double> inputs, costs;
            for (qsizetype j = i - 1; j >= 0 && days[j].day >= d.day - o.bloatBaselineDays; --j)
                if (!days[j].flagged) {
                    inputs << days[j].perCall();
                    costs << double(days[j].cost) / double(days[j].calls);
                }
            if (inputs.size() < o.bloatMinBaselineDays)
                continue;
            d.baseInput = median(inputs);
            d.baseCost = median(costs);
            d.flagged = d.baseInput > 0 && d.perCall() >= o.bloatFactor * d.baseInput;
        }
        for (qsizetype i = 0; i < days.size();) {
            if (!days[i].flagged) {
                ++i;
                continue;
            }
            qsizetype j = i + 1;
            while (j < days.size() && days[j].flagged && days[j].day == days[j - 1].day + 1)
                ++j;
            if (j - i >= o.bloatMinDays) {
                Anomaly a;
                a.kind = Kind::ContextBloat;
                a.where.insert(QStringLiteral("project"), project);
                a.startMs = days[i].day * TimeUtil::MsPerDay;
                a.endMs = (days[j - 1].day + 1) * TimeUtil::MsPerDay;
                qint64 input = 0, excess = 0;
                double peak = 0;
                for (qsizetype k = i; k < j; ++k) {
                    const Day& d = days[k];
                    a.evidenceCalls += d.calls;
                    input += d.input;
                    excess += qMax<qint64>(0, d.cost - qint64(std::llround(double(d.calls) * d.baseCost)));
                    peak = qMax(peak, d.perCall() / d.baseInput);
                }
                a.excessCostNano = excess;
                a.metric = QCoreApplication::translate("Anomalies", "input tokens per call");
                a.observed = double(input) / double(a.evidenceCalls);
                a.baseline = days[i].baseInput;
                a.details.insert(QStringLiteral("peak_ratio"), peak);
                a.details.insert(QStringLiteral("days"), double(j - i));
                a.details.insert(QStringLiteral("baseline_cost_per_call_usd"), days[i].baseCost / 1e9);
                a.evidence.fromMs = a.startMs;
                a.evidence.toMs = a.endMs;
                a.evidence.equals = a.where;
                a.severity = severityFor(o, a.excessCostNano, a.ratio());
                out << a;
            }
            i = j;
        }
    }

} // namespace

Result<QList<Anomaly>> contextBloat(Store::Workspace& ws, const Options& o, TaskContext& ctx)
{
    Q_UNUSED(ctx);
    QList<Anomaly> out;
    QSqlQuery q(ws.db());
    if (auto r = exec(ws, q,
            QStringLiteral("SELECT project, day, SUM(uncached_input_tokens + cache_read_tokens + "
                           "cache_write_5m_tokens + cache_write_1h_tokens), SUM(calls), SUM(list_cost_nusd) "
                           "FROM daily_rollup WHERE project <> '' GROUP BY project, day ORDER BY project, day"));
        !r)
        return r.error();
    QString project;
    QList<Day> days;
    while (q.next()) {
        const QString p = q.value(0).toString();
        if (p != project) {
            bloatOf(o, project, days, out);
            project = p;
            days.clear();
        }
        const Day d { q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
            q.value(4).toLongLong() };
        if (d.calls >= qMax(1, o.bloatMinCalls))
            days << d;
    }
    bloatOf(o, project, days, out);
    return out;
}

} // namespace Anomalies::Detail
