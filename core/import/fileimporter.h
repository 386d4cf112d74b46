// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/common/task.h"
#include "core/ingest/canonicalparser.h"
#include "core/ingest/usageformat.h"
#include "core/store/workspace.h"

#include <QMetaType>

namespace Import {

/** What importing one file did. `committed` is false when any row was rejected: then nothing was written. */
struct ImportSummary
{
    QString file;
    QString format;
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 rejectedCount = 0;
    QList<Error> rejected; // first ParseReport::MaxReported, with line and field
    qint64 unpriced = 0; // imported events whose model has no known price
    qint64 spans = 0; // new non-LLM trace spans (tools, agents) kept for agent trees
    bool committed = false;
};

/**
 * Imports one usage file into `ws`, all or nothing: parse, price (built-in catalog plus the workspace's prices),
 * insert in one transaction, refresh task outcomes. Any rejected row rolls the whole file back and the summary lists
 * every rejected row. Re-importing a file, or an overlapping export, adds only events not yet present. `formatId` is
 * a format id (Ingest::formats()) or "auto" to recognise the file from its content.
 * Runs on the calling thread; `ws` must belong to it.
 */
Result<ImportSummary> importFile(Store::Workspace& ws, const QString& path, const QString& formatId, TaskContext& ctx);
/** The same with a format object, e.g. Ingest::mappedFormat() for a user's column mapping. */
Result<ImportSummary> importFile(
    Store::Workspace& ws, const QString& path, const Ingest::UsageFormat& format, TaskContext& ctx);
/** The same with a canonical format (Auto detects among every known format). */
Result<ImportSummary> importFile(Store::Workspace& ws, const QString& path, Ingest::Format format, TaskContext& ctx);

} // namespace Import

Q_DECLARE_METATYPE(Import::ImportSummary)
