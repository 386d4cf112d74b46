// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/columnmappingdialog.h"

#include "core/store/workspace.h"
#include "tests/support/testmain.h"
#include "views/importcontroller.h"
#include "views/importdialog.h"
#include "views/mappingsettings.h"
#include "views/models/errorlistmodel.h"
#include "views/models/format.h"
#include "views/models/previewmodel.h"
#include "views/models/rawrowsmodel.h"
#include "views/workspacecontext.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(TESTDATA_DIR "/ingest/mapped/") + name;
}

QString columnOf(const ColumnMappingDialog& d, const char* field)
{
    QComboBox* box = d.fieldBox(QLatin1String(field));
    return box ? box->currentData().toString() : QStringLiteral("<no combo>");
}

void choose(ColumnMappingDialog& d, const char* field, const QString& column)
{
    QComboBox* box = d.fieldBox(QLatin1String(field));
    QVERIFY(box);
    const int at = box->findData(column);
    QVERIFY2(at >= 0, qPrintable(column));
    box->setCurrentIndex(at);
}

QString cell(const QAbstractItemModel* m, int row, int column)
{
    return m->index(row, column).data().toString();
}

} // namespace

class TestColumnMappingDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void initialGuess();
    void changingAColumnUpdatesTheEvents();
    void requiredFieldsEnableOk();
    void savedMappingAppliesToMatchingFile();
    void unrecognisedFileOffersMapping();
    void previewFitsAt1400();
    void importMappedFiles();
    void screenshot();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestColumnMappingDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("w.inferometer"));
    QVERIFY(Store::Workspace::open(m_workspace));
}

void TestColumnMappingDialog::init()
{
    QSettings().remove(MappingSettings::key());
}

void TestColumnMappingDialog::initialGuess()
{
    ColumnMappingDialog d(fixture(QStringLiteral("spend_2026-10.csv")), m_workspace);
    QSignalSpy updated(&d, &ColumnMappingDialog::previewUpdated);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);

    QCOMPARE(columnOf(d, "time"), QStringLiteral("Date"));
    QCOMPARE(columnOf(d, "model"), QStringLiteral("Model Name"));
    QCOMPARE(columnOf(d, "uncached_input_tokens"), QStringLiteral("Prompt Tokens"));
    QCOMPARE(columnOf(d, "output_tokens"), QStringLiteral("Completion Tokens"));
    QCOMPARE(columnOf(d, "cache_read_tokens"), QStringLiteral("Cached Tokens"));
    QCOMPARE(columnOf(d, "cost_center"), QStringLiteral("Department"));
    QCOMPARE(columnOf(d, "reported_cost_usd"), QStringLiteral("Spend"));
    QCOMPARE(columnOf(d, "call_id"), QStringLiteral("Request ID"));
    QCOMPARE(columnOf(d, "team"), QString());
    QCOMPARE(d.fieldBox(QStringLiteral("team"))->currentText(), QStringLiteral("(not in file)"));
    QVERIFY(!d.fieldBox(QStringLiteral("list_cost_usd"))); // computed, never read
    QCOMPARE(d.delimiterBox()->currentData().toString(), QStringLiteral(","));
    QCOMPARE(d.patternEdit()->text(), QStringLiteral("spend_*-*.csv"));
    QVERIFY(d.okButton()->isEnabled());
    for (const QString& f : ColumnMappingDialog::fields())
        QVERIFY2(!d.fieldBox(f)->toolTip().isEmpty(), qPrintable(f));

    // the raw rows with their lines, the mapped columns marked
    QCOMPARE(d.rawModel()->rowCount(), 3);
    QCOMPARE(d.rawModel()->headerData(0, Qt::Vertical).toLongLong(), 2);
    QCOMPARE(d.rawModel()->headerData(0, Qt::Horizontal, RawRowsModel::FieldRole).toString(), QStringLiteral("time"));
    QCOMPARE(d.rawModel()->headerData(8, Qt::Horizontal, RawRowsModel::FieldRole).toString(), QString()); // Note

    const QAbstractItemModel* ev = d.eventsModel();
    QCOMPARE(ev->rowCount(), 3);
    QCOMPARE(d.rejectedModel()->rowCount(), 0);
    QCOMPARE(cell(ev, 0, PreviewModel::Model), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(cell(ev, 0, PreviewModel::CostCenter), QStringLiteral("Search"));
    QCOMPARE(cell(ev, 0, PreviewModel::Uncached), Format::count(1'000'000));
    QCOMPARE(cell(ev, 0, PreviewModel::Output), Format::count(1'000'000));
    // gpt-4o-mini: 1M × $0.15/1M + 1M × $0.60/1M
    QCOMPARE(cell(ev, 0, PreviewModel::ListCost), QStringLiteral("$0.75"));
    QCOMPARE(cell(ev, 0, PreviewModel::ReportedCost), QStringLiteral("$0.75"));
    // gpt-4o: 2000 × $2.50/1M + 1000 cached × $1.25/1M + 500 × $10/1M
    QCOMPARE(cell(ev, 1, PreviewModel::CacheRead), Format::count(1000));
    QCOMPARE(cell(ev, 1, PreviewModel::ListCost), QStringLiteral("$0.01125"));
    QVERIFY(d.statusLabel()->text().contains(QStringLiteral("3 event")));
}

