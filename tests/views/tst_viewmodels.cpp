// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "tests/support/testmain.h"
#include "views/models/breakdownmodel.h"
#include "views/models/callrowsmodel.h"
#include "views/models/errorlistmodel.h"
#include "views/models/previewmodel.h"
#include "views/models/pricetablemodel.h"
#include "views/models/rawrowsmodel.h"
#include "views/models/stackedspendmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestViewModels : public QObject
{
    Q_OBJECT
private slots:
    void breakdown();
    void stackedSpend();
    void priceTableEditAndUndo();
    void priceTableRejectsBadInput();
    void rawRows();
    void errorList();
    void preview();
    void callRowsShowEveryBucket();
    void unnamedModelIsNotUnattributed();
};

namespace {

Analytics::Report twoGroups()
{
    Analytics::Report r;
    r.by = Analytics::Dimension::CostCenter;
    Analytics::Kpis a;
    a.listCostNano = 3'000'000'000; // $3
    a.calls = 10;
    a.events = 10;
    a.tasks = 4;
    a.acceptedTasks = 2;
    a.taskCostNano = 2'000'000'000;
    a.reworkCostNano = 500'000'000;
    a.taskTokens = 1000;
    a.firstTimeTokens = 250;
    a.tokens = { 600, 200, 0, 0, 200, 0 };
    Analytics::Kpis b;
    b.listCostNano = 1'000'000'000; // $1
    b.calls = 5;
    b.events = 5;
    b.unpricedCalls = 0;
    r.groups = { { QStringLiteral("Engineering"), a }, { QString(), b } };
    r.totals = a;
    r.totals += b;
    return r;
}

} // namespace

