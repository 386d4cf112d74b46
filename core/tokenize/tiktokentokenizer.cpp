// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/tiktokentokenizer.h"

#include "core/tokenize/bytepairmerge.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Tokenize {

namespace Patterns {
    const char* const o200k
        = R"([^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?)"
          R"(|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?)"
          R"(|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+)";
    const char* const cl100k
        = R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";
    const char* const gpt2 = R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";
} // namespace Patterns

namespace {

    /** This file's messages, in the translation context "Tokenize" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Tokenize)
    };

    inline bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

} // namespace

Result<std::shared_ptr<TiktokenTokenizer>> TiktokenTokenizer::fromData(
    const QByteArray& data, const QString& source, const QString& name, std::string_view pattern)
{
    std::shared_ptr<TiktokenTokenizer> tok(new TiktokenTokenizer);
    tok->m_name = name;
    auto fail = [&](qint64 line, const QString& message) {
        return Error { Error::Code::Parse, message, source, line };
    };
    if (data.isEmpty())
        return fail(-1, Tr::tr("the encoding file is empty"));

    const char* p = data.constData();
    const char* const end = p + data.size();
    qint64 line = 0;
    std::vector<char> seenRank;
    while (p < end) {
        ++line;
        const char* eol = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const bool terminated = eol != nullptr;
        if (!eol)
            eol = end;
        const char* lineEnd = eol;
        if (lineEnd > p && lineEnd[-1] == '\r')
            --lineEnd;
        if (lineEnd == p) {
            if (terminated) {
                p = eol + 1;
                continue; // blank line
            }
            break;
        }
        const char* space = static_cast<const char*>(std::memchr(p, ' ', size_t(lineEnd - p)));
        if (!space)
            return fail(line,
                terminated ? Tr::tr("expected \"<base64 token> <rank>\", found no space")
                           : Tr::tr("the file ends in the middle of a line (truncated?)"));
        const QByteArray b64 = QByteArray::fromRawData(p, space - p);
        const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return fail(line, Tr::tr("the token is not valid base64"));
        const char* r = space + 1;
        if (r == lineEnd)
            return fail(line,
                terminated ? Tr::tr("the rank is missing")
                           : Tr::tr("the file ends in the middle of a line (truncated?)"));
        uint64_t rank = 0;
        for (const char* q = r; q < lineEnd; ++q) {
            if (!isDigit(*q))
                return fail(line, Tr::tr("the rank is not a whole number"));
            rank = rank * 10 + uint64_t(*q - '0');
            if (rank > 10'000'000)
                return fail(line, Tr::tr("the rank is out of range"));
        }
        if (!terminated)
            return fail(line, Tr::tr("the file ends in the middle of a line (truncated?)"));
        if (rank >= seenRank.size())
            seenRank.resize(size_t(rank) + 1, 0);
        if (seenRank[rank])
            return fail(line, Tr::tr("rank %1 appears twice").arg(rank));
        seenRank[rank] = 1;
        tok->m_vocab.add(uint32_t(rank), std::string_view(decoded.decoded.constData(), size_t(decoded.decoded.size())));
        p = eol + 1;
    }
    const uint32_t duplicate = tok->m_vocab.finish();
    if (duplicate != Vocabulary::npos)
        return fail(-1, Tr::tr("the token of rank %1 appears twice").arg(duplicate));
    for (int b = 0; b < 256; ++b) {
        const char byte = char(b);
        if (tok->m_vocab.find(std::string_view(&byte, 1)) == Vocabulary::npos)
            return fail(line,
                Tr::tr("the single byte 0x%1 has no rank (truncated or not a byte-level encoding)")
                    .arg(b, 2, 16, QLatin1Char('0')));
    }
    auto re = PieceRegex::compile(pattern, source);
    if (!re)
        return re.error();
    tok->m_regex = std::move(re).value();
    return tok;
}

Result<std::shared_ptr<TiktokenTokenizer>> TiktokenTokenizer::fromFile(const QString& path, const QString& name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Error::Code::Io, Tr::tr("cannot open the encoding file: %1").arg(file.errorString()), path };
    const QByteArray data = file.readAll();
    // the pattern goes with the vocabulary: count the lines to tell the families apart
    const qsizetype lines = data.count('\n');
    const char* pattern = name.startsWith(QLatin1String("o200k")) ? Patterns::o200k
        : name.startsWith(QLatin1String("cl100k"))                ? Patterns::cl100k
        : lines > 150000                                          ? Patterns::o200k
        : lines > 75000                                           ? Patterns::cl100k
                                                                  : Patterns::gpt2;
    return fromData(data, path, name, pattern);
}

bool TiktokenTokenizer::nextPiece(std::string_view text, size_t from, Piece& piece) const
{
    return m_regex->next(text, from, piece);
}

bool TiktokenTokenizer::pieceDecidedBefore(std::string_view text, size_t begin, size_t end, size_t limit) const
{
    return m_regex->decidedBefore(text, begin, end, limit);
}

void TiktokenTokenizer::encodePiece(std::string_view piece, std::vector<uint32_t>& out) const
{
    const uint32_t whole = m_vocab.find(piece);
    if (whole != Vocabulary::npos) {
        out.push_back(whole);
        return;
    }
    thread_local std::vector<uint32_t> bounds;
    auto rank = [&](size_t a, size_t, size_t c) -> uint32_t { return m_vocab.find(piece.substr(a, c - a)); };
    BytePairMerge::merge(piece.size(), rank, bounds);
    for (size_t i = 0; i + 1 < bounds.size(); ++i)
        out.push_back(m_vocab.find(piece.substr(bounds[i], bounds[i + 1] - bounds[i])));
}

size_t TiktokenTokenizer::countPiece(std::string_view piece) const
{
    if (m_vocab.find(piece) != Vocabulary::npos)
        return 1;
    thread_local std::vector<uint32_t> bounds;
    auto rank = [&](size_t a, size_t, size_t c) -> uint32_t { return m_vocab.find(piece.substr(a, c - a)); };
    BytePairMerge::merge(piece.size(), rank, bounds);
    return bounds.size() - 1;
}

template <class Sink>
void TiktokenTokenizer::forEachPiece(std::string_view text, Sink&& sink) const
{
    Piece p;
    size_t at = 0;
    while (at < text.size() && m_regex->next(text, at, p)) {
        sink(text.substr(p.begin, p.end - p.begin));
        at = p.end;
    }
}

std::vector<uint32_t> TiktokenTokenizer::encode(std::string_view utf8) const
{
    std::vector<uint32_t> out;
    out.reserve(utf8.size() / 4 + 4);
    auto run
        = [&](std::string_view text) { forEachPiece(text, [&](std::string_view piece) { encodePiece(piece, out); }); };
    if (isValidUtf8(utf8))
        run(utf8);
    else
        run(toValidUtf8(utf8));
    return out;
}

size_t TiktokenTokenizer::count(std::string_view utf8) const
{
    size_t n = 0;
    auto run
        = [&](std::string_view text) { forEachPiece(text, [&](std::string_view piece) { n += countPiece(piece); }); };
    if (isValidUtf8(utf8))
        run(utf8);
    else
        run(toValidUtf8(utf8));
    return n;
}

} // namespace Tokenize
