// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace TestSupport {

/**
 * A /metrics endpoint on loopback for tests of live feeds. Answers every request with whatever `body` and `status`
 * say at that moment (HTTP/1.1, Connection: close); `silent` accepts the request and never answers.
 */
class FakeExporter : public QObject
{
public:
    QByteArray body;
    std::function<QByteArray()> generate; // when set, the body of each answer, made at that moment
    int status = 200;
    bool silent = false;
    QByteArray lastAuthorization;

    FakeExporter()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_request += s->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    for (const QByteArray& line : m_request.split('\n'))
                        if (line.toLower().startsWith("authorization:"))
                            lastAuthorization = line.mid(14).trimmed();
                    m_request.clear();
                    if (silent)
                        return;
                    const QByteArray answer = generate ? generate() : body;
                    s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: " + QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n"
                        + answer);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port())); }

private:
    QTcpServer m_server;
    QByteArray m_request;
};

} // namespace TestSupport
