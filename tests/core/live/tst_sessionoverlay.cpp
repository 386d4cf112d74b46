// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// A recorded live session beside the logs: sessions split at pauses, derived rates per interval (across a counter
// reset) and the logged tokens and spend of the same intervals, on a hand-built workspace.
#include "core/live/recorder.h"
#include "core/live/sessionoverlay.h"
#include "tests/core/budgets/budgetstesting.h"
#include "tests/support/testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace BudgetsTesting;

namespace {

constexpr qint64 T0 = 1'793'491'200'000 + 19 * Day + 12 * Hour; // 2026-11-20T12:00:00Z, a whole minute
constexpr qint64 Sec = 1000;
const QString FeedA = QStringLiteral("http://gpu:8000/metrics");
const QString FeedB = QStringLiteral("http://gateway:4000/metrics");

Live::Exposition vllm(double prompt, double generation)
{
    const QByteArray text = "# TYPE vllm:prompt_tokens_total counter\nvllm:prompt_tokens_total{model_name=\"m\"} "
        + QByteArray::number(prompt) + "\n# TYPE vllm:generation_tokens_total counter\n"
        + "vllm:generation_tokens_total{model_name=\"m\"} " + QByteArray::number(generation)
        + "\n# TYPE vllm:num_requests_running gauge\nvllm:num_requests_running 4\n";
    return Live::parseExposition(text, FeedA).value();
}

Live::Exposition litellm(double spend)
{
    const QByteArray text = "# TYPE litellm_spend_metric counter\nlitellm_spend_metric_total{team=\"t\"} "
        + QByteArray::number(spend) + "\n";
    return Live::parseExposition(text, FeedB).value();
}

UsageEvent tokens(const QString& cc, qint64 t, qint64 uncached, qint64 cacheRead, qint64 output, qint64 reasoning,
    std::optional<qint64> nano = std::nullopt)
{
    UsageEvent e = event(cc, t, std::nullopt);
    e.listCostNano = nano;
    e.tokens.uncachedInput = uncached;
    e.tokens.cacheRead = cacheRead;
    e.tokens.output = output;
    e.tokens.reasoning = reasoning;
    return e;
}

} // namespace

class TestSessionOverlay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sessions();
    void tokensOverlay();
    void spendOverlay();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Workspace> m_ws;
};

