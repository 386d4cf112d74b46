// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// A Hugging Face tokenizer.json (core/tokenize: byte-level BPE), read from a scratch file as the loader reads it,
// then used.

#include "core/tokenize/tokenizer.h"
#include "tests/fuzz/fuzzsupport.h"
#include "tests/fuzz/tokenizersample.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = Fuzz::scratchPath("tokenizer.json");
    if (!Fuzz::writeFile(path, data, size))
        return 0;
    auto tok = Tokenize::loadHuggingFaceTokenizer(path);
    if (tok.ok())
        Fuzz::exercise(*tok.value());
    QFile::remove(path);
    return 0;
}
