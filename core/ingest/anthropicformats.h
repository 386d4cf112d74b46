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

} // namespace Ingest
