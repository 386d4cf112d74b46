// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/tokenizer.h"

#include <cstring>

namespace Tokenize {

namespace {

    /** Length of the valid UTF-8 sequence at p (1..4), or 0 with `bad` set to the length of the maximal invalid subpart
     * (Unicode "U+FFFD substitution of maximal subparts", as the WHATWG decoder does). */
    inline size_t sequenceLength(const unsigned char* p, const unsigned char* end, size_t& bad)
    {
        const unsigned char c = p[0];
        if (c < 0x80)
            return 1;
        size_t need = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            bad = 1;
            return 0;
        }
        size_t i = 1;
        for (; i <= need; ++i) {
            if (p + i >= end) {
                bad = i;
                return 0;
            }
            const unsigned char b = p[i];
            const unsigned char l = i == 1 ? lo : 0x80;
            const unsigned char h = i == 1 ? hi : 0xBF;
            if (b < l || b > h) {
                bad = i;
                return 0;
            }
        }
        return need + 1;
    }

} // namespace

bool isValidUtf8(std::string_view bytes)
{
    auto p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto end = p + bytes.size();
    while (p < end) {
        // fast path: 8 ASCII bytes at a time
        while (end - p >= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            if (w & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        size_t bad = 0;
        const size_t n = sequenceLength(p, end, bad);
        if (n == 0)
            return false;
        p += n;
    }
    return true;
}

std::string toValidUtf8(std::string_view bytes)
{
    if (isValidUtf8(bytes))
        return std::string(bytes);
    std::string out;
    out.reserve(bytes.size() + 16);
    auto p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto end = p + bytes.size();
    while (p < end) {
        size_t bad = 0;
        const size_t n = sequenceLength(p, end, bad);
        if (n > 0) {
            out.append(reinterpret_cast<const char*>(p), n);
            p += n;
        } else {
            out.append("\xEF\xBF\xBD");
            p += bad;
        }
    }
    return out;
}

} // namespace Tokenize
