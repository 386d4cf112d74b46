// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Threshold alerts on live data against the workspace's budgets and rules: hand-worked numbers.
#include "core/live/livealerts.h"
#include "tests/core/budgets/budgetstesting.h"
#include "tests/support/testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace BudgetsTesting;

namespace {

constexpr qint64 Nov1 = 1'793'491'200'000; // 2026-11-01T00:00:00Z = Sep1 + 61 days
constexpr qint64 Dec1 = 1'796'083'200'000; // + 30 days
constexpr qint64 Now = Nov1 + 19 * Day + 12 * Hour; // 2026-11-20T12:00Z: 10.5 days = 252 h left

Budgets::AlertRule rule(qint64 id, const char* kind, double t, const QString& scope = QStringLiteral("Eng"))
{
    return { id, QString::fromLatin1(kind), scope, t, true };
}

Live::SpendContext context()
{
    Live::SpendContext c;
    c.costCenter = QStringLiteral("Eng");
    c.budgetNano = 800 * Usd;
    c.monthStartMs = Nov1;
    c.monthEndMs = Dec1;
    c.mtdNano = 600 * Usd;
    c.logsEndMs = Nov1 + 19 * Day; // the logs end 12 h before now
    c.baselineUsdPerHour = 2.0;
    c.baselineInputTokensPerHour = 36'000; // 10 tokens/s
    c.rules = { rule(1, Budgets::Kind::BudgetPercent, 0.8), rule(2, Budgets::Kind::BudgetPercent, 0.9),
        rule(3, Budgets::Kind::BudgetPercent, 1.0), rule(4, Budgets::Kind::ForecastBreach, 1.0),
        rule(5, Budgets::Kind::SpendSpike, 2.0, {}), rule(6, Budgets::Kind::SpendSpike, 3.0),
        rule(7, Budgets::Kind::TokenSpike, 2.0, {}) };
    return c;
}

Live::LiveMetrics gateway(double usdPerHour, std::optional<double> promptPerS = std::nullopt)
{
    Live::LiveMetrics m;
    m.kind = Live::FeedKind::LiteLlm;
    m.spendUsdPerHour = usdPerHour;
    m.promptTokensPerS = promptPerS;
    return m;
}

QList<qint64> ids(const QList<Live::LiveAlert>& alerts)
{
    QList<qint64> out;
    for (const auto& a : alerts)
        out << a.ruleId;
    return out;
}

} // namespace

class TestLiveAlerts : public QObject
{
    Q_OBJECT
private slots:
    void medianOfHours();
    void firesAndClears();
    void exactThresholds();
    void missingInputsFireNothing();
    void contextFromWorkspace();
};

void TestLiveAlerts::medianOfHours()
{
    QVERIFY(!Live::median({}));
    QCOMPARE(*Live::median({ 3.0 }), 3.0);
    QCOMPARE(*Live::median({ 300.0, 100.0, 300.0 }), 300.0);
    QCOMPARE(*Live::median({ 4.0, 1.0, 3.0, 2.0 }), 2.5);
}

void TestLiveAlerts::firesAndClears()
{
    const Live::SpendContext c = context();
    // $5/h live: spent now = $600 logged + $5 × 12 h = $660; projected = $660 + $5 × 252 h = $1,920;
    // spend ratio 5 / 2 = 2.5; prompt 15 tokens/s = 54,000/h over 36,000/h = 1.5
    const auto e = Live::estimateSpend(c, gateway(5.0, 15.0), Now);
    QCOMPARE(*e.spentNowUsd, 660.0);
    QCOMPARE(*e.projectedUsd, 1920.0);
    QCOMPARE(*e.spendRatio, 2.5);
    QCOMPARE(*e.tokenRatio, 1.5);
    const auto fired = Live::evaluateLiveAlerts(c, gateway(5.0, 15.0), Now);
    // 80 % ($640 ≤ $660), forecast ($1,920 > $800), spike ≥ 2 (2.5); not 90 % ($720), 100 %, spike ≥ 3, tokens ≥ 2
    QCOMPARE(ids(fired), (QList<qint64> { 1, 4, 5 }));
    QCOMPARE(fired[0].measured, 660.0);
    QCOMPARE(fired[0].limit, 640.0);
    QCOMPARE(fired[0].threshold, 0.8);
    QCOMPARE(fired[1].measured, 1920.0);
    QCOMPARE(fired[1].limit, 800.0);
    QCOMPARE(fired[2].measured, 2.5);
    QCOMPARE(fired[2].limit, 2.0);
    QCOMPARE(fired[2].firedAtMs, Now);

    // a minute later the rate falls to $1/h: spent now $600 + $1 × 12.0167 h < $640 clears the 80 % alert, the
    // spike clears (0.5), the forecast still holds ($612.02 + $251.98 = $864 > $800) and keeps its time
    const qint64 later = Now + 60'000;
    const auto next = Live::carryFiredTimes(fired, Live::evaluateLiveAlerts(c, gateway(1.0), later));
    QCOMPARE(ids(next), (QList<qint64> { 4 }));
    QCOMPARE(next[0].firedAtMs, Now);
    QCOMPARE(next[0].measured, 864.0);
    // and at $20/h the 90 % and 100 % fire anew, with the new time ($600 + $20 × 12.0167 h = $840.33)
    const auto again = Live::carryFiredTimes(next, Live::evaluateLiveAlerts(c, gateway(20.0), later));
    QCOMPARE(ids(again), (QList<qint64> { 1, 2, 3, 4, 5, 6 }));
    QCOMPARE(again[1].firedAtMs, later);
    QCOMPARE(again[3].firedAtMs, Now);
    QVERIFY(qAbs(again[0].measured - (600.0 + 20.0 * 721.0 / 60.0)) < 1e-9);
}

