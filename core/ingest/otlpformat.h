// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/ingest/usageformat.h"

#include <optional>

namespace Ingest {

/**
 * "otlp": OpenTelemetry traces in OTLP/JSON, one ExportTraceServiceRequest per file (pretty-printed or not) or one per
 * line (the collector's file exporter). Spans that state token usage (GenAI semantic conventions, their deprecated
 * names, or OpenInference) become LLM-call events (call id = span id, parent = parent span id); the others (tools,
 * agents, workflows) go to the span sink so that parent links rebuild agent trees. JSON Lines stream line by line
 * with memory independent of file size; a single document is read whole.
 */
const UsageFormat& otlpFormat();

namespace Otlp {
    /**
     * A trace or span id in lower-case hex: accepts hex of `bytes` bytes (any case) or the same bytes in base64
     * (standard or URL alphabet, padded or not), as some exporters write the protobuf bytes. nullopt for anything
     * else, and for an all-zero id.
     */
    std::optional<QString> normaliseId(std::string_view text, int bytes);
} // namespace Otlp

} // namespace Ingest
