// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/timeutil.h"
#include "views/models/format.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <optional>

/** The axes the pages' charts share: dollars from 0 and UTC days, with labels that never repeat. */
namespace ChartAxes {

/** Empties `chart` for a rebuild: its series and its axes deleted (QChart::removeAxis only gives an axis up, so
 * removing without deleting leaked every axis on every reload). */
inline void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/** Shows `chart` in `view` and deletes the chart it showed before (QChartView::setChart only gives it up). */
inline void replaceChart(QChartView* view, QChart* chart)
{
    QChart* previous = view->chart();
    view->setChart(chart);
    if (previous != chart)
        delete previous;
}

/** Decimals that tell apart ticks `step` apart: none for whole dollars, else at least cents. */
inline int moneyDecimals(double step)
{
    for (int d = 0; d <= 6; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return d == 0 ? 0 : std::max(d, 2);
    }
    return 6;
}

/**
 * 0 … a nice number above `maxUsd`, labelled "$%.Nf" with enough decimals that no two ticks read the same. An axis
 * with nothing to show (maxUsd ≤ 0) shows no labels or grid.
 */
inline void setMoney(QValueAxis* y, double maxUsd)
{
    if (!(maxUsd > 0)) {
        y->setRange(0, 1);
        y->setTickCount(2);
        y->setLabelsVisible(false);
        y->setGridLineVisible(false);
        return;
    }
    y->setLabelsVisible(true);
    y->setGridLineVisible(true);
    y->setRange(0, maxUsd * 1.08);
    y->applyNiceNumbers();
    const double step = (y->max() - y->min()) / std::max(1, y->tickCount() - 1);
    y->setLabelFormat(QStringLiteral("$%.") + QString::number(moneyDecimals(step)) + QStringLiteral("f"));
}

/**
 * The UTC days `firstDayMs` … `lastDayMs` (day starts, both shown): at most 10 ticks, never two on one date; a single
 * day shows its hours instead. No days: no labels.
 */
inline void setDays(QDateTimeAxis* x, std::optional<qint64> firstDayMs, std::optional<qint64> lastDayMs)
{
    if (!firstDayMs || !lastDayMs) {
        x->setLabelsVisible(false);
        x->setGridLineVisible(false);
        return;
    }
    x->setLabelsVisible(true);
    x->setGridLineVisible(true);
    const qint64 days = (*lastDayMs - *firstDayMs) / TimeUtil::MsPerDay + 1;
    if (days <= 1) {
        x->setFormat(Format::dayMonthPattern() + QStringLiteral(" HH:mm"));
        x->setRange(QDateTime::fromMSecsSinceEpoch(*firstDayMs, QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(*firstDayMs + TimeUtil::MsPerDay, QTimeZone::utc()));
        x->setTickCount(5); // every 6 hours
        return;
    }
    x->setFormat(Format::dayMonthPattern());
    x->setRange(QDateTime::fromMSecsSinceEpoch(*firstDayMs, QTimeZone::utc()),
        QDateTime::fromMSecsSinceEpoch(*lastDayMs, QTimeZone::utc()));
    // at least a day between ticks, so no date shows twice; whole days apart where a count of 6 to 10 allows it
    int ticks = int(std::min<qint64>(10, days));
    for (int t = ticks; t >= 6; --t)
        if ((days - 1) % (t - 1) == 0) {
            ticks = t;
            break;
        }
    x->setTickCount(ticks);
}

} // namespace ChartAxes
