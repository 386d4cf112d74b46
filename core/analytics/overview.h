// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/report.h"

namespace Analytics {

/** A period: the last `lastDays` days up to the workspace's last event, or `filter` as given (empty = all time). */
struct Range
{
    int lastDays = 0;
    Filter filter;
};

/** Everything the Overview page shows, computed in one go on a worker thread. */
struct Overview
{
    std::optional<std::pair<qint64, qint64>> span; // first and last event in the workspace
    Filter applied; // the period shown
    Report byCostCenter; // totals + groups
    Report byModel;
    DailySeries dailyByCostCenter;
};

/** Opens `path` on the calling thread (its own connection) and computes the overview over `range`. */
Result<Overview> overview(const QString& path, const Range& range);

/** The last `days` whole UTC days up to and including the day of `lastEventMs`. */
Filter lastDays(qint64 lastEventMs, int days);

} // namespace Analytics

Q_DECLARE_METATYPE(Analytics::Overview)
