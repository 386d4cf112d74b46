// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/overview.h"
#include "core/common/money.h"
#include "core/demo/demogenerator.h"
#include "core/import/fileimporter.h"
#include "core/store/workspace.h"
#include "tests/support/testmain.h"
#include "views/importcontroller.h"
#include "app/mainwindow.h"
#include "tests/support/pagetesting.h"
#include "views/models/breakdownmodel.h"
#include "views/models/format.h"
#include "views/overviewpage.h"
#include "views/workspacecontext.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestOverviewPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsDemoKpis();
    void rangeSelectorRecomputes();
    void importThroughMainWindow();
    void costOnlyWorkspace();
    void emptyWorkspaceSaysWhatToDo();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestOverviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.inferometer"));
    PlainTaskContext ctx;
    Demo::Options opt;
    opt.days = 21;
    opt.volume = 0.2;
    auto n = Demo::createWorkspace(m_demo, opt, ctx);
    QVERIFY2(n, qPrintable(n ? QString() : n.error().toString()));
    // what the generator says it wrote is what the file holds, read straight from its events table
    auto ws = Store::Workspace::open(m_demo, Store::Workspace::Mode::OpenExisting);
    QVERIFY(ws.ok());
    QSqlQuery q(ws.value()->db());
    QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toLongLong(), qint64(n.value()));
    QVERIFY(n.value() > 1000);
}

namespace {

/** The demo's CPSO worked out from its events table, not through the rollups the page reads: all list cost over
 * the tasks whose final outcome (that of the last attempt, then the last call, that states one) is "accepted". */
std::optional<double> cpsoFromEvents(const QString& path, qint64* listCost = nullptr, qint64* accepted = nullptr)
{
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return std::nullopt;
    QSqlQuery q(ws.value()->db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(list_cost_nusd), 0) FROM events")) || !q.next())
        return std::nullopt;
    const qint64 cost = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT t.task_id, (SELECT e.outcome FROM events e WHERE e.task_id = t.task_id "
            "AND e.outcome <> 'unknown' ORDER BY e.attempt DESC, e.time_ms DESC LIMIT 1) AS final "
            "FROM (SELECT DISTINCT task_id FROM events WHERE task_id <> '') t) WHERE final = 'accepted'"))
        || !q.next())
        return std::nullopt;
    const qint64 tasks = q.value(0).toLongLong();
    if (listCost)
        *listCost = cost;
    if (accepted)
        *accepted = tasks;
    if (tasks == 0)
        return std::nullopt;
    return double(cost) / 1e9 / double(tasks);
}

} // namespace

void TestOverviewPage::showsDemoKpis()
{
    WorkspaceContext context;
    OverviewPage page(&context);
    page.resize(1300, 850);
    page.show();
    QSignalSpy loaded(&page, &OverviewPage::loaded);
    context.setPath(m_demo);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);

    // a workspace opened for the first time shows all of its data
    auto expected = Analytics::overview(m_demo, Analytics::PeriodChoice::allTime());
    QVERIFY(expected);
    const Analytics::Kpis& k = expected.value().byCostCenter.totals;
    QVERIFY(k.listCostNano > 0);
    QCOMPARE(page.kpiText(QStringLiteral("spend")), Money::formatUsd(k.listCostNano));
    // CPSO: the demo's list cost over its accepted tasks, both read from the events table
    qint64 listCost = 0, accepted = 0;
    const std::optional<double> cpso = cpsoFromEvents(m_demo, &listCost, &accepted);
    QVERIFY(cpso);
    QCOMPARE(listCost, k.listCostNano);
    QCOMPARE(accepted, k.acceptedTasks);
    QCOMPARE(page.kpiText(QStringLiteral("cpso")), Format::usd(*cpso));
    QVERIFY(page.kpiText(QStringLiteral("rework")).endsWith(QLatin1Char('%')));

    // five named departments and the unattributed shadow keys
    QCOMPARE(page.costCentersTable()->model()->rowCount(), 6);
    QVERIFY(page.modelsTable()->model()->rowCount() >= 15);
    // sorted by spend, largest first
    const QAbstractItemModel* centers = page.costCentersTable()->model();
    QVERIFY(centers->index(0, BreakdownModel::Spend).data(BreakdownModel::SortRole).toLongLong()
        >= centers->index(1, BreakdownModel::Spend).data(BreakdownModel::SortRole).toLongLong());

    // the model without a price is named, not silently $0
    QVERIFY(page.unpricedBanner()->isVisible());
    QVERIFY(page.unpricedBanner()->text().contains(QStringLiteral("mistral-small-2506")));

    const QString shot = QDir::temp().filePath(QStringLiteral("inferometer-overview-test.png"));
    QVERIFY(page.grab().save(shot));
}

void TestOverviewPage::rangeSelectorRecomputes()
{
    WorkspaceContext context;
    OverviewPage page(&context);
    page.show();
    QSignalSpy loaded(&page, &OverviewPage::loaded);
    context.setPath(m_demo);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    auto* combo = page.findChild<QComboBox*>();
    QVERIFY(combo);
    combo->setCurrentIndex(0); // last 7 days
    emit combo->activated(0);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
    auto expected = Analytics::overview(m_demo, Analytics::PeriodChoice::lastDays(7));
    QVERIFY(expected);
    QCOMPARE(
        page.kpiText(QStringLiteral("spend")), Money::formatUsd(expected.value().byCostCenter.totals.listCostNano));
    context.setPeriod(Analytics::PeriodChoice::allTime()); // back to the default for other tests (remembered)
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 20000);
}

