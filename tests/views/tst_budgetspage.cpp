// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "../core/budgets/budgetstesting.h"

#include "core/budgets/budgetrepository.h"
#include "tests/support/testmain.h"
#include "views/budgetspage.h"
#include "views/models/budgettablemodel.h"
#include "views/workspacecontext.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QLineSeries>
#include <QTableView>
#include <QTimeZone>
#include <QTest>
#include <QUndoStack>

using namespace BudgetsTesting;

class TestBudgetsPage : public QObject
{
    Q_OBJECT
private slots:
    void showsEvaluationAndUndoesEdits();
    void exportsRules();
    void editKeepsItsRow();
    void asOfOpensOnTheDataAndTakesTypedDates();
    void forecastAndSpendColours();
};

namespace {

QString cell(BudgetTableModel* m, const QString& costCenter, int column)
{
    for (int i = 0; i < m->rowCount(); ++i)
        if (m->costCenter(i) == costCenter)
            return m->index(i, column).data().toString();
    return QStringLiteral("<no row %1>").arg(costCenter);
}

QList<Budgets::Budget> stored(const QString& path)
{
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    return ws ? Budgets::BudgetRepository(*ws.value()).budgets().value() : QList<Budgets::Budget> {};
}

} // namespace

void TestBudgetsPage::showsEvaluationAndUndoesEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.inferometer"));
    {
        auto ws = Store::Workspace::open(path);
        QVERIFY(ws && insert(*ws.value(), events()));
        QVERIFY(Budgets::BudgetRepository(*ws.value()).setBudget(QStringLiteral("Ops"), 100 * Usd).ok());
    }
    WorkspaceContext context;
    BudgetsPage page(&context);
    page.show();
    QAbstractItemModelTester tester(page.model());
    QSignalSpy loaded(&page, &BudgetsPage::loaded);
    context.setPath(path);
    page.setAsOf(QDate(2026, 9, 5));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && !page.isLoading(), 10000);

    // Ops budgeted, Eng spent this month without a budget
    BudgetTableModel* m = page.model();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(cell(m, QStringLiteral("Ops"), BudgetTableModel::MonthToDate), QStringLiteral("$112.00"));
    QCOMPARE(cell(m, QStringLiteral("Ops"), BudgetTableModel::Spent), QStringLiteral("112.0%"));
    QCOMPARE(cell(m, QStringLiteral("Ops"), BudgetTableModel::Forecast),
        QStringLiteral("$633.50 ($398 – $869)")); // weekday profile: tst_budgets
    QCOMPARE(cell(m, QStringLiteral("Ops"), BudgetTableModel::Alerts), QStringLiteral("80% · 90% · 100%"));
    QCOMPARE(cell(m, QStringLiteral("Ops"), BudgetTableModel::Breaker),
        QStringLiteral("would have stopped Sep 4 14:05, blocking $10.00 of 9 calls"));
    QCOMPARE(cell(m, QStringLiteral("Eng"), BudgetTableModel::MonthToDate), QStringLiteral("$100.00"));
    QCOMPARE(cell(m, QStringLiteral("Eng"), BudgetTableModel::Forecast), QString());

    // give Eng a budget of $90: saved at once, evaluated on the worker (spent 100/90; 80 %, 90 %, 100 % crossed)
    int engRow = -1;
    for (int i = 0; i < m->rowCount(); ++i)
        if (m->costCenter(i) == QLatin1String("Eng"))
            engRow = i;
    QVERIFY(m->setData(m->index(engRow, BudgetTableModel::Budget), 90.0));
    QCOMPARE(page.undoStack()->count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2 && !page.isLoading(), 10000);
    QCOMPARE(stored(path),
        (QList<Budgets::Budget> { { QStringLiteral("Eng"), 90 * Usd }, { QStringLiteral("Ops"), 100 * Usd } }));
    // Eng's cumulative 10, 40, 50, 80, 100: 72 (80 %) crossed on 09-04 12:00, 81 (90 %) and 90 (100 %) on 09-05
    // 12:00, the last call of the month so far
    QCOMPARE(cell(m, QStringLiteral("Eng"), BudgetTableModel::Alerts), QStringLiteral("80% · 90% · 100%"));
    QCOMPARE(cell(m, QStringLiteral("Eng"), BudgetTableModel::Breaker),
        QStringLiteral("reached 100 % Sep 5 12:00; no later calls to block"));

    const int before = loaded.count();
    page.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > before && !page.isLoading(), 10000);
    QCOMPARE(stored(path), (QList<Budgets::Budget> { { QStringLiteral("Ops"), 100 * Usd } }));
    QCOMPARE(cell(m, QStringLiteral("Eng"), BudgetTableModel::Alerts), QString());
    page.undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(stored(path).size() == 2 && !page.isLoading(), 10000);

    page.resize(1300, 760);
    const QString shot = QDir::temp().filePath(QStringLiteral("inferometer-budgets-test.png"));
    QVERIFY(page.grab().save(shot));
}

