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

/**
 * Finds the line on which each element of selected arrays of one JSON document starts, so that rows read with
 * nlohmann::json (which keeps no positions) are reported with their line. Arrays are named by their path without
 * indices: "[]" the elements of a root array, ".data[]" those of the root object's "data" array,
 * "[].data[].results[]" and so on. Lines come in document order, the order in which a reader visits the elements,
 * so a reader that skips an element's children must still take their lines to stay in step.
 *
 * Memory: the lines of the selected elements and one small frame per open bracket; the path of a value is kept only
 * while it can still lead to a selected array, so a long key or a deep document costs nothing beyond its frames.
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
 * `collector`. An empty, binary, broken or too deeply nested (JsonDepth::Max) single document is an Error naming the
 * file and line. Used by the Anthropic and Langfuse formats.
 */
Result<void> readJsonDocuments(QIODevice& device, Collector& collector, TaskContext& ctx, const JsonDocumentSink& sink);

} // namespace Ingest
