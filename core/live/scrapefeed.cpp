// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/live/scrapefeed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

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
    if (m_reply)
        m_reply->abort();
}

void ScrapeFeed::start()
{
    scrapeNow();
    m_timer.start();
}

void ScrapeFeed::stop()
{
    m_timer.stop();
    if (m_reply)
        m_reply->abort();
}

void ScrapeFeed::scrapeNow()
{
    if (m_reply) // one scrape at a time: a slow feed is not piled up on
        return;
    QNetworkRequest req(m_url);
    req.setTransferTimeout(m_timeoutMs);
    req.setRawHeader("Accept", "text/plain;version=0.0.4;q=1,*/*;q=0.1");
    if (!m_credentials.bearerToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_credentials.bearerToken.toUtf8());
    else if (!m_credentials.user.isEmpty())
        req.setRawHeader("Authorization",
            "Basic " + (m_credentials.user + QLatin1Char(':') + m_credentials.password).toUtf8().toBase64());
    m_clock.start();
    m_tooLarge = false;
    m_reply = m_net->get(req);
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > m_maxBytes) {
            m_tooLarge = true; // reported in finished()
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void ScrapeFeed::failed(const QString& message)
{
    m_status.up = false;
    if (!m_status.downSinceMs)
        m_status.downSinceMs = m_status.lastScrapeMs;
    m_status.lastError = message;
    ++m_status.failures;
}

void ScrapeFeed::finished(QNetworkReply* reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    ++m_status.scrapes;
    m_status.lastScrapeMs = QDateTime::currentMSecsSinceEpoch();
    m_status.lastDurationMs = m_clock.elapsed();
    const QByteArray body = reply->readAll();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_tooLarge) {
        failed(QCoreApplication::translate("Live", "The response exceeds %1 MiB.").arg(m_maxBytes >> 20));
    } else if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        failed(QCoreApplication::translate("Live", "No answer within %1 s.").arg(m_timeoutMs / 1000.0));
    } else if (reply->error() != QNetworkReply::NoError) {
        failed(http ? QCoreApplication::translate("Live", "HTTP %1: %2").arg(http).arg(reply->errorString())
                    : reply->errorString());
    } else {
        auto parsed = parseExposition(body, m_url.toString());
        if (!parsed) {
            failed(parsed.error().message);
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
