// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/report.h"

#include "core/import/fileimporter.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Analytics::Dimension;
using Analytics::Filter;
using Analytics::Kpis;

// tests/data/analytics/kpi_events.jsonl, worked out by hand.
//
// Prices on 2026-03 (1 $/1M = 1000 nano per token):
//   gpt-4o-mini: input 150, cache read 75, output (and reasoning) 600 nano/token; batch half
//   claude-sonnet-4-5: input 3000, cache read 300, write 5m 3750, write 1h 6000, output 15000 nano/token
//   acme-llm: not in the catalog (unpriced)
// Days: A = 2026-03-01, B = 2026-03-02, C = 2026-03-03.
//
//  #   time    cost center task att outcome  model  tokens unc/read/w5m/w1h/out/rsn  list cost (nano)
//  k01 A 09:00 Engineering T1   1  rework   sonnet 1000/0/0/0/200/0       3'000'000 + 3'000'000 = 6'000'000
//                                                                         ($0.006 reported)
//  k02 A 10:00 Engineering T2   1  -        mini   2000/2000/0/0/500/0    300'000 + 150'000 + 300'000 = 750'000
//  k03 A 10:05 Engineering T2   1  accepted mini   1000/0/0/0/1000/0      150'000 + 600'000 = 750'000
//  k04 A 11:00 Marketing   -       -        mini   3000/0/0/0/300/0       450'000 + 180'000 = 630'000 (calls 3)
//  k05 A 14:00 Engineering T1   2  accepted sonnet 500/10000/2000/0/100/0 1'500'000 + 3'000'000 + 7'500'000
//                                                                         + 1'500'000 = 13'500'000
//  k06 A 23:00 Engineering T5   1  rework   mini   4000/0/0/0/1000/0      600'000 + 600'000 = 1'200'000
//  k07 B 01:00 Engineering T5   2  -        mini   4000/4000/0/0/1000/0   600'000 + 300'000 + 600'000 = 1'500'000
//  k08 B 09:00 Support     T3   1  rework   sonnet 2000/0/0/0/400/0       6'000'000 + 6'000'000 = 12'000'000
//                                                                         ($0.0125 reported)
//  k09 B 10:00 Support     T3   2  rework   sonnet 2000/0/0/1000/400/0    3 × 6'000'000 = 18'000'000
//  k10 B 11:00 Support     T3   3  rejected sonnet 2000/1000/0/0/400/0    6'000'000 + 300'000 + 6'000'000 = 12'300'000
//  k11 B 13:00 Support     T4   1  accepted mini   1000/0/0/0/250/0       150'000 + 150'000 = 300'000
//  k12 B 15:00 Marketing   -       -        acme   5000/0/0/0/500/0       unpriced
//  k13 C 08:00 Support     T6   1  rework   mini   2000/0/0/0/500/0       300'000 + 300'000 = 600'000
//  k14 C 09:00 Support     T6   2  rejected mini   2000/0/0/0/500/0       600'000
//  k15 C 10:00 Engineering -       -        sonnet 1000/20000/0/0/100/0   3'000'000 + 6'000'000 + 1'500'000
//                                                                         = 10'500'000
//  k16 C 10:30 Support     T6   2  accepted mini   2000/2000/0/0/500/0    300'000 + 150'000 + 300'000 = 750'000
//  k17 C 13:00 Engineering T7   1  accepted acme   3000/0/0/0/300/0       unpriced
//  k18 C 14:00 Marketing   -       -        mini   2000/0/0/0/200/100     300'000 + 120'000 + 60'000 = 480'000
//  k19 C 16:00 Support     -       -  batch mini   10000/0/0/0/1000/0     (1'500'000 + 600'000) / 2 = 1'050'000
//  k20 C 12:00 Marketing   -       -        mini   1000/0/0/0/0/0         150'000
//  k21 A 12:00 Support     -       -        mini   0/0/0/0/100/0          60'000
//
// Tasks, final outcome (highest attempt that states one; ties: later time) and first call:
//   T1 accepted (k05, attempt 2)  first k01 (A, Eng)   not first-time
//   T2 accepted (k03, attempt 1)  first k02 (A, Eng)   first-time right
//   T5 rework   (k06; k07 states none) first k06 (A, Eng)
//   T3 rejected (k10, attempt 3)  first k08 (B, Support)
//   T4 accepted                   first k11 (B, Support) first-time right
//   T6 accepted (k16 beats k14 at attempt 2 by time) first k13 (C, Support) not first-time
//   T7 accepted                   first k17 (C, Eng)   first-time right (unpriced, tokens still count)
// Tokens per task call (all six buckets): k01 1200, k02 4500, k03 2000, k05 12600, k06 5000, k07 9000, k08 2400,
// k09 3400, k10 3400, k11 1250, k13 2500, k14 2500, k16 4500, k17 3300.

