// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/live/presets.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

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
    QString lastError;
    qint64 lastScrapeMs = 0;
    qint64 lastDurationMs = 0;
    qint64 scrapes = 0;
    qint64 failures = 0;
    qint64 samples = 0; // in the last good scrape
    qint64 malformedLines = 0; // in the last good scrape
};

/**
 * A `/metrics` endpoint scraped every `intervalMs` (or on demand with scrapeNow()): asynchronous (never blocks the
 * thread it lives on), with a timeout (default 5 s), a body limit (default 32 MiB) and one scrape in flight at a time.
 * Good scrapes go into a SeriesWindow; a feed that is down, slow, returns garbage or too many series only changes the
 * status, and data resumes when it recovers.
 */
class ScrapeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ScrapeFeed(const QUrl& url, QObject* parent = nullptr);
    ~ScrapeFeed() override;

    void setCredentials(const Credentials& c) { m_credentials = c; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start(); // scrapes now, then every interval
    void stop();
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
    void finished(QNetworkReply* reply);
    void failed(const QString& message);

    QUrl m_url;
    Credentials m_credentials;
    int m_timeoutMs = 5000;
    qint64 m_maxBytes = 32 * 1024 * 1024;
    bool m_tooLarge = false;
    QNetworkAccessManager* m_net;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    QTimer m_timer;
    FeedStatus m_status;
    SeriesWindow m_window;
    Exposition m_last;
};

} // namespace Live
