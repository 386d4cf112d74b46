// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The context-cache calculator against cases worked out by hand: the source article's $40/day, Anthropic's write
// premiums and TTL refresh on a hand-made arrival sequence (which requests hit, which write), OpenAI's 1,024-token
// minimum and 128-token steps and its hourly eviction, the break-even request rates, the arrival patterns.
#include "core/planning/cachesavings.h"
#include "tests/support/testmain.h"

#include <QTest>

using namespace Planning;

namespace {

/** A catalog entry with prices in USD per 1M tokens. */
Pricing::PriceEntry entry(
    const char* provider, double input, double read, double write5m, double write1h, double output, qint64 minTokens)
{
    Pricing::PriceEntry e;
    e.model = QStringLiteral("test-model");
    e.provider = QString::fromLatin1(provider);
    auto micro = [](double usd) { return qint64(usd * 1e6 + 0.5); };
    e.rates.input = micro(input);
    e.rates.cacheRead = micro(read);
    e.rates.cacheWrite5m = micro(write5m);
    e.rates.cacheWrite1h = micro(write1h);
    e.rates.output = micro(output);
    e.minCacheableTokens = minTokens;
    return e;
}

Pricing::PriceEntry sonnet()
{
    return entry("anthropic", 3.00, 0.30, 3.75, 6.00, 15.00, 1024);
}

} // namespace

class TestCacheSavings : public QObject
{
    Q_OBJECT

private slots:
    void articleExample()
    {
        // 10,000 requests a day with a 2,000-token static prompt at $2 per 1M input tokens: $40/day re-processing
        // the prompt without caching
        const auto m = cacheModelFor(entry("openai", 2.00, 0.50, 2.00, 2.00, 8.00, 1024));
        QVERIFY(m);
        const auto t = arrivalsFor(Arrivals::Uniform, 10000);
        const CacheOutcome o = simulate(*m, { 2000, 0, 0 }, t);
        QCOMPARE(o.withoutUsd, 40.0);
        // with OpenAI's cache: 1,024 + 7 x 128 = 1,920 tokens cached, 80 not; a request every 8.64 s keeps the
        // entry warm, but it is evicted an hour after its write: a new write every 417 requests (417 x 8.64 s =
        // 3,602.88 s), 24 writes in the day (free: billed as input), 9,976 hits at $0.50
        QCOMPARE(o.writes, 24);
        QCOMPARE(o.hits, 9976);
        QCOMPARE(o.cacheReadTokens, qint64(1920) * 9976);
        QCOMPARE(o.uncachedInputTokens, qint64(80) * 10000);
        // (80 x 10,000 x 2 + 1,920 x 9,976 x 0.5 + 1,920 x 24 x 2) / 1e6
        QCOMPARE(o.withUsd, 11.26912);
        QCOMPARE(o.hitRate(), 0.9976);
    }

    void anthropicWritesAndRefresh()
    {
        // 2,000 cacheable + 100 variable input tokens, 50 output, on Sonnet ($3 in, $15 out): requests at these
        // seconds; 5 minutes: 0 writes (expires 300), 250 hits (refreshed to 550), 500 hits (to 800), 900 writes,
        // 1,300 writes, 4,000 writes; 1 hour: 0 writes, every later one hits (each refreshes the hour)
        const std::vector<double> t { 0, 250, 500, 900, 1300, 4000 };
        const RequestShape shape { 2000, 100, 50 };
        const auto five = cacheModelFor(sonnet(), Ttl::FiveMinutes);
        QVERIFY(five);
        QCOMPARE(five->rules.kind, CacheKind::Explicit);
        const CacheOutcome a = simulate(*five, shape, t);
        QCOMPARE(a.writes, 4);
        QCOMPARE(a.hits, 2);
        // without: 2,100 x 6 x $3 + 50 x 6 x $15 = 37,800 + 4,500 micro-dollars
        QCOMPARE(a.withoutUsd, 0.0423);
        // with: 600 x $3 + 4,000 x $0.30 + 8,000 x $3.75 (the 1.25x premium) + 4,500 = 37,500 micro-dollars
        QCOMPARE(a.withUsd, 0.0375);
        const auto hour = cacheModelFor(sonnet(), Ttl::OneHour);
        QVERIFY(hour);
        const CacheOutcome b = simulate(*hour, shape, t);
        QCOMPARE(b.writes, 1);
        QCOMPARE(b.hits, 5);
        // 600 x $3 + 10,000 x $0.30 + 2,000 x $6 (2x) + 4,500 = 21,300 micro-dollars
        QCOMPARE(b.withUsd, 0.0213);
        // below the model's minimum the prefix is silently not cached: the same cost as without
        const CacheOutcome c = simulate(*five, { 1000, 100, 50 }, t);
        QCOMPARE(c.hits + c.writes, 0);
        QCOMPARE(c.withUsd, c.withoutUsd);
    }

