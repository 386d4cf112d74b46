// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// No stored data can break a report: an import or re-pricing that would take any rollup measure past
// Store::MaxExactTotal (2^62) is refused and rolled back, so every sum a report takes fits in 64 bits.
#include "core/analytics/report.h"
#include "core/store/derived.h"
#include "tests/support/testmain.h"

#include <QTest>

#include "tests/support/formattesting.h"

using namespace Testing;

namespace {

/** `n` calls on `model` at 12:00 of consecutive days from 2026-03-01, each stating `cost` and `output` tokens. */
QByteArray calls(int n, const char* model, const char* cost, qint64 output, int firstDay = 0)
{
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        const int day = firstDay + i;
        out += QStringLiteral(R"({"time":"2026-03-%1T12:00:00Z","provider":"openai","model":"%2","call_id":"c%3",)"
                              R"("output_tokens":%4%5})"
                              "\n")
                   .arg(1 + day % 28, 2, 10, QLatin1Char('0'))
                   .arg(QLatin1String(model))
                   .arg(day)
                   .arg(output)
                   .arg(cost ? QStringLiteral(R"(,"reported_cost_usd":"%1")").arg(QLatin1String(cost)) : QString())
                   .toUtf8();
    }
    return out;
}

} // namespace

class TestExactTotals : public QObject
{
    Q_OBJECT

private slots:
    void reportedCostPastTheLimitIsRefused();
    void listCostPastTheLimitIsRefused();
};

void TestExactTotals::reportedCostPastTheLimitIsRefused()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    // four calls at $999,999,999 each (the most one event may state): $3,999,999,996 in all, under 2^62 nano-dollars
    const QString a = dir.filePath(QStringLiteral("a.jsonl")), b = dir.filePath(QStringLiteral("b.jsonl"));
    QVERIFY(writeFile(a, calls(4, "gpt-4o", "999999999", 10)));
    auto first = import(*ws, a);
    QVERIFY2(first.ok() && first.value().committed, qPrintable(describe(first)));
    QCOMPARE(first.value().imported, 4);
    // six more: $9,999,999,990 would pass 2^63 nano-dollars, and a report's SUM() then failed with "integer overflow"
    QVERIFY(writeFile(b, calls(6, "gpt-4o", "999999999", 10, 4)));
    auto second = import(*ws, b);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().field, QStringLiteral("reported_cost_nusd"));
    QCOMPARE(second.error().message,
        QStringLiteral("This change would take the workspace's reported_cost_nusd to $9999999990.00, past the "
                       "$4611686018.43 that Inferometer adds up exactly; it is refused and the workspace is as it "
                       "was."));
    // nothing of the second file stayed, and the report still adds up to the cent
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), 4);
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM imports")), 1);
    auto r = Analytics::report(*ws, Analytics::Filter {});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r.value().totals.reportedCostNano, qint64(3'999'999'996'000'000'000));
    QCOMPARE(r.value().totals.calls, 4);
}

void TestExactTotals::listCostPastTheLimitIsRefused()
{
    QTemporaryDir dir;
    auto ws = openWs(dir);
    QVERIFY(ws);
    // gpt-4o output at $10 per 1M: 10^12 output tokens (the most one bucket may hold) list at $10,000,000 a call;
    // 470 calls list at $4,700,000,000, past $4,611,686,018.43
    const QString path = dir.filePath(QStringLiteral("tokens.jsonl"));
    QVERIFY(writeFile(path, calls(470, "gpt-4o", nullptr, 1'000'000'000'000)));
    auto r = import(*ws, path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("list_cost_nusd"));
    QVERIFY2(r.error().message.contains(QLatin1String("list_cost_nusd to $4700000000.00, past the $4611686018.43")),
        qPrintable(r.error().message));
    QCOMPARE(scalarInt(*ws, QStringLiteral("SELECT count(*) FROM events")), 0);
    // 460 calls ($4,600,000,000) fit, and the report shows them exactly
    QVERIFY(writeFile(path, calls(460, "gpt-4o", nullptr, 1'000'000'000'000)));
    auto ok = import(*ws, path);
    QVERIFY2(ok.ok() && ok.value().committed, qPrintable(describe(ok)));
    auto rep = Analytics::report(*ws, Analytics::Filter {});
    QVERIFY(rep.ok());
    QCOMPARE(rep.value().totals.listCostNano, qint64(4'600'000'000'000'000'000));
}

INFEROMETER_TEST_GUILESS_MAIN(TestExactTotals)
#include "tst_exacttotals.moc"
