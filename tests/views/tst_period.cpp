// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// One period for the whole window: shared by every analysis page, remembered per workspace, all data the first time,
// an empty period says so with "Show all data", and only the page in view reloads.
#include "core/analytics/overview.h"
#include "core/common/money.h"
#include "core/import/fileimporter.h"
#include "core/store/workspace.h"
#include "tests/support/testmain.h"
#include "views/anomaliespage.h"
#include "views/costcenterspage.h"
#include "views/maturitypage.h"
#include "views/models/costtreemodel.h"
#include "views/overviewpage.h"
#include "views/periodbar.h"
#include "views/workspacecontext.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// gpt-4o-mini: $0.15 per 1M input tokens, $0.60 per 1M output tokens
QByteArray call(const char* time, const char* id, int inputMillions)
{
    return QByteArray("{\"time\":\"") + time + "\",\"model\":\"gpt-4o-mini\",\"cost_center\":\"Ops\","
        + "\"uncached_input_tokens\":" + QByteArray::number(inputMillions * 1'000'000) + ",\"call_id\":\"" + id
        + "\"}\n";
}

} // namespace

class TestPeriod : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void firstOpenShowsAllData();
    void onePeriodForEveryPage();
    void rememberedPerWorkspace();
    void emptyPeriodOffersAllData();
    void hiddenPagesWaitUntilShown();

private:
    QString makeWorkspace(const QString& name, const QByteArray& jsonl);
    QTemporaryDir m_dir;
    QString m_a; // March 2026: $0.15 on the 2nd, $0.30 on the 20th, $0.45 on the 31st
    QString m_b; // one call in 2025
};

QString TestPeriod::makeWorkspace(const QString& name, const QByteArray& jsonl)
{
    const QString file = m_dir.filePath(name + QStringLiteral(".jsonl"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(jsonl) != jsonl.size())
        return {};
    f.close();
    const QString path = m_dir.filePath(name + QStringLiteral(".inferometer"));
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenOrCreate);
    if (!ws)
        return {};
    PlainTaskContext ctx;
    auto r = Import::importFile(*ws.value(), file, QStringLiteral("jsonl"), ctx);
    return r && r.value().imported > 0 ? path : QString();
}

void TestPeriod::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_a = makeWorkspace(QStringLiteral("a"),
        call("2026-03-02T10:00:00Z", "a1", 1) + call("2026-03-20T10:00:00Z", "a2", 2)
            + call("2026-03-31T23:00:00Z", "a3", 3));
    QVERIFY(!m_a.isEmpty());
    m_b = makeWorkspace(QStringLiteral("b"), call("2025-06-01T08:00:00Z", "b1", 4));
    QVERIFY(!m_b.isEmpty());
}

void TestPeriod::init()
{
    QSettings().remove(QStringLiteral("workspacePeriods")); // every test starts from workspaces never opened
}

void TestPeriod::firstOpenShowsAllData()
{
    // before: the Overview opened every workspace on "Last 90 days" (or whatever another workspace used last)
    WorkspaceContext context;
    OverviewPage page(&context);
    page.show();
    QSignalSpy loaded(&page, &OverviewPage::loaded);
    context.setPath(m_a);
    QVERIFY(context.period() == Analytics::PeriodChoice::allTime());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QCOMPARE(page.kpiText(QStringLiteral("spend")), QStringLiteral("$0.90"));
    QCOMPARE(page.findChild<PeriodBar*>()->presets()->currentText(), QStringLiteral("All data"));
}

void TestPeriod::onePeriodForEveryPage()
{
    WorkspaceContext context;
    QStackedWidget pages;
    auto* overview = new OverviewPage(&context, &pages);
    auto* centers = new CostCentersPage(&context, &pages);
    auto* anomalies = new AnomaliesPage(&context, &pages);
    auto* maturity = new MaturityPage(&context, &pages);
    for (QWidget* p : { (QWidget*)overview, (QWidget*)centers, (QWidget*)anomalies, (QWidget*)maturity })
        pages.addWidget(p);
    pages.resize(1300, 800);
    pages.show();
    QSignalSpy overviewLoaded(overview, &OverviewPage::loaded);
    context.setPath(m_a);
    QTRY_COMPARE_WITH_TIMEOUT(overviewLoaded.count(), 1, 10000);

    // every analysis page has the selector in its header, the Anomalies page too
    for (QWidget* p : { (QWidget*)overview, (QWidget*)centers, (QWidget*)anomalies, (QWidget*)maturity })
        QVERIFY2(p->findChild<PeriodBar*>(), p->metaObject()->className());

    // "Last 7 days" chosen on the Overview: 25–31 March, only the $0.45 call
    QComboBox* presets = overview->findChild<PeriodBar*>()->presets();
    presets->setCurrentIndex(0);
    emit presets->activated(0);
    QTRY_COMPARE_WITH_TIMEOUT(overviewLoaded.count(), 2, 10000);
    QCOMPARE(overview->kpiText(QStringLiteral("spend")), QStringLiteral("$0.45"));

    // the Cost centers page shows the same period when it comes into view, and its selector says so
    QSignalSpy centersLoaded(centers, &CostCentersPage::loaded);
    pages.setCurrentWidget(centers);
    QTRY_COMPARE_WITH_TIMEOUT(centersLoaded.count(), 1, 10000);
    QCOMPARE(centers->findChild<PeriodBar*>()->presets()->currentText(), QStringLiteral("Last 7 days"));
    QCOMPARE(centers->treeModel()->tree().total.listCostNano, 450'000'000);

    // changed on the Maturity page: the Overview follows
    QSignalSpy maturityLoaded(maturity, &MaturityPage::loaded);
    pages.setCurrentWidget(maturity);
    QTRY_COMPARE_WITH_TIMEOUT(maturityLoaded.count(), 1, 10000);
    QCOMPARE(maturity->diagnosis().days, 7);
    QComboBox* mp = maturity->findChild<PeriodBar*>()->presets();
    mp->setCurrentIndex(4); // all data
    emit mp->activated(4);
    QTRY_COMPARE_WITH_TIMEOUT(maturityLoaded.count(), 2, 10000);
    QCOMPARE(maturity->diagnosis().days, 30); // 2 … 31 March
    QCOMPARE(maturity->diagnosis().spendNano, 900'000'000);
    pages.setCurrentWidget(overview);
    QTRY_COMPARE_WITH_TIMEOUT(overviewLoaded.count(), 3, 10000);
    QCOMPARE(overview->kpiText(QStringLiteral("spend")), QStringLiteral("$0.90"));
    QCOMPARE(presets->currentText(), QStringLiteral("All data"));
}

