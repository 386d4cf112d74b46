// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/live/sessionoverlay.h"

#include "core/live/exposition.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <limits>

namespace Live {

namespace {

    qint64 floorTo(qint64 t, qint64 step)
    {
        return t - ((t % step) + step) % step;
    }

    QStringList countersFor(OverlayMetric m)
    {
        if (m == OverlayMetric::Spend)
            return { QStringLiteral("litellm_spend_metric_total"), QStringLiteral("litellm_spend_metric") };
        return { QStringLiteral("vllm:prompt_tokens_total"), QStringLiteral("vllm:generation_tokens_total"),
            QStringLiteral("tgi_request_input_length_sum"), QStringLiteral("tgi_request_generated_tokens_sum"),
            QStringLiteral("litellm_input_tokens_metric_total"), QStringLiteral("litellm_output_tokens_metric_total"),
            QStringLiteral("litellm_input_tokens_metric"), QStringLiteral("litellm_output_tokens_metric") };
    }

} // namespace

Result<QList<RecordedSession>> recordedSessions(Store::Workspace& ws, qint64 gapMs)
{
    QSqlQuery q(ws.db());
    if (auto r = Store::runQuery(ws, q,
            QStringLiteral("SELECT DISTINCT s.feed, p.time_ms FROM live_points p "
                           "JOIN live_series s ON s.id = p.series_id ORDER BY s.feed, p.time_ms"),
            {});
        !r)
        return r.error();
    QList<RecordedSession> out;
    while (q.next()) {
        const QString feed = q.value(0).toString();
        const qint64 t = q.value(1).toLongLong();
        if (out.isEmpty() || out.last().feed != feed || t - out.last().toMs > gapMs)
            out << RecordedSession { feed, t, t, 0 };
        out.last().toMs = t;
        ++out.last().scrapes;
    }
    return out;
}

Result<Overlay> sessionOverlay(Store::Workspace& ws, const RecordedSession& session, OverlayMetric metric,
    qint64 bucketMs, const QString& costCenter)
{
    Overlay o;
    o.metric = metric;
    o.bucketMs = std::max<qint64>(1000, bucketMs);
    const qint64 first = floorTo(session.fromMs, o.bucketMs);
    const qint64 end = floorTo(session.toMs, o.bucketMs) + o.bucketMs;
    const qint64 n = (end - first) / o.bucketMs;
    if (n > 100'000)
        return Error { Error::Code::Io, QStringLiteral("%1 buckets: choose a longer interval.").arg(n), ws.path() };
    for (qint64 i = 0; i < n; ++i)
        o.buckets << OverlayBucket { first + i * o.bucketMs, std::nullopt, 0 };
    const double perUnit = metric == OverlayMetric::Spend ? 3600.0 : 1.0; // per hour for USD, per second for tokens

    // recorded: per series, increases of consecutive pairs, by the bucket of the pair's later scrape
    const QStringList names = countersFor(metric);
    QString placeholders;
    QVariantList binds { session.feed };
    for (const QString& name : names) {
        placeholders += placeholders.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        binds << name;
    }
    binds << session.fromMs << session.toMs;
    QSqlQuery q(ws.db());
    if (auto r = Store::runQuery(ws, q,
            QStringLiteral("SELECT s.id, s.name, p.time_ms, p.value FROM live_points p "
                           "JOIN live_series s ON s.id = p.series_id WHERE s.feed = ? AND s.name IN (")
                + placeholders
                + QStringLiteral(") AND p.time_ms >= ? AND p.time_ms <= ? AND p.value IS NOT NULL "
                                 "ORDER BY s.id, p.time_ms"),
            binds);
        !r)
        return r.error();
    // per bucket and series: increase and time spanned
    struct Acc
    {
        double increase = 0;
        qint64 spanMs = 0;
    };
    QHash<qint64, QHash<qint64, Acc>> acc; // bucket index → series id → sums
    qint64 lastSeries = -1;
    Point prev;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        // NULL stands for NaN (Recorder): never read it as 0, from which the next value would look like growth
        const Point p { q.value(2).toLongLong(),
            q.value(3).isNull() ? std::numeric_limits<double>::quiet_NaN() : q.value(3).toDouble() };
        if (!o.counters.contains(q.value(1).toString()))
            o.counters << q.value(1).toString();
        if (id == lastSeries && p.timeMs > prev.timeMs) {
            Acc& a = acc[(p.timeMs - first) / o.bucketMs][id];
            a.increase += counterStep(prev.value, p.value);
            a.spanMs += p.timeMs - prev.timeMs;
        }
        lastSeries = id;
        prev = p;
    }
    for (auto b = acc.cbegin(); b != acc.cend(); ++b) {
        double sum = 0;
        for (const Acc& a : b.value())
            sum += a.increase / (double(a.spanMs) / 1000.0) * perUnit;
        o.buckets[b.key()].recorded = sum;
    }
    o.counters.sort();

    // logged: tokens or list cost per bucket
    const QString value = metric == OverlayMetric::Spend
        ? QStringLiteral("SUM(COALESCE(list_cost_nusd, 0))")
        : QStringLiteral("SUM(uncached_input_tokens + cache_read_tokens + cache_write_5m_tokens + "
                         "cache_write_1h_tokens + output_tokens + reasoning_tokens)");
    QVariantList eventBinds { first, o.bucketMs, first, end };
    QString where = QStringLiteral("time_ms >= ? AND time_ms < ?");
    if (!costCenter.isEmpty()) {
        where += QStringLiteral(" AND cost_center = ?");
        eventBinds << costCenter;
    }
    if (auto r = Store::runQuery(ws, q,
            QStringLiteral("SELECT (time_ms - ?) / ? AS b, ") + value + QStringLiteral(" FROM events WHERE ") + where
                + QStringLiteral(" GROUP BY b"),
            eventBinds);
        !r)
        return r.error();
    const double seconds = double(o.bucketMs) / 1000.0;
    while (q.next()) {
        const qint64 b = q.value(0).toLongLong();
        double v = double(q.value(1).toLongLong());
        if (metric == OverlayMetric::Spend)
            v /= 1e9; // nano-dollars
        o.buckets[b].logged = v / seconds * perUnit;
    }
    return o;
}

} // namespace Live
