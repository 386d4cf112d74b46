// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The Live page against a loopback vLLM-style exporter whose counters grow at known rates: the cards show the rates
// and $ per 1M tokens, the feed going down shows in the status and data resumes when it returns. With
// INFEROMETER_SCREENSHOT_DIR set, saves the page as live.png there.
#include "tests/support/fakeexporter.h"
#include "tests/support/prometheusserver.h"
#include "views/kpicard.h"
#include "core/live/recorder.h"
#include "views/livepage.h"
#include "views/workspacecontext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** vLLM-style metrics: 2,000 prompt and 1,000 generated tokens per second since `clock` started; 12 running,
 * 3 waiting, KV cache 62 %; a TTFT histogram with 80 % of requests under 0.25 s. */
QByteArray vllmExposition(const QElapsedTimer& clock)
{
    const double s = double(clock.nsecsElapsed()) / 1e9;
    const QByteArray n = QByteArray::number(qint64(s * 10)); // 10 requests per second
    const QByteArray fast = QByteArray::number(qint64(s * 8));
    return "# TYPE vllm:prompt_tokens_total counter\nvllm:prompt_tokens_total{model_name=\"llama-3.1-8b\"} "
        + QByteArray::number(s * 2000, 'f', 3)
        + "\n# TYPE vllm:generation_tokens_total "
          "counter\nvllm:generation_tokens_total{model_name=\"llama-3.1-8b\"} "
        + QByteArray::number(s * 1000, 'f', 3)
        + "\n# TYPE vllm:num_requests_running gauge\nvllm:num_requests_running{model_name=\"llama-3.1-8b\"} 12\n"
          "# TYPE vllm:num_requests_waiting gauge\nvllm:num_requests_waiting{model_name=\"llama-3.1-8b\"} 3\n"
          "# TYPE vllm:kv_cache_usage_perc gauge\nvllm:kv_cache_usage_perc{model_name=\"llama-3.1-8b\"} 0.62\n"
          "# TYPE vllm:time_to_first_token_seconds histogram\n"
          "vllm:time_to_first_token_seconds_bucket{le=\"0.25\",model_name=\"llama-3.1-8b\"} "
        + fast + "\nvllm:time_to_first_token_seconds_bucket{le=\"1\",model_name=\"llama-3.1-8b\"} " + n
        + "\nvllm:time_to_first_token_seconds_bucket{le=\"+Inf\",model_name=\"llama-3.1-8b\"} " + n + "\n";
}

} // namespace

class TestLivePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void ratesCostAndOutage();
    void prometheusServerSource();
};

