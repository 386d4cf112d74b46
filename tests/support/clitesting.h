// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "app/cli/clicommands.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

/** inferometer-cli run in-process, for the command tests: exit status, stdout and stderr as text. */
namespace CliTesting {

struct Run
{
    int status = -1;
    QString out;
    QString err;
    /** stdout as the one JSON document that --json prints (empty when it is not one). */
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

/** `args` start with the command name, as after "inferometer-cli". */
inline Run cli(const QStringList& args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.status = Cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace CliTesting
