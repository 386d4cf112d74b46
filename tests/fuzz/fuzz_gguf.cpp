// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// A GGUF file from bytes (core/gguf: header, metadata, tensor table, data section), then every typed accessor on
// its keys and every tensor's data.

#include "core/gguf/gguffile.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto file = Gguf::File::fromBytes(Fuzz::bytes(data, size), QStringLiteral("fuzz-input"));
    if (!file.ok())
        return 0;
    const Gguf::File& f = *file.value();
    for (const Gguf::MetadataEntry& m : f.metadata()) {
        (void)f.find(m.key);
        (void)f.string(m.key);
        (void)f.uint(m.key);
        (void)f.integer(m.key);
        (void)f.number(m.key);
        (void)f.boolean(m.key);
        (void)f.strings(m.key);
        (void)f.floats(m.key);
        (void)f.integers(m.key);
    }
    for (const Gguf::TensorInfo& t : f.tensors()) {
        (void)f.tensor(t.name);
        (void)t.elements();
        (void)t.rows();
        const auto bytes = f.data(t);
        if (!bytes.empty())
            (void)bytes.back();
    }
    return 0;
}
