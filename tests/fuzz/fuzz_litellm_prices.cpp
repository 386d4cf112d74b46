// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// LiteLLM's model_prices_and_context_window.json (core/pricing), then a catalog built from what it gave.

#include "core/pricing/pricecatalog.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto r = Pricing::parseLiteLlmJson(Fuzz::bytes(data, size), QStringLiteral("fuzz-input"), 1'700'000'000'000);
    if (!r.ok())
        return 0;
    const Pricing::PriceCatalog catalog(r.value());
    (void)catalog.find(u"gpt-4o", 1'800'000'000'000);
    return 0;
}