    void openAiSteps()
    {
        const auto m = cacheModelFor(entry("openai", 2.50, 1.25, 2.50, 2.50, 10.00, 1024));
        QVERIFY(m);
        QCOMPARE(m->rules.kind, CacheKind::Automatic);
        QCOMPARE(m->prices.cacheWrite, 2.5); // free writes: the prefix costs plain input
        QCOMPARE(m->rules.cachedTokens(1023), qint64(0));
        QCOMPARE(m->rules.cachedTokens(1024), qint64(1024));
        QCOMPARE(m->rules.cachedTokens(1151), qint64(1024));
        QCOMPARE(m->rules.cachedTokens(1152), qint64(1152));
        QCOMPARE(m->rules.cachedTokens(2000), qint64(1920));
        // Anthropic caches the whole marked prefix
        QCOMPARE(cacheModelFor(sonnet())->rules.cachedTokens(2000), qint64(2000));
    }

    void inputPriceOverride()
    {
        // the cache prices follow an overriding input price by the catalog's multipliers (0.1x, 1.25x, 2x)
        const auto m = cacheModelFor(sonnet(), Ttl::OneHour, 6.0);
        QVERIFY(m);
        QCOMPARE(m->prices.input, 6.0);
        QCOMPARE(m->prices.cacheRead, 0.6);
        QCOMPARE(m->prices.cacheWrite, 12.0);
        QCOMPARE(m->prices.output, 15.0); // output is not an input price
        QVERIFY(!cacheModelFor(entry("somebody", 1, 1, 1, 1, 1, 0))); // a provider without a modelled cache
    }

    void breakEven()
    {
        const RequestShape shape { 2000, 100, 0 };
        // evenly spaced over the day, a request must come within the TTL of the last: more than 86,400 / 300 = 288
        // a day for 5 minutes (at 288 they come exactly as the entry expires, and every one pays the write premium),
        // more than 24 for an hour
        QCOMPARE(breakEvenRequestsPerDay(*cacheModelFor(sonnet(), Ttl::FiveMinutes), shape, Arrivals::Uniform), 289);
        QCOMPARE(breakEvenRequestsPerDay(*cacheModelFor(sonnet(), Ttl::OneHour), shape, Arrivals::Uniform), 25);
        // bursts of 10 within 10 s hit from 2 requests a day on (the second request of the first burst)
        QCOMPARE(breakEvenRequestsPerDay(*cacheModelFor(sonnet(), Ttl::FiveMinutes), shape, Arrivals::Bursty), 2);
        // a prefix below the minimum never saves
        QVERIFY(!breakEvenRequestsPerDay(*cacheModelFor(sonnet()), { 1000, 100, 0 }, Arrivals::Uniform));
    }

    void arrivalPatterns()
    {
        QCOMPARE(arrivalsFor(Arrivals::Uniform, 4), (std::vector<double> { 10800, 32400, 54000, 75600 }));
        QCOMPARE(arrivalsFor(Arrivals::Business, 2), (std::vector<double> { 39600, 54000 })); // 9:00-17:00
        const auto b = arrivalsFor(Arrivals::Bursty, 20); // 2 bursts, at 6:00 and 18:00, a second apart
        QCOMPARE(b.size(), size_t(20));
        QCOMPARE(b[0], 21600.0);
        QCOMPARE(b[9], 21609.0);
        QCOMPARE(b[10], 64800.0);
        QVERIFY(arrivalsFor(Arrivals::Uniform, 0).empty());
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestCacheSavings)
#include "tst_cachesavings.moc"
