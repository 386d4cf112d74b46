// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The Live page against a loopback vLLM-style exporter whose counters grow at known rates: the cards show the rates
// and $ per 1M tokens, the feed going down shows in the status and data resumes when it returns. With
// INFEROMETER_SCREENSHOT_DIR set, saves the page as live.png there.
#include "tests/support/fakeexporter.h"
#include "tests/support/prometheusserver.h"
#include "core/budgets/budgetrepository.h"
#include "core/live/credentialstore.h"
#include "core/live/recorder.h"
#include "core/live/scrapefeed.h"
#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"
#include "views/kpicard.h"
#include "views/livealertswidget.h"
#include "views/livecredentialswidget.h"
#include "views/livepage.h"
#include "views/promqlpanel.h"
#include "views/recordedsessionview.h"
#include "views/workspacecontext.h"

#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QDir>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

/** Since `startMs` (ms since the epoch), at the time of the scrape: the milliseconds elapsed and, when `stamped`, the
 * suffix that stamps each sample with that time (the exposition format's optional timestamp). Stamped samples make
 * the page's rates exact: they no longer depend on when the page's clock read the answer (late on a busy machine). */
struct ScrapeTime
{
    qint64 elapsedMs;
    QByteArray suffix;
    explicit ScrapeTime(qint64 startMs, bool stamped)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        elapsedMs = now - startMs;
        if (stamped)
            suffix = ' ' + QByteArray::number(now);
    }
};

/** vLLM-style metrics: 2,000 prompt and 1,000 generated tokens per second since `startMs`; 12 running, 3 waiting,
 * KV cache 62 %; a TTFT histogram with 80 % of requests under 0.25 s. The counters are whole numbers (2 and 1 per
 * millisecond), so stamped samples give rates of exactly 2,000 and 1,000 per second. */
QByteArray vllmExposition(qint64 startMs, bool stamped = true)
{
    const ScrapeTime t(startMs, stamped);
    const QByteArray& ts = t.suffix;
    const QByteArray n = QByteArray::number(t.elapsedMs / 100); // 10 requests per second
    const QByteArray fast = QByteArray::number(t.elapsedMs * 8 / 1000);
    return "# TYPE vllm:prompt_tokens_total counter\nvllm:prompt_tokens_total{model_name=\"llama-3.1-8b\"} "
        + QByteArray::number(t.elapsedMs * 2) + ts
        + "\n# TYPE vllm:generation_tokens_total "
          "counter\nvllm:generation_tokens_total{model_name=\"llama-3.1-8b\"} "
        + QByteArray::number(t.elapsedMs) + ts
        + "\n# TYPE vllm:num_requests_running gauge\nvllm:num_requests_running{model_name=\"llama-3.1-8b\"} 12" + ts
        + "\n# TYPE vllm:num_requests_waiting gauge\nvllm:num_requests_waiting{model_name=\"llama-3.1-8b\"} 3" + ts
        + "\n# TYPE vllm:kv_cache_usage_perc gauge\nvllm:kv_cache_usage_perc{model_name=\"llama-3.1-8b\"} 0.62" + ts
        + "\n# TYPE vllm:time_to_first_token_seconds histogram\n"
          "vllm:time_to_first_token_seconds_bucket{le=\"0.25\",model_name=\"llama-3.1-8b\"} "
        + fast + ts + "\nvllm:time_to_first_token_seconds_bucket{le=\"1\",model_name=\"llama-3.1-8b\"} " + n + ts
        + "\nvllm:time_to_first_token_seconds_bucket{le=\"+Inf\",model_name=\"llama-3.1-8b\"} " + n + ts + "\n";
}

/** A LiteLLM proxy spending exactly $36 per hour ($0.00001 per millisecond) since `startMs`, samples stamped. */
QByteArray litellmExposition(qint64 startMs)
{
    const ScrapeTime t(startMs, true);
    return "# TYPE litellm_spend_metric counter\nlitellm_spend_metric_total{team_alias=\"eng\"} "
        + QByteArray::number(double(t.elapsedMs) * 1e-5, 'f', 5) + t.suffix
        + "\n# TYPE litellm_remaining_team_budget_metric "
          "gauge\nlitellm_remaining_team_budget_metric{team_alias=\"eng\"} "
          "99.5"
        + t.suffix + "\n";
}

