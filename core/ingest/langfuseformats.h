// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

namespace Ingest {

class UsageFormat;

/**
 * Langfuse observations export, JSON ("langfuse-json": an array of observations, the public API's
 * `{"data":[…],"meta":{…}}`, or JSON Lines of observations) and CSV ("langfuse-csv": one observation per row, nested
 * objects as JSON text in their cells). Field names as in the public API (id, traceId, type, startTime, usageDetails,
 * totalPrice, …); snake_case spellings are accepted too.
 *
 * GENERATION and EMBEDDING observations are LLM calls: one event each, call_id = id, parent_call_id =
 * parentObservationId, reported cost = totalPrice. usageDetails are already separate buckets (input excludes
 * input_cached_tokens, output excludes output_reasoning_tokens) and map straight onto them. Every other type (SPAN,
 * EVENT, AGENT, TOOL, …) is handed to the span sink as a TraceSpan, or dropped when there is none. The provider is
 * set only when the model name makes it obvious (gpt-, o1/o3/o4 → openai, claude- → anthropic, gemini- → google);
 * otherwise the importer takes it from the price catalog.
 */
const UsageFormat& langfuseJsonFormat();
const UsageFormat& langfuseCsvFormat();

} // namespace Ingest
