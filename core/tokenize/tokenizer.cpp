// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/tokenizer.h"

#include "core/common/task.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Tokenize {

std::string toUtf8(QStringView text)
{
    std::string out;
    out.reserve(size_t(text.size()) * 3 / 2 + 4);
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i];
        if (c < 0x80) {
            out += char(c);
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (c <= 0xDBFF && i + 1 < n && p[i + 1] >= 0xDC00 && p[i + 1] <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (char32_t(p[i + 1]) - 0xDC00);
                ++i;
            } else {
                c = 0xFFFD; // unpaired surrogate
            }
        }
        if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }
    return out;
}

size_t Tokenizer::count(QStringView text) const
{
    return count(std::string_view(toUtf8(text)));
}

std::vector<uint32_t> Tokenizer::encode(QStringView text) const
{
    return encode(std::string_view(toUtf8(text)));
}

Result<size_t> Tokenizer::count(std::string_view utf8, TaskContext& ctx) const
{
    auto canceled = [] {
        return Error { Error::Code::Canceled, QCoreApplication::translate("Tokenize", "counting canceled") };
    };
    if (!hasPieces()) {
        if (ctx.isCanceled())
            return canceled();
        const size_t n = count(utf8);
        ctx.setProgress(qint64(utf8.size()), qint64(utf8.size()));
        return n;
    }
    std::string copy;
    std::string_view text = utf8;
    if (!isValidUtf8(utf8)) {
        copy = toValidUtf8(utf8);
        text = copy;
    }
    constexpr size_t checkEvery = 64 * 1024;
    size_t n = 0;
    size_t nextCheck = checkEvery;
    Piece p;
    size_t at = 0;
    while (at < text.size() && nextPiece(text, at, p)) {
        n += countPiece(text.substr(p.begin, p.end - p.begin));
        at = p.end;
        if (at >= nextCheck) {
            if (ctx.isCanceled())
                return canceled();
            ctx.setProgress(qint64(at), qint64(text.size()));
            nextCheck = at + checkEvery;
        }
    }
    ctx.setProgress(qint64(text.size()), qint64(text.size()));
    return n;
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
