// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Live {

/**
 * One HTTP GET of a live feed (a /metrics scrape, a Prometheus API query) that a misbehaving server cannot stretch
 * or inflate: a whole-response deadline measured from the request's start (QNetworkRequest's transfer timeout
 * restarts on every byte, so a server sending one byte a second never trips it) and a cap on the body, checked
 * against the announced Content-Length and against every chunk read (QNetworkReply's read buffer is bounded, so Qt
 * stops reading from the socket rather than buffering what the cap would refuse). Either aborts the reply.
 *
 * Asynchronous; lives on the thread of `net`. Starts in the constructor and emits finished() once, unless cancel()
 * or the destructor aborts it first. Owned by its parent; the owner deletes it (deleteLater()) after finished().
 */
class BoundedGet : public QObject
{
    Q_OBJECT
public:
    /** Prometheus's default scrape_timeout. */
    static constexpr int DefaultDeadlineMs = 10'000;
    /** Far above any real /metrics page or query answer (vLLM's is tens of kB), far below what hurts. */
    static constexpr qint64 DefaultMaxBytes = 50'000'000;

    struct Limits
    {
        int deadlineMs = DefaultDeadlineMs;
        qint64 maxBytes = DefaultMaxBytes;
    };
    enum class Failure { None, Deadline, TooLarge, Network };

    BoundedGet(QNetworkAccessManager& net, const QNetworkRequest& request, Limits limits, QObject* parent);
    ~BoundedGet() override;

    /** Aborts a request in flight; finished() is not emitted. */
    void cancel();

    // valid in and after finished()
    Failure failure() const { return m_failure; }
    /** What went wrong, for people ("no complete response within 10 s"); empty without a failure. */
    QString errorMessage() const { return m_message; }
    /** The HTTP status, 0 when none arrived. */
    int httpStatus() const { return m_http; }
    /** The whole body; after a network failure whatever arrived (a Prometheus error body), after a deadline or
     * size failure nothing. */
    const QByteArray& body() const { return m_body; }
    /** Body bytes taken from the reply, kept or not (bounded by the cap plus one read). */
    qint64 bytesReceived() const { return m_received; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    /** "1.5 MB", "50 MB", "800 kB", "1024 bytes" (decimal units, as the caps are stated). */
    static QString sizeText(qint64 bytes);

signals:
    void finished();

private:
    void read();
    void fail(Failure f);
    void replyFinished();

    Limits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QByteArray m_body;
    qint64 m_received = 0;
    qint64 m_elapsedMs = 0;
    int m_http = 0;
    Failure m_failure = Failure::None;
    QString m_message;
};

} // namespace Live
