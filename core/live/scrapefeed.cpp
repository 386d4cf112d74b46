// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/live/scrapefeed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>

namespace Live {

ScrapeFeed::ScrapeFeed(const QUrl& url, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_net(new QNetworkAccessManager(this))
{
    m_timer.setInterval(15'000);
    connect(&m_timer, &QTimer::timeout, this, &ScrapeFeed::scrapeNow);
}

ScrapeFeed::~ScrapeFeed()
{
    delete m_get; // aborts a scrape in flight
}

void ScrapeFeed::start()
{
    scrapeNow();
    m_timer.start();
}

void ScrapeFeed::stop()
{
    m_timer.stop();
    delete m_get;
}

void ScrapeFeed::scrapeNow()
{
    if (m_get) // one scrape at a time: a slow feed is not piled up on
        return;
    QNetworkRequest req(m_url);
    req.setRawHeader("Accept", "text/plain;version=0.0.4;q=1,*/*;q=0.1");
    if (!m_credentials.bearerToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_credentials.bearerToken.toUtf8());
    else if (!m_credentials.user.isEmpty())
        req.setRawHeader("Authorization",
            "Basic " + (m_credentials.user + QLatin1Char(':') + m_credentials.password).toUtf8().toBase64());
    m_get = new BoundedGet(*m_net, req, m_limits, this);
    connect(m_get, &BoundedGet::finished, this, &ScrapeFeed::finished);
}

void ScrapeFeed::failed(const QString& message)
{
    m_status.up = false;
    if (!m_status.downSinceMs)
        m_status.downSinceMs = m_status.lastScrapeMs;
    m_status.lastError = message;
    ++m_status.failures;
}

void ScrapeFeed::finished()
{
    BoundedGet* get = m_get;
    get->deleteLater();
    m_get = nullptr;
    ++m_status.scrapes;
    m_status.lastScrapeMs = QDateTime::currentMSecsSinceEpoch();
    m_status.lastDurationMs = get->elapsedMs();
    m_status.lastBytes = get->bytesReceived();
    if (get->failure() != BoundedGet::Failure::None) {
        failed(get->errorMessage());
    } else {
        auto parsed = parseExposition(get->body(), m_url.toString());
        if (!parsed) {
            const Error& e = parsed.error();
            failed(e.line > 0 ? tr("line %1: %2").arg(e.line).arg(e.message) : e.message);
        } else {
            m_last = std::move(parsed).value();
            m_window.add(m_last, m_status.lastScrapeMs);
            m_status.up = true;
            m_status.downSinceMs.reset();
            m_status.lastError = m_last.errorCount
                ? QCoreApplication::translate(
                    "Live", "%n malformed line(s) skipped; first: line %1: %2", nullptr, int(m_last.errorCount))
                      .arg(m_last.errors.first().line)
                      .arg(m_last.errors.first().message)
                : QString();
            if (m_window.droppedSeries() > 0)
                m_status.lastError += (m_status.lastError.isEmpty() ? QString() : QStringLiteral("; "))
                    + QCoreApplication::translate("Live", "more series than the window keeps: %1 dropped")
                          .arg(m_window.droppedSeries());
            m_status.samples = m_last.sampleCount;
            m_status.malformedLines = m_last.errorCount;
        }
    }
    emit scraped();
}

} // namespace Live
