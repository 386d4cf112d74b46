// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/demo/demogenerator.h"
#include "tests/support/testmain.h"
#include "views/maturitypage.h"
#include "views/workspacecontext.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestMaturityPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsDiagnosis();
    void reloadsOnContentChanged();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMaturityPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.inferometer"));
    PlainTaskContext ctx;
    Demo::Options opt;
    opt.days = 21;
    opt.volume = 0.2;
    QVERIFY(Demo::createWorkspace(m_demo, opt, ctx).ok());
}

void TestMaturityPage::showsDiagnosis()
{
    WorkspaceContext context;
    MaturityPage page(&context);
    page.resize(1300, 850);
    page.show();
    QSignalSpy loaded(&page, &MaturityPage::loaded);
    context.setPath(m_demo);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QVERIFY(!page.isLoading());

    // the page shows what the core computed for the same workspace
    auto ws = Store::Workspace::open(m_demo, Store::Workspace::Mode::OpenExisting);
    QVERIFY(ws.ok());
    PlainTaskContext ctx;
    Maturity::Options allData; // a workspace opened for the first time shows all of its data
    allData.period = Analytics::PeriodChoice::allTime();
    auto d = Maturity::diagnose(*ws.value(), allData, ctx);
    QVERIFY(d.ok());
    QCOMPARE(page.diagnosis().level, d.value().level);

    // one header row per level 2..5 plus one row per criterion, each with its definition in the tooltip
    QTreeWidget* list = page.checklist();
    QCOMPARE(list->topLevelItemCount(), 4 + int(d.value().criteria.size()));
    int criteria = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        const QString id = item->data(0, Qt::UserRole).toString();
        if (id.isEmpty())
            continue;
        const Maturity::Criterion& c = d.value().criteria.at(criteria++);
        QCOMPARE(id, c.id);
        QCOMPARE(item->text(3), c.met ? QStringLiteral("✓") : QStringLiteral("✗"));
        QVERIFY(item->toolTip(1).contains(c.definition.toHtmlEscaped()));
    }
    QCOMPARE(criteria, int(d.value().criteria.size()));
    QVERIFY(page.stepsTotalText().startsWith(QLatin1String("Estimated savings: $")));

    if (const QByteArray out = qgetenv("MATURITY_SCREENSHOT"); !out.isEmpty())
        page.grab().save(QString::fromLocal8Bit(out));
}

void TestMaturityPage::reloadsOnContentChanged()
{
    WorkspaceContext context;
    MaturityPage page(&context);
    page.show();
    QSignalSpy loaded(&page, &MaturityPage::loaded);
    context.setPath(m_demo);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    context.notifyContentChanged();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
}

INFEROMETER_TEST_MAIN(TestMaturityPage)
#include "tst_maturitypage.moc"
