// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/period.h"
#include "core/analytics/report.h"

namespace Analytics {

/** Everything the Overview page shows, computed in one go on a worker thread. */
struct Overview
{
    TimeSpan span; // first and last event in the workspace
    Filter applied; // the period shown
    Report byCostCenter; // totals + groups
    Report byModel;
    DailySeries dailyByCostCenter;
};

/** Opens `path` on the calling thread (its own connection) and computes the overview over `range`. */
Result<Overview> overview(const QString& path, const PeriodChoice& period);

} // namespace Analytics

Q_DECLARE_METATYPE(Analytics::Overview)
