// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "budgetstesting.h"

#include "core/budgets/budgetrepository.h"
#include "core/budgets/budgetstatus.h"
#include "core/common/timeutil.h"
#include "core/store/schema.h"
#include "tests/support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace BudgetsTesting;
using Budgets::AlertCrossing;
using Budgets::BudgetRepository;

namespace {

constexpr double Z90 = 1.2815515655446004;

std::unique_ptr<Store::Workspace> handBuilt(const QTemporaryDir& dir)
{
    auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("b.inferometer")));
    if (!ws || !insert(*ws.value(), events()))
        return {};
    BudgetRepository repo(*ws.value());
    if (!repo.setBudget(QStringLiteral("Eng"), 1000 * Usd) || !repo.setBudget(QStringLiteral("Ops"), 100 * Usd))
        return {};
    if (!repo.addAlertRule({ 0, QStringLiteral("budget_percent"), QStringLiteral("Eng"), 0.05, true }))
        return {};
    return std::move(ws).value();
}

QString describe(const QList<AlertCrossing>& list)
{
    QStringList out;
    for (const AlertCrossing& a : list)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(a.kind)
                   .arg(a.threshold)
                   .arg(TimeUtil::toDate(a.dayMs), a.atMs ? TimeUtil::toIso(*a.atMs) : QStringLiteral("-"));
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestBudgets : public QObject
{
    Q_OBJECT
private slots:
    void migratesFromVersion3();
    void defaultRulesFollowBudgets();
    void forecastByHand();
    void forecastWeekdayProfile();
    void forecastEdgeCases();
    void evaluateByHand();
    void defaultAsOfIsLastEventDay();
    void emptyWorkspace();
    void json();
};

void TestBudgets::migratesFromVersion3()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.inferometer"));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Store::migrate(db, path, 3).ok());
        QCOMPARE(Store::schemaVersion(db), 3);
        QVERIFY(!db.tables().contains(QStringLiteral("budgets")));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO attribution_rules (position, field, pattern, cost_center, team, "
                                      "owner) VALUES (0, 'api_key', 'k*', 'Ops', '', '')")));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    QVERIFY(ws.ok());
    QCOMPARE(Store::schemaVersion(ws.value()->db()), Store::SchemaVersion); // through version 4 to the current one
    QVERIFY(ws.value()->db().tables().contains(QStringLiteral("budgets")));
    QVERIFY(ws.value()->db().tables().contains(QStringLiteral("alert_rules")));
    QSqlQuery q(ws.value()->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM attribution_rules")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // version 3's data kept
    BudgetRepository repo(*ws.value());
    QCOMPARE(repo.budgets().value().size(), 0);
    QCOMPARE(repo.alertRules().value().size(), 0);
    QVERIFY(repo.setBudget(QStringLiteral("Ops"), 250 * Usd).ok());
    QCOMPARE(repo.budgets().value(), (QList<Budgets::Budget> { { QStringLiteral("Ops"), 250 * Usd } }));
}

