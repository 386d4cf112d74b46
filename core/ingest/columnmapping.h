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

    bool operator==(const ColumnMapping&) const = default;
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

/** The start of a CSV or JSON Lines file as previewRows() reads it, with where each record is. */
struct RawPreview
{
    QStringList header; // CSV header cells, or the flattened keys of the JSON objects
    QList<QStringList> rows; // the first records; a CSV record may have more or fewer cells than the header
    QList<qint64> lines; // 1-based line on which each record starts
    bool jsonLines = false;
    qint64 bytes = 0; // bytes read from the device for the header and these records: parsing only them
};

/** previewRows() with line numbers and the bytes read, so that a preview can parse exactly the rows it shows. */
Result<RawPreview> readRawPreview(QIODevice& device, int n, QChar delimiter = QLatin1Char(','));

/** The likely CSV delimiter of a file's start (comma, semicolon or tab, by the header line); a comma for JSON Lines. */
QChar guessDelimiter(const QByteArray& head);

/**
 * A first guess at a mapping from a file's columns: a column named like a canonical field, or like a common name
 * for one ("timestamp", "prompt_tokens", "completion_tokens", "spend", …), compared case-insensitively without
 * spaces, dashes or underscores; a JSON key also by its last path segment. Each column is used once. When the time
 * column's first value is not ISO 8601 or epoch, a timeFormat that reads the first values is guessed
 * ("dd.MM.yyyy HH:mm", …). The result may lack time or model: then the user has to choose them.
 */
ColumnMapping guessMapping(const RawPreview& preview, QChar delimiter = QLatin1Char(','));

} // namespace Ingest
