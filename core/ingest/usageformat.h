// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/common/task.h"
#include "core/common/tracespan.h"
#include "core/ingest/canonicalparser.h"

#include <QIODevice>

#include <functional>

namespace Ingest {

using SpanSink = std::function<Result<void>(QList<TraceSpan>& chunk)>;

/** Where a parser delivers what it reads. `spans` may be empty: then non-LLM spans are dropped. */
struct Sinks
{
    EventSink events;
    SpanSink spans;
};

/**
 * One usage-file format (OpenAI usage export, OTLP traces, …). Implementations are stateless and thread-safe; parse()
 * streams the file, hands events to the sinks in chunks and collects bad rows with line and field (ParseReport);
 * it fails as a whole only for an unreadable, empty or unrecognisable file. Every event comes out in the six
 * non-overlapping token buckets, in UTC, with `source` = file name and `sourceLine` set.
 */
class UsageFormat
{
public:
    virtual ~UsageFormat() = default;
    /** Stable id used on the command line and in saved settings: "openai-usage". */
    virtual QString id() const = 0;
    /** For people: "OpenAI Usage API (completions)". */
    virtual QString title() const = 0;
    /** How sure this format is that `head` (the first 64 KiB of a file) is its own: 0 (no) … 100 (certain). */
    virtual int detect(const QByteArray& head) const = 0;
    virtual Result<ParseReport> parse(
        QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const = 0;
};

/** Every built-in format, in the order detection tries them. */
const QList<const UsageFormat*>& formats();
/** The format with this id, or nullptr. */
const UsageFormat* findFormat(QStringView id);
/**
 * The format whose detect() is most certain about `head` (content, never the file name), among the formats of
 * `family` when given. When none claims it, an Error naming the file, line 1, and every format tried.
 */
Result<const UsageFormat*> recognise(const QByteArray& head, const QString& path, QStringView family = {});
/**
 * Whether `name` names a format ("litellm-daily") or a family of formats ("litellm", "openai", "langfuse": the
 * DESIGN.md --format names), among which recognise(head, path, family) chooses by content.
 */
bool isFormatOrFamily(QStringView name);

/** Bytes handed to detect(). */
constexpr qint64 DetectBytes = 64 * 1024;

} // namespace Ingest