void TestColumnMappingDialog::changingAColumnUpdatesTheEvents()
{
    ColumnMappingDialog d(fixture(QStringLiteral("spend_2026-10.csv")), m_workspace);
    QSignalSpy updated(&d, &ColumnMappingDialog::previewUpdated);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
    const QAbstractItemModel* ev = d.eventsModel();
    QCOMPARE(cell(ev, 1, PreviewModel::ListCost), QStringLiteral("$0.01125"));

    // without the cache column the gpt-4o call has no cached tokens: $0.005 + $0.005
    choose(d, "cache_read_tokens", QString());
    QCOMPARE(d.rawModel()->headerData(4, Qt::Horizontal, RawRowsModel::FieldRole).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(cell(ev, 1, PreviewModel::ListCost), QStringLiteral("$0.01"), 5000);
    QCOMPARE(cell(ev, 1, PreviewModel::CacheRead), Format::count(0));
    QCOMPARE(updated.count(), 2); // one preview for the change, after the debounce

    // two quick changes: one preview, of the last choice
    choose(d, "team", QStringLiteral("Department"));
    choose(d, "team", QStringLiteral("Request ID"));
    QTRY_COMPARE_WITH_TIMEOUT(cell(ev, 2, PreviewModel::Team), QStringLiteral("req-3"), 5000);
    QCOMPARE(updated.count(), 3);

    // a text column as output tokens: those rows are rejected, named by line and column
    choose(d, "output_tokens", QStringLiteral("Note"));
    QTRY_COMPARE_WITH_TIMEOUT(d.rejectedModel()->rowCount(), 2, 5000);
    const QAbstractItemModel* rj = d.rejectedModel();
    QCOMPARE(cell(rj, 0, ErrorListModel::Line), QStringLiteral("2"));
    QCOMPARE(cell(rj, 0, ErrorListModel::Field), QStringLiteral("Note (output_tokens)"));
    QVERIFY2(cell(rj, 0, ErrorListModel::Problem).contains(QStringLiteral("\"first\"")),
        qPrintable(cell(rj, 0, ErrorListModel::Problem)));
    QCOMPARE(cell(rj, 1, ErrorListModel::Line), QStringLiteral("4"));
    QCOMPARE(ev->rowCount(), 1); // line 3 has an empty note: no output tokens
    QCOMPARE(cell(ev, 0, PreviewModel::Output), Format::count(0));
    QCOMPARE(cell(ev, 0, PreviewModel::ListCost), QStringLiteral("$0.005"));
    QVERIFY(d.statusLabel()->text().contains(QStringLiteral("2 rejected")));
    QVERIFY(d.okButton()->isEnabled()); // rejected rows are the file's business; the mapping itself is valid
}

void TestColumnMappingDialog::requiredFieldsEnableOk()
{
    ColumnMappingDialog d(fixture(QStringLiteral("odd_time.csv")), m_workspace);
    QSignalSpy updated(&d, &ColumnMappingDialog::previewUpdated);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
    QCOMPARE(d.delimiterBox()->currentData().toString(), QStringLiteral(";"));
    QCOMPARE(d.patternEdit()->text(), QStringLiteral("odd_time.csv"));
    // German column names: neither time nor model is guessed
    QCOMPARE(columnOf(d, "time"), QString());
    QCOMPARE(columnOf(d, "model"), QString());
    QVERIFY(!d.okButton()->isEnabled());
    QVERIFY(d.statusLabel()->text().contains(QStringLiteral("time")));
    QCOMPARE(d.eventsModel()->rowCount(), 0);
    QCOMPARE(d.rawModel()->rowCount(), 2);

    choose(d, "model", QStringLiteral("Modell"));
    QVERIFY(!d.okButton()->isEnabled());
    choose(d, "time", QStringLiteral("Datum"));
    d.timeFormatEdit()->setText(QStringLiteral("dd.MM.yyyy HH:mm"));
    QVERIFY(d.okButton()->isEnabled());
    choose(d, "uncached_input_tokens", QStringLiteral("Eingabe"));
    QTRY_COMPARE_WITH_TIMEOUT(d.eventsModel()->rowCount(), 2, 5000);
    QCOMPARE(cell(d.eventsModel(), 0, PreviewModel::Time), QStringLiteral("2025-10-01 09:00:00"));
    QCOMPARE(cell(d.eventsModel(), 1, PreviewModel::Uncached), Format::count(2000));
    QVERIFY(d.okButton()->isEnabled());

    choose(d, "time", QString());
    QVERIFY(!d.okButton()->isEnabled());
    choose(d, "time", QStringLiteral("Datum"));
    QVERIFY(d.okButton()->isEnabled());
    d.patternEdit()->clear(); // remembered under no pattern: not possible
    QVERIFY(!d.okButton()->isEnabled());
}

void TestColumnMappingDialog::savedMappingAppliesToMatchingFile()
{
    {
        ColumnMappingDialog d(fixture(QStringLiteral("spend_2026-10.csv")), m_workspace);
        QSignalSpy updated(&d, &ColumnMappingDialog::previewUpdated);
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
        choose(d, "team", QStringLiteral("Department"));
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 2, 5000);
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    const auto saved = MappingSettings::load();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().pattern, QStringLiteral("spend_*-*.csv"));
    QCOMPARE(saved.first().mapping.fields.value(QStringLiteral("team")), QStringLiteral("Department"));

    const QString november = fixture(QStringLiteral("spend_2026-11.csv"));
    const QString other = fixture(QStringLiteral("team_usage.csv"));
    ImportDialog dlg({ november, other }, m_workspace);
    QSignalSpy shown(&dlg, &ImportDialog::previewShown);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
    QCOMPARE(shown.first().first().toString(), november);
    QCOMPARE(dlg.mappings().keys(), QList<QString>({ november }));
    QCOMPARE(dlg.mappingOf(november)->pattern, QStringLiteral("spend_*-*.csv"));
    QCOMPARE(dlg.mappings().value(november).fields.value(QStringLiteral("team")), QStringLiteral("Department"));
    QCOMPARE(dlg.fileList()->item(0)->text(), QStringLiteral("spend_2026-11.csv — mapped (pattern spend_*-*.csv)"));
    QVERIFY2(dlg.statusLabel()->text().contains(QStringLiteral("Format: <b>mapped (pattern spend_*-*.csv)</b>")),
        qPrintable(dlg.statusLabel()->text()));
    QVERIFY(dlg.statusLabel()->text().contains(QStringLiteral("First 2 event")));
    QCOMPARE(dlg.mapButton()->text(), QStringLiteral("&Edit Mapping…"));
    dlg.fileList()->setCurrentRow(1);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
    QCOMPARE(dlg.mapButton()->text(), QStringLiteral("&Map Columns…"));
}

