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

inline QString tr(const char* s)
{
    return QCoreApplication::translate("Cli", s);
}

/** The usage text printed by --help and on bad usage (clicommands.cpp). */
extern const char* const Usage;

struct Io
{
    QTextStream& out;
    QTextStream& err;
    int fail(const Error& e)
    {
        err << "inferometer-cli: " << e.toString() << Qt::endl;
        return 1;
    }
    int usage(const QString& message)
    {
        err << "inferometer-cli: " << message << "\n\n" << QString::fromLatin1(Usage);
        err.flush();
        return 2;
    }
};

inline void addJson(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("json"), tr("Print one JSON document on stdout.") });
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
