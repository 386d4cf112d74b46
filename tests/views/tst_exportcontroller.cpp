// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// File ▸ Export ▸ FOCUS 1.2 CSV as the window runs it: the window's period of the open workspace written on a worker,
// the file the same bytes the core writes for that period, and a file that cannot be written reported, not half-made.
#include "core/demo/demogenerator.h"
#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"
#include "views/exportcontroller.h"
#include "views/workspacecontext.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

class TestExportController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.inferometer"));
        PlainTaskContext ctx;
        Demo::Options opt;
        opt.days = 14;
        opt.volume = 0.2;
        QVERIFY(Demo::createWorkspace(m_demo, opt, ctx).ok());
    }

    void exportsTheWindowsPeriod()
    {
        QWidget window;
        WorkspaceContext context;
        context.setPath(m_demo);
        context.setPeriod(Analytics::PeriodChoice::lastDays(7));
        ExportController exporter(&context, &window);
        QSignalSpy done(&exporter, &ExportController::focusExported);
        const QString file = m_dir.filePath(QStringLiteral("out.csv"));
        exporter.exportFocusTo(file, Export::Granularity::Day);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        const auto summary = done.first().at(1).value<Export::FocusSummary>();
        // the same bytes as the core's export of the last 7 days
        auto ws = Store::Workspace::open(m_demo, Store::Workspace::Mode::OpenExisting);
        auto span = Analytics::timeSpan(*ws.value());
        const Analytics::Filter f = Analytics::resolvePeriod(Analytics::PeriodChoice::lastDays(7), span.value());
        Export::FocusOptions options;
        options.fromMs = f.fromMs;
        options.toMs = f.toMs;
        QByteArray expected;
        QBuffer buffer(&expected);
        buffer.open(QIODevice::WriteOnly);
        PlainTaskContext ctx;
        QVERIFY(
            Export::writeFocus(*ws.value(), Store::UsageRepository(*ws.value()).catalog().value(), options, buffer, ctx)
                .ok());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), expected);
        QCOMPARE(summary.rows, qint64(expected.count('\n') - 1));
        // every call of those 7 days, counted in the events table, is written or reported as left out
        QSqlQuery q(ws.value()->db());
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(calls), 0) FROM events WHERE time_ms >= ? AND time_ms < ?"));
        q.addBindValue(*options.fromMs);
        q.addBindValue(*options.toMs);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        const qint64 calls = q.value(0).toLongLong();
        QVERIFY(calls > 1000); // the demo at a fifth of its volume: thousands of calls a week
        QCOMPARE(summary.calls + summary.leftOutCalls, calls);
    }

    void unwritableFileReported()
    {
        QWidget window;
        WorkspaceContext context;
        context.setPath(m_demo);
        ExportController exporter(&context, &window);
        QSignalSpy failed(&exporter, &ExportController::exportFailed);
        exporter.exportFocusTo(m_dir.filePath(QStringLiteral("no/such/dir/out.csv")), Export::Granularity::Day);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no/such/dir/out.csv"))));
    }

    void chargebackStatements()
    {
        QWidget window;
        WorkspaceContext context;
        context.setPath(m_demo);
        ExportController exporter(&context, &window);
        QSignalSpy done(&exporter, &ExportController::chargebackExported);
        QSignalSpy failed(&exporter, &ExportController::exportFailed);
        const QString out = m_dir.filePath(QStringLiteral("statements"));
        QVERIFY(QDir().mkpath(out));
        exporter.exportChargebackTo(out, 2026, 8, QStringLiteral("even")); // the 14-day demo is in August
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        const QStringList files = done.first().at(0).toStringList();
        QCOMPARE(files.size(), 1 + 5); // the CSV and the five departments' PDFs
        for (const QString& f : files)
            QVERIFY2(QFileInfo(f).size() > 0, qPrintable(f));
        QVERIFY(files.first().endsWith(QLatin1String("chargeback-2026-08.csv")));
        // a rule that names a cost center without spend is refused with the reason, nothing written
        exporter.exportChargebackTo(
            m_dir.filePath(QStringLiteral("none")), 2026, 8, QStringLiteral("fixed:Nobody=100"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("“Nobody” is not a cost center")));
    }

    void chargebackDialog()
    {
        QWidget window;
        WorkspaceContext context;
        context.setPath(m_demo);
        ExportController exporter(&context, &window);
        QStringList months;
        bool sharesEnabledFirst = true, sharesEnabledFixed = false;
        QTimer::singleShot(200, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            const auto combos = dialog->findChildren<QComboBox*>();
            QCOMPARE(combos.size(), 2);
            for (int i = 0; i < combos[0]->count(); ++i)
                months << combos[0]->itemText(i);
            auto* shares = dialog->findChild<QLineEdit*>();
            sharesEnabledFirst = shares->isEnabled();
            combos[1]->setCurrentIndex(2); // by fixed shares
            sharesEnabledFixed = shares->isEnabled();
            if (const QByteArray dir = qgetenv("EXPORT_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/chargeback-dialog.png"));
            qobject_cast<QDialog*>(dialog)->reject();
        });
        exporter.exportChargeback();
        QCOMPARE(months, QStringList { QStringLiteral("2026-08") }); // the 14-day demo's one month
        QVERIFY(!sharesEnabledFirst);
        QVERIFY(sharesEnabledFixed);
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

INFEROMETER_TEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
