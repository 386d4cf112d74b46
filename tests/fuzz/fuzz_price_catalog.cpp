// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// Our own price catalog format (resources/pricing/catalog.json, a workspace's price overrides), read, indexed and
// written back.

#include "core/pricing/pricecatalog.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto r = Pricing::parseCatalogJson(Fuzz::bytes(data, size), QStringLiteral("fuzz-input"));
    if (!r.ok())
        return 0;
    const Pricing::PriceCatalog catalog(r.value());
    for (const Pricing::PriceEntry& e : catalog.entries())
        (void)catalog.find(e.model, 1'800'000'000'000);
    (void)Pricing::toCatalogJson(r.value());
    return 0;
}
