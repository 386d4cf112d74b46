// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/live/boundedget.h"
#include "core/live/presets.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace Live {

/** Optional credentials of a feed (kept in the OS keychain by the GUI, never in plain settings). */
struct Credentials
{
    QString bearerToken;
    QString user;
    QString password;
};

/** What the Live page shows about a feed's health. */
struct FeedStatus
{
    bool up = false;
    std::optional<qint64> downSinceMs; // first failed scrape of the current outage
    QString lastError; // of the last scrape: why it failed, or what a good scrape skipped
    qint64 lastScrapeMs = 0; // when the last scrape ended, good or not
    qint64 lastDurationMs = 0;
    qint64 scrapes = 0;
    qint64 failures = 0;
    qint64 samples = 0; // in the last good scrape
    qint64 malformedLines = 0; // in the last good scrape
    qint64 lastBytes = 0; // body bytes the last scrape received, kept or not
};

/**
 * A `/metrics` endpoint scraped every `intervalMs` (or on demand with scrapeNow()): asynchronous (never blocks the
 * thread it lives on), one scrape in flight at a time, each bounded by BoundedGet: a whole-response deadline from the
 * request's start (default 10 s, Prometheus's scrape_timeout) and a body cap (default 50 MB). Good scrapes go into a
 * SeriesWindow; a feed that is down, silent, slow, oversized, returns garbage or too many series only changes the
 * status (the reason, with the line for a parse error, and the failure counted), and data resumes when it recovers.
 */
class ScrapeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ScrapeFeed(const QUrl& url, QObject* parent = nullptr);
    ~ScrapeFeed() override;

    void setCredentials(const Credentials& c) { m_credentials = c; }
    /** The whole-response deadline of each scrape (from its start), for the next scrape. */
    void setTimeoutMs(int ms) { m_limits.deadlineMs = ms; }
    int timeoutMs() const { return m_limits.deadlineMs; }
    /** The body cap of each scrape, for the next scrape. */
    void setMaxBytes(qint64 bytes) { m_limits.maxBytes = bytes; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start(); // scrapes now, then every interval
    void stop(); // also cancels a scrape in flight, which then counts for nothing
    void scrapeNow();

    const QUrl& url() const { return m_url; }
    const FeedStatus& status() const { return m_status; }
    const SeriesWindow& window() const { return m_window; }
    /** The last good scrape, parsed. */
    const Exposition& lastExposition() const { return m_last; }

signals:
    /** After every scrape, good or not. */
    void scraped();

private:
    void finished();
    void failed(const QString& message);

    QUrl m_url;
    Credentials m_credentials;
    BoundedGet::Limits m_limits;
    QNetworkAccessManager* m_net;
    QPointer<BoundedGet> m_get;
    QTimer m_timer;
    FeedStatus m_status;
    SeriesWindow m_window;
    Exposition m_last;
};

} // namespace Live
