// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/live/boundedget.h"

#include <QNetworkAccessManager>

namespace Live {

namespace {

    // what Qt may hold for us between two reads: the rest of the body waits in the socket (and the server)
    constexpr qint64 ReadBufferBytes = 256 * 1024;

} // namespace

BoundedGet::BoundedGet(QNetworkAccessManager& net, const QNetworkRequest& request, Limits limits, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    m_reply = net.get(request); // the manager's child: it may go first, and takes the reply with it
    m_reply->setReadBufferSize(ReadBufferBytes);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail(Failure::Deadline); });
    m_deadline.start(qMax(1, m_limits.deadlineMs));
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        // a server that announces more than the cap is refused at its headers
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > m_limits.maxBytes)
            fail(Failure::TooLarge);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (total > m_limits.maxBytes || received > m_limits.maxBytes)
            fail(Failure::TooLarge);
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &BoundedGet::read);
    connect(m_reply, &QNetworkReply::finished, this, &BoundedGet::replyFinished);
}

BoundedGet::~BoundedGet()
{
    cancel();
    if (m_reply)
        m_reply->deleteLater(); // not delete: this may run inside one of the reply's signals
}

void BoundedGet::cancel()
{
    m_deadline.stop();
    if (!m_reply)
        return;
    disconnect(m_reply, nullptr, this, nullptr); // no finished() for an answer nobody waits for
    if (m_reply->isRunning())
        m_reply->abort();
}

void BoundedGet::read()
{
    // note: an aborted reply is closed; reading it would only print "QIODevice::read: device not open"
    if (m_failure != Failure::None || !m_reply || !m_reply->isOpen())
        return;
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_body.size() + chunk.size() > m_limits.maxBytes) {
        fail(Failure::TooLarge);
        return;
    }
    m_body += chunk;
}

void BoundedGet::fail(Failure f)
{
    if (m_failure != Failure::None || !m_reply)
        return;
    m_failure = f;
    m_body.clear();
    m_body.squeeze();
    if (m_reply->isRunning())
        m_reply->abort(); // emits finished() at once: replyFinished() reports it
}

void BoundedGet::replyFinished()
{
    m_deadline.stop();
    m_elapsedMs = m_clock.elapsed();
    disconnect(m_reply, nullptr, this, nullptr); // once
    if (m_failure == Failure::None)
        read(); // what is left in Qt's buffer
    m_http = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (m_failure) {
    case Failure::Deadline:
        m_message = tr("no complete response within %1 s").arg(QString::number(m_limits.deadlineMs / 1000.0));
        break;
    case Failure::TooLarge:
        m_message = tr("response larger than %1").arg(sizeText(m_limits.maxBytes));
        break;
    case Failure::None:
        if (m_reply->error() == QNetworkReply::NoError)
            break;
        m_failure = Failure::Network;
        [[fallthrough]];
    case Failure::Network:
        m_message = m_http ? tr("HTTP %1: %2").arg(m_http).arg(m_reply->errorString()) : m_reply->errorString();
        break;
    }
    emit finished();
}

QString BoundedGet::sizeText(qint64 bytes)
{
    if (bytes >= 1'000'000)
        return tr("%1 MB").arg(QString::number(double(bytes) / 1e6, 'g', 4));
    if (bytes >= 1000 && bytes % 1000 == 0)
        return tr("%1 kB").arg(QString::number(double(bytes) / 1e3, 'g', 4));
    return tr("%1 bytes").arg(bytes);
}

} // namespace Live
