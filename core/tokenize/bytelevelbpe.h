// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/tokenize/pieceregex.h"
#include "core/tokenize/tokenizer.h"
#include "core/tokenize/vocabulary.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace Tokenize {

/** GPT-2's reversible byte <-> printable character map (bytes_to_unicode) that byte-level BPE vocabularies are
 * written in: "Ġ" is the space byte, "Ċ" the newline. */
namespace ByteLevel {
    /** The code point standing for byte b. */
    char32_t charForByte(uint8_t b);
    /** Decodes a vocabulary string (UTF-8 of mapped characters) to raw bytes; false when a character is not one of the
     * 256 (the string is then not byte-level, e.g. an added token written as plain text). */
    bool toBytes(std::string_view mapped, std::string& bytes);
} // namespace ByteLevel

/**
 * Byte-level BPE driven by a merge list (Hugging Face tokenizers' BPE model, llama.cpp's "gpt2" vocabularies): the
 * pre-tokenizer regex splits the text (unmatched stretches are pieces too, as the "Isolated" Split behaviour keeps
 * them); each piece's bytes are merged pair by pair, the pair with the lowest merge rank first (the leftmost among
 * equals), exactly as tokenizers' Word::merge_all and llama.cpp's llm_tokenizer_bpe do.
 */
class ByteLevelBpeTokenizer : public Tokenizer
{
public:
    struct Config
    {
        QString name;
        Kind kind = Kind::HuggingFaceBpe;
        std::string pattern; ///< pre-tokenizer regex
        bool ignoreMerges = false; ///< a piece that is a token is that token (Llama 3)
        bool addPrefixSpace = false; ///< a space before text that does not start with one (GPT-2 ByteLevel option)
    };

    /** `vocab` holds raw bytes per id; `merges` are (left id, right id) pairs in rank order. Errors name `source`
     * and the field (a merge whose result is not in the vocabulary, a bad pattern). */
    static Result<std::shared_ptr<ByteLevelBpeTokenizer>> create(Config config, Vocabulary vocab,
        const std::vector<std::pair<uint32_t, uint32_t>>& merges, const QString& source, const QString& mergesField);

    QString name() const override { return m_config.name; }
    Kind kind() const override { return m_config.kind; }
    size_t vocabSize() const override { return m_vocab.size(); }
    std::vector<uint32_t> encode(std::string_view utf8) const override;
    size_t count(std::string_view utf8) const override;
    std::string tokenBytes(uint32_t id) const override { return std::string(m_vocab.bytes(id)); }
    /** As the base class, less the prefix space when one is added. */
    std::vector<TokenSpan> encodeWithSpans(std::string_view utf8) const override;

    /** Pieces only when the text is encoded as it is (no prefix space added). */
    bool hasPieces() const override { return !m_config.addPrefixSpace; }
    bool nextPiece(std::string_view validUtf8, size_t from, Piece& piece) const override;
    bool pieceDecidedBefore(std::string_view validUtf8, size_t begin, size_t end, size_t limit) const override;
    size_t countPiece(std::string_view piece) const override;

    void encodePiece(std::string_view piece, std::vector<uint32_t>& out) const;

private:
    ByteLevelBpeTokenizer() = default;
    template <class Sink>
    void forEachPiece(std::string_view validUtf8, Sink&& sink) const;

    Config m_config;
    Vocabulary m_vocab;
    std::unordered_map<uint64_t, uint32_t> m_pairRank; // (left id << 32 | right id) -> merge rank
    std::unique_ptr<PieceRegex> m_regex;
};

} // namespace Tokenize
