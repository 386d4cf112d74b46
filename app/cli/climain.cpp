// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/cli/clicommands.h"
#include "app/i18n/localization.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <cstring>
#include <memory>

#include <cstdio>

namespace {

/** PDF statements paint text, which needs Qt Gui's fonts: only `chargeback --out` starts it, headless. */
bool needsGui(int argc, char** argv)
{
    bool chargeback = false, out = false;
    for (int i = 1; i < argc; ++i) {
        chargeback = chargeback || std::strcmp(argv[i], "chargeback") == 0;
        out = out || std::strcmp(argv[i], "--out") == 0 || std::strncmp(argv[i], "--out=", 6) == 0;
    }
    return chargeback && out;
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("inferometer-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // messages and help in the system's language; figures the same in every language ("$1,234.50"), as are CSV
    // and JSON
    Localization::install(QString());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int status = Cli::run(args, out, err);
    out.flush();
    err.flush();
    return status;
}
