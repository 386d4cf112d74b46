// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/ingest/usageformat.h"

namespace Ingest {

/** What one event can hold (DESIGN.md's fields): beyond these an event is refused at import, so that list costs
 * (tokens × rate, in femto-dollars, within 128 bits) and a report's sums over any number of events stay exact. */
constexpr qint64 MaxTokensPerEvent = 1'000'000'000'000; // per bucket
constexpr qint64 MaxCallsPerEvent = 1'000'000'000;
constexpr qint64 MaxCostNanoPerEvent = 1'000'000'000'000'000'000; // $1 billion in nano-dollars

/**
 * What every parser needs around its own reading: chunks events and spans to the sinks, stamps the source file and
 * line, and collects rejected rows (the first ParseReport::MaxReported, each with line and field).
 */
class Collector
{
public:
    Collector(const QString& path, const Sinks& sinks, int chunkSize = 4096);

    /** A bad row: counted, reported, never handed on. */
    void reject(qint64 line, const QString& field, const QString& message);
    /** A good event from `line`; flushes a full chunk to the sink. */
    Result<void> accept(UsageEvent&& event, qint64 line);
    /** A non-LLM span (dropped when there is no span sink). */
    Result<void> acceptSpan(TraceSpan&& span);
    /** Hands on what is left; call once at the end. */
    Result<void> flush();

    ParseReport report;
    const QString& path() const { return m_path; }

private:
    QString m_path;
    QString m_name;
    const Sinks& m_sinks;
    int m_chunkSize;
    QList<UsageEvent> m_events;
    QList<TraceSpan> m_spans;
};

/** An Error for the file as a whole (empty, unreadable, not this format). */
Error fileError(const QString& path, qint64 line, const QString& message, const QString& field = {});

} // namespace Ingest
