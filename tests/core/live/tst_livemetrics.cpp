// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Live numbers from successive scrapes: rates across counter resets, latency quantiles from bucket increases, the
// presets for vLLM / TGI / LiteLLM / OpenCost, $ per 1M tokens now against an API price — all worked out by hand.
#include "core/live/presets.h"
#include "tests/support/testmain.h"

#include <QTest>

using namespace Live;

namespace {

Exposition parse(const QByteArray& text)
{
    auto r = parseExposition(text, QStringLiteral("test"));
    return r.ok() ? r.value() : Exposition {};
}

QByteArray vllm(int prompt, int generation, int ttftFast, int ttftSlow, int ttftAll, double kv)
{
    return "# TYPE vllm:prompt_tokens_total counter\n"
           "vllm:prompt_tokens_total{model_name=\"m\"} "
        + QByteArray::number(prompt)
        + "\n# TYPE vllm:generation_tokens_total counter\n"
          "vllm:generation_tokens_total{model_name=\"m\"} "
        + QByteArray::number(generation)
        + "\n# TYPE vllm:num_requests_running gauge\nvllm:num_requests_running{model_name=\"m\"} 4\n"
          "# TYPE vllm:num_requests_waiting gauge\nvllm:num_requests_waiting{model_name=\"m\"} 1\n"
          "# TYPE vllm:kv_cache_usage_perc gauge\nvllm:kv_cache_usage_perc{model_name=\"m\"} "
        + QByteArray::number(kv)
        + "\n# TYPE vllm:time_to_first_token_seconds histogram\n"
          "vllm:time_to_first_token_seconds_bucket{le=\"0.1\",model_name=\"m\"} "
        + QByteArray::number(ttftFast) + "\nvllm:time_to_first_token_seconds_bucket{le=\"1\",model_name=\"m\"} "
        + QByteArray::number(ttftSlow) + "\nvllm:time_to_first_token_seconds_bucket{le=\"+Inf\",model_name=\"m\"} "
        + QByteArray::number(ttftAll) + "\n";
}

} // namespace

class TestLiveMetrics : public QObject
{
    Q_OBJECT
private slots:
    void vllmRatesAndCost();
    void counterResetBetweenScrapes();
    void tgiCountsTokensInHistograms();
    void liteLlmSpendAndProjection();
    void seriesAreBounded();
    void windowRolls();
};

