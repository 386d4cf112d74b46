// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/tokenranges.h"

#include "core/tokenize/tokenizer.h"

#include <vector>

namespace Prompt {

QList<TokenRange> tokenRanges(const Tokenize::Tokenizer& tokenizer, QStringView text, qsizetype maxTokens)
{
    const QByteArray utf8 = text.toUtf8();
    // UTF-16 index of the character that starts at each UTF-8 byte (bytes inside a character map to its start);
    // the entry past the end maps to text.size()
    std::vector<qsizetype> at(size_t(utf8.size()) + 1, text.size());
    size_t byte = 0;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = text[i].unicode();
        qsizetype units = 1;
        size_t bytes;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            units = 2;
            bytes = 4;
        } else if (c < 0x80) {
            bytes = 1;
        } else if (c < 0x800) {
            bytes = 2;
        } else {
            bytes = 3; // BMP, or a lone surrogate written as U+FFFD
        }
        for (size_t b = 0; b < bytes && byte + b < at.size(); ++b)
            at[byte + b] = i;
        byte += bytes;
        i += units;
    }
    if (byte != size_t(utf8.size()))
        return {}; // not the encoding we expected: show no boundaries rather than wrong ones
    auto charEnd = [&](size_t b) -> qsizetype {
        if (b >= size_t(utf8.size()))
            return text.size();
        const qsizetype start = at[b];
        // inside a character: extend to its end
        if (b > 0 && at[b - 1] == start) {
            size_t e = b;
            while (e < size_t(utf8.size()) && at[e] == start)
                ++e;
            return at[e];
        }
        return start;
    };
    const std::vector<Tokenize::TokenSpan> spans
        = tokenizer.encodeWithSpans(std::string_view(utf8.constData(), size_t(utf8.size())));
    QList<TokenRange> out;
    out.reserve(qsizetype(maxTokens >= 0 ? qMin<size_t>(size_t(maxTokens), spans.size()) : spans.size()));
    for (const Tokenize::TokenSpan& s : spans) {
        if (maxTokens >= 0 && out.size() >= maxTokens)
            break;
        const qsizetype start = at[qMin<size_t>(s.begin, size_t(utf8.size()))];
        const qsizetype end = charEnd(s.end);
        out.append({ start, qMax<qsizetype>(0, end - start) });
    }
    return out;
}

} // namespace Prompt