void TestBudgets::defaultRulesFollowBudgets()
{
    QTemporaryDir dir;
    auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("r.inferometer")));
    QVERIFY(ws.ok());
    BudgetRepository repo(*ws.value());
    QVERIFY(repo.setBudget(QStringLiteral("Ops"), 100 * Usd).ok());
    auto rules = repo.alertRules().value();
    QCOMPARE(rules.size(), 4);
    QCOMPARE(rules[0].kind, QStringLiteral("budget_percent"));
    QCOMPARE(rules[0].threshold, 0.8);
    QCOMPARE(rules[1].threshold, 0.9);
    QCOMPARE(rules[2].threshold, 1.0);
    QCOMPARE(rules[3].kind, QStringLiteral("forecast_breach"));
    QCOMPARE(rules[3].scope, QStringLiteral("Ops"));
    // a changed amount keeps the rules (no duplicates); the user's disabled rule stays disabled
    QVERIFY(repo.setRuleEnabled(rules[0].id, false).ok());
    QVERIFY(repo.setBudget(QStringLiteral("Ops"), 120 * Usd).ok());
    rules = repo.alertRules().value();
    QCOMPARE(rules.size(), 4);
    QVERIFY(!rules[0].enabled);
    // an anomaly rule is not a budget rule: removing the budget leaves it
    QVERIFY(repo.addAlertRule({ 0, QStringLiteral("spend_spike"), QString(), 4.0, true }).ok());
    QVERIFY(repo.replaceBudgets({ { QStringLiteral("Eng"), 5 * Usd } }).ok());
    QCOMPARE(repo.budgets().value(), (QList<Budgets::Budget> { { QStringLiteral("Eng"), 5 * Usd } }));
    rules = repo.alertRules().value();
    QCOMPARE(rules.size(), 5); // Eng's four defaults + spend_spike
    QCOMPARE(rules[0].kind, QStringLiteral("spend_spike"));
    for (int i = 1; i < 5; ++i)
        QCOMPARE(rules[i].scope, QStringLiteral("Eng"));
    QVERIFY(repo.setBudget(QStringLiteral("Eng"), 0).ok());
    QCOMPARE(repo.budgets().value().size(), 0);
    QCOMPARE(repo.alertRules().value().size(), 1);
}

