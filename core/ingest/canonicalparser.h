// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/common/task.h"
#include "core/common/usageevent.h"

#include <QIODevice>

#include <functional>

namespace Ingest {

enum class Format { Auto, Jsonl, Csv };
QString formatName(Format f);
std::optional<Format> parseFormat(QStringView name);

/** Guesses the format from the first bytes of a file (content, never the file name). Auto when nothing matches. */
Format detectFormat(const QByteArray& head);

/** Receives parsed events in chunks; an error stops the parse and is returned by it. */
using EventSink = std::function<Result<void>(QList<UsageEvent>& chunk)>;

struct ParseReport
{
    qint64 rows = 0; // data rows seen (valid and rejected)
    qint64 accepted = 0; // rows handed to the sink
    qint64 rejectedCount = 0;
    QList<Error> rejected; // the first MaxReported, each with line and field
    static constexpr int MaxReported = 1000;
};

/** The names of the canonical event fields (DESIGN.md), as JSONL keys and CSV header names. */
const QStringList& canonicalFields();

/**
 * Streams a canonical JSONL or CSV file: one event per line / row, fields named as in DESIGN.md (`time` and `model`
 * required; `time` in ISO 8601 or epoch; token buckets non-negative integers; `reported_cost_usd` decimal). Bad rows
 * are collected with line and field; the file as a whole fails only when it is empty, unreadable or has no header.
 * Events carry `source` = `sourceName`.
 */
Result<ParseReport> parseCanonical(QIODevice& device, const QString& path, Format format, const EventSink& sink,
    TaskContext& ctx, int chunkSize = 4096);

class UsageFormat;
/** The canonical formats as UsageFormat ("jsonl", "csv"), for the registry. */
const UsageFormat& canonicalJsonlFormat();
const UsageFormat& canonicalCsvFormat();

} // namespace Ingest