void TestViewModels::breakdown()
{
    BreakdownModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setReport(twoGroups());
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.columnCount(), int(BreakdownModel::NUM_COLUMNS));
    QCOMPARE(m.index(0, BreakdownModel::Key).data().toString(), QStringLiteral("Engineering"));
    QCOMPARE(m.index(1, BreakdownModel::Key).data().toString(), QStringLiteral("Unattributed"));
    // share: $3 of $4 = 75%
    QCOMPARE(m.index(0, BreakdownModel::Share).data(BreakdownModel::RawValueRole).toDouble(), 0.75);
    // cost per task: $2 / 4 tasks = $0.50; CPSO: $3 / 2 accepted = $1.50; rework 0.5 / 2 = 25%; efficiency 250/1000
    QCOMPARE(m.index(0, BreakdownModel::CostPerTask).data(BreakdownModel::RawValueRole).toDouble(), 0.5);
    QCOMPARE(m.index(0, BreakdownModel::Cpso).data(BreakdownModel::RawValueRole).toDouble(), 1.5);
    QCOMPARE(m.index(0, BreakdownModel::ReworkRate).data(BreakdownModel::RawValueRole).toDouble(), 0.25);
    QCOMPARE(m.index(0, BreakdownModel::TokenEfficiency).data(BreakdownModel::RawValueRole).toDouble(), 0.25);
    // cache hits: 200 / (600 + 200)
    QCOMPARE(m.index(0, BreakdownModel::CacheHitRate).data(BreakdownModel::RawValueRole).toDouble(), 0.25);
    // a group without tasks cannot have these metrics: shown as a dash, sorted below every real value
    QCOMPARE(m.index(1, BreakdownModel::Cpso).data().toString(), QStringLiteral("—"));
    QCOMPARE(m.index(1, BreakdownModel::Cpso).data(BreakdownModel::SortRole).toDouble(), -1.0);
    QVERIFY(!m.headerData(BreakdownModel::Cpso, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    m.setReport({});
    QCOMPARE(m.rowCount(), 0);
}

void TestViewModels::stackedSpend()
{
    Analytics::DailySeries s;
    s.days = { 0, 86'400'000 };
    s.keys = { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") };
    s.values = { { 1'000'000'000, 2'000'000'000 }, { 500'000'000, 0 }, { 250'000'000, 250'000'000 } };
    StackedSpendModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSeries(s);
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.columnCount(), 4);
    // day 0: bands end at 1.00, 1.50, 1.75; day 1: 2.00, 2.00, 2.25
    QCOMPARE(m.index(0, 1).data().toDouble(), 1.0);
    QCOMPARE(m.index(0, 2).data().toDouble(), 1.5);
    QCOMPARE(m.index(0, 3).data().toDouble(), 1.75);
    QCOMPARE(m.index(1, 3).data().toDouble(), 2.25);
    QCOMPARE(m.index(1, 2).data(StackedSpendModel::RawValueRole).toDouble(), 0.0);
    QCOMPARE(m.maxTotal(), 2.25);
    // with at most two groups, B and C fold into "Other": 0.75 and 0.25
    m.setSeries(s, 2);
    QCOMPARE(m.columnCount(), 3);
    QCOMPARE(m.groupLabel(1), QStringLiteral("Other"));
    QCOMPARE(m.index(0, 2).data(StackedSpendModel::RawValueRole).toDouble(), 0.75);
    QCOMPARE(m.index(1, 2).data(StackedSpendModel::RawValueRole).toDouble(), 0.25);
}

void TestViewModels::priceTableEditAndUndo()
{
    Pricing::PriceEntry builtin;
    builtin.model = QStringLiteral("gpt-4o");
    builtin.provider = QStringLiteral("openai");
    builtin.rates = { 2'500'000, 1'250'000, 2'500'000, 2'500'000, 10'000'000, 10'000'000 };
    builtin.longRates = builtin.rates;
    PriceTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setEntries({ builtin }, {});
    QCOMPARE(m.rowCount(), 1);
    QVERIFY(!(m.flags(m.index(0, PriceTableModel::Input)) & Qt::ItemIsEditable)); // built-in rows are read-only
    QCOMPARE(m.index(0, PriceTableModel::Input).data().toString(), QStringLiteral("2.50"));

    const int row = m.addOverride(0);
    QCOMPARE(row, 1);
    QVERIFY(m.isDirty());
    QVERIFY(m.flags(m.index(1, PriceTableModel::Input)) & Qt::ItemIsEditable);
    QVERIFY(m.setData(m.index(1, PriceTableModel::Input), QStringLiteral("2.125")));
    QCOMPARE(m.workspaceEntries().first().rates.input, 2'125'000);
    QVERIFY(m.setData(m.index(1, PriceTableModel::Output), QStringLiteral("8")));
    QCOMPARE(m.workspaceEntries().first().rates.output, 8'000'000);
    QCOMPARE(m.workspaceEntries().first().rates.reasoning, 8'000'000); // reasoning follows output
    QCOMPARE(m.workspaceEntries().first().origin, Pricing::Origin::Workspace);

    m.undoStack()->undo(); // output back to 10
    QCOMPARE(m.workspaceEntries().first().rates.output, 10'000'000);
    m.undoStack()->undo(); // input back to 2.50
    QCOMPARE(m.workspaceEntries().first().rates.input, 2'500'000);
    m.undoStack()->undo(); // the override itself
    QCOMPARE(m.rowCount(), 1);
    m.undoStack()->redo();
    QCOMPARE(m.rowCount(), 2);
    m.markSaved();
    QVERIFY(!m.isDirty());
    m.removeRows({ 0, 1 }); // the built-in row is ignored
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.entry(0).model, QStringLiteral("gpt-4o"));
}

