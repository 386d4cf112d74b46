// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The window's wiring comes from one table of pages: sidebar, View menu shortcuts, undo stacks, --page ids; and only
// the page in view computes.
#include "app/mainwindow.h"
#include "app/pagetable.h"
#include "core/import/fileimporter.h"
#include "core/store/workspace.h"
#include "tests/support/testmain.h"
#include "views/ab/abpage.h"
#include "views/ab/absetupform.h"
#include "views/costcenterspage.h"
#include "views/overviewpage.h"
#include "views/pricespage.h"
#include "views/workspacecontext.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

namespace {

/** A workspace `name` in `dir` holding one call: gpt-4o-mini, 1M input tokens, Ops, 2026-03-02; empty on failure. */
QString oneCallWorkspace(const QTemporaryDir& dir, const QString& name)
{
    const QString ws = dir.filePath(name);
    const QString file = dir.filePath(QStringLiteral("calls.jsonl"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("{\"time\":\"2026-03-02T10:00:00Z\",\"model\":\"gpt-4o-mini\",\"cost_center\":\"Ops\","
            "\"uncached_input_tokens\":1000000,\"call_id\":\"a\"}\n");
    f.close();
    auto w = Store::Workspace::open(ws, Store::Workspace::Mode::OpenOrCreate);
    PlainTaskContext ctx;
    if (!w || !Import::importFile(*w.value(), file, QStringLiteral("jsonl"), ctx))
        return {};
    return ws;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesComeFromTheTable();
    void onlyTheVisiblePageComputes();
    void droppedModelsGoToTheAbPage();
    void exportsThePageAsPdf();
    void shortcutOverview();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindow::pagesComeFromTheTable()
{
    MainWindow window;
    QStringList ids;
    for (const PageSpec& spec : pageTable())
        ids << QString::fromLatin1(spec.id);
    QCOMPARE(window.pageIds(), ids);
    QCOMPARE(ids.size(), 12);
    QVERIFY(!ids.contains(QString()) && QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size());
    // View: one action per page, Ctrl+1 … Ctrl+9 on the first nine, in the table's order
    QMenu* view = nullptr;
    for (QAction* a : window.menuBar()->actions())
        if (a->text() == QLatin1String("&View"))
            view = a->menu();
    QVERIFY(view);
    const QList<QAction*> actions = view->actions();
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(actions.at(i)->text(), QCoreApplication::translate("MainWindow", pageTable().at(i).name));
        QCOMPARE(actions.at(i)->shortcut(), i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) : QKeySequence());
    }
    actions.at(3)->trigger();
    QCOMPARE(window.currentPage(), window.page(QStringLiteral("prices")));
    // Edit ▸ Undo follows the page in front: the Prices page's stack there, none on the Overview
    QAction* undo = nullptr;
    for (QAction* a : window.menuBar()->actions())
        if (a->text() == QLatin1String("&Edit"))
            undo = a->menu()->actions().value(0);
    QVERIFY(undo);
    QUndoStack* prices = window.pricesPage()->undoStack();
    prices->push(new QUndoCommand(QStringLiteral("edit a price")));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo edit a price"));
    QVERIFY(window.showPage(QStringLiteral("overview")));
    QVERIFY(!undo->isEnabled());
    QVERIFY(window.showPage(QStringLiteral("budgets")));
    QVERIFY(!undo->isEnabled()); // the budgets' own stack, empty
    QVERIFY(!window.showPage(QStringLiteral("nowhere")));
}

void TestMainWindow::onlyTheVisiblePageComputes()
{
    QTemporaryDir dir;
    const QString ws = oneCallWorkspace(dir, QStringLiteral("w.inferometer"));
    QVERIFY(!ws.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(window.showPage(QStringLiteral("overview")));
    auto* overview = window.overviewPage();
    auto* centers = static_cast<CostCentersPage*>(window.page(QStringLiteral("costcenters")));
    QSignalSpy overviewLoaded(overview, &OverviewPage::loaded);
    QSignalSpy centersLoaded(centers, &CostCentersPage::loaded);
    window.openWorkspace(ws);
    QTRY_COMPARE_WITH_TIMEOUT(overviewLoaded.count(), 1, 10000);
    // a change while hidden: before, every page computed at once, seen or not
    window.context()->notifyContentChanged();
    QTRY_COMPARE_WITH_TIMEOUT(overviewLoaded.count(), 2, 10000);
    QTest::qWait(100);
    QCOMPARE(centersLoaded.count(), 0);
    QVERIFY(window.showPage(QStringLiteral("costcenters")));
    QTRY_COMPARE_WITH_TIMEOUT(centersLoaded.count(), 1, 10000);
}

void TestMainWindow::droppedModelsGoToTheAbPage()
{
    MainWindow window;
    window.show();
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(QStringLiteral("/models/a-Q8_0.gguf")),
        QUrl::fromLocalFile(QStringLiteral("/models/a-Q4_0.gguf")) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto* ab = qobject_cast<AbPage*>(window.currentPage());
    QVERIFY(ab);
    QCOMPARE(window.currentPage(), window.page(QStringLiteral("ab")));
    QCOMPARE(ab->setup()->request().fileA, QStringLiteral("/models/a-Q8_0.gguf"));
    QCOMPARE(ab->setup()->request().fileB, QStringLiteral("/models/a-Q4_0.gguf"));
}

void TestMainWindow::exportsThePageAsPdf()
{
    QTemporaryDir dir;
    const QString ws = oneCallWorkspace(dir, QStringLiteral("calls.inferometer"));
    QVERIFY(!ws.isEmpty());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.showPage(QStringLiteral("overview")));
    QSignalSpy loaded(window.overviewPage(), &OverviewPage::loaded);
    window.openWorkspace(ws);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    // the File menu offers it, with its shortcut
    QAction* action = nullptr;
    for (QAction* a : window.menuBar()->actions().first()->menu()->actions())
        if (a->text() == QStringLiteral("Export Page as &PDF…"))
            action = a;
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    // the header names the workspace and the period the page shows (all data: the one day of the one call)
    QCOMPARE(window.pageSubtitle(window.overviewPage()),
        QStringLiteral("Workspace calls.inferometer · All data: 2026-03-02 to 2026-03-02 (UTC)"));
    const QString pdf = qEnvironmentVariableIsSet("PAGE_PDF") ? qEnvironmentVariable("PAGE_PDF")
                                                              : dir.filePath(QStringLiteral("overview.pdf"));
    QVERIFY(window.savePagePdf(pdf).ok());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY2(bytes.contains("/Count 1"), "one page");
}

void TestMainWindow::shortcutOverview()
{
    MainWindow window;
    const QList<QPair<QString, QString>> list = window.shortcuts();
    const auto has
        = [&list](const QString& command, const QString& keys) { return list.contains(qMakePair(command, keys)); };
    QVERIFY(has(QStringLiteral("File ▸ Import Usage Files…"), QStringLiteral("Ctrl+I")));
    QVERIFY(has(QStringLiteral("File ▸ Export Page as PDF…"), QStringLiteral("Ctrl+Shift+E")));
    QVERIFY(has(QStringLiteral("View ▸ Overview"), QStringLiteral("Ctrl+1")));
    QVERIFY(has(QStringLiteral("Help ▸ Keyboard Shortcuts"), QStringLiteral("Ctrl+/")));
    // the dialog lists them (SHORTCUTS_SCREENSHOT=FILE.png saves it to look at)
    int rows = -1;
    QTimer::singleShot(0, &window, [&rows] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (auto* table = dialog->findChild<QTableWidget*>())
            rows = table->rowCount();
        if (qEnvironmentVariableIsSet("SHORTCUTS_SCREENSHOT"))
            dialog->grab().save(qEnvironmentVariable("SHORTCUTS_SCREENSHOT"));
        dialog->close();
    });
    window.showShortcuts();
    QCOMPARE(rows, int(list.size()));
    // no two commands share a shortcut
    QSet<QString> keys;
    for (const auto& [command, key] : list) {
        QVERIFY2(!keys.contains(key), qPrintable(key + QStringLiteral(" twice")));
        keys.insert(key);
    }
}

INFEROMETER_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
