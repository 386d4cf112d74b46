// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/tokenize/pieceregex.h"
#include "core/tokenize/tokenizer.h"
#include "core/tokenize/vocabulary.h"

#include <QByteArray>

#include <memory>

namespace Tokenize {

/** The pre-tokenization patterns of OpenAI's encodings (tiktoken_ext/openai_public.py). */
namespace Patterns {
    extern const char* const o200k;
    extern const char* const cl100k;
    extern const char* const gpt2; ///< r50k_base, p50k_base, GPT-2
} // namespace Patterns

/**
 * tiktoken's byte-level BPE: the pattern splits the text into pieces; a piece that is a token is that token,
 * otherwise its bytes are merged by rank (a byte string's rank is its id). Identical ids to tiktoken's
 * encode_ordinary.
 */
class TiktokenTokenizer : public Tokenizer
{
public:
    /** Parses .tiktoken data ("base64 rank" per line); errors name `source` and the line. */
    static Result<std::shared_ptr<TiktokenTokenizer>> fromData(
        const QByteArray& data, const QString& source, const QString& name, std::string_view pattern);
    /** Reads a .tiktoken file; the pattern is chosen from the name (o200k/cl100k/gpt2 by vocabulary size). */
    static Result<std::shared_ptr<TiktokenTokenizer>> fromFile(const QString& path, const QString& name);

    QString name() const override { return m_name; }
    Kind kind() const override { return Kind::Tiktoken; }
    size_t vocabSize() const override { return m_vocab.size(); }
    std::vector<uint32_t> encode(std::string_view utf8) const override;
    size_t count(std::string_view utf8) const override;
    std::string tokenBytes(uint32_t id) const override { return std::string(m_vocab.bytes(id)); }

    bool hasPieces() const override { return true; }
    bool nextPiece(std::string_view validUtf8, size_t from, Piece& piece) const override;
    bool pieceDecidedBefore(std::string_view validUtf8, size_t begin, size_t end, size_t limit) const override;
    size_t countPiece(std::string_view piece) const override;

    /** Appends the ids of one piece (whole-piece lookup, else byte-pair merge). */
    void encodePiece(std::string_view piece, std::vector<uint32_t>& out) const;
    const PieceRegex& regex() const { return *m_regex; }

private:
    TiktokenTokenizer() = default;
    template <class Sink>
    void forEachPiece(std::string_view validUtf8, Sink&& sink) const;

    QString m_name;
    Vocabulary m_vocab;
    std::unique_ptr<PieceRegex> m_regex;
};

} // namespace Tokenize
