// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/ingest/usageformat.h"

namespace Ingest {

/**
 * "litellm-spendlogs": the LiteLLM proxy's `LiteLLM_SpendLogs` table, one row per request, exported as CSV (header
 * row; `metadata` and `request_tags` as JSON text cells) or JSON (an array of row objects, an object whose "data" is
 * that array, or JSON Lines). One id for every container: parse() tells CSV from JSON by the content.
 *
 * call_id = request_id; `spend` is the reported cost; prompt_tokens counts cached tokens (OpenAI convention), so
 * metadata.usage_object.prompt_tokens_details.cached_tokens moves from uncached input to cache reads. A LiteLLM cache
 * hit (cache_hit true) never reached the provider: its tokens are not billed and are dropped.
 */
const UsageFormat& liteLlmSpendLogsFormat();

/**
 * "litellm-daily": the daily aggregate tables (`LiteLLM_DailyUserSpend`, `…TeamSpend`, `…TagSpend`, …) as CSV or
 * JSON. One event per row with calls = api_requests at 00:00 UTC of `date`; prompt_tokens is read as including the
 * cache read and cache creation counts when they fit in it (see litellmformats.cpp).
 */
const UsageFormat& liteLlmDailyFormat();

} // namespace Ingest
