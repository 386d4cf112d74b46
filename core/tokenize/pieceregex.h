// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/tokenize/tokenizer.h"

#include <string>
#include <string_view>

namespace Tokenize {

/**
 * A pre-tokenization regex (tiktoken's pat_str, a tokenizer.json Split pattern) compiled with PCRE2 (UTF, UCP, JIT)
 * and matched like Rust's regex / fancy-regex find_iter. `\s` and `\S` are rewritten to the Unicode White_Space
 * property that Rust's regex uses: PCRE2 10.42's \s with UCP also matches U+180E MONGOLIAN VOWEL SEPARATOR, which
 * left White_Space in Unicode 6.3 (tiktoken splits "  \u180E  y" differently). U+0085 is white space in both,
 * U+FEFF in neither.
 */
class PieceRegex
{
public:
    ~PieceRegex();
    PieceRegex(const PieceRegex&) = delete;
    PieceRegex& operator=(const PieceRegex&) = delete;

    /** Compiles the pattern; the error names `source` and the offset in the pattern. */
    static Result<std::unique_ptr<PieceRegex>> compile(std::string_view pattern, const QString& source);

    /** The first match at or after `from` in valid UTF-8 text. */
    bool next(std::string_view validUtf8, size_t from, Piece& piece) const;
    /** True when the match starting at `begin` ends at `end` and looks at no byte at or after `limit`. */
    bool decidedBefore(std::string_view validUtf8, size_t begin, size_t end, size_t limit) const;

    /** The pattern as given, and as compiled. */
    const std::string& pattern() const { return m_pattern; }
    const std::string& compiledPattern() const { return m_compiled; }

    /** `\s` -> White_Space; exposed for tests. */
    static std::string rewriteWhiteSpace(std::string_view pattern);

private:
    PieceRegex() = default;
    std::string m_pattern;
    std::string m_compiled;
    void* m_code = nullptr; // pcre2_code_8
    bool m_jit = false;
};

} // namespace Tokenize
