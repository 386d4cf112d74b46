// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QString>
#include <QStringView>

namespace Ingest {

class UsageFormat;

/**
 * OpenAI's organization usage exports, as UsageFormat for the registry. All four set provider "openai", keep the
 * source's request counts (`calls` = num_model_requests), take the bucket start as the time (UTC) and leave call_id
 * empty (buckets are aggregates, not calls).
 *
 * - "openai-usage": Usage API pages of `GET /v1/organization/usage/completions`: one page, a JSON array of pages or
 *   JSON Lines with one page per line. input_tokens INCLUDES input_cached_tokens (audio tokens are inside
 *   input/output already).
 * - "openai-costs": Costs API pages of `/v1/organization/costs`: cost-only events (calls 0, reported cost).
 * - "openai-activity-csv": the dashboard's activity CSV export (counts as "10.0", batch TRUE/FALSE, idle-day rows).
 * - "openai-cost-csv": the dashboard's cost CSV export (USD only, exact to the nano-dollar).
 */
const UsageFormat& openAiUsageFormat();
const UsageFormat& openAiCostsFormat();
const UsageFormat& openAiActivityCsvFormat();
const UsageFormat& openAiCostCsvFormat();

/**
 * The model a costs line item names ("gpt-4o-2024-08-06, input" → "gpt-4o-2024-08-06"), or empty when it names
 * none ("file search tool storage", "web search tool calls | gpt-4o"). Shared by the JSON and CSV cost formats.
 */
QString openAiModelFromLineItem(QStringView lineItem);

} // namespace Ingest
