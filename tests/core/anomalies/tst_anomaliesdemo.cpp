// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "anomalytesting.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "core/demo/demogenerator.h"
#include "tests/support/testmain.h"

#include <QElapsedTimer>

using namespace AnomalyTesting;
using Anomalies::Anomaly;
using Anomalies::Kind;

// The demo workspace (Northwind Analytics, full 90 days) holds three planted stories: the research agent's loop night
// (2026-10-03, 4,500 chained calls), the support RAG's context bloat week (2026-09-12..18, 3× input tokens) and
// Marketing's untagged shadow keys (one of them new from 2026-08-27). The detectors find all three.
class TestAnomaliesDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loopNight();
    void ragBloatWeek();
    void shadowKeys();
    void summary();

private:
    QTemporaryDir m_dir;
    QList<Anomaly> m_found;
    QList<Anomaly> of(Kind k) const
    {
        QList<Anomaly> out;
        for (const Anomaly& a : m_found)
            if (a.kind == k)
                out << a;
        return out;
    }
};

void TestAnomaliesDemo::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.inferometer"));
    PlainTaskContext ctx;
    auto n = Demo::createWorkspace(path, {}, ctx);
    QVERIFY2(n, qPrintable(n ? QString() : n.error().toString()));
    auto ws = Store::Workspace::open(path);
    QVERIFY(ws);
    QElapsedTimer timer;
    timer.start();
    m_found = detect(*ws.value());
    qInfo() << "detection over" << n.value() << "events took" << timer.elapsed() << "ms";
    QVERIFY(!m_found.isEmpty());
}

void TestAnomaliesDemo::loopNight()
{
    const auto loops = of(Kind::AgentLoop);
    QCOMPARE(loops.size(), 1);
    const Anomaly& a = loops.first();
    QCOMPARE(a.where.value(QStringLiteral("task_id")), QStringLiteral("research-agent-loop-0001"));
    QCOMPARE(a.where.value(QStringLiteral("agent_id")), QStringLiteral("research-agent-7"));
    QCOMPARE(TimeUtil::toIso(a.startMs), QStringLiteral("2026-10-03T01:10:00.000Z"));
    QVERIFY(TimeUtil::toIso(a.endMs).startsWith(QLatin1String("2026-10-03T04:")));
    QCOMPARE(a.evidenceCalls, 4500);
    QCOMPARE(a.details.value(QStringLiteral("depth")), 4500.0);
    QVERIFY(a.excessCostNano && *a.excessCostNano > 100 * Usd);
    // the same night is a spend spike of the agents' key and of o3
    bool spike = false;
    for (const Anomaly& s : of(Kind::SpendSpike))
        spike = spike
            || (s.where.value(QStringLiteral("api_key")) == QLatin1String("key_eng_agents_01")
                && TimeUtil::toDate(s.startMs) == QLatin1String("2026-10-03"));
    QVERIFY(spike);
}

void TestAnomaliesDemo::ragBloatWeek()
{
    const auto bloat = of(Kind::ContextBloat);
    QCOMPARE(bloat.size(), 1);
    const Anomaly& a = bloat.first();
    QCOMPARE(a.where.value(QStringLiteral("project")), QStringLiteral("helpdesk-assistant"));
    QCOMPARE(TimeUtil::toIso(a.startMs), QStringLiteral("2026-09-12T00:00:00.000Z"));
    QCOMPARE(TimeUtil::toIso(a.endMs), QStringLiteral("2026-09-19T00:00:00.000Z"));
    QVERIFY(a.ratio() > 2.5 && a.ratio() < 3.5);
}

void TestAnomaliesDemo::shadowKeys()
{
    QMap<QString, Anomaly> byKey;
    for (const Anomaly& a : of(Kind::ShadowSpend))
        byKey.insert(a.where.value(QStringLiteral("api_key")), a);
    QCOMPARE(byKey.keys(),
        (QStringList { QStringLiteral("sk-…Qm7f"), QStringLiteral("sk-…Zp02"), QStringLiteral("sk-…a91X") }));
    QCOMPARE(TimeUtil::toDate(byKey.value(QStringLiteral("sk-…Zp02")).startMs), QStringLiteral("2026-08-27"));
    QCOMPARE(byKey.value(QStringLiteral("sk-…Zp02")).details.value(QStringLiteral("new")), 1.0);
    QCOMPARE(byKey.value(QStringLiteral("sk-…Qm7f")).details.value(QStringLiteral("new")), 0.0);
    // Sales is attributed through the workspace's rules: its keys are not shadow spend
    QVERIFY(!byKey.contains(QStringLiteral("key_sales_01")));
}

void TestAnomaliesDemo::summary()
{
    QMap<QString, int> counts;
    for (const Anomaly& a : m_found) {
        ++counts[Anomalies::kindName(a.kind)];
        qInfo().noquote() << Anomalies::kindName(a.kind) << Anomalies::severityName(a.severity)
                          << TimeUtil::toIso(a.startMs) << TimeUtil::toIso(a.endMs) << a.where
                          << (a.excessCostNano ? Money::formatUsd(*a.excessCostNano) : QStringLiteral("?"))
                          << a.evidenceCalls;
    }
    qInfo() << counts;
    // one unpriced model in the demo's catalog gap, no retry storm planted
    QCOMPARE(counts.value(QStringLiteral("retry_storm")), 0);
    QCOMPARE(counts.value(QStringLiteral("unpriced")), 1);
}

INFEROMETER_TEST_GUILESS_MAIN(TestAnomaliesDemo)
#include "tst_anomaliesdemo.moc"
