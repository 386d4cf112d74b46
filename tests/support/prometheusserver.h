// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace TestSupport {

/**
 * A real Prometheus server (Debian's prometheus) on a free loopback port with a temporary data directory, scraping
 * one loopback target every second. Stopped when destroyed. available() is false when the binary is missing (tests
 * then QSKIP with the hint to run packaging/install-deps.sh).
 */
class PrometheusServer
{
public:
    static bool available() { return !QStandardPaths::findExecutable(QStringLiteral("prometheus")).isEmpty(); }

    /** Starts scraping http://127.0.0.1:`targetPort`/metrics; waits until the server answers (up to 20 s). */
    bool start(quint16 targetPort)
    {
        QFile cfg(m_dir.filePath(QStringLiteral("prometheus.yml")));
        if (!cfg.open(QIODevice::WriteOnly))
            return false;
        cfg.write("global:\n  scrape_interval: 1s\n  scrape_timeout: 900ms\nscrape_configs:\n- job_name: fake\n"
                  "  static_configs:\n  - targets: ['127.0.0.1:"
            + QByteArray::number(targetPort) + "']\n");
        cfg.close();
        {
            QTcpServer probe; // a free port: taken and released (a tiny race, fine on a test machine)
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStandardPaths::findExecutable(QStringLiteral("prometheus")),
            { QStringLiteral("--config.file=") + cfg.fileName(),
                QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port) });
        if (!m_process.waitForStarted(10'000))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20'000) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            if (s.waitForConnected(200))
                return true;
            QTest::qWait(200);
        }
        return false;
    }
    ~PrometheusServer()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    /** What the server printed (for failure messages). */
    QByteArray log() { return m_process.readAll().right(2000); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace TestSupport
