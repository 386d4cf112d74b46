// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/report.h"
#include "core/attribution/rules.h"
#include "core/import/fileimporter.h"
#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Attribution::Rule;
using Attribution::RuleSet;

class TestAttribution : public QObject
{
    Q_OBJECT
private slots:
    void matching_data();
    void matching();
    void sourceAttributionWins();
    void validate();
    void appliedAtImportAndReapplied();
};

namespace {

UsageEvent makeEvent(const QString& key, const QString& project = {})
{
    UsageEvent e;
    e.model = QStringLiteral("gpt-4o-mini");
    e.apiKey = key;
    e.project = project;
    return e;
}

const QList<Rule> Rules {
    { QStringLiteral("api_key"), QStringLiteral("key_eng_*"), QStringLiteral("Engineering"), QStringLiteral("Platform"),
        QStringLiteral("priya") },
    { QStringLiteral("workspace_id"), QStringLiteral("wrkspc_legal"), QStringLiteral("Legal"), {},
        QStringLiteral("helen") },
    { QStringLiteral("api_key"), QStringLiteral("*"), QStringLiteral("Catch-all"), {}, {} },
};

} // namespace

void TestAttribution::matching_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<int>("rule");
    QTest::addRow("glob prefix") << QStringLiteral("key_eng_42") << QString() << 0;
    QTest::addRow("glob is case-insensitive") << QStringLiteral("KEY_ENG_7") << QString() << 0;
    QTest::addRow("glob is anchored") << QStringLiteral("old_key_eng_1") << QString() << 2;
    QTest::addRow("attribute rule") << QStringLiteral("sk-x") << QStringLiteral("wrkspc_legal") << 1;
    QTest::addRow("first match wins") << QStringLiteral("key_eng_1") << QStringLiteral("wrkspc_legal") << 0;
    QTest::addRow("catch-all needs a value") << QString() << QString() << -1;
}

void TestAttribution::matching()
{
    QFETCH(QString, key);
    QFETCH(QString, workspace);
    QFETCH(int, rule);
    UsageEvent e = makeEvent(key);
    if (!workspace.isEmpty())
        e.attributes.insert(QStringLiteral("workspace_id"), workspace);
    const RuleSet set(Rules);
    QCOMPARE(set.match(e), rule);
    const int applied = set.apply(e);
    QCOMPARE(applied, rule + 1);
    if (rule >= 0)
        QCOMPARE(e.costCenter, Rules[rule].costCenter);
}

void TestAttribution::sourceAttributionWins()
{
    UsageEvent e = makeEvent(QStringLiteral("key_eng_1"));
    e.costCenter = QStringLiteral("Finance");
    QCOMPARE(RuleSet(Rules).apply(e), 0);
    QCOMPARE(e.costCenter, QStringLiteral("Finance"));
    QCOMPARE(e.team, QString());
    // a source team without a cost center is kept; the rule adds the cost center only
    UsageEvent f = makeEvent(QStringLiteral("key_eng_1"));
    f.team = QStringLiteral("SRE");
    QCOMPARE(RuleSet(Rules).apply(f), 1);
    QCOMPARE(f.costCenter, QStringLiteral("Engineering"));
    QCOMPARE(f.team, QStringLiteral("SRE"));
    QCOMPARE(f.owner, QStringLiteral("priya"));
}

void TestAttribution::validate()
{
    QVERIFY(RuleSet(Rules).validate().isEmpty());
    QVERIFY(RuleSet({ { QStringLiteral("api_key"), QString(), QStringLiteral("X"), {}, {} } })
                .validate()
                .contains(QStringLiteral("pattern")));
    QVERIFY(RuleSet({ { QStringLiteral("api_key"), QStringLiteral("*"), QString(), {}, {} } })
                .validate()
                .contains(QStringLiteral("cost center")));
}

void TestAttribution::appliedAtImportAndReapplied()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.inferometer"));
    const QString file = dir.filePath(QStringLiteral("calls.jsonl"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // gpt-4o-mini: 1,000,000 input tokens = $0.15 each line
        f.write("{\"time\":\"2026-03-02T10:00:00Z\",\"model\":\"gpt-4o-mini\",\"api_key\":\"key_eng_1\","
                "\"uncached_input_tokens\":1000000,\"call_id\":\"a\"}\n"
                "{\"time\":\"2026-03-02T11:00:00Z\",\"model\":\"gpt-4o-mini\",\"api_key\":\"sk-shadow\","
                "\"uncached_input_tokens\":1000000,\"call_id\":\"b\"}\n"
                "{\"time\":\"2026-03-02T12:00:00Z\",\"model\":\"gpt-4o-mini\",\"api_key\":\"key_eng_2\","
                "\"cost_center\":\"Finance\",\"uncached_input_tokens\":1000000,\"call_id\":\"c\"}\n");
    }
    auto ws = Store::Workspace::open(path);
    QVERIFY(ws);
    Store::UsageRepository repo(*ws.value());
    QVERIFY(repo.setAttributionRules({ Rules[0] }));
    PlainTaskContext ctx;
    auto imported = Import::importFile(*ws.value(), file, QStringLiteral("auto"), ctx);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported.value().imported, 3);

    auto byCenter = [&] {
        auto r = Analytics::report(*ws.value(), {}, Analytics::Dimension::CostCenter);
        QMap<QString, qint64> out;
        for (const auto& g : r.value().groups)
            out.insert(g.key, g.kpis.listCostNano);
        return out;
    };
    // a: rule → Engineering; b: no rule → unattributed; c: the source says Finance
    QMap<QString, qint64> expected { { QStringLiteral("Engineering"), 150'000'000 }, { QString(), 150'000'000 },
        { QStringLiteral("Finance"), 150'000'000 } };
    QCOMPARE(byCenter(), expected);

    // claim the shadow key, re-apply: b moves to Marketing; the source's Finance stays
    QVERIFY(repo.setAttributionRules(
        { Rules[0], { QStringLiteral("api_key"), QStringLiteral("sk-*"), QStringLiteral("Marketing"), {}, {} } }));
    auto changed = repo.reattribute(ctx);
    QVERIFY(changed);
    QCOMPARE(changed.value(), 1);
    expected = { { QStringLiteral("Engineering"), 150'000'000 }, { QStringLiteral("Marketing"), 150'000'000 },
        { QStringLiteral("Finance"), 150'000'000 } };
    QCOMPARE(byCenter(), expected);

    // drop every rule: rule-made attribution is undone, the source's is kept
    QVERIFY(repo.setAttributionRules({}));
    changed = repo.reattribute(ctx);
    QCOMPARE(changed.value(), 2);
    expected = { { QString(), 300'000'000 }, { QStringLiteral("Finance"), 150'000'000 } };
    QCOMPARE(byCenter(), expected);

    // re-importing the same file after the rules changed still finds every call: identity ignores the rules
    auto again = Import::importFile(*ws.value(), file, QStringLiteral("auto"), ctx);
    QCOMPARE(again.value().imported, 0);
    QCOMPARE(again.value().duplicates, 3);
}

INFEROMETER_TEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
