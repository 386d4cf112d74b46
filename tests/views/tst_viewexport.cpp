// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Export and share (views/export): tables as CSV and Markdown exactly as the view shows them (sorted, filtered,
// columns moved and hidden, trees as expanded), charts as PNG and SVG, a page as a one-page PDF, and the context
// menus installed only where a view has none of its own.
#include "views/export/viewexport.h"
#include "tests/support/testmain.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

/** model, costs and team: three rows, one with a comma and a quote, one with a line break and a pipe. */
QStandardItemModel* makeModel(QObject* parent)
{
    auto* m = new QStandardItemModel(0, 3, parent);
    m->setHorizontalHeaderLabels({ QStringLiteral("Model"), QStringLiteral("Cost"), QStringLiteral("Team") });
    const QList<QStringList> rows = {
        { QStringLiteral("gpt-4o"), QStringLiteral("$12.50"), QStringLiteral("Platform") },
        { QStringLiteral("claude \"sonnet\", 4"), QStringLiteral("$3.00"), QStringLiteral("R&D") },
        { QStringLiteral("gemini"), QStringLiteral("$40.00"), QStringLiteral("Ops\nA|B") },
    };
    for (const QStringList& r : rows) {
        QList<QStandardItem*> items;
        for (const QString& s : r)
            items.append(new QStandardItem(s));
        m->appendRow(items);
    }
    return m;
}

QChartView* makeChart(QWidget* parent)
{
    auto* series = new QLineSeries;
    series->append(0, 1);
    series->append(1, 3);
    series->append(2, 2);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->setTitle(QStringLiteral("Spend per day"));
    auto* view = new QChartView(chart, parent);
    view->resize(400, 300);
    return view;
}

/** A widget whose signal connections the test can count (QObject::receivers is protected). */
template <class W>
struct Counted : W
{
    using W::W;
    int menuReceivers() const { return this->receivers(SIGNAL(customContextMenuRequested(QPoint))); }
};

} // namespace

class TestViewExport : public QObject
{
    Q_OBJECT

private slots:
    void tableAsShown()
    {
        QWidget w;
        auto* proxy = new QSortFilterProxyModel(&w);
        proxy->setSourceModel(makeModel(&w));
        auto* view = new QTableView(&w);
        view->setModel(proxy);
        view->sortByColumn(0, Qt::DescendingOrder); // gpt-4o, gemini, claude
        view->setSortingEnabled(true);
        view->horizontalHeader()->moveSection(2, 0); // Team first
        view->setColumnHidden(1, true); // Cost hidden
        QCOMPARE(ViewExport::tableCsv(view),
            QStringLiteral("Team,Model\r\n"
                           "Platform,gpt-4o\r\n"
                           "\"Ops\nA|B\",gemini\r\n"
                           "R&D,\"claude \"\"sonnet\"\", 4\"\r\n"));
        QCOMPARE(ViewExport::tableMarkdown(view),
            QStringLiteral("| Team | Model |\n"
                           "|---|---|\n"
                           "| Platform | gpt-4o |\n"
                           "| Ops A\\|B | gemini |\n"
                           "| R&D | claude \"sonnet\", 4 |\n"));
        // a filter leaves rows out
        proxy->setFilterKeyColumn(0);
        proxy->setFilterFixedString(QStringLiteral("g"));
        QCOMPARE(
            ViewExport::tableCsv(view), QStringLiteral("Team,Model\r\nPlatform,gpt-4o\r\n\"Ops\nA|B\",gemini\r\n"));
    }

    void treeAsExpanded()
    {
        QWidget w;
        auto* m = new QStandardItemModel(0, 2, &w);
        m->setHorizontalHeaderLabels({ QStringLiteral("Cost center"), QStringLiteral("Spend") });
        auto* eng = new QStandardItem(QStringLiteral("Engineering"));
        eng->appendRow({ new QStandardItem(QStringLiteral("Platform")), new QStandardItem(QStringLiteral("$5.00")) });
        auto* sales = new QStandardItem(QStringLiteral("Sales"));
        sales->appendRow({ new QStandardItem(QStringLiteral("EMEA")), new QStandardItem(QStringLiteral("$1.00")) });
        m->appendRow({ eng, new QStandardItem(QStringLiteral("$5.00")) });
        m->appendRow({ sales, new QStandardItem(QStringLiteral("$1.00")) });
        auto* tree = new QTreeView(&w);
        tree->setModel(m);
        tree->expand(m->index(0, 0)); // Engineering open, Sales closed
        QCOMPARE(ViewExport::tableCsv(tree),
            QStringLiteral("Cost center,Spend\r\nEngineering,$5.00\r\nPlatform,$5.00\r\nSales,$1.00\r\n"));
    }

