// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/ingest/usageformat.h"

namespace Ingest {

/**
 * FOCUS 1.0–1.2 cost-and-usage CSV (cost platforms' and clouds' exports, LiteLLM's, Inferometer's own): every row a
 * reported cost (BilledCost) at its ChargePeriodStart, by provider, SKU and sub account, with its tags as attributes
 * "tag:<key>" for the attribution rules (Inferometer's own cost_center, team, owner and project tags fill those
 * fields). Token counts come from ConsumedQuantity where ConsumedUnit is tokens, in the bucket x_TokenKind (or the SKU
 * meter) names. A row's identity is everything that names the line item, never its amount.
 */
const UsageFormat& focusCsvFormat();

} // namespace Ingest