/** Files under `dir` whose bytes contain `needle`. */
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

void saveShot(QWidget& w, const char* name)
{
    if (const QString shots = qEnvironmentVariable("INFEROMETER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(300); // charts lay out on the next events
        w.grab().save(QDir(shots).filePath(QString::fromLatin1(name)));
    }
}

} // namespace

class TestLivePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ratesCostAndOutage();
    void credentialsNeverInSettings();
    void gatewayAlerts();
    void recordedSessionOverLogs();
    void prometheusServerSource();
    void silentFeedStatus();
};

void TestLivePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("inferometer-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_livepage"));
    QSettings().clear();
    // no keychain here, whatever session the test runs in: credentials must hold for the session and go nowhere
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/inferometer-no-bus");
}

void TestLivePage::ratesCostAndOutage()
{
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    ex.generate = [startMs] { return vllmExposition(startMs); };
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
    QCOMPARE(*tokens, 3000.0); // 2,000 + 1,000 a second: the samples carry their times
    QCOMPARE(page.metrics().requestsRunning.value(), 12.0);
    QCOMPARE(page.metrics().kvCacheUsage.value(), 0.62);
    QCOMPARE(page.cost().usdPerMTokens.value(), 4.32 / (*tokens * 3600) * 1e6);
    QVERIFY(qAbs(page.cost().inputShare.value() - 2.0 / 3.0) < 0.01);
    QVERIFY2(page.statusText().contains(QStringLiteral("Up")), qPrintable(page.statusText()));
    QVERIFY(page.metrics().ttftP95); // in (0.25, 1]: 0.25 + 0.75 × (0.95 − 0.8) / 0.2 ≈ 0.81 s
    QVERIFY2(qAbs(*page.metrics().ttftP95 - 0.8125) < 0.05, qPrintable(QString::number(*page.metrics().ttftP95)));
    saveShot(page, "live.png");

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
        QCOMPARE(Live::counterRate(points.value()).value(), 2000.0);
    }
    // the recorded session over the logs: one session of this feed; its token rate per minute is the exporter's
    // 3,000/s and the workspace has no logged calls (0 per interval)
    RecordedSessionView* rv = page.recordedView();
    QSignalSpy overlays(rv, &RecordedSessionView::overlayLoaded);
    page.tabs()->setCurrentWidget(rv); // it reads the workspace when it comes into view
    rv->reload();
    QTRY_VERIFY_WITH_TIMEOUT(overlays.count() >= 1, 10'000);
    QCOMPARE(rv->sessions().size(), 1);
    QCOMPARE(rv->sessions().first().feed, ex.url().toString());
    QCOMPARE(rv->sessions().first().scrapes * 8, page.recordedPoints());
    QVERIFY(rv->overlay().has_value());
    QCOMPARE(rv->overlay()->bucketMs, 60'000);
    int withRate = 0;
    for (const auto& b : rv->overlay()->buckets) {
        QCOMPARE(b.logged, 0.0);
        if (b.recorded) {
            ++withRate;
            QCOMPARE(*b.recorded, 3000.0); // every pair of scrapes: whole tokens over the samples' own times
        }
    }
    QVERIFY(withRate >= 1);
    QVERIFY2(rv->statusText().contains(QStringLiteral("vllm:generation_tokens_total + vllm:prompt_tokens_total")),
        qPrintable(rv->statusText()));
    page.tabs()->setCurrentWidget(rv);
    saveShot(page, "live-recorded.png");
    page.tabs()->setCurrentIndex(0);

    // the server goes away: the page says so and keeps running
    const quint16 port = ex.port();
    ex.close();
    QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("Down")), 10'000);
    QVERIFY2(page.statusText().contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(page.statusText()));
    // and comes back
    QVERIFY(ex.listen(port));
    QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("Up")), 10'000);
}

