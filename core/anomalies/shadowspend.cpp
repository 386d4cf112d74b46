// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/anomalies/detectors.h"

#include "core/common/timeutil.h"

#include <QCoreApplication>

namespace Anomalies::Detail {

Result<QList<Anomaly>> shadowSpend(Store::Workspace& ws, const Options& o, TaskContext& ctx)
{
    Q_UNUSED(ctx);
    QList<Anomaly> out;
    QSqlQuery range(ws.db());
    if (auto r = exec(ws, range, QStringLiteral("SELECT MIN(day) FROM daily_rollup")); !r)
        return r.error();
    if (!range.next() || range.value(0).isNull())
        return out;
    const qint64 firstDay = range.value(0).toLongLong();
    // calls with a key are grouped by key; calls without one by model
    for (const QString& dim : { QStringLiteral("api_key"), QStringLiteral("model") }) {
        const QString keyless = dim == QLatin1String("model") ? QStringLiteral(" AND api_key = ''") : QString();
        QSqlQuery q(ws.db());
        if (auto r = exec(ws, q,
                QStringLiteral("SELECT %1, MIN(day), MAX(day), SUM(list_cost_nusd), SUM(calls) FROM daily_rollup "
                               "WHERE cost_center = '' AND owner = ''%2 GROUP BY %1")
                    .arg(dim, keyless));
            !r)
            return r.error();
        while (q.next()) {
            const QString value = q.value(0).toString();
            if (dim == QLatin1String("api_key") && value.isEmpty())
                continue;
            const qint64 cost = q.value(3).toLongLong();
            if (usd(cost) < o.shadowMinUsd)
                continue;
            Anomaly a;
            a.kind = Kind::ShadowSpend;
            const qint64 first = q.value(1).toLongLong(), last = q.value(2).toLongLong();
            a.startMs = first * TimeUtil::MsPerDay;
            a.endMs = (last + 1) * TimeUtil::MsPerDay;
            a.where.insert(dim, value);
            a.excessCostNano = cost;
            a.evidenceCalls = q.value(4).toLongLong();
            a.metric = QCoreApplication::translate("Anomalies", "unowned list spend (USD)");
            a.observed = usd(cost);
            a.baseline = 0;
            const bool isNew = first - firstDay > o.shadowNewAfterDays;
            a.details.insert(QStringLiteral("new"), isNew ? 1 : 0);
            a.details.insert(QStringLiteral("days"), double(last - first + 1));
            a.evidence.fromMs = a.startMs;
            a.evidence.toMs = a.endMs;
            a.evidence.equals = { { dim, value }, { QStringLiteral("cost_center"), QString() },
                { QStringLiteral("owner"), QString() } };
            if (!keyless.isEmpty())
                a.evidence.equals.insert(QStringLiteral("api_key"), QString());
            a.severity = severityFor(o, a.excessCostNano, 0); // no baseline: by the amount alone
            if (isNew && a.severity != Severity::Critical)
                a.severity = Severity(int(a.severity) + 1);
            out << a;
        }
    }
    return out;
}

} // namespace Anomalies::Detail
