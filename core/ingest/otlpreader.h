// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/ingest/otlpattributes.h"

#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace Ingest::Otlp {

/** One span as read, before its ids, times and attributes are interpreted; views into the reader's buffers. */
struct RawSpan
{
    int resource = 0; // index into RequestReader::resources()
    int resourceIndex = 0, scopeIndex = 0, spanIndex = 0; // for the JSON path in errors
    size_t offset = 0; // byte offset of the span object in the document, for its line
    std::string_view traceId, spanId, parentSpanId, name;
    std::string_view start, end; // decimal nanoseconds, from a string or a number
    std::string_view status; // status.code: "2", "STATUS_CODE_ERROR", … (empty when unset)
    SpanAttributes attributes;
    /** A span field of the wrong JSON type ("spanId": 5) and why; the span is rejected. */
    QString badField;
    QString badMessage;

    /** "resourceSpans[0].scopeSpans[1].spans[2]" */
    QString path() const;
};

/**
 * Reads ExportTraceServiceRequest documents ({"resourceSpans":[…]}) with simdjson's On-Demand API, one document per
 * call, into resources and raw spans. Keys may come in any order; unknown keys are skipped. The reader reuses its
 * buffers: what read() returns is valid until the next call. Not thread-safe; one reader per parse.
 */
class RequestReader
{
public:
    RequestReader();
    ~RequestReader();

    enum class Outcome {
        Ok,
        Syntax, // not valid JSON (or not UTF-8)
        NotTraces, // valid JSON but not a trace request (no resourceSpans, or not an object)
        Schema // a request-level part of the wrong type; errorField/errorMessage/errorOffset say which
    };

    /** Bytes that must be readable after the end of the document handed to read(). */
    static size_t padding();

    /** Reads the document in [data, data + len); `data + len + padding()` must be readable. */
    Outcome read(const char* data, size_t len);

    const std::vector<Resource>& resources() const { return m_resources; }
    const std::vector<RawSpan>& spans() const { return m_spans; }

    QString errorField;
    QString errorMessage;
    size_t errorOffset = 0;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    std::vector<Resource> m_resources;
    std::vector<RawSpan> m_spans;
};

} // namespace Ingest::Otlp
