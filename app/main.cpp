// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/importcontroller.h"
#include "app/i18n/localization.h"
#include "app/mainwindow.h"
#include "app/tour/guidedtour.h"
#include "views/theme.h"
#include "views/overviewpage.h"
#include "views/workspacecontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

bool hasArgument(int argc, char** argv, std::initializer_list<const char*> names)
{
    for (int i = 1; i < argc; ++i)
        for (const char* n : names)
            if (std::strcmp(argv[i], n) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    // --help and --version need no display: answer them before a QApplication looks for one
    const bool infoOnly = hasArgument(argc, argv, { "--help", "-h", "--help-all", "--version", "-v" });
    // a screenshot needs no screen either: draw offscreen when there is none
    if (!infoOnly && hasArgument(argc, argv, { "--screenshot" }) && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder(
        infoOnly ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication& app = *appHolder;
    QCoreApplication::setOrganizationName(QStringLiteral("Inferometer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("inferometer.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Inferometer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    if (!infoOnly)
        QGuiApplication::setDesktopFileName(QStringLiteral("org.inferometer.Inferometer"));

    // the language and look chosen in Preferences, else the system's
    Localization::install(Localization::chosen());
    if (!infoOnly)
        Theme::apply(Theme::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Workbench for the economics of LLM deployments."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Open the demo workspace."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window once loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
        QCoreApplication::translate(
            "main", "Page to show first: overview, prices, attribution, billing, … (an unknown name lists them)."),
        QStringLiteral("NAME"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
        QCoreApplication::translate("main", "Log what the core does (imports, timings) on stderr."));
    parser.addOption(verbose);
    parser.addOption(demo);
    parser.addOption(screenshot);
    parser.addOption(page);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("main", "Workspace or usage files to open."), QStringLiteral("[FILE...]"));
    parser.process(app); // --help and --version print and exit here
    if (!parser.isSet(verbose)) // the core's info and debug lines only when asked for
        QLoggingCategory::setFilterRules(QStringLiteral("inferometer.*.debug=false\ninferometer.*.info=false"));

    MainWindow window;
    if (parser.isSet(page) && !window.showPage(parser.value(page))) {
        std::fprintf(stderr, "inferometer: no page \"%s\"; pages: %s\n", qPrintable(parser.value(page)),
            qPrintable(window.pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    window.show();

    if (parser.isSet(screenshot)) {
        // once the page in front has loaded (a page without a load: once the workspace is open), then quit
        const QString out = parser.value(screenshot);
        auto* shoot = new QTimer(&window);
        shoot->setSingleShot(true);
        shoot->setInterval(300);
        QObject::connect(shoot, &QTimer::timeout, &window, [&window, out] {
            window.grab().save(out);
            QApplication::quit();
        });
        QWidget* front = window.currentPage();
        if (front->metaObject()->indexOfSignal("loaded()") >= 0)
            QObject::connect(front, SIGNAL(loaded()), shoot, SLOT(start()));
        else
            QObject::connect(&window, SIGNAL(workspaceOpened(QString)), shoot, SLOT(start()));
    }

    QStringList files = parser.positionalArguments();
    const QString last = QSettings().value(QStringLiteral("lastWorkspace")).toString();
    if (parser.isSet(demo)) {
        window.openDemo();
    } else if (!files.isEmpty() && files.first().endsWith(QLatin1String(".inferometer"))) {
        window.openWorkspace(files.takeFirst(), true);
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        window.openWorkspace(last);
    } else if (!parser.isSet(screenshot) && !GuidedTour::seen()) {
        window.startTour(); // first run: the demo's real numbers, and a short tour over them
    } else {
        window.openDemo();
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
