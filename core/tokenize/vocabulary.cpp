// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/vocabulary.h"

#include <algorithm>
#include <bit>

namespace Tokenize {

uint32_t Vocabulary::finish()
{
    uint32_t duplicate = npos;
    std::sort(m_pending.begin(), m_pending.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const uint32_t count = m_pending.empty() ? 0 : m_pending.back().first + 1;
    size_t total = 0;
    for (const auto& [id, bytes] : m_pending)
        total += bytes.size();
    m_blob.clear();
    m_blob.reserve(total);
    m_offsets.assign(size_t(count) + 1, 0);
    m_present.assign(count, false);
    size_t next = 0;
    for (uint32_t id = 0; id < count; ++id) {
        m_offsets[id] = uint32_t(m_blob.size());
        while (next < m_pending.size() && m_pending[next].first == id) {
            if (m_present[id]) {
                if (duplicate == npos)
                    duplicate = id;
            } else {
                m_blob += m_pending[next].second;
                m_present[id] = true;
            }
            ++next;
        }
    }
    m_offsets[count] = uint32_t(m_blob.size());
    m_pending.clear();
    m_pending.shrink_to_fit();

    const size_t capacity = std::bit_ceil(std::max<size_t>(16, size_t(count) * 2));
    m_slots.assign(capacity, npos);
    m_mask = capacity - 1;
    for (uint32_t id = 0; id < count; ++id) {
        if (!m_present[id])
            continue;
        const std::string_view b = bytes(id);
        size_t slot = hash(b) & m_mask;
        bool clash = false;
        while (m_slots[slot] != npos) {
            if (bytes(m_slots[slot]) == b) {
                clash = true;
                break;
            }
            slot = (slot + 1) & m_mask;
        }
        if (clash) {
            if (duplicate == npos)
                duplicate = id;
            continue;
        }
        m_slots[slot] = id;
    }
    return duplicate;
}

} // namespace Tokenize
