// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The window opens a workspace that cannot be written: its pages load, a banner says what is off, and importing is
// disabled (opening it failed with "This file is not an Inferometer workspace" before).
#include "app/mainwindow.h"
#include "core/import/fileimporter.h"
#include "core/store/workspace.h"
#include "views/overviewpage.h"
#include "views/workspacecontext.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testmain.h"

#include <unistd.h>

class TestReadOnlyWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void readOnlyWorkspaceShowsABanner()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("shared.inferometer"));
        {
            auto w = Store::Workspace::open(ws, Store::Workspace::Mode::OpenOrCreate);
            QVERIFY(w);
            PlainTaskContext ctx;
            QVERIFY(Import::importFile(
                *w.value(), QStringLiteral(TESTDATA_DIR "/ingest/good.jsonl"), QStringLiteral("jsonl"), ctx));
        }
        // the folder cannot be written: chmod for a user, the immutable attribute for root (which ignores chmod)
        const bool root = geteuid() == 0;
        auto lock = [&](bool on) {
            return root ? QProcess::execute(QStringLiteral("chattr"),
                              { on ? QStringLiteral("+i") : QStringLiteral("-i"), dir.path() })
                    == 0
                        : QFile::setPermissions(dir.path(),
                            QFile::ReadOwner | QFile::ExeOwner | (on ? QFile::Permissions() : QFile::WriteOwner));
        };
        QVERIFY(lock(true));
        struct Unlock
        {
            std::function<bool(bool)> f;
            ~Unlock() { f(false); }
        } unlock { lock };

        MainWindow window;
        window.show();
        auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        QSignalSpy loaded(window.overviewPage(), &OverviewPage::loaded);
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(ws);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        QVERIFY(window.context()->isReadOnly());
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(),
            QStringLiteral(
                "Read-only: its folder cannot be written. Everything can be viewed and exported; importing, "
                "re-pricing and editing rules, budgets or scenarios need a copy you can write (File ▸ Open)."));
        QCOMPARE(window.windowTitle(), QStringLiteral("shared (read-only) — Inferometer"));
        QAction* import = nullptr;
        for (QAction* a : window.menuBar()->actions())
            if (a->menu())
                for (QAction* b : a->menu()->actions())
                    if (b->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
                        import = b;
        QVERIFY(import);
        QVERIFY(!import->isEnabled());
        if (const QString shots = qEnvironmentVariable("WINDOW_SCREENSHOT_DIR"); !shots.isEmpty()) {
            window.resize(1300, 800);
            QTest::qWait(300);
            window.grab().save(shots + QStringLiteral("/readonly-window.png"));
        }
        // nothing was created beside it
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("shared.inferometer") });
    }
};

INFEROMETER_TEST_MAIN(TestReadOnlyWindow)
#include "tst_readonlywindow.moc"
