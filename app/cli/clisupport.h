// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/common/timeutil.h"
#include "core/store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

/** What every inferometer-cli command shares: output streams, --json, --from/--to, --workspace. */
namespace Cli {

/** The command-line tool's messages, in the translation context "Cli" (lupdate reads Tr::tr). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/** The usage text of `inferometer-cli --help`: every command's synopsis and summary (clicommands.cpp). */
QString usageText();
/** One command's summary line ("generate the demo workspace"); empty for an unknown name. */
QString commandSummary(const QString& name);
/** One command's synopsis ("demo --out W.inferometer [--seed N] [--days N]"). */
QString commandSynopsis(const QString& name);

struct Io
{
    QTextStream& out;
    QTextStream& err;
    QString command; // the command running, for the hint after a usage error
    /** A runtime error: one line, exit status 1. */
    int fail(const Error& e)
    {
        err << "inferometer-cli: " << e.toString() << Qt::endl;
        return 1;
    }
    /** Bad usage: one line and where to read the options, exit status 2. */
    int usage(const QString& message)
    {
        err << "inferometer-cli: " << message << '\n'
            << (command.isEmpty() ? Tr::tr("Try \"inferometer-cli --help\".")
                                  : Tr::tr("Try \"inferometer-cli %1 --help\".").arg(command))
            << Qt::endl;
        return 2;
    }
};

/**
 * Adds -h/--help and parses `args`. Returns nullopt when the command should go on; otherwise its exit status: 0 after
 * printing the command's options (each with its default) on stdout, 2 after a one-line usage error on stderr.
 */
inline std::optional<int> parseArgs(QCommandLineParser& p, const QStringList& args, Io& io)
{
    p.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show this command's options and exit.") });
    p.setApplicationDescription(commandSummary(io.command));
    if (!p.parse(args))
        return io.usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        // Qt's first line names the running executable and "[options]": the synopsis says more
        const QString text = p.helpText();
        io.out << Tr::tr("Usage: inferometer-cli %1").arg(commandSynopsis(io.command)) << '\n'
               << QStringView(text).mid(text.indexOf(QLatin1Char('\n')) + 1);
        io.out.flush();
        return 0;
    }
    return std::nullopt;
}

inline void addJson(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("json"), Tr::tr("Print one JSON document on stdout.") });
}

/** --from/--to: a bare date as --to means the end of that day. */
inline std::optional<qint64> parseBound(const QString& text, bool isEnd)
{
    auto t = TimeUtil::parse(text);
    if (t && isEnd && text.trimmed().size() == 10)
        *t += TimeUtil::MsPerDay;
    return t;
}

inline Result<std::unique_ptr<Store::Workspace>> openWorkspace(const QCommandLineParser& p, Store::Workspace::Mode mode)
{
    return Store::Workspace::open(p.value(QStringLiteral("workspace")), mode);
}

/** One command: `run` gets the arguments with "inferometer-cli NAME" first. */
struct Command
{
    const char* name;
    int (*run)(const QStringList& args, Io& io);
};
const QList<Command>& commands();

} // namespace Cli