void TestLiveAlerts::exactThresholds()
{
    Live::SpendContext c = context();
    c.mtdNano = 580 * Usd; // $580 + $5 × 12 h = $640 = 80 % exactly: budget_percent fires at equality
    c.rules = { rule(1, Budgets::Kind::BudgetPercent, 0.8), rule(4, Budgets::Kind::ForecastBreach, 1.0) };
    c.budgetNano = 1900 * Usd; // projected $640 + $1,260 = $1,900 = 100 % exactly: a breach needs more
    QCOMPARE(ids(Live::evaluateLiveAlerts(c, gateway(5.0), Now)), QList<qint64> {});
    c.budgetNano = 800 * Usd;
    QCOMPARE(ids(Live::evaluateLiveAlerts(c, gateway(5.0), Now)), (QList<qint64> { 1, 4 }));
    c.budgetNano = 1899 * Usd;
    QCOMPARE(ids(Live::evaluateLiveAlerts(c, gateway(5.0), Now)), (QList<qint64> { 4 }));
    // logs newer than "now" (clock skew): no negative gap
    c.logsEndMs = Now + Hour;
    QCOMPARE(*Live::estimateSpend(c, gateway(5.0), Now).spentNowUsd, 580.0);
}

void TestLiveAlerts::missingInputsFireNothing()
{
    Live::SpendContext c = context();
    Live::LiveMetrics vllm; // a self-hosted feed: no spend rate
    vllm.promptTokensPerS = 100; // 360,000/h over 36,000/h = 10: only the token spike can fire
    QCOMPARE(ids(Live::evaluateLiveAlerts(c, vllm, Now)), (QList<qint64> { 7 }));
    // below $1/h a spend spike is noise: $0.90/h over a $0.10/h baseline (9 ×) does not fire, $1/h (10 ×) does
    c.baselineUsdPerHour = 0.1;
    c.rules = { rule(5, Budgets::Kind::SpendSpike, 2.0, {}) };
    QCOMPARE(ids(Live::evaluateLiveAlerts(c, gateway(0.9), Now)), QList<qint64> {});
    QCOMPARE(ids(Live::evaluateLiveAlerts(c, gateway(1.0), Now)), QList<qint64> { 5 });
    c = context();
    c.budgetNano.reset();
    c.baselineUsdPerHour.reset();
    QCOMPARE(ids(Live::evaluateLiveAlerts(c, gateway(1000.0), Now)), QList<qint64> {});
}

