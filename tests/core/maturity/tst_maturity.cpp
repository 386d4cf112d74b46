// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/maturity/maturity.h"

#include "core/pricing/costengine.h"
#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Maturity::Criterion;
using Maturity::Diagnosis;

// Every workspace here is hand-built; unless a test says otherwise all calls fall on one UTC day, so the window is that
// one day and savings per month are the day's amount × 30. Costs are either set by hand (list_cost, nano-dollars) or
// priced from the built-in catalog (2026 prices, per token: gpt-4o input 2,500 nano, cache read 1,250, output 10,000;
// gpt-4o-mini input 150, cache read 75, output 600; minimum cacheable prompt 1,024 tokens for both).

namespace {

constexpr qint64 Day0 = 1'772'323'200'000; // 2026-03-01T00:00:00Z
constexpr qint64 Day = 86'400'000;
constexpr qint64 Minute = 60'000;

/** A call: Engineering, owner "o", key "k1", project "p", gpt-4o-mini, 100 input / 10 output tokens; chainable. */
struct E
{
    UsageEvent e;
    explicit E(qint64 t = Day0 + 9 * 3'600'000)
    {
        e.timeMs = t;
        e.provider = QStringLiteral("openai");
        e.model = QStringLiteral("gpt-4o-mini");
        e.costCenter = QStringLiteral("Engineering");
        e.owner = QStringLiteral("o");
        e.apiKey = QStringLiteral("k1");
        e.project = QStringLiteral("p");
        e.tokens.uncachedInput = 100;
        e.tokens.output = 10;
        e.source = QStringLiteral("test");
    }
    E& cc(const QString& v)
    {
        e.costCenter = v;
        return *this;
    }
    E& owner(const QString& v)
    {
        e.owner = v;
        return *this;
    }
    E& key(const QString& v)
    {
        e.apiKey = v;
        return *this;
    }
    E& project(const QString& v)
    {
        e.project = v;
        return *this;
    }
    E& model(const QString& v)
    {
        e.model = v;
        return *this;
    }
    E& cost(qint64 nano)
    {
        e.listCostNano = nano;
        return *this;
    }
    E& calls(qint64 n)
    {
        e.calls = n;
        return *this;
    }
    E& task(const QString& id, int attempt = 1, Outcome o = Outcome::Accepted)
    {
        e.taskId = id;
        e.attempt = attempt;
        e.outcome = o;
        return *this;
    }
    E& tokens(qint64 uncached, qint64 read, qint64 output)
    {
        e.tokens.uncachedInput = uncached;
        e.tokens.cacheRead = read;
        e.tokens.output = output;
        return *this;
    }
    operator UsageEvent() const { return e; }
};

QList<UsageEvent> times(int n, const E& proto)
{
    QList<UsageEvent> out;
    for (int i = 0; i < n; ++i) {
        UsageEvent e = proto;
        e.timeMs += i * Minute;
        static int seq = 0; // call ids are unique across a workspace's calls, or the store keeps only one
        e.callId = QStringLiteral("c%1").arg(++seq);
        out << e;
    }
    return out;
}

/** Builds a workspace from `events` (priced from the catalog unless a cost is set), runs `sql`, diagnoses it. */
Diagnosis diagnose(QList<UsageEvent> events, const QStringList& sql = {})
{
    QTemporaryDir dir;
    auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("m.inferometer")));
    if (!ws.ok())
        qFatal("%s", qPrintable(ws.error().toString()));
    Store::UsageRepository repo(*ws.value());
    const auto catalog = repo.catalog();
    for (int i = 0; i < events.size(); ++i) {
        UsageEvent& e = events[i];
        if (!e.listCostNano)
            e.listCostNano = Pricing::listCostNano(catalog.value(), e);
        if (e.callId.isEmpty())
            e.callId = QStringLiteral("call-%1").arg(i);
    }
    Store::Transaction tx(*ws.value());
    Store::ChangeSet changes;
    if (!tx.begin().ok() || !repo.insert(events, &changes).ok() || !repo.refreshDerived(changes).ok())
        qFatal("insert failed");
    for (const QString& s : sql) {
        QSqlQuery q(ws.value()->db());
        if (!q.exec(s))
            qFatal("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
    }
    if (!tx.commit().ok())
        qFatal("commit failed");
    PlainTaskContext ctx;
    auto d = Maturity::diagnose(*ws.value(), {}, ctx);
    if (!d.ok())
        qFatal("%s", qPrintable(d.error().toString()));
    return d.value();
}

