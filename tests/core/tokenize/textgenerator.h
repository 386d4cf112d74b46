// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <cstdint>
#include <iterator>
#include <random>
#include <string>
#include <string_view>

namespace TestText {

/** Appends one code point as UTF-8. */
inline void appendUtf8(std::string& s, char32_t c)
{
    if (c < 0x80) {
        s += char(c);
    } else if (c < 0x800) {
        s += char(0xC0 | (c >> 6));
        s += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += char(0xE0 | (c >> 12));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    } else {
        s += char(0xF0 | (c >> 18));
        s += char(0x80 | ((c >> 12) & 0x3F));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    }
}

/** Seeded generator of text mixing the classes where tokenizers disagree: words of several scripts, digits, white
 * space of every kind (U+0085, U+00A0, U+3000, U+2028, U+FEFF and U+180E among them), CRLF, punctuation,
 * contractions, emoji with ZWJ and modifiers, special-token text, URLs, JSON, XML, and invalid UTF-8 bytes. */
class TextGenerator
{
public:
    /** jsSafe: leave out what a JavaScript-regex tokenizer (the tokenizer.json oracle) reads differently from Rust's
     * regex: U+0085 and U+FEFF (JavaScript's \\s differs from White_Space there) and special-token text (it
     * matches added tokens). */
    explicit TextGenerator(uint32_t seed, bool jsSafe = false)
        : m_rng(seed)
        , m_jsSafe(jsSafe)
    { }

    std::string next()
    {
        std::string s;
        const int parts = 1 + int(m_rng() % 24);
        for (int i = 0; i < parts; ++i)
            appendPart(s);
        if (m_jsSafe) {
            std::string out;
            out.reserve(s.size());
            for (size_t at = 0; at < s.size();) {
                bool replaced = false;
                for (const std::string_view bad :
                    { std::string_view("\xC2\x85"), std::string_view("\xEF\xBB\xBF"), std::string_view("<|") }) {
                    if (std::string_view(s).substr(at, bad.size()) == bad) {
                        out += ' ';
                        at += bad.size();
                        replaced = true;
                        break;
                    }
                }
                if (!replaced)
                    out += s[at++];
            }
            s = std::move(out);
        }
        return s;
    }

private:
    uint32_t pick(uint32_t n) { return m_rng() % n; }
    void appendRange(std::string& s, char32_t lo, char32_t hi, int count)
    {
        for (int i = 0; i < count; ++i)
            appendUtf8(s, lo + pick(uint32_t(hi - lo + 1)));
    }

