// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/costtree.h"

#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"

#include <QTemporaryDir>
#include <QTest>

using Analytics::CostTree;
using Analytics::Dimension;
using Analytics::Filter;

// A hand-built workspace, worked out by hand. Days d0..d6 from 2026-03-01 (UTC); the period is [d3, d6), the previous
// period of equal length [d0, d3). Costs in nano-dollars; tokens unc/read/w5m/w1h/out/rsn.
//
//  #   time      cost center / team / owner / key / project   model   task att outcome  status cost       tokens
//  e1  d3 10:00  Engineering / Platform / alice / k1 / -       gpt-4o  T1   1   rework   ok     4'000'000
//  1000/0/0/0/100/0 e2  d3 11:00  Engineering / Platform / alice / k1 / -       gpt-4o  T1   2   accepted ok 2'000'000
//  500/1500/0/0/100/0 e3  d4 09:00  Engineering / Platform / alice / k1 / -       claude  T2   1   accepted ok
//  3'000'000  2000/0/0/0/200/0 e4  d4 12:00  Engineering / Search / bob / - / crawler      gpt-4o  T3   1   accepted ok
//  1'000'000  800/200/0/0/100/0 e9  d4 15:00  Engineering / Search / bob / - / crawler      gpt-4o  - error  2'000'000
//  1000/0/1000/0/0/0 e5  d5 08:00  Support / Helpdesk / carol / k2 / -           mini    T4   1   rework   ok 500'000
//  1000/0/0/0/0/0 e6  d5 09:00  Support / Helpdesk / carol / k2 / -           mini    T4   2   rejected ok 500'000
//  1000/0/0/0/0/0 e7  d5 10:00  - / - / - / k9 / -                            gpt-4o  -                 ok 1'000'000
//  1000/0/0/0/0/0 previous period and outside: p1  d1 10:00  Engineering / Platform / alice / k1           gpt-4o  -
//  5'000'000 p2  d2 10:00  Support / Helpdesk / carol / k2               mini    -                        1'000'000 p3
//  d0 10:00  Legal / Contracts / dave / k3                 claude  -                        2'000'000 x1  d6 10:00
//  Engineering / Platform / alice / k1           gpt-4o  -                        9'000'000 (after) x2  d-1 10:00
//  Support / Helpdesk / carol / k2               mini    -                        7'000'000 (before)
//
// Period: total 14'000'000 (Eng 12'000'000, Support 1'000'000, unattributed 1'000'000, Legal 0); previous 8'000'000
// (Eng 5'000'000, Support 1'000'000, Legal 2'000'000).

