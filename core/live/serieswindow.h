// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/live/exposition.h"

#include <QHash>

#include <deque>

namespace Live {

/**
 * The recent scrapes of one feed as time series: one per metric name and label set, each a rolling window of points
 * (older than `windowMs` dropped). Bounded in series too: a feed that suddenly exposes 100,000 series keeps the first
 * `maxSeries` and counts the rest as dropped, so that a misbehaving endpoint cannot exhaust memory.
 */
class SeriesWindow
{
public:
    explicit SeriesWindow(qint64 windowMs = 15 * 60 * 1000, int maxSeries = 20000);

    /** Adds every sample of `e`, scraped at `timeMs` (a sample's own timestamp wins). */
    void add(const Exposition& e, qint64 timeMs);

    /** Series key: "name{a="1",b="2"}" with labels sorted by name. */
    static QString key(const QString& name, const Labels& labels);

    struct Series
    {
        QString name;
        Labels labels; // sorted by name
        MetricType type = MetricType::Untyped;
        std::deque<Point> points;
    };
    const QHash<QString, Series>& series() const { return m_series; }
    qint64 droppedSeries() const { return m_dropped; }
    qint64 lastTimeMs() const { return m_lastMs; }

    /** Sum over the series named `name` (any labels) of their latest values; nullopt when none. */
    std::optional<double> latestSum(const QString& name) const;
    /** Sum over the series named `name` of their counter rate (per second, across resets) over the last `spanMs`. */
    std::optional<double> rateSum(const QString& name, qint64 spanMs) const;
    /**
     * The q-quantile of histogram `family` over the last `spanMs`: bucket increases of every series summed per "le"
     * (as histogram_quantile(q, sum by (le) (rate(x_bucket[span])))).
     */
    std::optional<double> quantile(const QString& family, double q, qint64 spanMs) const;

private:
    QList<Point> pointsSince(const Series& s, qint64 fromMs) const;
    qint64 m_windowMs;
    int m_maxSeries;
    qint64 m_dropped = 0;
    qint64 m_lastMs = 0;
    QHash<QString, Series> m_series;
};

} // namespace Live