    void appendPart(std::string& s)
    {
        static const char* const words[] = { "the", "The", "HELLO", "world", "tokenizer", "don't", "I'm", "we'll",
            "it'S", "they'VE", "o'clock", "naïve", "café", "straße", "ǅemal", "McDonald", "iPhone", "XMLHttpRequest",
            "snake_case", "camelCase" };
        static const char* const snippets[] = {
            "<|endoftext|>",
            "<|endofprompt|>",
            "<|fim_prefix|>",
            "https://example.com/path?q=1&r=2#frag",
            "{\"key\": [1, 2.5, true, null], \"nested\": {\"a\": \"b\"}}",
            "<tag attr=\"v\">text</tag>",
            "int main() { return 0; }\n",
            "    if (x) {\n        y();\n    }\n",
            "a\r\nb\r\n\r\n",
            "'s",
            "'ll",
            "'\xC5\xBF", // 's' with U+017F LONG S: case-insensitive match
            "...",
            "!!!",
            "?!",
            "--",
            "/* c */",
            "// comment",
            "1,234,567.89",
            "3.14159",
            "2026-11-28T18:00:00Z",
            "$100",
            "100%",
            "#hashtag",
            "@user",
            "\\n",
            "\t\t",
            "     ",
            "\n\n\n",
            " \n ",
            "\xC2\xA0",
        };
        switch (pick(18)) {
        case 0:
        case 1:
        case 2:
            s += words[pick(std::size(words))];
            break;
        case 3:
            s += snippets[pick(std::size(snippets))];
            break;
        case 4: { // white space of every kind
            static const char32_t ws[] = { ' ', ' ', '\t', '\n', '\r', 0x0B, 0x0C, 0x85, 0xA0, 0x1680, 0x2000, 0x2007,
                0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x180E, 0x200B, 0x200D };
            const int n = 1 + int(pick(6));
            for (int i = 0; i < n; ++i)
                appendUtf8(s, ws[pick(std::size(ws))]);
            break;
        }
        case 5: // digits, also long runs
            appendRange(s, '0', '9', 1 + int(pick(pick(4) == 0 ? 40 : 6)));
            break;
        case 6: // CJK ideographs, kana, hangul
            appendRange(s, 0x4E00, 0x9FFF, 1 + int(pick(5)));
            if (pick(2))
                appendRange(s, 0x3040, 0x30FF, 1 + int(pick(4)));
            if (pick(3) == 0)
                appendRange(s, 0xAC00, 0xD7A3, 1 + int(pick(3)));
            break;
        case 7: // Cyrillic, Greek, upper and lower
            appendRange(s, 0x0410, 0x044F, 1 + int(pick(8)));
            if (pick(2))
                appendRange(s, 0x0391, 0x03C9, 1 + int(pick(5)));
            break;
        case 8: { // emoji: single, with skin tone, ZWJ families, flags, keycaps
            static const char* const emoji[] = { "\xF0\x9F\x99\x82", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",
                "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7\xE2\x80\x8D\xF0\x9F\x91\xA6",
                "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA", "1\xEF\xB8\x8F\xE2\x83\xA3", "\xE2\x9D\xA4\xEF\xB8\x8F",
                "\xF0\x9F\x8F\xB3\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x8C\x88" };
            s += emoji[pick(std::size(emoji))];
            break;
        }
        case 9: // Arabic, Hebrew, Devanagari and Thai (combining marks)
            appendRange(s, 0x0621, 0x064A, 1 + int(pick(5)));
            if (pick(2))
                appendRange(s, 0x0905, 0x094D, 1 + int(pick(5)));
            if (pick(2))
                appendRange(s, 0x0E01, 0x0E3A, 1 + int(pick(4)));
            break;
        case 10: // punctuation and symbols
            appendRange(s, 0x21, 0x2F, 1 + int(pick(4)));
            if (pick(2))
                appendRange(s, 0x2010, 0x2027, 1 + int(pick(2)));
            break;
        case 11: { // invalid UTF-8: stray bytes, cut sequences, surrogates, overlongs
            static const char* const bad[] = { "\xFF", "\xC0\xAF", "\x80", "\xE2\x82", "\xF0\x9F\x98", "\xED\xA0\x80",
                "\xF4\x90\x80\x80", "\xFE\xFE", "\xC3" };
            s += bad[pick(std::size(bad))];
            break;
        }
        case 12: // combining marks after letters
            s += words[pick(std::size(words))];
            appendRange(s, 0x0300, 0x036F, 1 + int(pick(3)));
            break;
        case 13: // any BMP character (no surrogates, no private use)
            for (int i = 0, n = 1 + int(pick(4)); i < n; ++i) {
                char32_t c = 0x20 + pick(0xD800 - 0x20);
                appendUtf8(s, c);
            }
            break;
        case 14: // Latin-1 and Latin Extended letters, title case
            appendRange(s, 0xC0, 0x24F, 1 + int(pick(6)));
            break;
        case 15:
            s += ' ';
            s += words[pick(std::size(words))];
            break;
        case 16: // ASCII noise
            appendRange(s, 0x20, 0x7E, 1 + int(pick(12)));
            break;
        default: // supplementary planes: math letters, historic scripts, CJK extension B
            appendRange(s, pick(2) ? 0x1D400 : 0x20000, pick(2) ? 0x1D4FF : 0x2A6DF, 1 + int(pick(3)));
            break;
        }
    }

    std::mt19937 m_rng;
    bool m_jsSafe = false;
};

} // namespace TestText