void TestLivePage::credentialsNeverInSettings()
{
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    ex.body = "up 1\n";
    const QByteArray secret = "pw-Xq7-never-in-settings";
    WorkspaceContext context;
    {
        LivePage page(&context);
        page.setSource(LivePage::Source::Metrics);
        page.resize(1300, 800);
        page.show();
        // typed on the page: basic auth, user and password
        auto* auth = page.credentialsWidget()->findChild<QComboBox*>(QStringLiteral("auth"));
        auth->setCurrentIndex(int(LiveCredentialsWidget::Auth::Basic));
        QTest::keyClicks(
            page.credentialsWidget()->findChild<QLineEdit*>(QStringLiteral("user")), QStringLiteral("alice"));
        QTest::keyClicks(
            page.credentialsWidget()->findChild<QLineEdit*>(QStringLiteral("secret")), QString::fromLatin1(secret));
        QSignalSpy saved(page.credentialsWidget(), &LiveCredentialsWidget::saved);
        QSignalSpy updated(&page, &LivePage::updated);
        page.connectTo(ex.url());
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1 && saved.count() >= 1, 15'000);
        // the feed was asked with them
        const QByteArray pair = QByteArray("alice:") + secret;
        const QByteArray expected = QByteArray("Basic ") + pair.toBase64();
        QCOMPARE(ex.lastAuthorization, expected);
        // no keychain on this machine: the page says the credentials hold for this session only
        QVERIFY2(page.credentialsWidget()->note().contains(QStringLiteral("session only")),
            qPrintable(page.credentialsWidget()->note()));
        saveShot(page, "live-credentials.png");
        page.disconnectFeed();
    }
    // the settings (and every file of the test's config and data locations) never hold the secret
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray written = settings.readAll();
    QVERIFY(written.contains("live/url") || written.contains("url=")); // the URL is remembered …
    QVERIFY(!written.contains(secret)); // … the secret is not
    QVERIFY(!written.contains(secret.toBase64()));
    for (auto loc : { QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
             QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation })
        QCOMPARE(filesContaining(QStandardPaths::writableLocation(loc), secret), QStringList());
    // the page opened again in the same session finds them (for this session only)
    LivePage again(&context);
    QSignalSpy loaded(again.credentialsWidget(), &LiveCredentialsWidget::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10'000);
    QCOMPARE(again.credentialsWidget()->credentials().user, QStringLiteral("alice"));
    QCOMPARE(again.credentialsWidget()->credentials().password, QString::fromLatin1(secret));
    Live::CredentialStore::forgetSession();
}

void TestLivePage::gatewayAlerts()
{
    using namespace std::chrono;
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    const qint64 spendStartMs = QDateTime::currentMSecsSinceEpoch();
    ex.generate = [spendStartMs] { return litellmExposition(spendStartMs); };
    // a workspace: Eng logged $700 this month (a minute ago), budget $800 with the default rules (80/90/100 %,
    // forecast breach) and a spend-spike rule at 10 × the baseline; Ops has no budget
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gw.inferometer"));
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    const QDate today = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).date();
    const qint64 monthStart
        = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 monthEnd
        = QDateTime(QDate(today.year(), today.month(), 1).addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 logged = std::max(monthStart, start - 60'000);
    {
        auto ws = Store::Workspace::open(path);
        QVERIFY(ws.ok());
        UsageEvent e;
        e.timeMs = logged;
        e.provider = QStringLiteral("openai");
        e.model = QStringLiteral("gpt-4o");
        e.costCenter = QStringLiteral("Eng");
        e.callId = QStringLiteral("c1");
        e.listCostNano = 700'000'000'000;
        UsageEvent o = e;
        o.costCenter = QStringLiteral("Ops");
        o.callId = QStringLiteral("c2");
        o.listCostNano = 5'000'000'000;
        Store::UsageRepository repo(*ws.value());
        Store::Transaction tx(*ws.value());
        Store::ChangeSet changes;
        QVERIFY(tx.begin().ok() && repo.insert({ e, o }, &changes).ok() && repo.refreshDerived(changes).ok()
            && tx.commit().ok());
        Budgets::BudgetRepository budgets(*ws.value());
        QVERIFY(budgets.setBudget(QStringLiteral("Eng"), 800'000'000'000).ok());
    }
    WorkspaceContext context;
    context.setPath(path);
    LivePage page(&context);
    page.setSource(LivePage::Source::Metrics);
    page.resize(1300, 850);
    page.show();
    page.findChild<QSpinBox*>()->setValue(1);
    LiveAlertsWidget* alerts = page.alertsWidget();
    QSignalSpy contextLoaded(alerts, &LiveAlertsWidget::contextLoaded);
    alerts->setCostCenter(QStringLiteral("Eng"));
    QTRY_VERIFY_WITH_TIMEOUT(alerts->context() && alerts->context()->costCenter == QStringLiteral("Eng"), 10'000);
    QCOMPARE(alerts->context()->mtdNano, 700'000'000'000);
    QCOMPARE(*alerts->context()->budgetNano, 800'000'000'000);
    QCOMPARE(alerts->context()->rules.size(), 6); // 80/90/100 %, forecast; spend and token spike 3 × by default
    QSignalSpy updated(&page, &LivePage::updated);
    page.connectTo(ex.url());
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 3 && page.metrics().spendUsdPerHour.has_value(), 20'000);
    const double rate = *page.metrics().spendUsdPerHour;
    QVERIFY2(qAbs(rate - 36.0) < 1e-6, qPrintable(QString::number(rate, 'g', 17))); // stamped samples: exact
    // spent now = $700 + $36/h × (a minute or so) ≈ $700.6–$701 ≥ 80 % ($640), < 90 % ($720);
    // projected = spent now + $36/h × the hours left in the month > $800
    QList<QString> kinds;
    for (const auto& a : alerts->alerts())
        kinds << a.kind + QLatin1Char('@') + QString::number(a.threshold);
    const double hoursLeft = double(monthEnd - QDateTime::currentMSecsSinceEpoch()) / 3.6e6;
    QStringList expected { QStringLiteral("budget_percent@0.8") };
    if (700.0 + rate * hoursLeft > 800.0)
        expected << QStringLiteral("forecast_breach@1");
    QCOMPARE(kinds, expected);
    const Live::LiveAlert& p80 = alerts->alerts().first();
    QCOMPARE(p80.limit, 640.0);
    QVERIFY2(p80.measured > 700.0 && p80.measured < 703.0, qPrintable(QString::number(p80.measured)));
    QVERIFY(p80.firedAtMs >= start);
    if (expected.size() == 2) {
        QCOMPARE(alerts->alerts()[1].limit, 800.0);
        QVERIFY(qAbs(alerts->alerts()[1].measured - (700.0 + rate * hoursLeft)) < 1.0 + 0.001 * rate * hoursLeft);
    }
    QVERIFY2(
        alerts->bannerText().contains(QStringLiteral("80 % of Eng's budget spent")), qPrintable(alerts->bannerText()));
    QVERIFY2(alerts->summaryText().contains(QStringLiteral("budget $800.00")), qPrintable(alerts->summaryText()));
    page.tabs()->setCurrentIndex(0);
    saveShot(page, "live-alerts.png");
    const qint64 fired80 = p80.firedAtMs;
    // the alert keeps its time while it holds
    const int seen = int(updated.count());
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() > seen, 5'000);
    QCOMPARE(alerts->alerts().first().firedAtMs, fired80);
    // the budget is raised to $1,000 (80 % = $800 > $701): after the workspace says so, the 80 % alert clears
    {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        QVERIFY(ws.ok());
        QVERIFY(Budgets::BudgetRepository(*ws.value()).setBudget(QStringLiteral("Eng"), 1'000'000'000'000).ok());
    }
    const int loads = int(contextLoaded.count());
    context.notifyContentChanged();
    QTRY_VERIFY_WITH_TIMEOUT(contextLoaded.count() > loads, 10'000);
    for (const auto& a : alerts->alerts())
        QVERIFY2(a.kind != QLatin1String(Budgets::Kind::BudgetPercent), qPrintable(a.kind));
    // Ops has no budget, and one logged hour of $5: its baseline is $5/h, and the live $36/h is a spend spike of
    // 7.2 × ≥ the default 3 × (the only rule that can fire there)
    alerts->setCostCenter(QStringLiteral("Ops"));
    QTRY_VERIFY_WITH_TIMEOUT(alerts->context() && alerts->context()->costCenter == QStringLiteral("Ops"), 10'000);
    QCOMPARE(*alerts->context()->baselineUsdPerHour, 5.0);
    QTRY_VERIFY_WITH_TIMEOUT(alerts->alerts().size() == 1, 5'000);
    QCOMPARE(alerts->alerts().first().kind, QString::fromLatin1(Budgets::Kind::SpendSpike));
    QCOMPARE(alerts->alerts().first().limit, 3.0);
    QVERIFY2(qAbs(alerts->alerts().first().measured - 7.2) < 1e-6, // $36/h over $5/h
        qPrintable(QString::number(alerts->alerts().first().measured, 'g', 17)));
    QVERIFY2(alerts->bannerText().contains(QStringLiteral("spend rate ≥ 3 × baseline (all cost centers)")),
        qPrintable(alerts->bannerText()));
    saveShot(page, "live-alerts-spike.png");
    // the workspace gets its own spend-spike rule for all cost centers, 10 ×: 7.2 × no longer holds, the alert clears
    {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        QVERIFY(ws.ok());
        QVERIFY(Budgets::BudgetRepository(*ws.value())
                    .addAlertRule({ 0, QString::fromLatin1(Budgets::Kind::SpendSpike), {}, 10.0, true })
                    .ok());
    }
    const int reloads = int(contextLoaded.count());
    context.notifyContentChanged();
    QTRY_VERIFY_WITH_TIMEOUT(contextLoaded.count() > reloads, 10'000);
    QVERIFY(alerts->alerts().isEmpty());
    QVERIFY(alerts->bannerText().isEmpty());
}

void TestLivePage::recordedSessionOverLogs()
{
    // a hand-built workspace: a vLLM feed recorded for 30 minutes (a scrape every 30 s; prompt 100/s and generation
    // 50/s for the first 15 minutes, then 200/s and 100/s), and logged calls of 9,000 tokens a minute (150/s) all
    // along: the feed's rate doubles while the logs stay flat
    constexpr qint64 T0 = 1'795'176'000'000; // 2026-11-20T12:00:00Z
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rec.inferometer"));
    const QString feed = QStringLiteral("http://gpu-node:8000/metrics");
    {
        auto ws = Store::Workspace::open(path);
        QVERIFY(ws.ok());
        Live::Recorder rec(*ws.value());
        double prompt = 0, generation = 0;
        for (int i = 0; i <= 60; ++i) {
            const QByteArray text = "# TYPE vllm:prompt_tokens_total counter\nvllm:prompt_tokens_total "
                + QByteArray::number(prompt, 'f', 0) + "\n# TYPE vllm:generation_tokens_total counter\n"
                + "vllm:generation_tokens_total " + QByteArray::number(generation, 'f', 0) + "\n";
            QVERIFY(rec.record(feed, Live::parseExposition(text, feed).value(), T0 + i * 30'000).ok());
            const double speed = i < 30 ? 1.0 : 2.0;
            prompt += 100 * 30 * speed;
            generation += 50 * 30 * speed;
        }
        QList<UsageEvent> events;
        for (int m = 0; m < 31; ++m) {
            UsageEvent e;
            e.timeMs = T0 + m * 60'000 + 20'000;
            e.provider = QStringLiteral("self-hosted");
            e.model = QStringLiteral("llama-3.1-8b");
            e.costCenter = QStringLiteral("Eng");
            e.callId = QStringLiteral("call-%1").arg(m);
            e.tokens.uncachedInput = 6000;
            e.tokens.output = 3000;
            e.listCostNano = 1'000'000;
            events << e;
        }
        Store::UsageRepository repo(*ws.value());
        Store::Transaction tx(*ws.value());
        Store::ChangeSet changes;
        QVERIFY(tx.begin().ok() && repo.insert(events, &changes).ok() && repo.refreshDerived(changes).ok()
            && tx.commit().ok());
    }
    WorkspaceContext context;
    context.setPath(path);
    LivePage page(&context);
    page.resize(1300, 800);
    page.show();
    RecordedSessionView* rv = page.recordedView();
    page.tabs()->setCurrentWidget(rv);
    QSignalSpy overlays(rv, &RecordedSessionView::overlayLoaded);
    rv->setBucketMs(60'000);
    QTRY_VERIFY_WITH_TIMEOUT(rv->overlay().has_value() && rv->overlay()->bucketMs == 60'000, 10'000);
    QCOMPARE(rv->sessions(), (QList<Live::RecordedSession> { { feed, T0, T0 + 30 * 60'000, 61 } }));
    const auto& b = rv->overlay()->buckets;
    QCOMPARE(b.size(), 31); // 12:00 … 12:30
    QCOMPARE(*b[0].recorded, 150.0); // the pair 12:00:00 → 12:00:30
    // minute 1 holds the pairs ending at 12:01:00 and 12:01:30: 150/s; from minute 16 on (pairs starting at 12:15)
    // 300/s; minute 15 holds the pair ending at 12:15:00 (the old speed) and at 12:15:30 (the new one): 225/s
    QCOMPARE(*b[1].recorded, 150.0);
    QCOMPARE(*b[14].recorded, 150.0);
    QCOMPARE(*b[15].recorded, 225.0);
    QCOMPARE(*b[16].recorded, 300.0);
    QCOMPARE(*b[30].recorded, 300.0);
    for (const auto& x : b)
        QCOMPARE(x.logged, 150.0); // 9,000 tokens a minute
    saveShot(page, "live-recorded-over-logs.png");
    // the same per 5 minutes, in spend: no spend counter recorded, only the logs ($0.001 a minute = $0.06/h)
    rv->setMetric(Live::OverlayMetric::Spend);
    rv->setBucketMs(300'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        rv->overlay() && rv->overlay()->metric == Live::OverlayMetric::Spend && rv->overlay()->bucketMs == 300'000,
        10'000);
    QCOMPARE(rv->overlay()->buckets.size(), 7); // 12:00 … 12:30 in 5-minute steps
    QVERIFY(!rv->overlay()->buckets[0].recorded);
    QCOMPARE(rv->overlay()->buckets[0].logged, 0.06);
    QVERIFY2(rv->statusText().contains(QStringLiteral("no spend counter")), qPrintable(rv->statusText()));
}

void TestLivePage::prometheusServerSource()
{
    if (!TestSupport::PrometheusServer::available())
        INFEROMETER_SKIP(
            "prometheus (Debian package prometheus) is not installed: packaging/install-deps.sh installs it");
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    ex.generate = [startMs] { return vllmExposition(startMs, false); }; // the server stamps its own scrapes
    TestSupport::PrometheusServer server;
    QVERIFY2(server.start(ex.port()), server.log().constData());
    WorkspaceContext context;
    LivePage page(&context);
    page.setSource(LivePage::Source::PrometheusServer);
    page.resize(1300, 800);
    page.show();
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

    // free PromQL over the chart window: a gauge expression is exact at every point
    PromqlPanel* promql = page.promqlPanel();
    QSignalSpy answered(promql, &PromqlPanel::answered);
    promql->run(QStringLiteral("sum(vllm:num_requests_running) * 2 + sum(vllm:kv_cache_usage_perc)"));
    QTRY_VERIFY_WITH_TIMEOUT(answered.count() >= 1, 10'000);
    QCOMPARE(promql->result().resultType, QStringLiteral("matrix"));
    QCOMPARE(promql->result().series.size(), 1);
    QVERIFY(!promql->result().series.first().points.isEmpty());
    for (const Live::Point& p : promql->result().series.first().points)
        QCOMPARE(p.value, 24.62); // 12 × 2 + 0.62
    // the ratio of the two token rates is 2 at every point (both counters share their scrapes)
    promql->run(
        QStringLiteral("sum(rate(vllm:prompt_tokens_total[1m])) / sum(rate(vllm:generation_tokens_total[1m]))"));
    QTRY_VERIFY_WITH_TIMEOUT(answered.count() >= 2, 10'000);
    QCOMPARE(promql->result().series.size(), 1);
    for (const Live::Point& p : promql->result().series.first().points)
        QVERIFY2(qAbs(p.value - 2.0) < 1e-4, qPrintable(QString::number(p.value)));
    // a preset chosen from the combo: its PromQL runs (vLLM KV-cache usage, 0.62)
    auto* presets = promql->findChild<QComboBox*>(QStringLiteral("preset"));
    int kv = -1;
    for (int i = 0; i < presets->count(); ++i)
        if (presets->itemData(i).toString() == QStringLiteral("avg(vllm:kv_cache_usage_perc)"))
            kv = i;
    QVERIFY(kv > 0);
    QVERIFY(presets->itemText(kv).contains(QStringLiteral("avg(vllm:kv_cache_usage_perc)"))); // PromQL visible
    presets->setCurrentIndex(kv);
    emit presets->activated(kv);
    QTRY_VERIFY_WITH_TIMEOUT(answered.count() >= 3, 10'000);
    QCOMPARE(promql->promql(), QStringLiteral("avg(vllm:kv_cache_usage_perc)"));
    for (const Live::Point& p : promql->result().series.first().points)
        QCOMPARE(p.value, 0.62);
    // re-run on the interval (1 s): the series grows as the server keeps scraping (a point per 3 s step)
    QTRY_VERIFY_WITH_TIMEOUT(answered.count() >= 4, 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(promql->result().series.value(0).points.size() >= 3, 20'000);
    page.tabs()->setCurrentWidget(promql);
    saveShot(page, "live-promql.png");
    // bad PromQL: Prometheus' own message in the status, the page goes on
    promql->run(QStringLiteral("sum(rate(vllm:prompt_tokens_total[1m])"));
    const int before = int(answered.count());
    QTRY_VERIFY_WITH_TIMEOUT(answered.count() > before, 10'000);
    QVERIFY2(promql->statusText().contains(QStringLiteral("bad_data")), qPrintable(promql->statusText()));
    QVERIFY2(promql->statusText().contains(QStringLiteral("parse error")), qPrintable(promql->statusText()));
    saveShot(page, "live-promql-error.png");
    // the history keeps what was run, newest first, and is remembered
    const QStringList history = QSettings().value(QStringLiteral("live/promqlHistory")).toStringList();
    QCOMPARE(history.value(0), QStringLiteral("sum(rate(vllm:prompt_tokens_total[1m])"));
    QCOMPARE(history.value(1), QStringLiteral("avg(vllm:kv_cache_usage_perc)"));
    QCOMPARE(promql->history(), history);
}

void TestLivePage::silentFeedStatus()
{
    // a server that takes the request and never answers: each scrape is given up at the timeout (from its start),
    // the page says why and when the last one failed and counts the failures, and the window never stops
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    ex.silent = true;
    WorkspaceContext context;
    LivePage page(&context);
    page.setSource(LivePage::Source::Metrics);
    page.show();
    auto* timeout = page.findChild<QSpinBox*>(QStringLiteral("liveTimeout"));
    QVERIFY(timeout);
    QCOMPARE(timeout->value(), 10); // the default: Prometheus's scrape_timeout
    timeout->setValue(1);
    auto* interval = page.findChild<QSpinBox*>();
    QVERIFY(interval != timeout);
    interval->setValue(1);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(50);
    QSignalSpy updated(&page, &LivePage::updated);
    QElapsedTimer clock;
    clock.start();
    page.connectTo(ex.url());
    QVERIFY(updated.wait(5000));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(ticks >= 8, qPrintable(QString::number(ticks))); // the event loop ran through the whole second
    auto* feed = page.findChild<Live::ScrapeFeed*>();
    QVERIFY(feed);
    const auto hms = [](qint64 ms) -> QString {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("HH:mm:ss"));
    };
    const QString first = hms(feed->status().lastScrapeMs);
    QCOMPARE(page.statusText(),
        QStringLiteral("<b>Down</b> since %1 UTC · %2 · last scrape failed: no complete response within 1 s at %1 "
                       "UTC · 1 of 1 scrapes failed · retrying every 1 s")
            .arg(first, ex.url().toString()));
    // the next failure: the outage still dates from the first, the count goes on
    QVERIFY(updated.wait(5000));
    QCOMPARE(page.statusText(),
        QStringLiteral("<b>Down</b> since %1 UTC · %2 · last scrape failed: no complete response within 1 s at %3 "
                       "UTC · 2 of 2 scrapes failed · retrying every 1 s")
            .arg(first, ex.url().toString(), hms(feed->status().lastScrapeMs)));
    // the server recovers: up again, the failures still counted
    ex.silent = false;
    ex.body = "up 1\n";
    QTRY_VERIFY_WITH_TIMEOUT(page.statusText().startsWith(QStringLiteral("<b>Up</b>")), 10'000);
    QVERIFY2(page.statusText().endsWith(
                 QStringLiteral(" · %1 of %2 scrapes failed").arg(feed->status().failures).arg(feed->status().scrapes)),
        qPrintable(page.statusText()));
    QVERIFY(feed->status().failures >= 2);
    page.disconnectFeed();
}

INFEROMETER_TEST_MAIN(TestLivePage)
#include "tst_livepage.moc"
