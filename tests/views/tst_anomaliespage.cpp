// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "../core/anomalies/anomalytesting.h"

#include "core/common/money.h"
#include "tests/support/pagetesting.h"
#include "tests/support/testmain.h"
#include "views/anomaliespage.h"
#include "views/models/anomalymodel.h"
#include "views/workspacecontext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>

using namespace AnomalyTesting;

// The Anomalies page on a hand-built workspace: a runaway task (120 chained calls in 20 minutes, as in tst_anomalies)
// and a retry storm (25 errors in 10 minutes). Set ANOMALIES_SCREENSHOT=PNG and ANOMALIES_WORKSPACE=W to save a
// screenshot of the page on another workspace (the demo).
class TestAnomaliesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsAndExplains();
    void reloadsOnContentChange();
    void headerExcessAgreesWithTheRows();
    void whereIsReadable();
    void kindsHaveDistinctColours();
    void screenshot();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {

/** A runaway task: 120 chained calls of $0.10 in 20 minutes from 10:00 on D0 (project bot, task L, agent ag). */
QList<UsageEvent> loopCalls()
{
    QList<UsageEvent> ev;
    QString parent;
    for (int i = 0; i < 120; ++i) {
        UsageEvent e = call(
            D0 + 10 * Hour + i * 10'000, QStringLiteral("Eng"), QStringLiteral("m1"), QStringLiteral("k1"), Usd / 10);
        e.project = QStringLiteral("bot");
        e.taskId = QStringLiteral("L");
        e.agentId = QStringLiteral("ag");
        e.parentCallId = parent;
        parent = e.callId;
        ev << e;
    }
    return ev;
}

/** A retry storm: 25 failed calls of $0.05 on key k2 and model m2 in 10 minutes from 14:00 on D0. */
QList<UsageEvent> stormCalls()
{
    QList<UsageEvent> ev;
    for (int i = 0; i < 25; ++i) {
        UsageEvent e = call(
            D0 + 14 * Hour + i * 20'000, QStringLiteral("Eng"), QStringLiteral("m2"), QStringLiteral("k2"), Usd / 20);
        e.error = true;
        ev << e;
    }
    return ev;
}

} // namespace

void TestAnomaliesPage::initTestCase()
{
    QVERIFY(workspace(m_dir, loopCalls() + stormCalls(), "page.inferometer"));
    m_path = m_dir.filePath(QStringLiteral("page.inferometer"));
}

void TestAnomaliesPage::listsAndExplains()
{
    WorkspaceContext context;
    AnomaliesPage page(&context);
    QAbstractItemModelTester tester(const_cast<AnomalyModel*>(page.model()));
    page.resize(1300, 850);
    page.show();
    QSignalSpy loaded(&page, &AnomaliesPage::loaded);
    QSignalSpy evidence(&page, &AnomaliesPage::evidenceLoaded);
    context.setPath(m_path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    const QAbstractItemModel* list = page.table()->model();
    for (int r = 0; r < list->rowCount(); ++r)
        qInfo() << list->index(r, AnomalyModel::Kind).data() << list->index(r, AnomalyModel::Where).data();
    QCOMPARE(list->rowCount(), 2);
    // sorted by start: the loop (10:00), then the storm (14:00)
    QCOMPARE(list->index(0, AnomalyModel::Kind).data().toString(), QStringLiteral("Agent loop"));
    QCOMPARE(list->index(0, AnomalyModel::Start).data().toString(), QStringLiteral("2026-03-02 10:00"));
    QCOMPARE(list->index(0, AnomalyModel::Calls).data().toString(), QStringLiteral("120"));
    QCOMPARE(list->index(1, AnomalyModel::Kind).data().toString(), QStringLiteral("Retry storm"));
    QCOMPARE(list->index(1, AnomalyModel::Where).data().toString(), QStringLiteral("api_key = k2, model = m2"));
    // the first row is selected: its method and its calls
    QTRY_COMPARE_WITH_TIMEOUT(evidence.count(), 1, 10000);
    QCOMPARE(page.evidenceTable()->model()->rowCount(), 120);
    QVERIFY(page.methodText().contains(QLatin1String("10-minute window")));
    // before: "Reported from $1."
    QVERIFY(Anomalies::methodText(Anomalies::Kind::ShadowSpend, {})
                .contains(QLatin1String("A key is reported once its spend reaches $1.")));
    QVERIFY(page.methodText().contains(QLatin1String("parent_call_id chain")));
    // the only task of its project: no other tasks to take a norm from, so the floor of 50 calls applies
    QVERIFY(page.methodText().contains(QLatin1String("calls per 10 min: 60")));
    QVERIFY(page.methodText().contains(QLatin1String("threshold: 50")));
    // selecting the storm shows its 25 error calls
    page.table()->selectRow(1);
    QTRY_COMPARE_WITH_TIMEOUT(evidence.count(), 2, 10000);
    QCOMPARE(page.evidenceTable()->model()->rowCount(), 25);
    QCOMPARE(page.evidenceTable()->model()->index(0, EvidenceModel::Status).data().toString(), QStringLiteral("error"));
    QVERIFY(page.methodText().contains(QLatin1String("Error calls per 10-minute window")));
    // sorting by excess: the rows are in start order (loop, storm), so ascending must move the storm up, and
    // descending must move it back; the loop's excess ($12 of calls) is larger than the storm's ($1.25 of calls)
    const qint64 loopExcess = list->index(0, AnomalyModel::Excess).data(AnomalyModel::SortRole).toLongLong();
    const qint64 stormExcess = list->index(1, AnomalyModel::Excess).data(AnomalyModel::SortRole).toLongLong();
    QVERIFY2(loopExcess > stormExcess && stormExcess > 0,
        qPrintable(QStringLiteral("%1 / %2").arg(loopExcess).arg(stormExcess)));
    page.table()->sortByColumn(AnomalyModel::Excess, Qt::AscendingOrder);
    QCOMPARE(list->index(0, AnomalyModel::Kind).data().toString(), QStringLiteral("Retry storm"));
    QCOMPARE(list->index(1, AnomalyModel::Kind).data().toString(), QStringLiteral("Agent loop"));
    QCOMPARE(list->index(0, AnomalyModel::Calls).data().toString(), QStringLiteral("25"));
    page.table()->sortByColumn(AnomalyModel::Excess, Qt::DescendingOrder);
    QCOMPARE(list->index(0, AnomalyModel::Kind).data().toString(), QStringLiteral("Agent loop"));
    QCOMPARE(list->index(1, AnomalyModel::Kind).data().toString(), QStringLiteral("Retry storm"));
    QCOMPARE(list->index(0, AnomalyModel::Calls).data().toString(), QStringLiteral("120"));
}

void TestAnomaliesPage::reloadsOnContentChange()
{
    // a workspace with the runaway task only: one row
    QVERIFY(workspace(m_dir, loopCalls(), "reload.inferometer"));
    const QString path = m_dir.filePath(QStringLiteral("reload.inferometer"));
    WorkspaceContext context;
    AnomaliesPage page(&context);
    page.show();
    QSignalSpy loaded(&page, &AnomaliesPage::loaded);
    context.setPath(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    const QAbstractItemModel* list = page.table()->model();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, AnomalyModel::Kind).data().toString(), QStringLiteral("Agent loop"));
    // the retry storm's calls are imported: after the change is announced the page shows both, the storm second
    {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        QVERIFY(ws.ok());
        Store::UsageRepository repo(*ws.value());
        Store::Transaction tx(*ws.value());
        QVERIFY(tx.begin().ok());
        QVERIFY(repo.insert(stormCalls(), nullptr).ok());
        QVERIFY(repo.refreshAll().ok());
        QVERIFY(tx.commit().ok());
    }
    context.notifyContentChanged();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->index(0, AnomalyModel::Kind).data().toString(), QStringLiteral("Agent loop"));
    QCOMPARE(list->index(0, AnomalyModel::Calls).data().toString(), QStringLiteral("120"));
    QCOMPARE(list->index(1, AnomalyModel::Kind).data().toString(), QStringLiteral("Retry storm"));
    QCOMPARE(list->index(1, AnomalyModel::Where).data().toString(), QStringLiteral("api_key = k2, model = m2"));
    QCOMPARE(list->index(1, AnomalyModel::Start).data().toString(), QStringLiteral("2026-03-02 14:00"));
    QCOMPARE(list->index(1, AnomalyModel::Calls).data().toString(), QStringLiteral("25"));
}

void TestAnomaliesPage::screenshot()
{
    const QString png = qEnvironmentVariable("ANOMALIES_SCREENSHOT");
    const QString path = qEnvironmentVariable("ANOMALIES_WORKSPACE");
    if (png.isEmpty() || path.isEmpty())
        return; // a tool, not a check: set ANOMALIES_SCREENSHOT and ANOMALIES_WORKSPACE to take a screenshot
    WorkspaceContext context;
    AnomaliesPage page(&context);
    page.resize(1400, 900);
    page.show();
    QSignalSpy loaded(&page, &AnomaliesPage::loaded);
    QSignalSpy evidence(&page, &AnomaliesPage::evidenceLoaded);
    context.setPath(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
    const int row = qEnvironmentVariableIntValue("ANOMALIES_ROW");
    if (row > 0)
        page.table()->selectRow(row);
    QTRY_VERIFY_WITH_TIMEOUT(evidence.count() >= 1, 10000);
    QTest::qWait(200);
    QVERIFY(page.grab().save(png));
}

void TestAnomaliesPage::headerExcessAgreesWithTheRows()
{
    // two spend spikes on one day ($10 and $4: only the larger counts) and a loop on another day ($3)
    auto anomaly = [](Anomalies::Kind kind, qint64 start, qint64 excess) {
        Anomalies::Anomaly a;
        a.kind = kind;
        a.startMs = start;
        a.endMs = start + Hour;
        a.excessCostNano = excess;
        a.severity = Anomalies::Severity::High;
        return a;
    };
    const QList<Anomalies::Anomaly> list { anomaly(Anomalies::Kind::SpendSpike, D0 + 2 * Hour, 10 * Usd),
        anomaly(Anomalies::Kind::SpendSpike, D0 + 5 * Hour, 4 * Usd),
        anomaly(Anomalies::Kind::AgentLoop, D0 + 30 * Hour, 3 * Usd) };
    QCOMPARE(AnomaliesPage::summaryFor(list),
        QStringLiteral("3 anomaly(s) · 0 critical, 3 high · estimated excess $13.00 (the rows add up to $17.00: "
                       "overlapping anomalies are counted once here)"));
    // without overlaps the header is the rows' sum, and says nothing more
    QCOMPARE(AnomaliesPage::summaryFor({ list[0], list[2] }),
        QStringLiteral("2 anomaly(s) · 0 critical, 2 high · estimated excess $13.00"));
    QCOMPARE(AnomaliesPage::summaryFor({}), QStringLiteral("No anomalies found."));

    // on the page: the loop and the storm do not overlap, so the header is what the Excess column adds up to
    ShownPage<AnomaliesPage> shown;
    QVERIFY(shown.open(m_path));
    const AnomaliesPage& page = shown.page;
    qint64 rows = 0;
    for (const Anomalies::Anomaly& a : page.model()->anomalies())
        rows += a.excessCostNano.value_or(0);
    QVERIFY(rows > 0);
    QVERIFY2(page.summaryText().endsWith(QStringLiteral("estimated excess ") + Money::formatUsd(rows)),
        qPrintable(page.summaryText()));
}

void TestAnomaliesPage::whereIsReadable()
{
    ShownPage<AnomaliesPage> shown;
    QVERIFY(shown.open(m_path));
    const AnomaliesPage& page = shown.page;
    QCOMPARE(page.table()->textElideMode(), Qt::ElideMiddle);
    const QModelIndex where = page.table()->model()->index(1, AnomalyModel::Where);
    QVERIFY2(where.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("api_key = k2, model = m2\n")),
        qPrintable(where.data(Qt::ToolTipRole).toString()));
}

void TestAnomaliesPage::kindsHaveDistinctColours()
{
    // before: a spike's vermillion (#D55E00) and a loop's red (#C62828) were 10° of hue apart
    const QList<Anomalies::Kind> kinds { Anomalies::Kind::SpendSpike, Anomalies::Kind::ShadowSpend,
        Anomalies::Kind::AgentLoop, Anomalies::Kind::RetryStorm, Anomalies::Kind::ContextBloat };
    for (Anomalies::Kind a : kinds)
        for (Anomalies::Kind b : kinds) {
            if (a == b)
                continue;
            const int d = std::abs(AnomaliesPage::kindColor(a).hslHue() - AnomaliesPage::kindColor(b).hslHue());
            const bool spikeAndLoop = (a == Anomalies::Kind::SpendSpike && b == Anomalies::Kind::AgentLoop)
                || (b == Anomalies::Kind::SpendSpike && a == Anomalies::Kind::AgentLoop);
            QVERIFY2(std::min(d, 360 - d) >= (spikeAndLoop ? 90 : 30),
                qPrintable(Anomalies::kindTitle(a) + QStringLiteral(" / ") + Anomalies::kindTitle(b)));
        }
}

INFEROMETER_TEST_MAIN(TestAnomaliesPage)
#include "tst_anomaliespage.moc"
