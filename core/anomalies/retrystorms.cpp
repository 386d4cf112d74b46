// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/anomalies/detectors.h"

#include <QCoreApplication>

namespace Anomalies::Detail {

namespace {

    struct Window
    {
        qint64 index = 0;
        qint64 errors = 0;
        qint64 cost = 0;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
    };

} // namespace

Result<QList<Anomaly>> retryStorms(Store::Workspace& ws, const Options& o, TaskContext& ctx)
{
    QList<Anomaly> out;
    const qint64 windowMs = qMax(1, o.stormWindowMinutes) * 60'000LL;
    QSqlQuery span(ws.db());
    if (auto r = exec(ws, span, QStringLiteral("SELECT MIN(time_ms), MAX(time_ms) FROM events")); !r)
        return r.error();
    if (!span.next() || span.value(0).isNull())
        return out;
    const qint64 windows = span.value(1).toLongLong() / windowMs - span.value(0).toLongLong() / windowMs + 1;
    QSqlQuery q(ws.db());
    if (auto r = exec(ws, q,
            QStringLiteral("SELECT api_key, model, time_ms / %1, SUM(calls), SUM(COALESCE(list_cost_nusd, 0)), "
                           "MIN(time_ms), MAX(time_ms) FROM events WHERE status = 'error' AND calls > 0 "
                           "GROUP BY api_key, model, time_ms / %1 ORDER BY api_key, model, time_ms / %1")
                .arg(windowMs));
        !r)
        return r.error();
    struct Pair
    {
        QString key, model;
        QList<Window> windows;
        qint64 errors = 0;
    };
    QList<Pair> pairs;
    while (q.next()) {
        const QString key = q.value(0).toString(), model = q.value(1).toString();
        if (pairs.isEmpty() || pairs.last().key != key || pairs.last().model != model)
            pairs << Pair { key, model, {}, 0 };
        const Window w { q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong(),
            q.value(5).toLongLong(), q.value(6).toLongLong() };
        pairs.last().windows << w;
        pairs.last().errors += w.errors;
    }
    if (ctx.isCanceled())
        return canceled();
    for (const Pair& p : pairs) {
        const double mean = double(p.errors) / double(windows);
        const double threshold = qMax(double(o.stormMinErrors), o.stormFactor * mean);
        QList<Window> run;
        auto close = [&] {
            if (run.isEmpty())
                return;
            Anomaly a;
            a.kind = Kind::RetryStorm;
            a.where = { { QStringLiteral("api_key"), p.key }, { QStringLiteral("model"), p.model } };
            a.startMs = run.first().firstMs;
            a.endMs = run.last().lastMs + 1;
            qint64 cost = 0, peak = 0;
            for (const Window& w : run) {
                a.evidenceCalls += w.errors;
                cost += w.cost;
                peak = qMax(peak, w.errors);
            }
            const double spanned = double(run.last().index - run.first().index + 1);
            a.excessCostNano = excessOver(cost, mean * spanned, double(a.evidenceCalls));
            a.metric = QCoreApplication::translate("Anomalies", "errors per %1 min").arg(windowMs / 60'000);
            a.observed = double(peak);
            a.baseline = mean;
            a.details.insert(QStringLiteral("threshold"), threshold);
            a.details.insert(QStringLiteral("windows"), spanned);
            a.evidence.fromMs = a.startMs;
            a.evidence.toMs = a.endMs;
            a.evidence.equals = a.where;
            a.evidence.condition = QStringLiteral("status = 'error'");
            a.severity = severityFor(o, a.excessCostNano, a.ratio());
            out << a;
            run.clear();
        };
        for (const Window& w : p.windows) {
            if (double(w.errors) < threshold)
                continue;
            if (!run.isEmpty() && w.index - run.last().index > 2)
                close();
            run << w;
        }
        close();
    }
    return out;
}

} // namespace Anomalies::Detail
