// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QtGlobal>

#include <optional>

/**
 * The nesting limit every JSON reader applies before it parses. No usage log, price file, tokenizer or API answer
 * nests anywhere near 512 levels; a document that does is hostile or broken, and refusing it keeps each reader's
 * memory and stack linear in its input (nlohmann keeps no positions, so readers scan the text again for lines).
 */
namespace JsonDepth {

inline constexpr int Max = 512;

/** Where a document would open its (max + 1)th level: the byte offset and its 1-based line; nullopt when it does not.
 */
struct Fault
{
    qsizetype offset;
    qint64 line;
};

/** One pass over the text, skipping strings; brackets outside strings count, whether or not the JSON is valid. */
inline std::optional<Fault> find(const char* begin, const char* end, int max = Max)
{
    int depth = 0;
    qint64 line = 1;
    bool inString = false, escape = false;
    for (const char* p = begin; p != end; ++p) {
        const char c = *p;
        if (c == '\n')
            ++line;
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > max)
                return Fault { qsizetype(p - begin), line };
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

} // namespace JsonDepth