Criterion criterion(const Diagnosis& d, const char* id)
{
    for (const Criterion& c : d.criteria)
        if (c.id == QLatin1String(id))
            return c;
    qFatal("no criterion %s", id);
}

QList<Maturity::Step> stepsOf(const Diagnosis& d, const char* id)
{
    QList<Maturity::Step> out;
    for (const Maturity::Step& s : d.steps)
        if (s.criterion == QLatin1String(id))
            out << s;
    return out;
}

const QString Budgets = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS budgets (cost_center TEXT PRIMARY KEY, monthly_nusd INTEGER NOT NULL)");
const QString Alerts = QStringLiteral("CREATE TABLE IF NOT EXISTS alert_rules (id INTEGER PRIMARY KEY, kind TEXT NOT "
                                      "NULL, scope TEXT NOT NULL DEFAULT '', threshold REAL NOT NULL, enabled INTEGER "
                                      "NOT NULL DEFAULT 1)");

#define CHECK_CRITERION(d, id, value, isMet)                                                                           \
    do {                                                                                                               \
        const Criterion c_ = criterion(d, id);                                                                         \
        QVERIFY2(c_.measured.has_value(), id);                                                                         \
        QVERIFY2(qFuzzyCompare(1.0 + *c_.measured, 1.0 + (value)),                                                     \
            qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(id)).arg(*c_.measured, 0, 'g', 12)));                \
        QCOMPARE(c_.met, isMet);                                                                                       \
    } while (false)

} // namespace

class TestMaturity : public QObject
{
    Q_OBJECT
private slots:
    void emptyWorkspace();
    void attributedSpend();
    void ownedSpendAndKeys();
    void pricedCalls();
    void taskAndOutcomeCoverage();
    void cacheHitRate();
    void routineOnSmall();
    void reworkTrend();
    void budgetAndAlertCoverage();
    void cascades();
    void circuitBreaker();
    void withinBudget();
    void fallingTrends();
    void levels();
    void json();
};

void TestMaturity::emptyWorkspace()
{
    const Diagnosis d = diagnose({});
    QCOMPARE(d.level, 1);
    QCOMPARE(d.days, 0);
    for (const Criterion& c : d.criteria) {
        QVERIFY2(!c.met, qPrintable(c.id));
        QVERIFY2(!c.measured, qPrintable(c.id));
    }
}

void TestMaturity::attributedSpend()
{
    // 900 of 1,000 nano attributed: exactly 90 % → met; 899 → 89.9 % → not met
    for (const auto& [attributed, met] : { std::pair { 900, true }, std::pair { 899, false } }) {
        const Diagnosis d = diagnose(
            { E().cost(attributed), E().cc({}).owner({}).key(QStringLiteral("shadow")).cost(1000 - attributed) });
        CHECK_CRITERION(d, "attributed_spend", attributed / 1000.0, met);
        QVERIFY(
            criterion(d, "attributed_spend").evidence.value(0).startsWith(QLatin1String("Unattributed key shadow: $")));
    }
    // the step names the key; attribution saves nothing by itself
    const Diagnosis d = diagnose({ E().cost(899), E().cc({}).key(QStringLiteral("shadow")).cost(101) });
    const auto steps = stepsOf(d, "attributed_spend");
    QCOMPARE(steps.size(), 1);
    QVERIFY2(steps[0].text.startsWith(QLatin1String("Attribute the 1 unclaimed API key(s) (shadow)")),
        qPrintable(steps[0].text));
    QVERIFY(!steps[0].savingsNanoPerMonth);
}

