// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/tokenize/tokenizer.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Tokenize {

/**
 * SentencePiece BPE with scores and byte fallback, as llama.cpp tokenizes GGUF vocabularies whose
 * tokenizer.ggml.model is "llama" (llm_tokenizer_spm): a space is put before the text (add_space_prefix), spaces
 * become U+2581, the UTF-8 characters are merged pair by pair, the pair whose merged text is the token with the
 * highest score first (the leftmost among equals), and characters left outside the vocabulary become <0xXX> byte
 * tokens. No BOS is added: encode() is the text's own tokens.
 */
class SpmTokenizer : public Tokenizer
{
public:
    enum TokenType : int32_t {
        Undefined = 0,
        Normal = 1,
        Unknown = 2,
        Control = 3,
        UserDefined = 4,
        Unused = 5,
        Byte = 6
    };

    /** tokens[i], scores[i] (0 when absent) and types[i] (Normal when absent) describe id i. */
    static Result<std::shared_ptr<SpmTokenizer>> create(QString name, std::vector<std::string> tokens,
        std::vector<float> scores, std::vector<int32_t> types, bool addSpacePrefix, const QString& source);

    QString name() const override { return m_name; }
    Kind kind() const override { return Kind::GgufSentencePiece; }
    size_t vocabSize() const override { return m_tokens.size(); }
    std::vector<uint32_t> encode(std::string_view utf8) const override;
    std::vector<TokenSpan> encodeWithSpans(std::string_view utf8) const override;
    std::string tokenBytes(uint32_t id) const override;

    /** llama.cpp's merge over the whole text at once. encode() cuts the text every few kilobytes between two
     * characters that no token holds side by side (no merge can cross there), with identical results and bounded
     * memory; this is for tests that check exactly that. */
    std::vector<uint32_t> encodeUnchunked(std::string_view utf8) const;

private:
    SpmTokenizer() = default;
    uint32_t byteToken(uint8_t byte) const;
    std::string escape(std::string_view utf8) const;
    void encodeChunk(std::string_view escaped, std::vector<uint32_t>& out) const;
    static constexpr size_t kChunkBytes = 4096;

    QString m_name;
    std::vector<std::string> m_tokens;
    std::vector<float> m_scores;
    std::vector<int32_t> m_types;
    std::unordered_map<std::string, uint32_t> m_idOf; // llama.cpp's token_to_id: a later duplicate wins
    std::unordered_set<uint64_t> m_innerPairs; // (a << 32 | b): characters a, b side by side inside some token
    bool m_addSpacePrefix = true;
};

} // namespace Tokenize
