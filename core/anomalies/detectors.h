// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/anomalies/anomalies.h"

#include <QSqlQuery>
#include <QVariant>

/** The detectors behind Anomalies::detect(), one per file; shared helpers. Internal to core_anomalies. */
namespace Anomalies::Detail {

Result<QList<Anomaly>> spendSpikes(Store::Workspace& ws, const Options& o, TaskContext& ctx);
Result<QList<Anomaly>> shadowSpend(Store::Workspace& ws, const Options& o, TaskContext& ctx);
Result<QList<Anomaly>> agentLoops(Store::Workspace& ws, const Options& o, TaskContext& ctx);
Result<QList<Anomaly>> retryStorms(Store::Workspace& ws, const Options& o, TaskContext& ctx);
Result<QList<Anomaly>> contextBloat(Store::Workspace& ws, const Options& o, TaskContext& ctx);
Result<QList<Anomaly>> unpricedSpend(Store::Workspace& ws, const Options& o, TaskContext& ctx);

/** Median of `v` (mean of the middle two for an even count); 0 for none. */
double median(QList<double> v);
/** Median absolute deviation from `med`. */
double mad(const QList<double>& v, double med);

/** Runs `sql` with positional `binds` forward-only; an Error naming the workspace on failure. */
Result<void> exec(Store::Workspace& ws, QSqlQuery& q, const QString& sql, const QVariantList& binds = {});

Error canceled();

/** `cost` less its expected share `expected / actual` (both in calls), rounded; never below 0. */
qint64 excessOver(qint64 costNano, double expected, double actual);

inline double usd(qint64 nano)
{
    return double(nano) / 1e9;
}

} // namespace Anomalies::Detail