void TestLivePage::ratesCostAndOutage()
{
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    QElapsedTimer clock;
    clock.start();
    ex.generate = [&clock] { return vllmExposition(clock); };
    // a workspace to record the session into
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.inferometer"));
    QVERIFY(Store::Workspace::open(path).ok());
    WorkspaceContext context;
    context.setPath(path);
    LivePage page(&context);
    page.setSource(LivePage::Source::Metrics); // settings remember the last source: never rely on them here
    page.resize(1300, 800);
    page.show();
    page.findChild<QSpinBox*>()->setValue(1); // scrape every second
    auto* perHour = page.findChild<QDoubleSpinBox*>();
    perHour->setValue(4.32); // $4.32/h over 3,000 tokens/s = 10.8M tokens/h → $0.40 per 1M
    QSignalSpy updated(&page, &LivePage::updated);
    page.setRecording(true);
    page.connectTo(ex.url());
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 4, 20'000);
    const auto tokens = page.metrics().tokensPerS();
    QVERIFY(tokens);
    QVERIFY2(qAbs(*tokens - 3000.0) < 30.0, qPrintable(QString::number(*tokens))); // ±1 %: wall-clock stamps
    QCOMPARE(page.metrics().requestsRunning.value(), 12.0);
    QCOMPARE(page.metrics().kvCacheUsage.value(), 0.62);
    QCOMPARE(page.cost().usdPerMTokens.value(), 4.32 / (*tokens * 3600) * 1e6);
    QVERIFY(qAbs(page.cost().inputShare.value() - 2.0 / 3.0) < 0.01);
    QVERIFY2(page.statusText().contains(QStringLiteral("Up")), qPrintable(page.statusText()));
    QVERIFY(page.metrics().ttftP95); // in (0.25, 1]: 0.25 + 0.75 × (0.95 − 0.8) / 0.2 ≈ 0.81 s
    QVERIFY2(qAbs(*page.metrics().ttftP95 - 0.8125) < 0.05, qPrintable(QString::number(*page.metrics().ttftP95)));
    if (const QString shots = qEnvironmentVariable("INFEROMETER_SCREENSHOT_DIR"); !shots.isEmpty())
        page.grab().save(QDir(shots).filePath(QStringLiteral("live.png")));

    // the session is in the workspace: 8 samples per scrape, and the rate read back from the file
    QTRY_VERIFY_WITH_TIMEOUT(page.recordedPoints() >= 8 * 4, 10'000);
    page.setRecording(false);
    QTest::qWait(200); // a write in flight finishes
    {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        QVERIFY(ws.ok());
        Live::Recorder rec(*ws.value());
        const QString feed = ex.url().toString();
        QCOMPARE(rec.seriesKeys(feed).value().size(), 8);
        const auto points
            = rec.points(feed, QStringLiteral("vllm:prompt_tokens_total{model_name=\"llama-3.1-8b\"}"), 0, 1LL << 50);
        QVERIFY(points.ok() && points.value().size() >= 4);
        QCOMPARE(qint64(points.value().size()) * 8, page.recordedPoints());
        QVERIFY(qAbs(Live::counterRate(points.value()).value() - 2000.0) < 20.0);
    }

    // the server goes away: the page says so and keeps running
    const quint16 port = ex.port();
    ex.close();
    QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("Down")), 10'000);
    QVERIFY2(page.statusText().contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(page.statusText()));
    // and comes back
    QVERIFY(ex.listen(port));
    QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("Up")), 10'000);
}

void TestLivePage::prometheusServerSource()
{
    if (!TestSupport::PrometheusServer::available())
        QSKIP("prometheus (Debian package prometheus) is not installed: packaging/install-deps.sh installs it");
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    QElapsedTimer clock;
    clock.start();
    ex.generate = [&clock] { return vllmExposition(clock); };
    TestSupport::PrometheusServer server;
    QVERIFY2(server.start(ex.port()), server.log().constData());
    WorkspaceContext context;
    LivePage page(&context);
    page.setSource(LivePage::Source::PrometheusServer);
    page.findChild<QSpinBox*>()->setValue(1);
    page.findChild<QDoubleSpinBox*>()->setValue(4.32);
    page.connectTo(server.url());
    // the server needs two scrapes before rate() has a value
    QTRY_VERIFY_WITH_TIMEOUT(page.metrics().tokensPerS().has_value(), 30'000);
    QVERIFY2(page.statusText().contains(QStringLiteral("Prometheus server")), qPrintable(page.statusText()));
    // rate(…[1m]) on a minute-old series is extrapolated by Prometheus (it reaches the slope, 3,000/s, after a
    // minute); both counters share their scrapes, so their ratio is exact from the first answer on
    const double tokens = *page.metrics().tokensPerS();
    QVERIFY2(tokens > 0 && tokens < 3000.0 * 1.05, qPrintable(QString::number(tokens)));
    QVERIFY(qAbs(*page.metrics().promptTokensPerS / *page.metrics().generationTokensPerS - 2.0)
        < 1e-4); // counters written with 3 decimals
    QCOMPARE(page.metrics().requestsRunning.value(), 12.0);
    QCOMPARE(page.metrics().kvCacheUsage.value(), 0.62);
    QCOMPARE(page.metrics().kind, Live::FeedKind::Vllm);
    QCOMPARE(page.cost().usdPerMTokens.value(), 4.32 / (*page.metrics().tokensPerS() * 3600) * 1e6);
}

QTEST_MAIN(TestLivePage)
#include "tst_livepage.moc"