void TestLiveAlerts::contextFromWorkspace()
{
    QTemporaryDir dir;
    auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    const QString eng = QStringLiteral("Eng"), ops = QStringLiteral("Ops");
    auto withInput = [](UsageEvent e, qint64 uncached, qint64 cacheRead, qint64 output) {
        e.tokens.uncachedInput = uncached;
        e.tokens.cacheRead = cacheRead;
        e.tokens.output = output;
        return e;
    };
    QVERIFY(insert(*ws.value(),
        {
            BudgetsTesting::event(eng, Nov1 - 17 * Day, 10'000), // 2026-10-15: outside the 30 days before the last call
            withInput(BudgetsTesting::event(eng, Nov1 - 30 * Minute, 100), 1000, 500,
                0), // 10-31 23:30: last month, in baseline
            withInput(
                BudgetsTesting::event(eng, Nov1 + 18 * Day + 10 * Hour + 15 * Minute, 200), 2000, 0, 0), // 11-19 10:15
            withInput(
                BudgetsTesting::event(eng, Nov1 + 18 * Day + 10 * Hour + 45 * Minute, 100), 1000, 0, 0), // same hour
            withInput(
                BudgetsTesting::event(eng, Nov1 + 18 * Day + 23 * Hour, 300), 0, 0, 6000), // 11-19 23:00: output only
            BudgetsTesting::event(eng, Now + Hour, 50), // after now
            BudgetsTesting::event(ops, Nov1 + 18 * Day, 999), // another cost center
        }));
    Budgets::BudgetRepository repo(*ws.value());
    QVERIFY(repo.setBudget(eng, 800 * Usd).ok()); // default rules: 80/90/100 %, forecast
    QVERIFY(repo.setBudget(ops, 50 * Usd).ok());
    QVERIFY(repo.addAlertRule({ 0, QString::fromLatin1(Budgets::Kind::SpendSpike), {}, 2.0, true }).ok());
    QVERIFY(repo.addAlertRule({ 0, QString::fromLatin1(Budgets::Kind::SpendSpike), ops, 3.0, true }).ok());
    QVERIFY(repo.addAlertRule({ 0, QString::fromLatin1(Budgets::Kind::TokenSpike), eng, 4.0, false }).ok());

    const auto c = Live::spendContext(*ws.value(), eng, Now);
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
    QCOMPARE(c.value().monthStartMs, Nov1);
    QCOMPARE(c.value().monthEndMs, Dec1);
    QCOMPARE(*c.value().budgetNano, 800 * Usd);
    QCOMPARE(c.value().mtdNano, 600 * Usd); // 200 + 100 + 300
    QCOMPARE(c.value().logsEndMs, Nov1 + 18 * Day + 23 * Hour);
    // hours with calls: 10-31 23h $100, 11-19 10h $300, 11-19 23h $300 → median $300
    QCOMPARE(c.value().baselineHours, 3);
    QCOMPARE(*c.value().baselineUsdPerHour, 300.0);
    // input tokens of those hours: 1,500, 3,000, 0 (output does not count) → median 1,500
    QCOMPARE(*c.value().baselineInputTokensPerHour, 1500.0);
    QStringList kinds;
    for (const auto& r : c.value().rules)
        kinds << r.kind + QLatin1Char('@') + r.scope + QLatin1Char('@') + QString::number(r.threshold);
    QCOMPARE(kinds,
        (QStringList { QStringLiteral("budget_percent@Eng@0.8"), QStringLiteral("budget_percent@Eng@0.9"),
            QStringLiteral("budget_percent@Eng@1"), QStringLiteral("forecast_breach@Eng@1"),
            QStringLiteral("spend_spike@@2"), QStringLiteral("token_spike@@3") })); // the default for all
    // live $5/h: $600 + $5 × 13 h = $665 spent now, + $5 × 252 h = $1,925 projected; 80 % and forecast fire
    const auto fired = Live::evaluateLiveAlerts(c.value(), gateway(5.0), Now);
    QCOMPARE(fired.size(), 2);
    QCOMPARE(fired[0].measured, 665.0);
    QCOMPARE(fired[1].measured, 1925.0);
    // a cost center without budget or calls: nothing to judge
    const auto none = Live::spendContext(*ws.value(), QStringLiteral("Nobody"), Now);
    QVERIFY(none.ok());
    QVERIFY(!none.value().budgetNano && !none.value().baselineUsdPerHour);
    QCOMPARE(none.value().logsEndMs, Nov1);
    QCOMPARE(none.value().rules.size(), 2); // the spike rules for all: the workspace's and the default token spike
    // a disabled rule for all drops the default; no rule at all gives the default spend spike too
    QVERIFY(repo.addAlertRule({ 0, QString::fromLatin1(Budgets::Kind::TokenSpike), {}, 5.0, false }).ok());
    QCOMPARE(Live::spendContext(*ws.value(), QStringLiteral("Nobody"), Now).value().rules.size(), 1);
}

INFEROMETER_TEST_GUILESS_MAIN(TestLiveAlerts)
#include "tst_livealerts.moc"