void TestMaturity::ownedSpendAndKeys()
{
    // owned spend: 90 of 100 → met, 89 → not
    for (const auto& [owned, met] : { std::pair { 90, true }, std::pair { 89, false } }) {
        const Diagnosis d = diagnose({ E().cost(owned), E().owner({}).cost(100 - owned) });
        CHECK_CRITERION(d, "owned_spend", owned / 100.0, met);
        // k1 has one call without an owner: the only key, not owned
        CHECK_CRITERION(d, "owned_keys", 0.0, false);
    }
    // keys: 8 of 10 owned (every call names an owner) → 80 % met; 7 of 9 → not
    QList<UsageEvent> keys;
    for (int i = 0; i < 8; ++i)
        keys << E().key(QStringLiteral("k%1").arg(i)).cost(10);
    keys << E().key(QStringLiteral("k8")).owner({}).cost(10);
    keys << E().key(QStringLiteral("k9")).cost(10) << E().key(QStringLiteral("k9")).owner({}).cost(1);
    CHECK_CRITERION(diagnose(keys), "owned_keys", 0.8, true);
    keys.removeFirst(); // 7 of 9 owned
    CHECK_CRITERION(diagnose(keys), "owned_keys", 7.0 / 9.0, false);
}

void TestMaturity::pricedCalls()
{
    // a bucket of 95 priced calls and one of 5 calls to a model not in the catalog: 95 % → met; 94/6 → not
    for (const auto& [priced, met] : { std::pair { 95, true }, std::pair { 94, false } }) {
        const Diagnosis d = diagnose({ E().calls(priced), E().model(QStringLiteral("acme-llm")).calls(100 - priced) });
        CHECK_CRITERION(d, "priced_calls", priced / 100.0, met);
    }
}

void TestMaturity::taskAndOutcomeCoverage()
{
    // calls: 8 with a task id of 10 → 80 % met; 7 → not. Tasks: 4 of 5 with an outcome → met; 3 of 4 → not
    for (const auto& [tasked, met] : { std::pair { 8, true }, std::pair { 7, false } }) {
        QList<UsageEvent> ev = times(10 - tasked, E());
        for (int i = 0; i < tasked; ++i)
            ev << E().task(QStringLiteral("t%1").arg(i));
        CHECK_CRITERION(diagnose(ev), "task_coverage", tasked / 10.0, met);
    }
    QList<UsageEvent> ev;
    for (int i = 0; i < 5; ++i)
        ev << E().task(QStringLiteral("t%1").arg(i), 1, i == 0 ? Outcome::Unknown : Outcome::Rework);
    CHECK_CRITERION(diagnose(ev), "outcome_coverage", 0.8, true);
    ev.removeLast();
    CHECK_CRITERION(diagnose(ev), "outcome_coverage", 0.75, false);
}

void TestMaturity::cacheHitRate()
{
    // gpt-4o calls of 2,000 input tokens, 600 read from cache: 30 % → met; 599 → not. A call of 1,000 input tokens
    // (below the 1,024-token minimum) is not a cacheable prompt and does not count.
    for (const auto& [read, met] : { std::pair { 600, true }, std::pair { 599, false } }) {
        const Diagnosis d = diagnose({ E().model(QStringLiteral("gpt-4o")).tokens(2000 - read, read, 10),
            E().model(QStringLiteral("gpt-4o")).tokens(1000, 0, 10) });
        CHECK_CRITERION(d, "cache_hit_rate", read / 2000.0, met);
    }
    // savings: Support sends 10 gpt-4o calls of 2,000 uncached tokens (20,000 cacheable, 0 % hit). Reaching 30 %:
    // 6,000 tokens a day at 2,500 − 1,250 nano = 7,500,000 nano a day, × 30 = 225,000,000 nano ($0.225) a month.
    const Diagnosis d
        = diagnose(times(10, E().cc(QStringLiteral("Support")).model(QStringLiteral("gpt-4o")).tokens(2000, 0, 10)));
    const auto steps = stepsOf(d, "cache_hit_rate");
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps[0].savingsNanoPerMonth, std::optional<qint64>(225'000'000));
    QVERIFY2(steps[0].text.startsWith(
                 QLatin1String("Turn on prompt caching for Support (a 30% hit rate): 600k input tokens a month")),
        qPrintable(steps[0].text));
}

