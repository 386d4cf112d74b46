// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/live/recorder.h"

#include "core/live/serieswindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Live {

namespace {

    Error sqlFailure(Store::Workspace& ws, const QSqlQuery& q)
    {
        return Store::sqlError(ws.path(), QStringLiteral("Recording the live session"), q.lastError().text());
    }

} // namespace

Recorder::Recorder(Store::Workspace& ws)
    : m_ws(ws)
{ }

Result<qint64> Recorder::record(const QString& feed, const Exposition& e, qint64 timeMs)
{
    QSqlDatabase& db = m_ws.db();
    if (!db.transaction())
        return Store::sqlError(m_ws.path(), QStringLiteral("BEGIN"), db.lastError().text());
    QSqlQuery series(db), find(db), point(db);
    series.prepare(
        QStringLiteral("INSERT INTO live_series (feed, series_key, name, labels, type) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (feed, series_key) DO NOTHING"));
    find.prepare(QStringLiteral("SELECT id FROM live_series WHERE feed = ? AND series_key = ?"));
    point.prepare(QStringLiteral("INSERT OR IGNORE INTO live_points (series_id, time_ms, value) VALUES (?, ?, ?)"));
    qint64 added = 0;
    auto fail = [&](const QSqlQuery& q) {
        const Error err = sqlFailure(m_ws, q);
        db.rollback();
        return err;
    };
    for (const Family& f : e.families) {
        for (const Sample& s : f.samples) {
            const QString key = SeriesWindow::key(s.name, s.labels);
            QJsonObject labels;
            for (const auto& [k, v] : s.labels)
                labels.insert(k, v);
            series.bindValue(0, feed);
            series.bindValue(1, key);
            series.bindValue(2, s.name);
            series.bindValue(3, QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact)));
            series.bindValue(4, typeName(f.type));
            if (!series.exec())
                return fail(series);
            find.bindValue(0, feed);
            find.bindValue(1, key);
            if (!find.exec() || !find.next())
                return fail(find);
            point.bindValue(0, find.value(0));
            find.finish();
            point.bindValue(1, s.timestampMs.value_or(timeMs));
            // SQLite has no NaN or infinities in REAL columns that survive a round trip: NULL stands for them
            point.bindValue(2, std::isfinite(s.value) ? QVariant(s.value) : QVariant(QMetaType(QMetaType::Double)));
            if (!point.exec())
                return fail(point);
            added += point.numRowsAffected();
        }
    }
    if (!db.commit())
        return Store::sqlError(m_ws.path(), QStringLiteral("COMMIT"), db.lastError().text());
    return added;
}

Result<QStringList> Recorder::seriesKeys(const QString& feed)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("SELECT series_key FROM live_series WHERE feed = ? ORDER BY series_key"));
    q.addBindValue(feed);
    if (!q.exec())
        return sqlFailure(m_ws, q);
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

Result<QList<Point>> Recorder::points(const QString& feed, const QString& seriesKey, qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("SELECT p.time_ms, p.value FROM live_points p JOIN live_series s ON s.id = p.series_id "
                             "WHERE s.feed = ? AND s.series_key = ? AND p.time_ms >= ? AND p.time_ms < ? "
                             "ORDER BY p.time_ms"));
    q.addBindValue(feed);
    q.addBindValue(seriesKey);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return sqlFailure(m_ws, q);
    QList<Point> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(),
            q.value(1).isNull() ? std::numeric_limits<double>::quiet_NaN() : q.value(1).toDouble() });
    return out;
}

} // namespace Live