void TestViewModels::priceTableRejectsBadInput()
{
    PriceTableModel m;
    m.setEntries({}, {});
    m.addOverride(-1);
    QSignalSpy rejected(&m, &PriceTableModel::editRejected);
    QVERIFY(!m.setData(m.index(0, PriceTableModel::Input), QStringLiteral("cheap")));
    QVERIFY(!m.setData(m.index(0, PriceTableModel::Output), QStringLiteral("-1")));
    QVERIFY(!m.setData(m.index(0, PriceTableModel::EffectiveFrom), QStringLiteral("yesterday")));
    QVERIFY(!m.setData(m.index(0, PriceTableModel::Model), QString()));
    QCOMPARE(rejected.count(), 4);
    QVERIFY(m.setData(m.index(0, PriceTableModel::LongThreshold), QStringLiteral("200,000")));
    QCOMPARE(m.workspaceEntries().first().longContextThreshold.value_or(-1), 200'000);
    QCOMPARE(m.undoStack()->count(), 2); // the add, then one accepted edit
}

void TestViewModels::rawRows()
{
    RawRowsModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Ingest::RawPreview p;
    p.header = { QStringLiteral("ts"), QStringLiteral("llm"), QStringLiteral("note") };
    p.rows = { { QStringLiteral("2026-10-01"), QStringLiteral("gpt-4o"), QStringLiteral("x") },
        { QStringLiteral("2026-10-02") } }; // a short CSV record
    p.lines = { 2, 5 };
    m.setPreview(p);
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.columnCount(), 3);
    QCOMPARE(m.headerData(1, Qt::Vertical).toLongLong(), 5);
    QCOMPARE(m.index(1, 2).data().toString(), QString());
    QSignalSpy header(&m, &QAbstractItemModel::headerDataChanged);
    m.setMappedFields({ { QStringLiteral("time"), QStringLiteral("ts") },
        { QStringLiteral("model"), QStringLiteral("llm") }, { QStringLiteral("team"), QStringLiteral("absent") } });
    QCOMPARE(header.count(), 1);
    QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), QStringLiteral("ts\n→ time"));
    QCOMPARE(m.headerData(2, Qt::Horizontal).toString(), QStringLiteral("note"));
    QCOMPARE(m.index(0, 1).data(RawRowsModel::FieldRole).toString(), QStringLiteral("model"));
    QVERIFY(m.index(0, 1).data(Qt::BackgroundRole).isValid());
    QVERIFY(!m.index(0, 2).data(Qt::BackgroundRole).isValid());
    m.setMappedFields(
        { { QStringLiteral("time"), QStringLiteral("ts") }, { QStringLiteral("model"), QStringLiteral("llm") } });
    QCOMPARE(header.count(), 1); // nothing changed
}

void TestViewModels::errorList()
{
    ErrorListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setErrors({ Error { Error::Code::Parse, QStringLiteral("expected a whole number, found \"x\"."),
                      QStringLiteral("f.csv"), 12, QStringLiteral("tokens_in (uncached_input_tokens)") },
        Error { Error::Code::Parse, QStringLiteral("Expected 5 fields as in the header, found 3."),
            QStringLiteral("f.csv"), 14 } });
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.index(0, ErrorListModel::Line).data().toString(), QStringLiteral("12"));
    QCOMPARE(m.index(0, ErrorListModel::Field).data().toString(), QStringLiteral("tokens_in (uncached_input_tokens)"));
    QCOMPARE(m.index(1, ErrorListModel::Field).data().toString(), QStringLiteral("(whole row)"));
    QCOMPARE(m.index(1, ErrorListModel::Line).data(ErrorListModel::SortRole).toLongLong(), 14);
}