void TestMaturity::routineOnSmall()
{
    // project "helpdesk" averages 100 output tokens a call: routine. 10 calls on gpt-4o-mini (small: $0.15 ≤ $1.00)
    // and 10 on gpt-4o → 50 % met; 9 and 11 → 45 % not met. Project "essays" (2,000 output tokens) is not routine.
    const E mini = E().project(QStringLiteral("helpdesk")).tokens(1000, 0, 100);
    const E large = E(mini).model(QStringLiteral("gpt-4o"));
    const E essay = E().project(QStringLiteral("essays")).model(QStringLiteral("gpt-4o")).tokens(1000, 0, 2000);
    CHECK_CRITERION(diagnose(times(10, mini) + times(10, large) + times(5, essay)), "routine_on_small", 0.5, true);
    const Diagnosis d = diagnose(times(9, mini) + times(11, large) + times(5, essay));
    CHECK_CRITERION(d, "routine_on_small", 9.0 / 20.0, false);
    // moving the 11 gpt-4o calls to gpt-4o-mini: each 1,000 × 2,500 + 100 × 10,000 = 3,500,000 nano → 1,000 × 150
    // + 100 × 600 = 210,000; saves 11 × 3,290,000 = 36,190,000 a day, × 30 = 1,085,700,000 nano a month
    const auto steps = stepsOf(d, "routine_on_small");
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps[0].savingsNanoPerMonth, std::optional<qint64>(1'085'700'000));
    QVERIFY2(steps[0].text.startsWith(QLatin1String(
                 "Move the routine calls of helpdesk (Engineering) from gpt-4o to gpt-4o-mini: 330 calls")),
        qPrintable(steps[0].text));
}

void TestMaturity::reworkTrend()
{
    // task cost 1,000: attempt 2 costs 100 → rework 10 % → met; 101 → 10.1 % → not met (no window before)
    for (const auto& [rework, met] : { std::pair { 100, true }, std::pair { 101, false } }) {
        const Diagnosis d = diagnose({ E().task(QStringLiteral("a"), 1, Outcome::Rework).cost(1000 - rework),
            E(Day0 + 10 * 3'600'000).task(QStringLiteral("a"), 2).cost(rework) });
        CHECK_CRITERION(d, "rework_trend", rework / 1000.0, met);
        QVERIFY(!criterion(d, "rework_trend").previous);
        if (!met) // halving Engineering's 101 nano of rework a day saves 50.5 × 30 = 1,515 nano a month
            QCOMPARE(stepsOf(d, "rework_trend").value(0).savingsNanoPerMonth, std::optional<qint64>(1515));
    }
    // 10.1 % but falling from 50 % in the 30 days before → met; the window is then 30 days long
    const Diagnosis d = diagnose({ E(Day0 - 30 * Day).task(QStringLiteral("b"), 1, Outcome::Rework).cost(500),
        E(Day0 - 30 * Day + 3'600'000).task(QStringLiteral("b"), 2).cost(500),
        E().task(QStringLiteral("a"), 1, Outcome::Rework).cost(899),
        E(Day0 + 10 * 3'600'000).task(QStringLiteral("a"), 2).cost(101) });
    CHECK_CRITERION(d, "rework_trend", 0.101, true);
    QCOMPARE(criterion(d, "rework_trend").previous, std::optional<double>(0.5));
    QCOMPARE(d.days, 30);
}

void TestMaturity::budgetAndAlertCoverage()
{
    // Engineering spends 800 of 1,000 and has a budget and an alert rule → 80 % met; 799 → not
    const QStringList sql { Budgets, Alerts, QStringLiteral("INSERT INTO budgets VALUES ('Engineering', 1000000)"),
        QStringLiteral("INSERT INTO alert_rules (kind, scope, threshold, enabled) VALUES ('budget_percent', "
                       "'Engineering', 0.8, 1)"),
        QStringLiteral("INSERT INTO alert_rules (kind, scope, threshold, enabled) VALUES ('spend_spike', '', 3, 0)") };
    for (const auto& [eng, met] : { std::pair { 800, true }, std::pair { 799, false } }) {
        const Diagnosis d = diagnose({ E().cost(eng), E().cc(QStringLiteral("Legal")).cost(1000 - eng) }, sql);
        CHECK_CRITERION(d, "budget_coverage", eng / 1000.0, met);
        CHECK_CRITERION(d, "alert_coverage", eng / 1000.0, met);
    }
    // an enabled workspace-wide rule (scope '') covers everything; no tables at all: nothing covered
    const Diagnosis all = diagnose({ E().cost(1), E().cc(QStringLiteral("Legal")).cost(9) },
        { Alerts, QStringLiteral("INSERT INTO alert_rules (kind, scope, threshold) VALUES ('spend_spike', '', 3)") });
    CHECK_CRITERION(all, "alert_coverage", 1.0, true);
    const Diagnosis none = diagnose({ E().cost(1) }, { QStringLiteral("DROP TABLE IF EXISTS budgets") });
    CHECK_CRITERION(none, "budget_coverage", 0.0, false);
}

void TestMaturity::cascades()
{
    // 20 tasks; one starts on gpt-4o-mini and escalates to gpt-4o: 1 / 20 = 5 % → met; 1 / 21 → not. A task that goes
    // from gpt-4o down to gpt-4o-mini is no cascade.
    for (const auto& [tasks, met] : { std::pair { 20, true }, std::pair { 21, false } }) {
        QList<UsageEvent> ev { E().task(QStringLiteral("t0"), 1, Outcome::Unknown),
            E(Day0 + 10 * 3'600'000).model(QStringLiteral("gpt-4o")).task(QStringLiteral("t0")),
            E().model(QStringLiteral("gpt-4o")).task(QStringLiteral("t1"), 1, Outcome::Unknown),
            E(Day0 + 10 * 3'600'000).task(QStringLiteral("t1")) };
        for (int i = 2; i < tasks; ++i)
            ev << E().task(QStringLiteral("t%1").arg(i));
        CHECK_CRITERION(diagnose(ev), "cascades", 1.0 / tasks, met);
    }
}

void TestMaturity::circuitBreaker()
{
    // one task of 100 calls → met; 101 calls (1,000 nano each) → not, and the call beyond the cap costs
    // 101,000 × 1 / 101 = 1,000 nano a day, × 30 = 30,000 a month
    for (const auto& [calls, met] : { std::pair { 100, true }, std::pair { 101, false } }) {
        const Diagnosis d = diagnose(times(calls, E().task(QStringLiteral("loop"), 1, Outcome::Unknown).cost(1000)));
        CHECK_CRITERION(d, "circuit_breaker", double(calls), met);
        if (!met)
            QCOMPARE(stepsOf(d, "circuit_breaker").value(0).savingsNanoPerMonth, std::optional<qint64>(30'000));
    }
}

void TestMaturity::withinBudget()
{
    // budget 24,000 nano a month; one day's 800 nano × 30 = 24,000 → held; 801 → 24,030 → over
    for (const auto& [spend, met] : { std::pair { 800, true }, std::pair { 801, false } }) {
        const Diagnosis d = diagnose(
            { E().cost(spend) }, { Budgets, QStringLiteral("INSERT INTO budgets VALUES ('Engineering', 24000)") });
        CHECK_CRITERION(d, "within_budget", met ? 1.0 : 0.0, met);
    }
}

void TestMaturity::fallingTrends()
{
    // three 30-day windows ending on Day0: rework 30 %, 20 %, 10 % → falling, change 0.1 / 0.3 − 1 = −2/3; CPSO
    // (1,000 nano per accepted task in each window) is flat → not falling. Then rework 30 %, 30 %, 10 % → not falling.
    auto windowEvents = [](qint64 dayStart, const QString& id, int reworkPermille) {
        return QList<UsageEvent> { E(dayStart + 9 * 3'600'000).task(id, 1, Outcome::Rework).cost(1000 - reworkPermille),
            E(dayStart + 10 * 3'600'000).task(id, 2).cost(reworkPermille) };
    };
    Diagnosis d = diagnose(windowEvents(Day0 - 60 * Day, QStringLiteral("a"), 300)
        + windowEvents(Day0 - 30 * Day, QStringLiteral("b"), 200) + windowEvents(Day0, QStringLiteral("c"), 100));
    CHECK_CRITERION(d, "rework_falling", 0.1 / 0.3 - 1.0, true);
    CHECK_CRITERION(d, "cpso_falling", 0.0, false);
    d = diagnose(windowEvents(Day0 - 60 * Day, QStringLiteral("a"), 300)
        + windowEvents(Day0 - 30 * Day, QStringLiteral("b"), 300) + windowEvents(Day0, QStringLiteral("c"), 100));
    CHECK_CRITERION(d, "rework_falling", 0.1 / 0.3 - 1.0, false);
}

void TestMaturity::levels()
{
    // Every call attributed, owned, priced, in an accepted first-attempt task, on gpt-4o-mini with half its 2,000-token
    // prompt read from cache: levels 2 and 3 met; without budgets and alerts level 4 is not → level 3.
    QList<UsageEvent> ev;
    for (int i = 0; i < 20; ++i)
        ev << E(Day0 + i * Minute).task(QStringLiteral("t%1").arg(i)).tokens(1000, 1000, 100);
    // one task escalates to gpt-4o (a cascade in 1 of 20 tasks)
    ev << E(Day0 + 30 * Minute).model(QStringLiteral("gpt-4o")).task(QStringLiteral("t0")).tokens(1000, 1000, 100);
    Diagnosis d = diagnose(
        ev, { QStringLiteral("DROP TABLE IF EXISTS budgets"), QStringLiteral("DROP TABLE IF EXISTS alert_rules") });
    QCOMPARE(d.level, 3);
    for (const Criterion& c : d.criteria)
        QVERIFY2(
            c.met == (c.level <= 3 || c.id == QLatin1String("cascades") || c.id == QLatin1String("circuit_breaker")),
            qPrintable(c.id));
    QVERIFY(!d.nextSteps().isEmpty());
    for (const Maturity::Step& s : d.nextSteps())
        QCOMPARE(s.level, 4);
    // with a budget and a workspace-wide alert rule: level 4 (level 5 needs three months of trends)
    const QStringList governance { Budgets, Alerts,
        QStringLiteral("INSERT INTO budgets VALUES ('Engineering', 1000000000)"),
        QStringLiteral("INSERT INTO alert_rules (kind, scope, threshold) VALUES ('spend_spike', '', 3)") };
    d = diagnose(ev, governance);
    QCOMPARE(d.level, 4);
    // one call without an owner breaks level 2: level 1, although levels 3 and 4 are still met
    ev << E(Day0 + 40 * Minute).key(QStringLiteral("k2")).owner({}).task(QStringLiteral("t99")).tokens(1000, 1000, 100);
    d = diagnose(ev, governance);
    QCOMPARE(criterion(d, "owned_keys").met, false);
    QCOMPARE(criterion(d, "budget_coverage").met, true);
    QCOMPARE(d.level, 1);
    QCOMPARE(d.nextSteps().value(0).level, 2);
}

void TestMaturity::json()
{
    const Diagnosis d = diagnose({ E().cost(899), E().cc({}).key(QStringLiteral("shadow")).cost(101) });
    const QJsonObject j = QJsonDocument::fromJson(Maturity::toJson(d)).object();
    QCOMPARE(j.value(QLatin1String("level")).toInt(), d.level);
    const QJsonArray criteria = j.value(QLatin1String("criteria")).toArray();
    QCOMPARE(criteria.size(), d.criteria.size());
    QJsonObject attributed;
    for (const auto& c : criteria)
        if (c.toObject().value(QLatin1String("id")).toString() == QLatin1String("attributed_spend"))
            attributed = c.toObject();
    QCOMPARE(attributed.value(QLatin1String("level")).toInt(), 2);
    QCOMPARE(attributed.value(QLatin1String("measured")).toDouble(), 0.899);
    QCOMPARE(attributed.value(QLatin1String("threshold")).toDouble(), 0.9);
    QCOMPARE(attributed.value(QLatin1String("met")).toBool(), false);
    // unmeasurable criteria are null, not 0
    for (const auto& c : criteria)
        if (c.toObject().value(QLatin1String("id")).toString() == QLatin1String("outcome_coverage"))
            QVERIFY(c.toObject().value(QLatin1String("measured")).isNull());
    const QJsonArray next = j.value(QLatin1String("next_steps")).toArray();
    QVERIFY(!next.isEmpty());
    QVERIFY(next.first().toObject().value(QLatin1String("text")).isString());
    QVERIFY(next.first().toObject().value(QLatin1String("savings_usd_per_month")).isDouble());
    QCOMPARE(j.value(QLatin1String("window")).toObject().value(QLatin1String("days")).toInt(), 1);
}

INFEROMETER_TEST_GUILESS_MAIN(TestMaturity)
#include "tst_maturity.moc"
