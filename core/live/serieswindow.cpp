// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/live/serieswindow.h"

#include <QMap>

#include <algorithm>

namespace Live {

SeriesWindow::SeriesWindow(qint64 windowMs, int maxSeries)
    : m_windowMs(windowMs)
    , m_maxSeries(maxSeries)
{ }

QString SeriesWindow::key(const QString& name, const Labels& labels)
{
    Labels sorted = labels;
    std::sort(sorted.begin(), sorted.end());
    QString k = name + QLatin1Char('{');
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i)
            k += QLatin1Char(',');
        QString v = sorted[i].second;
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        k += sorted[i].first + QLatin1String("=\"") + v + QLatin1Char('"');
    }
    return k + QLatin1Char('}');
}

void SeriesWindow::add(const Exposition& e, qint64 timeMs)
{
    m_lastMs = std::max(m_lastMs, timeMs);
    for (const Family& f : e.families) {
        for (const Sample& s : f.samples) {
            const QString k = key(s.name, s.labels);
            auto it = m_series.find(k);
            if (it == m_series.end()) {
                if (m_series.size() >= m_maxSeries) {
                    ++m_dropped;
                    continue;
                }
                Labels sorted = s.labels;
                std::sort(sorted.begin(), sorted.end());
                it = m_series.insert(k, Series { s.name, sorted, f.type, {} });
            }
            const qint64 t = s.timestampMs.value_or(timeMs);
            auto& pts = it->points;
            if (!pts.empty() && pts.back().timeMs >= t)
                continue; // the same sample again (an unchanged timestamp) or out of order
            pts.push_back({ t, s.value });
        }
    }
    // roll the window; series not seen for a whole window go
    const qint64 from = m_lastMs - m_windowMs;
    for (auto it = m_series.begin(); it != m_series.end();) {
        auto& pts = it->points;
        while (!pts.empty() && pts.front().timeMs < from)
            pts.pop_front();
        it = pts.empty() ? m_series.erase(it) : std::next(it);
    }
}

QList<Point> SeriesWindow::pointsSince(const Series& s, qint64 fromMs) const
{
    QList<Point> out;
    for (const Point& p : s.points)
        if (p.timeMs >= fromMs)
            out.append(p);
    return out;
}

std::optional<double> SeriesWindow::latestSum(const QString& name) const
{
    std::optional<double> sum;
    for (const Series& s : m_series)
        if (s.name == name && !s.points.empty())
            sum = sum.value_or(0) + s.points.back().value;
    return sum;
}

std::optional<double> SeriesWindow::rateSum(const QString& name, qint64 spanMs) const
{
    std::optional<double> sum;
    for (const Series& s : m_series) {
        if (s.name != name)
            continue;
        if (auto r = counterRate(pointsSince(s, m_lastMs - spanMs)))
            sum = sum.value_or(0) + *r;
    }
    return sum;
}

std::optional<double> SeriesWindow::quantile(const QString& family, double q, qint64 spanMs) const
{
    const QString bucket = family + QStringLiteral("_bucket");
    QMap<double, double> byLe; // le → summed increase
    for (const Series& s : m_series) {
        if (s.name != bucket)
            continue;
        QString le;
        for (const auto& [k, v] : s.labels)
            if (k == u"le")
                le = v;
        const auto bound = parseSampleValue(le.toUtf8());
        if (!bound)
            continue;
        byLe[*bound] += counterIncrease(pointsSince(s, m_lastMs - spanMs));
    }
    Buckets b;
    for (auto it = byLe.cbegin(); it != byLe.cend(); ++it)
        b.append({ it.key(), it.value() });
    return histogramQuantile(q, b);
}

} // namespace Live
