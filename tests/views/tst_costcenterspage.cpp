// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/costcenterspage.h"

#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"
#include "views/models/callrowsmodel.h"
#include "views/models/costtreemodel.h"
#include "views/workspacecontext.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// "Last 7 days" ends on d7, the last call's day: the period is [d1, d8), the previous one [d-6, d1).
//   d0 10:00  Research, "Lab, North", ann, key ka, gpt-4o       3'000'000 (previous period)
//   d7 09:00  Research, "Lab, North", ann, key ka, gpt-4o       4'500'000
//   d7 10:00  Research, "Lab, North", ann, no key, project p1, claude  1'500'000
//   d7 11:00  "" (unattributed), key kx, gpt-4o                 1'000'000

namespace {

constexpr qint64 D0 = 1'772'323'200'000; // 2026-03-01T00:00:00Z
constexpr qint64 Day = 86'400'000;
constexpr qint64 Hour = 3'600'000;

UsageEvent ev(qint64 t, const char* cc, const char* team, const char* owner, const char* key, const char* project,
    const char* model, qint64 cost, const char* callId)
{
    UsageEvent e;
    e.timeMs = t;
    e.provider = QStringLiteral("openai");
    e.model = QString::fromLatin1(model);
    e.costCenter = QString::fromLatin1(cc);
    e.team = QString::fromLatin1(team);
    e.owner = QString::fromLatin1(owner);
    e.apiKey = QString::fromLatin1(key);
    e.project = QString::fromLatin1(project);
    e.listCostNano = cost;
    e.callId = QString::fromLatin1(callId);
    e.tokens.uncachedInput = 1000;
    return e;
}

} // namespace

class TestCostCentersPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsTree();
    void exportsVisibleRows();
    void drillsDown();

private:
    void waitLoaded(CostCentersPage& page, QSignalSpy& spy);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestCostCentersPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("inferometer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_costcenterspage"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("cc.inferometer"));
    auto ws = Store::Workspace::open(m_path);
    QVERIFY(ws.ok());
    Store::UsageRepository repo(*ws.value());
    Store::Transaction tx(*ws.value());
    QVERIFY(tx.begin().ok());
    Store::ChangeSet changes;
    const char* lab = "Lab, North";
    QVERIFY(repo.insert({ ev(D0 + 10 * Hour, "Research", lab, "ann", "ka", "", "gpt-4o", 3'000'000, "c0"),
                            ev(D0 + 7 * Day + 9 * Hour, "Research", lab, "ann", "ka", "", "gpt-4o", 4'500'000, "c1"),
                            ev(D0 + 7 * Day + 10 * Hour, "Research", lab, "ann", "", "p1", "claude", 1'500'000, "c2"),
                            ev(D0 + 7 * Day + 11 * Hour, "", "", "", "kx", "", "gpt-4o", 1'000'000, "c3") },
                    &changes)
                .ok());
    QVERIFY(repo.refreshDerived(changes).ok());
    QVERIFY(tx.commit().ok());
    WorkspaceContext remember; // the workspace opens on the last 7 days from now on
    remember.setPath(m_path);
    remember.setPeriod(Analytics::PeriodChoice::lastDays(7));
}

void TestCostCentersPage::waitLoaded(CostCentersPage& page, QSignalSpy& spy)
{
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QVERIFY(!page.isLoading());
}

void TestCostCentersPage::loadsTree()
{
    WorkspaceContext ctx;
    CostCentersPage page(&ctx);
    page.show();
    QAbstractItemModelTester tester(page.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy spy(&page, &CostCentersPage::loaded);
    ctx.setPath(m_path);
    waitLoaded(page, spy);
    QAbstractItemModel* m = page.treeView()->model();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->index(0, CostTreeModel::Name).data().toString(), QStringLiteral("Research"));
    QCOMPARE(m->index(0, CostTreeModel::Spend).data().toString(), QStringLiteral("$0.0060"));
    QCOMPARE(m->index(0, CostTreeModel::Share).data().toString(), QStringLiteral("85.7%")); // 6 / 7
    QCOMPARE(m->index(0, CostTreeModel::Delta).data().toString(), QStringLiteral("▲ 100.0%")); // 6 against 3
    QCOMPARE(m->index(1, CostTreeModel::Name).data().toString(), QStringLiteral("Unattributed"));
    QCOMPARE(m->index(1, CostTreeModel::Delta).data().toString(), QStringLiteral("new"));
    QCOMPARE(m->index(0, CostTreeModel::Trend).data(CostTreeModel::SeriesRole).value<QList<qint64>>(),
        (QList<qint64> { 0, 0, 0, 0, 0, 0, 6'000'000 })); // d1 .. d7
    QVERIFY(!m->headerData(CostTreeModel::Cpso, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    // the key level names a project for calls without a key
    const QModelIndex owner = m->index(0, 0, m->index(0, 0, m->index(0, 0)));
    QCOMPARE(m->rowCount(owner), 2);
    QCOMPARE(m->index(1, 0, owner).data().toString(), QStringLiteral("p1 (project, no key)"));
}

void TestCostCentersPage::exportsVisibleRows()
{
    WorkspaceContext ctx;
    CostCentersPage page(&ctx);
    page.show();
    QSignalSpy spy(&page, &CostCentersPage::loaded);
    ctx.setPath(m_path);
    waitLoaded(page, spy);
    page.treeView()->expand(page.treeView()->model()->index(0, 0)); // Research: its team becomes visible
    const QString csv = QString::fromUtf8(page.visibleCsv());
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 5); // header, Research, its team, Unattributed, and the empty rest after the last CRLF
    QVERIFY(lines[0].startsWith(QStringLiteral("Cost center,Team,Owner,API key / Project,Model,Spend (USD),")));
    QCOMPARE(lines[1], QStringLiteral("Research,,,,,0.006,0.8571428571,0.003,1,,,,,0,2,0"));
    QCOMPARE(lines[2], QStringLiteral("Research,\"Lab, North\",,,,0.006,1,0.003,1,,,,,0,2,0"));
    QCOMPARE(lines[3], QStringLiteral("Unattributed,,,,,0.001,0.1428571429,0.00,,,,,,0,1,0"));
    QVERIFY(lines[4].isEmpty());
    // the expanded row is remembered for the next page (and the next run)
    CostCentersPage again(&ctx);
    again.show();
    QSignalSpy spy2(&again, &CostCentersPage::loaded);
    again.reload();
    waitLoaded(again, spy2);
    QVERIFY(again.treeView()->isExpanded(again.treeView()->model()->index(0, 0)));
}

void TestCostCentersPage::drillsDown()
{
    WorkspaceContext ctx;
    CostCentersPage page(&ctx);
    page.show();
    QSignalSpy spy(&page, &CostCentersPage::loaded);
    ctx.setPath(m_path);
    waitLoaded(page, spy);
    QSignalSpy calls(&page, &CostCentersPage::callsLoaded);
    page.showCalls(page.treeView()->model()->index(0, CostTreeModel::Spend));
    QTRY_COMPARE_WITH_TIMEOUT(calls.count(), 1, 5000);
    QCOMPARE(page.callsModel()->rowCount(), 2); // c2, c1: this period only, newest first
    QCOMPARE(page.callsModel()->rows()[0].callId, QStringLiteral("c2"));
    QCOMPARE(page.callsModel()->rows()[1].callId, QStringLiteral("c1"));
    QCOMPARE(page.callsModel()->index(1, CallRowsModel::Cost).data().toString(), QStringLiteral("$0.0045"));
}

INFEROMETER_TEST_MAIN(TestCostCentersPage)
#include "tst_costcenterspage.moc"
