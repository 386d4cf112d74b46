// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// The Prometheus text exposition parser (core/live/exposition), then what the Live page computes from a scrape:
// the buckets and quantiles of each histogram.

#include "core/live/exposition.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto r = Live::parseExposition(
        QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)), QStringLiteral("fuzz-input"));
    if (!r.ok())
        return 0;
    for (const Live::Family& f : r.value().families) {
        (void)r.value().family(f.name);
        if (f.type != Live::MetricType::Histogram)
            continue;
        const Live::Buckets buckets = Live::bucketsOf(f);
        for (double q : { 0.0, 0.5, 0.99, 1.0 })
            (void)Live::histogramQuantile(q, buckets);
    }
    return 0;
}
