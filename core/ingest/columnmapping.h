// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/ingest/usageformat.h"

#include <QIODevice>
#include <QMap>
#include <QStringList>

#include <memory>

namespace Ingest {

/** How the columns of a user's own CSV or JSON Lines file map to the canonical event fields. */
struct ColumnMapping
{
    /**
     * Canonical field (canonicalFields(): "time", "model", "uncached_input_tokens", …) → the file's column (CSV
     * header name) or JSON key. A dotted path reaches into nested JSON objects ("usage.prompt_tokens"); a key that
     * itself holds dots ("gen_ai.usage.input_tokens") is matched first.
     */
    QMap<QString, QString> fields;
    /** Optional QDateTime::fromString format for an odd time column ("dd.MM.yyyy HH:mm"); without a zone it is UTC.
     * Empty: ISO 8601 or epoch numbers, as in the canonical files. */
    QString timeFormat;
    /** CSV field delimiter. */
    QChar delimiter = QLatin1Char(',');

    /** How errors name a mapped field: the source column, then the canonical field: "tokens_in
     * (uncached_input_tokens)". */
    QString describe(const QString& field) const;
};

/**
 * Parses "field=column" specs (the CLI's --map). Errors name the unknown field and list the known ones; a mapping
 * must name the time and model columns; a field may be mapped once.
 */
Result<ColumnMapping> parseMapping(const QStringList& specs);

/**
 * A format (id "mapped") that reads CSV with a header row or JSON Lines, renames the mapped columns to canonical
 * fields and validates every row exactly as the canonical parser does (time and model required, token buckets
 * non-negative whole numbers, …). Errors name the line and the source column with its field. Not in the detection
 * registry: a mapping is always chosen explicitly. The format keeps its own copy of `mapping`.
 */
std::unique_ptr<UsageFormat> mappedFormat(const ColumnMapping& mapping);

/**
 * For a mapping preview: the header and the first `n` rows of a CSV file, or, for JSON Lines, the flattened keys of
 * the first `n` objects (dotted paths, in order of first appearance) and each line's values as text. Reads from the
 * device's current position; `delimiter` as in ColumnMapping. Errors (empty, binary, not CSV or JSON Lines) name the
 * line.
 */
Result<QList<QStringList>> previewRows(QIODevice& device, int n, QChar delimiter = QLatin1Char(','));

} // namespace Ingest
