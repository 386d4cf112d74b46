// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// What the tokenizer targets do with a vocabulary that loaded: encode a short mixed text, decode the ids again.

#include "core/tokenize/tokenizer.h"

#include <string_view>

namespace Fuzz {

inline void exercise(const Tokenize::Tokenizer& tok)
{
    static constexpr std::string_view text = "Hello, world!  It's 2026:\t12345 tokens\n\n"
                                             "Grüße, 東京 🙂 <|endoftext|> \xff\xfe broken \xe2\x82";
    const std::vector<uint32_t> ids = tok.encode(text);
    (void)tok.decode(ids);
    (void)tok.count(text);
    (void)tok.encodeWithSpans(text);
}

} // namespace Fuzz