namespace {

constexpr qint64 D0 = 1'772'323'200'000; // 2026-03-01T00:00:00Z
constexpr qint64 Day = 86'400'000;
constexpr qint64 Hour = 3'600'000;

struct Attr
{
    const char *cc, *team, *owner, *key, *project;
};

UsageEvent ev(qint64 time, Attr a, const char* model, const char* task, int attempt, Outcome outcome, qint64 cost,
    TokenBuckets tokens = {}, const char* callId = "", bool error = false)
{
    UsageEvent e;
    e.timeMs = time;
    e.provider = QStringLiteral("openai");
    e.model = QString::fromLatin1(model);
    e.costCenter = QString::fromLatin1(a.cc);
    e.team = QString::fromLatin1(a.team);
    e.owner = QString::fromLatin1(a.owner);
    e.apiKey = QString::fromLatin1(a.key);
    e.project = QString::fromLatin1(a.project);
    e.taskId = QString::fromLatin1(task);
    e.attempt = attempt;
    e.outcome = outcome;
    e.listCostNano = cost;
    e.tokens = tokens;
    e.callId = QString::fromLatin1(callId);
    e.error = error;
    return e;
}

const Attr Alice { "Engineering", "Platform", "alice", "k1", "" };
const Attr Bob { "Engineering", "Search", "bob", "", "crawler" };
const Attr Carol { "Support", "Helpdesk", "carol", "k2", "" };
const Attr Nobody { "", "", "", "k9", "" };
const Attr Dave { "Legal", "Contracts", "dave", "k3", "" };

QList<UsageEvent> events()
{
    const qint64 d3 = D0 + 3 * Day, d4 = D0 + 4 * Day, d5 = D0 + 5 * Day;
    return {
        ev(d3 + 10 * Hour, Alice, "gpt-4o", "T1", 1, Outcome::Rework, 4'000'000, { 1000, 0, 0, 0, 100, 0 }, "c1"),
        ev(d3 + 11 * Hour, Alice, "gpt-4o", "T1", 2, Outcome::Accepted, 2'000'000, { 500, 1500, 0, 0, 100, 0 }, "c2"),
        ev(d4 + 9 * Hour, Alice, "claude", "T2", 1, Outcome::Accepted, 3'000'000, { 2000, 0, 0, 0, 200, 0 }, "c3"),
        ev(d4 + 12 * Hour, Bob, "gpt-4o", "T3", 1, Outcome::Accepted, 1'000'000, { 800, 200, 0, 0, 100, 0 }, "c4"),
        ev(d4 + 15 * Hour, Bob, "gpt-4o", "", 1, Outcome::Unknown, 2'000'000, { 1000, 0, 1000, 0, 0, 0 }, "c9", true),
        ev(d5 + 8 * Hour, Carol, "mini", "T4", 1, Outcome::Rework, 500'000, { 1000, 0, 0, 0, 0, 0 }, "c5"),
        ev(d5 + 9 * Hour, Carol, "mini", "T4", 2, Outcome::Rejected, 500'000, { 1000, 0, 0, 0, 0, 0 }, "c6"),
        ev(d5 + 10 * Hour, Nobody, "gpt-4o", "", 1, Outcome::Unknown, 1'000'000, { 1000, 0, 0, 0, 0, 0 }, "c7"),
        ev(D0 + 1 * Day + 10 * Hour, Alice, "gpt-4o", "", 1, Outcome::Unknown, 5'000'000, {}, "p1"),
        ev(D0 + 2 * Day + 10 * Hour, Carol, "mini", "", 1, Outcome::Unknown, 1'000'000, {}, "p2"),
        ev(D0 + 10 * Hour, Dave, "claude", "", 1, Outcome::Unknown, 2'000'000, {}, "p3"),
        ev(D0 + 6 * Day + 10 * Hour, Alice, "gpt-4o", "", 1, Outcome::Unknown, 9'000'000, {}, "x1"),
        ev(D0 - Day + 10 * Hour, Carol, "mini", "", 1, Outcome::Unknown, 7'000'000, {}, "x2"),
    };
}

void near(const std::optional<double>& got, const std::optional<double>& want, const char* what)
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

/** The node with `path`, or -1. */
int find(const CostTree& t, const QStringList& path)
{
    for (int i = 0; i < t.nodes.size(); ++i)
        if (t.nodes.at(i).path == path)
            return i;
    return -1;
}

QStringList keys(const CostTree& t, const QList<int>& ids)
{
    QStringList out;
    for (int i : ids)
        out << t.nodes.at(i).path.last();
    return out;
}

Filter period(qint64 from, qint64 to)
{
    Filter f;
    f.fromMs = from;
    f.toMs = to;
    return f;
}

const QString Empty = QString(QLatin1String(""));

} // namespace

class TestCostTree : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void topLevel();
    void engineeringKpis();
    void deeperLevels();
    void supportAndUnattributed();
    void sparkline();
    void partialDays();
    void periods();
    void singleLevel();
    void noComparison();
    void drillDown();
    void drillDownPaging();

private:
    CostTree tree(const Filter& f, bool compare = true)
    {
        auto t = Analytics::costTree(*m_ws, f, Analytics::defaultCostLevels(), compare);
        if (!t)
            qFatal("costTree: %s", qPrintable(t.error().message));
        return t.value();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Workspace> m_ws;
};

void TestCostTree::initTestCase()
{
    auto ws = Store::Workspace::open(m_dir.filePath(QStringLiteral("tree.inferometer")));
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    m_ws = std::move(ws).value();
    Store::UsageRepository repo(*m_ws);
    Store::Transaction tx(*m_ws);
    QVERIFY(tx.begin().ok());
    Store::ChangeSet changes;
    auto n = repo.insert(events(), &changes);
    QVERIFY(n.ok());
    QCOMPARE(n.value(), qint64(13));
    QVERIFY(repo.refreshDerived(changes).ok());
    QVERIFY(tx.commit().ok());
}

void TestCostTree::topLevel()
{
    const CostTree t = tree(period(D0 + 3 * Day, D0 + 6 * Day));
    QCOMPARE(t.total.listCostNano, qint64(14'000'000));
    QCOMPARE(t.previousTotal.listCostNano, qint64(8'000'000));
    QVERIFY(t.previousPeriod);
    QCOMPARE(*t.previousPeriod->fromMs, D0);
    QCOMPARE(*t.previousPeriod->toMs, D0 + 3 * Day);
    near(Analytics::relativeChange(t.total.listCostNano, t.previousTotal.listCostNano), 0.75, "total delta");
    // Support and unattributed tie at 1'000'000; Support spent more before. Legal spent only in the previous period.
    QCOMPARE(keys(t, t.roots),
        (QStringList { QStringLiteral("Engineering"), QStringLiteral("Support"), Empty, QStringLiteral("Legal") }));
    const int eng = t.roots[0], support = t.roots[1], none = t.roots[2], legal = t.roots[3];
    QCOMPARE(t.nodes[eng].current.listCostNano, qint64(12'000'000));
    QCOMPARE(t.nodes[eng].previous.listCostNano, qint64(5'000'000));
    near(t.shareOfTotal(eng), 12.0 / 14.0, "Eng share");
    near(t.shareOfParent(eng), 12.0 / 14.0, "Eng share of parent (total)");
    near(t.spendDelta(eng), 1.4, "Eng delta"); // 12 / 5 − 1
    near(t.spendDelta(support), 0.0, "Support delta");
    near(t.spendDelta(none), std::nullopt, "unattributed delta (nothing before)");
    QCOMPARE(t.nodes[legal].current.listCostNano, qint64(0));
    QCOMPARE(t.nodes[legal].current.events, qint64(0));
    QCOMPARE(t.nodes[legal].previous.listCostNano, qint64(2'000'000));
    near(t.spendDelta(legal), -1.0, "Legal delta");
    near(t.shareOfTotal(legal), 0.0, "Legal share");
    // nothing outside both periods: x1 (after) and x2 (before)
    QCOMPARE(t.total.events + t.previousTotal.events, qint64(11));
}

void TestCostTree::engineeringKpis()
{
    const CostTree t = tree(period(D0 + 3 * Day, D0 + 6 * Day));
    const Analytics::Kpis& k = t.nodes[find(t, { QStringLiteral("Engineering") })].current;
    QCOMPARE(k.events, qint64(5));
    QCOMPARE(k.tasks, qint64(3)); // T1, T2, T3
    QCOMPARE(k.acceptedTasks, qint64(3));
    QCOMPARE(k.taskCostNano, qint64(10'000'000)); // all but e9
    QCOMPARE(k.reworkCostNano, qint64(2'000'000)); // e2: T1's second attempt
    near(k.costPerTaskUsd(), 10'000'000.0 / 3.0 / 1e9, "cost per task");
    near(k.cpsoUsd(), 0.004, "CPSO"); // 12'000'000 / 3 accepted
    near(k.reworkRate(), 0.2, "rework");
    // task tokens e1 1100 + e2 2100 + e3 2200 + e4 1100 = 6500; first time right: T2 2200 + T3 1100
    near(k.tokenEfficiency(), 3300.0 / 6500.0, "token efficiency");
    // input 1000 + 2000 + 2000 + 1000 + 2000 = 8000, cache reads 1500 + 200
    near(k.cacheHitRate(), 1700.0 / 8000.0, "cache hit rate");
}

void TestCostTree::deeperLevels()
{
    const CostTree t = tree(period(D0 + 3 * Day, D0 + 6 * Day));
    const int eng = find(t, { QStringLiteral("Engineering") });
    QCOMPARE(keys(t, t.nodes[eng].children), (QStringList { QStringLiteral("Platform"), QStringLiteral("Search") }));
    const int platform = t.nodes[eng].children[0], search = t.nodes[eng].children[1];
    near(t.shareOfParent(platform), 0.75, "Platform share of Engineering");
    near(t.shareOfTotal(platform), 9.0 / 14.0, "Platform share of total");
    near(t.spendDelta(platform), 0.8, "Platform delta"); // 9 / 5 − 1
    near(t.spendDelta(search), std::nullopt, "Search delta");

    // the API key level: alice's key k1, bob's calls without a key by their project
    const int k1 = find(t,
        { QStringLiteral("Engineering"), QStringLiteral("Platform"), QStringLiteral("alice"), QStringLiteral("k1") });
    QVERIFY(k1 >= 0);
    QCOMPARE(t.nodes[k1].keyDimension, Dimension::ApiKey);
    QCOMPARE(t.nodes[k1].level, 3);
    QCOMPARE(keys(t, t.nodes[k1].children), (QStringList { QStringLiteral("gpt-4o"), QStringLiteral("claude") }));
    QCOMPARE(t.nodes[t.nodes[k1].children[0]].current.listCostNano, qint64(6'000'000));
    near(t.shareOfParent(t.nodes[k1].children[1]), 1.0 / 3.0, "claude share of k1");
    const int crawler = find(t,
        { QStringLiteral("Engineering"), QStringLiteral("Search"), QStringLiteral("bob"), QStringLiteral("crawler") });
    QVERIFY(crawler >= 0);
    QCOMPARE(t.nodes[crawler].keyDimension, Dimension::Project);
    QCOMPARE(t.nodes[crawler].current.listCostNano, qint64(3'000'000));
    const Analytics::Kpis& c = t.nodes[crawler].current;
    near(c.costPerTaskUsd(), 0.001, "crawler cost per task"); // T3 only
    near(c.cpsoUsd(), 0.003, "crawler CPSO"); // 3'000'000 / 1
    near(c.reworkRate(), 0.0, "crawler rework");
    near(c.tokenEfficiency(), 1.0, "crawler token efficiency");
    near(c.cacheHitRate(), 200.0 / 3000.0, "crawler cache hits");
    // parents come before their children
    for (int i = 0; i < t.nodes.size(); ++i)
        QVERIFY(t.nodes[i].parent < i);
    QCOMPARE(t.nodes.size(), 25); // 4 roots + 5 teams + 5 owners + 5 keys/projects + 6 models (Legal included)
}

void TestCostTree::supportAndUnattributed()
{
    const CostTree t = tree(period(D0 + 3 * Day, D0 + 6 * Day));
    const Analytics::Kpis& s = t.nodes[find(t, { QStringLiteral("Support") })].current;
    QCOMPARE(s.tasks, qint64(1));
    QCOMPARE(s.acceptedTasks, qint64(0));
    near(s.costPerTaskUsd(), 0.001, "Support cost per task");
    near(s.cpsoUsd(), std::nullopt, "Support CPSO (nothing accepted)");
    near(s.reworkRate(), 0.0, "Support rework (T4 rejected: waste, not rework)");
    near(s.tokenEfficiency(), 0.0, "Support token efficiency");
    near(s.cacheHitRate(), 0.0, "Support cache hits");
    const Analytics::Kpis& u = t.nodes[find(t, { Empty })].current;
    QCOMPARE(u.listCostNano, qint64(1'000'000));
    near(u.costPerTaskUsd(), std::nullopt, "no tasks");
    near(u.reworkRate(), std::nullopt, "no task cost");
    near(u.tokenEfficiency(), std::nullopt, "no task tokens");
    QVERIFY(find(t, { Empty, Empty, Empty, QStringLiteral("k9"), QStringLiteral("gpt-4o") }) >= 0);
}

void TestCostTree::sparkline()
{
    const CostTree t = tree(period(D0 + 3 * Day, D0 + 6 * Day));
    QCOMPARE(t.days, (QList<qint64> { D0 + 3 * Day, D0 + 4 * Day, D0 + 5 * Day }));
    QCOMPARE(t.totalDaily, (QList<qint64> { 6'000'000, 6'000'000, 2'000'000 }));
    QCOMPARE(t.nodes[find(t, { QStringLiteral("Engineering") })].daily, (QList<qint64> { 6'000'000, 6'000'000, 0 }));
    QCOMPARE(t.nodes[find(t, { QStringLiteral("Support") })].daily, (QList<qint64> { 0, 0, 1'000'000 }));
    QCOMPARE(t.nodes[find(t, { QStringLiteral("Legal") })].daily, (QList<qint64> { 0, 0, 0 }));
}

void TestCostTree::partialDays()
{
    // [d3 10:30, d5 09:30) holds e2 e3 e4 e9 e5 e6 (partial days from events, d4 from the rollup); the previous
    // period of the same length (1 day 23 h), [d1 11:30, d3 10:30), holds p2 and e1 but not p1 (d1 10:00)
    const qint64 from = D0 + 3 * Day + 10 * Hour + Hour / 2, to = D0 + 5 * Day + 9 * Hour + Hour / 2;
    const CostTree t = tree(period(from, to));
    QCOMPARE(t.total.listCostNano, qint64(9'000'000));
    QCOMPARE(t.total.events, qint64(6));
    QCOMPARE(t.previousTotal.listCostNano, qint64(5'000'000));
    QCOMPARE(t.previousTotal.events, qint64(2));
    QCOMPARE(*t.previousPeriod->fromMs, D0 + Day + 11 * Hour + Hour / 2);
    QCOMPARE(t.days, (QList<qint64> { D0 + 3 * Day, D0 + 4 * Day, D0 + 5 * Day }));
    QCOMPARE(t.totalDaily, (QList<qint64> { 2'000'000, 6'000'000, 1'000'000 }));
    QCOMPARE(keys(t, t.roots), (QStringList { QStringLiteral("Engineering"), QStringLiteral("Support") }));
    QCOMPARE(t.nodes[t.roots[0]].current.listCostNano, qint64(8'000'000));
    near(t.spendDelta(t.roots[0]), 1.0, "Engineering: 8'000'000 against e1's 4'000'000");
}

void TestCostTree::periods()
{
    const std::pair<qint64, qint64> span { D0 - Day + Hour, D0 + 5 * Day + 10 * Hour };
    Analytics::PeriodChoice c = Analytics::PeriodChoice::lastDays(3);
    Filter f = Analytics::resolvePeriod(c, span);
    QCOMPARE(*f.fromMs, D0 + 3 * Day);
    QCOMPARE(*f.toMs, D0 + 6 * Day);
    c.kind = Analytics::PeriodChoice::Kind::CalendarMonth; // March 2026: 31 days
    f = Analytics::resolvePeriod(c, span);
    QCOMPARE(*f.fromMs, D0);
    QCOMPARE(*f.toMs, D0 + 31 * Day);
    c.kind = Analytics::PeriodChoice::Kind::AllTime;
    f = Analytics::resolvePeriod(c, span);
    QVERIFY(!f.fromMs && !f.toMs);
    c.kind = Analytics::PeriodChoice::Kind::LastDays;
    f = Analytics::resolvePeriod(c, std::nullopt);
    QVERIFY(!f.fromMs && !f.toMs);

    // the settings text round-trips every kind; anything else is refused
    c = Analytics::PeriodChoice::customDays(D0 + 2 * Day + Hour, D0 + 4 * Day);
    QCOMPARE(*c.custom.fromMs, D0 + 2 * Day);
    QCOMPARE(*c.custom.toMs, D0 + 5 * Day);
    for (const Analytics::PeriodChoice& p : { Analytics::PeriodChoice::allTime(), Analytics::PeriodChoice::lastDays(7),
             Analytics::PeriodChoice::calendarMonth(), c }) {
        const auto back = Analytics::PeriodChoice::fromString(p.toString());
        QVERIFY2(back && *back == p, qPrintable(p.toString()));
    }
    QCOMPARE(Analytics::PeriodChoice::lastDays(30).toString(), QStringLiteral("last:30"));
    QCOMPARE(Analytics::PeriodChoice::fromString(QStringLiteral("custom:%1:%2").arg(D0).arg(D0 + Day))->custom.toMs,
        D0 + Day);
    for (const char* bad : { "", "last:0", "last:x", "custom:5:5", "custom:1", "week" })
        QVERIFY2(!Analytics::PeriodChoice::fromString(QString::fromLatin1(bad)), bad);
}

void TestCostTree::singleLevel()
{
    auto r = Analytics::costTree(*m_ws, period(D0 + 3 * Day, D0 + 6 * Day), { Dimension::Model });
    QVERIFY(r.ok());
    const CostTree& t = r.value();
    QCOMPARE(
        keys(t, t.roots), (QStringList { QStringLiteral("gpt-4o"), QStringLiteral("claude"), QStringLiteral("mini") }));
    QCOMPARE(t.nodes[t.roots[0]].current.listCostNano, qint64(10'000'000));
    QCOMPARE(t.nodes[t.roots[0]].previous.listCostNano, qint64(5'000'000));
    QCOMPARE(t.nodes[t.roots[1]].previous.listCostNano, qint64(2'000'000)); // p3
    QVERIFY(t.nodes[t.roots[0]].children.isEmpty());
}

void TestCostTree::noComparison()
{
    const CostTree t = tree(period(D0 + 3 * Day, D0 + 6 * Day), false);
    QVERIFY(!t.previousPeriod);
    QCOMPARE(t.previousTotal.listCostNano, qint64(0));
    QCOMPARE(find(t, { QStringLiteral("Legal") }), -1);
    near(t.spendDelta(t.roots[0]), std::nullopt, "no delta without comparison");
    // an open period spans the workspace's days, d-1 .. d6
    const CostTree all = tree(Filter {}, false);
    QCOMPARE(all.days.size(), 8);
    QCOMPARE(all.total.listCostNano, qint64(38'000'000));
}

void TestCostTree::drillDown()
{
    const CostTree t = tree(period(D0 + 3 * Day, D0 + 6 * Day));
    const int crawler = find(t,
        { QStringLiteral("Engineering"), QStringLiteral("Search"), QStringLiteral("bob"), QStringLiteral("crawler") });
    const Filter f = t.nodeFilter(crawler);
    QCOMPARE(f.equals.value(Dimension::ApiKey, QStringLiteral("?")), Empty);
    QCOMPARE(f.equals.value(Dimension::Project), QStringLiteral("crawler"));
    auto rows = Analytics::calls(*m_ws, f, 50);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 2);
    const Analytics::CallRow& r0 = rows.value()[0]; // newest first: e9, then e4
    QCOMPARE(r0.callId, QStringLiteral("c9"));
    QCOMPARE(r0.timeMs, D0 + 4 * Day + 15 * Hour);
    QCOMPARE(r0.model, QStringLiteral("gpt-4o"));
    QCOMPARE(r0.status, QStringLiteral("error"));
    QCOMPARE(r0.tokens.cacheWrite5m, qint64(1000));
    QCOMPARE(r0.listCostNano, std::optional<qint64>(2'000'000));
    QVERIFY(r0.taskId.isEmpty());
    const Analytics::CallRow& r1 = rows.value()[1];
    QCOMPARE(r1.callId, QStringLiteral("c4"));
    QCOMPARE(r1.taskId, QStringLiteral("T3"));
    QCOMPARE(r1.outcome, QStringLiteral("accepted"));
    QCOMPARE(r1.taskFinal, QStringLiteral("accepted"));
    QCOMPARE(r1.tokens.cacheRead, qint64(200));
    QCOMPARE(r1.status, QStringLiteral("ok"));
    // the rows behind a node add up to its spend
    qint64 sum = 0;
    for (const Analytics::CallRow& r : rows.value())
        sum += r.listCostNano.value_or(0);
    QCOMPARE(sum, t.nodes[crawler].current.listCostNano);

    // a model under a key: the period's bounds apply (x1 on d6 and p1 on d1 are the same node outside it)
    const int gpt = find(t,
        { QStringLiteral("Engineering"), QStringLiteral("Platform"), QStringLiteral("alice"), QStringLiteral("k1"),
            QStringLiteral("gpt-4o") });
    auto g = Analytics::calls(*m_ws, t.nodeFilter(gpt), 50);
    QVERIFY(g.ok());
    QCOMPARE(g.value().size(), 2);
    QCOMPARE(g.value()[0].callId, QStringLiteral("c2"));
    QCOMPARE(g.value()[1].callId, QStringLiteral("c1"));
}

void TestCostTree::drillDownPaging()
{
    const CostTree t = tree(period(D0 + 3 * Day, D0 + 6 * Day));
    const Filter f = t.nodeFilter(find(t,
        { QStringLiteral("Engineering"), QStringLiteral("Platform"), QStringLiteral("alice"), QStringLiteral("k1") }));
    auto p1 = Analytics::calls(*m_ws, f, 2, 0);
    auto p2 = Analytics::calls(*m_ws, f, 2, 2);
    QVERIFY(p1.ok() && p2.ok());
    QCOMPARE(p1.value().size(), 2);
    QCOMPARE(p1.value()[0].callId, QStringLiteral("c3"));
    QCOMPARE(p1.value()[1].callId, QStringLiteral("c2"));
    QCOMPARE(p2.value().size(), 1);
    QCOMPARE(p2.value()[0].callId, QStringLiteral("c1"));
    // the unattributed node matches empty cost centers only
    const CostTree& tt = t;
    auto u = Analytics::calls(*m_ws, tt.nodeFilter(find(tt, { Empty })), 50);
    QVERIFY(u.ok());
    QCOMPARE(u.value().size(), 1);
    QCOMPARE(u.value()[0].callId, QStringLiteral("c7"));
}

INFEROMETER_TEST_GUILESS_MAIN(TestCostTree)
#include "tst_costtree.moc"
