// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <cstdint>
#include <algorithm>
#include <vector>

namespace Tokenize {

/**
 * Byte-pair merging of one piece of n bytes, as tiktoken does it: repeatedly merge the adjacent pair of parts with
 * the lowest rank (the leftmost one among equal ranks) until no pair has a rank. `rank(a, b, c)` is the rank of
 * merging the parts [a, b) and [b, c) (0xFFFFFFFF: they do not merge). Returns the part boundaries
 * (0 = boundaries[0] < ... < boundaries.back() = n).
 *
 * Short pieces use tiktoken's own linear scan (quadratic, fastest when short); long ones a tournament tree over a
 * linked list of parts (O(n log n), so a 1,000,000-byte piece takes well under a second). Both give identical
 * parts: the same pair (lowest rank, then leftmost) is merged at every step.
 */
class BytePairMerge
{
public:
    static constexpr uint32_t noRank = 0xFFFFFFFFu;
    /** Pieces this long or longer use the tournament tree. */
    static constexpr size_t treeThreshold = 128;

    template <class RankFn>
    static void merge(size_t n, RankFn&& rank, std::vector<uint32_t>& boundaries)
    {
        boundaries.clear();
        if (n == 0)
            return;
        if (n < treeThreshold)
            mergeLinear(n, rank, boundaries);
        else
            mergeTree(n, rank, boundaries);
    }

    /** tiktoken's scan; n < treeThreshold. */
    template <class RankFn>
    static void mergeLinear(size_t n, RankFn& rank, std::vector<uint32_t>& out)
    {
        out.clear();
        struct Part
        {
            uint32_t start;
            uint32_t rank;
        };
        Part parts[treeThreshold + 1];
        size_t len = n + 1;
        for (size_t i = 0; i + 1 < n; ++i)
            parts[i] = { uint32_t(i), rank(i, i + 1, i + 2) };
        parts[n - 1] = { uint32_t(n - 1), noRank };
        parts[n] = { uint32_t(n), noRank };
        // tiktoken's get_rank runs before parts[at + 1] is removed: the merged part [at, at + 2) meets at + 2 or
        // at + 3 as its neighbours
        for (;;) {
            uint32_t best = noRank;
            size_t at = 0;
            for (size_t i = 0; i + 1 < len; ++i) {
                if (parts[i].rank < best) {
                    best = parts[i].rank;
                    at = i;
                }
            }
            if (best == noRank)
                break;
            if (at > 0) {
                // rank of merging part at-1 with the merged part [at, at+2)
                parts[at - 1].rank
                    = at + 2 < len ? rank(parts[at - 1].start, parts[at].start, parts[at + 2].start) : noRank;
            }
            parts[at].rank = at + 3 < len ? rank(parts[at].start, parts[at + 2].start, parts[at + 3].start) : noRank;
            for (size_t i = at + 1; i + 1 < len; ++i)
                parts[i] = parts[i + 1];
            --len;
        }
        out.reserve(len);
        for (size_t i = 0; i < len; ++i)
            out.push_back(parts[i].start);
    }

    /** Any n >= 1. A tournament tree over the pair positions holds each pair's key (rank, position): the root is
     * the pair to merge, an update walks up only while the minimum changes, and no stale entries pile up. */
    template <class RankFn>
    static void mergeTree(size_t n, RankFn& rank, std::vector<uint32_t>& out)
    {
        out.clear();
        // Part i starts at byte i while alive; next/prev link the alive parts; the sentinel n ends the last one.
        std::vector<uint32_t> next(n + 1), prev(n + 1);
        for (size_t i = 0; i <= n; ++i) {
            next[i] = uint32_t(i + 1);
            prev[i] = uint32_t(i == 0 ? 0 : i - 1);
        }
        constexpr uint64_t none = ~uint64_t(0);
        size_t leaves = 1;
        while (leaves < n)
            leaves <<= 1;
        std::vector<uint64_t> tree(2 * leaves, none);
        auto keyOf = [](uint32_t r, uint32_t i) { return r == noRank ? none : (uint64_t(r) << 32) | i; };
        for (uint32_t i = 0; i + 1 < n; ++i)
            tree[leaves + i] = keyOf(rank(i, i + 1, i + 2), i);
        for (size_t p = leaves - 1; p >= 1; --p)
            tree[p] = std::min(tree[2 * p], tree[2 * p + 1]);
        auto set = [&](uint32_t i, uint64_t key) {
            size_t p = leaves + i;
            tree[p] = key;
            for (p >>= 1; p >= 1; p >>= 1) {
                const uint64_t m = std::min(tree[2 * p], tree[2 * p + 1]);
                if (tree[p] == m)
                    break;
                tree[p] = m;
            }
        };
        auto pairKey = [&](uint32_t i) -> uint64_t {
            const uint32_t j = next[i];
            if (j >= n)
                return none;
            return keyOf(rank(i, j, next[j]), i);
        };
        while (tree[1] != none) {
            const auto i = uint32_t(tree[1] & 0xFFFFFFFFu);
            const uint32_t j = next[i];
            // merge part j into part i
            next[i] = next[j];
            if (next[j] <= n)
                prev[next[j]] = i;
            set(j, none);
            set(i, pairKey(i));
            if (i > 0)
                set(prev[i], pairKey(prev[i]));
        }
        for (uint32_t i = 0; i < n; i = next[i])
            out.push_back(i);
        out.push_back(uint32_t(n));
    }
};

} // namespace Tokenize