void TestViewModels::preview()
{
    PreviewModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UsageEvent e;
    e.model = QStringLiteral("gpt-4o");
    e.tokens.cacheWrite5m = 300;
    e.tokens.cacheWrite1h = 40;
    e.listCostNano = 11'250'000;
    e.reportedCostNano = 10'000'000;
    UsageEvent unpriced;
    unpriced.model = QStringLiteral("mystery");
    m.setEvents({ e, unpriced });
    QCOMPARE(m.columnCount(), int(PreviewModel::NUM_COLUMNS));
    QCOMPARE(m.index(0, PreviewModel::CacheWrite5m).data().toString(), QStringLiteral("300"));
    QCOMPARE(m.index(0, PreviewModel::CacheWrite1h).data().toString(), QStringLiteral("40"));
    QCOMPARE(m.index(0, PreviewModel::ListCost).data().toString(), QStringLiteral("$0.01125")); // exact, not cents
    QCOMPARE(m.index(0, PreviewModel::ReportedCost).data().toString(), QStringLiteral("$0.01"));
    QCOMPARE(m.index(1, PreviewModel::ListCost).data().toString(), QStringLiteral("unpriced"));
    QCOMPARE(m.index(1, PreviewModel::ReportedCost).data().toString(), QString());
}

void TestViewModels::callRowsShowEveryBucket()
{
    // before: "Input" held uncached + cached + writes and the writes had no column, so a row's cost could not be
    // checked. Now the five buckets do not overlap: at claude-sonnet-4-5's $3 / $0.30 / $3.75 / $6 / $15 per 1M,
    // 1,000 + 2,000 + 400 + 100 + 500 tokens cost $0.003 + $0.0006 + $0.0015 + $0.0006 + $0.0075 = $0.0132
    Analytics::CallRow c;
    c.model = QStringLiteral("claude-sonnet-4-5");
    c.tokens.uncachedInput = 1000;
    c.tokens.cacheRead = 2000;
    c.tokens.cacheWrite5m = 400;
    c.tokens.cacheWrite1h = 100;
    c.tokens.output = 450;
    c.tokens.reasoning = 50;
    c.listCostNano = 13'200'000;
    CallRowsModel m;
    QAbstractItemModelTester tester(&m);
    m.setRows({ c });
    QStringList headers;
    for (int col = CallRowsModel::InputTokens; col <= CallRowsModel::Cost; ++col)
        headers << m.headerData(col, Qt::Horizontal).toString();
    QCOMPARE(headers,
        (QStringList { QStringLiteral("Input"), QStringLiteral("Cached"), QStringLiteral("Write 5m"),
            QStringLiteral("Write 1h"), QStringLiteral("Output"), QStringLiteral("Cost") }));
    QList<qint64> cells;
    for (int col = CallRowsModel::InputTokens; col <= CallRowsModel::OutputTokens; ++col)
        cells << m.index(0, col).data(CallRowsModel::RawValueRole).toLongLong();
    QCOMPARE(cells, (QList<qint64> { 1000, 2000, 400, 100, 500 }));
    QCOMPARE(m.index(0, CallRowsModel::Cost).data().toString(), QStringLiteral("$0.0132"));
    QVERIFY(m.headerData(CallRowsModel::CacheWrite1h, Qt::Horizontal, Qt::ToolTipRole).toString().contains(
        QLatin1String("1-hour write price")));
}

void TestViewModels::unnamedModelIsNotUnattributed()
{
    // an OpenAI usage export not grouped by model has calls without a model: by model they are "(no model name)"
    // (before: "Unattributed", which is about cost centers); by cost center an empty key stays "Unattributed"
    Analytics::Report r;
    r.by = Analytics::Dimension::Model;
    r.groups = { { QString(), {} }, { QStringLiteral("gpt-4o"), {} } };
    BreakdownModel m;
    m.setReport(r);
    QCOMPARE(m.index(0, BreakdownModel::Key).data().toString(), QStringLiteral("(no model name)"));
    QCOMPARE(m.index(1, BreakdownModel::Key).data().toString(), QStringLiteral("gpt-4o"));
    r.by = Analytics::Dimension::CostCenter;
    m.setReport(r);
    QCOMPARE(m.index(0, BreakdownModel::Key).data().toString(), QStringLiteral("Unattributed"));
}

INFEROMETER_TEST_MAIN(TestViewModels)
#include "tst_viewmodels.moc"
