// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "anomalytesting.h"
#include "tests/support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace AnomalyTesting;
using Anomalies::Anomaly;
using Anomalies::Kind;
using Anomalies::Severity;

// Every detector on a small hand-built workspace; the expected values are worked out in the comments.
class TestAnomalies : public QObject
{
    Q_OBJECT

private slots:
    void severityRule();
    void spendSpike();
    void shadowSpend();
    void agentLoop();
    void retryStorm();
    void contextBloat();
    void unpriced();
    void rangeAndEvidence();
    void combinedExcessCountsOnce();

private:
    QTemporaryDir m_dir;
};

void TestAnomalies::severityRule()
{
    const Anomalies::Options o;
    const double inf = std::numeric_limits<double>::infinity();
    QCOMPARE(Anomalies::severityFor(o, 1000 * Usd, 1.1), Severity::Critical); // $1000
    QCOMPARE(Anomalies::severityFor(o, 100 * Usd, 10), Severity::Critical); // 10× with $100
    QCOMPARE(Anomalies::severityFor(o, 100 * Usd, 1.5), Severity::High); // $100
    QCOMPARE(Anomalies::severityFor(o, 10 * Usd, inf), Severity::High); // 5× with $10
    QCOMPARE(Anomalies::severityFor(o, 9 * Usd, inf), Severity::Medium); // ratio 2× alone
    QCOMPARE(Anomalies::severityFor(o, 10 * Usd, 1.2), Severity::Medium); // $10
    QCOMPARE(Anomalies::severityFor(o, 9 * Usd, 1.9), Severity::Low);
    QCOMPARE(Anomalies::severityFor(o, std::nullopt, 0), Severity::Low);
}

// Eng: $100 every day, except the Monday-weekday series days 0, 7, 14, 21 = $100, $110, $90, $100 and
// day 28 = $400 (4 calls), day 29 = $160, day 30 = $120.
//   day 28: history 100, 110, 90, 100 → median 100, deviations 0, 10, 10, 0 → MAD 5;
//           margin = max(4 × 1.4826 × 5 = 29.65, 50% × 100 = 50, $25) = 50 → threshold 150; 400 > 150: excess 300
//   day 29: history 100 × 4 → median 100, MAD 0 → threshold 150; 160 > 150: excess 60
//   day 30: 120 < 150. One spike: days 28..29, excess $360, calls 4 + 1, observed 560 against 200 (2.8×) → high.
// Eng's model and key carry the same spend: the same spike by model and by key.
// Ops (model m2, key k2): $100 a day, but its Monday weekdays are 300, 100, 300, 100 and day 28 = $700:
//   day 21: history 300, 100, 300 → median 300, MAD 0 → threshold 450; 100 is no spike
//   day 28: history 100, 300, 100, 300 → median 200, MAD 100 → margin max(593.04, 100, 25) → threshold 793.04;
//           700 is no spike (the relative rule alone would have flagged it: MAD keeps a noisy series quiet).
void TestAnomalies::spendSpike()
{
    QList<UsageEvent> ev;
    for (int d = 0; d <= 30; ++d) {
        qint64 eng = 100, ops = 100;
        const QMap<int, qint64> engDays { { 7, 110 }, { 14, 90 }, { 28, 400 }, { 29, 160 }, { 30, 120 } };
        const QMap<int, qint64> opsDays { { 0, 300 }, { 14, 300 }, { 28, 700 } };
        eng = engDays.value(d, eng);
        ops = opsDays.value(d, ops);
        UsageEvent e = call(
            D0 + d * Day + 10 * Hour, QStringLiteral("Eng"), QStringLiteral("m1"), QStringLiteral("k1"), eng * Usd);
        if (d == 28)
            e.calls = 4;
        ev << e
           << call(D0 + d * Day + 11 * Hour, QStringLiteral("Ops"), QStringLiteral("m2"), QStringLiteral("k2"),
                  ops * Usd);
    }
    auto ws = workspace(m_dir, ev, "spike.inferometer");
    QVERIFY(ws);
    const auto found = detect(*ws, {}, Kind::SpendSpike);
    QCOMPARE(found.size(), 3);
    QSet<QString> dims;
    for (const Anomaly& a : found) {
        dims.insert(a.where.firstKey());
        const Where expected { { a.where.firstKey(),
            QStringList { QStringLiteral("Eng"), QStringLiteral("m1"), QStringLiteral("k1") }.at(
                QStringList { QStringLiteral("cost_center"), QStringLiteral("model"), QStringLiteral("api_key") }
                    .indexOf(a.where.firstKey())) } };
        QCOMPARE(a.where, expected);
        QCOMPARE(a.startMs, D0 + 28 * Day);
        QCOMPARE(a.endMs, D0 + 30 * Day);
        QCOMPARE(a.excessCostNano, std::optional<qint64>(360 * Usd));
        QCOMPARE(a.evidenceCalls, 5);
        QCOMPARE(a.observed, 560.0);
        QCOMPARE(a.baseline, 200.0);
        QCOMPARE(a.severity, Severity::High);
        QCOMPARE(a.evidenceIds.size(), 2); // two events behind five calls
    }
    QCOMPARE(
        dims, (QSet<QString> { QStringLiteral("cost_center"), QStringLiteral("model"), QStringLiteral("api_key") }));
}

