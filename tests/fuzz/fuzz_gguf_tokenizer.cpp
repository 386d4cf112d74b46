// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// The vocabulary of a GGUF model (core/tokenize: SentencePiece or byte-level BPE from tokenizer.ggml.*), read from a
// scratch file, then used.

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
    static const QString path = Fuzz::scratchPath("model.gguf");
    if (!Fuzz::writeFile(path, data, size))
        return 0;
    auto tok = Tokenize::loadGgufTokenizer(path);
    if (tok.ok())
        Fuzz::exercise(*tok.value());
    QFile::remove(path);
    return 0;
}
