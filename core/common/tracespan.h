// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QString>

/** A trace span that is not an LLM call (tool, agent, workflow): kept so that parent links rebuild agent trees. */
struct TraceSpan
{
    QString traceId;
    QString spanId;
    QString parentSpanId;
    QString name;
    QString operation; // gen_ai.operation.name when present
    QString service; // resource service.name
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool error = false;
};

/** Stable identity of a span for de-duplication: trace id and span id. */
qint64 spanKey(const TraceSpan& span);