// Attributed: Eng $10 a day, days 0..20. Unattributed (no cost center, no owner):
//   sk-old: day 0 $5, day 3 $7 → days 0..3, $12, 2 calls, not new → medium ($10 .. $100)
//   sk-new: day 10 $50, day 12 $60 → $110, first seen 10 days after day 0 (> 7): new → high, one step up: critical
//   sk-tiny: $0.50 → below the $1 floor; no key, model "mystery": $3 → by model, low
// A call with an owner but no cost center is claimed by someone: not shadow spend.
void TestAnomalies::shadowSpend()
{
    QList<UsageEvent> ev;
    for (int d = 0; d <= 20; ++d)
        ev << call(
            D0 + d * Day + 9 * Hour, QStringLiteral("Eng"), QStringLiteral("m1"), QStringLiteral("k1"), 10 * Usd);
    const QString none;
    ev << call(D0 + 10 * Hour, none, QStringLiteral("m1"), QStringLiteral("sk-old"), 5 * Usd)
       << call(D0 + 3 * Day + 10 * Hour, none, QStringLiteral("m2"), QStringLiteral("sk-old"), 7 * Usd)
       << call(D0 + 10 * Day + 10 * Hour, none, QStringLiteral("m1"), QStringLiteral("sk-new"), 50 * Usd)
       << call(D0 + 12 * Day + 10 * Hour, none, QStringLiteral("m1"), QStringLiteral("sk-new"), 60 * Usd)
       << call(D0 + 5 * Day + 10 * Hour, none, QStringLiteral("m1"), QStringLiteral("sk-tiny"), Usd / 2)
       << call(D0 + 6 * Day + 10 * Hour, none, QStringLiteral("mystery"), QString(), 3 * Usd);
    UsageEvent owned = call(D0 + 7 * Day, none, QStringLiteral("m1"), QStringLiteral("sk-bob"), 40 * Usd);
    owned.owner = QStringLiteral("bob");
    ev << owned;
    auto ws = workspace(m_dir, ev, "shadow.inferometer");
    QVERIFY(ws);
    const auto found = detect(*ws, {}, Kind::ShadowSpend);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].where, (Where { { QStringLiteral("api_key"), QStringLiteral("sk-old") } }));
    QCOMPARE(found[0].startMs, D0);
    QCOMPARE(found[0].endMs, D0 + 4 * Day);
    QCOMPARE(found[0].excessCostNano, std::optional<qint64>(12 * Usd));
    QCOMPARE(found[0].evidenceCalls, 2);
    QCOMPARE(found[0].severity, Severity::Medium);
    QCOMPARE(found[0].details.value(QStringLiteral("new")), 0.0);
    QCOMPARE(found[1].where, (Where { { QStringLiteral("model"), QStringLiteral("mystery") } }));
    QCOMPARE(found[1].startMs, D0 + 6 * Day);
    QCOMPARE(found[1].endMs, D0 + 7 * Day);
    QCOMPARE(found[1].excessCostNano, std::optional<qint64>(3 * Usd));
    QCOMPARE(found[1].severity, Severity::Low);
    QCOMPARE(found[2].where, (Where { { QStringLiteral("api_key"), QStringLiteral("sk-new") } }));
    QCOMPARE(found[2].startMs, D0 + 10 * Day);
    QCOMPARE(found[2].endMs, D0 + 13 * Day);
    QCOMPARE(found[2].excessCostNano, std::optional<qint64>(110 * Usd));
    QCOMPARE(found[2].evidenceCalls, 2);
    QCOMPARE(found[2].details.value(QStringLiteral("new")), 1.0);
    QCOMPARE(found[2].severity, Severity::Critical);
    QCOMPARE(found[2].evidenceIds.size(), 2);
}

