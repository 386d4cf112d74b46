// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/tokenize/tokenizer.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace Tokenize {

/**
 * Keeps the token count of a text exact while it is edited, re-encoding only the pre-tokenizer pieces an edit
 * touches (a one-character edit in a 3,000-token prompt costs a few pieces, not the whole text). The count is
 * always identical to tokenizer->count(text()). Tokenizers without pieces (SentencePiece) are re-counted whole.
 * Not thread-safe: one owner (for example a worker that receives the editor's edits in order).
 */
class IncrementalCounter
{
public:
    explicit IncrementalCounter(TokenizerPtr tokenizer);

    const TokenizerPtr& tokenizer() const { return m_tokenizer; }

    /** Replaces the whole text (bytes; invalid UTF-8 is read as U+FFFD) and counts it. */
    void setText(std::string_view utf8);
    void setText(const QString& text);

    /** Replaces `removed` bytes at byte offset `pos` of text() by `inserted`; returns the new count. Offsets are
     * clamped to the text. */
    size_t replace(size_t pos, size_t removed, std::string_view inserted);
    /** The same with QString (QTextDocument::contentsChange) positions in UTF-16 units of the current text. */
    size_t replaceUtf16(int pos, int removed, const QString& inserted);

    size_t count() const { return m_count; }
    /** The current text as valid UTF-8. */
    const std::string& text() const { return m_text; }
    /** Pieces re-encoded by the last call (for tests and benchmarks). */
    size_t lastReencodedPieces() const { return m_lastReencoded; }

private:
    struct Entry
    {
        uint32_t begin;
        uint32_t end;
        uint32_t tokens;
    };
    void recountAll();

    TokenizerPtr m_tokenizer;
    std::string m_text;
    std::vector<Entry> m_pieces;
    size_t m_count = 0;
    size_t m_lastReencoded = 0;
};

} // namespace Tokenize
