// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// A .tiktoken vocabulary ("base64 rank" per line, core/tokenize), loaded with the cl100k pattern, then used.

#include "core/tokenize/tiktokentokenizer.h"
#include "tests/fuzz/fuzzsupport.h"
#include "tests/fuzz/tokenizersample.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto tok = Tokenize::TiktokenTokenizer::fromData(
        Fuzz::bytes(data, size), QStringLiteral("fuzz-input"), QStringLiteral("fuzz"), Tokenize::Patterns::cl100k);
    if (tok.ok())
        Fuzz::exercise(*tok.value());
    return 0;
}
