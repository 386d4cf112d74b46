// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The sample files the Import menu offers: one for every import format, each recognised as that format from its
// content and imported whole into a fresh workspace; File > Import Sample File lists them all.
#include "app/mainwindow.h"
#include "app/samplefiles.h"
#include "core/common/task.h"
#include "core/import/fileimporter.h"
#include "core/ingest/usageformat.h"
#include "core/store/workspace.h"
#include "tests/support/testmain.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestSampleFiles : public QObject
{
    Q_OBJECT
private slots:
    void everyFormatHasOne()
    {
        QSet<QString> covered;
        for (const SampleFiles::Entry& e : SampleFiles::entries())
            covered.insert(e.format);
        for (const Ingest::UsageFormat* f : Ingest::formats())
            QVERIFY2(covered.contains(f->id()), qPrintable(f->id() + QStringLiteral(" has no sample")));
    }

    void eachIsRecognisedAndImports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        for (const SampleFiles::Entry& e : SampleFiles::entries())
            QTest::newRow(qPrintable(e.file)) << e.file << e.format;
    }

    void eachIsRecognisedAndImports()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const QString dir = SampleFiles::dir();
        QVERIFY2(!dir.isEmpty(), "no sample folder (resources/samples)");
        const QString path = QDir(dir).filePath(file);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const auto recognised = Ingest::recognise(f.read(Ingest::DetectBytes), path);
        QVERIFY2(recognised.ok(), qPrintable(recognised.ok() ? QString() : recognised.error().toString()));
        QCOMPARE(recognised.value()->id(), format);

        QTemporaryDir tmp;
        auto ws = Store::Workspace::open(
            tmp.filePath(QStringLiteral("w.inferometer")), Store::Workspace::Mode::OpenOrCreate);
        QVERIFY(ws.ok());
        PlainTaskContext ctx;
        const auto summary = Import::importFile(*ws.value(), path, QStringLiteral("auto"), ctx);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QVERIFY(summary.value().committed);
        QCOMPARE(summary.value().rejectedCount, 0);
        QCOMPARE(summary.value().format, format);
        QVERIFY2(summary.value().imported > 0, "a sample imports at least one event");
    }

    void fileMenuListsThem()
    {
        MainWindow window;
        QMenu* file = window.menuBar()->actions().first()->menu();
        QMenu* samples = nullptr;
        for (QAction* a : file->actions())
            if (a->menu() && a->text() == QStringLiteral("Import &Sample File"))
                samples = a->menu();
        QVERIFY(samples);
        QCOMPARE(samples->actions().size(), SampleFiles::entries().size());
        if (qEnvironmentVariableIsSet("SAMPLES_SCREENSHOT")) { // to look at the menu
            samples->popup(QPoint(0, 0));
            QTest::qWait(50);
            samples->grab().save(qEnvironmentVariable("SAMPLES_SCREENSHOT"));
            samples->hide();
        }
        for (QAction* a : samples->actions())
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
    }
};

INFEROMETER_TEST_MAIN(TestSampleFiles)
#include "tst_samplefiles.moc"