namespace {
UsageEvent step(qint64 t, const QString& task, const QString& agent, const QString& parent, qint64 cost)
{
    UsageEvent e = call(t, QStringLiteral("Eng"), QStringLiteral("m1"), QStringLiteral("k1"), cost);
    e.project = QStringLiteral("bot");
    e.taskId = task;
    e.agentId = agent;
    e.parentCallId = parent;
    return e;
}
} // namespace

// Project "bot": tasks T1..T5 of 3 chained calls 10 s apart ($0.01 each): peak 3 calls per 10 min.
// Task L (agent "ag"): 120 chained calls, one every 10 s from 10:00:00 ($0.10 each): 60 calls in 10:00–10:10 and 60
//   in 10:10–10:20. Norm: median peak of the project's other tasks {3, 3, 3, 3, 3, 2} = 3; threshold max(50, 10 × 3) =
//   50: both windows run away, one loop, 10:00:00 – 10:19:50; expected 3 × 2 windows = 6 calls;
//   excess = $12 − $12 × 6 / 120 = $11.40; peak 60 against 3 (20×) with $11.40 → high; chain depth 120.
// Task S (agent "ag2"): 110 chained calls 5 min apart ($0.01): at most 2 per window, but its chain is 110 deep ≥ 100
//   (loopMaxDepth of this test): a slow loop over the whole task; expected = median calls per task
//   of the other tasks {3, 3, 3, 3, 3, 120} = 3 → excess = $1.10 − $1.10 × 3 / 110 = $1.07.
void TestAnomalies::agentLoop()
{
    QList<UsageEvent> ev;
    for (int t = 1; t <= 5; ++t) {
        QString parent;
        for (int s = 0; s < 3; ++s) {
            UsageEvent e = step(
                D0 + t * Hour + s * 10'000, QStringLiteral("T%1").arg(t), QStringLiteral("a"), parent, Usd / 100);
            parent = e.callId;
            ev << e;
        }
    }
    QString parent;
    for (int i = 0; i < 120; ++i) {
        UsageEvent e = step(D0 + 10 * Hour + i * 10'000, QStringLiteral("L"), QStringLiteral("ag"), parent, Usd / 10);
        parent = e.callId;
        ev << e;
    }
    parent.clear();
    for (int i = 0; i < 110; ++i) {
        UsageEvent e
            = step(D0 + 12 * Hour + i * 5 * Minute, QStringLiteral("S"), QStringLiteral("ag2"), parent, Usd / 100);
        parent = e.callId;
        ev << e;
    }
    auto ws = workspace(m_dir, ev, "loop.inferometer");
    QVERIFY(ws);
    Anomalies::Options o;
    o.loopMaxDepth = 100;
    const auto found = detect(*ws, o, Kind::AgentLoop);
    QCOMPARE(found.size(), 2);
    const Anomaly& l = found[0];
    QCOMPARE(l.where,
        (Where { { QStringLiteral("project"), QStringLiteral("bot") },
            { QStringLiteral("task_id"), QStringLiteral("L") },
            { QStringLiteral("agent_id"), QStringLiteral("ag") } }));
    QCOMPARE(l.startMs, D0 + 10 * Hour);
    QCOMPARE(l.endMs, D0 + 10 * Hour + 119 * 10'000 + 1);
    QCOMPARE(l.evidenceCalls, 120);
    QCOMPARE(l.observed, 60.0);
    QCOMPARE(l.baseline, 3.0);
    QCOMPARE(l.excessCostNano, std::optional<qint64>(11'400'000'000));
    QCOMPARE(l.details.value(QStringLiteral("depth")), 120.0);
    QCOMPARE(l.details.value(QStringLiteral("windows")), 2.0);
    QCOMPARE(l.severity, Severity::High);
    QCOMPARE(l.evidenceIds.size(), 120);

    const Anomaly& s = found[1];
    QCOMPARE(s.where.value(QStringLiteral("task_id")), QStringLiteral("S"));
    QCOMPARE(s.startMs, D0 + 12 * Hour);
    QCOMPARE(s.endMs, D0 + 12 * Hour + 109 * 5 * Minute + 1);
    QCOMPARE(s.evidenceCalls, 110);
    QCOMPARE(s.observed, 110.0); // depth
    QCOMPARE(s.excessCostNano, std::optional<qint64>(1'070'000'000));

    // with the default depth limit (200) the slow loop is not one, and the fast one still is
    const auto byDefault = detect(*ws, {}, Kind::AgentLoop);
    QCOMPARE(byDefault.size(), 1);
    QCOMPARE(byDefault[0].where.value(QStringLiteral("task_id")), QStringLiteral("L"));
}

// One day, key k / model m: ok calls at 00:00 and 23:59:59.999 (the span: 144 windows of 10 min); errors at 01:00 and
// 05:00, then 30 errors 30 s apart from 12:00:00 ($0.05 each): 20 in 12:00–12:10, 10 in 12:10–12:20.
// Mean errors per window = 32 / 144; threshold max(20, 10 × 0.22) = 20: only 12:00–12:10 bursts.
// Excess = $1.00 − $1.00 × (32 / 144 × 1 window) / 20 = 1e9 − 11'111'111 nano = 988'888'889.
// Key k2 / model m: 19 errors in one window, below the floor.
void TestAnomalies::retryStorm()
{
    QList<UsageEvent> ev;
    auto err = [](qint64 t, const QString& key) {
        UsageEvent e = call(t, QStringLiteral("Eng"), QStringLiteral("m"), key, Usd / 20);
        e.error = true;
        return e;
    };
    ev << call(D0, QStringLiteral("Eng"), QStringLiteral("m"), QStringLiteral("k"), Usd)
       << call(D0 + Day - 1, QStringLiteral("Eng"), QStringLiteral("m"), QStringLiteral("k"), Usd)
       << err(D0 + Hour, QStringLiteral("k")) << err(D0 + 5 * Hour, QStringLiteral("k"));
    for (int i = 0; i < 30; ++i)
        ev << err(D0 + 12 * Hour + i * 30'000, QStringLiteral("k"));
    for (int i = 0; i < 19; ++i)
        ev << err(D0 + 15 * Hour + i * 1'000, QStringLiteral("k2"));
    auto ws = workspace(m_dir, ev, "storm.inferometer");
    QVERIFY(ws);
    const auto found = detect(*ws, {}, Kind::RetryStorm);
    QCOMPARE(found.size(), 1);
    const Anomaly& a = found[0];
    QCOMPARE(a.where,
        (Where {
            { QStringLiteral("api_key"), QStringLiteral("k") }, { QStringLiteral("model"), QStringLiteral("m") } }));
    QCOMPARE(a.startMs, D0 + 12 * Hour);
    QCOMPARE(a.endMs, D0 + 12 * Hour + 19 * 30'000 + 1);
    QCOMPARE(a.evidenceCalls, 20);
    QCOMPARE(a.observed, 20.0);
    QCOMPARE(a.baseline, 32.0 / 144);
    QCOMPARE(a.excessCostNano, std::optional<qint64>(988'888'889));
    QCOMPARE(a.severity, Severity::Medium); // $0.99, but 90× the mean
    QCOMPARE(a.evidenceIds.size(), 20);
}

// Project "rag", one bucket of 20 calls a day: days 0..13 1,000 input tokens per call at $0.01 per call; days 14..16
// 2,500 per call at $0.02; day 17 1,500; day 18 2,100 (2.1× but alone: under 2 days); project "other" steady.
// Day 14: baseline = median of days 0..13 = 1,000 → 2.5×: bloat; days 15, 16 the same (flagged days left out of the
// baseline). Excess = 3 days × (20 × $0.02 − 20 × $0.01) = $0.60; 60 calls; 2,500 against 1,000 → medium (2.5×).
void TestAnomalies::contextBloat()
{
    QList<UsageEvent> ev;
    for (int d = 0; d <= 18; ++d) {
        qint64 perCall = 1000, cost = Usd / 100;
        if (d >= 14 && d <= 16) {
            perCall = 2500;
            cost = Usd / 50;
        } else if (d == 17) {
            perCall = 1500;
        } else if (d == 18) {
            perCall = 2100;
        }
        for (const char* project : { "rag", "other" }) {
            UsageEvent e = call(D0 + d * Day + 9 * Hour, QStringLiteral("Eng"), QStringLiteral("m1"),
                QStringLiteral("k1"), 20 * (QLatin1String(project) == QLatin1String("rag") ? cost : Usd / 100));
            e.project = QString::fromLatin1(project);
            e.calls = 20;
            e.tokens.uncachedInput = 20 * (QLatin1String(project) == QLatin1String("rag") ? perCall : 1000);
            ev << e;
        }
    }
    auto ws = workspace(m_dir, ev, "bloat.inferometer");
    QVERIFY(ws);
    const auto found = detect(*ws, {}, Kind::ContextBloat);
    QCOMPARE(found.size(), 1);
    const Anomaly& a = found[0];
    QCOMPARE(a.where, (Where { { QStringLiteral("project"), QStringLiteral("rag") } }));
    QCOMPARE(a.startMs, D0 + 14 * Day);
    QCOMPARE(a.endMs, D0 + 17 * Day);
    QCOMPARE(a.evidenceCalls, 60);
    QCOMPARE(a.observed, 2500.0);
    QCOMPARE(a.baseline, 1000.0);
    QCOMPARE(a.excessCostNano, std::optional<qint64>(600'000'000));
    QCOMPARE(a.severity, Severity::Medium);
}

// 95 priced calls and 5 calls to "acme" (no price) in three events from day 0 10:00 to day 1 11:00: 5% of calls, not
// above 5% → medium; the excess is unknown (null in JSON).
void TestAnomalies::unpriced()
{
    QList<UsageEvent> ev;
    for (int i = 0; i < 95; ++i)
        ev << call(D0 + i * Minute, QStringLiteral("Eng"), QStringLiteral("m1"), QStringLiteral("k1"), Usd / 100);
    for (auto [t, calls] : { std::pair { D0 + 10 * Hour, 1 }, { D0 + 20 * Hour, 2 }, { D0 + Day + 11 * Hour, 2 } }) {
        UsageEvent e = call(t, QStringLiteral("Eng"), QStringLiteral("acme"), QStringLiteral("k1"), 0);
        e.provider = QStringLiteral("acme-ai");
        e.listCostNano.reset();
        e.calls = calls;
        ev << e;
    }
    auto ws = workspace(m_dir, ev, "unpriced.inferometer");
    QVERIFY(ws);
    const auto all = detect(*ws);
    QCOMPARE(all.size(), 1);
    const Anomaly& a = all[0];
    QCOMPARE(a.kind, Kind::Unpriced);
    QCOMPARE(a.where,
        (Where { { QStringLiteral("model"), QStringLiteral("acme") },
            { QStringLiteral("provider"), QStringLiteral("acme-ai") } }));
    QCOMPARE(a.startMs, D0 + 10 * Hour);
    QCOMPARE(a.endMs, D0 + Day + 11 * Hour + 1);
    QCOMPARE(a.evidenceCalls, 5);
    QVERIFY(!a.excessCostNano);
    QCOMPARE(a.severity, Severity::Medium);
    QCOMPARE(a.evidenceIds.size(), 3);
    const QJsonObject j = QJsonDocument::fromJson(Anomalies::toJson(all)).object();
    const QJsonObject first = j.value(QLatin1String("anomalies")).toArray().first().toObject();
    QVERIFY(first.value(QLatin1String("excess_cost_usd")).isNull());
    QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("unpriced"));
    QCOMPARE(first.value(QLatin1String("start")).toString(), QStringLiteral("2026-03-02T10:00:00.000Z"));
}

// The time range keeps anomalies that overlap it; the evidence calls are the events behind the anomaly.
void TestAnomalies::rangeAndEvidence()
{
    auto ws = Store::Workspace::open(m_dir.filePath(QStringLiteral("loop.inferometer")));
    QVERIFY(ws);
    Anomalies::Options o;
    o.loopMaxDepth = 100;
    o.fromMs = D0 + 10 * Hour + 19 * Minute; // inside the fast loop, before the slow one
    o.toMs = D0 + 11 * Hour;
    auto found = detect(*ws.value(), o);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].where.value(QStringLiteral("task_id")), QStringLiteral("L"));
    auto calls = Anomalies::evidenceCalls(*ws.value(), found[0], 1000);
    QVERIFY(calls);
    QCOMPARE(calls.value().size(), 120);
    QCOMPARE(calls.value().first().timeMs, D0 + 10 * Hour);
    QCOMPARE(calls.value().first().taskId, QStringLiteral("L"));
    QVERIFY(calls.value().first().parentCallId.isEmpty());
    QCOMPARE(calls.value()[1].parentCallId, calls.value()[0].callId);
    QCOMPARE(calls.value().first().listCostNano, std::optional<qint64>(Usd / 10));
    o.fromMs = D0 + 13 * Hour;
    o.toMs = D0 + 14 * Hour;
    found = detect(*ws.value(), o);
    QCOMPARE(found.size(), 1); // the slow loop only
    QCOMPARE(found[0].where.value(QStringLiteral("task_id")), QStringLiteral("S"));
}

void TestAnomalies::combinedExcessCountsOnce()
{
    auto make = [](Anomalies::Kind k, qint64 start, qint64 end, std::optional<qint64> excess) {
        Anomalies::Anomaly a;
        a.kind = k;
        a.startMs = start;
        a.endMs = end;
        a.excessCostNano = excess;
        return a;
    };
    using K = Anomalies::Kind;
    const qint64 D1 = D0 + Day, D2 = D0 + 2 * Day;
    const QList<Anomalies::Anomaly> list {
        // day 1: a loop from 01:00 to 04:00 and the same spend as spikes per cost center, model and key: the loop only
        make(K::AgentLoop, D1 + Hour, D1 + 4 * Hour, 160 * Usd),
        make(K::SpendSpike, D1, D1 + Day, 166 * Usd),
        make(K::SpendSpike, D1, D1 + Day, 167 * Usd),
        // day 2: two spikes of the same day on two dimensions: the larger one
        make(K::SpendSpike, D2, D2 + Day, 26 * Usd),
        make(K::SpendSpike, D2, D2 + Day, 27 * Usd),
        // shadow spend over the whole span and an unpriced model count as they are (unpriced: no amount)
        make(K::ShadowSpend, D0, D2 + Day, 95 * Usd),
        make(K::Unpriced, D0, D2 + Day, std::nullopt),
    };
    QCOMPARE(Anomalies::combinedExcess(list), (160 + 27 + 95) * Usd);
    QCOMPARE(Anomalies::combinedExcess({}), qint64(0));
}

INFEROMETER_TEST_GUILESS_MAIN(TestAnomalies)
#include "tst_anomalies.moc"
