// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/pricing/costengine.h"

#include "core/common/money.h"

namespace Pricing {

qint64 listCostNano(const PriceEntry& price, const UsageEvent& e)
{
    const TokenBuckets& t = e.tokens;
    const qint64 calls = qMax<qint64>(1, e.calls);
    const bool isLong = price.longContextThreshold && t.input() > *price.longContextThreshold * calls;
    const Rates& r = isLong ? price.longRates : price.rates;
    const __int128 pico = __int128(t.uncachedInput) * r.input + __int128(t.cacheRead) * r.cacheRead
        + __int128(t.cacheWrite5m) * r.cacheWrite5m + __int128(t.cacheWrite1h) * r.cacheWrite1h
        + __int128(t.output) * r.output + __int128(t.reasoning) * r.reasoning;
    const int permille = e.batch ? price.batchPermille : 1000;
    // pico × permille is in femto-dollars (1e-15); one rounding to nano-dollars (1e-9)
    return Money::divRound(pico * permille, 1'000'000);
}

std::optional<qint64> listCostNano(const PriceCatalog& catalog, const UsageEvent& event)
{
    const PriceEntry* p = catalog.find(event.model, event.timeMs);
    if (!p)
        return std::nullopt;
    return listCostNano(*p, event);
}

void priceEvents(const PriceCatalog& catalog, QList<UsageEvent>& events)
{
    for (UsageEvent& e : events) {
        const PriceEntry* p = catalog.find(e.model, e.timeMs);
        e.listCostNano = p ? std::optional<qint64>(listCostNano(*p, e)) : std::nullopt;
        if (p && e.provider.isEmpty())
            e.provider = p->provider;
    }
}

} // namespace Pricing
