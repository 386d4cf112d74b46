// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/importcontroller.h"
#include "views/mainwindow.h"
#include "views/overviewpage.h"
#include "views/workspacecontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Inferometer"));
    QApplication::setOrganizationDomain(QStringLiteral("inferometer.org"));
    QApplication::setApplicationName(QStringLiteral("Inferometer"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.inferometer.Inferometer"));

    QTranslator qtTranslator, translator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (translator.load(QLocale(), QStringLiteral("inferometer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Workbench for the economics of LLM deployments."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the demo workspace."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window once loaded, then quit."), QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
        QApplication::translate(
            "main", "Page to show first: overview, prices, attribution, billing, … (an unknown name lists them)."),
        QStringLiteral("NAME"));
    parser.addOption(demo);
    parser.addOption(screenshot);
    parser.addOption(page);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QApplication::translate("main", "Workspace or usage files to open."), QStringLiteral("[FILE...]"));
    parser.process(app);

    MainWindow window;
    if (parser.isSet(page) && !window.showPage(parser.value(page))) {
        std::fprintf(stderr, "inferometer: no page \"%s\"; pages: %s\n", qPrintable(parser.value(page)),
            qPrintable(window.pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        QObject::connect(window.overviewPage(), &OverviewPage::loaded, &window, [&window, out] {
            QTimer::singleShot(300, &window, [&window, out] {
                window.grab().save(out);
                QApplication::quit();
            });
        });
    }

    QStringList files = parser.positionalArguments();
    const QString last = QSettings().value(QStringLiteral("lastWorkspace")).toString();
    if (parser.isSet(demo)) {
        window.openDemo();
    } else if (!files.isEmpty() && files.first().endsWith(QLatin1String(".inferometer"))) {
        window.openWorkspace(files.takeFirst(), true);
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        window.openWorkspace(last);
    } else {
        window.openDemo(); // first run: show real numbers right away
    }
    if (!files.isEmpty()) { // usage files given on the command line are imported once a workspace is open
        auto importFiles = [&window, files] { window.importer()->importFiles(files); };
        if (window.context()->isOpen())
            importFiles();
        else
            QObject::connect(&window, &MainWindow::workspaceOpened, &window, importFiles, Qt::SingleShotConnection);
    }
    return app.exec();
}
