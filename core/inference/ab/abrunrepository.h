// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/inference/ab/abrecord.h"
#include "core/store/workspace.h"

#include <QList>
#include <QString>

namespace Ab {

/** A saved run as the list of runs shows it. */
struct SavedRun
{
    qint64 id = 0;
    qint64 createdMs = 0;
    QString modelA, modelB; // file names
    QString device;
    QString verdict;
};

/**
 * The A/B runs saved in a workspace (table ab_runs, schema version 8), each the whole record as toJson() wrote it, so
 * a run reloads exactly as it was shown. Use on the thread that opened `ws`. Errors name the workspace file.
 */
class RunRepository
{
public:
    explicit RunRepository(Store::Workspace& ws)
        : m_ws(ws)
    { }

    /** Saves `record`; returns its id. */
    Result<qint64> save(const Record& record, qint64 nowMs);
    /** All runs, newest first. */
    Result<QList<SavedRun>> runs();
    Result<Record> load(qint64 id);
    Result<void> remove(qint64 id);

private:
    Store::Workspace& m_ws;
};

} // namespace Ab