namespace {

constexpr qint64 DayA = 1'772'323'200'000; // 2026-03-01T00:00:00Z (see tst_timeutil)
constexpr qint64 Day = 86'400'000;
constexpr qint64 Hour = 3'600'000;

struct Expect
{
    qint64 cost, reported, reportedEvents, calls, events;
    TokenBuckets tokens;
    qint64 tasks, accepted, taskCost, reworkCost, taskTokens, firstTimeTokens, unpricedCalls;
    QStringList unpricedModels;
    std::optional<double> costPerTask, cpso, rework, tokenEfficiency, cacheHit;
};

constexpr std::nullopt_t null = std::nullopt;

void fuzzy(const std::optional<double>& got, const std::optional<double>& want, const char* what)
{
    QVERIFY2(got.has_value() == want.has_value(),
        qPrintable(QStringLiteral("%1: %2 vs %3")
                       .arg(QLatin1String(what), got ? QString::number(*got) : QStringLiteral("null"),
                           want ? QString::number(*want) : QStringLiteral("null"))));
    if (want)
        QVERIFY2(qFuzzyCompare(1.0 + *got, 1.0 + *want),
            qPrintable(
                QStringLiteral("%1: %2 vs %3").arg(QLatin1String(what)).arg(*got, 0, 'g', 12).arg(*want, 0, 'g', 12)));
}

void check(const Kpis& k, const Expect& x)
{
    QCOMPARE(k.listCostNano, x.cost);
    QCOMPARE(k.reportedCostNano, x.reported);
    QCOMPARE(k.reportedEvents, x.reportedEvents);
    QCOMPARE(k.calls, x.calls);
    QCOMPARE(k.events, x.events);
    QCOMPARE(k.tokens.uncachedInput, x.tokens.uncachedInput);
    QCOMPARE(k.tokens.cacheRead, x.tokens.cacheRead);
    QCOMPARE(k.tokens.cacheWrite5m, x.tokens.cacheWrite5m);
    QCOMPARE(k.tokens.cacheWrite1h, x.tokens.cacheWrite1h);
    QCOMPARE(k.tokens.output, x.tokens.output);
    QCOMPARE(k.tokens.reasoning, x.tokens.reasoning);
    QCOMPARE(k.tasks, x.tasks);
    QCOMPARE(k.acceptedTasks, x.accepted);
    QCOMPARE(k.taskCostNano, x.taskCost);
    QCOMPARE(k.reworkCostNano, x.reworkCost);
    QCOMPARE(k.taskTokens, x.taskTokens);
    QCOMPARE(k.firstTimeTokens, x.firstTimeTokens);
    QCOMPARE(k.unpricedCalls, x.unpricedCalls);
    QCOMPARE(k.unpricedModels, x.unpricedModels);
    fuzzy(k.costPerTaskUsd(), x.costPerTask, "cost per task");
    fuzzy(k.cpsoUsd(), x.cpso, "CPSO");
    fuzzy(k.reworkRate(), x.rework, "rework rate");
    fuzzy(k.tokenEfficiency(), x.tokenEfficiency, "token efficiency");
    fuzzy(k.cacheHitRate(), x.cacheHit, "cache hit rate");
}

const QStringList acme { QStringLiteral("acme-llm") };

// ---- whole range ----
// list cost: 6'000'000 + 750'000 + 750'000 + 630'000 + 13'500'000 + 1'200'000 + 1'500'000 + 12'000'000 + 18'000'000
//   + 12'300'000 + 300'000 + 600'000 + 600'000 + 10'500'000 + 750'000 + 480'000 + 1'050'000 + 150'000 + 60'000
//   = 81'120'000; calls 21 events + 2 more in k04's bucket of 3 = 23
// tokens: uncached 50'500, read 39'000, w5m 2'000, w1h 1'000, output 9'250, reasoning 100
// tasks 7, accepted 5 (T1 T2 T4 T6 T7); task cost = 81'120'000 − untasked (630'000 + 10'500'000 + 480'000 + 1'050'000
//   + 150'000 + 60'000 = 12'870'000) = 68'250'000
// rework: attempts > 1 of tasks not finally rejected: k05 13'500'000 + k07 1'500'000 + k14 600'000 + k16 750'000
//   = 16'350'000 (T3's k09, k10 are waste, not rework)
// task tokens: 1200 + 4500 + 2000 + 12600 + 5000 + 9000 + 2400 + 3400 + 3400 + 1250 + 2500 + 2500 + 4500
//   + 3300 = 57'550
// first-time tokens: T2 6500 + T4 1250 + T7 3300 = 11'050
const Expect Totals { 81'120'000, 18'500'000, 2, 23, 21, { 50'500, 39'000, 2'000, 1'000, 9'250, 100 }, 7, 5, 68'250'000,
    16'350'000, 57'550, 11'050, 2, acme,
    0.00975, // 68'250'000 / 7 = 9'750'000 nano
    0.016224, // 81'120'000 / 5 = 16'224'000 nano
    16'350'000.0 / 68'250'000.0, // 0.23956
    11'050.0 / 57'550.0, // 0.19201
    39'000.0 / 92'500.0 }; // read / (50'500 + 39'000 + 2'000 + 1'000) = 0.42162

// Engineering: k01 k02 k03 k05 k06 k07 k15 k17
// cost 6'000'000 + 750'000 + 750'000 + 13'500'000 + 1'200'000 + 1'500'000 + 10'500'000 = 34'200'000
// uncached 1000 + 2000 + 1000 + 500 + 4000 + 4000 + 1000 + 3000 = 16'500; read 2000 + 10'000 + 4000 + 20'000 = 36'000
// output 200 + 500 + 1000 + 100 + 1000 + 1000 + 100 + 300 = 4'200; tasks T1 T2 T5 T7, accepted T1 T2 T7
// task cost 34'200'000 − k15 10'500'000 = 23'700'000; rework k05 + k07 = 15'000'000
// task tokens 1200 + 4500 + 2000 + 12600 + 5000 + 9000 + 3300 = 37'600; first-time 6500 + 3300 = 9'800
const Expect Engineering { 34'200'000, 6'000'000, 1, 8, 8, { 16'500, 36'000, 2'000, 0, 4'200, 0 }, 4, 3, 23'700'000,
    15'000'000, 37'600, 9'800, 1, acme,
    0.005925, // 23'700'000 / 4
    0.0114, // 34'200'000 / 3
    15'000'000.0 / 23'700'000.0, 9'800.0 / 37'600.0, 36'000.0 / 54'500.0 }; // 16'500 + 36'000 + 2'000

// Support: k08 k09 k10 k11 k13 k14 k16 k19 k21
// cost 12'000'000 + 18'000'000 + 12'300'000 + 300'000 + 600'000 + 600'000 + 750'000 + 1'050'000 + 60'000 = 45'660'000
// uncached 2000 × 3 + 1000 + 2000 × 3 + 10'000 + 0 = 23'000; read 1000 + 2000 = 3'000; w1h 1'000
// output 400 × 3 + 250 + 500 × 3 + 1000 + 100 = 4'050; tasks T3 T4 T6, accepted T4 T6
// task cost 45'660'000 − 1'050'000 − 60'000 = 44'550'000; rework k14 + k16 = 1'350'000
// task tokens 2400 + 3400 + 3400 + 1250 + 2500 + 2500 + 4500 = 19'950; first-time T4 1'250
const Expect Support { 45'660'000, 12'500'000, 1, 9, 9, { 23'000, 3'000, 0, 1'000, 4'050, 0 }, 3, 2, 44'550'000,
    1'350'000, 19'950, 1'250, 0, {},
    0.01485, // 44'550'000 / 3
    0.02283, // 45'660'000 / 2
    1.0 / 33.0, // 1'350'000 / 44'550'000
    1'250.0 / 19'950.0, 3'000.0 / 27'000.0 }; // 23'000 + 3'000 + 1'000

// Marketing: k04 (3 calls) k12 k18 k20 — no task ids: every task metric is null; no reads: hit rate 0, not null
// cost 630'000 + 480'000 + 150'000 = 1'260'000; uncached 3000 + 5000 + 2000 + 1000 = 11'000;
// output 300 + 500 + 200 = 1'000; reasoning 100
const Expect Marketing { 1'260'000, 0, 0, 6, 4, { 11'000, 0, 0, 0, 1'000, 100 }, 0, 0, 0, 0, 0, 0, 1, acme, null, null,
    null, null, 0.0 };

// ---- [A 12:00, C 12:00): cuts day A and day C in half; day B whole ----
// in: k05 k06 k21 (A ≥ 12:00; k21 sits exactly on the start), k07–k12 (B), k13 k14 k15 k16 (C < 12:00)
// out: k01–k04, k17–k19, and k20 exactly on the (exclusive) end
// cost 13'500'000 + 1'200'000 + 60'000 + 1'500'000 + 12'000'000 + 18'000'000 + 12'300'000 + 300'000 + 600'000
//   + 600'000 + 10'500'000 + 750'000 = 71'310'000
// tasks by first call in range: T5 (k06), T3 (k08), T4 (k11), T6 (k13) = 4; T1's first call k01 is outside;
// accepted T4 T6 = 2; task cost 71'310'000 − k21 60'000 − k15 10'500'000 = 60'750'000
// rework k05 13'500'000 + k07 1'500'000 + k14 600'000 + k16 750'000 = 16'350'000
// task tokens 12600 + 5000 + 9000 + 2400 + 3400 + 3400 + 1250 + 2500 + 2500 + 4500 = 46'550; first-time T4 1'250
// uncached 500 + 4000 + 0 + 4000 + 2000 × 3 + 1000 + 5000 + 2000 + 2000 + 1000 + 2000 = 27'500
// read 10'000 + 4'000 + 1'000 + 20'000 + 2'000 = 37'000; output 100 + 1000 + 100 + 1000 + 400 × 3 + 250 + 500 + 500
//   + 500 + 100 + 500 = 5'750
const Expect CutTotals { 71'310'000, 12'500'000, 1, 13, 13, { 27'500, 37'000, 2'000, 1'000, 5'750, 0 }, 4, 2,
    60'750'000, 16'350'000, 46'550, 1'250, 1, acme,
    0.0151875, // 60'750'000 / 4 = 15'187'500 nano
    0.035655, // 71'310'000 / 2 = 35'655'000 nano
    16'350'000.0 / 60'750'000.0, 1'250.0 / 46'550.0, 37'000.0 / 67'500.0 }; // 27'500 + 37'000 + 2'000 + 1'000

// Engineering in the cut: k05 k06 k07 k15 → 13'500'000 + 1'200'000 + 1'500'000 + 10'500'000 = 26'700'000
// one task (T5, not accepted): CPSO null; task cost k05 + k06 + k07 = 16'200'000; rework k05 + k07 = 15'000'000
// task tokens 12600 + 5000 + 9000 = 26'600, none first-time: efficiency 0, not null
const Expect CutEngineering { 26'700'000, 0, 0, 4, 4, { 9'500, 34'000, 2'000, 0, 2'200, 0 }, 1, 0, 16'200'000,
    15'000'000, 26'600, 0, 0, {}, 0.0162, null, 15'000'000.0 / 16'200'000.0, 0.0, 34'000.0 / 45'500.0 };
// Support in the cut: k21 k08 k09 k10 k11 k13 k14 k16 → 60'000 + 12'000'000 + 18'000'000 + 12'300'000 + 300'000
//   + 600'000 + 600'000 + 750'000 = 44'610'000; uncached 13'000, read 3'000, w1h 1'000, output 3'050
const Expect CutSupport { 44'610'000, 12'500'000, 1, 8, 8, { 13'000, 3'000, 0, 1'000, 3'050, 0 }, 3, 2, 44'550'000,
    1'350'000, 19'950, 1'250, 0, {},
    0.01485, // 44'550'000 / 3
    0.022305, // 44'610'000 / 2
    1.0 / 33.0, 1'250.0 / 19'950.0, 3'000.0 / 17'000.0 };
// Marketing in the cut: k12 only, unpriced
const Expect CutMarketing { 0, 0, 0, 1, 1, { 5'000, 0, 0, 0, 500, 0 }, 0, 0, 0, 0, 0, 0, 1, acme, null, null, null,
    null, 0.0 };

QString fixture()
{
    return QStringLiteral(TESTDATA_DIR "/analytics/kpi_events.jsonl");
}

Filter range(qint64 from, qint64 to)
{
    Filter f;
    f.fromMs = from;
    f.toMs = to;
    return f;
}

QJsonObject jsonOf(const Analytics::Report& r)
{
    return QJsonDocument::fromJson(Analytics::reportToJson(r)).object();
}

} // namespace

class TestKpis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void totals();
    void byCostCenter();
    void rangeCuttingDays();
    void rangeCuttingDaysByCostCenter();
    void wholeDaysOnly();
    void withinOneDay();
    void emptyRange();
    void filterEquals();
    void byModel();
    void json();
    void dailyCost();
    void incrementalImportsGiveTheSameReport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Workspace> m_ws;
};

void TestKpis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto ws = Store::Workspace::open(m_dir.filePath(QStringLiteral("kpi.inferometer")));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    PlainTaskContext ctx;
    auto r = Import::importFile(*m_ws, fixture(), Ingest::Format::Auto, ctx);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY2(r.value().committed,
        qPrintable(r.value().rejected.isEmpty() ? QString() : r.value().rejected.first().toString()));
    QCOMPARE(r.value().imported, qint64(21));
    QCOMPARE(r.value().unpriced, qint64(2));
}

void TestKpis::totals()
{
    auto r = Analytics::report(*m_ws, {});
    QVERIFY(r.ok());
    check(r.value().totals, Totals);
    QVERIFY(r.value().groups.isEmpty());
    // the range defaults to the data: first call k01 (A 09:00) to just after the last, k19 (C 16:00)
    QCOMPARE(r.value().fromMs, DayA + 9 * Hour);
    QCOMPARE(r.value().toMs, DayA + 2 * Day + 16 * Hour + 1);
    auto span = Analytics::timeSpan(*m_ws);
    QVERIFY(span.ok() && span.value());
    QCOMPARE(span.value()->first, DayA + 9 * Hour);
    QCOMPARE(span.value()->second, DayA + 2 * Day + 16 * Hour);
}

void TestKpis::byCostCenter()
{
    auto r = Analytics::report(*m_ws, {}, Dimension::CostCenter);
    QVERIFY(r.ok());
    check(r.value().totals, Totals);
    const auto& g = r.value().groups;
    QCOMPARE(g.size(), 3);
    // by list cost, descending
    QCOMPARE(g[0].key, QStringLiteral("Support"));
    QCOMPARE(g[1].key, QStringLiteral("Engineering"));
    QCOMPARE(g[2].key, QStringLiteral("Marketing"));
    check(g[0].kpis, Support);
    check(g[1].kpis, Engineering);
    check(g[2].kpis, Marketing);
}

void TestKpis::rangeCuttingDays()
{
    auto r = Analytics::report(*m_ws, range(DayA + 12 * Hour, DayA + 2 * Day + 12 * Hour));
    QVERIFY(r.ok());
    QCOMPARE(r.value().fromMs, DayA + 12 * Hour);
    QCOMPARE(r.value().toMs, DayA + 2 * Day + 12 * Hour);
    check(r.value().totals, CutTotals);
}

void TestKpis::rangeCuttingDaysByCostCenter()
{
    auto r = Analytics::report(*m_ws, range(DayA + 12 * Hour, DayA + 2 * Day + 12 * Hour), Dimension::CostCenter);
    QVERIFY(r.ok());
    check(r.value().totals, CutTotals);
    const auto& g = r.value().groups;
    QCOMPARE(g.size(), 3);
    QCOMPARE(g[0].key, QStringLiteral("Support"));
    QCOMPARE(g[1].key, QStringLiteral("Engineering"));
    QCOMPARE(g[2].key, QStringLiteral("Marketing"));
    check(g[0].kpis, CutSupport);
    check(g[1].kpis, CutEngineering);
    check(g[2].kpis, CutMarketing);
}

void TestKpis::wholeDaysOnly()
{
    // [A, C): days A and B from the rollup alone: k01–k12 and k21
    // cost: day A 6'000'000 + 750'000 + 750'000 + 630'000 + 13'500'000 + 1'200'000 + 60'000 = 22'890'000;
    //       day B 1'500'000 + 12'000'000 + 18'000'000 + 12'300'000 + 300'000 = 44'100'000 → 66'990'000
    // calls 13 events + 2 = 15; tasks T1 T2 T5 T3 T4 = 5, accepted T1 T2 T4 = 3; unpriced k12
    auto r = Analytics::report(*m_ws, range(DayA, DayA + 2 * Day));
    QVERIFY(r.ok());
    const Kpis& k = r.value().totals;
    QCOMPARE(k.listCostNano, qint64(66'990'000));
    QCOMPARE(k.calls, qint64(15));
    QCOMPARE(k.events, qint64(13));
    QCOMPARE(k.tasks, qint64(5));
    QCOMPARE(k.acceptedTasks, qint64(3));
    QCOMPARE(k.unpricedCalls, qint64(1));
    QCOMPARE(k.unpricedModels, acme);
    fuzzy(k.cpsoUsd(), 0.02233, "CPSO"); // 66'990'000 / 3 = 22'330'000 nano
}

void TestKpis::withinOneDay()
{
    // [B 09:30, B 12:00): k09 18'000'000 + k10 12'300'000 = 30'300'000; T3 starts before: no task in range
    auto r = Analytics::report(*m_ws, range(DayA + Day + 9 * Hour + 30 * 60'000, DayA + Day + 12 * Hour));
    QVERIFY(r.ok());
    const Kpis& k = r.value().totals;
    QCOMPARE(k.listCostNano, qint64(30'300'000));
    QCOMPARE(k.calls, qint64(2));
    QCOMPARE(k.tasks, qint64(0));
    QCOMPARE(k.taskCostNano, qint64(30'300'000));
    QCOMPARE(k.reworkCostNano, qint64(0)); // T3 ends rejected: waste, not rework
    QCOMPARE(k.costPerTaskUsd(), std::optional<double>()); // no task counted here
    QCOMPARE(k.cpsoUsd(), std::optional<double>()); // no accepted task
    // rework rate and token efficiency are ratios of sums over task calls, and there are task calls here:
    // rework 0 / task cost 30'300'000 = 0; first-time tokens 0 / task tokens (3400 + 3400) = 0 — computable, not null
    fuzzy(k.reworkRate(), 0.0, "rework rate");
    fuzzy(k.tokenEfficiency(), 0.0, "token efficiency");
    // k09 2000 uncached + 1000 w1h, k10 2000 uncached + 1000 read: 1000 / 6000
    fuzzy(k.cacheHitRate(), 1'000.0 / 6'000.0, "cache hit rate");
}

void TestKpis::emptyRange()
{
    for (const Filter& f :
        { range(DayA + 3 * Day, DayA + 4 * Day), range(DayA + Day, DayA + Day), range(DayA + 2 * Day, DayA + Day) }) {
        auto r = Analytics::report(*m_ws, f, Dimension::CostCenter);
        QVERIFY(r.ok());
        QCOMPARE(r.value().totals.listCostNano, qint64(0));
        QCOMPARE(r.value().totals.calls, qint64(0));
        QCOMPARE(r.value().totals.cacheHitRate(), std::optional<double>());
        QVERIFY(r.value().groups.isEmpty());
    }
}

void TestKpis::filterEquals()
{
    Filter f;
    f.equals.insert(Dimension::CostCenter, QStringLiteral("Support"));
    auto r = Analytics::report(*m_ws, f);
    QVERIFY(r.ok());
    check(r.value().totals, Support);
    // the same filter over the cut range
    Filter cut = range(DayA + 12 * Hour, DayA + 2 * Day + 12 * Hour);
    cut.equals = f.equals;
    auto c = Analytics::report(*m_ws, cut);
    QVERIFY(c.ok());
    check(c.value().totals, CutSupport);
}

void TestKpis::byModel()
{
    // sonnet: k01 6'000'000 + k05 13'500'000 + k08 12'000'000 + k09 18'000'000 + k10 12'300'000 + k15 10'500'000
    //   = 72'300'000; mini: 81'120'000 − 72'300'000 = 8'820'000; acme-llm: 0, 2 unpriced calls
    auto r = Analytics::report(*m_ws, {}, Dimension::Model);
    QVERIFY(r.ok());
    const auto& g = r.value().groups;
    QCOMPARE(g.size(), 3);
    QCOMPARE(g[0].key, QStringLiteral("claude-sonnet-4-5-20250929"));
    QCOMPARE(g[0].kpis.listCostNano, qint64(72'300'000));
    QCOMPARE(g[1].key, QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(g[1].kpis.listCostNano, qint64(8'820'000));
    QCOMPARE(g[1].kpis.calls, qint64(15)); // 13 events, k04 counts 3
    QCOMPARE(g[2].key, QStringLiteral("acme-llm"));
    QCOMPARE(g[2].kpis.listCostNano, qint64(0));
    QCOMPARE(g[2].kpis.unpricedCalls, qint64(2));
    QCOMPARE(g[2].kpis.unpricedModels, acme);
    QVERIFY(g[0].kpis.unpricedModels.isEmpty());
}

void TestKpis::json()
{
    auto r = Analytics::report(*m_ws, {}, Dimension::CostCenter);
    QVERIFY(r.ok());
    const QJsonObject j = jsonOf(r.value());
    QCOMPARE(j.value(QLatin1String("from")).toString().left(19), QStringLiteral("2026-03-01T09:00:00"));
    const QJsonObject t = j.value(QLatin1String("totals")).toObject();
    QVERIFY(qFuzzyCompare(t.value(QLatin1String("list_cost_usd")).toDouble(), 0.08112));
    QCOMPARE(t.value(QLatin1String("list_cost_nusd")).toInteger(), qint64(81'120'000));
    QVERIFY(qFuzzyCompare(t.value(QLatin1String("reported_cost_usd")).toDouble(), 0.0185)); // 6'000'000 + 12'500'000
    QCOMPARE(t.value(QLatin1String("calls")).toInteger(), qint64(23));
    QCOMPARE(t.value(QLatin1String("events")).toInteger(), qint64(21));
    QCOMPARE(t.value(QLatin1String("uncached_input_tokens")).toInteger(), qint64(50'500));
    QCOMPARE(t.value(QLatin1String("cache_read_tokens")).toInteger(), qint64(39'000));
    QCOMPARE(t.value(QLatin1String("cache_write_5m_tokens")).toInteger(), qint64(2'000));
    QCOMPARE(t.value(QLatin1String("cache_write_1h_tokens")).toInteger(), qint64(1'000));
    QCOMPARE(t.value(QLatin1String("output_tokens")).toInteger(), qint64(9'250));
    QCOMPARE(t.value(QLatin1String("reasoning_tokens")).toInteger(), qint64(100));
    QCOMPARE(t.value(QLatin1String("tasks")).toInteger(), qint64(7));
    QCOMPARE(t.value(QLatin1String("accepted_tasks")).toInteger(), qint64(5));
    QVERIFY(qFuzzyCompare(t.value(QLatin1String("cost_per_task_usd")).toDouble(), 0.00975));
    QVERIFY(qFuzzyCompare(t.value(QLatin1String("cpso_usd")).toDouble(), 0.016224));
    QVERIFY(qFuzzyCompare(t.value(QLatin1String("rework_rate")).toDouble(), 16'350'000.0 / 68'250'000.0));
    QVERIFY(qFuzzyCompare(t.value(QLatin1String("token_efficiency")).toDouble(), 11'050.0 / 57'550.0));
    QVERIFY(qFuzzyCompare(t.value(QLatin1String("cache_hit_rate")).toDouble(), 39'000.0 / 92'500.0));
    QCOMPARE(t.value(QLatin1String("unpriced_calls")).toInteger(), qint64(2));
    QCOMPARE(t.value(QLatin1String("unpriced_models")).toArray(), QJsonArray { QStringLiteral("acme-llm") });

    const QJsonArray groups = j.value(QLatin1String("groups")).toArray();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups[0].toObject().value(QLatin1String("key")).toString(), QStringLiteral("Support"));
    QCOMPARE(groups[0].toObject().value(QLatin1String("list_cost_nusd")).toInteger(), qint64(45'660'000));
    QVERIFY(qFuzzyCompare(groups[0].toObject().value(QLatin1String("rework_rate")).toDouble(), 1.0 / 33.0));
    // Marketing has no task ids: task metrics are null, not 0; its cache hit rate is a real 0; no reported cost
    const QJsonObject m = groups[2].toObject();
    QCOMPARE(m.value(QLatin1String("key")).toString(), QStringLiteral("Marketing"));
    for (const char* key : { "cost_per_task_usd", "cpso_usd", "rework_rate", "token_efficiency", "reported_cost_usd" })
        QVERIFY2(m.value(QLatin1String(key)).isNull(), key);
    QVERIFY(m.value(QLatin1String("cache_hit_rate")).isDouble());
    QCOMPARE(m.value(QLatin1String("cache_hit_rate")).toDouble(), 0.0);
    QCOMPARE(m.value(QLatin1String("tasks")).toInteger(), qint64(0));
    QCOMPARE(m.value(QLatin1String("unpriced_models")).toArray(), QJsonArray { QStringLiteral("acme-llm") });
    // every group carries every totals field
    for (const QJsonValue& gv : groups)
        for (const QString& key : t.keys())
            QVERIFY2(gv.toObject().contains(key), qPrintable(key));
    // deterministic
    QCOMPARE(Analytics::reportToJson(r.value()),
        Analytics::reportToJson(Analytics::report(*m_ws, {}, Dimension::CostCenter).value()));
}

void TestKpis::dailyCost()
{
    // per day and cost center (see the table): A: Support 60'000, Engineering 6'000'000 + 750'000 + 750'000
    // + 13'500'000 + 1'200'000 = 22'200'000, Marketing 630'000; B: Support 12'000'000 + 18'000'000 + 12'300'000
    // + 300'000 = 42'600'000, Engineering 1'500'000, Marketing 0; C: Support 600'000 + 600'000 + 750'000
    // + 1'050'000 = 3'000'000, Engineering 10'500'000, Marketing 480'000 + 150'000 = 630'000
    auto s = Analytics::dailyCost(*m_ws, {}, Dimension::CostCenter);
    QVERIFY(s.ok());
    QCOMPARE(s.value().days, (QList<qint64> { DayA, DayA + Day, DayA + 2 * Day }));
    QCOMPARE(s.value().keys,
        (QStringList { QStringLiteral("Support"), QStringLiteral("Engineering"), QStringLiteral("Marketing") }));
    QCOMPARE(s.value().values[0], (QList<qint64> { 60'000, 42'600'000, 3'000'000 }));
    QCOMPARE(s.value().values[1], (QList<qint64> { 22'200'000, 1'500'000, 10'500'000 }));
    QCOMPARE(s.value().values[2], (QList<qint64> { 630'000, 0, 630'000 }));

    // the cut range: A from noon (k05 13'500'000 + k06 1'200'000 + k21 60'000 = 14'760'000), B whole (44'100'000),
    // C before noon (k13 600'000 + k14 600'000 + k15 10'500'000 + k16 750'000 = 12'450'000)
    auto cut = Analytics::dailyCost(*m_ws, range(DayA + 12 * Hour, DayA + 2 * Day + 12 * Hour), Dimension::None);
    QVERIFY(cut.ok());
    QCOMPARE(cut.value().days, (QList<qint64> { DayA, DayA + Day, DayA + 2 * Day }));
    QCOMPARE(cut.value().values.size(), 1);
    QCOMPARE(cut.value().values[0], (QList<qint64> { 14'760'000, 44'100'000, 12'450'000 }));
}

void TestKpis::incrementalImportsGiveTheSameReport()
{
    // The fixture's odd lines in one file, even lines in another, imported one after the other: task outcomes and
    // first calls move between imports (T2's first call k02, T5's k06 come in the second file), yet the reports
    // must equal those of the single import.
    QFile in(fixture());
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = in.readAll().split('\n');
    QByteArray odd, even;
    for (int i = 0; i < lines.size(); ++i)
        if (!lines[i].trimmed().isEmpty())
            (i % 2 == 0 ? odd : even) += lines[i] + '\n';
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("odd.jsonl")), b = dir.filePath(QStringLiteral("even.jsonl"));
    for (const auto& [path, bytes] : { std::pair { a, odd }, std::pair { b, even } }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("split.inferometer")));
    QVERIFY(ws.ok());
    PlainTaskContext ctx;
    QCOMPARE(Import::importFile(*ws.value(), a, Ingest::Format::Auto, ctx).value().imported, qint64(11));
    QCOMPARE(Import::importFile(*ws.value(), b, Ingest::Format::Auto, ctx).value().imported, qint64(10));
    for (const Filter& f :
        { Filter {}, range(DayA + 12 * Hour, DayA + 2 * Day + 12 * Hour), range(DayA, DayA + Day) }) {
        for (Dimension d : { Dimension::None, Dimension::CostCenter }) {
            auto split = Analytics::report(*ws.value(), f, d);
            auto whole = Analytics::report(*m_ws, f, d);
            QVERIFY(split.ok() && whole.ok());
            QCOMPARE(Analytics::reportToJson(split.value()), Analytics::reportToJson(whole.value()));
        }
    }
    check(Analytics::report(*ws.value(), {}).value().totals, Totals);
}

INFEROMETER_TEST_GUILESS_MAIN(TestKpis)
#include "tst_kpis.moc"
