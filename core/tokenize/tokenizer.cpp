// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/tokenizer.h"

#include <QByteArray>

namespace Tokenize {

size_t Tokenizer::count(QStringView text) const
{
    const QByteArray utf8 = text.toUtf8();
    return count(std::string_view(utf8.constData(), size_t(utf8.size())));
}

std::vector<uint32_t> Tokenizer::encode(QStringView text) const
{
    const QByteArray utf8 = text.toUtf8();
    return encode(std::string_view(utf8.constData(), size_t(utf8.size())));
}

std::vector<TokenSpan> Tokenizer::encodeWithSpans(std::string_view utf8) const
{
    // Byte-level encodings: the tokens' bytes concatenate to the (valid) input.
    const std::string valid = toValidUtf8(utf8);
    const std::vector<uint32_t> ids = encode(valid);
    std::vector<TokenSpan> spans;
    spans.reserve(ids.size());
    uint32_t at = 0;
    for (uint32_t id : ids) {
        const auto n = uint32_t(tokenBytes(id).size());
        const uint32_t end = std::min<uint32_t>(at + n, uint32_t(valid.size()));
        spans.push_back({ id, at, end });
        at = end;
    }
    return spans;
}

std::string Tokenizer::decode(const std::vector<uint32_t>& ids) const
{
    std::string out;
    for (uint32_t id : ids)
        out += tokenBytes(id);
    return out;
}

std::vector<Piece> Tokenizer::split(std::string_view validUtf8) const
{
    std::vector<Piece> pieces;
    Piece p;
    size_t at = 0;
    while (at < validUtf8.size() && nextPiece(validUtf8, at, p)) {
        pieces.push_back(p);
        at = p.end;
    }
    return pieces;
}

bool Tokenizer::nextPiece(std::string_view validUtf8, size_t from, Piece& piece) const
{
    if (from >= validUtf8.size())
        return false;
    piece = { uint32_t(from), uint32_t(validUtf8.size()) };
    return true;
}

bool Tokenizer::pieceDecidedBefore(std::string_view, size_t, size_t, size_t) const
{
    return false;
}

} // namespace Tokenize
