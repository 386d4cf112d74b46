// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Live feeds under fault: a loopback server misbehaves on purpose, one mode per case (never answers, trickles its
// body, sends 200 MB, sends garbage or NUL bytes, resets its counter at every scrape). The scrape feed and the
// Prometheus API client must end each request within the deadline measured from its start, abort an oversized body
// long before the server could send it all, name a parse error's line, never derive a negative rate, and leave the
// event loop running all along.
#include "core/live/promapi.h"
#include "core/live/scrapefeed.h"
#include "tests/support/testmain.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Live;

namespace {

/** A loopback HTTP server that misbehaves as `mode` says, counting the body bytes it managed to hand to the kernel. */
class MisbehavingServer : public QObject
{
public:
    enum class Mode {
        Body, // answers `body` at once (garbage, NUL bytes, counters) with a Content-Length
        Silent, // accepts the connection, reads the request, never answers
        Trickle, // headers at once, then one body byte every `trickleMs`, Content-Length 100,000
        Flood, // 200 MB streamed without a Content-Length (the end of the body is the end of the connection)
        FloodAnnounced, // 200 MB with its Content-Length
    };
    static constexpr qint64 FloodBytes = 200'000'000;

    Mode mode = Mode::Body;
    QByteArray body;
    std::function<QByteArray()> generate;
    int trickleMs = 200;
    qint64 bodyBytesWritten = 0; // of the current or last answer
    bool clientClosed = false;

    MisbehavingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                serve(s);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const char* path = "/metrics") const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QLatin1String(path)));
    }

private:
    void serve(QTcpSocket* s)
    {
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QTcpSocket::disconnected, this, [this] { clientClosed = true; });
        auto request = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::readyRead, s, [this, s, request] {
            *request += s->readAll();
            if (!request->contains("\r\n\r\n") || request->isEmpty())
                return;
            request->clear();
            bodyBytesWritten = 0;
            clientClosed = false;
            answer(s);
        });
    }

    void answer(QTcpSocket* s)
    {
        switch (mode) {
        case Mode::Silent:
            return;
        case Mode::Body: {
            const QByteArray b = generate ? generate() : body;
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(b.size())
                + "\r\nConnection: close\r\n\r\n" + b);
            bodyBytesWritten = b.size();
            s->disconnectFromHost();
            return;
        }
        case Mode::Trickle: {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n");
            auto* t = new QTimer(s);
            connect(t, &QTimer::timeout, s, [this, s] {
                if (s->state() == QAbstractSocket::ConnectedState && s->write("#", 1) == 1)
                    ++bodyBytesWritten;
            });
            t->start(trickleMs);
            return;
        }
        case Mode::Flood:
        case Mode::FloodAnnounced: {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                + (mode == Mode::FloodAnnounced ? "Content-Length: " + QByteArray::number(FloodBytes) + "\r\n"
                                                : QByteArray())
                + "Connection: close\r\n\r\n");
            // what the kernel took: written in 64 kB steps as it drains, so the server holds little itself
            auto pump = [this, s] {
                static const QByteArray chunk(64 * 1024, 'x');
                while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 2 * chunk.size()
                    && bodyBytesWritten < FloodBytes) {
                    const qint64 n = std::min<qint64>(chunk.size(), FloodBytes - bodyBytesWritten);
                    s->write(chunk.constData(), n);
                    bodyBytesWritten += n;
                }
                if (bodyBytesWritten >= FloodBytes && s->bytesToWrite() == 0)
                    s->disconnectFromHost();
            };
            connect(s, &QTcpSocket::bytesWritten, s, pump);
            pump();
            return;
        }
        }
    }

    QTcpServer m_server;
};