void TestBudgets::forecastByHand()
{
    // daily 10, 30, 10, 30, 20 (USD) of a 30-day month: mtd 100, mean 20, central 100 × 30 / 5 = 600;
    // sample sd: deviations −10, 10, −10, 10, 0 → 400 / 4 = 100 → s = 10; remaining 25 → √25 = 5;
    // half width 1.2815515655446004 × 10 × 5 = 64.07757827723 → 64'077'578'277 nano
    const auto f = Budgets::forecastMonth({ 10 * Usd, 30 * Usd, 10 * Usd, 30 * Usd, 20 * Usd }, 30);
    QCOMPARE(f.centralNano, 600 * Usd);
    QCOMPARE(f.dailySigmaNano, 10.0 * Usd);
    QCOMPARE(f.lowNano, 600 * Usd - 64'077'578'277);
    QCOMPARE(f.highNano, 600 * Usd + 64'077'578'277);
}

void TestBudgets::forecastWeekdayProfile()
{
    // a 30-day month starting on a Monday, one week in: 100 a working day, 10 a weekend day (mtd 520). The 23
    // remaining days (8th–30th) are 17 working days and 6 weekend days: 520 + 17 × 100 + 6 × 10 = 2,280 (the flat
    // mean would say 520 × 30 / 7 = 2,228.57); every day equals its kind's mean, so s = 0 and the interval is a point
    const QList<qint64> week { 100 * Usd, 100 * Usd, 100 * Usd, 100 * Usd, 100 * Usd, 10 * Usd, 10 * Usd };
    const auto f = Budgets::forecastMonth(week, 30, 1);
    QCOMPARE(f.centralNano, 2'280 * Usd);
    QCOMPARE(f.dailySigmaNano, 0.0);
    QCOMPARE(f.lowNano, 2'280 * Usd);
    QCOMPARE(f.highNano, 2'280 * Usd);
    QCOMPARE(Budgets::forecastMonth(week, 30).centralNano, 2'228'571'428'571);
    // only working days seen so far (Monday to Wednesday): weekends take the mean of all days, 100
    QCOMPARE(Budgets::forecastMonth(week.mid(0, 3), 30, 1).centralNano, 3'000 * Usd);
    // a month starting on a Saturday: the first two days are the weekend kind
    QCOMPARE(
        Budgets::forecastMonth({ 10 * Usd, 10 * Usd, 100 * Usd }, 7, 6).centralNano, (10 + 10 + 100 + 4 * 100) * Usd);
}

void TestBudgets::forecastEdgeCases()
{
    // one day: no spread known → a point forecast; 31-day month: 7 × 31 = 217
    auto one = Budgets::forecastMonth({ 7 * Usd }, 31);
    QCOMPARE(one.centralNano, 217 * Usd);
    QCOMPARE(one.lowNano, 217 * Usd);
    QCOMPARE(one.highNano, 217 * Usd);
    // the whole month: the forecast is what was spent
    QList<qint64> all(28, 0);
    all[0] = 50 * Usd;
    all[27] = 6 * Usd;
    auto full = Budgets::forecastMonth(all, 28);
    QCOMPARE(full.centralNano, 56 * Usd);
    QCOMPARE(full.lowNano, 56 * Usd);
    QCOMPARE(full.highNano, 56 * Usd);
    // 0, 2 of a 31-day month: central 2 × 31 / 2 = 31; s = √2, half = 1.28155 × √2 × √29 = 9.760…
    auto spread = Budgets::forecastMonth({ 0, 2 * Usd }, 31);
    QCOMPARE(spread.centralNano, 31 * Usd);
    QCOMPARE(spread.lowNano, 31 * Usd - std::llround(Z90 * std::sqrt(2.0) * Usd * std::sqrt(29.0)));
    auto clamp = Budgets::forecastMonth({ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30 * Usd }, 16);
    // the low end never goes below month-to-date: 14 zero days then 30 of a 16-day month: central 30 × 16 / 15 = 32;
    // s² = (14 × 2² + 28²) / 14 = 60, half = 1.28155 × 7.746 × √1 = 9.93 → low = max(30, 22.07) = 30
    QCOMPARE(clamp.centralNano, 32 * Usd);
    QCOMPARE(clamp.lowNano, 30 * Usd);
    QVERIFY(clamp.highNano > 32 * Usd);
    QCOMPARE(Budgets::forecastMonth({}, 30).centralNano, 0);
}

void TestBudgets::evaluateByHand()
{
    QTemporaryDir dir;
    auto ws = handBuilt(dir);
    QVERIFY(ws);
    PlainTaskContext ctx;
    // any time of 09-05; forecast breaches judged from the first day on (the default waits for a week)
    auto rep = Budgets::evaluate(*ws, Sep1 + 4 * Day + 17 * Hour, ctx, 1);
    QVERIFY(rep.ok());
    QCOMPARE(rep.value().asOfDayMs, Sep1 + 4 * Day);
    QCOMPARE(rep.value().rows.size(), 2);

    // Eng: 08-31 and 09-06 are outside; daily 10, 30, 10, 30, 20 (Tue–Sat). Weekday profile: working days 10, 30,
    // 10, 30 (mean 20), Saturday 20 (mean 20); the 25 remaining days are 18 working days and 7 weekend days:
    // central 100 + 18 × 20 + 7 × 20 = 600; deviations −10, 10, −10, 10 | 0 → 400 / (5 − 2 kinds) → s = 11.547;
    // half = 1.2815515655446004 × 11.547 × √25 = 73.990414135 USD
    const Budgets::BudgetStatus& eng = rep.value().rows[0];
    QCOMPARE(eng.costCenter, QStringLiteral("Eng"));
    QCOMPARE(eng.monthStartMs, Sep1);
    QCOMPARE(eng.daysInMonth, 30);
    QCOMPARE(eng.daysElapsed, 5);
    QCOMPARE(eng.dailyNano, (QList<qint64> { 10 * Usd, 30 * Usd, 10 * Usd, 30 * Usd, 20 * Usd }));
    QCOMPARE(eng.mtdNano, 100 * Usd);
    QCOMPARE(eng.mtdCalls, 6);
    QCOMPARE(eng.spentFraction(), 0.1);
    QCOMPARE(eng.forecast.centralNano, 600 * Usd);
    QCOMPARE(eng.forecast.lowNano, 600 * Usd - 73'990'414'135);
    // only its own 5 % rule fires: cumulative 10, 40, 50 → 50 = 5 % of 1,000 on 09-03 at 12:00; forecast 600 < 1,000
    QCOMPARE(describe(eng.alerts), QStringLiteral("budget_percent 0.05 2026-09-03 2026-09-03T12:00:00.000Z"));
    QVERIFY(!eng.breaker.tripped);

    // Ops: daily 2, 3, 80, 20, 7 → mtd 112; calls 2+1+1+1+1+1+4+2+3 = 16, 3 unpriced
    const Budgets::BudgetStatus& ops = rep.value().rows[1];
    QCOMPARE(ops.costCenter, QStringLiteral("Ops"));
    QCOMPARE(ops.dailyNano, (QList<qint64> { 2 * Usd, 3 * Usd, 80 * Usd, 20 * Usd, 7 * Usd }));
    QCOMPARE(ops.mtdNano, 112 * Usd);
    QCOMPARE(ops.mtdCalls, 16);
    QCOMPARE(ops.unpricedCalls, 3);
    QCOMPARE(ops.spentFraction(), 1.12);
    // working days 2, 3, 80, 20 (mean 26.25), Saturday 7: central 112 + 18 × 26.25 + 7 × 7 = 633.5;
    // squared deviations 588.0625 + 540.5625 + 2889.0625 + 39.0625 | 0 = 4056.75, s² = 4056.75 / 3 = 1352.25,
    // s = 36.77295…; half = 1.2815515655446004 × s × 5 = 235.632171132 USD
    QCOMPARE(ops.forecast.centralNano, 633'500'000'000);
    QCOMPARE(ops.forecast.lowNano, 633'500'000'000 - 235'632'171'132);
    QCOMPARE(ops.forecast.highNano, 633'500'000'000 + 235'632'171'132);
    // cumulative by call: 2, 5, 75, 85 (09-03 18:30 ≥ 80), 90 (09-04 07:15 = 90), 102 (09-04 14:05 ≥ 100);
    // forecast breach: first on 09-03 (3 working days, no weekend seen yet: 85 / 3 × 30 = 850 > 100; 09-02:
    // 5 / 2 × 30 = 75 ≤ 100), judged at the end of the day, so after that day's crossings
    QCOMPARE(describe(ops.alerts),
        QStringLiteral("budget_percent 0.8 2026-09-03 2026-09-03T18:30:00.000Z; forecast_breach 1 2026-09-03 -; "
                       "budget_percent 0.9 2026-09-04 2026-09-04T07:15:00.000Z; "
                       "budget_percent 1 2026-09-04 2026-09-04T14:05:00.000Z"));
    // the breaker stops after the $12 call at 14:05: blocked $3 (4 calls) + $7 (2 calls) + unpriced (3 calls)
    QVERIFY(ops.breaker.tripped);
    QCOMPARE(ops.breaker.atMs, Sep1 + 3 * Day + 14 * Hour + 5 * Minute);
    QCOMPARE(ops.breaker.blockedNano, 10 * Usd);
    QCOMPARE(ops.breaker.blockedCalls, 9);

    // a disabled rule does not fire; as of 09-03 the breaker has not tripped yet and 100 % is not reached
    BudgetRepository repo(*ws);
    const QList<Budgets::AlertRule> rules = repo.alertRules().value();
    for (const Budgets::AlertRule& r : rules)
        if (r.scope == QLatin1String("Ops") && r.threshold == 0.8)
            QVERIFY(repo.setRuleEnabled(r.id, false).ok());
    auto early = Budgets::evaluate(*ws, Sep1 + 2 * Day, ctx, 1);
    QVERIFY(early.ok());
    const Budgets::BudgetStatus& ops3 = early.value().rows[1];
    QCOMPARE(ops3.mtdNano, 85 * Usd);
    QCOMPARE(ops3.forecast.centralNano, 850 * Usd); // 85 × 30 / 3
    QCOMPARE(describe(ops3.alerts), QStringLiteral("forecast_breach 1 2026-09-03 -"));
    QVERIFY(!ops3.breaker.tripped);
    // by default the forecast is judged from day 7: as of 09-05 only the crossings of spend remain
    auto byDefault = Budgets::evaluate(*ws, Sep1 + 4 * Day, ctx);
    QCOMPARE(describe(byDefault.value().rows[1].alerts),
        QStringLiteral("budget_percent 0.9 2026-09-04 2026-09-04T07:15:00.000Z; "
                       "budget_percent 1 2026-09-04 2026-09-04T14:05:00.000Z"));
}

void TestBudgets::defaultAsOfIsLastEventDay()
{
    QTemporaryDir dir;
    auto ws = handBuilt(dir);
    QVERIFY(ws);
    PlainTaskContext ctx;
    auto rep = Budgets::evaluate(*ws, std::nullopt, ctx);
    QVERIFY(rep.ok());
    QCOMPARE(rep.value().asOfDayMs, Sep1 + 5 * Day); // Eng's $400 on 09-06
    QCOMPARE(rep.value().rows[0].mtdNano, 500 * Usd);
    QCOMPARE(rep.value().rows[0].daysElapsed, 6);
    // the previous month as of its last day: Eng's $500 on 08-31, forecast = spend (no days left)
    auto aug = Budgets::evaluate(*ws, Sep1 - 1, ctx);
    QCOMPARE(aug.value().rows[0].mtdNano, 500 * Usd);
    QCOMPARE(aug.value().rows[0].daysInMonth, 31);
    QCOMPARE(aug.value().rows[0].forecast.highNano, 500 * Usd);
    QCOMPARE(aug.value().rows[1].mtdNano, 0);
    QVERIFY(aug.value().unbudgeted.isEmpty());
    // without Ops's budget, Ops is listed with its month-to-date as of 09-05
    QVERIFY(BudgetRepository(*ws).setBudget(QStringLiteral("Ops"), 0).ok());
    auto noOps = Budgets::evaluate(*ws, Sep1 + 4 * Day, ctx);
    QCOMPARE(noOps.value().rows.size(), 1);
    QCOMPARE(noOps.value().unbudgeted, (QList<std::pair<QString, qint64>> { { QStringLiteral("Ops"), 112 * Usd } }));
}

void TestBudgets::emptyWorkspace()
{
    QTemporaryDir dir;
    auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("e.inferometer")));
    QVERIFY(ws.ok());
    QVERIFY(BudgetRepository(*ws.value()).setBudget(QStringLiteral("Eng"), Usd).ok());
    PlainTaskContext ctx;
    auto rep = Budgets::evaluate(*ws.value(), std::nullopt, ctx);
    QVERIFY(rep.ok());
    QVERIFY(rep.value().empty);
    QCOMPARE(rep.value().rows.size(), 0);
    ctx.cancel();
    auto canceled = Budgets::evaluate(*ws.value(), Sep1, ctx);
    QVERIFY(!canceled.ok());
    QCOMPARE(canceled.error().code, Error::Code::Canceled);
}

void TestBudgets::json()
{
    QTemporaryDir dir;
    auto ws = handBuilt(dir);
    QVERIFY(ws);
    PlainTaskContext ctx;
    auto rep = Budgets::evaluate(*ws, Sep1 + 4 * Day, ctx, 1);
    const QJsonObject root = QJsonDocument::fromJson(Budgets::reportToJson(rep.value())).object();
    QCOMPARE(root.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-09-05"));
    const QJsonObject ops = root.value(QStringLiteral("budgets")).toArray().at(1).toObject();
    QCOMPARE(ops.value(QStringLiteral("month")).toString(), QStringLiteral("2026-09"));
    QCOMPARE(ops.value(QStringLiteral("mtd_usd")).toDouble(), 112.0);
    QCOMPARE(ops.value(QStringLiteral("forecast")).toObject().value(QStringLiteral("central_usd")).toDouble(), 633.5);
    const QJsonObject breaker = ops.value(QStringLiteral("breaker")).toObject();
    QCOMPARE(breaker.value(QStringLiteral("at")).toString(), QStringLiteral("2026-09-04T14:05:00.000Z"));
    QCOMPARE(breaker.value(QStringLiteral("blocked_usd")).toDouble(), 10.0);
    QCOMPARE(breaker.value(QStringLiteral("blocked_calls")).toInt(), 9);
    QCOMPARE(ops.value(QStringLiteral("alerts")).toArray().size(), 4);
    QVERIFY(root.value(QStringLiteral("budgets")).toArray().at(0).toObject().value(QStringLiteral("breaker")).isNull());
}

INFEROMETER_TEST_GUILESS_MAIN(TestBudgets)
#include "tst_budgets.moc"
