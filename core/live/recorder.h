// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/live/exposition.h"
#include "core/store/workspace.h"

namespace Live {

/**
 * Records live scrapes into a workspace as time series (tables live_series, live_points), so that a session can be
 * compared later with the usage logs. A series is one metric name and label set of one feed; a point that is already
 * stored (same series, same time) is kept, so recording the same scrape twice adds nothing. Same thread affinity as
 * the Workspace.
 */
class Recorder
{
public:
    explicit Recorder(Store::Workspace& ws);

    /** Stores every sample of `e` scraped from `feed` at `timeMs` (a sample's own timestamp wins), in one
     * transaction; returns the points added. */
    Result<qint64> record(const QString& feed, const Exposition& e, qint64 timeMs);

    /** Series recorded from `feed`: their keys ("name{a="1"}"), sorted. */
    Result<QStringList> seriesKeys(const QString& feed);
    /** The points of one series in [fromMs, toMs), in time order. */
    Result<QList<Point>> points(const QString& feed, const QString& seriesKey, qint64 fromMs, qint64 toMs);

private:
    Store::Workspace& m_ws;
};

} // namespace Live
