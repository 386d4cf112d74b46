// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/live/exposition.h"
#include "core/live/scrapefeed.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Live {

/** One series of a query result: its labels and points (an instant query has one point). */
struct QuerySeries
{
    Labels metric; // as returned, including __name__ when present
    QList<Point> points;
};

struct QueryResult
{
    QString resultType; // "matrix", "vector", "scalar"
    QList<QuerySeries> series;
    QStringList warnings;
};

/**
 * Reads a Prometheus HTTP API answer (`/api/v1/query`, `/api/v1/query_range`): `{"status":"success","data":
 * {"resultType":…,"result":[…]}}` with values as strings ("NaN", "+Inf" included), or `{"status":"error",
 * "errorType":…,"error":…}` which becomes an Error with both. `source` names the server in errors.
 */
Result<QueryResult> parseQueryResponse(const QByteArray& body, const QString& source);

/** PromQL presets: the queries the Live page offers for each kind of server (formats.md metric names). */
struct QueryPreset
{
    QString id;
    QString title;
    QString promql;
    QString unit;
};
const QList<QueryPreset>& queryPresets();

/**
 * A Prometheus server's HTTP API, asynchronous, with the same credentials and bounds as a scrape feed (BoundedGet: a
 * whole-response deadline from each request's start, default 10 s, and a body cap, default 50 MB). Each call delivers
 * its result once to `done` (on the thread the client lives on); a call still in flight when the client is destroyed
 * is aborted and delivers nothing.
 */
class PrometheusApi : public QObject
{
    Q_OBJECT
public:
    explicit PrometheusApi(const QUrl& base, QObject* parent = nullptr);

    void setCredentials(const Credentials& c) { m_credentials = c; }
    /** The whole-response deadline of each request (from its start), for the next request. */
    void setTimeoutMs(int ms) { m_limits.deadlineMs = ms; }
    /** The body cap of each answer, for the next request. */
    void setMaxBytes(qint64 bytes) { m_limits.maxBytes = bytes; }

    using Done = std::function<void(Result<QueryResult>)>;
    void query(const QString& promql, qint64 timeMs, Done done);
    void queryRange(const QString& promql, qint64 startMs, qint64 endMs, qint64 stepMs, Done done);

private:
    void get(const QString& path, const QList<std::pair<QString, QString>>& params, Done done);
    QUrl m_base;
    Credentials m_credentials;
    BoundedGet::Limits m_limits;
    QNetworkAccessManager* m_net;
};

} // namespace Live