/** Scrapes once; the elapsed milliseconds until scraped(), or -1 when it never came within `waitMs`. */
qint64 scrapeOnce(ScrapeFeed& feed, int waitMs = 20'000)
{
    QSignalSpy spy(&feed, &ScrapeFeed::scraped);
    QElapsedTimer t;
    t.start();
    feed.scrapeNow();
    return spy.wait(waitMs) ? t.elapsed() : -1;
}

Result<QueryResult> queryOnce(PrometheusApi& api, qint64* elapsedMs, int waitMs = 20'000)
{
    std::optional<Result<QueryResult>> out;
    QEventLoop loop;
    QElapsedTimer t;
    t.start();
    api.query(QStringLiteral("up"), 1'700'000'000'000, [&](Result<QueryResult> r) {
        out = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec();
    *elapsedMs = t.elapsed();
    return out ? *out : Result<QueryResult>(Error { Error::Code::Network, QStringLiteral("no answer at all"), {} });
}

QByteArray counter(qint64 value)
{
    return "# TYPE vllm:prompt_tokens_total counter\nvllm:prompt_tokens_total{model_name=\"m\"} "
        + QByteArray::number(value) + "\n";
}

} // namespace

class TestScrapeFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void neverAnswers();
    void oneByteAtATime();
    void twoHundredMegabytes_data();
    void twoHundredMegabytes();
    void garbageAndNulBytes_data();
    void garbageAndNulBytes();
    void counterResetsEveryScrape();
    void counterStepsNeverNegative();
    void prometheusApiUnderFault();

private:
    QStringList m_warnings;
};

namespace {
QStringList* g_warnings = nullptr;
QtMessageHandler g_previous = nullptr;
void collect(QtMsgType type, const QMessageLogContext& ctx, const QString& msg)
{
    if (g_warnings && (type == QtWarningMsg || type == QtCriticalMsg))
        g_warnings->append(msg);
    if (g_previous)
        g_previous(type, ctx, msg);
}
} // namespace

void TestScrapeFaults::init()
{
    m_warnings.clear();
    g_warnings = &m_warnings;
    g_previous = qInstallMessageHandler(collect);
}

void TestScrapeFaults::cleanup()
{
    qInstallMessageHandler(g_previous);
    g_warnings = nullptr;
    // a failed scrape reads nothing from a closed reply: no "QIODevice::read ... device not open" (nor any warning)
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
}

void TestScrapeFaults::neverAnswers()
{
    MisbehavingServer server;
    QVERIFY(server.listen());
    server.mode = MisbehavingServer::Mode::Silent;
    ScrapeFeed feed(server.url());
    feed.setTimeoutMs(1000);
    const qint64 ms = scrapeOnce(feed);
    QVERIFY2(ms >= 0 && ms < 5000, qPrintable(QString::number(ms)));
    QVERIFY2(ms >= 900, qPrintable(QString::number(ms))); // the deadline, not an early give-up
    QCOMPARE(feed.status().lastError, QStringLiteral("no complete response within 1 s"));
    QVERIFY(!feed.status().up);
    QCOMPARE(feed.status().failures, qint64(1));
    QVERIFY(feed.status().downSinceMs);
    QTRY_VERIFY_WITH_TIMEOUT(server.clientClosed, 5000); // the connection was given up, not left hanging
}

void TestScrapeFaults::oneByteAtATime()
{
    // a byte every 200 ms: each restarts a per-transfer timeout, none restarts a whole-response deadline
    MisbehavingServer server;
    QVERIFY(server.listen());
    server.mode = MisbehavingServer::Mode::Trickle;
    ScrapeFeed feed(server.url());
    feed.setTimeoutMs(1000);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(50);
    const qint64 ms = scrapeOnce(feed, 30'000);
    ticker.stop();
    QVERIFY2(ms >= 0 && ms < 5000, qPrintable(QString::number(ms)));
    QCOMPARE(feed.status().lastError, QStringLiteral("no complete response within 1 s"));
    QCOMPARE(feed.status().failures, qint64(1));
    QVERIFY2(server.bodyBytesWritten >= 1, "the server did trickle");
    // the event loop ran all along: a 50 ms timer ticked through the second of trickling (a busy machine may merge
    // ticks, never stop them)
    QVERIFY2(ticks >= 8, qPrintable(QString::number(ticks)));
    QTRY_VERIFY_WITH_TIMEOUT(server.clientClosed, 5000);
}

void TestScrapeFaults::twoHundredMegabytes_data()
{
    QTest::addColumn<bool>("announced");
    QTest::addRow("streamed without a length") << false;
    QTest::addRow("announced by Content-Length") << true;
}

void TestScrapeFaults::twoHundredMegabytes()
{
    QFETCH(bool, announced);
    MisbehavingServer server;
    QVERIFY(server.listen());
    server.mode = announced ? MisbehavingServer::Mode::FloodAnnounced : MisbehavingServer::Mode::Flood;
    ScrapeFeed feed(server.url());
    feed.setTimeoutMs(60'000); // the cap must stop it, not the deadline
    const qint64 ms = scrapeOnce(feed, 90'000);
    QVERIFY2(ms >= 0, "the scrape never ended");
    // the stated default cap
    QCOMPARE(feed.status().lastError, QStringLiteral("response larger than 50 MB"));
    QVERIFY(!feed.status().up);
    // memory stayed bounded: the feed took at most the cap and one read, and the reply was aborted long before the
    // server could send its 200 MB (what it wrote includes the kernel's socket buffers, a few MB)
    QVERIFY2(feed.status().lastBytes <= BoundedGet::DefaultMaxBytes + 1'000'000,
        qPrintable(QString::number(feed.status().lastBytes)));
    QTRY_VERIFY_WITH_TIMEOUT(server.clientClosed, 10'000);
    QVERIFY2(server.bodyBytesWritten < 100'000'000, qPrintable(QString::number(server.bodyBytesWritten)));
    if (announced) { // refused at its headers: neither the feed nor the server got far
        QVERIFY2(feed.status().lastBytes < 1'000'000, qPrintable(QString::number(feed.status().lastBytes)));
        QVERIFY2(server.bodyBytesWritten < 20'000'000, qPrintable(QString::number(server.bodyBytesWritten)));
    }
}

void TestScrapeFaults::garbageAndNulBytes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("up");
    QTest::addColumn<QString>("error");
    QTest::addRow("NUL bytes in line 3") << QByteArray("up 1\nother 2\nbad\0\0\0 3\n", 22) << false
                                         << QStringLiteral("line 3: Binary data, not the Prometheus text format.");
    QTest::addRow("NUL bytes only") << QByteArray(4096, '\0') << false
                                    << QStringLiteral("line 1: Binary data, not the Prometheus text format.");
    QTest::addRow("garbage only") << QByteArray("%%%% garbage\n!!!\n") << false
                                  << QStringLiteral("line 1: Not the Prometheus text format: no line could be read");
    QTest::addRow("garbage in line 2") << QByteArray("up 1\n%%%% garbage\nup_two 2\n") << true
                                       << QStringLiteral("1 malformed line(s) skipped; first: line 2: ");
}

void TestScrapeFaults::garbageAndNulBytes()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, up);
    QFETCH(QString, error);
    MisbehavingServer server;
    QVERIFY(server.listen());
    server.body = body;
    ScrapeFeed feed(server.url());
    feed.setTimeoutMs(5000);
    const qint64 ms = scrapeOnce(feed);
    QVERIFY2(ms >= 0 && ms < 5000, qPrintable(QString::number(ms)));
    QCOMPARE(feed.status().up, up);
    QVERIFY2(feed.status().lastError.startsWith(error), qPrintable(feed.status().lastError));
    QCOMPARE(feed.status().failures, qint64(up ? 0 : 1));
}

void TestScrapeFaults::counterResetsEveryScrape()
{
    // an exporter that restarts before every scrape: its counter is lower each time (a broken one even goes
    // negative); as PromQL's rate(), each drop is a restart from zero and adds what was counted since, never less
    // than nothing
    MisbehavingServer server;
    QVERIFY(server.listen());
    const QList<qint64> values { 1000, 300, 40, 0, -7, 5 };
    int next = 0;
    server.generate = [&] { return counter(values[std::min<qsizetype>(next++, values.size() - 1)]); };
    ScrapeFeed feed(server.url());
    for (qsizetype i = 0; i < values.size(); ++i) {
        QTest::qWait(20); // distinct scrape times
        QVERIFY(scrapeOnce(feed) >= 0);
        QVERIFY2(feed.status().up, qPrintable(feed.status().lastError));
        const LiveMetrics m = deriveMetrics(feed.window(), 60'000);
        if (i > 0) {
            QVERIFY(m.promptTokensPerS);
            QVERIFY2(*m.promptTokensPerS >= 0, qPrintable(QString::number(*m.promptTokensPerS)));
        }
    }
    const auto& s = feed.window().series().value(QStringLiteral("vllm:prompt_tokens_total{model_name=\"m\"}"));
    const QList<Point> points(s.points.begin(), s.points.end());
    QCOMPARE(points.size(), values.size());
    // 300 + 40 + 0 + 0 (the negative value) + 12 (from −7 to 5)
    QCOMPARE(counterIncrease(points), 352.0);
    QVERIFY(*counterRate(points) > 0);
}

void TestScrapeFaults::counterStepsNeverNegative()
{
    const double inf = std::numeric_limits<double>::infinity(), nan = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(counterStep(10, 25), 15.0);
    QCOMPARE(counterStep(10, 4), 4.0); // a reset
    QCOMPARE(counterStep(10, -20), 0.0); // not a counter any more: adds nothing
    QCOMPARE(counterStep(inf, inf), 0.0); // Inf − Inf is NaN, which would poison every sum
    QCOMPARE(counterStep(5, nan), 0.0);
    QCOMPARE(counterIncrease({ { 0, 10 }, { 1000, -20 } }), 0.0);
    QCOMPARE(counterRate({ { 0, 10 }, { 1000, -20 } }).value(), 0.0);
}

void TestScrapeFaults::prometheusApiUnderFault()
{
    MisbehavingServer server;
    QVERIFY(server.listen());
    PrometheusApi api(server.url("/"));
    api.setTimeoutMs(1000);
    api.setMaxBytes(1'000'000);
    qint64 ms = 0;

    server.mode = MisbehavingServer::Mode::Silent;
    auto r = queryOnce(api, &ms);
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("no complete response within 1 s"));
    QCOMPARE(r.error().source, server.url("/").toString());
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));

    server.mode = MisbehavingServer::Mode::Trickle;
    r = queryOnce(api, &ms);
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("no complete response within 1 s"));
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));

    server.mode = MisbehavingServer::Mode::Flood;
    api.setTimeoutMs(60'000);
    r = queryOnce(api, &ms, 90'000);
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("response larger than 1 MB"));
    QTRY_VERIFY_WITH_TIMEOUT(server.clientClosed, 10'000);
    QVERIFY2(server.bodyBytesWritten < 100'000'000, qPrintable(QString::number(server.bodyBytesWritten)));

    // garbage is named as such, not taken for an empty answer
    server.mode = MisbehavingServer::Mode::Body;
    server.body = QByteArray("\0\0garbage", 9);
    r = queryOnce(api, &ms);
    QVERIFY(!r);
    QVERIFY2(
        r.error().message.startsWith(QStringLiteral("Not a Prometheus API answer")), qPrintable(r.error().message));
}

INFEROMETER_TEST_GUILESS_MAIN(TestScrapeFaults)
#include "tst_scrapefaults.moc"
