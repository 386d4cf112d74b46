// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/common/task.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>

namespace Ingest {

class Collector;
class UsageFormat;

/**
 * Anthropic Admin API usage report, `GET /v1/organizations/usage_report/messages` ("anthropic-usage"): one page
 * `{"data":[bucket…],"has_more":…,"next_page":…}`, a JSON array of pages, or pages as JSON Lines. Each result row is
 * one event at the bucket start: Anthropic's input excludes cache reads and writes, so `uncached_input_tokens`,
 * `cache_creation.ephemeral_5m/1h_input_tokens`, `cache_read_input_tokens` and `output_tokens` map straight to the
 * buckets. Rows carry no request count: `calls` is `request_count` (or `num_model_requests`) when present, otherwise
 * the fewest requests the row's `context_window` tier allows (1 unless the row holds more input than one request of
 * that tier can), so that the cost engine's per-call long-context test sees the tier the row belongs to.
 */
const UsageFormat& anthropicUsageFormat();

/**
 * Anthropic Admin API cost report, `GET /v1/organizations/cost_report` ("anthropic-cost"): daily results whose
 * `amount` is a decimal string in US cents. Each becomes a cost-only event (calls 0, no tokens, `operation` "cost",
 * `reportedCostNano` exact to the nano-dollar). Rows that differ only in what no event field holds (token_type,
 * cost_type, description, …) would share one event key: they are summed into one event whose attributes list the
 * distinct values, so that no row is lost as a duplicate.
 */
const UsageFormat& anthropicCostFormat();

/**
 * Finds the line on which each element of selected arrays of one JSON document starts, so that rows read with
 * nlohmann::json (which keeps no positions) are reported with their line. Arrays are named by their path without
 * indices: "[]" the elements of a root array, ".data[]" those of the root object's "data" array,
 * "[].data[].results[]" and so on. Lines come in document order, the order in which a reader visits the elements.
 * Also used by the Langfuse formats.
 */
class JsonLineIndex
{
public:
    JsonLineIndex(const QByteArray& text, qint64 firstLine, const QStringList& paths);
    /** The line of the next element of `path`, or `fallback` once they are used up. */
    qint64 next(const QString& path, qint64 fallback);

private:
    QHash<QString, QList<qint64>> m_lines;
    QHash<QString, qsizetype> m_used;
};

/** One JSON document of a file: the whole file, or one line of JSON Lines. */
struct JsonDocument
{
    nlohmann::json value;
    QByteArray text;
    qint64 firstLine = 1;
};

/** Receives each JSON document of a file; `single` when the document is the whole file. An error stops reading. */
using JsonDocumentSink = std::function<Result<void>(const JsonDocument& doc, bool single)>;

/**
 * Reads `device` (a UTF-8 BOM is skipped) as one JSON document or, when its first line is a JSON object of its own
 * and more follows, as JSON Lines, streamed line by line; a line of those that is not JSON is rejected on
 * `collector`. An empty, binary or broken single document is an Error naming the file and line. Also used by the
 * Langfuse formats.
 */
Result<void> readJsonDocuments(QIODevice& device, Collector& collector, TaskContext& ctx, const JsonDocumentSink& sink);

} // namespace Ingest
