// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// FOCUS CSV import: the demo's export re-imported into an empty workspace reports exactly its BilledCost sum, with its
// calls and tokens; a re-import adds nothing; a cost platform's FOCUS file (no token kinds, its own tags) is recognised
// from its content, its tags map to cost centers through the attribution rules, and a bad row names its line and
// column and leaves the workspace as it was.
#include "core/export/focusexport.h"

#include "core/analytics/report.h"
#include "core/demo/demogenerator.h"
#include "core/import/fileimporter.h"
#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestFocusImport : public QObject
{
    Q_OBJECT

    static Analytics::Kpis totals(Store::Workspace& ws) { return Analytics::report(ws, {}).value().totals; }

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString demo = dir.filePath(QStringLiteral("demo.inferometer"));
        PlainTaskContext ctx;
        Demo::Options opt;
        opt.days = 21;
        opt.volume = 0.2;
        QVERIFY(Demo::createWorkspace(demo, opt, ctx).ok());
        auto source = Store::Workspace::open(demo, Store::Workspace::Mode::OpenExisting);
        const QString csv = dir.filePath(QStringLiteral("focus.csv"));
        Export::FocusSummary exported;
        {
            QFile out(csv);
            QVERIFY(out.open(QIODevice::WriteOnly));
            auto s = Export::writeFocus(
                *source.value(), Store::UsageRepository(*source.value()).catalog().value(), {}, out, ctx);
            QVERIFY(s.ok());
            exported = s.value();
        }
        auto empty = Store::Workspace::open(dir.filePath(QStringLiteral("re.inferometer")));
        QVERIFY(empty.ok());
        auto imported = Import::importFile(*empty.value(), csv, QStringLiteral("auto"), ctx);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
        QCOMPARE(imported.value().format, QStringLiteral("focus")); // recognised from its content
        QVERIFY(imported.value().committed);
        QCOMPARE(imported.value().rejectedCount, qint64(0));
        // the report of the new workspace: exactly the export's BilledCost, as reported cost, and its calls
        const Analytics::Kpis k = totals(*empty.value());
        QVERIFY(__int128(k.reportedCostNano) * 1'000'000 == exported.billedCostFemto);
        QCOMPARE(k.calls, exported.calls);
        // tokens by bucket survive: the source's priced calls' tokens
        const Analytics::Kpis before = totals(*source.value());
        QVERIFY(k.tokens.cacheRead > 0);
        QVERIFY(k.tokens.cacheRead <= before.tokens.cacheRead);
        // a second import of the same file adds nothing
        auto again = Import::importFile(*empty.value(), csv, QStringLiteral("auto"), ctx);
        QCOMPARE(again.value().imported, qint64(0));
        QCOMPARE(again.value().duplicates, imported.value().imported);
        QVERIFY(totals(*empty.value()).reportedCostNano == k.reportedCostNano);
    }

    void costPlatformFile()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("platform.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // a FOCUS 1.0-style export of a cost platform: no token kinds, tags of its own
        f.write("BillingAccountId,BillingCurrency,BilledCost,EffectiveCost,ListCost,ChargeCategory,ChargeClass,"
                "ChargeDescription,ChargePeriodStart,ChargePeriodEnd,ProviderName,PublisherName,ServiceName,SkuId,"
                "ConsumedQuantity,ConsumedUnit,Tags\n"
                "acct-1,USD,12.5,12.5,12.5,Usage,,GPT-4o input,2026-10-01T00:00:00Z,2026-10-02T00:00:00Z,"
                "Microsoft,OpenAI,Azure OpenAI,gpt-4o-input,5000000,Tokens,\"{\"\"CostCenter\"\":\"\"Research\"\"}\"\n"
                "acct-1,USD,7.25,7.25,7.25,Usage,,GPT-4o output,2026-10-01T00:00:00Z,2026-10-02T00:00:00Z,"
                "Microsoft,OpenAI,Azure OpenAI,gpt-4o-output,725000,Tokens,\"{\"\"CostCenter\"\":\"\"Research\"\"}\"\n"
                "acct-1,USD,-2,-2,-2,Credit,,Promotional credit,2026-10-01T00:00:00Z,2026-10-02T00:00:00Z,"
                "Microsoft,Microsoft,Azure OpenAI,,,,\n");
        f.close();
        auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
        QVERIFY(ws.ok());
        Store::UsageRepository repo(*ws.value());
        QVERIFY(repo.setAttributionRules({ { QStringLiteral("tag:CostCenter"), QStringLiteral("Research"),
                                             QStringLiteral("AI Research"), QString(), QString() } })
                    .ok());
        PlainTaskContext ctx;
        auto r = Import::importFile(*ws.value(), csv, QStringLiteral("auto"), ctx);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r.value().imported, qint64(3));
        Analytics::Filter research;
        research.equals.insert(Analytics::Dimension::CostCenter, QStringLiteral("AI Research"));
        const Analytics::Kpis k = Analytics::report(*ws.value(), research).value().totals;
        QCOMPARE(k.reportedCostNano, qint64(19'750'000'000)); // $12.50 + $7.25, tagged
        QCOMPARE(k.tokens.uncachedInput, qint64(5'000'000));
        QCOMPARE(k.tokens.output, qint64(725'000)); // "output" in its description's meter
        QCOMPARE(totals(*ws.value()).reportedCostNano, qint64(17'750'000'000)); // the credit counts against it
        // a bad amount: its line and column named, nothing written
        QFile bad(dir.filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("BilledCost,ChargeCategory,ChargePeriodStart,ProviderName,ServiceName\n"
                  "1.5,Usage,2026-10-02T00:00:00Z,OpenAI,API\n"
                  "one dollar,Usage,2026-10-02T00:00:00Z,OpenAI,API\n");
        bad.close();
        auto rejected = Import::importFile(*ws.value(), bad.fileName(), QStringLiteral("focus"), ctx);
        QVERIFY(rejected.ok());
        QVERIFY(!rejected.value().committed);
        QCOMPARE(rejected.value().rejected.first().line, qint64(3));
        QCOMPARE(rejected.value().rejected.first().field, QStringLiteral("BilledCost"));
        QCOMPARE(totals(*ws.value()).reportedCostNano, qint64(17'750'000'000));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestFocusImport)
#include "tst_focusimport.moc"
