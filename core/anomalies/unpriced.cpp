// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/anomalies/detectors.h"

#include <QCoreApplication>

namespace Anomalies::Detail {

Result<QList<Anomaly>> unpricedSpend(Store::Workspace& ws, const Options& o, TaskContext& ctx)
{
    Q_UNUSED(ctx);
    QList<Anomaly> out;
    QSqlQuery total(ws.db());
    if (auto r = exec(ws, total, QStringLiteral("SELECT SUM(calls) FROM daily_rollup")); !r)
        return r.error();
    const qint64 allCalls = total.next() ? total.value(0).toLongLong() : 0;
    // the rollup names the models with unpriced calls; their events are then read through events_model only
    QSqlQuery models(ws.db());
    if (auto r = exec(ws, models,
            QStringLiteral("SELECT DISTINCT model FROM daily_rollup WHERE unpriced_calls > 0 ORDER BY model"));
        !r)
        return r.error();
    QStringList names;
    while (models.next())
        names << models.value(0).toString();
    for (const QString& model : std::as_const(names)) {
        QSqlQuery q(ws.db());
        if (auto r = exec(ws, q,
                QStringLiteral("SELECT model, provider, MIN(time_ms), MAX(time_ms), SUM(calls), "
                               "SUM(uncached_input_tokens + cache_read_tokens + cache_write_5m_tokens + "
                               "cache_write_1h_tokens), SUM(output_tokens + reasoning_tokens) FROM events "
                               "WHERE model = ? AND list_cost_nusd IS NULL AND calls > 0 GROUP BY model, provider "
                               "ORDER BY provider"),
                { model });
            !r)
            return r.error();
        while (q.next()) {
            Anomaly a;
            a.kind = Kind::Unpriced;
            a.where = { { QStringLiteral("model"), q.value(0).toString() },
                { QStringLiteral("provider"), q.value(1).toString() } };
            a.startMs = q.value(2).toLongLong();
            a.endMs = q.value(3).toLongLong() + 1;
            a.evidenceCalls = q.value(4).toLongLong();
            a.metric = QCoreApplication::translate("Anomalies", "unpriced calls");
            a.observed = double(a.evidenceCalls);
            a.details.insert(QStringLiteral("input_tokens"), q.value(5).toDouble());
            a.details.insert(QStringLiteral("output_tokens"), q.value(6).toDouble());
            const double share = allCalls > 0 ? double(a.evidenceCalls) / double(allCalls) : 0;
            a.details.insert(QStringLiteral("share_of_calls"), share);
            a.severity = share > o.unpricedHighShare ? Severity::High : Severity::Medium;
            a.evidence.fromMs = a.startMs;
            a.evidence.toMs = a.endMs;
            a.evidence.equals = a.where;
            a.evidence.condition = QStringLiteral("list_cost_nusd IS NULL AND calls > 0");
            out << a;
        }
    }
    return out;
}

} // namespace Anomalies::Detail