void TestColumnMappingDialog::unrecognisedFileOffersMapping()
{
    const QString file = fixture(QStringLiteral("odd_time.csv"));
    ImportDialog dlg({ file }, m_workspace);
    dlg.show();
    QSignalSpy shown(&dlg, &ImportDialog::previewShown);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
    QVERIFY2(dlg.statusLabel()->text().contains(QStringLiteral("Map Columns…")), qPrintable(dlg.statusLabel()->text()));
    QVERIFY(dlg.fileList()->item(0)->text().endsWith(QStringLiteral("not readable")));
    QVERIFY(dlg.mappings().isEmpty());

    QTest::mouseClick(dlg.mapButton(), Qt::LeftButton);
    auto* map = dlg.findChild<ColumnMappingDialog*>();
    QVERIFY(map);
    QSignalSpy updated(map, &ColumnMappingDialog::previewUpdated);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
    choose(*map, "time", QStringLiteral("Datum"));
    choose(*map, "model", QStringLiteral("Modell"));
    choose(*map, "uncached_input_tokens", QStringLiteral("Eingabe"));
    choose(*map, "output_tokens", QStringLiteral("Ausgabe"));
    map->timeFormatEdit()->setText(QStringLiteral("dd.MM.yyyy HH:mm"));
    map->patternEdit()->setText(QStringLiteral("odd_*.csv"));
    QTest::mouseClick(map->okButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
    QCOMPARE(dlg.mappings().value(file).fields.value(QStringLiteral("model")), QStringLiteral("Modell"));
    QCOMPARE(dlg.mappings().value(file).delimiter, QLatin1Char(';'));
    QCOMPARE(dlg.fileList()->item(0)->text(), QStringLiteral("odd_time.csv — mapped (pattern odd_*.csv)"));
    QVERIFY(dlg.statusLabel()->text().contains(QStringLiteral("First 2 event")));
    QCOMPARE(MappingSettings::find(QStringLiteral("odd_2.csv"))->pattern, QStringLiteral("odd_*.csv"));
}

void TestColumnMappingDialog::importMappedFiles()
{
    const QString ws = m_dir.filePath(QStringLiteral("import.inferometer"));
    QVERIFY(Store::Workspace::open(ws));
    WorkspaceContext context;
    context.setPath(ws);
    ImportController controller(&context, nullptr);
    controller.setShowResults(false);
    QSignalSpy finished(&controller, &ImportController::importFinished);

    auto mapping = Ingest::parseMapping({ QStringLiteral("time=Date"), QStringLiteral("model=Model Name"),
        QStringLiteral("uncached_input_tokens=Prompt Tokens"), QStringLiteral("output_tokens=Completion Tokens"),
        QStringLiteral("cost_center=Department"), QStringLiteral("call_id=Request ID") });
    QVERIFY(mapping);
    const QString october = fixture(QStringLiteral("spend_2026-10.csv"));
    const QString november = fixture(QStringLiteral("spend_2026-11.csv"));
    const QString unmapped = fixture(QStringLiteral("odd_time.csv"));
    controller.importFiles(
        { october, november, unmapped }, { { october, mapping.value() }, { november, mapping.value() } });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const auto summaries = finished.first().at(0).value<QList<Import::ImportSummary>>();
    const auto errors = finished.first().at(1).value<QList<Error>>();
    QCOMPARE(summaries.size(), 2);
    QCOMPARE(summaries[0].format, QStringLiteral("mapped"));
    QCOMPARE(summaries[0].imported, 3);
    QCOMPARE(summaries[1].imported, 2);
    QVERIFY(summaries[0].committed && summaries[1].committed);
    QCOMPARE(errors.size(), 1); // the file without a mapping is not recognised
    QCOMPARE(errors.first().source, unmapped);

    auto opened = Store::Workspace::open(ws, Store::Workspace::Mode::OpenExisting);
    QVERIFY(opened);
    QSqlQuery q(opened.value()->db());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(uncached_input_tokens) FROM events")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 5);
    QCOMPARE(q.value(1).toLongLong(), 1'000'000 + 2000 + 100'000 + 2'000'000 + 4000);
}

void TestColumnMappingDialog::screenshot()
{
    ColumnMappingDialog d(fixture(QStringLiteral("spend_2026-10.csv")), m_workspace);
    d.show();
    QSignalSpy updated(&d, &ColumnMappingDialog::previewUpdated);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
    choose(d, "output_tokens", QStringLiteral("Note"));
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 2, 5000);
    QCoreApplication::processEvents();
    QVERIFY(d.grab().save(QDir::temp().filePath(QStringLiteral("inferometer-columnmapping.png"))));
    choose(d, "output_tokens", QStringLiteral("Completion Tokens"));
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 3, 5000);
    d.accept();

    ColumnMappingDialog odd(fixture(QStringLiteral("odd_time.csv")), m_workspace);
    odd.show();
    QSignalSpy oddUpdated(&odd, &ColumnMappingDialog::previewUpdated);
    QTRY_COMPARE_WITH_TIMEOUT(oddUpdated.count(), 1, 10000);
    QCoreApplication::processEvents();
    QVERIFY(odd.grab().save(QDir::temp().filePath(QStringLiteral("inferometer-columnmapping-unmapped.png"))));

    // the import dialog: a file mapped by its saved pattern, one not recognised
    ImportDialog dlg(
        { fixture(QStringLiteral("spend_2026-11.csv")), fixture(QStringLiteral("odd_time.csv")) }, m_workspace);
    dlg.show();
    QSignalSpy shown(&dlg, &ImportDialog::previewShown);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
    QCoreApplication::processEvents(); // the layout follows the new banner text
    QVERIFY(dlg.grab().save(QDir::temp().filePath(QStringLiteral("inferometer-import-mapped.png"))));
    dlg.fileList()->setCurrentRow(1);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
    QCoreApplication::processEvents();
    QVERIFY(dlg.grab().save(QDir::temp().filePath(QStringLiteral("inferometer-import-unrecognised.png"))));
}