void TestLiveMetrics::vllmRatesAndCost()
{
    SeriesWindow w;
    w.add(parse(vllm(1000, 500, 10, 20, 20, 0.25)), 0);
    w.add(parse(vllm(3000, 1500, 30, 55, 60, 0.5)), 10'000);
    const LiveMetrics m = deriveMetrics(w, 60'000);
    QCOMPARE(m.kind, FeedKind::Vllm);
    QCOMPARE(m.promptTokensPerS.value(), 200.0); // 2000 tokens in 10 s
    QCOMPARE(m.generationTokensPerS.value(), 100.0);
    QCOMPARE(m.tokensPerS().value(), 300.0);
    QCOMPARE(m.requestsRunning.value(), 4.0);
    QCOMPARE(m.requestsWaiting.value(), 1.0);
    QCOMPARE(m.kvCacheUsage.value(), 0.5);
    // bucket increases: ≤0.1 s: 20, ≤1 s: 35, all: 40. p50: rank 20 → exactly the 0.1 s bound
    QCOMPARE(m.ttftP50.value(), 0.1);
    // p95: rank 38 > 35 → in +Inf: the highest finite bound
    QCOMPARE(m.ttftP95.value(), 1.0);
    // $3.60/h over 300 tokens/s = 1,080,000 tokens/h → $3.333…/1M; gpt-4o $2.50 in / $10 out at 2/3 input → $5.00/1M
    Pricing::PriceEntry gpt4o;
    gpt4o.rates.input = 2'500'000;
    gpt4o.rates.output = 10'000'000;
    const LiveCost c = liveCost(m, 3.6, gpt4o);
    QCOMPARE(c.inputShare.value(), 2.0 / 3.0);
    QCOMPARE(c.usdPerMTokens.value(), 3.6 / 1'080'000.0 * 1e6);
    QVERIFY(qAbs(c.apiUsdPerMTokens.value() - 5.0) < 1e-12);
    // without a typed price and without OpenCost: no $/1M
    QVERIFY(!liveCost(m, std::nullopt, gpt4o).usdPerMTokens);
}

void TestLiveMetrics::counterResetBetweenScrapes()
{
    SeriesWindow w;
    w.add(parse(vllm(1000, 0, 0, 0, 0, 0)), 0);
    w.add(parse(vllm(1600, 0, 0, 0, 0, 0)), 10'000);
    w.add(parse(vllm(300, 0, 0, 0, 0, 0)), 20'000); // the server restarted: 300 new tokens, not −1300
    QCOMPARE(deriveMetrics(w, 60'000).promptTokensPerS.value(), (600.0 + 300.0) / 20.0);
    // only the last 10 s: the restart alone
    QCOMPARE(deriveMetrics(w, 10'000).promptTokensPerS.value(), 30.0);
}

void TestLiveMetrics::tgiCountsTokensInHistograms()
{
    auto tgi = [](int in, int out, int queue) -> QByteArray {
        return "# TYPE tgi_request_input_length histogram\ntgi_request_input_length_sum " + QByteArray::number(in)
            + "\ntgi_request_input_length_count 1\n# TYPE tgi_request_generated_tokens histogram\n"
              "tgi_request_generated_tokens_sum "
            + QByteArray::number(out) + "\n# TYPE tgi_queue_size gauge\ntgi_queue_size " + QByteArray::number(queue)
            + "\n# TYPE tgi_request_success counter\ntgi_request_success " + QByteArray::number(out / 100) + "\n";
    };
    SeriesWindow w;
    w.add(parse(tgi(5000, 1000, 2)), 0);
    w.add(parse(tgi(9000, 3000, 7)), 20'000);
    const LiveMetrics m = deriveMetrics(w, 60'000);
    QCOMPARE(m.kind, FeedKind::Tgi);
    QCOMPARE(m.promptTokensPerS.value(), 200.0);
    QCOMPARE(m.generationTokensPerS.value(), 100.0);
    QCOMPARE(m.requestsWaiting.value(), 7.0);
    QCOMPARE(m.requestsPerS.value(), 1.0); // counter without _total: 10 → 30 in 20 s
}

void TestLiveMetrics::liteLlmSpendAndProjection()
{
    auto litellm = [](double spend, double remainingA, double remainingB) -> QByteArray {
        return "# TYPE litellm_spend_metric_total counter\n"
               "litellm_spend_metric_total{team=\"a\",model=\"gpt-4o\"} "
            + QByteArray::number(spend, 'f', 4)
            + "\n# TYPE litellm_remaining_team_budget_metric gauge\n"
              "litellm_remaining_team_budget_metric{team=\"a\"} "
            + QByteArray::number(remainingA) + "\nlitellm_remaining_team_budget_metric{team=\"b\"} "
            + QByteArray::number(remainingB) + "\n";
    };
    SeriesWindow w;
    // $0.50 in 60 s = $30/h
    const qint64 t0 = 1'793'491'200'000; // 2026-11-01T00:00:00Z
    w.add(parse(litellm(10.0, 500, 200)), t0);
    w.add(parse(litellm(10.5, 499.5, 200)), t0 + 60'000);
    const LiveMetrics m = deriveMetrics(w, 300'000);
    QCOMPARE(m.kind, FeedKind::LiteLlm);
    QVERIFY(m.spendUsdPerHour);
    QVERIFY(m.remainingBudgetUsd);
    QVERIFY(qAbs(m.spendUsdPerHour.value() - 30.0) < 1e-9);
    QCOMPARE(m.remainingBudgetUsd.value(), 699.5);
    // Nov 16 00:00 UTC, $400 so far: 15 days × 24 h × $30 left = $10,800 more
    const qint64 nov16 = t0 + 15 * 86'400'000LL;
    QVERIFY(qAbs(projectedMonthEndUsd(400, m, nov16).value() - 11'200.0) < 1e-6);
}

void TestLiveMetrics::seriesAreBounded()
{
    QByteArray text = "# TYPE many gauge\n";
    for (int i = 0; i < 10'000; ++i)
        text += "many{i=\"" + QByteArray::number(i) + "\"} 1\n";
    SeriesWindow w(60'000, 5000);
    w.add(parse(text), 0);
    QCOMPARE(w.series().size(), 5000);
    QCOMPARE(w.droppedSeries(), qint64(5000));
    QCOMPARE(w.latestSum(QStringLiteral("many")).value(), 5000.0);
}

void TestLiveMetrics::windowRolls()
{
    SeriesWindow w(30'000);
    w.add(parse("a 1\nb 1\n"), 0);
    w.add(parse("a 2\n"), 20'000);
    w.add(parse("a 3\n"), 40'000); // b not seen for a whole window: gone; a keeps 20 s and 40 s
    QCOMPARE(w.series().size(), 1);
    QCOMPARE(int(w.series().begin()->points.size()), 2);
    QCOMPARE(SeriesWindow::key(QStringLiteral("m"),
                 { { QStringLiteral("z"), QStringLiteral("1") }, { QStringLiteral("a"), QStringLiteral("q\"") } }),
        QStringLiteral("m{a=\"q\\\"\",z=\"1\"}"));
}

INFEROMETER_TEST_GUILESS_MAIN(TestLiveMetrics)
#include "tst_livemetrics.moc"
