// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/spmtokenizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_set>
#include <queue>

namespace Tokenize {

namespace {

    constexpr uint32_t npos = 0xFFFFFFFFu;
    constexpr std::string_view kSpace = "\xE2\x96\x81"; // U+2581 LOWER ONE EIGHTH BLOCK, SentencePiece's space

    struct Symbol
    {
        int prev;
        int next;
        const char* text;
        size_t n;
    };

    struct Bigram
    {
        int left;
        int right;
        float score;
        size_t size;
    };

    /** llama.cpp's llm_bigram_spm::comparator: the highest score on top, then the leftmost. */
    struct BigramLess
    {
        bool operator()(const Bigram& l, const Bigram& r) const
        {
            return (l.score < r.score) || (l.score == r.score && l.left > r.left);
        }
    };

    /** unicode_len_utf8: the sequence length from the first byte's high nibble. */
    size_t utf8Length(char c)
    {
        static const size_t lookup[] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4 };
        return lookup[static_cast<uint8_t>(c) >> 4];
    }

} // namespace

namespace {

    /** The code point of valid UTF-8 at s[i] and its length. */
    char32_t decodeAt(std::string_view s, size_t i, size_t& n)
    {
        const auto c = static_cast<uint8_t>(s[i]);
        n = utf8Length(char(c));
        if (n == 1 || i + n > s.size()) {
            n = 1;
            return c;
        }
        char32_t cp = c & (0x7F >> n);
        for (size_t k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<uint8_t>(s[i + k]) & 0x3F);
        return cp;
    }

    uint64_t pairKey(char32_t a, char32_t b)
    {
        return (uint64_t(a) << 32) | b;
    }

} // namespace

Result<std::shared_ptr<SpmTokenizer>> SpmTokenizer::create(QString name, std::vector<std::string> tokens,
    std::vector<float> scores, std::vector<int32_t> types, bool addSpacePrefix, const QString& source)
{
    std::shared_ptr<SpmTokenizer> tok(new SpmTokenizer);
    tok->m_name = std::move(name);
    tok->m_addSpacePrefix = addSpacePrefix;
    scores.resize(tokens.size(), 0.0f);
    types.resize(tokens.size(), Normal);
    tok->m_idOf.reserve(tokens.size() * 2);
    for (size_t i = 0; i < tokens.size(); ++i) {
        tok->m_idOf[tokens[i]] = uint32_t(i);
        const std::string_view t(tokens[i]);
        if (!isValidUtf8(t))
            continue;
        size_t n = 0;
        for (size_t at = 0; at < t.size(); at += n) {
            size_t m = 0;
            const char32_t a = decodeAt(t, at, n);
            if (at + n < t.size())
                tok->m_innerPairs.insert(pairKey(a, decodeAt(t, at + n, m)));
        }
    }
    tok->m_tokens = std::move(tokens);
    tok->m_scores = std::move(scores);
    tok->m_types = std::move(types);
    // byte fallback needs all 256 byte tokens (or the bytes themselves as tokens)
    for (int b = 0; b < 256; ++b) {
        if (tok->byteToken(uint8_t(b)) == npos) {
            return Error { Error::Code::Schema,
                QCoreApplication::translate("Tokenize", "the vocabulary has no token for byte 0x%1 (<0x%2>)")
                    .arg(b, 2, 16, QLatin1Char('0'))
                    .arg(b, 2, 16, QLatin1Char('0'))
                    .toUpper(),
                source, -1, QStringLiteral("tokenizer.ggml.tokens") };
        }
    }
    return tok;
}

uint32_t SpmTokenizer::byteToken(uint8_t ch) const
{
    static const char* hex = "0123456789ABCDEF";
    const char buf[7] = { '<', '0', 'x', hex[ch >> 4], hex[ch & 15], '>', 0 };
    if (auto it = m_idOf.find(buf); it != m_idOf.end())
        return it->second;
    if (auto it = m_idOf.find(std::string(1, char(ch))); it != m_idOf.end())
        return it->second;
    return npos;
}