void TestPeriod::rememberedPerWorkspace()
{
    WorkspaceContext context;
    OverviewPage page(&context);
    page.show();
    QSignalSpy loaded(&page, &OverviewPage::loaded);
    context.setPath(m_a);
    context.setPeriod(Analytics::PeriodChoice::customDays(
        QDateTime(QDate(2026, 3, 15), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
        QDateTime(QDate(2026, 3, 25), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    QTRY_VERIFY_WITH_TIMEOUT(page.kpiText(QStringLiteral("spend")) == QStringLiteral("$0.30"), 10000);

    // before: B opened on A's custom March period and showed "0 events, $0.00"
    context.setPath(m_b);
    QVERIFY(context.period() == Analytics::PeriodChoice::allTime());
    QTRY_VERIFY_WITH_TIMEOUT(page.kpiText(QStringLiteral("spend")) == QStringLiteral("$0.60"), 10000);
    QVERIFY(page.findChild<PeriodBar*>()->emptyBanner()->isHidden());

    // back to A: its own period again, in a new window too (the choice is kept in the settings)
    context.setPath(m_a);
    QCOMPARE(context.period().kind, Analytics::PeriodChoice::Kind::Custom);
    QTRY_VERIFY_WITH_TIMEOUT(page.kpiText(QStringLiteral("spend")) == QStringLiteral("$0.30"), 10000);
    WorkspaceContext later;
    later.setPath(m_a);
    QVERIFY(later.period() == context.period());
}

void TestPeriod::emptyPeriodOffersAllData()
{
    WorkspaceContext context;
    CostCentersPage page(&context);
    page.show();
    QSignalSpy loaded(&page, &CostCentersPage::loaded);
    context.setPath(m_a);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QLabel* banner = page.findChild<PeriodBar*>()->emptyBanner();
    QVERIFY(banner->isHidden());
    context.setPeriod(Analytics::PeriodChoice::customDays(
        QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
        QDateTime(QDate(2026, 1, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
    QCOMPARE(page.treeModel()->tree().total.events, 0);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("No calls from 2026-01-01 to 2026-01-31")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("2026-03-02 to 2026-03-31")));
    // one click shows all data
    emit banner->linkActivated(QStringLiteral("all"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 10000);
    QCOMPARE(page.treeModel()->tree().total.listCostNano, 900'000'000);
    QVERIFY(banner->isHidden());
}

void TestPeriod::hiddenPagesWaitUntilShown()
{
    WorkspaceContext context;
    QStackedWidget pages;
    auto* overview = new OverviewPage(&context, &pages);
    auto* centers = new CostCentersPage(&context, &pages);
    pages.addWidget(overview);
    pages.addWidget(centers);
    pages.show();
    QSignalSpy overviewLoaded(overview, &OverviewPage::loaded);
    QSignalSpy centersLoaded(centers, &CostCentersPage::loaded);
    context.setPath(m_a);
    QTRY_COMPARE_WITH_TIMEOUT(overviewLoaded.count(), 1, 10000);
    for (int i = 0; i < 3; ++i)
        context.notifyContentChanged();
    QTRY_COMPARE_WITH_TIMEOUT(overviewLoaded.count(), 2, 10000); // the page in view: the newest change only
    QTest::qWait(200);
    QCOMPARE(overviewLoaded.count(), 2);
    // before: the hidden page computed four times; now it computes nothing until it is shown, then once
    QCOMPARE(centersLoaded.count(), 0);
    QVERIFY(!centers->isLoading());
    pages.setCurrentWidget(centers);
    QTRY_COMPARE_WITH_TIMEOUT(centersLoaded.count(), 1, 10000);
    QTest::qWait(200);
    QCOMPARE(centersLoaded.count(), 1);
}

INFEROMETER_TEST_MAIN(TestPeriod)
#include "tst_period.moc"
