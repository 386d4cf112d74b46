// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class TaskContext;

namespace Tokenize {

/** Where each token of an encoding came from: [begin, end) are byte offsets into the UTF-8 input. A token that
 * holds part of a multi-byte character covers the bytes it holds; a token that adds text (a SentencePiece space
 * prefix) has begin == end. */
struct TokenSpan
{
    uint32_t id = 0;
    uint32_t begin = 0;
    uint32_t end = 0;
};

/** A piece of text that the tokenizer encodes on its own (a pre-tokenizer match): [begin, end) byte offsets. */
struct Piece
{
    uint32_t begin = 0;
    uint32_t end = 0;
};

/** The kind of vocabulary a tokenizer was loaded from. */
enum class Kind {
    Tiktoken, ///< .tiktoken ranks (o200k_base, cl100k_base): byte-level BPE, tiktoken-exact
    HuggingFaceBpe, ///< tokenizer.json with a byte-level BPE model (Llama 3, GPT-2 family)
    GgufSentencePiece, ///< GGUF tokenizer.ggml.model = "llama" (scores, byte fallback; as llama.cpp)
    GgufBpe, ///< GGUF tokenizer.ggml.model = "gpt2" (byte-level BPE with merges; as llama.cpp)
};

/**
 * A text -> token ids encoder. Immutable after loading and safe to use from several threads at once.
 *
 * All text is UTF-8 bytes. Invalid UTF-8 never fails: each maximal invalid subpart is read as U+FFFD (as
 * TextDecoder, Rust's from_utf8_lossy and the tiktoken npm package see it), so counts match the reference.
 * Special-token text such as "<|endoftext|>" is ordinary text (tiktoken's encode_ordinary); no BOS/EOS is added.
 */
class Tokenizer
{
public:
    virtual ~Tokenizer() = default;

    /** "o200k_base", "cl100k_base", or the loaded file's name. */
    virtual QString name() const = 0;
    virtual Kind kind() const = 0;
    /** Number of ids (largest id + 1). */
    virtual size_t vocabSize() const = 0;

    /** Ordinary encoding of the whole text. */
    virtual std::vector<uint32_t> encode(std::string_view utf8) const = 0;
    /** Same as encode(utf8).size(), without keeping the ids. */
    virtual size_t count(std::string_view utf8) const { return encode(utf8).size(); }
    /** count() for long texts on a worker thread (a 50 MB paste): checks ctx between pieces, every 64 KB or so, and
     * reports progress in bytes; Error::Canceled when canceled. Tokenizers without pieces count in one go. */
    Result<size_t> count(std::string_view utf8, TaskContext& ctx) const;
    /** Convenience for Qt text: encodes toUtf8(text) (an unpaired surrogate counts as U+FFFD). */
    size_t count(QStringView text) const;
    std::vector<uint32_t> encode(QStringView text) const;

    /** Ids with the bytes each one covers (for showing token boundaries in an editor); offsets are into
     * toValidUtf8(utf8), which is utf8 itself when it is valid. */
    virtual std::vector<TokenSpan> encodeWithSpans(std::string_view utf8) const;

    /** The bytes the ids stand for, concatenated (may be invalid UTF-8 when a character is split). Unknown ids are
     * skipped. */
    virtual std::string decode(const std::vector<uint32_t>& ids) const;
    /** The bytes one token stands for as it appears in text ("▁" shown as a space for SentencePiece); empty for
     * unknown ids and for control tokens. */
    virtual std::string tokenBytes(uint32_t id) const = 0;

    /** True when count() is the sum of countPiece() over split(): the incremental counter then re-encodes only the
     * pieces an edit touches. SentencePiece (no pre-tokenizer) returns false. */
    virtual bool hasPieces() const { return false; }
    /** The pre-tokenizer's pieces of the text, in order, covering it without gaps (only when hasPieces()). The
     * text must be valid UTF-8 (IncrementalCounter guarantees it). */
    virtual std::vector<Piece> split(std::string_view validUtf8) const;
    /** The next piece at or after byte `from`; false when there is none. split() is this in a loop. */
    virtual bool nextPiece(std::string_view validUtf8, size_t from, Piece& piece) const;
    /** True when the piece the pre-tokenizer matches at `begin` (ending at `end`) is decided by the bytes before
     * `limit` alone, i.e. an edit at or after `limit` cannot change it. */
    virtual bool pieceDecidedBefore(std::string_view validUtf8, size_t begin, size_t end, size_t limit) const;
    /** Number of tokens of one piece (only when hasPieces()). */
    virtual size_t countPiece(std::string_view piece) const { return encode(piece).size(); }
};

using TokenizerPtr = std::shared_ptr<const Tokenizer>;

/** A built-in encoding, installed with the application (never downloaded at run time). */
struct BuiltinEncoding
{
    QString name; ///< "o200k_base"
    QString models; ///< the models that use it, for the user ("GPT-4o, GPT-4.1, o-series")
    QString fileName; ///< "o200k_base.tiktoken"
};

/** o200k_base and cl100k_base, in that order. */
const std::vector<BuiltinEncoding>& builtinEncodings();

/** The folder holding the built-in .tiktoken files: $INFEROMETER_TOKENIZERS_DIR if set, else
 * <exe>/../share/inferometer/tokenizers, else the build tree's share/inferometer/tokenizers. Empty when none
 * exists. */
QString builtinTokenizerDir();

/**
 * Loads "o200k_base" or "cl100k_base" (built in), "gguf:MODEL.gguf", or a path to a .tiktoken, tokenizer.json or
 * .gguf file (told apart by content). Loaded tokenizers are cached by name/path and shared for the life of the
 * process (a file changed on disk afterwards is not re-read). Thread-safe. Errors name the file, and the line
 * (.tiktoken) or field (tokenizer.json, GGUF) at fault.
 */
Result<TokenizerPtr> loadTokenizer(const QString& nameOrPath);

/** Loads a Hugging Face tokenizer.json whose model is byte-level BPE (Llama 3, GPT-2 family); errors name the
 * file and the field. */
Result<TokenizerPtr> loadHuggingFaceTokenizer(const QString& path);
/** Loads the vocabulary stored in a GGUF model (tokenizer.ggml.model "llama": SentencePiece with byte fallback;
 * "gpt2": byte-level BPE), tokenizing as llama.cpp does. */
Result<TokenizerPtr> loadGgufTokenizer(const QString& path);

/** True when bytes is well-formed UTF-8 (no surrogates, no overlongs, nothing above U+10FFFF). */
bool isValidUtf8(std::string_view bytes);
/** UTF-16 to UTF-8 with each unpaired surrogate as U+FFFD (as JavaScript's TextEncoder, and so the tiktoken npm
 * package, see it; QString::toUtf8() writes '?' instead). */
std::string toUtf8(QStringView text);

/** The bytes with each maximal invalid subpart replaced by U+FFFD (EF BF BD), as the WHATWG TextDecoder does. */
std::string toValidUtf8(std::string_view bytes);

} // namespace Tokenize