void SpmTokenizer::encodeChunk(std::string_view escaped, std::vector<uint32_t>& output) const
{
    std::vector<Symbol> symbols;
    symbols.reserve(escaped.size());
    int index = 0;
    size_t offs = 0;
    while (offs < escaped.size()) {
        Symbol sym;
        const size_t len = utf8Length(escaped[offs]);
        sym.text = escaped.data() + offs;
        sym.n = std::min(len, escaped.size() - offs);
        offs += sym.n;
        sym.prev = index - 1;
        sym.next = offs == escaped.size() ? -1 : index + 1;
        ++index;
        symbols.push_back(sym);
    }

    std::priority_queue<Bigram, std::vector<Bigram>, BigramLess> queue;
    std::string merged;
    auto tryAddBigram = [&](int left, int right) {
        if (left == -1 || right == -1)
            return;
        merged.assign(symbols[size_t(left)].text, symbols[size_t(left)].n + symbols[size_t(right)].n);
        const auto it = m_idOf.find(merged);
        if (it == m_idOf.end() || it->second >= m_tokens.size())
            return;
        queue.push({ left, right, m_scores[it->second], merged.size() });
    };
    for (int i = 1; i < int(symbols.size()); ++i)
        tryAddBigram(i - 1, i);
    while (!queue.empty()) {
        const Bigram bigram = queue.top();
        queue.pop();
        Symbol& left = symbols[size_t(bigram.left)];
        Symbol& right = symbols[size_t(bigram.right)];
        if (left.n == 0 || right.n == 0 || left.n + right.n != bigram.size)
            continue;
        left.n += right.n;
        right.n = 0;
        left.next = right.next;
        if (right.next >= 0)
            symbols[size_t(right.next)].prev = bigram.left;
        tryAddBigram(left.prev, bigram.left);
        tryAddBigram(bigram.left, left.next);
    }

    // llama.cpp's resegment(): a symbol is a token, or was never merged (every merge makes a token) and is one
    // whole character, so its rev_merge lookup cannot hit: its bytes become byte tokens.
    for (int i = 0; i != -1; i = symbols[size_t(i)].next) {
        const Symbol& symbol = symbols[size_t(i)];
        if (const auto it = m_idOf.find(std::string(symbol.text, symbol.n)); it != m_idOf.end()) {
            output.push_back(it->second);
            continue;
        }
        for (size_t j = 0; j < symbol.n; ++j)
            output.push_back(byteToken(uint8_t(symbol.text[j])));
    }
}

std::string SpmTokenizer::escape(std::string_view utf8) const
{
    std::string text;
    if (m_addSpacePrefix)
        text = ' ';
    text += toValidUtf8(utf8);
    // llama_escape_whitespace
    std::string escaped;
    escaped.reserve(text.size() * 2);
    for (char c : text) {
        if (c == ' ')
            escaped += kSpace;
        else
            escaped += c;
    }
    return escaped;
}

std::vector<uint32_t> SpmTokenizer::encodeUnchunked(std::string_view utf8) const
{
    std::vector<uint32_t> output;
    if (!utf8.empty())
        encodeChunk(escape(utf8), output);
    return output;
}

std::vector<uint32_t> SpmTokenizer::encode(std::string_view utf8) const
{
    std::vector<uint32_t> output;
    if (utf8.empty())
        return output;
    const std::string escaped = escape(utf8);
    // llama.cpp merges the whole text at once. No merge can cross two adjacent characters that no token contains
    // side by side, so cutting there (every few kilobytes) gives the same tokens with bounded memory.
    const std::string_view all(escaped);
    size_t chunkStart = 0;
    size_t n = 0;
    char32_t prev = decodeAt(all, 0, n);
    for (size_t i = n; i < all.size(); i += n) {
        const char32_t cp = decodeAt(all, i, n);
        if (i - chunkStart >= kChunkBytes && !m_innerPairs.count(pairKey(prev, cp))) {
            encodeChunk(all.substr(chunkStart, i - chunkStart), output);
            chunkStart = i;
        }
        prev = cp;
    }
    encodeChunk(all.substr(chunkStart), output);
    return output;
}

std::string SpmTokenizer::tokenBytes(uint32_t id) const
{
    if (id >= m_tokens.size())
        return {};
    const int32_t type = m_types[id];
    const std::string& t = m_tokens[id];
    if (type == Control || type == Unknown || type == Unused)
        return {};
    if (type == Byte && t.size() == 6 && t.rfind("<0x", 0) == 0 && t.back() == '>')
        return std::string(1, char(std::stoi(t.substr(3, 2), nullptr, 16)));
    std::string out;
    for (size_t i = 0; i < t.size();) {
        if (t.compare(i, kSpace.size(), kSpace) == 0) {
            out += ' ';
            i += kSpace.size();
        } else {
            out += t[i++];
        }
    }
    return out;
}

std::vector<TokenSpan> SpmTokenizer::encodeWithSpans(std::string_view utf8) const
{
    const std::string valid = toValidUtf8(utf8);
    const std::vector<uint32_t> ids = encode(valid);
    std::vector<TokenSpan> spans;
    spans.reserve(ids.size());
    // the added space prefix is the first byte of the first token but not part of the input
    int64_t at = m_addSpacePrefix && !valid.empty() ? -1 : 0;
    for (uint32_t id : ids) {
        const auto n = int64_t(tokenBytes(id).size());
        const auto begin = uint32_t(std::clamp<int64_t>(at, 0, int64_t(valid.size())));
        const auto end = uint32_t(std::clamp<int64_t>(at + n, 0, int64_t(valid.size())));
        spans.push_back({ id, begin, end });
        at += n;
    }
    return spans;
}

} // namespace Tokenize
