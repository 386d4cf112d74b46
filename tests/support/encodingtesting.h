// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/tokenize/tokenizer.h"
#include "tests/support/testmain.h"

/**
 * In a test function: skips when packaging/fetch-data.sh has not installed the built-in encodings (o200k_base,
 * cl100k_base) where the build, or INFEROMETER_TOKENIZERS_DIR, puts them. Only their absence skips: files that are
 * there but do not load make the test fail with the loader's message (load with loadBuiltin below or check the error).
 */
#define REQUIRE_BUILTIN_ENCODINGS()                                                                                    \
    do {                                                                                                               \
        if (Tokenize::builtinTokenizerDir().isEmpty())                                                                 \
            INFEROMETER_SKIP("the built-in encodings are not installed: run packaging/fetch-data.sh, then cmake");     \
    } while (false)

namespace TestSupport {

/** A built-in encoding, or null with the loader's message in `why` (for QVERIFY2). */
inline Tokenize::TokenizerPtr loadBuiltin(const QString& name, QString* why = nullptr)
{
    auto tok = Tokenize::loadTokenizer(name);
    if (!tok) {
        if (why)
            *why = tok.error().toString();
        qWarning("%s: %s", qPrintable(name), qPrintable(tok.error().toString()));
        return {};
    }
    return tok.value();
}

} // namespace TestSupport