void TestOverviewPage::importThroughMainWindow()
{
    const QString ws = m_dir.filePath(QStringLiteral("import.inferometer"));
    const QString file = m_dir.filePath(QStringLiteral("calls.jsonl"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // 1,000,000 input tokens of gpt-4o-mini at $0.15/1M = $0.15; 1,000,000 output at $0.60/1M = $0.60
        f.write("{\"time\":\"2026-03-02T10:00:00Z\",\"model\":\"gpt-4o-mini\",\"cost_center\":\"Ops\","
                "\"uncached_input_tokens\":1000000,\"output_tokens\":1000000,\"call_id\":\"a\"}\n");
        f.write("{\"time\":\"2026-03-02T11:00:00Z\",\"model\":\"gpt-4o-mini\",\"cost_center\":\"Ops\","
                "\"uncached_input_tokens\":1000000,\"call_id\":\"b\"}\n");
    }
    MainWindow window;
    window.show(); // pages load when seen
    window.importer()->setShowResults(false);
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    window.openWorkspace(ws, true); // on a worker thread
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(window.context()->path(), QFileInfo(ws).absoluteFilePath());
    QSignalSpy finished(window.importer(), &ImportController::importFinished);
    QSignalSpy loaded(window.overviewPage(), &OverviewPage::loaded);
    window.importer()->importFiles({ file });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const auto summaries = finished.first().first().value<QList<Import::ImportSummary>>();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().imported, 2);
    QVERIFY(summaries.first().committed);
    // the overview reloads after the import: $0.75 + $0.15 = $0.90
    QTRY_VERIFY_WITH_TIMEOUT(
        window.overviewPage()->kpiText(QStringLiteral("spend")) == Money::formatUsd(900'000'000), 20000);
}

void TestOverviewPage::costOnlyWorkspace()
{
    // only an Anthropic cost report: $4.339619001 reported in 7 rows (tst_cli's costOnlyReport adds it up), no calls
    const QString ws = m_dir.filePath(QStringLiteral("costonly.inferometer"));
    {
        auto w = Store::Workspace::open(ws, Store::Workspace::Mode::OpenOrCreate);
        QVERIFY(w);
        PlainTaskContext ctx;
        auto r = Import::importFile(
            *w.value(), QStringLiteral(TESTDATA_DIR "/ingest/anthropic/cost_report.json"), QStringLiteral("auto"), ctx);
        QVERIFY(r && r.value().imported == 7);
    }
    ShownPage<OverviewPage> shown;
    QVERIFY(shown.open(ws));
    OverviewPage& page = shown.page;
    // before: "$0.00" and "0 calls" with no hint
    QCOMPARE(page.kpiText(QStringLiteral("spend")), QStringLiteral("$4.34"));
    QVERIFY(page.costOnlyBanner()->isVisible());
    QVERIFY2(page.costOnlyBanner()->text().contains(QStringLiteral("only costs that providers reported ($4.34 in 7 "
                                                                   "cost row(s)), no token-level calls")),
        qPrintable(page.costOnlyBanner()->text()));
    // the tables and the chart show the reported amounts too: Sonnet 123.45 + 45.6789 + 0.0000001 + 250 + 10.5 cents
    const QAbstractItemModel* models = page.modelsTable()->model();
    QCOMPARE(models->index(0, BreakdownModel::Key).data().toString(), QStringLiteral("claude-sonnet-4-5-20250929"));
    QCOMPARE(models->index(0, BreakdownModel::Spend).data(BreakdownModel::SortRole).toLongLong(), 4'296'289'001);
    if (const QByteArray out = qgetenv("OVERVIEW_COSTONLY_SCREENSHOT"); !out.isEmpty())
        page.grab().save(QString::fromLocal8Bit(out));
}

void TestOverviewPage::emptyWorkspaceSaysWhatToDo()
{
    const QString ws = m_dir.filePath(QStringLiteral("empty.inferometer"));
    QVERIFY(Store::Workspace::open(ws, Store::Workspace::Mode::OpenOrCreate));
    ShownPage<OverviewPage> shown;
    QVERIFY(shown.open(ws));
    OverviewPage& page = shown.page;
    // before: "$0.00", "0 calls" and an empty chart
    QVERIFY(page.emptyState()->isVisible());
    QVERIFY(!page.costCentersTable()->isVisible());
    QPushButton* import = nullptr;
    QPushButton* demo = nullptr;
    for (QPushButton* b : page.emptyState()->findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Import Usage Files…"))
            import = b;
        if (b->text() == QLatin1String("Open Demo"))
            demo = b;
    }
    QVERIFY(import && demo);
    QSignalSpy importRequested(&page, &OverviewPage::importRequested);
    QSignalSpy demoRequested(&page, &OverviewPage::demoRequested);
    QTest::mouseClick(import, Qt::LeftButton);
    QTest::mouseClick(demo, Qt::LeftButton);
    QCOMPARE(importRequested.count(), 1);
    QCOMPARE(demoRequested.count(), 1);
    // the buttons sit in the middle of the page, once the layout has run (it is posted when the empty state shows)
    const auto offCentre = [&] { return qAbs(import->mapTo(&page, import->rect().center()).y() - page.height() / 2); };
    QTRY_VERIFY(offCentre() < page.height() / 4);
    QVERIFY(import->y() > 0);
    if (const QByteArray out = qgetenv("OVERVIEW_EMPTY_SCREENSHOT"); !out.isEmpty())
        page.grab().save(QString::fromLocal8Bit(out));
}

INFEROMETER_TEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