void TestBudgetsPage::exportsRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.inferometer"));
    {
        auto ws = Store::Workspace::open(path);
        QVERIFY(ws && insert(*ws.value(), events()));
        QVERIFY(Budgets::BudgetRepository(*ws.value()).setBudget(QStringLiteral("Ops"), 100 * Usd).ok());
    }
    WorkspaceContext context;
    BudgetsPage page(&context);
    context.setPath(path);
    QSignalSpy exported(&page, &BudgetsPage::rulesExported);
    const QString file = dir.filePath(QStringLiteral("rules.yml"));
    page.exportRules(file);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 10000);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray yaml = f.readAll();
    // Ops's three budget rules, its forecast rule and the two anomaly rules
    QCOMPARE(yaml.count("- alert: "), 6);
    QVERIFY(yaml.contains("team_alias=\\\"Ops\\\"}[30d])) > 0.8 * 100\""));
}

namespace {

/** The page, shown, on a workspace of the hand-worked events with Ops's $100 budget, once it has loaded. */
struct Opened
{
    QTemporaryDir dir;
    WorkspaceContext context;
    BudgetsPage page { &context };
    QSignalSpy loaded { &page, &BudgetsPage::loaded };

    bool open()
    {
        const QString path = dir.filePath(QStringLiteral("w.inferometer"));
        {
            auto ws = Store::Workspace::open(path);
            if (!ws || !insert(*ws.value(), events())
                || !Budgets::BudgetRepository(*ws.value()).setBudget(QStringLiteral("Ops"), 100 * Usd).ok())
                return false;
        }
        page.show();
        context.setPath(path);
        return QTest::qWaitFor([this] { return loaded.count() >= 1 && !page.isLoading(); }, 10000);
    }
};

} // namespace

void TestBudgetsPage::editKeepsItsRow()
{
    Opened o;
    QVERIFY(o.open());
    BudgetsPage& page = o.page;
    QSignalSpy& loaded = o.loaded;
    // by budget, largest first: Ops ($100), Eng (none)
    QAbstractItemModel* rows = page.view()->model();
    QCOMPARE(rows->index(0, BudgetTableModel::CostCenter).data().toString(), QStringLiteral("Ops"));
    QCOMPARE(rows->index(1, BudgetTableModel::CostCenter).data().toString(), QStringLiteral("Eng"));
    // Eng gets $900 in its cell, as the editor writes it: before, the row jumped to the top under the editor and
    // Enter or Tab went on in Ops's row
    const QModelIndex engBudget = rows->index(1, BudgetTableModel::Budget);
    page.view()->setCurrentIndex(engBudget);
    QVERIFY(rows->setData(engBudget, 900.0));
    QCOMPARE(rows->index(1, BudgetTableModel::CostCenter).data().toString(), QStringLiteral("Eng"));
    QCOMPARE(page.view()->currentIndex().row(), 1);
    // once evaluated, the table sorts again and the selection stays on Eng
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2 && !page.isLoading(), 10000);
    QCOMPARE(rows->index(0, BudgetTableModel::CostCenter).data().toString(), QStringLiteral("Eng"));
    QCOMPARE(rows->index(page.view()->currentIndex().row(), BudgetTableModel::CostCenter).data().toString(),
        QStringLiteral("Eng"));
}

void TestBudgetsPage::asOfOpensOnTheDataAndTakesTypedDates()
{
    Opened o;
    QVERIFY(o.open());
    BudgetsPage& page = o.page;
    QSignalSpy& loaded = o.loaded;
    // the last event is on 2026-09-06: the picker shows it and its calendar opens on September 2026, not on 2000
    QDateEdit* asOf = page.asOfEdit();
    QCOMPARE(asOf->date(), QDate(2026, 9, 6));
    asOf->calendarWidget()->setSelectedDate(asOf->date()); // what the popup does when it opens
    QCOMPARE(asOf->calendarWidget()->yearShown(), 2026);
    QCOMPARE(asOf->calendarWidget()->monthShown(), 9);
    // a date typed in full counts once Enter is pressed: Ops 2 + 3 + 70 + 10 + 5 + 12 + 3 = $105 by 09-04
    asOf->setFocus();
    asOf->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(asOf, QStringLiteral("04"));
    QCOMPARE(loaded.count(), 1); // nothing yet while typing
    QTest::keyClick(asOf, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2 && !page.isLoading(), 10000);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(page.model()->report().asOfDayMs, QTimeZone::utc()).date(),
        QDate(2026, 9, 4));
    QCOMPARE(cell(page.model(), QStringLiteral("Ops"), BudgetTableModel::MonthToDate), QStringLiteral("$105.00"));
}

void TestBudgetsPage::forecastAndSpendColours()
{
    Opened o;
    QVERIFY(o.open());
    BudgetsPage& page = o.page;
    QMap<QString, QColor> colours;
    for (QAbstractSeries* series : page.chartView()->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(series))
            colours.insert(line->name(), line->pen().color());
    QVERIFY2(colours.contains(QStringLiteral("Spend (cumulative)")) && colours.contains(QStringLiteral("Forecast")),
        qPrintable(QStringList(colours.keys()).join(QLatin1Char(','))));
    // before: both #1e6fb8
    QVERIFY(colours.value(QStringLiteral("Spend (cumulative)")) != colours.value(QStringLiteral("Forecast")));
    QVERIFY(colours.value(QStringLiteral("Budget")) != colours.value(QStringLiteral("Forecast")));
}

INFEROMETER_TEST_MAIN(TestBudgetsPage)
#include "tst_budgetspage.moc"
