// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "anomalytesting.h"

#include "app/cli/clicommands.h"
#include "tests/support/clitesting.h"
#include "tests/support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace AnomalyTesting;

namespace {

using CliTesting::cli;
using CliTesting::Run;

} // namespace

// `inferometer-cli anomalies` on a hand-built workspace: one retry storm (20 errors from 12:00 on key k, model m, as in
// tst_anomalies) and one unpriced model.
class TestAnomaliesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonShape();
    void range();
    void text();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestAnomaliesCli::initTestCase()
{
    QList<UsageEvent> ev;
    ev << call(D0, QStringLiteral("Eng"), QStringLiteral("m"), QStringLiteral("k"), Usd)
       << call(D0 + Day - 1, QStringLiteral("Eng"), QStringLiteral("m"), QStringLiteral("k"), Usd);
    for (int i = 0; i < 20; ++i) {
        UsageEvent e = call(
            D0 + 12 * Hour + i * 30'000, QStringLiteral("Eng"), QStringLiteral("m"), QStringLiteral("k"), Usd / 20);
        e.error = true;
        ev << e;
    }
    UsageEvent u = call(D0 + 8 * Hour, QStringLiteral("Eng"), QStringLiteral("acme"), QStringLiteral("k"), 0);
    u.listCostNano.reset();
    u.provider = QStringLiteral("acme-ai");
    ev << u;
    m_path = m_dir.filePath(QStringLiteral("cli.inferometer"));
    QVERIFY(workspace(m_dir, ev, "cli.inferometer"));
}

void TestAnomaliesCli::jsonShape()
{
    const Run r = cli({ QStringLiteral("anomalies"), QStringLiteral("--workspace"), m_path, QStringLiteral("--json") });
    QCOMPARE(r.status, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.keys(), QStringList { QStringLiteral("anomalies") });
    const QJsonArray list = root.value(QLatin1String("anomalies")).toArray();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue& v : list) {
        const QJsonObject a = v.toObject();
        for (const char* key : { "kind", "start", "end", "where", "severity", "excess_cost_usd", "evidence_calls" })
            QVERIFY2(a.contains(QLatin1String(key)), key);
        QVERIFY(a.value(QLatin1String("start")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(a.value(QLatin1String("where")).isObject());
        QVERIFY(QStringList(
            { QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical") })
                    .contains(a.value(QLatin1String("severity")).toString()));
    }
    // sorted by start: the unpriced call at 08:00, then the storm at 12:00
    const QJsonObject unpriced = list[0].toObject();
    QCOMPARE(unpriced.value(QLatin1String("kind")).toString(), QStringLiteral("unpriced"));
    QVERIFY(unpriced.value(QLatin1String("excess_cost_usd")).isNull());
    QCOMPARE(unpriced.value(QLatin1String("evidence_calls")).toInteger(), 1);
    const QJsonObject storm = list[1].toObject();
    QCOMPARE(storm.value(QLatin1String("kind")).toString(), QStringLiteral("retry_storm"));
    QCOMPARE(storm.value(QLatin1String("start")).toString(), QStringLiteral("2026-03-02T12:00:00.000Z"));
    QCOMPARE(storm.value(QLatin1String("end")).toString(), QStringLiteral("2026-03-02T12:09:30.001Z"));
    QCOMPARE(storm.value(QLatin1String("where")).toObject(),
        (QJsonObject {
            { QStringLiteral("api_key"), QStringLiteral("k") }, { QStringLiteral("model"), QStringLiteral("m") } }));
    QCOMPARE(storm.value(QLatin1String("evidence_calls")).toInteger(), 20);
    // 21 errors that day (the unpriced call is ok): mean 20 / 144 per window; excess = $1 − $1 × (20/144) / 20
    QCOMPARE(storm.value(QLatin1String("excess_cost_nusd")).toInteger(), 1'000'000'000 - 6'944'444);
    QCOMPARE(storm.value(QLatin1String("excess_cost_usd")).toDouble(), 0.993055556);
}

void TestAnomaliesCli::range()
{
    const Run r = cli({ QStringLiteral("anomalies"), QStringLiteral("--workspace"), m_path, QStringLiteral("--from"),
        QStringLiteral("2026-03-02T11:00:00Z"), QStringLiteral("--json") });
    QCOMPARE(r.status, 0);
    const QJsonArray list
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("anomalies")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("retry_storm"));
    const Run none = cli({ QStringLiteral("anomalies"), QStringLiteral("--workspace"), m_path, QStringLiteral("--to"),
        QStringLiteral("2026-03-01") });
    QCOMPARE(none.status, 0);
    QVERIFY(none.out.contains(QLatin1String("No anomalies")));
}

void TestAnomaliesCli::text()
{
    const Run r = cli({ QStringLiteral("anomalies"), QStringLiteral("--workspace"), m_path });
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QLatin1String("retry_storm")));
    QVERIFY(r.out.contains(QLatin1String("2026-03-02 12:00")));
    QVERIFY(r.out.contains(QLatin1String("api_key=k, model=m")));
    QVERIFY(r.out.contains(QLatin1String("unknown"))); // the unpriced model's excess
    QVERIFY(r.out.contains(QLatin1String("2 anomalies.")));
}

void TestAnomaliesCli::errors()
{
    QCOMPARE(cli({ QStringLiteral("anomalies") }).status, 2);
    QCOMPARE(cli({ QStringLiteral("anomalies"), QStringLiteral("--workspace"), m_path, QStringLiteral("--from"),
                     QStringLiteral("yesterday") })
                 .status,
        2);
    const Run missing
        = cli({ QStringLiteral("anomalies"), QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("no.db")) });
    QCOMPARE(missing.status, 1);
    QVERIFY(missing.err.contains(QLatin1String("no.db")));
}

INFEROMETER_TEST_GUILESS_MAIN(TestAnomaliesCli)
#include "tst_anomaliescli.moc"
