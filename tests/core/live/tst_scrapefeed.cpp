// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// ScrapeFeed against a loopback HTTP server that the test controls: known counter values give known rates; the
// server misbehaves on purpose (down, silent, HTML, garbage, 404, huge, a counter reset, 10,000 series) and the feed
// reports it in its status and resumes when the server does.
#include "core/live/scrapefeed.h"
#include "tests/support/fakeexporter.h"
#include "tests/support/testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Live;
using TestSupport::FakeExporter;

namespace {

QByteArray tokens(qint64 prompt)
{
    return "# TYPE vllm:prompt_tokens_total counter\nvllm:prompt_tokens_total{model_name=\"m\"} "
        + QByteArray::number(prompt) + "\n";
}

bool scrapeOnce(ScrapeFeed& feed)
{
    QSignalSpy spy(&feed, &ScrapeFeed::scraped);
    feed.scrapeNow();
    return spy.wait(10'000);
}

} // namespace

class TestScrapeFeed : public QObject
{
    Q_OBJECT
private slots:
    void goodScrapesGiveRates();
    void outagesAndRecovery();
    void bearerTokenIsSent();
    void tenThousandSeries();
};

void TestScrapeFeed::goodScrapesGiveRates()
{
    FakeExporter ex;
    QVERIFY(ex.listen());
    ScrapeFeed feed(ex.url());
    ex.body = tokens(1000);
    QVERIFY(scrapeOnce(feed));
    QVERIFY2(feed.status().up, qPrintable(feed.status().lastError));
    QCOMPARE(feed.status().samples, qint64(1));
    QTest::qWait(300);
    ex.body = tokens(1600);
    QVERIFY(scrapeOnce(feed));
    const auto& s = feed.window().series().value(QStringLiteral("vllm:prompt_tokens_total{model_name=\"m\"}"));
    QCOMPARE(int(s.points.size()), 2);
    QCOMPARE(s.points.back().value, 1600.0);
    const double seconds = double(s.points.back().timeMs - s.points.front().timeMs) / 1000.0;
    QVERIFY(seconds >= 0.3);
    QCOMPARE(deriveMetrics(feed.window(), 60'000).promptTokensPerS.value(), 600.0 / seconds);
    // a restart: the counter starts over; the increase counts the 50 new tokens
    ex.body = tokens(50);
    QTest::qWait(50);
    QVERIFY(scrapeOnce(feed));
    QCOMPARE(counterIncrease(QList<Point>(
                 feed.window().series().begin()->points.begin(), feed.window().series().begin()->points.end())),
        650.0);
}

void TestScrapeFeed::outagesAndRecovery()
{
    FakeExporter ex;
    QVERIFY(ex.listen());
    ScrapeFeed feed(ex.url());
    feed.setTimeoutMs(700);
    ex.body = tokens(1);
    QVERIFY(scrapeOnce(feed));
    QVERIFY(feed.status().up);

    struct Case
    {
        const char* name;
        std::function<void()> setup;
        const char* error;
    };
    const QList<Case> cases {
        { "silent", [&] { ex.silent = true; }, "no complete response within 0.7 s" },
        { "html", [&] { ex.silent = false, ex.body = "<html><body>Sign in</body></html>"; }, "HTML" },
        { "garbage", [&] { ex.body = QByteArray("\x00\x01\x02garbage", 10); }, "line 1: Binary" },
        { "404", [&] { ex.status = 404, ex.body = "not found"; }, "HTTP 404" },
    };
    qint64 downSince = 0;
    for (const Case& c : cases) {
        c.setup();
        QVERIFY2(scrapeOnce(feed), c.name);
        QVERIFY2(!feed.status().up, c.name);
        QVERIFY2(feed.status().lastError.contains(QLatin1String(c.error)), qPrintable(feed.status().lastError));
        if (!downSince)
            downSince = *feed.status().downSinceMs;
        QCOMPARE(*feed.status().downSinceMs, downSince); // one outage, from its first failure
    }
    // the server goes away altogether
    const quint16 port = ex.port();
    ex.close();
    QVERIFY(scrapeOnce(feed));
    QVERIFY(!feed.status().up);
    QVERIFY2(feed.status().lastError.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
        qPrintable(feed.status().lastError));
    // and comes back: data resumes, the outage ends
    QVERIFY(ex.listen(port));
    ex.status = 200;
    ex.body = tokens(5);
    QVERIFY(scrapeOnce(feed));
    QVERIFY2(feed.status().up, qPrintable(feed.status().lastError));
    QVERIFY(!feed.status().downSinceMs);
    QCOMPARE(feed.status().failures, qint64(5));
    QCOMPARE(feed.window().latestSum(QStringLiteral("vllm:prompt_tokens_total")).value(), 5.0);
}

void TestScrapeFeed::bearerTokenIsSent()
{
    FakeExporter ex;
    QVERIFY(ex.listen());
    ex.body = tokens(1);
    ScrapeFeed feed(ex.url());
    feed.setCredentials({ QStringLiteral("s3cret"), {}, {} });
    QVERIFY(scrapeOnce(feed));
    QCOMPARE(ex.lastAuthorization, QByteArray("Bearer s3cret"));
    feed.setCredentials({ {}, QStringLiteral("ann"), QStringLiteral("pw") });
    QVERIFY(scrapeOnce(feed));
    QCOMPARE(ex.lastAuthorization, "Basic " + QByteArray("ann:pw").toBase64());
}

void TestScrapeFeed::tenThousandSeries()
{
    FakeExporter ex;
    QVERIFY(ex.listen());
    QByteArray body = "# TYPE vllm:num_requests_running gauge\n";
    for (int i = 0; i < 10'000; ++i)
        body += "vllm:num_requests_running{model_name=\"m" + QByteArray::number(i) + "\"} 1\n";
    ex.body = body;
    ScrapeFeed feed(ex.url());
    QVERIFY(scrapeOnce(feed));
    QVERIFY(feed.status().up);
    QCOMPARE(feed.status().samples, qint64(10'000));
    QCOMPARE(feed.window().latestSum(QStringLiteral("vllm:num_requests_running")).value(), 10'000.0);
    // too large a body is refused, not read into memory
    feed.setMaxBytes(1024);
    QVERIFY(scrapeOnce(feed));
    QVERIFY(!feed.status().up);
    QCOMPARE(feed.status().lastError, QStringLiteral("response larger than 1024 bytes"));
}

INFEROMETER_TEST_GUILESS_MAIN(TestScrapeFeed)
#include "tst_scrapefeed.moc"
