// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/incrementalcounter.h"

#include <algorithm>

namespace Tokenize {

namespace {

    inline bool isContinuation(char c)
    {
        return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    }

    /** Byte offset of UTF-16 position `pos16` in valid UTF-8 text (clamped to its end). */
    size_t byteOffsetOfUtf16(const std::string& text, qsizetype pos16)
    {
        size_t i = 0;
        qsizetype units = 0;
        while (i < text.size() && units < pos16) {
            const auto c = static_cast<unsigned char>(text[i]);
            const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            units += n == 4 ? 2 : 1;
            i += n;
        }
        return std::min(i, text.size());
    }

} // namespace

IncrementalCounter::IncrementalCounter(TokenizerPtr tokenizer)
    : m_tokenizer(std::move(tokenizer))
{ }

void IncrementalCounter::setText(std::string_view utf8)
{
    m_text = toValidUtf8(utf8);
    recountAll();
}

void IncrementalCounter::setText(const QString& text)
{
    setText(std::string_view(toUtf8(text)));
}

void IncrementalCounter::recountAll()
{
    m_pieces.clear();
    m_count = 0;
    if (!m_tokenizer->hasPieces()) {
        m_count = m_tokenizer->count(m_text);
        m_lastReencoded = 1;
        return;
    }
    const std::string_view text(m_text);
    Piece p;
    size_t at = 0;
    while (at < text.size() && m_tokenizer->nextPiece(text, at, p)) {
        const auto n = uint32_t(m_tokenizer->countPiece(text.substr(p.begin, p.end - p.begin)));
        m_pieces.push_back({ p.begin, p.end, n });
        m_count += n;
        at = p.end;
    }
    m_lastReencoded = m_pieces.size();
}

size_t IncrementalCounter::replaceUtf16(int pos, int removed, const QString& inserted)
{
    const size_t from = byteOffsetOfUtf16(m_text, std::max(pos, 0));
    const size_t to = byteOffsetOfUtf16(m_text, qsizetype(std::max(pos, 0)) + std::max(removed, 0));
    return replace(from, to - from, std::string_view(toUtf8(inserted)));
}

size_t IncrementalCounter::replace(size_t pos, size_t removed, std::string_view inserted)
{
    // Widen the edit to whole characters so that the new text is valid UTF-8.
    const size_t callerPos = std::min(pos, m_text.size());
    const size_t callerEnd = callerPos + std::min(removed, m_text.size() - callerPos);
    pos = callerPos;
    size_t end = callerEnd;
    while (pos > 0 && pos < m_text.size() && isContinuation(m_text[pos]))
        --pos;
    while (end < m_text.size() && isContinuation(m_text[end]))
        ++end;
    std::string raw;
    raw.reserve(inserted.size() + 8);
    raw.append(m_text, pos, callerPos - pos); // kept bytes of a character cut by the caller's start
    raw.append(inserted);
    raw.append(m_text, callerEnd, end - callerEnd); // and by the caller's end
    const std::string ins = toValidUtf8(raw);

    if (!m_tokenizer->hasPieces()) {
        m_text.replace(pos, end - pos, ins);
        recountAll();
        return m_count;
    }

    const std::string_view oldText(m_text);
    // First piece whose bytes reach the edit (a piece ending exactly at pos may grow or shrink too).
    size_t k = size_t(std::lower_bound(m_pieces.begin(), m_pieces.end(), pos, [](const Entry& e, size_t p) {
        return e.end < p;
    }) - m_pieces.begin());
    // Step back over pieces whose match looked at bytes at or after the edit (a whitespace run's match looks
    // at the character after the run). Two decided pieces in a row before the restart point are required.
    while (k > 0) {
        const Entry& a = m_pieces[k - 1];
        if (!m_tokenizer->pieceDecidedBefore(oldText, a.begin, a.end, pos)) {
            --k;
            continue;
        }
        if (k >= 2) {
            const Entry& b = m_pieces[k - 2];
            if (!m_tokenizer->pieceDecidedBefore(oldText, b.begin, b.end, pos)) {
                k -= 2;
                continue;
            }
        }
        break;
    }
    const size_t restart = k < m_pieces.size() ? m_pieces[k].begin : (k > 0 ? m_pieces[k - 1].end : 0);

    const std::ptrdiff_t delta = std::ptrdiff_t(ins.size()) - std::ptrdiff_t(end - pos);
    const size_t newEditEnd = pos + ins.size();
    m_text.replace(pos, end - pos, ins);
    const std::string_view text(m_text);

    // Re-split from the restart point until a new piece ends where an old piece (after the edit) ended.
    std::vector<Entry> fresh;
    size_t oldResume = m_pieces.size(); // index of the first old piece kept after the re-split part
    size_t j = k; // old pieces [k, j) are replaced
    Piece p;
    size_t at = restart;
    while (at < text.size() && m_tokenizer->nextPiece(text, at, p)) {
        const auto n = uint32_t(m_tokenizer->countPiece(text.substr(p.begin, p.end - p.begin)));
        fresh.push_back({ p.begin, p.end, n });
        at = p.end;
        if (p.end >= newEditEnd && p.end > 0) {
            const std::ptrdiff_t oldEnd = std::ptrdiff_t(p.end) - delta;
            while (j < m_pieces.size() && std::ptrdiff_t(m_pieces[j].end) < oldEnd)
                ++j;
            if (j < m_pieces.size() && std::ptrdiff_t(m_pieces[j].end) == oldEnd && m_pieces[j].end >= end) {
                oldResume = j + 1;
                break;
            }
        }
    }
    if (oldResume == m_pieces.size())
        j = m_pieces.size();
    else
        j = oldResume;

    for (size_t i = k; i < j; ++i)
        m_count -= m_pieces[i].tokens;
    for (const Entry& e : fresh)
        m_count += e.tokens;
    for (size_t i = j; i < m_pieces.size(); ++i) {
        m_pieces[i].begin = uint32_t(std::ptrdiff_t(m_pieces[i].begin) + delta);
        m_pieces[i].end = uint32_t(std::ptrdiff_t(m_pieces[i].end) + delta);
    }
    m_pieces.erase(m_pieces.begin() + std::ptrdiff_t(k), m_pieces.begin() + std::ptrdiff_t(j));
    m_pieces.insert(m_pieces.begin() + std::ptrdiff_t(k), fresh.begin(), fresh.end());
    m_lastReencoded = fresh.size();
    return m_count;
}

} // namespace Tokenize
