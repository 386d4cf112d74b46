// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Monthly chargeback statements against cases worked out by hand: the three allocation rules on one month whose
// amounts round awkwardly, every statement adding up to the month's total to the cent (largest remainder), the lines
// of a statement adding up to it, and the rules a fixed allocation must keep; the demo's October 2026 adds up too.
#include "core/export/chargeback.h"

#include "core/demo/demogenerator.h"
#include "core/pricing/costengine.h"
#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Export;

namespace {

constexpr qint64 Oct1 = 1'790'812'800'000; // 2026-10-01T00:00:00Z

UsageEvent spend(qint64 t, const char* costCenter, const char* team, const char* model, qint64 nano)
{
    UsageEvent e;
    e.timeMs = t;
    e.provider = QStringLiteral("openai");
    e.model = QString::fromLatin1(model);
    e.costCenter = QString::fromLatin1(costCenter);
    e.team = QString::fromLatin1(team);
    e.tokens.uncachedInput = 100;
    e.reportedCostNano = nano;
    e.source = QStringLiteral("test");
    return e;
}

} // namespace

class TestChargeback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Store::Workspace::open(m_dir.filePath(QStringLiteral("c.inferometer")));
        QVERIFY(ws.ok());
        Store::UsageRepository repo(*ws.value());
        // October 2026: Engineering $10.004 (two models, two teams), Support $5.001, nobody's $0.01; and a September
        // call that is not October's
        QList<UsageEvent> events { spend(Oct1 + 1000, "Engineering", "Platform", "gpt-4o", 6'000'000'000),
            spend(Oct1 + 2000, "Engineering", "Research", "gpt-4.1", 4'004'000'000),
            spend(Oct1 + 3000, "Support", "Bot", "gpt-4o-mini", 5'001'000'000),
            spend(Oct1 + 4000, "", "", "gpt-4o", 10'000'000),
            spend(Oct1 - 1000, "Support", "Bot", "gpt-4o-mini", 99'000'000'000) };
        const auto catalog = repo.catalog();
        for (int i = 0; i < events.size(); ++i) {
            events[i].listCostNano = Pricing::listCostNano(catalog.value(), events[i]);
            events[i].callId = QStringLiteral("c%1").arg(i);
        }
        Store::Transaction tx(*ws.value());
        Store::ChangeSet changes;
        QVERIFY(tx.begin().ok() && repo.insert(events, &changes).ok() && repo.refreshDerived(changes).ok());
        QVERIFY(tx.commit().ok());
        m_ws = std::move(ws.value());
    }

    void proportional()
    {
        const auto c = chargeback(*m_ws, 2026, 10, {});
        QVERIFY(c.ok());
        // $15.015 in the month: 1,501.5 cents, 1,502 rounded half up; $0.01 nobody's
        QCOMPARE(c.value().totalCents, qint64(1502));
        QCOMPARE(c.value().unownedCents, qint64(1));
        QCOMPARE(c.value().statements.size(), 2);
        // Engineering 10.004 + 0.01 x 10.004/15.005 = 1,001.0667 cents, Support 5.001 + 0.01 x 5.001/15.005 =
        // 500.4333: 1,001 + 500 = 1,501, the cent left goes to the larger remainder, Support's
        const Statement& eng = c.value().statements[0];
        const Statement& sup = c.value().statements[1];
        QCOMPARE(eng.costCenter, QStringLiteral("Engineering"));
        QCOMPARE(eng.totalCents(), qint64(1001));
        QCOMPARE(sup.totalCents(), qint64(501));
        // within Engineering: direct 1,000.4 and shared 0.6667 cents: 1,000 + 0, the cent to the shared remainder
        QCOMPARE(eng.directCents, qint64(1000));
        QCOMPARE(eng.sharedCents, qint64(1));
        // its models: $6.00 and $4.004 → 600 and 400.4 → 600 + 400 = 1,000
        QCOMPARE(eng.byModel.size(), 2);
        QCOMPARE(eng.byModel[0].item, QStringLiteral("gpt-4o"));
        QCOMPARE(eng.byModel[0].cents, qint64(600));
        QCOMPARE(eng.byModel[1].cents, qint64(400));
        QCOMPARE(eng.byTeam[0].item, QStringLiteral("Platform"));
        QCOMPARE(sup.directCents, qint64(500));
        QCOMPARE(sup.sharedCents, qint64(1));
    }

    void evenAndFixed()
    {
        AllocationRule even;
        even.kind = AllocationRule::Kind::Even;
        // 10.004 + 0.005 = 1,000.9 cents, 5.001 + 0.005 = 500.6: floors 1,500, both remainders take a cent
        auto c = chargeback(*m_ws, 2026, 10, even);
        QCOMPARE(c.value().statements[0].totalCents(), qint64(1001));
        QCOMPARE(c.value().statements[1].totalCents(), qint64(501));
        const auto cc = costCentersWithSpend(*m_ws, 2026, 10);
        QCOMPARE(cc.value(), (QStringList { QStringLiteral("Engineering"), QStringLiteral("Support") }));
        auto fixed = parseAllocation(QStringLiteral("fixed:Engineering=70,Support=30"), cc.value());
        QVERIFY(fixed.ok());
        QCOMPARE(fixed.value().basisPoints.value(QStringLiteral("Engineering")), qint64(7000));
        // 10.004 + 0.007 = 1,001.1 cents, 5.001 + 0.003 = 500.4: the cent to Support
        c = chargeback(*m_ws, 2026, 10, fixed.value());
        QCOMPARE(c.value().statements[0].totalCents(), qint64(1001));
        QCOMPARE(c.value().statements[1].totalCents(), qint64(501));
        QCOMPARE(fixed.value().toString(), QStringLiteral("fixed:Engineering=70.00,Support=30.00"));
        QVERIFY(fixed.value().description().contains(QStringLiteral("Engineering 70.00%")));
    }

    void fixedRulesRefused()
    {
        const QStringList cc { QStringLiteral("Engineering"), QStringLiteral("Support") };
        auto refused = [&cc](const char* text, const char* reason) {
            const auto r = parseAllocation(QString::fromLatin1(text), cc);
            QVERIFY2(!r.ok(), text);
            QVERIFY2(r.error().message.contains(QString::fromUtf8(reason)), qPrintable(r.error().message));
            QCOMPARE(r.error().field, QStringLiteral("allocate"));
        };
        refused("fixed:Engineering=70,Legal=30", "“Legal” is not a cost center with spend this month");
        refused("fixed:Engineering=70,Support=20", "add up to 90.00%, not 100%");
        refused("fixed:Engineering=70,Engineering=30", "named twice");
        refused("fixed:Engineering", "is not COST_CENTER=PERCENT");
        refused("fixed:Engineering=0,Support=100", "is not COST_CENTER=PERCENT");
        refused("weighted", "proportional, even or fixed");
        QVERIFY(parseAllocation(QStringLiteral("fixed:Engineering=33.33,Support=66.67"), cc).ok());
        QVERIFY(!parseAllocation(QStringLiteral("fixed:Engineering=33.333,Support=66.667"), cc).ok());
    }

    void csv()
    {
        const auto c = chargeback(*m_ws, 2026, 10, {});
        const QString text = QString::fromUtf8(chargebackCsv(c.value()));
        QVERIFY(text.startsWith(QStringLiteral("cost_center,section,item,usd\n")));
        QVERIFY(text.contains(QStringLiteral("Engineering,direct-model,gpt-4o,6.00\n")));
        QVERIFY(text.contains(QStringLiteral("Engineering,shared,proportional,0.01\n")));
        QVERIFY(text.contains(QStringLiteral("Support,total,,5.01\n")));
        QVERIFY(text.contains(QStringLiteral(",month-total,2026-10,15.02\n")));
    }

    void demoOctoberAddsUp()
    {
        QTemporaryDir dir;
        const QString demo = dir.filePath(QStringLiteral("demo.inferometer"));
        PlainTaskContext ctx;
        Demo::Options opt;
        opt.volume = 0.2;
        QVERIFY(Demo::createWorkspace(demo, opt, ctx).ok());
        auto ws = Store::Workspace::open(demo, Store::Workspace::Mode::OpenExisting);
        QVERIFY(ws.ok());
        // the month's spend straight from the events, in nano-dollars, rounded to the cent once
        QSqlQuery q(ws.value()->db());
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(COALESCE(reported_cost_nusd, list_cost_nusd)), "
                                      "SUM(CASE WHEN cost_center = '' THEN COALESCE(reported_cost_nusd, "
                                      "list_cost_nusd) END) FROM events WHERE time_ms >= %1 AND time_ms < %2")
                           .arg(Oct1)
                           .arg(Oct1 + 31 * 86'400'000LL)));
        QVERIFY(q.next());
        const qint64 nano = q.value(0).toLongLong(), unownedNano = q.value(1).toLongLong();
        QVERIFY(unownedNano > 0); // the demo's untagged Marketing keys
        for (const char* rule : { "proportional", "even" }) {
            const auto c = chargeback(*ws.value(), 2026, 10, parseAllocation(QString::fromLatin1(rule), {}).value());
            QVERIFY(c.ok());
            QCOMPARE(c.value().totalCents, (nano + 5'000'000) / 10'000'000);
            qint64 sum = 0, shared = 0;
            for (const Statement& s : c.value().statements) {
                sum += s.totalCents();
                shared += s.sharedCents;
                qint64 models = 0, teams = 0;
                for (const AmountLine& l : s.byModel)
                    models += l.cents;
                for (const AmountLine& l : s.byTeam)
                    teams += l.cents;
                QCOMPARE(models, s.directCents);
                QCOMPARE(teams, s.directCents);
            }
            QCOMPARE(sum, c.value().totalCents); // never a lost or invented cent
            QVERIFY(qAbs(shared - c.value().unownedCents) <= c.value().statements.size());
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Workspace> m_ws;
};

INFEROMETER_TEST_GUILESS_MAIN(TestChargeback)
#include "tst_chargeback.moc"