    void chartPngAndSvg()
    {
        QTemporaryDir dir;
        QWidget w;
        QChartView* chart = makeChart(&w);
        w.resize(400, 300);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        const QString png = dir.filePath(QStringLiteral("c.png"));
        QVERIFY(ViewExport::savePng(chart, png).ok());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 600)); // twice the chart's 400 x 300
        int dark = 0; // the title, axes and line drawn, not a blank picture
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 128;
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));

        const QString svg = dir.filePath(QStringLiteral("c.svg"));
        QVERIFY(ViewExport::saveSvg(chart, svg).ok());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY2(text.contains("viewBox=\"0 0 400 300\""), text.left(600).constData());
        QVERIFY(text.contains("<title>Spend per day</title>"));
        QVERIFY2(text.contains("<polyline") || text.contains("<path"), "the line is drawn as a vector");
        QVERIFY(text.contains(">Spend per day</text>") || text.contains(">Spend per day<"));

        // an unwritable place is a clear error, not a silent empty file
        const Result<void> bad = ViewExport::savePng(chart, QStringLiteral("/proc/nope/c.png"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().source, QStringLiteral("/proc/nope/c.png"));
    }

    void pagePdf()
    {
        QTemporaryDir dir;
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        layout->addWidget(new QLabel(QStringLiteral("Total spend $1,234.56")));
        layout->addWidget(makeChart(&page));
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString pdf = dir.filePath(QStringLiteral("p.pdf"));
        QVERIFY(ViewExport::savePagePdf(&page, pdf, QStringLiteral("Overview"),
            QStringLiteral("Workspace demo.inferometer · Last 30 days: 2026-11-01 to 2026-11-30 (UTC)"))
                    .ok());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.contains("/Count 1"), "one page");
        QVERIFY2(!bytes.contains("/Subtype /Image"), "the page is drawn as vectors and text, not as a picture");
        QVERIFY(bytes.contains("/Font")); // text stays text
    }

    void suggestedNameInTheLastFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        ViewExport::rememberDir(dir.filePath(QStringLiteral("earlier.csv")));
        // characters a file name should not hold become "_"; letters of any script stay
        QCOMPARE(ViewExport::suggestedPath(QStringLiteral("A/B: Kosten – Ausgaben"), QStringLiteral(".png")),
            QDir(dir.path()).filePath(QStringLiteral("A_B_ Kosten _ Ausgaben.png")));
        QCOMPARE(ViewExport::suggestedPath(QString(), QStringLiteral(".svg")),
            QDir(dir.path()).filePath(QStringLiteral("export.svg")));
    }

    void menusOnlyWhereNone()
    {
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        auto* chart = new Counted<QChartView>(&page);
        auto* table = new Counted<QTableView>(&page);
        table->setModel(makeModel(&page));
        auto* own = new Counted<QTreeView>(&page);
        own->setContextMenuPolicy(Qt::CustomContextMenu); // a page's own menu ("Show calls")
        auto* combo = new QComboBox(&page);
        combo->addItems({ QStringLiteral("a"), QStringLiteral("b") });
        for (QWidget* w : { static_cast<QWidget*>(chart), static_cast<QWidget*>(table), static_cast<QWidget*>(own),
                 static_cast<QWidget*>(combo) })
            layout->addWidget(w);
        const Qt::ContextMenuPolicy comboList = combo->view()->contextMenuPolicy();
        ExportMenus::install(&page);
        QCOMPARE(chart->contextMenuPolicy(), Qt::CustomContextMenu);
        QCOMPARE(table->contextMenuPolicy(), Qt::CustomContextMenu);
        QCOMPARE(own->menuReceivers(), 0); // left to the page
        QCOMPARE(combo->view()->contextMenuPolicy(), comboList); // a combo box's list is not a table
        QCOMPARE(table->menuReceivers(), 1);
        QCOMPARE(chart->menuReceivers(), 1);
    }
};

INFEROMETER_TEST_MAIN(TestViewExport)
#include "tst_viewexport.moc"
