// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/bytelevelbpe.h"

#include "core/tokenize/bytepairmerge.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Tokenize {

namespace ByteLevel {

    namespace {

        struct Maps
        {
            std::array<char32_t, 256> toChar {};
            std::unordered_map<char32_t, uint8_t> toByte;
            Maps()
            {
                std::array<bool, 256> direct {};
                for (int b = '!'; b <= '~'; ++b)
                    direct[size_t(b)] = true;
                for (int b = 0xA1; b <= 0xAC; ++b)
                    direct[size_t(b)] = true;
                for (int b = 0xAE; b <= 0xFF; ++b)
                    direct[size_t(b)] = true;
                char32_t n = 0;
                for (int b = 0; b < 256; ++b) {
                    toChar[size_t(b)] = direct[size_t(b)] ? char32_t(b) : char32_t(256 + n++);
                    toByte[toChar[size_t(b)]] = uint8_t(b);
                }
            }
        };

        const Maps& maps()
        {
            static const Maps m;
            return m;
        }

    } // namespace

    char32_t charForByte(uint8_t b)
    {
        return maps().toChar[b];
    }

    bool toBytes(std::string_view s, std::string& bytes)
    {
        bytes.clear();
        const Maps& m = maps();
        for (size_t i = 0; i < s.size();) {
            const auto c = static_cast<unsigned char>(s[i]);
            char32_t cp;
            size_t n;
            if (c < 0x80) {
                cp = c;
                n = 1;
            } else if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
                cp = (char32_t(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
                n = 2;
            } else if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
                cp = (char32_t(c & 0x0F) << 12) | (char32_t(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
                n = 3;
            } else {
                return false;
            }
            const auto it = m.toByte.find(cp);
            if (it == m.toByte.end())
                return false;
            bytes += char(it->second);
            i += n;
        }
        return true;
    }

} // namespace ByteLevel

Result<std::shared_ptr<ByteLevelBpeTokenizer>> ByteLevelBpeTokenizer::create(Config config, Vocabulary vocab,
    const std::vector<std::pair<uint32_t, uint32_t>>& merges, const QString& source, const QString& mergesField)
{
    std::shared_ptr<ByteLevelBpeTokenizer> tok(new ByteLevelBpeTokenizer);
    tok->m_config = std::move(config);
    tok->m_vocab = std::move(vocab);
    tok->m_pairRank.reserve(merges.size() * 2);
    for (size_t rank = 0; rank < merges.size(); ++rank) {
        const auto [a, b] = merges[rank];
        const std::string joined = std::string(tok->m_vocab.bytes(a)) + std::string(tok->m_vocab.bytes(b));
        if (tok->m_vocab.find(joined) == Vocabulary::npos)
            return Error { Error::Code::Schema,
                QCoreApplication::translate("Tokenize", "merge %1 makes a token that is not in the vocabulary")
                    .arg(rank),
                source, -1, mergesField };
        // a pair listed twice keeps its first (lowest) rank, as tokenizers does
        tok->m_pairRank.emplace((uint64_t(a) << 32) | b, uint32_t(rank));
    }
    auto re = PieceRegex::compile(tok->m_config.pattern, source);
    if (!re)
        return re.error();
    tok->m_regex = std::move(re).value();
    return tok;
}

bool ByteLevelBpeTokenizer::nextPiece(std::string_view text, size_t from, Piece& piece) const
{
    if (from >= text.size())
        return false;
    Piece match;
    if (!m_regex->next(text, from, match)) {
        piece = { uint32_t(from), uint32_t(text.size()) }; // the unmatched rest is a piece ("Isolated")
        return true;
    }
    if (match.begin > from) {
        piece = { uint32_t(from), match.begin };
        return true;
    }
    piece = match;
    return true;
}

bool ByteLevelBpeTokenizer::pieceDecidedBefore(std::string_view text, size_t begin, size_t end, size_t limit) const
{
    return m_regex->decidedBefore(text, begin, end, limit);
}

void ByteLevelBpeTokenizer::encodePiece(std::string_view piece, std::vector<uint32_t>& out) const
{
    if (m_config.ignoreMerges) {
        const uint32_t whole = m_vocab.find(piece);
        if (whole != Vocabulary::npos) {
            out.push_back(whole);
            return;
        }
    }
    thread_local std::vector<uint32_t> bounds;
    auto rank = [&](size_t a, size_t b, size_t c) -> uint32_t {
        const uint32_t left = m_vocab.find(piece.substr(a, b - a));
        if (left == Vocabulary::npos)
            return BytePairMerge::noRank;
        const uint32_t right = m_vocab.find(piece.substr(b, c - b));
        if (right == Vocabulary::npos)
            return BytePairMerge::noRank;
        const auto it = m_pairRank.find((uint64_t(left) << 32) | right);
        return it == m_pairRank.end() ? BytePairMerge::noRank : it->second;
    };
    BytePairMerge::merge(piece.size(), rank, bounds);
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
        const uint32_t id = m_vocab.find(piece.substr(bounds[i], bounds[i + 1] - bounds[i]));
        if (id != Vocabulary::npos) // a byte missing from the vocabulary is dropped (tokenizers without unk_token)
            out.push_back(id);
    }
}

size_t ByteLevelBpeTokenizer::countPiece(std::string_view piece) const
{
    thread_local std::vector<uint32_t> ids;
    ids.clear();
    encodePiece(piece, ids);
    return ids.size();
}

template <class Sink>
void ByteLevelBpeTokenizer::forEachPiece(std::string_view text, Sink&& sink) const
{
    Piece p;
    size_t at = 0;
    while (at < text.size() && nextPiece(text, at, p)) {
        sink(text.substr(p.begin, p.end - p.begin));
        at = p.end;
    }
}

std::vector<uint32_t> ByteLevelBpeTokenizer::encode(std::string_view utf8) const
{
    std::string text = toValidUtf8(utf8);
    if (m_config.addPrefixSpace && !text.empty() && text.front() != ' ')
        text.insert(text.begin(), ' ');
    std::vector<uint32_t> out;
    out.reserve(text.size() / 4 + 4);
    forEachPiece(text, [&](std::string_view piece) { encodePiece(piece, out); });
    return out;
}

std::vector<TokenSpan> ByteLevelBpeTokenizer::encodeWithSpans(std::string_view utf8) const
{
    const std::string valid = toValidUtf8(utf8);
    const std::vector<uint32_t> ids = encode(valid);
    std::vector<TokenSpan> spans;
    spans.reserve(ids.size());
    // a prefix space is the first byte of the first token but not part of the input
    int64_t at = m_config.addPrefixSpace && !valid.empty() && valid.front() != ' ' ? -1 : 0;
    for (uint32_t id : ids) {
        const auto n = int64_t(m_vocab.bytes(id).size());
        spans.push_back({ id, uint32_t(std::clamp<int64_t>(at, 0, int64_t(valid.size()))),
            uint32_t(std::clamp<int64_t>(at + n, 0, int64_t(valid.size()))) });
        at += n;
    }
    return spans;
}

size_t ByteLevelBpeTokenizer::count(std::string_view utf8) const
{
    return encode(utf8).size();
}

} // namespace Tokenize
