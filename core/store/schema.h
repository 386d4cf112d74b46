// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

namespace Store {

/** The schema version this build writes. A workspace with a higher PRAGMA user_version is refused. */
constexpr int SchemaVersion = 9;

/**
 * Brings `db` from its PRAGMA user_version up to `target`, one step at a time, all inside one transaction: a failed
 * step leaves the file exactly as it was. `path` names the workspace in errors. Tests pass `target` < SchemaVersion to
 * write a workspace of an older version.
 */
Result<void> migrate(QSqlDatabase& db, const QString& path, int target = SchemaVersion);

/**
 * Refuses, without writing anything, a file that is not a workspace (not SQLite, or another application's SQLite
 * database) or that a newer Inferometer wrote. Empty files and older workspaces pass.
 */
Result<void> checkOpenable(QSqlDatabase& db, const QString& path);

/** PRAGMA user_version, or -1 when it cannot be read. */
int schemaVersion(QSqlDatabase& db);

} // namespace Store
