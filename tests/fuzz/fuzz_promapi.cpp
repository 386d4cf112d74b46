// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// A Prometheus HTTP API answer (/api/v1/query, /api/v1/query_range) as core/live/promapi reads it.

#include "core/live/promapi.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto r = Live::parseQueryResponse(Fuzz::bytes(data, size), QStringLiteral("fuzz-input"));
    if (r.ok())
        for (const Live::QuerySeries& s : r.value().series)
            (void)Live::counterRate(s.points);
    return 0;
}