void TestColumnMappingDialog::previewFitsAt1400()
{
    // an OpenAI usage page: long model names, every bucket, reported and list cost
    ImportDialog dlg({ QStringLiteral(TESTDATA_DIR "/ingest/openai/usage_page.json"),
                         QStringLiteral(TESTDATA_DIR "/ingest/anthropic/usage_page.json") },
        m_workspace);
    QSignalSpy shown(&dlg, &ImportDialog::previewShown);
    dlg.resize(1400, 700);
    dlg.show();
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
    QTableView* view = dlg.previewView();
    QVERIFY(view->model()->rowCount() > 0);
    // before: List cost lay beyond the right edge, behind a scroll bar
    const int listCostRight = view->horizontalHeader()->sectionViewportPosition(PreviewModel::ListCost)
        + view->horizontalHeader()->sectionSize(PreviewModel::ListCost);
    QVERIFY2(listCostRight <= view->viewport()->width(),
        qPrintable(QStringLiteral("%1 > %2").arg(listCostRight).arg(view->viewport()->width())));
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    // a cost cell reads whole: its column is as wide as its text
    const QString cost = view->model()->index(0, PreviewModel::ListCost).data().toString();
    QVERIFY(view->fontMetrics().horizontalAdvance(cost) < view->columnWidth(PreviewModel::ListCost));
    const QModelIndex model = view->model()->index(0, PreviewModel::Model);
    QCOMPARE(model.data(Qt::ToolTipRole), model.data());
    if (const QByteArray out = qgetenv("IMPORT_SCREENSHOT"); !out.isEmpty())
        dlg.grab().save(QString::fromLocal8Bit(out));
}

INFEROMETER_TEST_MAIN(TestColumnMappingDialog)
#include "tst_columnmappingdialog.moc"
