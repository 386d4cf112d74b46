// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/pricing/costengine.h"
#include "tests/support/testmain.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using Pricing::PriceCatalog;
using Pricing::PriceEntry;

namespace {

qint64 utcMs(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

/** A made-up entry with tiny rates, to reach sub-nano amounts; µ$/1M per bucket. */
PriceEntry tinyEntry()
{
    PriceEntry e;
    e.model = QStringLiteral("tiny");
    e.provider = QStringLiteral("test");
    e.rates = { 1, 1, 1, 1, 1, 1 }; // 1 µ$/1M = 1 pico-dollar per token
    e.longRates = e.rates;
    e.batchPermille = 500;
    return e;
}

} // namespace

class TestCostEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listCost_data();
    void listCost();
    void unpricedIsNullNotZero();
    void reasoningUsesReasoningRate();
    void roundingOnceHalfAwayFromZero_data();
    void roundingOnceHalfAwayFromZero();
    void sumOfManyEventsIsExact();

private:
    PriceCatalog m_catalog;
};

void TestCostEngine::initTestCase()
{
    auto c = PriceCatalog::builtin();
    QVERIFY(c.ok());
    m_catalog = c.value();
}

void TestCostEngine::listCost_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("timeMs");
    QTest::addColumn<qint64>("uncached");
    QTest::addColumn<qint64>("cacheRead");
    QTest::addColumn<qint64>("write5m");
    QTest::addColumn<qint64>("write1h");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("reasoning");
    QTest::addColumn<qint64>("calls");
    QTest::addColumn<bool>("batch");
    QTest::addColumn<qint64>("expectedNano");

    const qint64 t2026 = utcMs(2026, 3, 1);
    // 1 $/1M = 1000 nano-dollars per token; each expected value below is Σ tokens × $/1M × 1000.

    // gpt-4o (2.50 / 1.25 cached / 10): 1000 × 2.50 + 500 × 10 = 2500 + 5000 $/1M·1000 → 0.0025 + 0.005 = $0.0075
    QTest::addRow("plain input and output")
        << QStringLiteral("gpt-4o") << t2026 << qint64(1000) << qint64(0) << qint64(0) << qint64(0) << qint64(500)
        << qint64(0) << qint64(1) << false << qint64(7'500'000);
    // gpt-4o: 1000 × 2.50 + 2000 cached × 1.25 = 0.0025 + 0.0025 = $0.005
    QTest::addRow("cache read") << QStringLiteral("gpt-4o-2024-08-06") << t2026 << qint64(1000) << qint64(2000)
                                << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(1) << false
                                << qint64(5'000'000);
    // gpt-4o in June 2024 ($5 / $15): 1000 × 5 + 500 × 15 = 0.005 + 0.0075 = $0.0125
    QTest::addRow("price valid at the call's time")
        << QStringLiteral("gpt-4o") << utcMs(2024, 6, 15) << qint64(1000) << qint64(0) << qint64(0) << qint64(0)
        << qint64(500) << qint64(0) << qint64(1) << false << qint64(12'500'000);
    // claude-sonnet-4-5: 10'000 × 3.75 (5m write) = $0.0375
    QTest::addRow("cache write 5m") << QStringLiteral("claude-sonnet-4-5-20250929") << t2026 << qint64(0) << qint64(0)
                                    << qint64(10'000) << qint64(0) << qint64(0) << qint64(0) << qint64(1) << false
                                    << qint64(37'500'000);
    // claude-sonnet-4-5: 20'000 × 6 (1h write) = $0.12
    QTest::addRow("cache write 1h") << QStringLiteral("claude-sonnet-4-5") << t2026 << qint64(0) << qint64(0)
                                    << qint64(0) << qint64(20'000) << qint64(0) << qint64(0) << qint64(1) << false
                                    << qint64(120'000'000);
    // claude-sonnet-4-5, every bucket: 100 × 3 + 50'000 × 0.30 + 10'000 × 3.75 + 20'000 × 6 + 1000 × 15
    // = 0.0003 + 0.015 + 0.0375 + 0.12 + 0.015 = $0.1878; input 80'100 ≤ 200k: base rates
    QTest::addRow("anthropic all buckets")
        << QStringLiteral("claude-sonnet-4-5") << t2026 << qint64(100) << qint64(50'000) << qint64(10'000)
        << qint64(20'000) << qint64(1000) << qint64(0) << qint64(1) << false << qint64(187'800'000);
    // batch: half of $0.0075 = $0.00375
    QTest::addRow("batch half price") << QStringLiteral("gpt-4o") << t2026 << qint64(1000) << qint64(0) << qint64(0)
                                      << qint64(0) << qint64(500) << qint64(0) << qint64(1) << true
                                      << qint64(3'750'000);
    // deepseek-chat has no batch tier (multiplier 1): 1000 × 0.28 + 1000 × 0.42 = $0.0007 either way
    QTest::addRow("batch flag without a batch tier")
        << QStringLiteral("deepseek-chat") << t2026 << qint64(1000) << qint64(0) << qint64(0) << qint64(0)
        << qint64(1000) << qint64(0) << qint64(1) << true << qint64(700'000);
    // Sonnet 4.5 long context, 250'000 input > 200k: all at long rates: 250'000 × 6 + 1000 × 22.50 = 1.5 + 0.0225
    QTest::addRow("long context 250k") << QStringLiteral("claude-sonnet-4-5") << t2026 << qint64(250'000) << qint64(0)
                                       << qint64(0) << qint64(0) << qint64(1000) << qint64(0) << qint64(1) << false
                                       << qint64(1'522'500'000);
    // long context counts every input bucket: 150'000 + 60'000 + 10'000 = 220'000 > 200k →
    // 150'000 × 6 + 60'000 × 0.60 + 10'000 × 7.50 + 2000 × 22.50 = 0.9 + 0.036 + 0.075 + 0.045 = $1.056
    QTest::addRow("long context across buckets")
        << QStringLiteral("claude-sonnet-4-5") << t2026 << qint64(150'000) << qint64(60'000) << qint64(10'000)
        << qint64(0) << qint64(2000) << qint64(0) << qint64(1) << false << qint64(1'056'000'000);
    // long 1h writes: 210'000 × 12 = $2.52
    QTest::addRow("long context 1h writes")
        << QStringLiteral("claude-sonnet-4-5") << t2026 << qint64(0) << qint64(0) << qint64(0) << qint64(210'000)
        << qint64(0) << qint64(0) << qint64(1) << false << qint64(2'520'000'000);
    // exactly 200'000 is not above the threshold: 200'000 × 3 + 1000 × 15 = 0.6 + 0.015 = $0.615
    QTest::addRow("exactly 200k is not long")
        << QStringLiteral("claude-sonnet-4-5") << t2026 << qint64(200'000) << qint64(0) << qint64(0) << qint64(0)
        << qint64(1000) << qint64(0) << qint64(1) << false << qint64(615'000'000);
    // 200'001 is: 200'001 × 6 + 1000 × 22.50 = 1.200006 + 0.0225 = $1.222506
    QTest::addRow("200001 is long") << QStringLiteral("claude-sonnet-4-5") << t2026 << qint64(200'001) << qint64(0)
                                    << qint64(0) << qint64(0) << qint64(1000) << qint64(0) << qint64(1) << false
                                    << qint64(1'222'506'000);
    // output does not count toward the threshold: 199'000 × 3 + 50'000 × 15 = 0.597 + 0.75 = $1.347
    QTest::addRow("output not counted as input")
        << QStringLiteral("claude-sonnet-4-5") << t2026 << qint64(199'000) << qint64(0) << qint64(0) << qint64(0)
        << qint64(50'000) << qint64(0) << qint64(1) << false << qint64(1'347'000'000);
    // an aggregated bucket of 2 calls with 300'000 input is 150'000 per call: not long;
    // 300'000 × 3 + 2000 × 15 = 0.9 + 0.03 = $0.93
    QTest::addRow("bucket of 2 calls, 300k: not long")
        << QStringLiteral("claude-sonnet-4-5") << t2026 << qint64(300'000) << qint64(0) << qint64(0) << qint64(0)
        << qint64(2000) << qint64(0) << qint64(2) << false << qint64(930'000'000);
    // 2 calls with 500'000 input = 250'000 per call: long; 500'000 × 6 + 2000 × 22.50 = 3 + 0.045 = $3.045
    QTest::addRow("bucket of 2 calls, 500k: long")
        << QStringLiteral("claude-sonnet-4-5") << t2026 << qint64(500'000) << qint64(0) << qint64(0) << qint64(0)
        << qint64(2000) << qint64(0) << qint64(2) << false << qint64(3'045'000'000);
    // long and batch: $1.5225 / 2 = $0.76125
    QTest::addRow("long context at batch price")
        << QStringLiteral("claude-sonnet-4-5") << t2026 << qint64(250'000) << qint64(0) << qint64(0) << qint64(0)
        << qint64(1000) << qint64(0) << qint64(1) << true << qint64(761'250'000);
    // gemini-2.5-pro long: 300'000 × 2.50 + 1000 × 15 = 0.75 + 0.015 = $0.765
    QTest::addRow("gemini long context") << QStringLiteral("gemini-2.5-pro") << t2026 << qint64(300'000) << qint64(0)
                                         << qint64(0) << qint64(0) << qint64(1000) << qint64(0) << qint64(1) << false
                                         << qint64(765'000'000);
    // gemini-2.5-pro base: 100'000 × 1.25 + 1000 × 10 = 0.125 + 0.01 = $0.135
    QTest::addRow("gemini base") << QStringLiteral("gemini-2.5-pro") << t2026 << qint64(100'000) << qint64(0)
                                 << qint64(0) << qint64(0) << qint64(1000) << qint64(0) << qint64(1) << false
                                 << qint64(135'000'000);
    // o3 (2 / 8 since 2025-06-10): 1000 × 2 + (200 output + 800 reasoning) × 8 = 0.002 + 0.008 = $0.01
    QTest::addRow("reasoning billed as output")
        << QStringLiteral("o3") << t2026 << qint64(1000) << qint64(0) << qint64(0) << qint64(0) << qint64(200)
        << qint64(800) << qint64(1) << false << qint64(10'000'000);
    // o3 at launch (10 / 40): 1000 × 10 + 1000 reasoning × 40 = 0.01 + 0.04 = $0.05
    QTest::addRow("reasoning at launch price")
        << QStringLiteral("o3-2025-04-16") << utcMs(2025, 5, 1) << qint64(1000) << qint64(0) << qint64(0) << qint64(0)
        << qint64(0) << qint64(1000) << qint64(1) << false << qint64(50'000'000);
    // gpt-5-nano cached input 0.005 $/1M: 1 token = 0.005 × 1000 = 5 nano, exactly
    QTest::addRow("one cached gpt-5-nano token")
        << QStringLiteral("gpt-5-nano") << t2026 << qint64(0) << qint64(1) << qint64(0) << qint64(0) << qint64(0)
        << qint64(0) << qint64(1) << false << qint64(5);
    // at batch price that is 2.5 nano: rounded half away from zero → 3
    QTest::addRow("one cached gpt-5-nano token, batch")
        << QStringLiteral("gpt-5-nano") << t2026 << qint64(0) << qint64(1) << qint64(0) << qint64(0) << qint64(0)
        << qint64(0) << qint64(1) << true << qint64(3);
    // 100 cached tokens = 500 nano
    QTest::addRow("100 cached gpt-5-nano tokens")
        << QStringLiteral("gpt-5-nano") << t2026 << qint64(0) << qint64(100) << qint64(0) << qint64(0) << qint64(0)
        << qint64(0) << qint64(1) << false << qint64(500);
    // known model, no tokens: a real $0, not unpriced
    QTest::addRow("no tokens") << QStringLiteral("gpt-4o") << t2026 << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                               << qint64(0) << qint64(0) << qint64(1) << false << qint64(0);
}

void TestCostEngine::listCost()
{
    QFETCH(QString, model);
    QFETCH(qint64, timeMs);
    QFETCH(qint64, uncached);
    QFETCH(qint64, cacheRead);
    QFETCH(qint64, write5m);
    QFETCH(qint64, write1h);
    QFETCH(qint64, output);
    QFETCH(qint64, reasoning);
    QFETCH(qint64, calls);
    QFETCH(bool, batch);
    QFETCH(qint64, expectedNano);
    UsageEvent e;
    e.model = model;
    e.timeMs = timeMs;
    e.tokens = { uncached, cacheRead, write5m, write1h, output, reasoning };
    e.calls = calls;
    e.batch = batch;
    const std::optional<qint64> cost = Pricing::listCostNano(m_catalog, e);
    QVERIFY(cost.has_value());
    QCOMPARE(*cost, expectedNano);
    // the entry overload agrees
    const PriceEntry* p = m_catalog.find(model, timeMs);
    QVERIFY(p);
    QCOMPARE(Pricing::listCostNano(*p, e), expectedNano);
}

void TestCostEngine::unpricedIsNullNotZero()
{
    UsageEvent e;
    e.model = QStringLiteral("my-finetune");
    e.timeMs = utcMs(2026, 3, 1);
    e.tokens = { 1000, 0, 0, 0, 500, 0 };
    QCOMPARE(Pricing::listCostNano(m_catalog, e), std::optional<qint64>());
    e.tokens = {};
    QCOMPARE(Pricing::listCostNano(m_catalog, e), std::optional<qint64>());
    e.model.clear();
    QCOMPARE(Pricing::listCostNano(m_catalog, e), std::optional<qint64>());
}

void TestCostEngine::reasoningUsesReasoningRate()
{
    // a provider that states a reasoning price: 8 $/1M output, 4 $/1M reasoning
    PriceEntry p;
    p.model = QStringLiteral("r");
    p.rates = { 2'000'000, 2'000'000, 2'000'000, 2'000'000, 8'000'000, 4'000'000 };
    p.longRates = p.rates;
    UsageEvent e;
    e.tokens.output = 1000;
    e.tokens.reasoning = 1000;
    // 1000 × 8 + 1000 × 4 = 0.008 + 0.004 = $0.012
    QCOMPARE(Pricing::listCostNano(p, e), qint64(12'000'000));
}

void TestCostEngine::roundingOnceHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("uncached");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<bool>("batch");
    QTest::addColumn<qint64>("expectedNano");
    // tinyEntry: every bucket at 1 µ$/1M = 1 pico-dollar per token; 1000 pico = 1 nano
    QTest::addRow("1 pico → 0") << qint64(1) << qint64(0) << false << qint64(0);
    QTest::addRow("499 pico → 0") << qint64(499) << qint64(0) << false << qint64(0);
    QTest::addRow("500 pico = 0.5 nano → 1") << qint64(500) << qint64(0) << false << qint64(1);
    QTest::addRow("1500 pico = 1.5 nano → 2") << qint64(1500) << qint64(0) << false << qint64(2);
    QTest::addRow("2500 pico = 2.5 nano → 3") << qint64(2500) << qint64(0) << false << qint64(3);
    // 400 + 400 = 800 pico → 1 nano; rounding each bucket first would give 0 + 0
    QTest::addRow("rounded once over buckets") << qint64(400) << qint64(400) << false << qint64(1);
    // batch: 1000 pico × 0.5 = 500 pico = 0.5 nano → 1
    QTest::addRow("batch 1000 pico → 0.5 → 1") << qint64(1000) << qint64(0) << true << qint64(1);
    // 2998 pico × 0.5 = 1499 pico = 1.499 nano → 1 (rounding before halving: 3 × 0.5 = 1.5 → 2)
    QTest::addRow("batch rounded once") << qint64(2998) << qint64(0) << true << qint64(1);
}

void TestCostEngine::roundingOnceHalfAwayFromZero()
{
    QFETCH(qint64, uncached);
    QFETCH(qint64, output);
    QFETCH(bool, batch);
    QFETCH(qint64, expectedNano);
    UsageEvent e;
    e.tokens.uncachedInput = uncached;
    e.tokens.output = output;
    e.batch = batch;
    QCOMPARE(Pricing::listCostNano(tinyEntry(), e), expectedNano);
}

void TestCostEngine::sumOfManyEventsIsExact()
{
    // 1'000'000 events of 1 gpt-4o-mini input token (0.15 $/1M = 150 nano each) sum to exactly $0.15
    UsageEvent e;
    e.model = QStringLiteral("gpt-4o-mini");
    e.timeMs = utcMs(2026, 3, 1);
    e.tokens.uncachedInput = 1;
    const PriceEntry* p = m_catalog.find(e.model, e.timeMs);
    QVERIFY(p);
    qint64 sum = 0;
    for (int i = 0; i < 1'000'000; ++i) {
        sum += Pricing::listCostNano(*p, e);
    }
    QCOMPARE(sum, qint64(150'000'000));
}

INFEROMETER_TEST_GUILESS_MAIN(TestCostEngine)
#include "tst_costengine.moc"
