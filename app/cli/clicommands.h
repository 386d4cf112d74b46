// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Cli {

/**
 * Runs one `inferometer-cli` command line (`args` without the program name). Writes results to `out` (one JSON
 * document with --json) and errors to `err` naming file, line and field. Returns the process exit status: 0 success,
 * 1 failure (including rejected rows), 2 bad usage.
 */
int run(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace Cli
