// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace Tokenize {

/**
 * Token byte strings by id, and the reverse lookup (bytes -> id) as an open-addressing hash table over one
 * contiguous byte buffer: the inner loop of byte-pair merging is this lookup, so it avoids std::unordered_map's
 * allocations and pointer chasing.
 */
class Vocabulary
{
public:
    static constexpr uint32_t npos = 0xFFFFFFFFu;

    /** Sets the bytes of `id` (ids may come in any order; gaps stay empty). Call finish() before lookups. */
    void add(uint32_t id, std::string_view bytes) { m_pending.emplace_back(id, std::string(bytes)); }
    /** Builds the table. Returns npos, or an id whose bytes an earlier (lower) id already has (lookups then find
     * the lower id) or that was given twice. */
    uint32_t finish();

    size_t size() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
    bool has(uint32_t id) const { return id < size() && m_present[id]; }
    std::string_view bytes(uint32_t id) const
    {
        return id < size() ? std::string_view(m_blob.data() + m_offsets[id], m_offsets[id + 1] - m_offsets[id])
                           : std::string_view();
    }
    /** The id of these bytes, or npos. */
    uint32_t find(std::string_view bytes) const
    {
        if (m_mask == 0)
            return npos;
        size_t slot = hash(bytes) & m_mask;
        for (;;) {
            const uint32_t id = m_slots[slot];
            if (id == npos)
                return npos;
            const uint32_t off = m_offsets[id];
            const uint32_t len = m_offsets[id + 1] - off;
            if (len == bytes.size() && std::memcmp(m_blob.data() + off, bytes.data(), len) == 0)
                return id;
            slot = (slot + 1) & m_mask;
        }
    }

    static uint64_t hash(std::string_view s)
    {
        // 8 bytes at a time, multiply-xorshift mixing; tokens are short, so this is a handful of multiplies
        uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xff51afd7ed558ccdull);
        const char* p = s.data();
        size_t n = s.size();
        while (n >= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
            h ^= h >> 31;
            p += 8;
            n -= 8;
        }
        uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ w) * 0x94d049bb133111ebull;
        h ^= h >> 29;
        return h;
    }

private:
    std::vector<std::pair<uint32_t, std::string>> m_pending;
    std::string m_blob;
    std::vector<uint32_t> m_offsets; // id -> start in m_blob; offsets[size] = end
    std::vector<bool> m_present;
    std::vector<uint32_t> m_slots;
    size_t m_mask = 0;
};

} // namespace Tokenize
