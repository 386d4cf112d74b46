// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/report.h"
#include "core/import/fileimporter.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDiscrepancies : public QObject
{
    Q_OBJECT
private slots:
    void listsModelDaysBeyondThreshold();
};

void TestDiscrepancies::listsModelDaysBeyondThreshold()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("calls.jsonl"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // gpt-4o-mini, 1,000,000 uncached input tokens = $0.15 list each
        // 03-01: reported 0.15          → equal, not listed
        // 03-02: reported 0.30          → +100 %, listed (difference $0.15)
        // 03-03: reported 0.1514        → +0.933 %, within 1 %, not listed
        // 03-04: reported 0.1516        → +1.067 %, listed (difference $0.0016)
        // 03-04: acme-llm unpriced, reported 0.05 → no list cost to compare: listed, relative null
        // 03-05: no reported cost       → nothing to compare, not listed
        f.write("{\"time\":\"2026-03-01T10:00:00Z\",\"model\":\"gpt-4o-mini\",\"uncached_input_tokens\":1000000,\"reported_cost_usd\":\"0.15\",\"call_id\":\"a\"}\n"
                "{\"time\":\"2026-03-02T10:00:00Z\",\"model\":\"gpt-4o-mini\",\"uncached_input_tokens\":1000000,\"reported_cost_usd\":0.30,\"call_id\":\"b\"}\n"
                "{\"time\":\"2026-03-03T10:00:00Z\",\"model\":\"gpt-4o-mini\",\"uncached_input_tokens\":1000000,\"reported_cost_usd\":0.1514,\"call_id\":\"c\"}\n"
                "{\"time\":\"2026-03-04T10:00:00Z\",\"model\":\"gpt-4o-mini\",\"uncached_input_tokens\":1000000,\"reported_cost_usd\":0.1516,\"call_id\":\"d\"}\n"
                "{\"time\":\"2026-03-04T11:00:00Z\",\"model\":\"acme-llm\",\"uncached_input_tokens\":1000,\"reported_cost_usd\":0.05,\"call_id\":\"e\"}\n"
                "{\"time\":\"2026-03-05T10:00:00Z\",\"model\":\"gpt-4o-mini\",\"uncached_input_tokens\":1000000,\"call_id\":\"f\"}\n");
    }
    auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws);
    PlainTaskContext ctx;
    QVERIFY(Import::importFile(*ws.value(), file, QStringLiteral("auto"), ctx));

    auto d = Analytics::discrepancies(*ws.value(), {});
    QVERIFY(d);
    const QList<Analytics::Discrepancy>& list = d.value();
    QCOMPARE(list.size(), 3);
    constexpr qint64 Mar1 = 1'772'323'200'000, Day = 86'400'000;
    // largest absolute difference first: $0.15 (03-02), $0.05 (acme), $0.0016 (03-04)
    QCOMPARE(list[0].day, Mar1 + Day);
    QCOMPARE(list[0].model, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(list[0].listCostNano, 150'000'000);
    QCOMPARE(list[0].reportedCostNano, 300'000'000);
    QCOMPARE(*list[0].relative, 1.0);
    QCOMPARE(list[1].model, QStringLiteral("acme-llm"));
    QVERIFY(!list[1].relative);
    QCOMPARE(list[1].reportedCostNano, 50'000'000);
    QCOMPARE(list[2].day, Mar1 + 3 * Day);
    QCOMPARE(list[2].reportedCostNano - list[2].listCostNano, 1'600'000);
    QVERIFY(qAbs(*list[2].relative - 0.0016 / 0.15) < 1e-12);

    // a 5 % threshold keeps the +100 % day and the unpriced model only
    auto loose = Analytics::discrepancies(*ws.value(), {}, 0.05);
    QCOMPARE(loose.value().size(), 2);
    // a range: 03-04 only
    Analytics::Filter f;
    f.fromMs = Mar1 + 3 * Day;
    f.toMs = Mar1 + 4 * Day;
    auto day4 = Analytics::discrepancies(*ws.value(), f);
    QCOMPARE(day4.value().size(), 2);
}

INFEROMETER_TEST_GUILESS_MAIN(TestDiscrepancies)
#include "tst_discrepancies.moc"
