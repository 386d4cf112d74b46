// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/usageevent.h"
#include "core/pricing/pricecatalog.h"

namespace Pricing {

/**
 * List cost of one event, exact. Each bucket's tokens × its rate (µ$/1M) is a count of pico-dollars; the batch tier
 * multiplies by a permille; the sum is rounded once, half away from zero, to whole nano-dollars. The long-context
 * rates apply to every bucket of a call whose input tokens per call exceed the entry's threshold. Reasoning tokens are
 * billed at the reasoning rate (the output rate unless the catalog says otherwise).
 */
qint64 listCostNano(const PriceEntry& price, const UsageEvent& event);

/** Prices with `catalog`; nullopt when the model is unknown (unpriced). */
std::optional<qint64> listCostNano(const PriceCatalog& catalog, const UsageEvent& event);

/**
 * Prices every event with the entry valid at its time (unpriced: no list cost) and fills a missing provider from the
 * catalog. Used by every path that writes events.
 */
void priceEvents(const PriceCatalog& catalog, QList<UsageEvent>& events);

} // namespace Pricing