void TestSessionOverlay::initTestCase()
{
    auto ws = Store::Workspace::open(m_dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    Live::Recorder rec(*m_ws);
    // feed A: prompt 100/s and generation 50/s, scraped every 30 s; the server restarts before the 120 s scrape
    // (prompt back to 1,500); then a 20-minute pause and a second session of two scrapes
    const QList<std::tuple<qint64, double, double>> a { { T0, 0, 0 }, { T0 + 30 * Sec, 3000, 1500 },
        { T0 + 60 * Sec, 6000, 3000 }, { T0 + 90 * Sec, 9000, 4500 }, { T0 + 120 * Sec, 1500, 6000 },
        { T0 + 22 * 60 * Sec, 50000, 20000 }, { T0 + 22 * 60 * Sec + 30 * Sec, 53000, 21500 } };
    for (const auto& [t, p, g] : a)
        QVERIFY(rec.record(FeedA, vllm(p, g), t).ok());
    // feed B: a LiteLLM proxy's spend counter, $10 → $10.50 → $11.50 a minute apart
    for (const auto& [t, usd] :
        QList<std::pair<qint64, double>> { { T0, 10 }, { T0 + 60 * Sec, 10.5 }, { T0 + 120 * Sec, 11.5 } })
        QVERIFY(rec.record(FeedB, litellm(usd), t).ok());
    // the logs of the same minutes
    const QString eng = QStringLiteral("Eng"), ops = QStringLiteral("Ops");
    QVERIFY(insert(*m_ws,
        {
            tokens(eng, T0 + 10 * Sec, 600, 0, 300, 0), // 900 tokens in minute 0
            tokens(eng, T0 + 70 * Sec, 0, 1200, 0, 600, 250'000'000), // 1,800 tokens, $0.25 in minute 1
            tokens(ops, T0 + 75 * Sec, 0, 0, 6000, 0), // 6,000 tokens in minute 1
            tokens(eng, T0 + 180 * Sec, 99'999, 0, 0, 0, 9 * Usd), // after the last bucket
        }));
}

void TestSessionOverlay::sessions()
{
    const auto s = Live::recordedSessions(*m_ws);
    QVERIFY(s.ok());
    QCOMPARE(s.value(),
        (QList<Live::RecordedSession> { { FeedB, T0, T0 + 120 * Sec, 3 }, { FeedA, T0, T0 + 120 * Sec, 5 },
            { FeedA, T0 + 22 * 60 * Sec, T0 + 22 * 60 * Sec + 30 * Sec, 2 } }));
    // with a pause allowed of half an hour, feed A is one session
    QCOMPARE(Live::recordedSessions(*m_ws, 30 * 60 * Sec).value().size(), 2);
}

void TestSessionOverlay::tokensOverlay()
{
    const Live::RecordedSession a { FeedA, T0, T0 + 120 * Sec, 5 };
    const auto o = Live::sessionOverlay(*m_ws, a, Live::OverlayMetric::Tokens, 60 * Sec);
    QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().message));
    QCOMPARE(o.value().counters,
        (QStringList { QStringLiteral("vllm:generation_tokens_total"), QStringLiteral("vllm:prompt_tokens_total") }));
    const auto& b = o.value().buckets;
    QCOMPARE(b.size(), 3); // [0, 60 s), [60 s, 120 s), [120 s, 180 s)
    QCOMPARE(b[0].startMs, T0);
    QCOMPARE(b[2].startMs, T0 + 120 * Sec);
    // minute 0: the 0 → 30 s pair: 3,000/30 + 1,500/30 = 150/s; minute 1: pairs ending at 60 and 90 s: 6,000/60 +
    // 3,000/60 = 150/s; minute 2: the pair ending at 120 s, prompt reset to 1,500: 1,500/30 + 1,500/30 = 100/s
    QCOMPARE(*b[0].recorded, 150.0);
    QCOMPARE(*b[1].recorded, 150.0);
    QCOMPARE(*b[2].recorded, 100.0);
    // logged: 900 tokens/60 s = 15/s; (1,800 + 6,000)/60 s = 130/s; none
    QCOMPARE(b[0].logged, 15.0);
    QCOMPARE(b[1].logged, 130.0);
    QCOMPARE(b[2].logged, 0.0);
    // Eng only: minute 1 is 1,800/60 = 30/s
    const auto eng = Live::sessionOverlay(*m_ws, a, Live::OverlayMetric::Tokens, 60 * Sec, QStringLiteral("Eng"));
    QCOMPARE(eng.value().buckets[1].logged, 30.0);
    QCOMPARE(*eng.value().buckets[1].recorded, 150.0);
    // one 5-minute bucket: increases 9,000 + 1,500 prompt, 6,000 generation over 120 s = 137.5/s;
    // logged (900 + 7,800) tokens over 300 s = 29/s (the 180 s call is in it too: + 99,999/300 s)
    const auto five = Live::sessionOverlay(*m_ws, a, Live::OverlayMetric::Tokens, 300 * Sec);
    QCOMPARE(five.value().buckets.size(), 1);
    QCOMPARE(*five.value().buckets[0].recorded, 10500.0 / 120.0 + 6000.0 / 120.0);
    QCOMPARE(five.value().buckets[0].logged, (8700.0 + 99999.0) / 300.0);
}

void TestSessionOverlay::spendOverlay()
{
    const Live::RecordedSession b { FeedB, T0, T0 + 120 * Sec, 3 };
    const auto o = Live::sessionOverlay(*m_ws, b, Live::OverlayMetric::Spend, 60 * Sec);
    QVERIFY(o.ok());
    QCOMPARE(o.value().counters, QStringList { QStringLiteral("litellm_spend_metric_total") });
    const auto& k = o.value().buckets;
    QCOMPARE(k.size(), 3);
    QVERIFY(!k[0].recorded); // no pair ends in minute 0
    QCOMPARE(*k[1].recorded, 30.0); // $0.50 in 60 s = $30/h
    QCOMPARE(*k[2].recorded, 60.0); // $1.00 in 60 s
    QCOMPARE(k[1].logged, 15.0); // $0.25 in minute 1 = $15/h
    QCOMPARE(k[0].logged, 0.0);
    // feed A has no spend counter: no recorded values at all
    const auto none = Live::sessionOverlay(
        *m_ws, Live::RecordedSession { FeedA, T0, T0 + 120 * Sec, 5 }, Live::OverlayMetric::Spend, 60 * Sec);
    QVERIFY(none.ok());
    QVERIFY(none.value().counters.isEmpty());
    for (const auto& x : none.value().buckets)
        QVERIFY(!x.recorded);
}

INFEROMETER_TEST_GUILESS_MAIN(TestSessionOverlay)
#include "tst_sessionoverlay.moc"
